"""What an import, export or pack did: a headline, what was done, and what was skipped and why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from literacy_app.services.authoring import Summary
from literacy_app.ui.lazy_qt import Qt

MAX_LINES = 12


class SummaryDialog(QDialog):
    """Shown window-modal without blocking; the lists are plain text a teacher can copy into an email."""

    def __init__(self, title: str, summary: Summary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.summary = summary
        layout = QVBoxLayout(self)
        self.headline = QLabel(summary.headline)
        self.headline.setObjectName("summaryHeadline")
        self.headline.setWordWrap(True)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        layout.addWidget(self.headline)
        self.done_list = self._section(layout, self.tr("Done:"), summary.done)
        label = self.tr("Skipped, and why:") if summary.ok else self.tr("What stopped it:")
        self.skipped_list = self._section(layout, label, summary.skipped)
        if not summary.done and not summary.skipped:
            layout.addWidget(QLabel(self.tr("Nothing else to report.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(680, self.sizeHint().height())

    def _section(self, layout: QVBoxLayout, title: str, lines: list[str]) -> QPlainTextEdit | None:
        if not lines:
            return None
        layout.addWidget(QLabel(title))
        box = QPlainTextEdit("\n".join(f"• {line}" for line in lines))
        box.setReadOnly(True)
        box.setAccessibleName(title.rstrip(":"))
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        shown = min(sum(1 + len(line) // 90 for line in lines), MAX_LINES)  # a long list scrolls
        box.setFixedHeight(box.fontMetrics().lineSpacing() * (shown + 1) + 20)
        layout.addWidget(box)
        return box

    def text(self) -> str:
        """Everything the dialog says, for tests and for copying."""
        parts = [self.summary.headline, *self.summary.done, *self.summary.skipped]
        return "\n".join(parts)
