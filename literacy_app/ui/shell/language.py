"""The app's language: which catalogues exist, which one is in use, View > Language, and a change of language.

The language shown is, in this order: the one chosen in View > Language or with --language; otherwise
("Automatic") the open lesson's language when the app speaks it (front matter `language: es`), else
`[ui] language` from literacy-app.ini, else the computer's. English is the language of the source code;
literacy_en.qm holds only its plural forms ("1 time", "2 times").

Qt widgets take their words when they are built, so a change of language rebuilds the main window in
place: the same learner, lesson and step, teacher mode still open, author mode reopened on its file.
See docs/translating.md.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QLibraryInfo, QLocale, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from literacy_app import resources
from literacy_app.ui.lazy_qt import set_by_name

if TYPE_CHECKING:
    from literacy_app.content.model import Lesson

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
SETTING = "language"  # the View > Language choice, remembered per PC ("" = automatic)
# each language by its own name; a language added later without an entry here shows Qt's name for it
NATIVE_NAMES = {"en": "English", "es": "Español", "fr": "Français"}
# the scripts of the languages written right to left: QLocale.textDirection() gives the same answer as a
# Qt-namespace enum, which the first frame does without (lazy_qt.py); tests/ui/test_language.py compares the
# two for every locale Qt knows
RIGHT_TO_LEFT_SCRIPTS = frozenset({"AdlamScript", "ArabicScript", "HebrewScript", "NkoScript", "SyriacScript",
                                   "ThaanaScript"})


class _State:
    """The app's language now: the catalogue shown, the learner's choice, the school's setting.

    One instance for the whole app (a plain class: a dataclass costs a start-up its generated methods)."""

    def __init__(self) -> None:
        self.shown = SOURCE_LANGUAGE  # the catalogue installed now
        self.chosen = ""  # View > Language or --language; "" follows the lesson, then the school and the computer
        self.configured = ""  # [ui] language in literacy-app.ini
        self.translators: list[QTranslator] = []


STATE = _State()


def normalise(code: str | None) -> str:
    """'es_MX', 'es-MX' or 'ES' -> 'es'; '' for nothing."""
    return (code or "").strip().replace("-", "_").split("_")[0].lower()


def available_languages() -> list[str]:
    """English first, then every language with a catalogue in literacy_app/translations/."""
    found = sorted(path.stem.removeprefix("literacy_") for path in resources.translations_dir().glob("literacy_*.qm"))
    return [SOURCE_LANGUAGE, *(code for code in found if code != SOURCE_LANGUAGE)]


def native_name(code: str) -> str:
    name = NATIVE_NAMES.get(code) or QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def system_language(locale: QLocale | None = None) -> str:
    """The first of the computer's preferred languages the app speaks (English when none)."""
    available = available_languages()
    for name in (locale or QLocale.system()).uiLanguages():
        if (code := normalise(name)) in available:
            return code
    return SOURCE_LANGUAGE


def base_language() -> str:
    """The language shown outside lessons that bring their own."""
    available = available_languages()
    for code in (STATE.chosen, STATE.configured):
        if code in available:
            return code
    return system_language()


def lesson_language(lesson: Lesson | None) -> str:
    """The language to show with LESSON open: its own when the app speaks it and nothing was chosen."""
    code = normalise(getattr(lesson, "language", ""))
    if not STATE.chosen and code != SOURCE_LANGUAGE and code in available_languages():
        return code
    return base_language()


def configure(flag: str | None, saved: str | None, configured: str | None) -> str:
    """At start: --language, else the saved View > Language choice, else automatic; install and return it."""
    available = available_languages()
    for name, code in (("--language", normalise(flag)), ("[ui] language", normalise(configured))):
        if code and code not in available:
            log.warning("%s %s: no such translation (available: %s)", name, code, ", ".join(available))
    chosen = normalise(flag) or normalise(saved)
    STATE.chosen = chosen if chosen in available else ""
    STATE.configured = normalise(configured)
    return install(base_language())


def install(code: str) -> str:
    """Load CODE's catalogues (the app's and Qt's own, for standard buttons and dialogs) and its number and
    date formats; English when CODE has no catalogue. Returns the language installed."""
    app = QApplication.instance()
    code = code if code in available_languages() else SOURCE_LANGUAGE
    for translator in STATE.translators:
        app.removeTranslator(translator)
    STATE.translators = []
    qt_folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                  str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations")]  # a frozen build's copy
    for name, folders in ((f"literacy_{code}", [str(resources.translations_dir())]), (f"qtbase_{code}", qt_folders)):
        translator = QTranslator(app)
        if any(translator.load(name, folder) for folder in folders):
            app.installTranslator(translator)
            STATE.translators.append(translator)
        elif name.startswith("literacy_"):
            log.warning("no catalogue %s in %s", name, folders[0])
    system = QLocale.system()
    # the computer's own formats when it speaks this language (es_MX stays Mexican) or has no preference
    # (the C locale: dates stay ISO), else the language's
    same = system.language() == QLocale(code).language()
    unset = system.language() == QLocale.Language.C and code == SOURCE_LANGUAGE
    QLocale.setDefault(system if same or unset else QLocale(code))
    set_by_name(app, layoutDirection="RightToLeft" if right_to_left(code) else "LeftToRight")
    STATE.shown = code
    return code


