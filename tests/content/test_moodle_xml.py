"""Moodle XML import: refused safely when the XML is hostile, pictures kept safely, the types that need
some mapping (gaps, units), and the command's messages."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from literacy_app.cli import main as cli_main
from literacy_app.content import moodle_xml
from literacy_app.content.bank import bank_to_lesson
from literacy_app.content.model import Question
from literacy_app.content.moodle_xml import MoodleXmlError, parse_moodle_xml, safe_file_name
from literacy_app.content.validate import check_lesson, check_lesson_text

PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
                       "AAAABJRU5ErkJggg==")


def question(kind: str, body: str, name: str = "Q", files: str = "") -> str:
    return (f'<question type="{kind}"><name><text>{name}</text></name>'
            f'<questiontext format="html"><text><![CDATA[{body}]]></text>{files}</questiontext>')


def run_import(tmp_path: Path, xml: str | bytes, *extra: str) -> tuple[int, Path]:
    source = tmp_path / "bank.xml"
    source.write_bytes(xml.encode() if isinstance(xml, str) else xml)
    target = tmp_path / "out" / "lesson.md"
    return cli_main(["import-moodle-xml", str(source), "-o", str(target), *extra]), target


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<quiz>""" + question("description", "&lol9;") + "</question></quiz>"


@pytest.mark.parametrize("name, xml, reason", [
    ("billion laughs", BILLION_LAUGHS, "a document type declaration (DTD)"),
    ("external entity", '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///{secret}">]>\n'
     "<quiz>" + question("description", "x") + "<generalfeedback><text>&secret;</text></generalfeedback>"
     "</question></quiz>", "a document type declaration (DTD)"),
    ("external DTD", '<?xml version="1.0"?>\n<!DOCTYPE quiz SYSTEM "http://example.invalid/quiz.dtd">\n<quiz/>',
     "a document type declaration (DTD)"),
    ("not XML", "<quiz><question>", "this is not well-formed XML"),
    ("not a question bank", '<?xml version="1.0"?><html><body/></html>', "not a Moodle question bank"),
])
def test_hostile_or_wrong_files_are_refused_and_nothing_is_written(tmp_path, capsys, name, xml, reason):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET", encoding="utf-8")
    code, target = run_import(tmp_path, xml.replace("{secret}", secret.as_posix().lstrip("/")))
    err = capsys.readouterr().err
    assert code == 1
    assert f"{tmp_path / 'bank.xml'}:1:1: error: " in err and reason in err and "nothing was imported" in err
    assert "TOP SECRET" not in err
    assert not (tmp_path / "out").exists()


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, capsys):
    source = tmp_path / "huge.xml"
    with open(source, "wb") as stream:  # a sparse file: large on paper, nothing to read
        stream.truncate(moodle_xml.MAX_XML_BYTES + 1)
    code = cli_main(["import-moodle-xml", str(source), "-o", str(tmp_path / "out" / "lesson.md")])
    assert code == 1
    assert "the file is larger than 50 MB" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
    with pytest.raises(MoodleXmlError, match="larger than 50 MB"):
        parse_moodle_xml(b" " * (moodle_xml.MAX_XML_BYTES + 1))


def test_entities_are_refused_by_the_parser_itself():
    with pytest.raises(MoodleXmlError, match="DTD"):
        parse_moodle_xml(BILLION_LAUGHS.encode())
    # the five XML entities and character references are plain text, not declarations
    bank = parse_moodle_xml(("<quiz>" + question("description", "x") + "</question>"
                             + '<question type="description"><name><text>a</text></name>'
                             '<questiontext format="plain_text">'
                             "<text>&lt;b&gt; &amp; &#233;</text></questiontext></question></quiz>").encode())
    assert bank.items[1].item.markdown == "&lt;b> & é"


@pytest.mark.parametrize("given, safe", [
    ("../../evil.png", "evil.png"), ("..\\..\\evil.png", "evil.png"), ("/etc/passwd", "passwd"),
    ("a b?.png", "a-b.png"), (".hidden", "hidden"), ("..", "file"), ("caf%C3%A9.jpg", "caf.jpg"),
    ("x" * 300 + ".png", "x" * 60 + ".png"),
])
def test_file_names_cannot_leave_the_images_folder(given, safe):
    assert safe_file_name(given) == safe


