"""The class folder's PCs: who publishes, how many learners each holds, when each last published, and a
warning for a PC that has gone quiet or whose snapshot could not be read.

Fed by `TeacherService.pc_status()`: a list of objects with `pc_id`, `learners`, `published_at` (ISO time
or None), `stale` and `problem` ("" or a reason in plain words)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from literacy_app import clock
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.formats import as_date_time
from literacy_app.ui.teacher.grid_views import compact_rows, time_ago

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class PcStatusLike(Protocol):
    pc_id: str
    learners: int
    published_at: str | None
    stale: bool
    problem: str


class SortedItem(QTableWidgetItem):
    """Shows its text, sorts by the value kept under SORT_ROLE."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class PcStatusPanel(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("PcStatusPanel", "PC"), QT_TRANSLATE_NOOP("PcStatusPanel", "Learners"),
               QT_TRANSLATE_NOOP("PcStatusPanel", "Last published"), QT_TRANSLATE_NOOP("PcStatusPanel", "State"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.statuses: list[PcStatusLike] = []
        self.class_learners: int | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.summary = QLabel()
        self.summary.setObjectName("pcSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setObjectName("pcTable")
        self.table.setAccessibleName(self.tr("PCs publishing to the class folder"))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.set_statuses([])

    def set_statuses(self, statuses: Sequence[PcStatusLike], now: datetime | None = None,
                     class_learners: int | None = None) -> None:
        """Show one row per PC, the ones that need a look first; times are read from `now` (the app's clock).
        `class_learners`: how many learners the merged class has (a learner who used three PCs is one)."""
        now = now or clock.now()
        self.class_learners = class_learners
        self.statuses = sorted(statuses, key=lambda s: (not (s.problem or s.stale), s.pc_id.casefold()))
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(self.statuses))
        for row, status in enumerate(self.statuses):
            when = time_ago(status.published_at, now) if status.published_at else self.tr("never")
            state = self.state_text(status, when)
            cells = (
                (status.pc_id, status.pc_id.casefold(), status.pc_id),
                (str(status.learners), status.learners, self.tr("%n learner(s)", "", status.learners)),
                (when, status.published_at or "", self.tr("published {0}").format(
                    as_date_time(status.published_at) if status.published_at else self.tr("never"))),
                (state, (not (status.problem or status.stale), status.pc_id.casefold()), state),
            )
            for column, (text, key, tip) in enumerate(cells):
                item = SortedItem(text)
                item.setData(SORT_ROLE, key)
                item.setToolTip(self.tr("{0}: {1}").format(status.pc_id, tip))
                item.setData(Qt.ItemDataRole.AccessibleTextRole, item.toolTip())
                if column == 1:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.table.sortItems(3, Qt.SortOrder.AscendingOrder)  # the PCs that need a look first, then by name
        self.summary.setText(self.summary_text())

    def state_text(self, status: PcStatusLike, when: str) -> str:
        if status.problem and status.stale:
            return self.tr("⚠ {0}; last published {1}").format(status.problem, when)
        if status.problem:
            return f"⚠ {status.problem}"
        if status.stale:
            return self.tr("⚠ quiet for a long time: last published {0}").format(when)
        return self.tr("✔ up to date")

    def summary_text(self) -> str:
        if not self.statuses:
            return self.tr("No PC has published to the class folder yet.")
        learners = self.class_learners if self.class_learners is not None else \
            sum(status.learners for status in self.statuses)
        text = self.tr("%n PC(s) publish to the class folder, with {0} between them.", "", len(self.statuses)).format(
            self.tr("%n learner(s)", "", learners))
        quiet = sum(1 for status in self.statuses if status.stale)
        damaged = sum(1 for status in self.statuses if status.problem)
        if quiet:
            text += " " + self.tr("⚠ %n PC(s) have not published for a long time: their learners' latest "
                                  "work may be missing here.", "", quiet)
        if damaged:
            text += " " + self.tr("⚠ %n PC(s) have a problem (see the State column).", "", damaged)
        return text
