"""Assembly only: build the QApplication, the services and the window, and connect them."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from contextlib import nullcontext
from pathlib import Path

# isort: off
# the Qt-free services before PySide6: once it is loaded, PySide6 inspects every module imported after it
# (for its feature switches), which makes each of those imports slower at start-up
from literacy_app import __version__
from literacy_app.clock import CLOCK_ENV, clock, shifted_clock
from literacy_app.services.app_services import AppServices, build_services

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import literacy_app.ui.shell.quick_import_scan  # noqa: F401 (before the window's modules: see there)

# isort: on
from literacy_app.ui.look.app_icon import DESKTOP_FILE_NAME, app_icon
from literacy_app.ui.look.style import FUSION_ARGUMENTS, apply_style
from literacy_app.ui.shell.error_dialog import ExceptionHandler
from literacy_app.ui.shell.first_paint import after_first_paint
from literacy_app.ui.shell.language import WINDOW_LISTENERS, configure, latest, preview_title
from literacy_app.ui.shell.main_window import PREFERRED_SIZE, MainWindow


def build_window(args: argparse.Namespace, text_first: bool = False) -> tuple[MainWindow, str]:
    """The window with its services; the second value is a notice for the learner (or "").

    With text_first, the activities of the lesson opened at start are built just after its first paint.
    """
    held_back = not gc.isenabled()  # start-up holds garbage collection back (cli.main) until the first paint
    if held_back:
        gc.freeze()  # what is loaded by now (modules, classes) lives as long as the app: later collections skip it
    # the index cache is written once the window has been painted: a first start shows the library sooner
    services: AppServices = build_services(args.data_dir, args.lessons, save_index_now=False,
                                           class_folder=args.class_folder, pc=args.pc)
    # --language, else View > Language, else automatic ([ui] language, the computer's; a lesson's own)
    configure(getattr(args, "language", None), services.session.setting("language"), services.settings.language)
    teacher = getattr(args, "teacher", False)
    if teacher:  # as the teacher sees lessons: answers go to a scratch database, never a learner's results
        from literacy_app.services.preview import PreviewSession

        name = args.profile or QApplication.translate("LanguageMenu", "Teacher preview")
        services.session = PreviewSession(services.library, learner=name)
    if text_first:  # a real start: the learner's last visit and the step opened are written after the paint
        services.session.hold_writes()
    window = MainWindow(services, start_with_picker=not (args.profile or teacher))  # the picker: when needed
    first = window
    after_first_paint(window, window.write_held)
    after_first_paint(window, services.library.save_index)
    after_first_paint(window, services.page_cache.save)
    if held_back:
        after_first_paint(window, _collect_start_up_garbage)
    if teacher:
        window.lesson_view.show_teacher_notes = True
        window.setProperty("previewTitle", True)
        window.setWindowTitle(preview_title())
        window.lesson_view.activities_after_first_paint = text_first
        window.start_learning(services.session.profile, args.lesson, (args.step - 1) if args.step else None)
    elif args.profile:
        window.lesson_view.activities_after_first_paint = text_first
        window.start_learning(services.session.profile_named(args.profile), args.lesson,
                              (args.step - 1) if args.step else None)
    window = latest(window)  # a lesson in another language opened at start rebuilt the window in it
    if window is not first:
        after_first_paint(window, window.write_held)
        after_first_paint(window, services.library.save_index)
        after_first_paint(window, services.page_cache.save)
        if held_back:
            after_first_paint(window, _collect_start_up_garbage)
    if getattr(args, "open", None) and services.session.profile is not None:
        window.learner_room.open_page(args.open)  # My progress or a review session
    return window, services.startup_notice


def _discard_preview(window: MainWindow) -> None:
    """Delete the scratch database of a --teacher session (a learner's session has no discard)."""
    discard = getattr(window.services.session, "discard", None)
    if discard is not None:
        discard()


def run_gui(args: argparse.Namespace) -> int:
    """The app; with --clock (or LITERACY_APP_CLOCK) "today" is the day given, for the whole run."""
    text = getattr(args, "clock", None) or os.environ.get(CLOCK_ENV)
    try:
        source = shifted_clock(text) if text else None
    except ValueError as error:
        if sys.stderr is not None:
            sys.stderr.write(f"--clock: {error}\n")
        return 2
    try:
        with clock(source) if source is not None else nullcontext():
            return _run_gui(args)
    finally:
        gc.enable()  # held back during start-up (cli.main), in case the window never got painted


def _collect_start_up_garbage() -> None:
    """Once the first lesson is on screen: the one collection start-up skipped, and collection on again."""
    gc.collect()
    gc.enable()


def _run_gui(args: argparse.Namespace) -> int:
    made = QApplication.instance() is None
    app = QApplication.instance() or QApplication(sys.argv[:1] + FUSION_ARGUMENTS)
    app.setApplicationName("Media Literacy Lab")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    apply_style(app, made_with_fusion=made)
    window, notice = build_window(args, text_first=not args.screenshot)  # a screenshot shows the whole step
    if args.screenshot:
        window.show_at_size(PREFERRED_SIZE)  # a picture for the docs: the comfortable size, whatever the screen
        window.show()
        for _ in range(5):
            app.processEvents()
        path = Path(args.screenshot)
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path))
        window.close()
        _discard_preview(window)
        return 0 if ok else 1
    if first_paint_report := os.environ.get("LITERACY_APP_FIRST_PAINT"):
        from literacy_app.ui.shell.first_paint import FirstPaintProbe  # the start-up benchmark

        FirstPaintProbe(window.lesson_view.scroll.widget(), Path(first_paint_report))
    services = window.services
    handler = ExceptionHandler(window, services.log_path)
    handler.install()
    WINDOW_LISTENERS.append(lambda new: setattr(handler, "parent", new))  # after a change of language

    def start_delivery() -> None:  # a background thread, only with an endpoint (the teacher can set one later)
        if services.lrs_endpoint_set():
            services.lrs.start()

    after_first_paint(window, start_delivery)  # its modules load after the first lesson is on screen
    app.aboutToQuit.connect(services.stop_delivery)
    app.aboutToQuit.connect(services.page_cache.save)  # the pages seen, for the next start
    app.aboutToQuit.connect(lambda: _discard_preview(window))
    window.show()
    QTimer.singleShot(0, lambda: latest(window).storage_notice.show_startup_notice(notice))
    return app.exec()
