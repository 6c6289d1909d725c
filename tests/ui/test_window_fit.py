"""The first window fits the screen it opens on, and a remembered size that no longer fits is corrected.

Each case starts the app in a fresh process on a virtual screen of the given size (Qt's offscreen platform
reads the screen from a JSON file), the way a school PC's screen would be.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSize

from literacy_app.ui.look.window_fit import first_size, fit_rect

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from literacy_app.cli import gui_parser
from literacy_app.ui.app import build_window
args = gui_parser().parse_args(sys.argv[1:])
window, _ = build_window(args)
window.show()
for _ in range(5):
    app.processEvents()
frame = window.frameGeometry()
print(json.dumps({"frame": frame.getRect(), "size": window.size().toTuple(), "maximized": window.isMaximized(),
                  "screen": window.screen().availableGeometry().getRect()}))
window.close()
"""


def run_on_screen(tmp_path: Path, width: int, height: int, *args: str) -> dict:
    config = tmp_path / f"screen-{width}x{height}.json"
    config.write_text(json.dumps({"screens": [{"name": "school", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    result = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT,
                            env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(frame: list[int], screen: list[int]) -> bool:
    x, y, w, h = frame
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600), (800, 600), (1280, 720)])
def test_the_first_window_fits_a_small_screen_and_takes_all_of_it(tmp_path, data_dir, screen):
    seen = run_on_screen(tmp_path, *screen, "--data-dir", str(data_dir), "--profile", "Kim")
    assert inside(seen["frame"], seen["screen"]), seen
    assert seen["maximized"] or seen["size"][1] >= screen[1] - 60, seen  # the whole screen, give or take a frame


def test_on_a_big_screen_the_first_window_is_a_comfortable_size_in_the_middle(tmp_path, data_dir):
    seen = run_on_screen(tmp_path, 2560, 1440, "--data-dir", str(data_dir), "--profile", "Kim")
    assert not seen["maximized"] and seen["size"] == [1200, 800]
    x, y, w, h = seen["frame"]
    assert abs((x + w / 2) - 1280) < 40 and abs((y + h / 2) - 720) < 60


def test_a_remembered_window_bigger_than_todays_screen_is_corrected(tmp_path, data_dir):
    # used on a big screen last time: 1800x1000 at (600, 300)
    from literacy_app.services.app_services import build_services

    config = tmp_path / "wide.json"
    config.write_text(json.dumps({"screens": [{"name": "big", "x": 0, "y": 0, "width": 2560, "height": 1440,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    saver = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from literacy_app.cli import gui_parser
from literacy_app.ui.app import build_window
window, _ = build_window(gui_parser().parse_args(sys.argv[1:]))
window.show(); app.processEvents()
window.setGeometry(600, 300, 1800, 1000); app.processEvents()
window.close()
"""
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run([sys.executable, "-c", saver, "--data-dir", str(data_dir), "--profile", "Kim"],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert build_services(str(data_dir), []).session.setting("window_geometry")
    # today the same PC has a 1366x768 screen
    seen = run_on_screen(tmp_path, 1366, 768, "--data-dir", str(data_dir), "--profile", "Kim")
    assert inside(seen["frame"], seen["screen"]), seen


def test_fit_rect_moves_then_shrinks():
    screen = QRect(0, 0, 1366, 768)
    assert fit_rect(QRect(600, 300, 1800, 1000), screen) == QRect(0, 0, 1366, 768)
    assert fit_rect(QRect(900, 500, 800, 600), screen) == QRect(566, 168, 800, 600)
    assert fit_rect(QRect(-50, -20, 400, 300), screen) == QRect(0, 0, 400, 300)
    assert fit_rect(QRect(100, 100, 400, 300), screen) == QRect(100, 100, 400, 300)  # fits: unchanged


def test_first_size_maximizes_up_to_1366x768_only():
    assert first_size(QSize(1200, 800), QRect(0, 0, 1366, 728))[1] is True
    assert first_size(QSize(1200, 800), QRect(0, 0, 1920, 1040)) == (QSize(1200, 800), False)
    size, maximize = first_size(QSize(1200, 800), QRect(0, 0, 1440, 860))
    assert not maximize and size.height() <= 860 - 40
