"""Learners x lessons: best score, attempts, completion and last activity; sortable and filterable.

The learner's name stays in view while the lessons scroll sideways, "Last active" sits beside it, and
a learner who needs the teacher is marked ⚠ with the reasons in the tooltip and under the table."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.learning.analytics import HELP_BELOW, LessonResult, Overview, needs_help
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.formats import as_date_time
from literacy_app.ui.look.palette import tokens
from literacy_app.ui.look.style import SCALE, current_theme
from literacy_app.ui.look.text_width import narrowest_width
from literacy_app.ui.teacher.grid_views import FrozenColumnTable, time_ago

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PROFILE_ROLE = Qt.ItemDataRole.UserRole + 2
ROOT = QModelIndex()
LAST_ACTIVE = 1  # the column beside the name
FIRST_LESSON = 2
HELP_MARK = "⚠"
WIDGET_SIZE_MAX = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX: no maximum width
# band -> symbol; the symbol carries the meaning, the band's colour (look/palette.py) only helps
BANDS = {"high": "●", "mid": "◐", "low": "○", "none": "–"}


def band_colours(kind: str) -> tuple[QColor, QColor] | None:
    """(background, text) of a band in the current theme; None for "not started", which keeps the table's."""
    if kind == "none":
        return None
    colours = tokens(current_theme())
    return QColor(colours[f"grid_{kind}"]), QColor(colours["grid_text"])


def band(percent: float | None) -> str:
    if percent is None:
        return "none"
    return "high" if percent >= 80 else "mid" if percent >= 50 else "low"


def short_date(iso: str | None) -> str:
    return as_date_time(iso)  # the PC's time, written the locale's way


class GridModel(QAbstractTableModel):
    """Column 0: learner; column 1: their last activity; then one column per lesson."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.last_activity: dict[int, str] = {}
        self.help: dict[int, list[str]] = {}  # profile id -> why they need the teacher (empty: they do not)

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.overview = overview
        self.last_activity = {}
        for (profile_id, _), result in overview.results.items():
            if result.last_activity and result.last_activity > self.last_activity.get(profile_id, ""):
                self.last_activity[profile_id] = result.last_activity
        self.help = {student.id: needs_help(overview, student) for student in overview.students}
        self.endResetModel()

    def rowCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.overview is None else len(self.overview.students)

    def columnCount(self, parent=ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.overview is None else len(self.overview.lessons) + FIRST_LESSON

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or self.overview is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            if section == 0:
                return self.tr("Learner")
            if section == LAST_ACTIVE:
                return self.tr("Last active")
            lesson = self.lesson_at(section)
            if lesson is None:
                return None
            # the whole title: the header wraps it onto two lines and elides only what does not fit
            number = section - FIRST_LESSON + 1
            if role == Qt.ItemDataRole.ToolTipRole and lesson.assessment == "pre":
                return self.tr("{0}. {1} (a baseline: not counted in “Needs help”)").format(number, lesson.title)
            return f"{number}. {lesson.title}"
        return None

    def lesson_at(self, column: int):
        if self.overview is None or not FIRST_LESSON <= column < FIRST_LESSON + len(self.overview.lessons):
            return None
        return self.overview.lessons[column - FIRST_LESSON]

    def result_at(self, row: int, column: int) -> LessonResult | None:
        lesson = self.lesson_at(column)
        student = self.overview.students[row]
        return self.overview.result(student.id, lesson.id) if lesson else None

    def help_text(self, profile_id: int) -> str:
        """The reasons a learner needs help, in one line ("" when they do not), in the app's language."""
        return "; ".join(self.reason_text(reason) for reason in self.help.get(profile_id, []))

    def reason_text(self, reason: str) -> str:
        kind = getattr(reason, "kind", "")
        if kind == "below":
            return self.tr("below {0}% in “{1}” ({2}%)").format(f"{HELP_BELOW:.0f}", reason.lesson,
                                                               f"{reason.percent:.0f}")
        if kind == "no-start":
            return self.tr("no lesson started after the pre-test")
        if kind == "no-start-module":
            return self.tr("no lesson of “{0}” started after its pre-test").format(reason.module)
        return reason

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.overview is None:
            return None
        student = self.overview.students[index.row()]
        column = index.column()
        if role == PROFILE_ROLE:
            return student.id
        if column == 0:
            name = f"{student.name}" + (f"  ({student.student_id})" if student.student_id else "")
            reasons = self.help_text(student.id)
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{HELP_MARK} {name}" if reasons else name
            if role == SORT_ROLE:
                return name
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("{0}: needs help: {1}").format(name, reasons) if reasons else name
            return None
        if column == LAST_ACTIVE:
            last = self.last_activity.get(student.id, "")
            if role == Qt.ItemDataRole.DisplayRole:
                return time_ago(last) if last else self.tr("never")
            if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.tr("{0} · last active {1}").format(student.name, short_date(last) or self.tr("never"))
            return last if role == SORT_ROLE else None
        result = self.result_at(index.row(), column)
        percent = result.percent if result else None
        kind = band(percent)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(result)
        if role == SORT_ROLE:
            return -1.0 if percent is None else percent
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole) and kind != "none":
            background, text = band_colours(kind)  # dark text on a light band colour, in every theme
            return background if role == Qt.ItemDataRole.BackgroundRole else text
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
        # thin spaces: "● 100% ×3 ✔" still fits a column when nine lessons share 1366 pixels
        done = "\u2009✔" if result.completed_at else ""
        tries = f"\u2009×{result.attempts}" if result.attempts > 1 else ""  # one attempt is the usual case
        return f"{BANDS[band(result.percent)]} {score}{tries}{done}"

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
    """Name search plus a status filter ("needs help": see analytics.needs_help; "not started": nothing yet)."""

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
        if self.status == "not-started":
            return all(model.overview.result(student.id, lesson.id) is None for lesson in model.overview.lessons)
        return bool(model.help.get(student.id))


