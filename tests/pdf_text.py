"""Read the text of a PDF that Qt wrote (QPdfWriter), page by page, without any tool outside Python.

Qt writes each font as a Type0 font with a ToUnicode map and shows text with hex strings (Tj, TJ); this is
just enough of PDF to turn those back into characters. `squeeze` normalises text for comparisons.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from pathlib import Path

OBJECT_RE = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
REF_RE = re.compile(rb"(\d+) 0 R")
TOKEN_RE = re.compile(rb"<([0-9A-Fa-f\s]*)>|\[|\]|/[^\s/<>\[\]()]+|-?\d*\.?\d+|[A-Za-z*']+")


def _objects(data: bytes) -> dict[int, bytes]:
    return {int(match.group(1)): match.group(2) for match in OBJECT_RE.finditer(data)}


def _stream(body: bytes) -> bytes:
    start = re.search(rb"stream\r?\n", body)
    if start is None:
        return b""
    end = body.rfind(b"endstream")
    raw = body[start.end():end]
    if b"/FlateDecode" in body[:start.start()]:
        return zlib.decompressobj().decompress(raw)
    return raw


def _dict_entry(body: bytes, key: bytes) -> bytes:
    """The text after `/Key` up to its closing '>>' (for a nested dictionary) or the next reference."""
    index = body.find(key)
    if index < 0:
        return b""
    rest = body[index + len(key):].lstrip()
    if rest.startswith(b"<<"):
        depth, position = 0, 0
        while position < len(rest):
            if rest.startswith(b"<<", position):
                depth, position = depth + 1, position + 2
            elif rest.startswith(b">>", position):
                depth, position = depth - 1, position + 2
                if depth == 0:
                    return rest[:position]
            else:
                position += 1
    return rest[:40]


def _resolve(objects: dict[int, bytes], value: bytes) -> bytes:
    match = REF_RE.match(value.strip())
    return objects.get(int(match.group(1)), b"") if match and not value.strip().startswith(b"<<") else value


def _cmap(text: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}

    def unicode(hex_text: bytes) -> str:
        return bytes.fromhex(hex_text.decode()).decode("utf-16-be", errors="replace")

    for section in re.findall(rb"beginbfchar(.*?)endbfchar", text, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", section):
            mapping[int(source, 16)] = unicode(target)
    for section in re.findall(rb"beginbfrange(.*?)endbfrange", text, re.S):
        for low, high, rest in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)",
                                          section):
            first, last = int(low, 16), int(high, 16)
            if rest.startswith(b"["):
                for offset, target in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", rest)):
                    mapping[first + offset] = unicode(target)
            else:
                base = unicode(rest[1:-1])
                for offset in range(last - first + 1):
                    mapping[first + offset] = base[:-1] + chr(ord(base[-1]) + offset)
    return mapping


def _fonts(objects: dict[int, bytes], resources: bytes) -> dict[bytes, dict[int, str]]:
    fonts = {}
    for name, number in re.findall(rb"/(\w+)\s+(\d+) 0 R", _dict_entry(resources, b"/Font")):
        font = objects.get(int(number), b"")
        unicode = re.search(rb"/ToUnicode\s+(\d+) 0 R", font)
        fonts[b"/" + name] = _cmap(_stream(objects[int(unicode.group(1))])) if unicode else {}
    return fonts


def _show(content: bytes, fonts: dict[bytes, dict[int, str]]) -> str:
    out: list[str] = []
    mapping: dict[int, str] = {}
    operands: list[bytes] = []
    in_array = False
    for match in TOKEN_RE.finditer(content):
        token = match.group(0)
        if match.group(1) is not None:
            codes = re.sub(rb"\s", b"", match.group(1)).decode()
            out.append("".join(mapping.get(int(codes[i:i + 4], 16), "") for i in range(0, len(codes), 4)))
        elif token == b"[":
            in_array = True
        elif token == b"]":
            in_array = False
        elif token in (b"Tf",) and len(operands) >= 2:
            mapping = fonts.get(operands[-2], {})
        elif token in (b"Td", b"TD", b"Tm", b"T*", b"ET"):
            out.append("\n")
        elif re.fullmatch(rb"-?\d*\.?\d+", token):
            if in_array and float(token) < -250:  # a wide gap inside TJ is a space
                out.append(" ")
        if not re.fullmatch(rb"[A-Za-z*']+", token):
            operands.append(token)
            operands = operands[-6:]
        else:
            operands = []
    return "".join(out)


def pdf_pages(path: Path) -> list[str]:
    """The text of every page, in page order."""
    data = Path(path).read_bytes()
    objects = _objects(data)
    pages_root = next(body for body in objects.values() if re.search(rb"/Type\s*/Pages\b", body) and
                      b"/Parent" not in body)

    def kids(body: bytes) -> list[bytes]:
        found = []
        start = body.find(b"/Kids")
        for number in REF_RE.findall(body[start:body.find(b"]", start)] if start >= 0 else b""):
            child = objects[int(number)]
            found += kids(child) if re.search(rb"/Type\s*/Pages\b", child) else [child]
        return found

    texts = []
    for page in kids(pages_root):
        resources = _resolve(objects, _dict_entry(page, b"/Resources"))
        fonts = _fonts(objects, resources)
        contents = _dict_entry(page, b"/Contents")
        numbers = REF_RE.findall(contents.split(b"/")[0] if not contents.startswith(b"[") else contents)
        texts.append("".join(_show(_stream(objects[int(n)]), fonts) for n in numbers))
    return texts


def squeeze(text: str) -> str:
    """Text without any white space, ligatures spelled out: for `in` checks. (Qt places every glyph on its
    own, so where a space was is not written down; without spaces on both sides, a comparison is exact.)"""
    return "".join(unicodedata.normalize("NFKC", text).replace("\x00", "").split())  # \x00: a glyph the font lacks


def pdf_squeezed(path: Path) -> str:
    return squeeze("".join(pdf_pages(path)))
