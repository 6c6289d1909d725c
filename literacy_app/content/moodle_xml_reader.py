"""What reading a Moodle XML file shares between the file (moodle_xml.py) and its question types
(moodle_xml_types.py): the Reader that collects the bank, turns texts into lesson Markdown and keeps
embedded files, and child_text."""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import unquote

from literacy_app.content.bank import QuestionBank
from literacy_app.content.html_markdown import escape_line_starts, escape_markdown, html_to_markdown, html_to_text
from literacy_app.content.model import Problem

MAX_EMBEDDED_BYTES = 20_000_000  # one embedded file, decoded
_DEFAULT_FEEDBACK = {"", "your answer is correct.", "your answer is partially correct.", "your answer is incorrect."}


def child_text(element: ET.Element | None, *path: str) -> str:
    """The text of a nested element, e.g. child_text(q, 'name', 'text'); '' when absent."""
    for tag in path:
        if element is None:
            return ""
        element = element.find(tag)
    return (element.text or "") if element is not None else ""


def safe_file_name(name: str) -> str:
    """A file name that cannot leave the images folder: the last part, letters, digits, '.', '-', '_'."""
    base = unicodedata.normalize("NFKC", unquote(name)).replace("\\", "/").split("/")[-1]
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", base).strip(".-")
    stem, dot, extension = base.rpartition(".")
    if not dot:
        stem, extension = base, ""
    stem = stem.strip(".-")[:60] or "file"
    extension = extension[:10]
    return f"{stem}.{extension}" if extension else stem


class Reader:
    """Collects the questions of one file into a bank; the file is walked in moodle_xml, the question types
    are read in moodle_xml_types."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.bank = QuestionBank()
        self.used: set[str] = set()
        self.line = 0  # position of the question being read (its number in the file, for messages)
        self.penalties = 0

    def note(self, message: str, hint: str = "") -> None:
        self.bank.problems.append(Problem(self.path, self.line, 1, "warning", message, hint))

    # -- embedded files
    def _store(self, element: ET.Element) -> dict[str, str]:
        """Save the <file> children of a text element; returns their address in the text -> local path."""
        found: dict[str, str] = {}
        for file in element.findall("file"):
            name = file.get("name", "")
            folder = file.get("path", "/") or "/"
            try:
                data = base64.b64decode(re.sub(r"\s+", "", file.text or ""), validate=True)
            except (binascii.Error, ValueError):
                self.note(f"the embedded file '{name}' is not valid base64; left out")
                continue
            if len(data) > MAX_EMBEDDED_BYTES:
                self.note(f"the embedded file '{name}' is larger than {MAX_EMBEDDED_BYTES // 1_000_000} MB; left out")
                continue
            local = self._place(safe_file_name(name), data)
            address = (folder.strip("/") + "/" if folder.strip("/") else "") + name
            found[address] = local
        return found

    def _place(self, name: str, data: bytes) -> str:
        """images/<name>, or images/<name>-2... when another file already has that name."""
        stem, dot, extension = name.rpartition(".")
        if not dot:
            stem, extension = name, ""
        candidate, n = name, 2
        while f"images/{candidate}" in self.bank.files and self.bank.files[f"images/{candidate}"] != data:
            candidate = f"{stem}-{n}.{extension}" if extension else f"{stem}-{n}"
            n += 1
        self.bank.files[f"images/{candidate}"] = data
        return f"images/{candidate}"

    def old_image(self, question: ET.Element) -> str:
        """Moodle 1.9's <image> and <image_base64>: the picture as Markdown, to go under the text."""
        name = child_text(question, "image").strip()
        encoded = re.sub(r"\s+", "", child_text(question, "image_base64"))
        if not name or not encoded:
            if name:
                self.note(f"the picture '{name}' is named but not included in the file; left out")
            return ""
        try:
            data = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            self.note(f"the picture '{name}' is not valid base64; left out")
            return ""
        return f"![]({self._place(safe_file_name(name), data)})"

    # -- texts
    def markdown(self, element: ET.Element | None, default_format: str = "html") -> str:
        """A text element (<questiontext>, <feedback>, <answer>...) as lesson Markdown."""
        if element is None:
            return ""
        text_format = element.get("format", default_format)
        files = self._store(element)
        raw = child_text(element, "text")
        if element.find("text") is None:
            raw = element.text or ""

        def source(address: str) -> str | None:
            if address.startswith("@@PLUGINFILE@@/"):
                wanted = unquote(address[len("@@PLUGINFILE@@/"):].split("?")[0])
                if wanted in files:
                    return files[wanted]
                self.note(f"the text points to the embedded file '{wanted}', which the file does not hold")
            return None

        if text_format == "markdown":
            return re.sub(r"@@PLUGINFILE@@/([^)\s\"'>]+)", lambda m: source(m.group(0)) or m.group(0), raw).strip()
        if text_format in ("plain_text", "plain"):
            return escape_line_starts(escape_markdown(raw.strip()))
        if text_format == "moodle_auto_format":
            raw = raw.strip().replace("\n", "<br>")
        return html_to_markdown(raw, source)

    def plain(self, element: ET.Element | None) -> str:
        """A text element as plain text (an answer to type, a matching item)."""
        if element is None:
            return ""
        raw = child_text(element, "text") if element.find("text") is not None else (element.text or "")
        if element.get("format", "") in ("plain_text", "markdown"):
            return re.sub(r"\s+", " ", raw).strip()
        return html_to_text(raw)

    def combined_feedback(self, question: ET.Element, item_id: str) -> None:
        for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
            text = html_to_text(child_text(question, tag, "text"))
            if text.lower() not in _DEFAULT_FEEDBACK:
                self.note(f"the {tag.replace('feedback', '')} feedback of '{item_id}' has no equivalent; left out",
                          "a lesson question shows feedback per choice and its explanation")
