"""Toolbar icons are painted at the pixel scales the screens need: 1x on a school PC, 2x as well on a sharp screen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon

from literacy_app.ui.app import build_window
from tests.conftest import gui_args

ROOT = Path(__file__).resolve().parents[2]


def toolbar_actions(window) -> list:
    return [window.lessons_action, window.switch_action, window.zoom_out_action, window.zoom_in_action,
            window.zoom_reset_action, window.teacher_mode.enter_action, window.teacher_mode.leave_action]


def test_on_a_one_pixel_per_point_screen_each_icon_holds_its_1x_pictures_only(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    window.show()
    assert [screen.devicePixelRatio() for screen in QGuiApplication.screens()] == [1.0]
    for action in toolbar_actions(window):
        assert action.icon().availableSizes(QIcon.Mode.Normal) == [QSize(24, 24)], action.text()
        assert action.icon().availableSizes(QIcon.Mode.Disabled) == [QSize(24, 24)], action.text()
    # the switch button is drawn, not blank: the text colour is on the picture
    picture = window.switch_action.icon().pixmap(QSize(24, 24)).toImage()
    assert any(picture.pixelColor(x, y).alpha() > 0 for x in range(24) for y in range(24))


def test_a_sharp_screen_gets_2x_pictures_as_well():
    probe = ("from PySide6.QtWidgets import QApplication\n"
             "app = QApplication([])\n"
             "from literacy_app.ui.look.icons import icon\n"
             "from PySide6.QtGui import QIcon\n"
             "sizes = icon('lessons', 'dark').availableSizes(QIcon.Mode.Normal)\n"
             "print(sorted((s.width(), s.height()) for s in sizes))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=ROOT,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[(24, 24), (48, 48)]"


def test_a_screen_plugged_in_has_the_icons_painted_again(qtbot, data_dir):
    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    qtbot.addWidget(window)
    before = [action.icon().cacheKey() for action in toolbar_actions(window)]
    QGuiApplication.instance().screenAdded.emit(QGuiApplication.primaryScreen())
    after = [action.icon().cacheKey() for action in toolbar_actions(window)]
    assert all(old != new for old, new in zip(before, after, strict=True))
    assert window.lessons_action.icon().availableSizes() == [QSize(24, 24)]


def test_a_window_gone_is_no_longer_told_about_screens(qtbot, data_dir, monkeypatch):
    """The language change rebuilds the window: the old one must not be asked to paint icons."""
    from shiboken6 import isValid

    window, _ = build_window(gui_args(data_dir, "--profile", "Ana"))
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))
    errors: list[tuple] = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: errors.append(info))  # where a slot's error goes
    QGuiApplication.instance().screenAdded.emit(QGuiApplication.primaryScreen())
    assert errors == []
