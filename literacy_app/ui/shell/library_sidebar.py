"""The library: modules with their lessons, each marked done, started or not started (mark and words).

A library loaded for the window lists lessons from their front matter and the index cache; after the first
paint the sidebar has the rest checked, a slice at a time between events, and drops any lesson found broken
(see content/library.py). `verdictChanged` tells the window, which names the broken lessons.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from literacy_app.content.library import Library
from literacy_app.ui.lazy_qt import ACCESSIBLE_TEXT_ROLE, TEXT_WORD_WRAP, USER_ROLE, Qt, set_by_name
from literacy_app.ui.look.style import LIST_ITEM_PADDING_X

LESSON_ROLE = USER_ROLE
MARKS = {"done": "✔", "started": "◐", "": "○"}
# what a row keeps beside its text (px): the style sheet's padding and the margin Qt's item views keep inside it
# (Fusion: its focus frame margin and one pixel, on each side); measured narrower, titles got a blank line
ROW_TEXT_INSET = 2 * LIST_ITEM_PADDING_X + 2 * (2 + 1)
CHECK_SLICE_S = 0.02  # the checker's turn between two rounds of events: clicks and keys still answer at once


class _WrappedRows(QStyledItemDelegate):
    """Rows as tall as their wrapped title at the list's current width (a tree measures rows on one line)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        view: QTreeWidget = self.parent()
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = view.viewport().width() - view.indentation() * (depth + 1) - ROW_TEXT_INSET
        row = QStyleOptionViewItem(option)
        self.initStyleOption(row, index)  # the row's own font, as it is painted: a module's title is bold
        needed = row.fontMetrics.boundingRect(QRect(0, 0, max(width, 60), 100000), TEXT_WORD_WRAP,
                                              row.text)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), needed.height() + 10))


class _AfterPaint(QObject):
    """Calls `then` after the first paint of `target` (the window); dies with the sidebar that owns it."""

    def __init__(self, owner: QObject, target: QWidget, then: QTimer) -> None:
        super().__init__(owner)
        self._then = then
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self._then.start()  # a zero timer: runs once this paint pass is over
            self.deleteLater()
        return False


