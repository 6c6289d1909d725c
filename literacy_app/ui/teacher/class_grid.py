"""Learners x lessons: best score, attempts, completion and last activity; sortable and filterable."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from literacy_app.learning.analytics import LessonResult, Overview
from literacy_app.ui.look.formats import as_date_time

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PROFILE_ROLE = Qt.ItemDataRole.UserRole + 2
ROOT = QModelIndex()
# band -> (symbol, light background); the symbol carries the meaning, the colour only helps
BANDS = {"high": ("●", "#c8e6c9"), "mid": ("◐", "#ffe0b2"), "low": ("○", "#ffcdd2"), "none": ("–", "")}


def band(percent: float | None) -> str:
    if percent is None:
        return "none"
    return "high" if percent >= 80 else "mid" if percent >= 50 else "low"


def short_date(iso: str | None) -> str:
    return as_date_time(iso)  # the PC's time, written the locale's way


class GridModel(QAbstractTableModel):
    """Column 0: learner; then one column per lesson; then the learner's last activity."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.last_activity: dict[int, str] = {}

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.overview = overview
        self.last_activity = {}
        for (profile_id, _), result in overview.results.items():
            if result.last_activity and result.last_activity > self.last_activity.get(profile_id, ""):
                self.last_activity[profile_id] = result.last_activity
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.overview is None else len(self.overview.students)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.overview is None else len(self.overview.lessons) + 2

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.overview is None:
            return None
        lessons = self.overview.lessons
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Learner")
            if section == len(lessons) + 1:
                return self.tr("Last active")
            title = lessons[section - 1].title
            return f"{section}. {title if len(title) <= 14 else title[:13].rstrip() + '…'}"
        if role == Qt.ItemDataRole.ToolTipRole and 0 < section <= len(lessons):
            return lessons[section - 1].title
        return None

    def lesson_at(self, column: int):
        if self.overview is None or not 0 < column <= len(self.overview.lessons):
            return None
        return self.overview.lessons[column - 1]

    def result_at(self, row: int, column: int) -> LessonResult | None:
        lesson = self.lesson_at(column)
        student = self.overview.students[row]
        return self.overview.result(student.id, lesson.id) if lesson else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.overview is None:
            return None
        student = self.overview.students[index.row()]
        column = index.column()
        if role == PROFILE_ROLE:
            return student.id
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
                return f"{student.name}" + (f"  ({student.student_id})" if student.student_id else "")
            return None
        if column == len(self.overview.lessons) + 1:
            last = self.last_activity.get(student.id, "")
            if role == Qt.ItemDataRole.DisplayRole:
                return short_date(last) or self.tr("never")
            return last if role == SORT_ROLE else None
        result = self.result_at(index.row(), column)
        percent = result.percent if result else None
        kind = band(percent)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(result)
        if role == SORT_ROLE:
            return -1.0 if percent is None else percent
        if role == Qt.ItemDataRole.BackgroundRole and BANDS[kind][1]:
            return QColor(BANDS[kind][1])
        if role == Qt.ItemDataRole.ForegroundRole and BANDS[kind][1]:
            return QColor("#1a1a1a")  # dark text on the light band colour, in light and dark themes alike
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.cell_description(student.name, self.lesson_at(column).title, result)
        return None

    def cell_text(self, result: LessonResult | None) -> str:
        if result is None:
            return "–"
        if result.percent is None:
            return self.tr("started") + (" ✔" if result.completed_at else "")
        score = f"{result.percent:.0f}%"
        done = " ✔" if result.completed_at else ""
        tries = f" ×{result.attempts}" if result.attempts else ""
        return f"{BANDS[band(result.percent)][0]} {score}{tries}{done}"

    def cell_description(self, name: str, lesson: str, result: LessonResult | None) -> str:
        if result is None:
            return self.tr("{0} · {1}: not started").format(name, lesson)
        parts = [self.tr("best score {0:.0f}%").format(result.percent) if result.percent is not None
                 else self.tr("no score yet"),
                 self.tr("%n attempt(s)", "", result.attempts),
                 self.tr("completed {0}").format(short_date(result.completed_at)) if result.completed_at
                 else self.tr("not completed"),
                 self.tr("last activity {0}").format(short_date(result.last_activity))]
        return f"{name} · {lesson}: " + ", ".join(parts)


