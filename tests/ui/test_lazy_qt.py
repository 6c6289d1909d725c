"""The Qt namespace built on first use (ui/lazy_qt.py): the same values as PySide6's, numbers that match Qt's,
enum properties set by name, and no module of the app importing the namespace from PySide6 directly."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QTextBrowser, QToolBar, QTreeWidgetItem

from literacy_app.ui import lazy_qt

ROOT = Path(__file__).resolve().parents[2]


def test_the_lazy_namespace_gives_pyside6s_own_values():
    assert lazy_qt.Qt.AlignmentFlag.AlignCenter is Qt.AlignmentFlag.AlignCenter
    assert lazy_qt.Qt.Key.Key_Return is Qt.Key.Key_Return
    assert lazy_qt.Qt.ItemDataRole is Qt.ItemDataRole
    with pytest.raises(AttributeError):
        _ = lazy_qt.Qt.NoSuchEnum


def test_the_plain_numbers_are_qts_own():
    assert lazy_qt.USER_ROLE == Qt.ItemDataRole.UserRole.value
    assert lazy_qt.ACCESSIBLE_TEXT_ROLE == Qt.ItemDataRole.AccessibleTextRole.value
    assert lazy_qt.TEXT_WORD_WRAP == Qt.TextFlag.TextWordWrap.value
    item = QTreeWidgetItem(["row"])
    item.setData(0, lazy_qt.ACCESSIBLE_TEXT_ROLE, "what a screen reader says")
    assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) == "what a screen reader says"
    metrics = QFontMetrics(QApplication.font())
    words = "a line long enough to wrap at forty pixels"
    wrapped = metrics.boundingRect(QRect(0, 0, 40, 10000), lazy_qt.TEXT_WORD_WRAP, words)
    assert wrapped.height() > 2 * metrics.height()


def test_enum_properties_are_set_by_name(qtbot):
    browser, toolbar = QTextBrowser(), QToolBar()
    qtbot.addWidget(browser)
    qtbot.addWidget(toolbar)
    lazy_qt.set_by_name(browser, focusPolicy="TabFocus", verticalScrollBarPolicy="ScrollBarAlwaysOff",
                        textInteractionFlags="TextBrowserInteraction|TextSelectableByKeyboard")
    lazy_qt.set_by_name(toolbar, toolButtonStyle="ToolButtonTextBesideIcon")
    assert browser.focusPolicy() == Qt.FocusPolicy.TabFocus
    assert browser.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert browser.textInteractionFlags() == (Qt.TextInteractionFlag.TextBrowserInteraction
                                              | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    assert toolbar.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_a_name_qt_does_not_know_is_refused(qtbot):
    browser = QTextBrowser()
    qtbot.addWidget(browser)
    with pytest.raises(ValueError, match="focusPolicy"):
        lazy_qt.set_by_name(browser, focusPolicy="TabFocuss")
    with pytest.raises(ValueError, match="focusPolice"):
        lazy_qt.set_by_name(browser, focusPolice="TabFocus")
    assert browser.focusPolicy() == Qt.FocusPolicy.StrongFocus  # QTextBrowser's own, untouched


def test_the_namespace_is_built_only_when_a_value_of_it_is_used():
    probe = ("from PySide6 import QtCore\n"
             "from literacy_app.ui.lazy_qt import Qt\n"
             "before = 'Qt' in vars(QtCore)\n"
             "Qt.AlignmentFlag.AlignLeft\n"
             "print(before, 'Qt' in vars(QtCore))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]  # what test_startup_order.py reads at the first paint


def test_no_module_of_the_app_imports_the_namespace_from_pyside6():
    direct = []
    for path in sorted((ROOT / "literacy_app").rglob("*.py")):
        if path.name == "lazy_qt.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "PySide6.QtCore" \
                    and any(alias.name == "Qt" for alias in node.names):
                direct.append(str(path.relative_to(ROOT)))
            if isinstance(node, ast.Attribute) and node.attr == "Qt" and isinstance(node.value, ast.Name) \
                    and node.value.id == "QtCore":
                direct.append(str(path.relative_to(ROOT)))
    assert direct == []