class LibrarySidebar(QTreeWidget):
    lessonChosen = Signal(str)
    verdictChanged = Signal()  # a lesson checked after the first paint joined or left the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonList")
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Lessons"))
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(False)  # module rows have two lines
        # a narrow window wraps long titles instead of cutting them
        self.setWordWrap(True)
        set_by_name(self, textElideMode="ElideNone")
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(True)
        self.setItemDelegate(_WrappedRows(self))
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._titles: dict[str, str] = {}
        self._modules: dict[str, tuple[QTreeWidgetItem, list[str]]] = {}
        self._status: dict[str, str] = {}
        self._marked: dict[str, str] = {}  # lesson id -> the state its row shows now
        self._library: Library | None = None
        self._version = 0
        self._cleared = False
        self._check_timer = QTimer(self)
        self._check_timer.setInterval(0)
        self._check_timer.timeout.connect(self._check_slice)

    def set_library(self, library: Library) -> None:
        self._library, self._version = library, library.version
        self._fill(library)
        self.set_status({})
        if not library.checked and not self._check_timer.isActive():
            if self.window().isVisible():
                self._check_timer.start()
            else:
                _AfterPaint(self, self.window(), self._check_timer)

    def _fill(self, library: Library) -> None:
        self.clear()
        self._items.clear()
        self._modules.clear()
        self._marked.clear()
        self._cleared = False
        for module, lessons in library.modules():
            parent = QTreeWidgetItem([module or self.tr("Other lessons")])
            self._modules[module or self.tr("Other lessons")] = (parent, [lesson.id for lesson in lessons])
            font = parent.font(0)
            font.setBold(True)
            parent.setFont(0, font)
            self.addTopLevelItem(parent)
            for lesson in lessons:
                item = QTreeWidgetItem(parent)
                item.setData(0, LESSON_ROLE, lesson.id)
                self._items[lesson.id] = item
                self._titles[lesson.id] = lesson.title
            parent.setExpanded(True)
        if not library.lessons:
            self._show_no_lessons(bool(library.broken_so_far))

    def _check_slice(self) -> None:
        """Check lessons for a moment; show what changed in the list (a broken lesson leaves it)."""
        library = self._library
        if library is None or library.check_pending(CHECK_SLICE_S):
            self._check_timer.stop()
        if library is not None and library.version != self._version:
            self._version = library.version
            if not self._cleared:
                self._update_rows(library)
            self.verdictChanged.emit()

    def _update_rows(self, library: Library) -> None:
        """Take out the rows of lessons that left the list, keeping the reader's place; anything else (a
        lesson that joined it) fills the list again."""
        rows = [(module or self.tr("Other lessons"), lesson.id) for module, lessons in library.modules()
                for lesson in lessons]
        kept = {lesson_id for _module, lesson_id in rows}
        before = [(module, lesson_id) for module, (_parent, ids) in self._modules.items() for lesson_id in ids]
        if not rows or rows != [row for row in before if row[1] in kept]:
            current = self.currentItem()
            chosen = current.data(0, LESSON_ROLE) if current is not None else None
            scrolled = self.verticalScrollBar().value()
            self._fill(library)
            self.set_status(self._status)
            if chosen:
                self.select_lesson(chosen)
            self.verticalScrollBar().setValue(scrolled)
            return
        for module, (parent, lesson_ids) in list(self._modules.items()):
            for lesson_id in [x for x in lesson_ids if x not in kept]:
                parent.removeChild(self._items.pop(lesson_id))
                lesson_ids.remove(lesson_id)
                self._marked.pop(lesson_id, None)
            if not lesson_ids:
                self.takeTopLevelItem(self.indexOfTopLevelItem(parent))
                del self._modules[module]
        self.set_status(self._status)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # titles wrap again at the new width

    def clear_items(self) -> None:
        """Empty the list while it is hidden (a hidden list's rows would still be reported as showing)."""
        self.clear()
        self._items.clear()
        self._modules.clear()
        self._marked.clear()
        self._cleared = True

    def _show_no_lessons(self, some_broken: bool) -> None:
        """Say in plain words why the list is empty, instead of showing nothing."""
        if some_broken:
            text = self.tr("No lesson could be opened:\nthey all have mistakes.\nSee Help > Lesson problems.")
        else:
            text = self.tr("No lessons were found.\nThe course that comes with\nthe app is missing: ask your\n"
                           "teacher or IT to reinstall it.")
        item = QTreeWidgetItem([text])
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a message, not a lesson to choose
        item.setData(0, ACCESSIBLE_TEXT_ROLE, text.replace("\n", " "))
        self.addTopLevelItem(item)

    def set_status(self, status: dict[str, str]) -> None:
        """Mark each lesson done, started or not started; only rows whose state changed are written again."""
        self._status = dict(status)
        words = {"done": self.tr("completed"), "started": self.tr("in progress"), "": self.tr("not started")}
        for lesson_id, item in self._items.items():
            state = status.get(lesson_id, "")
            if self._marked.get(lesson_id) == state:
                continue
            self._marked[lesson_id] = state
            item.setText(0, f"{MARKS[state]}  {self._titles[lesson_id]}")
            item.setToolTip(0, f"{self._titles[lesson_id]} ({words[state]})")
            item.setData(0, ACCESSIBLE_TEXT_ROLE, f"{self._titles[lesson_id]}, {words[state]}")
        for module, (parent, lesson_ids) in self._modules.items():
            done = sum(1 for lesson_id in lesson_ids if status.get(lesson_id) == "done")
            parent.setText(0, self.tr("{0}\n{1} of {2} done").format(module, done, len(lesson_ids)))

    def select_lesson(self, lesson_id: str) -> None:
        item = self._items.get(lesson_id)
        if item is not None:
            self.setCurrentItem(item)

    def selectionCommand(self, index: QModelIndex | QPersistentModelIndex,  # noqa: N802 (Qt name)
                         event: QEvent | None = None) -> QItemSelectionModel.SelectionFlag:
        """A module's row is never selected: the keyboard passes through it (and opens or closes it), the lesson
        open stays the one marked. (Item flags would say the same, but they are Qt-namespace values, which the
        first frame does without: see lazy_qt.py.)"""
        if index.isValid() and not index.parent().isValid() and index.data(LESSON_ROLE) is None:
            return QItemSelectionModel.SelectionFlag.NoUpdate
        return super().selectionCommand(index, event)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        lesson_id = item.data(0, LESSON_ROLE)
        if lesson_id:
            self.lessonChosen.emit(lesson_id)
