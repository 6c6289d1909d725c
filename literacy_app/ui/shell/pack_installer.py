"""File > Install lesson pack…: for teachers; the pack is checked, installed, and the library reloads."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMessageBox

if TYPE_CHECKING:
    from literacy_app.content.packs import PackResult


class PackInstaller(QObject):
    packInstalled = Signal(str)  # the folder the pack was installed into

    def __init__(self, window: QMainWindow, lessons_dir: Path, on_installed: Callable[[], object],
                 allowed: Callable[[], bool] = lambda: True, choose_file: Callable[[], str] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.lessons_dir = lessons_dir
        self.on_installed = on_installed  # reloads the library
        self.allowed = allowed  # teacher mode is on
        self.choose_file = choose_file or self._ask_for_file
        self.last_message: QMessageBox | None = None
        self.action = QAction(self.tr("Install lesson pack…"), window)
        self.action.setToolTip(self.tr("Add the lessons of a .zip lesson pack (teacher mode)"))
        self.action.triggered.connect(self.request)

    def _ask_for_file(self) -> str:
        from literacy_app.ui.look.save_paths import ask_open_path  # with the file dialog: when first asked

        path = ask_open_path(self.window, self.tr("Install lesson pack"), self.tr("Lesson packs (*.zip)"))
        return str(path) if path else ""

    def request(self) -> None:
        if not self.allowed():
            self._tell(QMessageBox.Icon.Information, self.tr("Teachers only"),
                       self.tr("Installing lessons is part of teacher mode. Enter the teacher PIN first."))
            return
        path = self.choose_file()
        if path:
            self.install(Path(path))

    def install(self, pack: Path) -> PackResult:
        from literacy_app.content.packs import install_pack  # with its zip handling: only when a pack is installed

        result = install_pack(pack, self.lessons_dir)
        if result.ok:
            self.on_installed()
            self._tell(QMessageBox.Icon.Information, self.tr("Lesson pack installed"),
                       self.tr("%n lesson(s) from {0} are now in the library.", "", len(result.lessons)).format(
                           pack.name))
            self.packInstalled.emit(str(result.target))
        else:
            self._tell(QMessageBox.Icon.Warning, self.tr("Lesson pack refused"),
                       self.tr("{0} was not installed. Nothing was changed. Reasons:").format(pack.name),
                       "\n".join(result.problems))
        return result

    def _tell(self, icon: QMessageBox.Icon, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(icon, title, text, parent=self.window)
        if details:
            box.setInformativeText(details if len(details) < 600 else details[:600] + "…")
            box.setDetailedText(details)
        box.open()  # window-modal without blocking, so the app keeps running
        self.last_message = box
