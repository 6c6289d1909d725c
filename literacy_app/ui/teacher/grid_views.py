"""Table pieces the teacher view shares: compact rows, two-line headers, a frozen first column, and times
as people read them ("5 min ago")."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, QSize
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QStyle, QStyleOptionHeader, QTableView, QWidget

from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.formats import as_date
from literacy_app.ui.look.text_width import narrowest_width

ROW_PADDING = 4  # pixels shared above and below one line of text in a compact row, the grid line included


def compact_rows(view: QTableView) -> None:
    """One line of text per row, in the view's current font; called again when the font changes."""
    rows = view.verticalHeader()
    height = view.fontMetrics().height() + ROW_PADDING
    rows.setMinimumSectionSize(height)
    rows.setDefaultSectionSize(height)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)


def wrap_lines(text: str, metrics: QFontMetrics, width: int, lines: int = 2) -> list[str]:
    """`text` broken at spaces into at most `lines` lines of `width` pixels; the last one elided if need be."""
    words, out, current = text.split(), [], ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if not current or metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            continue
        out.append(current)
        current = word
        if len(out) == lines - 1:
            current = " ".join(words[index:])
            break
    out.append(current)
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in out[:lines]]


_TWO_LINE_WIDTHS: dict[tuple[str, str], int] = {}  # (title, font key) -> narrowest_width on two lines


