"""Qt for commands that write PDFs and never show a window."""

from __future__ import annotations

import os
import sys
from typing import Any


def gui_application() -> Any:
    """The QGuiApplication that fonts and PDF writing need. On Linux without a display it runs offscreen, so
    the command works over SSH and in scheduled jobs too."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    if (app := QGuiApplication.instance()) is not None:
        return app
    app = QGuiApplication(sys.argv[:1])
    # worksheets and certificates in the app's language: [ui] language, else the computer's
    from literacy_app.config import resolve_settings
    from literacy_app.ui.shell.language import configure

    configure(None, None, resolve_settings().language)
    return app
