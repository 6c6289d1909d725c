"""The main window: the learner picker, then the library beside the lesson view."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from literacy_app.free_heap import hand_back_free_heap
from literacy_app.services.app_services import AppServices
from literacy_app.services.session import Profile
from literacy_app.ui.lazy_qt import Qt, set_by_name
from literacy_app.ui.learner.room import LearnerRoom
from literacy_app.ui.lesson.lesson_view import LessonView
from literacy_app.ui.look.accessibility import install_accessibility, tree_changed
from literacy_app.ui.look.icons import icon
from literacy_app.ui.look.style import DEFAULT_FONT_PT, apply_look
from literacy_app.ui.look.theme import THEME_NAMES
from literacy_app.ui.look.window_fit import fit_to_screen
from literacy_app.ui.presenter.command import PresenterCommand
from literacy_app.ui.print.print_command import PrintCommand
from literacy_app.ui.shell.language import LanguageMenu
from literacy_app.ui.shell.library_sidebar import LibrarySidebar
from literacy_app.ui.shell.pack_installer import PackInstaller
from literacy_app.ui.shell.sign_in_gate import SignInGate
from literacy_app.ui.shell.storage_notice import StorageNotice
from literacy_app.ui.teacher.teacher_mode import TeacherMode

if TYPE_CHECKING:
    from literacy_app.ui.shell.class_publisher import ClassPublisher
    from literacy_app.ui.shell.profile_picker import ProfilePicker

# A- never goes below the size the app starts with (100%); A+ goes up to 200%, one point at a time
MIN_FONT_PT, MAX_FONT_PT = DEFAULT_FONT_PT, 2 * DEFAULT_FONT_PT
PREFERRED_SIZE = QSize(1200, 800)
SIDEBAR_SHARE, SIDEBAR_MIN = 0.3, 190  # the library never takes more than this share of a narrow window
COMPACT_WIDTH = 760  # px at 100% text: a narrower lesson area hides the lesson list (the Lessons button shows it)


class MainWindow(QMainWindow):
    profileChanged = Signal(object)

    def __init__(self, services: AppServices, parent: QWidget | None = None, start_with_picker: bool = True) -> None:
        super().__init__(parent)
        self.services = services
        self.session = session = services.session
        self.library = library = services.library
        # the saved text size and theme go to the application before any widget exists, so every widget
        # starts with them and nothing has to be restyled
        install_accessibility()
        font_pt = _clamp_font(_float_or(session.setting("font_pt"), DEFAULT_FONT_PT))
        theme = session.setting("theme") or "light"
        theme = theme if theme in THEME_NAMES else "light"
        apply_look(theme, font_pt)
        self.theme = theme
        self.setWindowTitle(self.tr("Media Literacy Lab"))
        self.stack = QStackedWidget()
        self.stack.currentChanged.connect(lambda _index: tree_changed(self.stack))
        self.setCentralWidget(self.stack)
        self._picker: ProfilePicker | None = None  # built when first needed: a start with --profile never shows it
        self.splitter = QSplitter()  # side by side, Qt's default
        self.sidebar = LibrarySidebar()
        self.sidebar.setMinimumWidth(SIDEBAR_MIN)
        self.sidebar.lessonChosen.connect(self.open_lesson)
        self.lesson_view = LessonView(session, services.page_cache)
        self.lesson_view.stepChanged.connect(self._step_changed)
        self.lesson_view.lessonCompleted.connect(self._lesson_completed)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.lesson_view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([320, 880])
        self.splitter.installEventFilter(self)
        self.stack.addWidget(self.splitter)
        self._build_toolbar()
        self.teacher_mode = TeacherMode(self, lambda: services.teacher)
        self.pack_installer = PackInstaller(self, services.installed_lessons_dir, self.reload_library,
                                            allowed=lambda: self.teacher_mode.active)
        self._build_menus()
        self.storage_notice = StorageNotice(self, session)
        self.sign_in_gate = SignInGate(self, lambda: services.sign_in, services.settings.idle_minutes,
                                       services.settings.sign_in)
        self.class_publisher: ClassPublisher | None = None
        if services.class_folder is not None:  # a PC in a class: its module is loaded only then
            from literacy_app.ui.shell.class_publisher import ClassPublisher

            self.class_publisher = ClassPublisher(self, services.class_folder, session)
        self.learner_label = QLabel()
        self.statusBar().addPermanentWidget(self.learner_label)
        self.lesson_view.font_pt = font_pt
        self._mark_theme(theme)
        # a sharper screen plugged in: icons painted at 1x only would be blown up there
        QGuiApplication.instance().screenAdded.connect(self._screen_added)  # a method: gone with the window
        self._mark_font(font_pt)
        self.sidebar.set_library(library)
        self.sidebar.verdictChanged.connect(self._report_broken)  # lessons checked after the first paint
        self._restore_geometry()
        self._report_broken()
        if start_with_picker:
            self.show_picker()

    @property
    def picker(self) -> ProfilePicker:
        if self._picker is None:
            from literacy_app.ui.shell.profile_picker import ProfilePicker

            self._picker = ProfilePicker()
            self._picker.profileChosen.connect(self.start_learning)
            self._picker.newProfileRequested.connect(self._add_profile)
            self._picker.set_theme(self.theme)
            self.stack.insertWidget(0, self._picker)
        return self._picker

    # -- building ---------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # enum values by name, shortcuts through setShortcuts (setShortcut's overloads include key enums): the
        # first frame does without the Qt namespace, see lazy_qt.py
        set_by_name(toolbar, toolButtonStyle="ToolButtonTextBesideIcon")
        toolbar.setIconSize(QSize(20, 20))
        self.switch_action = QAction(self.tr("Switch learner"), self)
        self.switch_action.setToolTip(self.tr("Go back to \"Who's learning?\""))
        self.switch_action.triggered.connect(self.show_picker)
        self.lessons_action = QAction(self.tr("Lessons"), self, checkable=True, checked=True)
        self.lessons_action.setToolTip(self.tr("Show or hide the list of lessons (Ctrl+L)"))
        self.lessons_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.lessons_action.toggled.connect(self._show_lesson_list)
        self._compact: bool | None = None  # a narrow window (or big text) hides the list until asked for
        toolbar.addAction(self.lessons_action)
        toolbar.addAction(self.switch_action)
        toolbar.addSeparator()
        self.zoom_out_action = QAction(self.tr("Smaller text"), self)
        self.zoom_out_action.setIconText(self.tr("Smaller"))
        self.zoom_out_action.setToolTip(self.tr("Smaller text (Ctrl+-)"))
        self.zoom_out_action.setShortcuts(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self._apply_font(self.lesson_view.font_pt - 1, save=True))
        self.zoom_in_action = QAction(self.tr("Bigger text"), self)
        self.zoom_in_action.setIconText(self.tr("Bigger"))
        self.zoom_in_action.setToolTip(self.tr("Bigger text (Ctrl++)"))
        self.zoom_in_action.setShortcuts([QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+=")])
        self.zoom_in_action.triggered.connect(lambda: self._apply_font(self.lesson_view.font_pt + 1, save=True))
        self.zoom_reset_action = QAction(self.tr("Normal text size"), self)
        self.zoom_reset_action.setShortcuts([QKeySequence("Ctrl+0")])
        self.zoom_reset_action.triggered.connect(lambda: self._apply_font(DEFAULT_FONT_PT, save=True))
        toolbar.addAction(self.zoom_out_action)
        toolbar.addAction(self.zoom_in_action)
        toolbar.addAction(self.zoom_reset_action)
        toolbar.addSeparator()
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.switch_action)
        # toolbar buttons are not in the Tab chain: the File menu makes teacher mode reachable by keyboard
        file_menu.addAction(self.teacher_mode.enter_action)
        file_menu.addAction(self.teacher_mode.leave_action)
        self.toolbar.addAction(self.teacher_mode.enter_action)
        self.toolbar.addAction(self.teacher_mode.leave_action)
        for action in self.toolbar.actions():  # a screen reader says what the button does, not "100%"
            if (button := self.toolbar.widgetForAction(action)) is not None and not action.isSeparator():
                button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
        for button in self.toolbar.findChildren(QToolButton, "qt_toolbar_ext_button"):
            button.setAccessibleName(self.tr("More tools"))  # shown when a narrow window cannot hold them all
        self.author_action = QAction(self.tr("Author mode…"), self)
        self.author_action.setStatusTip(self.tr("Open a lesson file to edit it beside a live preview"))
        self.author_action.triggered.connect(lambda: self.open_author_mode())
        file_menu.addAction(self.author_action)
        file_menu.addAction(self.pack_installer.action)
        # on one's own and from paper or a projector: My progress, review (ui/learner), print, presenter mode
        self.learner_room = LearnerRoom(self, self.session, lambda: self.services.learner)
        self.print_command = PrintCommand(self, lambda: self.teacher_mode.active)
        self.presenter_command = PresenterCommand(self, lambda: self.teacher_mode.active)
        file_menu.addSeparator()
        file_menu.addActions([self.learner_room.progress_action, self.learner_room.review_action,
                              self.print_command.action, self.presenter_command.action])
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self.lessons_action)
        view_menu.addAction(self.zoom_in_action)
        view_menu.addAction(self.zoom_out_action)
        view_menu.addAction(self.zoom_reset_action)
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        labels = {"light": self.tr("Light"), "dark": self.tr("Dark"), "high-contrast": self.tr("High contrast")}
        for name in THEME_NAMES:
            action = QAction(labels[name], self.theme_group, checkable=True)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, n=name: self.set_theme(n, save=True))
            theme_menu.addAction(action)
        self.language_menu = LanguageMenu(self, view_menu.addMenu(self.tr("&Language")))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        problems = QAction(self.tr("Lesson problems…"), self)
        problems.triggered.connect(self.show_lesson_problems)
        self.help_menu.addAction(problems)

    # -- learner ----------------------------------------------------------------------------
    def show_picker(self) -> None:
        handed_over = self.session.profile is not None
        if self.class_publisher is not None and handed_over:
            self.class_publisher.publish_now()  # the next learner may sit down at another PC
        self.session.sign_out()
        self.lesson_view.close_lesson()  # nothing of theirs stays behind the picker
        if handed_over:
            hand_back_free_heap()  # what the last learner's lessons held
        self.picker.set_profiles(self.session.learners())
        self.stack.setCurrentWidget(self.picker)
        self.switch_action.setEnabled(False)
        self.learner_label.clear()
        self.picker.focus_first()

    def _add_profile(self, name: str) -> None:
        existing = self.session.learner_named(name)
        if existing is not None:
            self.picker.show_message(self.tr("{0} is already here: pick the tile.").format(existing.name))
            return
        self.start_learning(self.session.add_learner(name, avatar=self.picker.chosen_avatar))

    def start_learning(self, profile: Profile, lesson_id: str | None = None, step: int | None = None) -> None:
        if self.sign_in_gate.intercept(profile, lesson_id, step):
            return  # pictures or a code first; once signed in, the gate calls start_learning again
        self.session.choose_profile(profile)
        if self._picker is not None:
            self._picker.show_message("")
        self.learner_label.setText(self.tr("Learning: {0}").format(profile.name))
        self.switch_action.setEnabled(True)
        self.stack.setCurrentWidget(self.splitter)
        self._refresh_status()
        lesson = self.library.lesson(lesson_id) if lesson_id else None
        if lesson is not None:
            self.open_lesson(lesson.id, step)
        elif (resume := self.session.resume_point()) is not None:
            self.open_lesson(resume[0].id, resume[1])
        elif self.library.lessons:
            self.open_lesson(self.library.lessons[0].id, 0)
        self.profileChanged.emit(profile)

    # -- lessons ----------------------------------------------------------------------------
    def open_lesson(self, lesson_id: str, step: int | None = None) -> None:
        lesson = self.library.lesson(lesson_id)
        if lesson is None or self.session.profile is None:
            return
        if self.language_menu.follow_lesson(lesson, step):
            return  # a lesson in another language the app speaks: the window was rebuilt in it, with it open
        self.sidebar.select_lesson(lesson_id)
        self.lesson_view.open_lesson(lesson, self.session.step_of(lesson) if step is None else step)

    def reload_library(self) -> None:
        """Read the lesson folders again, e.g. after a lesson pack was installed."""
        self.library = self.services.reload_library()
        if self.lessons_action.isChecked():
            self.sidebar.set_library(self.library)
        if self.session.profile is not None:
            self._refresh_status()

    def _step_changed(self, lesson_id: str, step: int) -> None:
        lesson = self.library.lesson(lesson_id)
        if lesson is not None and self.session.profile is not None:
            self.session.set_position(lesson, step)
            self._refresh_status()

    def _lesson_completed(self, lesson_id: str) -> None:
        lesson = self.library.lesson(lesson_id)
        if lesson is None or self.session.profile is None:
            return
        self.session.complete_lesson(lesson)
        self._refresh_status()
        self.statusBar().showMessage(self.tr("“{0}” is complete.").format(lesson.title), 8000)
        index = self.library.lessons.index(lesson)
        if index + 1 < len(self.library.lessons):
            following = self.library.lessons[index + 1]
            self.lesson_view.step_label.setText(
                self.tr("Lesson complete. Next up: {0}, in the list on the left.").format(following.title))

    def write_held(self) -> None:
        """Write what the session held back during start-up, then mark the lessons again from the disk."""
        self.session.release_writes()
        if self.session.profile is not None:
            self._refresh_status()

    def _refresh_status(self) -> None:
        self.sidebar.set_status(self.session.lesson_status())

    def _report_broken(self) -> None:
        broken = self.library.broken_so_far  # not `broken`: that would check every lesson before the first paint
        if broken:
            self.statusBar().showMessage(
                self.tr("%n lesson(s) could not be loaded: see Help > Lesson problems.", "", len(broken)))

    def show_lesson_problems(self) -> None:
        if not self.library.broken:
            QMessageBox.information(self, self.tr("Lesson problems"), self.tr("Every lesson loaded without errors."))
            return
        lines = [p.format() for p in self.library.problems]
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Lesson problems"),
                          self.tr("These lessons have errors and are not shown:"), parent=self)
        box.setDetailedText("\n".join(lines))
        box.exec()

    def open_author_mode(self, path: str | None = None) -> None:
        """Author mode in its own window: a lesson file when one is given, else its start page."""
        from literacy_app.content.starter_lesson import KnownLesson  # only loaded when a teacher wants it
        from literacy_app.ui.author.author_window import AuthorWindow
        from literacy_app.ui.author.context import AuthorContext

        def known() -> list[KnownLesson]:
            return [KnownLesson(lesson.id, lesson.title, lesson.module, lesson.order, lesson.path)
                    for lesson in self.library.lessons + self.library.broken]

        context = AuthorContext(known_lessons=known, lessons_dir=self.services.installed_lessons_dir,
                                on_installed=self.reload_library, may_install=lambda: self.teacher_mode.active,
                                recovery_dir=self.services.settings.data_dir / "recovery")
        self.author_window = AuthorWindow(Path(path) if path else None, context=context)
        self.author_window.show()

    # -- view settings ----------------------------------------------------------------------
    @property
    def text_size_percent(self) -> int:
        return round(100 * self.lesson_view.font_pt / DEFAULT_FONT_PT)

    def _apply_font(self, points: float, save: bool = False) -> None:
        points = _clamp_font(points)
        if points == self.lesson_view.font_pt:
            return
        apply_look(self.theme, points)  # every font size in the style sheet is a multiple of this one
        self.lesson_view.font_pt = points
        self._mark_font(points)
        self.lesson_view.refresh()
        self._fit_sidebar(self.splitter.width())
        self._update_compact(self.splitter.width())
        if save:
            self.session.remember("font_pt", f"{points:g}")

    def _mark_font(self, points: float) -> None:
        self.zoom_out_action.setEnabled(points > MIN_FONT_PT)
        self.zoom_in_action.setEnabled(points < MAX_FONT_PT)
        percent = round(100 * points / DEFAULT_FONT_PT)
        self.zoom_reset_action.setIconText(self.tr("{0}%").format(percent))
        if (button := self.toolbar.widgetForAction(self.zoom_reset_action)) is not None:
            button.setAccessibleDescription(self.tr("Text size {0}%").format(percent))
        self.zoom_reset_action.setToolTip(self.tr("Text size {0}%: back to 100% (Ctrl+0)").format(percent))
        self.zoom_reset_action.setStatusTip(self.zoom_reset_action.toolTip())

    def set_theme(self, theme: str, save: bool = False) -> None:
        theme = theme if theme in THEME_NAMES else "light"
        self.theme = theme
        apply_look(theme, self.lesson_view.font_pt)
        self._mark_theme(theme)
        self.lesson_view.refresh()
        if self._picker is not None:
            self._picker.set_theme(theme)
        if save:
            self.session.remember("theme", theme)

    def _mark_theme(self, theme: str) -> None:
        for action in self.theme_group.actions():
            action.setChecked(action.data() == theme)
        self.lesson_view.theme = theme if theme in THEME_NAMES else "light"
        self._paint_icons()

    def _screen_added(self, _screen: object) -> None:
        self._paint_icons()

    def _paint_icons(self) -> None:
        """The toolbar's icons in the theme's colours, at the pixel scales the screens need (look/icons.py)."""
        for action, name in ((self.lessons_action, "lessons"), (self.switch_action, "switch"),
                             (self.zoom_out_action, "smaller"),
                             (self.zoom_in_action, "bigger"), (self.zoom_reset_action, "reset"),
                             (self.teacher_mode.enter_action, "teacher"), (self.teacher_mode.leave_action, "leave")):
            action.setIcon(icon(name, self.lesson_view.theme))

    def show_at_size(self, size: QSize) -> None:
        """A fixed size, neither maximized nor fitted to the screen (pictures of the window)."""
        self.setWindowState(Qt.WindowState.WindowNoState)
        self.resize(size)

    def _restore_geometry(self) -> None:
        fit_to_screen(self, PREFERRED_SIZE, self.session.setting("window_geometry"))
        splitter = self.session.setting("splitter_state")
        if splitter:
            self.splitter.restoreState(QByteArray.fromHex(splitter.encode()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._update_compact(event.size().width())
            self._fit_sidebar(event.size().width())
        return super().eventFilter(watched, event)

    def _update_compact(self, total: int) -> None:
        """Below COMPACT_WIDTH (scaled by the text size) the lesson gets the whole width: the list hides
        itself; the Lessons button brings it back. Crossing the line again restores the automatic choice."""
        compact = total < COMPACT_WIDTH * self.lesson_view.font_pt / DEFAULT_FONT_PT
        if compact != self._compact:
            self._compact = compact
            self.lessons_action.setChecked(not compact)

    def _show_lesson_list(self, shown: bool) -> None:
        column = self.splitter.widget(0)
        if column is None:
            return
        if shown and not self.sidebar.topLevelItemCount():
            self.sidebar.set_library(self.library)
            if self.session.profile is not None:
                self._refresh_status()
            if self.lesson_view.lesson is not None:
                self.sidebar.select_lesson(self.lesson_view.lesson.id)
        elif not shown:
            self.sidebar.clear_items()  # a hidden list is not read out by screen readers as if it were showing
        column.setVisible(shown)
        if shown:
            self._fit_sidebar(self.splitter.width())

    def _fit_sidebar(self, total: int) -> None:
        """In a narrow window the library gives up width to the lesson (the text must wrap, not be cut), but
        never below what its own buttons need at the current text size."""
        sizes = self.splitter.sizes()
        if len(sizes) != 2 or total <= 0:
            return
        need = min(self.splitter.widget(0).minimumSizeHint().width(), total // 2)
        most = max(SIDEBAR_MIN, int(total * SIDEBAR_SHARE), need)
        side = min(max(sizes[0], need), most)
        if side != sizes[0]:
            self.splitter.setSizes([side, max(total - side - self.splitter.handleWidth(), 0)])

    def closeEvent(self, event) -> None:  # noqa: N802
        self.session.remember("window_geometry", bytes(self.saveGeometry().toHex()).decode())
        self.session.remember("splitter_state", bytes(self.splitter.saveState().toHex()).decode())
        if self.class_publisher is not None:
            self.class_publisher.finish()
        super().closeEvent(event)


def _float_or(text: str | None, default: float) -> float:
    try:
        return float(text) if text else default
    except ValueError:
        return default


def _clamp_font(points: float) -> float:
    return max(MIN_FONT_PT, min(MAX_FONT_PT, points))
