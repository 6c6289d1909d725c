"""The catalogues: every word of the UI is marked for translation, every marked word is in the catalogues,
Spanish and French translate all of them (with their placeholders and plural forms), and the compiled
.qm files are those of the committed .ts files. See docs/translating.md."""

from __future__ import annotations

import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.translation_scan import scan, scan_file

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "literacy_app" / "ui"
CATALOGUES = ROOT / "literacy_app" / "translations"
TRANSLATED = ("es", "fr")  # complete translations; literacy_en.ts holds English plural forms only
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/translations.py, the lupdate/lrelease steps)

PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%[1-9]|%[vmp]")


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> of a .ts file."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


# -- every visible word is marked --------------------------------------------------------------------
def test_every_user_visible_string_in_the_ui_is_marked_for_translation():
    findings = scan(UI)
    assert not findings, "mark these with self.tr() (see docs/translating.md):\n" + "\n".join(map(str, findings))


def test_the_scan_finds_each_kind_of_unmarked_string(tmp_path):
    source = tmp_path / "widget.py"
    source.write_text('''
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
class Widget:
    def build(self, name, n):
        QLabel("Hello there")
        self.button = QPushButton(f"Save {name}")
        self.button.setToolTip("Saves " + name)
        QMessageBox.warning(self, self.tr("Oops"), "Something broke: {0}".format(name))
        self.label.setText(self.tr("Ready") if n else "Waiting")
        self.label.setText(self.tr(f"Hi {name}"))
        self.other.tr("Not in this context")
        tr = self.tr
        self.label.setText(tr("An alias lupdate files under no context"))
        self.label.setText(self.tr("%n file(s)", n=n))
        self.label.setText("→ 42%")
        self.label.setText(self.tr("Fine {0}").format(name))
        self.label.setText(QLabel.tr("Fine as well"))
''', encoding="utf-8")
    found = [(f.line, f.why) for f in scan_file(source)]
    assert [line for line, _ in found] == [5, 6, 7, 8, 9, 10, 11, 13, 14], found
    assert found[5][1].startswith("tr() of something lupdate cannot read")
    assert found[6][1].startswith("tr() on another object")


# -- the catalogues hold every marked word, translated ------------------------------------------------
@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    """The catalogues as lupdate makes them from the code as it is now (translations carried over)."""
    folder = tmp_path_factory.mktemp("fresh")
    for path in CATALOGUES.glob("literacy_*.ts"):
        shutil.copy(path, folder / path.name)
    for code in translations.languages():
        options = ["-pluralonly"] if code == translations.SOURCE_LANGUAGE else []
        translations.subprocess.run(
            [*translations.tool("lupdate"), *options, "-no-obsolete", "-locations", "none", "-silent",
             *translations.source_files(), "-ts", str(folder / f"literacy_{code}.ts")], check=True, cwd=ROOT)
    return folder


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_each_catalogue_holds_exactly_the_words_of_the_code(fresh, code):
    committed = set(messages(CATALOGUES / f"literacy_{code}.ts"))
    current = set(messages(fresh / f"literacy_{code}.ts"))
    assert current - committed == set(), "new words: run 'python packaging/translations.py update' and translate"
    assert committed - current == set(), "words the code no longer uses: run 'python packaging/translations.py update'"


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_every_word_has_a_finished_translation(code):
    path = CATALOGUES / f"literacy_{code}.ts"
    assert translations.unfinished(path) == []
    if code != "en":
        assert len(messages(path)) > 800


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_placeholders_accelerators_and_plural_forms(code):
    problems = []
    for (context, source), message in messages(CATALOGUES / f"literacy_{code}.ts").items():
        wanted = sorted(PLACEHOLDER.findall(source))
        forms = translations_of(message)
        if message.get("numerus") == "yes" and len(forms) != 2:
            problems.append((context, source, "two plural forms expected"))
        for form in forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                problems.append((context, source, form))
            if "&" in source.replace("&&", "") and form.replace("&&", "").count("&") != 1:
                problems.append((context, source, "the accelerator (&) is missing"))
    assert problems == []


def test_english_plural_forms_read_as_english():
    english = messages(CATALOGUES / "literacy_en.ts")
    assert translations_of(english[("ScenarioWidget", "Played %n time(s). Best: {0} of {1} ({2}).")]) == [
        "Played %n time. Best: {0} of {1} ({2}).", "Played %n times. Best: {0} of {1} ({2})."]
    for message in english.values():
        assert all("(s)" not in form for form in translations_of(message))