def right_to_left(code: str) -> bool:
    """Whether the language CODE is written right to left (Arabic, Hebrew...)."""
    return QLocale(code).script().name in RIGHT_TO_LEFT_SCRIPTS


def latest(window: QMainWindow) -> QMainWindow:
    """The window that replaced WINDOW after changes of language (WINDOW itself when none)."""
    while (newer := getattr(window, "replaced_by", None)) is not None:
        window = newer
    return window


class LanguageMenu(QObject):
    """View > Language, and the switch when a lesson in another language opens. Part of the main window."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:  # the main window (it imports this module)
        super().__init__(window)
        self.window = window
        self.group = QActionGroup(self)
        names = [("", self.tr("Automatic (the lesson's or the computer's language)"))]
        names += [(code, native_name(code)) for code in available_languages()]
        for code, name in names:
            action = QAction(name, self.group, checkable=True)
            action.setData(code)
            action.setChecked(code == STATE.chosen)
            action.triggered.connect(lambda _checked=False, chosen=code: self.choose(chosen))
            menu.addAction(action)
            if not code:
                menu.addSeparator()

    def choose(self, code: str) -> None:
        """A choice in View > Language: remembered on this PC, shown at once."""
        STATE.chosen = code
        self.window.session.remember(SETTING, code)
        self.show_language(lesson_language(self.window.lesson_view.lesson), ask=True)

    def follow_lesson(self, lesson: Lesson, step: int | None) -> bool:
        """Before LESSON opens: True when the window was rebuilt in the lesson's language, with it open."""
        wanted = lesson_language(lesson)
        if wanted == STATE.shown or self._open_author() is not None:
            return False  # author mode keeps its language while it is open
        return self.show_language(wanted, lesson_id=lesson.id, step=step)

    def show_language(self, code: str, lesson_id: str | None = None, step: int | None = None,
                      ask: bool = False) -> bool:
        """Rebuild the window in CODE (with ASK, author mode is closed first and opened again on its file)."""
        if code == STATE.shown:
            return False
        author = self._open_author()
        path = author.path if author is not None else None
        if author is not None and not (ask and author.close()):  # unsaved changes kept: nothing changes
            return False
        install(code)
        new = replace_window(self.window, lesson_id, step)
        if author is not None:
            new.open_author_mode(str(path) if path else None)
        return True

    def _open_author(self) -> QMainWindow | None:
        author = getattr(self.window, "author_window", None)
        try:
            return author if author is not None and author.isVisible() else None
        except RuntimeError:  # closed and deleted
            return None


def replace_window(old: QMainWindow, lesson_id: str | None = None, step: int | None = None) -> QMainWindow:
    """Build a new main window in the language now installed, in OLD's place and state, and close OLD."""
    view = old.lesson_view
    if lesson_id is None and view.lesson is not None:
        lesson_id, step = view.lesson.id, view.step
    profile = old.session.profile
    teacher = old.teacher_mode.active
    on_dashboard = teacher and old.stack.currentWidget() is old.teacher_mode.dashboard
    new = type(old)(old.services, start_with_picker=profile is None and not teacher)
    old.replaced_by = new
    new.lesson_view.show_teacher_notes = view.show_teacher_notes
    new.lesson_view.activities_after_first_paint = view.activities_after_first_paint
    if old.property("previewTitle"):  # --teacher: lessons as the teacher sees them
        new.setProperty("previewTitle", True)
        new.setWindowTitle(preview_title())
    if profile is not None:
        new.start_learning(profile, lesson_id, step)
    if teacher:
        QApplication.instance().removeEventFilter(old.teacher_mode)
        old.teacher_mode.idle_timer.stop()
        new.teacher_mode.enter()  # already unlocked with the PIN in this window
        if not on_dashboard and profile is not None:
            new.stack.setCurrentWidget(new.splitter)
    if (room := getattr(old, "learner_room", None)) is not None:
        room.timer.stop()  # the time spent so far counts; the new window counts on
    if old.isVisible():
        new.setGeometry(old.geometry())
        if old.isMaximized():
            new.showMaximized()
        else:
            new.show()
        if (notice := getattr(old, "storage_notice", None)) is not None:
            old.removeEventFilter(notice)  # answers still waiting for the disk stay with the session, not asked about
        old.close()  # saves the window's size; a class publishes what is left
    elif getattr(old, "class_publisher", None) is not None:
        old.class_publisher.finish()
    old.deleteLater()
    for listener in list(WINDOW_LISTENERS):
        listener(new)
    return new


WINDOW_LISTENERS: list = []  # called with the new window after a change of language (e.g. the error handler)


def preview_title() -> str:
    return QApplication.translate("LanguageMenu", "Media Literacy Lab — as the teacher sees it (nothing is stored)")
