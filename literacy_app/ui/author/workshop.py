"""File menu items that work on whole files: import a Moodle question bank (GIFT or Moodle XML) as a new
lesson, export the lesson as GIFT or Moodle XML, make a lesson pack, install one. Each asks for a file in
the user's Documents folder and ends with a summary of what was done, and what was skipped and why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from literacy_app.services.authoring import Summary, export_lesson, import_question_bank, install_pack, make_pack
from literacy_app.ui.author.file_dialogs import ask_folder, ask_open_file, ask_save_file
from literacy_app.ui.author.summary_dialog import SummaryDialog


class Workshop(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.last_summary: SummaryDialog | None = None

        def action(text: str, tip: str, slot) -> QAction:  # noqa: ANN001
            made = QAction(text, window)
            made.setStatusTip(tip)
            made.triggered.connect(lambda _checked=False: slot())
            return made

        self.import_gift_action = action(self.tr("Import GIFT questions…"),
                                         self.tr("Make a lesson from a Moodle GIFT file"),
                                         lambda: self.import_bank("gift"))
        self.import_xml_action = action(self.tr("Import Moodle XML questions…"),
                                        self.tr("Make a lesson from a Moodle XML file, pictures included"),
                                        lambda: self.import_bank("xml"))
        self.export_gift_action = action(self.tr("Export as GIFT…"),
                                         self.tr("Write the lesson's questions for Moodle's question bank"),
                                         lambda: self.export("gift"))
        self.export_xml_action = action(self.tr("Export as Moodle XML…"),
                                        self.tr("Write the lesson's questions as Moodle XML"),
                                        lambda: self.export("moodle-xml"))
        self.pack_action = action(self.tr("Make a lesson pack…"),
                                  self.tr("Put the course folder's lessons and pictures in one .zip file to share"),
                                  self.make_pack)
        self.install_action = action(self.tr("Install a lesson pack…"),
                                     self.tr("Add the lessons of a .zip lesson pack to this computer's library"),
                                     self.install_pack)

    def _show(self, title: str, summary: Summary) -> SummaryDialog:
        dialog = SummaryDialog(title, summary, self.window)
        self.last_summary = dialog
        dialog.open()  # window-modal without blocking
        return dialog

    # -- import and export --------------------------------------------------------------------
    def import_bank(self, kind: str) -> Summary | None:
        if not self.window.may_discard():
            return None
        name_filter = {"xml": self.tr("Moodle XML files (*.xml)"),
                       "gift": self.tr("GIFT files (*.gift *.txt);;All files (*)")}.get(
            kind, self.tr("Moodle question banks (*.gift *.txt *.xml);;All files (*)"))
        source = ask_open_file(self.window, self.tr("Choose the questions to import"), name_filter)
        if source is None:
            return None
        course = self.window.course.folder or ask_folder(self.window, self.tr("Choose the course folder for the "
                                                                              "new lesson"))
        if course is None:
            return None
        summary = import_question_bank(source, course, self.window.context.known_lessons())
        if summary.ok and summary.path is not None:
            self.window.open_folder(course)
            self.window.open_file(summary.path)
        self._show(self.tr("Import"), summary)
        return summary

    def export(self, kind: str) -> Summary | None:
        if not self.window.save_first():
            return None
        path = self.window.path
        lesson = self.window.current_lesson()
        stem = lesson.id if lesson is not None else Path(str(path)).stem
        if kind == "gift":
            target = ask_save_file(self.window, self.tr("Export as GIFT"), f"{stem}.gift",
                                   self.tr("GIFT files (*.gift *.txt)"), suffix="gift")
        else:
            target = ask_save_file(self.window, self.tr("Export as Moodle XML"), f"{stem}.xml",
                                   self.tr("Moodle XML files (*.xml)"), suffix="xml")
        if target is None or path is None:
            return None
        summary = export_lesson(path, target, kind)
        self._show(self.tr("Export"), summary)
        return summary

    # -- packs --------------------------------------------------------------------------------
    def pack_folder(self) -> Path | None:
        """The course folder when one is open, else the lesson's own folder."""
        if self.window.course.folder is not None:
            return self.window.course.folder
        return self.window.path.parent if self.window.path is not None else None

    def make_pack(self) -> Summary | None:
        if self.window.path is not None and not self.window.save_first():
            return None
        folder = self.pack_folder()
        if folder is None:
            return self._show(self.tr("Lesson pack"), Summary(
                self.tr("Open a course folder or a lesson first: the pack holds its lessons."), ok=False)).summary
        target = ask_save_file(self.window, self.tr("Save the lesson pack"), f"{folder.name}.zip",
                               self.tr("Lesson packs (*.zip)"), suffix="zip")
        if target is None:
            return None
        summary = make_pack(folder, target)
        self._show(self.tr("Lesson pack"), summary)
        return summary

    def install_pack(self) -> Summary | None:
        context = self.window.context
        if context.lessons_dir is None:
            return self._show(self.tr("Install a lesson pack"), Summary(
                self.tr("Open author mode from the app to install lesson packs into its library."), ok=False)).summary
        if not context.may_install():
            return self._show(self.tr("Install a lesson pack"), Summary(
                self.tr("Installing lessons is part of teacher mode. Enter the teacher PIN first."), ok=False)).summary
        pack = ask_open_file(self.window, self.tr("Install a lesson pack"), self.tr("Lesson packs (*.zip)"))
        if pack is None:
            return None
        summary = install_pack(pack, context.lessons_dir)
        if summary.ok:
            context.on_installed()
        self._show(self.tr("Install a lesson pack"), summary)
        return summary