def test_compiled_catalogues_are_those_of_the_sources(tmp_path):
    for built in translations.release(out_dir=tmp_path):
        committed = CATALOGUES / built.name
        assert committed.exists(), f"{built.name} is missing: run 'python packaging/translations.py release'"
        assert built.read_bytes() == committed.read_bytes(), \
            f"{built.name} is older than its .ts: run 'python packaging/translations.py release'"


def test_insert_template_labels_are_all_in_the_catalogues():
    """Author mode shows the block types' own template labels through AuthorMenus.tr."""
    from literacy_app.content.starter_lesson import block_templates, question_templates
    from literacy_app.ui.author.author_menus import TEMPLATE_LABELS

    labels = {item.label for group in (block_templates(), question_templates()) for item in group}
    assert labels <= set(TEMPLATE_LABELS)
    spanish = messages(CATALOGUES / "literacy_es.ts")
    assert all(("AuthorMenus", label) in spanish for label in labels)


def test_english_plurals_fill_in_the_verb():
    assert translations.english_forms("⚠ %n PC(s) have a problem.") == ("⚠ %n PC has a problem.",
                                                                      "⚠ %n PCs have a problem.")
    assert translations.english_forms("%n lesson(s) checked") == ("%n lesson checked", "%n lessons checked")


def test_the_frozen_build_keeps_qts_own_words_only_in_the_apps_languages():
    import bundle_filter  # packaging/bundle_filter.py, used by the PyInstaller spec

    for code in TRANSLATED:
        assert bundle_filter.keep_entry(f"PySide6/Qt/translations/qtbase_{code}.qm")
    assert not bundle_filter.keep_entry("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle_filter.keep_entry("PySide6/Qt/translations/qtdeclarative_es.qm")
    assert bundle_filter.keep_entry("literacy_app/translations/literacy_es.qm")


def test_english_plural_forms_are_written_for_each_new_text_alone(tmp_path, monkeypatch):
    """A new plural text gets its English forms; the texts around it are left as they are."""
    catalogue = tmp_path / "literacy_en.ts"
    catalogue.write_text('''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>A</name>
    <message numerus="yes">
        <source>%n lesson(s)</source>
        <translation>
            <numerusform>%n lesson</numerusform>
            <numerusform>%n lessons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s) ({0})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
''', encoding="utf-8")
    monkeypatch.setattr(translations, "CATALOGUES", tmp_path)
    assert translations.fill_english() == 1
    found = messages(catalogue)
    assert translations_of(found[("A", "%n lesson(s)")]) == ["%n lesson", "%n lessons"]
    assert translations_of(found[("A", "in %n day(s) ({0})")]) == ["in %n day ({0})", "in %n days ({0})"]
    assert translations.unfinished(catalogue) == []


def test_block_type_labels_are_all_in_the_catalogues():
    """The app names a block by its type's label ("Quiz: 2 of 5 questions not answered"), through block_label."""
    from literacy_app.content.blocks.registry import block_types
    from literacy_app.ui.lesson.activity_registry import BLOCK_LABELS, block_label
    from literacy_app.ui.shell import language

    labels = {kind.label for kind in block_types()}
    assert labels <= set(BLOCK_LABELS)
    language.install("es")
    assert [block_label(label) for label in ("Quiz", "Scenario", "Teacher notes")] == [
        "Cuestionario", "Escenario", "Notas para docentes"]


def test_the_block_types_words_for_an_empty_answer_are_all_translated():
    """Attempt review and item analysis show "(nothing ticked)" as the block type words it (content/blocks)."""
    from literacy_app.ui.lesson.activity_registry import EMPTY_ANSWERS, answer_text
    from literacy_app.ui.shell import language

    blocks = ROOT / "literacy_app" / "content" / "blocks"
    types = [path for path in blocks.glob("*.py") if "_" not in path.stem]  # quiz.py ..., not quiz_parse.py
    written = {m for path in types for m in re.findall(r'or "(\([^"]+\))"', path.read_text("utf-8"))}
    assert written and written <= set(EMPTY_ANSWERS)
    language.install("fr")
    assert answer_text("(nothing ticked)") == "(rien de coché)" and answer_text("A radio host.") == "A radio host."
