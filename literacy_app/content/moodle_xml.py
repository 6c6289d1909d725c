"""Read Moodle XML question banks (the format Moodle's question bank exports by default).

The XML is parsed with the standard library's expat with every DTD feature refused: a document type,
an entity declaration or an external entity stops the import with a clear error (no billion laughs, no
file read through XXE), and a file over MAX_XML_BYTES is refused before it is read.

Texts (html, moodle_auto_format, plain_text or markdown) become lesson Markdown; embedded files (base64
`<file>` elements) are kept in the bank under images/ with safe names, and the text points to them
(moodle_xml_reader.py). The question types are read in moodle_xml_types.py.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import NoReturn
from xml.parsers import expat

from literacy_app.content.bank import BankItem, QuestionBank, category_path
from literacy_app.content.model import Prose
from literacy_app.content.moodle_xml_reader import Reader, child_text, safe_file_name
from literacy_app.content.moodle_xml_types import read_question

__all__ = ["MAX_XML_BYTES", "MoodleXmlError", "parse_moodle_xml", "read_xml", "safe_file_name"]

MAX_XML_BYTES = 50_000_000


class MoodleXmlError(Exception):
    """The file cannot be read as Moodle XML at all; nothing is imported."""


def _forbidden(what: str) -> Callable[..., NoReturn]:
    def handler(*_args: object) -> NoReturn:
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


def read_bank(reader: Reader, root: ET.Element, lines: dict[ET.Element, int]) -> QuestionBank:
    """Every <question> of the file in order: categories become the module and steps, the rest lesson items."""
    category: tuple[str, ...] = ()
    quiz_id = ""
    for question in root.findall("question"):
        number = reader.line = lines.get(question, 1)
        kind = question.get("type", "")
        if kind == "category":
            category = category_path(child_text(question, "category", "text"))
            quiz_id = child_text(question, "idnumber").strip()
            info = reader.markdown(question.find("info"), "moodle_auto_format")
            if info:
                reader.bank.items.append(BankItem(category, Prose(info), number, quiz_id))
            continue
        if re.fullmatch(r"\s*0*\.?0*\s*", child_text(question, "penalty")) is None:  # a penalty above 0
            reader.penalties += 1
        for item in read_question(reader, kind, question):
            reader.bank.items.append(BankItem(category, item, number, quiz_id))
    if reader.penalties:
        reader.line = 1
        reader.note(f"{reader.penalties} question(s) take a penalty for each wrong try; a lesson has no penalties",
                    "limit the tries with the quiz setting 'attempts:' instead")
    return reader.bank


def parse_moodle_xml(data: bytes, path: str = "<xml>") -> QuestionBank:
    """A Moodle XML file as a question bank. Raises MoodleXmlError when it cannot be read safely."""
    return read_bank(Reader(path), *read_xml(data))