class TeacherGrid(QWidget):
    reviewRequested = Signal(int)  # profile id
    resetRequested = Signal(int, str)  # profile id, lesson id
    archiveRequested = Signal(int)

    LESSON_MIN_WIDTH = 96  # "◐ 56% ×3 ✔" whole; narrower windows scroll the lessons, never the names

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the grid's small text size is set again once a new style sheet or text size has settled
        self._font_timer = QTimer(self)
        self._font_timer.setSingleShot(True)
        self._font_timer.setInterval(0)
        self._font_timer.timeout.connect(self._compact_font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 2)
        layout.setSpacing(3)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a learner…"))
        self.search.setAccessibleName(self.tr("Find a learner"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        bar.addWidget(self.search, 1)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Show learners"))
        for label, key in ((self.tr("All learners"), "all"), (self.tr("Needs help ⚠"), "help"),
                           (self.tr("Not started"), "not-started")):
            self.status.addItem(label, key)
        self.status.setItemData(1, self.tr("A lesson below 50% (the pre-test is a baseline and does not count), "
                                           "or no lesson started after the pre-test"), Qt.ItemDataRole.ToolTipRole)
        bar.addWidget(self.status)
        # a symbol never parted from its word when the legend wraps (a no-break space after it)
        entries = (self.tr("● 80%+"), self.tr("◐ 50–79%"), self.tr("○ under 50%"), self.tr("– not started"),
                   self.tr("×N attempts"), self.tr("✔ completed"), self.tr("⚠ needs help (point at the name: why)"))
        self.legend = QLabel("  ".join(entry.replace(" ", "\u00a0", 1) for entry in entries))
        self.legend.setObjectName("gridLegend")
        self.legend.setWordWrap(True)
        layout.addLayout(bar)
        self.bar = bar
        # the legend's own line to start with (and in narrow windows); beside the search once there is room
        self.legend_row = QHBoxLayout()
        self.legend_row.addWidget(self.legend)
        layout.addLayout(self.legend_row)
        self.model = GridModel(self)
        self.proxy = GridFilter(self)
        self.proxy.setSourceModel(self.model)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.status.currentIndexChanged.connect(lambda _: self.proxy.set_status(self.status.currentData()))
        self.table = FrozenColumnTable()
        self.table.setObjectName("teacherGrid")
        self.table.setAccessibleName(self.tr("Learners and lessons"))
        self.table.frozen.setAccessibleName(self.tr("Learner names"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.LESSON_MIN_WIDTH // 2)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda index: self.reviewRequested.emit(index.data(PROFILE_ROLE)))
        self.table.frozen.doubleClicked.connect(lambda index: self.reviewRequested.emit(index.data(PROFILE_ROLE)))
        layout.addWidget(self.table, 1)
        self.review_button = QPushButton(self.tr("Review attempts"))
        self.review_button.clicked.connect(self._review)
        self.reset_button = QPushButton(self.tr("Reset this lesson…"))
        self.reset_button.setToolTip(self.tr("Start the selected learner's lesson afresh (can be undone)"))
        self.reset_button.clicked.connect(self._reset)
        self.archive_button = QPushButton(self.tr("Archive learner…"))
        self.archive_button.setToolTip(self.tr("Hide the learner from the picker and the grid; answers are kept"))
        self.archive_button.clicked.connect(self._archive)
        for button in (self.review_button, self.reset_button, self.archive_button):
            bar.addWidget(button)
        self._compact_font()
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        # A+ / A- (and a new theme) apply the style sheet again, which puts back the table's earlier font:
        # set the small size once the sheet has settled
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "table"):
            self._font_timer.start()
        return handled

    def _compact_font(self) -> None:
        """The grid, its legend and reasons in the type scale's small size: a teacher's table of figures
        holds a whole class, where the lessons' body size would hold half of one."""
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * SCALE["small"])
        if font == self.table.font():
            return
        for widget in (self.table, self.legend):
            widget.setFont(font)
        self._fit_columns()

    def set_overview(self, overview: Overview) -> None:
        self.model.set_overview(overview)
        self._fit_columns()
        self._update_buttons()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_legend()
        self._fit_columns()

    def _place_legend(self) -> None:
        """The legend beside the search and buttons when two lines of it fit there, else on a line of its own."""
        others = [self.search.minimumWidth(), self.status.sizeHint().width()]
        others += [button.sizeHint().width() for button in (self.review_button, self.reset_button, self.archive_button)]
        legend = narrowest_width(self.legend.text(), self.legend.fontMetrics(), 2) + 2
        beside = self.width() >= sum(others) + legend + self.bar.spacing() * 6 + 16
        # beside the legend the search keeps its least width, and the legend takes all the room the others
        # leave (at least its two lines' width, as just measured): a third line would push the grid's rows down
        self.search.setMaximumWidth(self.search.minimumWidth() if beside else WIDGET_SIZE_MAX)
        self.bar.setStretchFactor(self.search, 0 if beside else 1)
        target = self.bar if beside else self.legend_row
        if target.indexOf(self.legend) >= 0:
            return
        (self.legend_row if beside else self.bar).removeWidget(self.legend)
        if beside:
            self.bar.insertWidget(2, self.legend, 3)
        else:
            self.legend_row.addWidget(self.legend)

    def _fit_columns(self) -> None:
        """Name and last activity as wide as their text; the lessons share what is left, but never so
        narrow that a cell is cut (then the lessons scroll sideways under the frozen names)."""
        if self.model.overview is None:
            return
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(LAST_ACTIVE)
        lessons = len(self.model.overview.lessons)
        if not lessons:
            return
        columns = range(FIRST_LESSON, FIRST_LESSON + lessons)
        room = self.table.viewport().width() - self.table.columnWidth(0) - self.table.columnWidth(LAST_ACTIVE)
        needed = max(self.table.sizeHintForColumn(column) for column in columns)
        width = max(self.LESSON_MIN_WIDTH, needed, room // lessons)
        for column in columns:
            self.table.setColumnWidth(column, width)

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