class GridFilter(QSortFilterProxyModel):
    """Name search plus a status filter ("needs help": any lesson below 50 %; "not started": nothing yet)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.status = "all"
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(0)
        self.setSortRole(SORT_ROLE)

    def set_status(self, status: str) -> None:
        self.beginFilterChange()
        self.status = status
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent) -> bool:  # noqa: N802
        if not super().filterAcceptsRow(row, parent):
            return False
        model: GridModel = self.sourceModel()
        if self.status == "all" or model.overview is None:
            return True
        student = model.overview.students[row]
        results = [model.overview.result(student.id, lesson.id) for lesson in model.overview.lessons]
        if self.status == "not-started":
            return all(r is None for r in results)
        return any(r is not None and r.percent is not None and r.percent < 50 for r in results)


class TeacherGrid(QWidget):
    reviewRequested = Signal(int)  # profile id
    resetRequested = Signal(int, str)  # profile id, lesson id
    archiveRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a learner…"))
        self.search.setAccessibleName(self.tr("Find a learner"))
        self.search.setClearButtonEnabled(True)
        bar.addWidget(self.search, 1)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show learners"))
        for label, key in ((self.tr("All learners"), "all"), (self.tr("Needs help (a lesson below 50%)"), "help"),
                           (self.tr("Not started"), "not-started")):
            self.status.addItem(label, key)
        bar.addWidget(self.status)
        layout.addLayout(bar)
        legend = QLabel(self.tr("● 80% or more   ◐ 50–79%   ○ below 50%   – not started   "
                                "×N attempts   ✔ lesson completed"))
        legend.setObjectName("gridLegend")
        legend.setWordWrap(True)
        layout.addWidget(legend)
        self.model = GridModel(self)
        self.proxy = GridFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.status.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status.currentData()))
        self.table = QTableView()
        self.table.setObjectName("teacherGrid")
        self.table.setAccessibleName(self.tr("Learners and lessons"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(128)  # long lesson titles are elided; the tooltip shows them whole
        header.setMinimumSectionSize(70)
        self.table.doubleClicked.connect(lambda index: self.reviewRequested.emit(index.data(PROFILE_ROLE)))
        layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Review attempts"))
        self.review_button.clicked.connect(self._review)
        self.reset_button = QPushButton(self.tr("Reset this lesson…"))
        self.reset_button.setToolTip(self.tr("Start the selected learner's lesson afresh (can be undone)"))
        self.reset_button.clicked.connect(self._reset)
        self.archive_button = QPushButton(self.tr("Archive learner…"))
        self.archive_button.setToolTip(self.tr("Hide the learner from the picker and the grid; answers are kept"))
        self.archive_button.clicked.connect(self._archive)
        for button in (self.review_button, self.reset_button, self.archive_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_overview(self, overview: Overview) -> None:
        self.model.set_overview(overview)
        self.table.resizeColumnToContents(0)
        self._update_buttons()

    def current(self) -> tuple[int | None, str | None]:
        index = self.table.currentIndex()
        if not index.isValid():
            return None, None
        source = self.proxy.mapToSource(index)
        lesson = self.model.lesson_at(source.column())
        return source.data(PROFILE_ROLE), lesson.id if lesson else None

    def _update_buttons(self, *_) -> None:
        profile_id, lesson_id = self.current()
        self.review_button.setEnabled(profile_id is not None)
        self.archive_button.setEnabled(profile_id is not None)
        self.reset_button.setEnabled(lesson_id is not None)

    def _review(self) -> None:
        profile_id, _ = self.current()
        if profile_id is not None:
            self.reviewRequested.emit(profile_id)

    def _reset(self) -> None:
        profile_id, lesson_id = self.current()
        if profile_id is not None and lesson_id is not None:
            self.resetRequested.emit(profile_id, lesson_id)

    def _archive(self) -> None:
        profile_id, _ = self.current()
        if profile_id is not None:
            self.archiveRequested.emit(profile_id)