def test_embedded_pictures_are_saved_next_to_the_lesson(tmp_path, capsys):
    data = base64.b64encode(PNG).decode()
    other = base64.b64encode(PNG + b"other").decode()
    xml = ("<quiz>" + question("truefalse",
                               '<p><img src="@@PLUGINFILE@@/..%2F..%2Fevil.png" alt="A post"> Is it an ad?</p>'
                               '<p><img src="https://example.invalid/remote.png" alt="remote"></p>', "Q",
                               f'<file name="../../evil.png" path="/" encoding="base64">{data}</file>')
           + '<answer fraction="100"><text>true</text><feedback format="html"><text>'
           '<![CDATA[<img src="@@PLUGINFILE@@/sub/evil.png" alt="other"> Yes]]></text>'
           f'<file name="evil.png" path="/sub/" encoding="base64">{other}</file></feedback></answer>'
           '<answer fraction="0"><text>false</text></answer></question></quiz>')
    code, target = run_import(tmp_path, xml)
    assert code == 0, capsys.readouterr().err
    folder = target.parent
    assert sorted(p.name for p in (folder / "images").iterdir()) == ["evil-2.png", "evil.png"]
    assert (folder / "images" / "evil.png").read_bytes() == PNG
    assert (folder / "images" / "evil-2.png").read_bytes() == PNG + b"other"
    assert not (tmp_path / "evil.png").exists()
    text = target.read_text(encoding="utf-8")
    assert "![A post](images/evil.png) Is it an ad?" in text
    assert "![other](images/evil-2.png) Yes" in text
    assert "example.invalid" not in text  # a remote picture is never loaded: its alt text stays
    assert check_lesson(target).problems == []
    # a second import into the same folder keeps identical pictures, and refuses to replace different ones
    (folder / "images" / "evil.png").write_bytes(b"changed by the teacher")
    code, _ = run_import(tmp_path, xml, "--force")
    assert code == 0
    target.unlink()
    (folder / "images" / "evil.png").write_bytes(b"changed by the teacher")
    code, _ = run_import(tmp_path, xml)
    assert code == 1
    assert "a different file of this name is already there" in capsys.readouterr().err
    assert not target.exists()


def test_drag_and_drop_words_and_select_missing_words(tmp_path):
    xml = ("<quiz>" + question("ddwtos", "The [[1]] brown fox.", "One gap")
           + "<dragbox><text>quick</text><group>1</group></dragbox><dragbox><text>slow</text><group>1</group></dragbox>"
           "<dragbox><text>blue</text><group>2</group></dragbox></question>"
           + question("gapselect", "[[1]] is to [[2]] as day is to night.", "Two gaps")
           + "<selectoption><text>Black</text><group>1</group></selectoption>"
           "<selectoption><text>white</text><group>1</group></selectoption>"
           "<selectoption><text>grey</text><group>1</group></selectoption></question></quiz>")
    bank = parse_moodle_xml(xml.encode(), "gaps.xml")
    one, two = bank.questions
    assert (one.kind, one.prompt) == ("single", "The _____ brown fox.")
    assert [(c.text, c.correct) for c in one.choices] == [("quick", True), ("slow", False)]  # its group only
    assert (two.kind, two.prompt) == ("match", "_____ (1) is to _____ (2) as day is to night.")
    assert two.pairs == [("(1)", "Black"), ("(2)", "white")]
    assert [p.message for p in bank.problems] == [
        "the extra choices of 'two-gaps' (grey) have no equivalent in a matching question; left out"]
    assert check_lesson_text(bank_to_lesson(bank, "gaps", "Gaps"), tmp_path / "g" / "lesson.md").problems == []


def test_numerical_units_and_penalties(tmp_path):
    xml = ("<quiz>" + question("numerical", "How far is it?", "Distance")
           + "<penalty>0.3333333</penalty>"
           '<answer fraction="100"><text>1.5</text><tolerance>0.1</tolerance></answer>'
           '<answer fraction="50"><text>2</text><tolerance>0</tolerance>'
           '<feedback><text>Close.</text></feedback></answer>'
           "<units><unit><multiplier>1</multiplier><unit_name>km</unit_name></unit>"
           "<unit><multiplier>1000</multiplier><unit_name>m</unit_name></unit></units>"
           "<unitgradingtype>1</unitgradingtype><unitpenalty>0.1</unitpenalty><showunits>0</showunits>"
           "</question></quiz>")
    bank = parse_moodle_xml(xml.encode(), "units.xml")
    distance: Question = bank.questions[0]
    assert (distance.unit, distance.unit_required) == ("km", True)
    assert [(round(a.low, 6), round(a.high, 6), a.fraction, a.feedback) for a in distance.numeric] == [
        (1.4, 1.6, 1.0, ""), (2.0, 2.0, 0.5, "Close.")]
    assert [p.message for p in bank.problems] == [
        "the other units of 'distance' (m) have no equivalent; only 'km' is kept",
        "1 question(s) take a penalty for each wrong try; a lesson has no penalties"]
    optional = parse_moodle_xml(xml.replace("<showunits>0", "<showunits>3").encode()).questions[0]
    assert optional.unit_required is False


def test_unknown_types_are_named_with_their_line(tmp_path, capsys):
    xml = ("<quiz>\n" + question("calculated", "What is {a} + {b}?", "Sum") + "</question>\n"
           + question("truefalse", "Sky is blue.") + '<answer fraction="100"><text>true</text></answer>'
           '<answer fraction="0"><text>false</text></answer></question>\n'
           + question("qtype_from_a_plugin", "?", "Odd") + "</question>\n</quiz>")
    code, target = run_import(tmp_path, xml)
    err = capsys.readouterr().err
    assert code == 0
    source = tmp_path / "bank.xml"
    assert f"{source}:2:1: warning: 'Sum' (calculated) has no equivalent in a lesson; skipped" in err
    assert "calculated questions draw numbers from datasets" in err
    assert f"{source}:4:1: warning: 'Odd' (qtype_from_a_plugin) has no equivalent in a lesson; skipped" in err
    assert check_lesson(target).problems == []
