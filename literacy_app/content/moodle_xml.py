"""Read Moodle XML question banks (the format Moodle's question bank exports by default).

The XML is parsed with the standard library's expat with every DTD feature refused: a document type,
an entity declaration or an external entity stops the import with a clear error (no billion laughs, no
file read through XXE), and a file over MAX_XML_BYTES is refused before it is read.

Texts (html, moodle_auto_format, plain_text or markdown) become lesson Markdown; embedded files (base64
`<file>` elements) are kept in the bank under images/ with safe names, and the text points to them.
The question types are read in moodle_xml_types.py.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
import xml.etree.ElementTree as ET
from urllib.parse import unquote
from xml.parsers import expat

from literacy_app.content.bank import BankItem, QuestionBank, category_path
from literacy_app.content.html_markdown import escape_line_starts, escape_markdown, html_to_markdown, html_to_text
from literacy_app.content.model import Problem, Prose

MAX_XML_BYTES = 50_000_000
MAX_EMBEDDED_BYTES = 20_000_000  # one embedded file, decoded
_DEFAULT_FEEDBACK = {"", "your answer is correct.", "your answer is partially correct.", "your answer is incorrect."}


class MoodleXmlError(Exception):
    """The file cannot be read as Moodle XML at all; nothing is imported."""


def _forbidden(what: str):
    def handler(*_args) -> None:
        raise MoodleXmlError(f"the file contains {what}, which a Moodle question bank never has; "
                             "it is refused for safety")
    return handler


def read_xml(data: bytes) -> tuple[ET.Element, dict[ET.Element, int]]:
    """Parse XML bytes with DTDs, entity declarations and external entities refused; returns the root
    and the line each element starts on."""
    if len(data) > MAX_XML_BYTES:
        raise MoodleXmlError(f"the file is larger than {MAX_XML_BYTES // 1_000_000} MB")
    parser = expat.ParserCreate()
    builder = ET.TreeBuilder()
    parser.buffer_text = True
    parser.StartDoctypeDeclHandler = _forbidden("a document type declaration (DTD)")
    parser.EntityDeclHandler = _forbidden("an entity declaration")
    parser.UnparsedEntityDeclHandler = _forbidden("an entity declaration")
    parser.ExternalEntityRefHandler = _forbidden("an external entity")
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    lines: dict[ET.Element, int] = {}

    def start(tag: str, attributes: dict[str, str]) -> None:
        lines[builder.start(tag, attributes)] = parser.CurrentLineNumber

    parser.StartElementHandler = start
    parser.EndElementHandler = builder.end
    parser.CharacterDataHandler = builder.data
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        raise MoodleXmlError(f"this is not well-formed XML (line {exc.lineno}, column {exc.offset + 1}): "
                             f"{expat.ErrorString(exc.code)}") from None
    root = builder.close()
    if root.tag != "quiz":
        raise MoodleXmlError(f"the file is XML but not a Moodle question bank (it starts with <{root.tag}>, "
                             "not <quiz>)")
    return root, lines


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
    """Reads the questions of one file into a bank; the question types live in moodle_xml_types."""

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

    # -- the file
    def read(self, root: ET.Element, lines: dict[ET.Element, int]) -> QuestionBank:
        from literacy_app.content.moodle_xml_types import read_question  # the types need this module

        category: tuple[str, ...] = ()
        quiz_id = ""
        for question in root.findall("question"):
            number = self.line = lines.get(question, 1)
            kind = question.get("type", "")
            if kind == "category":
                category = category_path(child_text(question, "category", "text"))
                quiz_id = child_text(question, "idnumber").strip()
                info = self.markdown(question.find("info"), "moodle_auto_format")
                if info:
                    self.bank.items.append(BankItem(category, Prose(info), number, quiz_id))
                continue
            if re.fullmatch(r"\s*0*\.?0*\s*", child_text(question, "penalty")) is None:  # a penalty above 0
                self.penalties += 1
            for item in read_question(self, kind, question):
                self.bank.items.append(BankItem(category, item, number, quiz_id))
        if self.penalties:
            self.line = 1
            self.note(f"{self.penalties} question(s) take a penalty for each wrong try; a lesson has no penalties",
                      "limit the tries with the quiz setting 'attempts:' instead")
        return self.bank


def parse_moodle_xml(data: bytes, path: str = "<xml>") -> QuestionBank:
    """A Moodle XML file as a question bank. Raises MoodleXmlError when it cannot be read safely."""
    return Reader(path).read(*read_xml(data))
