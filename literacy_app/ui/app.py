"""Assembly only: build the QApplication, the services and the window, and connect them."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# isort: off
# the Qt-free services before PySide6: once it is loaded, PySide6 inspects every module imported after it
# (for its feature switches), which makes each of those imports slower at start-up
from literacy_app import __version__
from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library, user_lessons_dir
from literacy_app.content.page_cache import PageCache
from literacy_app.learning.xapi import StatementBuilder
from literacy_app.logs import setup_logging
from literacy_app.session import Session
from literacy_app.store.db import open_database
from literacy_app.store.lrs_sender import LrsDelivery
from literacy_app.store.records import Records

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

# isort: on
from literacy_app.ui.look.app_icon import DESKTOP_FILE_NAME, app_icon
from literacy_app.ui.look.style import apply_style
from literacy_app.ui.shell.error_dialog import ExceptionHandler
from literacy_app.ui.shell.first_paint import after_first_paint
from literacy_app.ui.shell.main_window import MainWindow
from literacy_app.ui.shell.pack_installer import PackInstaller
from literacy_app.ui.shell.storage_notice import StorageNotice


def build_window(args: argparse.Namespace, text_first: bool = False) -> tuple[MainWindow, str]:
    """The window with its services; the second value is a notice for the learner (or "").

    With text_first, the activities of the lesson opened at start are built just after its first paint.
    """
    settings = resolve_settings(args.data_dir, args.lessons)
    db, notice = open_database(settings.data_dir)
    settings.lesson_dirs.append(user_lessons_dir(settings.data_dir))  # installed lesson packs
    # the index cache is written once the window has been painted: a first start shows the library sooner
    library = load_library(settings.lesson_dirs, cache_dir=settings.data_dir, save_cache=False)
    session = Session(Records(db), library, StatementBuilder(settings.school_uri, settings.xapi_activity_base))
    window = MainWindow(session, library, start_with_picker=not args.profile)  # the picker is built when needed
    window.lesson_view.page_cache = PageCache(settings.data_dir)
    after_first_paint(window, library.save_index)
    after_first_paint(window, window.lesson_view.page_cache.save)
    window.settings = settings
    # xAPI delivery to the district's LRS; started by run_gui when an endpoint is set
    window.lrs = LrsDelivery(db, settings.lrs_endpoint, settings.lrs_user, settings.lrs_password)
    window.log_path = setup_logging(settings.data_dir)
    window.storage_notice = StorageNotice(window, session)
    window.pack_installer = PackInstaller(window, user_lessons_dir(settings.data_dir))
    if args.profile:
        window.lesson_view.activities_after_first_paint = text_first
        window.start_learning(session.profile_named(args.profile), args.lesson,
                              (args.step - 1) if args.step else None)
    return window, notice


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Media Literacy Lab")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    apply_style(app)
    window, notice = build_window(args, text_first=not args.screenshot)  # a screenshot shows the whole step
    if args.screenshot:
        window.show()
        for _ in range(5):
            app.processEvents()
        path = Path(args.screenshot)
        path.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(path))
        window.close()
        return 0 if ok else 1
    if first_paint_report := os.environ.get("LITERACY_APP_FIRST_PAINT"):
        from literacy_app.ui.shell.first_paint import FirstPaintProbe  # the start-up benchmark

        FirstPaintProbe(window.lesson_view.scroll.widget(), Path(first_paint_report))
    ExceptionHandler(window, window.log_path).install()
    window.lrs.start()  # a background thread; nothing happens without an endpoint
    app.aboutToQuit.connect(window.lrs.stop)
    app.aboutToQuit.connect(window.lesson_view.page_cache.save)  # the pages seen, for the next start
    window.show()
    QTimer.singleShot(0, lambda: window.storage_notice.show_startup_notice(notice))
    return app.exec()
