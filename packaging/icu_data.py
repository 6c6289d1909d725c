"""Qt's ICU data, cut down to what the app can use: libicudata rebuilt with a subset of its items.

On Linux, PySide6's QtCore links ICU, and libicudata.so.73 holds all of ICU's data (32 MB, a fifth of the
build). QtCore calls ICU for four things only (`nm -D --undefined-only libQt6Core.so.6`): collation
(QCollator, also used by the file dialog), case mapping (its tables are compiled into libicuuc), time zone
names, and legacy text encodings (QStringDecoder). So the build keeps collation, time zone and locale data
for the languages the app has catalogues for (and the root locale every lookup falls back to), the small
single-byte encoding tables and their aliases, and ICU's language-independent data; it drops what no Qt
call reads (word-break dictionaries, transliteration, unit, currency, language and region names, number
spell-out) and the large East Asian encoding tables. A lookup for something dropped fails the way ICU
fails for an unknown locale or encoding: ICU falls back to the root locale, QStringDecoder is invalid.

The data is a "common data" package (a table of contents, then the items); it is rewritten here in Python
and linked into a new libicudata with the same soname and data symbol (needs a C compiler, as `cc`). Where
there is none, the build keeps Qt's own library and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

ALIGN, PAD = 16, b"\xaa"  # ICU items start on 16-byte boundaries; ICU's own tools pad with 0xAA
# folders of ICU data no QtCore call reads (ubrk, utrans, unit/currency/language/region display, RBNF)
DROPPED_FOLDERS = {"brkitr", "translit", "unit", "curr", "lang", "region", "rbnf"}
MBCS_OUTPUT_1 = 0  # a converter table's output type: one byte per character (the single-byte code pages)
_LOCALE_ITEM = re.compile(r"^([a-z]{2,3})(_[A-Za-z0-9_]*)?\.res$")
_NOT_LOCALES = {"res_index.res", "pool.res", "root.res"}


def converter_output_type(data: bytes) -> int:
    """The output type of a .cnv item: its MBCS header's flags, after the data header and the static data."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    static_size = struct.unpack_from("<i", data, header_size)[0]
    return struct.unpack_from("<I", data, header_size + static_size + 24)[0] & 0xFF


def item_kept(name: str, data: bytes, languages: Iterable[str]) -> bool:
    """Whether an item of the package ("icudt73l/coll/es.res") stays, for the app's languages."""
    parts = name.split("/")[1:]  # without the package name
    if len(parts) > 1 and parts[0] in DROPPED_FOLDERS:
        return False
    leaf = parts[-1]
    if leaf.endswith(".cnv"):
        # single-byte tables are a few kB each (0.4 MB in all); the East Asian multi-byte ones run to 4.7 MB
        return converter_output_type(data) == MBCS_OUTPUT_1
    locale = _LOCALE_ITEM.match(leaf)
    if locale and leaf not in _NOT_LOCALES:
        return locale.group(1) in set(languages)
    return True


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes) in table-of-contents order."""
    header_size = struct.unpack_from("<H", blob, 0)[0]
    if blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (little-endian)")
    count = struct.unpack_from("<I", blob, header_size)[0]
    entries = [struct.unpack_from("<II", blob, header_size + 4 + 8 * i) for i in range(count)]
    starts = [header_size + data for _, data in entries] + [len(blob)]
    items = []
    for i, (name_offset, _) in enumerate(entries):
        start = header_size + name_offset
        name = blob[start:blob.index(b"\0", start)].decode("ascii")
        items.append((name, blob[starts[i]:starts[i + 1]]))
    return blob[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package from a header and items (kept in order: ICU finds them by binary search on the names)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    name_offsets, at = [], toc_size
    for name, _ in items:
        name_offsets.append(at)
        at += len(name) + 1
    at += -at % ALIGN
    data_offsets, body = [], bytearray()
    for _, data in items:
        data_offsets.append(at + len(body))
        body += data + PAD * (-len(data) % ALIGN)
    toc = struct.pack("<I", len(items)) + b"".join(
        struct.pack("<II", n, d) for n, d in zip(name_offsets, data_offsets, strict=True))
    padding = PAD * (-(toc_size + len(names)) % ALIGN)
    return header + toc + names + padding + bytes(body)


def trim_package(blob: bytes, keep: Callable[[str, bytes], bool]) -> bytes:
    header, items = read_package(blob)
    return write_package(header, [(name, data) for name, data in items if keep(name, data)])


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol of a libicudata (icudtNN_dat): its name, file offset and size."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], check=True,
                             capture_output=True, text=True).stdout
    for line in listing.splitlines():
        fields = line.split()
        if len(fields) == 4 and re.fullmatch(r"icudt\d+_dat", fields[3]):
            address, size = int(fields[0], 16), int(fields[1], 16)
            return fields[3], _file_offset(library, address), size
    raise ValueError(f"no icudtNN_dat symbol in {library}")


def _file_offset(library: Path, address: int) -> int:
    """The file offset of a virtual address, from the ELF program headers (64-bit little-endian)."""
    with library.open("rb") as file:
        head = file.read(64)
        if head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
            raise ValueError(f"{library} is not a 64-bit little-endian ELF file")
        phoff, = struct.unpack_from("<Q", head, 32)
        phentsize, phnum = struct.unpack_from("<HH", head, 54)
        file.seek(phoff)
        table = file.read(phentsize * phnum)
    for i in range(phnum):
        kind, _, offset, vaddr, _, filesz = struct.unpack_from("<IIQQQQ", table, i * phentsize)
        if kind == 1 and vaddr <= address < vaddr + filesz:  # PT_LOAD
            return offset + address - vaddr
    raise ValueError(f"address {address:#x} is in no loaded segment of {library}")


def soname(library: Path) -> str:
    dynamic = subprocess.run(["readelf", "-d", str(library)], check=True, capture_output=True, text=True).stdout
    found = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return found.group(1) if found else library.name


def link_data_library(data: bytes, symbol: str, name: str, target: Path) -> None:
    """A shared library named `name` that holds `data` as the read-only object `symbol`."""
    with tempfile.TemporaryDirectory() as scratch:
        blob, source = Path(scratch) / "data.bin", Path(scratch) / "data.S"
        blob.write_bytes(data)
        source.write_text(
            f'.section .rodata\n.balign {ALIGN}\n.globl {symbol}\n.type {symbol}, %object\n'
            f'.size {symbol}, {len(data)}\n{symbol}:\n.incbin "{blob.as_posix()}"\n'
            '.section .note.GNU-stack,"",%progbits\n', encoding="ascii")
        subprocess.run(["cc", "-shared", "-nostdlib", f"-Wl,-soname,{name}", "-o", str(target), str(source)],
                       check=True, capture_output=True)


def trimmed_icu_data(library: Path, languages: Iterable[str], folder: Path) -> Path | None:
    """A copy of Qt's libicudata in `folder` with only the items the app can use, or None (no compiler)."""
    if not all(shutil.which(tool) for tool in ("cc", "nm", "readelf")):
        return None
    languages = {"root", *languages}
    symbol, offset, size = data_symbol(library)
    with library.open("rb") as file:
        file.seek(offset)
        blob = file.read(size)
    data = trim_package(blob, lambda name, item: item_kept(name, item, languages))
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / library.name
    link_data_library(data, symbol, soname(library), target)
    return target
