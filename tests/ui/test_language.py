"""The app's language: --language, [ui] language, View > Language and the computer's; a lesson written in
Spanish shows the app in Spanish; dates, numbers and English plurals follow the language."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from literacy_app.config import APP_NAME, CONFIG_NAME
from literacy_app.ui.app import build_window
from literacy_app.ui.lesson.prose_view import ProseView
from literacy_app.ui.look import formats
from literacy_app.ui.shell import language
from literacy_app.ui.shell.language import latest, system_language
from tests.conftest import FIXTURE_COURSE, gui_args

MENUS = {"en": ["&File", "&View", "&Help"], "es": ["&Archivo", "&Ver", "A&yuda"],
         "fr": ["&Fichier", "&Affichage", "Aid&e"]}


def open_window(qtbot, data_dir: Path, *extra: str):
    window, _notice = build_window(gui_args(data_dir, *extra))
    window = latest(window)
    qtbot.addWidget(window)
    window.show()
    return window


def menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.text()]


def choose(window, code: str):
    """View > Language > CODE, as a person clicks it; the window that replaces this one."""
    action = next(a for a in window.language_menu.group.actions() if a.data() == code)
    action.trigger()
    return latest(window)


def write_config(text: str) -> None:
    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / CONFIG_NAME).write_text(text, encoding="utf-8")


def test_language_flag_shows_the_whole_window_in_spanish_with_spanish_numbers(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--language", "es")
    assert menus(window)[:3] == MENUS["es"]
    assert "¿Quién aprende?" in [label.text() for label in window.picker.findChildren(QLabel)]
    assert window.switch_action.text() == "Cambiar de estudiante"
    assert QLocale().decimalPoint() == "," and formats.number(3.25) == "3,3"
    assert formats.as_date(date(2026, 11, 26), long=True) == "jueves, 26 de noviembre de 2026"
    assert [a.data() for a in window.language_menu.group.actions() if a.isChecked()] == ["es"]


def test_school_setting_then_view_menu_then_flag(qtbot, data_dir):
    write_config("[ui]\nlanguage = fr\n")
    window = open_window(qtbot, data_dir)
    assert menus(window)[:3] == MENUS["fr"], "[ui] language = fr in literacy-app.ini"
    assert [a.data() for a in window.language_menu.group.actions() if a.isChecked()] == [""]  # automatic
    window = choose(window, "en")
    assert menus(window)[:3] == MENUS["en"]
    window.close()

    again = open_window(qtbot, data_dir)
    assert menus(again)[:3] == MENUS["en"], "the View > Language choice is remembered and beats the ini"
    again.close()
    flagged = open_window(qtbot, data_dir, "--language", "es")
    assert menus(flagged)[:3] == MENUS["es"], "--language beats both"


def test_a_change_of_language_keeps_the_learner_lesson_and_step(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Sam",
                         "--lesson", "fixture-basics", "--step", "3")
    assert window.lesson_view.step == 2
    french = choose(window, "fr")
    qtbot.addWidget(french)
    assert french is not window and not window.isVisible() and french.isVisible()
    assert menus(french)[:3] == MENUS["fr"]
    assert french.session.profile.name == "Sam"
    assert french.lesson_view.lesson.id == "fixture-basics" and french.lesson_view.step == 2
    assert french.lesson_view.next_button.text() == "Suivant ▶"
    assert french.session.setting("language") == "fr"
    automatic = choose(french, "")
    qtbot.addWidget(automatic)
    assert menus(automatic)[:3] == MENUS["en"] and automatic.session.setting("language") == ""


def test_teacher_mode_stays_open_through_a_change_of_language(qtbot, data_dir):
    window = open_window(qtbot, data_dir, "--lessons", str(FIXTURE_COURSE), "--profile", "Sam")
    window.teacher_mode.enter()
    assert window.stack.currentWidget() is window.teacher_mode.dashboard
    spanish = choose(window, "es")
    qtbot.addWidget(spanish)
    assert spanish.teacher_mode.active and spanish.stack.currentWidget() is spanish.teacher_mode.dashboard
    assert spanish.teacher_mode.leave_action.text() == "Salir del modo docente"
    spanish.teacher_mode.leave()


def spanish_course(tmp_path: Path) -> Path:
    """The fixture course plus one lesson whose front matter says `language: es`."""
    course = tmp_path / "course"
    shutil.copytree(FIXTURE_COURSE, course)
    folder = course / "espanol"
    folder.mkdir()
    (folder / "lesson.md").write_text(
        "---\nid: leccion-es\ntitle: Publicidad en redes\nmodule: Fixture module\norder: 9\nlanguage: es\n---\n\n"
        "Una lección escrita en español.\n\n## Primer paso\n\nLas marcas pagan a los creadores.\n",
        encoding="utf-8")
    return course


def test_a_lesson_written_in_spanish_shows_the_app_in_spanish_while_it_is_open(qtbot, data_dir, tmp_path):
    course = spanish_course(tmp_path)
    window = open_window(qtbot, data_dir, "--lessons", str(course), "--profile", "Sam", "--lesson", "fixture-basics")
    assert menus(window)[:3] == MENUS["en"]
    window.sidebar.lessonChosen.emit("leccion-es")  # the learner clicks the lesson in the list
    spanish = latest(window)
    qtbot.addWidget(spanish)
    assert menus(spanish)[:3] == MENUS["es"]
    assert spanish.lesson_view.lesson.id == "leccion-es" and spanish.session.profile.name == "Sam"
    shown = " ".join(view.toPlainText() for view in spanish.lesson_view.scroll.widget().findChildren(ProseView))
    assert "Una lección escrita en español." in shown  # the lesson's own words, as written
    spanish.sidebar.lessonChosen.emit("fixture-basics")
    back = latest(spanish)
    qtbot.addWidget(back)
    assert menus(back)[:3] == MENUS["en"] and back.lesson_view.lesson.id == "fixture-basics"


def test_a_chosen_language_is_kept_in_a_lesson_written_in_another(qtbot, data_dir, tmp_path):
    course = spanish_course(tmp_path)
    window = open_window(qtbot, data_dir, "--lessons", str(course), "--profile", "Sam", "--language", "fr")
    window.sidebar.lessonChosen.emit("leccion-es")
    assert latest(window) is window and menus(window)[:3] == MENUS["fr"]
    assert window.lesson_view.lesson.id == "leccion-es"


def test_the_computers_language_is_the_default():
    assert system_language(QLocale("fr_CA")) == "fr"
    assert system_language(QLocale("es_MX")) == "es"
    assert system_language(QLocale("de_DE")) == "en"  # no German catalogue: English
    assert language.available_languages()[:1] == ["en"] and {"es", "fr"} <= set(language.available_languages())


def test_english_has_real_plurals_and_french_counts_zero_as_one():
    def attempts(n: int) -> str:
        return QCoreApplication.translate("GridModel", "%n attempt(s)", "", n)

    assert (attempts(1), attempts(2)) == ("1 attempt", "2 attempts")
    language.install("fr")
    assert (attempts(0), attempts(1), attempts(2)) == ("0 tentative", "1 tentative", "2 tentatives")
    language.install("es")
    assert (attempts(0), attempts(1), attempts(2)) == ("0 intentos", "1 intento", "2 intentos")


def test_dates_and_numbers_follow_the_language():
    language.install("fr")
    assert formats.number(1234.56, 1) == "1234,6" and formats.whole(12345) == "12\u202f345"
    assert formats.fixed(1.25) == "1,3" and formats.fixed(2) == "2,0"
    assert formats.percent_value(33.3) == "33 %" and formats.percent(1, 3) == "33 %"
    assert formats.percent_or(None) == "–" and formats.as_long_date(date(2026, 3, 5)) == "5 mars 2026"
    assert formats.as_day(date(2026, 3, 2)) == "lundi 2 mars"
    language.install("es")
    assert formats.as_day(date(2026, 3, 2)) == "lunes, 2 de marzo"
    assert formats.as_date("2026-11-26") == "26/11/26"
    assert formats.as_long_date(date(2026, 3, 5)) == "5 de marzo de 2026"
    language.install("en")  # the test machine has no locale (C): dates stay ISO, as in files
    assert formats.as_date("2026-11-26") == "2026-11-26" and formats.number(3.25) == "3.3"
    assert formats.as_long_date(date(2026, 3, 5)) == "5 March 2026" and formats.as_day(date(2026, 3, 2)) == \
        "Monday 2 March"


def test_right_to_left_languages_are_those_qt_writes_right_to_left():
    locales = QLocale.matchingLocales(QLocale.Language.AnyLanguage, QLocale.Script.AnyScript,
                                      QLocale.Country.AnyCountry)
    assert len(locales) > 500
    wrong = [locale.bcp47Name() for locale in locales
             if language.right_to_left(locale.bcp47Name())
             != (locale.textDirection() == Qt.LayoutDirection.RightToLeft)]
    assert wrong == []
    assert language.right_to_left("ar") and language.right_to_left("he") and not language.right_to_left("fr")


def test_a_language_written_right_to_left_lays_the_app_out_so(qtbot, data_dir, monkeypatch):
    window = open_window(qtbot, data_dir, "--language", "fr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # a catalogue in Arabic, as a translator would add one (its words are not needed here)
    monkeypatch.setattr(language, "available_languages", lambda: ["en", "es", "fr", "ar"])
    try:
        assert language.install("ar") == "ar"
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        language.install("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
