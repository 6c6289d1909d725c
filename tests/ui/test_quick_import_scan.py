"""PySide6's check of newly imported modules gives the same answers without keeping their source in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path

import literacy_app.ui.app  # noqa: F401 (installs the quicker check, as the app does)
from literacy_app.ui.shell.quick_import_scan import mentions_pyside


def test_modules_imported_after_the_window_are_classified_as_pyside6_would_and_nothing_is_kept(
        tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "uses_qt_here.py").write_text("from PySide6.QtCore import QObject\nVALUE = 1\n", encoding="utf-8")
    (tmp_path / "plain_module_here.py").write_text("VALUE = 2\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    feature = sys.modules["PySide6.support.feature"]
    uses_qt = __import__("uses_qt_here")  # an import statement, which is what PySide6 watches
    plain = __import__("plain_module_here")
    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # may use PySide6's features
    assert feature.pyside_feature_dict["plain_module_here"] == -1  # ignored by them
    assert mentions_pyside(uses_qt) and not mentions_pyside(plain) and not mentions_pyside(sys)
    assert str(tmp_path / "uses_qt_here.py") not in linecache.cache
    for name in ("uses_qt_here", "plain_module_here"):
        sys.modules.pop(name)
        feature.pyside_feature_dict.pop(name)