class WrappedHeader(QHeaderView):
    """A horizontal header whose titles wrap onto two lines (the second elided); the model's full title
    stays the header's text, so tooltips and screen readers get all of it."""

    LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(max(hint.height(), self.fontMetrics().lineSpacing() * self.LINES + 6))
        return hint

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802
        """As tall as two lines, and no wider than the title needs on two lines ("Last / active"): a column
        sized to its contents then leaves its room to the others."""
        size = super().sectionSizeFromContents(logical)
        size.setHeight(self.fontMetrics().lineSpacing() * self.LINES + 6)
        text = str(self.model().headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        if text:
            # what section_lines() takes off for margins and for a sort mark (any column may be sorted on)
            margins = 10 + (self._sort_mark() if self.isSortIndicatorShown() else 0)
            size.setWidth(min(size.width(), self._two_line_width(text) + margins))
        return size

    def _two_line_width(self, text: str) -> int:
        """narrowest_width() of a title, kept per title and font: Qt asks for every section's size often, and
        the teacher view builds its grid again each time it opens."""
        key = (text, self.font().key())
        if (width := _TWO_LINE_WIDTHS.get(key)) is None:
            if len(_TWO_LINE_WIDTHS) > 1000:
                _TWO_LINE_WIDTHS.clear()
            width = _TWO_LINE_WIDTHS[key] = narrowest_width(text, self.fontMetrics(), self.LINES)
        return width

    def _sort_mark(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, self) + 4

    def section_lines(self, logical: int) -> list[str]:
        """The lines painted for one section at its current width."""
        text = str(self.model().headerData(logical, self.orientation(), Qt.ItemDataRole.DisplayRole) or "")
        room = self.sectionSize(logical) - 10
        if self.isSortIndicatorShown() and self.sortIndicatorSection() == logical:
            room -= self._sort_mark()
        return wrap_lines(text, self.fontMetrics(), max(room, 10), self.LINES)

    def paintSection(self, painter: QPainter, rect: QRect, logical: int) -> None:  # noqa: N802
        if not rect.isValid() or self.model() is None:
            return
        option = QStyleOptionHeader()
        self.initStyleOptionForIndex(option, logical)
        option.rect = rect
        option.text = "\n".join(self.section_lines(logical))
        option.textAlignment = Qt.AlignmentFlag.AlignCenter
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        painter.restore()


class FrozenColumnTable(QTableView):
    """A table whose first column stays put while the others scroll sideways.

    The classic frozen-column pattern: a second view on the same model and selection, showing only
    column 0, laid over the first column; both scroll together vertically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)  # first: Qt calls the overrides below while the header is set
        self.setHorizontalHeader(WrappedHeader(self))
        self.verticalHeader().hide()
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setHorizontalHeader(WrappedHeader(self.frozen))
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the main table takes the keyboard
        self.frozen.verticalHeader().hide()
        self.frozen.setFrameShape(QFrame.Shape.NoFrame)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setWordWrap(False)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.horizontalHeader().sectionClicked.connect(self._frozen_header_clicked)
        self.frozen.raise_()  # over the viewport and over the header, whose first section it stands in for
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        self.horizontalHeader().sortIndicatorChanged.connect(self._mirror_sort_indicator)
        self.horizontalHeader().geometriesChanged.connect(self._place_frozen)
        self._match_rows()

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._hide_frozen_columns)
        model.columnsInserted.connect(self._hide_frozen_columns)
        model.layoutChanged.connect(self._hide_frozen_columns)
        self._hide_frozen_columns()

    def setSelectionMode(self, mode: QAbstractItemView.SelectionMode) -> None:  # noqa: N802
        super().setSelectionMode(mode)
        self.frozen.setSelectionMode(mode)

    def _hide_frozen_columns(self, *_) -> None:
        model = self.model()
        for column in range(1, model.columnCount() if model is not None else 0):
            self.frozen.setColumnHidden(column, True)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self._place_frozen()

    def _section_resized(self, logical: int, _old: int, new: int) -> None:
        if logical == 0:
            self.frozen.setColumnWidth(0, new)
            self._place_frozen()

    def _mirror_sort_indicator(self, section: int, order: Qt.SortOrder) -> None:
        header = self.frozen.horizontalHeader()
        header.setSortIndicatorShown(section == 0)
        header.setSortIndicator(section if section == 0 else -1, order)

    def _frozen_header_clicked(self, section: int) -> None:
        if section != 0 or not self.isSortingEnabled():
            return
        header = self.horizontalHeader()
        ascending = header.sortIndicatorSection() != 0 or header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder)

    def _place_frozen(self) -> None:
        frame = self.frameWidth()
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(frame, frame, self.columnWidth(0),
                                self.viewport().height() + self.horizontalHeader().height())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_frozen()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # A+ / A-: rows follow the new text size
            self.frozen.setFont(self.font())
            self._match_rows()
            self._place_frozen()

    def _match_rows(self) -> None:
        """Both views' rows exactly as tall, or the names drift away from their scores."""
        compact_rows(self)
        compact_rows(self.frozen)
        height = self.verticalHeader().defaultSectionSize()
        self.frozen.verticalHeader().setMinimumSectionSize(height)
        self.frozen.verticalHeader().setDefaultSectionSize(height)

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802
        current = super().moveCursor(action, modifiers)
        # a cell reached with the keyboard must not hide under the frozen column
        hidden = self.visualRect(current).left() < self.frozen.columnWidth(0)
        if action == QAbstractItemView.CursorAction.MoveLeft and current.column() > 0 and hidden:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).left() - self.frozen.columnWidth(0))
        return current

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802
        if index.column() > 0:
            super().scrollTo(index, hint)
        else:  # column 0 is always in sight: only the row may need scrolling to
            self.frozen.scrollTo(index, hint)


def time_ago(iso: str | None, now: datetime | None = None) -> str:
    """A past time as people say it: "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago",
    "3 weeks ago", or the date when it is months old; "never" without a time."""
    if not iso:
        return TimeAgo.tr("never")
    try:
        then = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return iso
    if then.tzinfo is None:
        then = then.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    seconds = (now - then).total_seconds()
    if seconds < 60:
        return TimeAgo.tr("just now")
    if seconds < 3600:
        return TimeAgo.tr("{0} min ago").format(int(seconds // 60))
    if seconds < 86400:
        return TimeAgo.tr("{0} h ago").format(int(seconds // 3600))
    days = int(seconds // 86400)
    if days == 1:
        return TimeAgo.tr("yesterday")
    if days < 14:
        return TimeAgo.tr("%n day(s) ago", "", days)
    if days < 56:
        return TimeAgo.tr("%n week(s) ago", "", days // 7)
    return as_date(then.date())


class TimeAgo(QObject):
    """The catalogues' context for time_ago's words."""
