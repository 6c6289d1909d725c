"""Rows of fields the author can add to: choices with a "right" tick, pairs, a scenario's choices."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = "text"  # text, check, combo (editable, with choices), number
    choices: tuple[str, ...] = ()
    placeholder: str = ""
    stretch: int = 1


class RowsEditor(QWidget):
    def __init__(self, columns: list[Column], rows: int = 3, add_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[list[QWidget]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        for index, column in enumerate(columns):
            self.grid.addWidget(QLabel("" if column.kind == "check" else column.title), 0, index)
            self.grid.setColumnStretch(index, column.stretch)
        outer.addLayout(self.grid)
        self.add_button = QPushButton(add_text or self.tr("Add another"))
        self.add_button.clicked.connect(lambda: self.add_row())
        outer.addWidget(self.add_button)
        for _ in range(rows):
            self.add_row()

    def add_row(self) -> list[QWidget]:
        number = len(self.rows) + 1
        row: list[QWidget] = []
        for index, column in enumerate(self.columns):
            widget: QWidget
            if column.kind == "check":
                widget = QCheckBox(column.title)
            elif column.kind == "combo":
                widget = QComboBox()
                widget.setEditable(True)
                widget.addItems(list(column.choices))
                widget.setCurrentIndex(-1)  # nothing chosen until the author picks or types
                widget.lineEdit().setPlaceholderText(column.placeholder)
            elif column.kind == "number":
                widget = QSpinBox()
                widget.setRange(-99, 99)
            else:
                widget = QLineEdit()
                widget.setPlaceholderText(column.placeholder)
            widget.setAccessibleName(self.tr("{0}, row {1}").format(column.title, number))
            self.grid.addWidget(widget, number, index)
            row.append(widget)
        self.rows.append(row)
        return row

    def values(self) -> list[list[object]]:
        """Each row's values: str for text and combo, bool for check, int for number."""
        found = []
        for row in self.rows:
            values: list[object] = []
            for widget in row:
                if isinstance(widget, QCheckBox):
                    values.append(widget.isChecked())
                elif isinstance(widget, QComboBox):
                    values.append(widget.currentText().strip())
                elif isinstance(widget, QSpinBox):
                    values.append(widget.value())
                else:
                    values.append(widget.text().strip())
            found.append(values)
        return found
