"""The teacher's view of the xAPI outbox: what waits, what the LRS has, the last error, and the connection."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.teacher import OutboxStatus, TeacherService


class LrsStatusWidget(QWidget):
    """Counts refresh every few seconds while the widget is shown; the sender itself runs in its own thread."""

    connectionSaved = Signal(str)  # the endpoint the teacher saved

    REFRESH_MS = 3000

    def __init__(self, teacher: TeacherService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.teacher = teacher
        layout = QVBoxLayout(self)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        counts = QHBoxLayout()
        counts.setSpacing(24)
        self.pending_label, self.sent_label, self.rejected_label = QLabel(), QLabel(), QLabel()
        for label in (self.pending_label, self.sent_label, self.rejected_label):
            label.setObjectName("lrsCount")
            counts.addWidget(label)
        counts.addStretch(1)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setToolTip(self.tr("Try to deliver the waiting statements right away"))
        self.send_button.clicked.connect(self.send_now)
        counts.addWidget(self.send_button)
        layout.addLayout(counts)
        self.times_label = QLabel()
        layout.addWidget(self.times_label)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setObjectName("lrsError")
        self.error_label.setStyleSheet("color: #a4262c;")
        layout.addWidget(self.error_label)
        self.rejected_list = QListWidget()
        self.rejected_list.setAccessibleName(self.tr("Statements the LRS refused, with the reason"))
        layout.addWidget(self.rejected_list)

        box = QGroupBox(self.tr("Connection to the district's Learning Record Store"))
        form = QFormLayout(box)
        self.endpoint_edit = QLineEdit()
        self.endpoint_edit.setPlaceholderText("https://lrs.district.example/xAPI/")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        for edit, name in ((self.endpoint_edit, self.tr("LRS address")), (self.user_edit, self.tr("User")),
                           (self.password_edit, self.tr("Password"))):
            edit.setAccessibleName(name)
            form.addRow(name + ":", edit)
        note = QLabel(self.tr("Saved in plain text in this PC's results database. "
                              "A config file set up by IT takes precedence."))
        note.setWordWrap(True)
        form.addRow(note)
        self.save_button = QPushButton(self.tr("Save and connect"))
        self.save_button.clicked.connect(self.save_connection)
        form.addRow(self.save_button)
        layout.addWidget(box)
        layout.addStretch(1)

        saved = self.teacher.saved_connection()
        self.endpoint_edit.setText(saved.get("endpoint", ""))
        self.user_edit.setText(saved.get("user", ""))
        self.password_edit.setText(saved.get("password", ""))
        self.timer = QTimer(self)
        self.timer.setInterval(self.REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.refresh()
        self.timer.start()
        super().showEvent(event)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.timer.stop()
        super().hideEvent(event)

    def refresh(self) -> None:
        status = self.teacher.outbox_status()
        self._show_counts(status)
        connection = self.teacher.lrs_connection()
        saved = self.teacher.saved_connection().get("endpoint")
        if connection is not None:
            text = self.tr("Results go to {0} (set in the {1}).").format(connection.endpoint, connection.source)
        elif saved:
            text = self.tr("Results go to {0} (set in the teacher settings).").format(saved)
        else:
            text = self.tr("No Learning Record Store is set. Results are kept on this PC and will be sent "
                           "once one is set below or in the config file.")
        self.summary.setText(text)
        self.send_button.setEnabled(self.teacher.can_send and status.pending > 0)
        self.rejected_list.clear()
        for statement_id, reason in self.teacher.rejected_statements():
            self.rejected_list.addItem(f"{statement_id}: {reason}")
        self.rejected_list.setVisible(self.rejected_list.count() > 0)

    def _show_counts(self, status: OutboxStatus) -> None:
        self.pending_label.setText(self.tr("Waiting: {0}").format(status.pending))
        self.sent_label.setText(self.tr("Delivered: {0}").format(status.sent))
        self.rejected_label.setText(self.tr("Refused: {0}").format(status.rejected))
        times = [self.tr("Last try: {0}").format(status.last_attempt_at or self.tr("never"))]
        if status.last_sent_at:
            times.append(self.tr("last delivery: {0}").format(status.last_sent_at))
        self.times_label.setText(" · ".join(times))
        if status.last_error and status.pending:
            self.error_label.setText(self.tr("Last error: {0}. Statements stay queued and are retried.")
                                     .format(status.last_error))
        else:
            self.error_label.setText("")
        self.error_label.setVisible(bool(self.error_label.text()))

    def send_now(self) -> None:
        self.teacher.send_now()
        self.refresh()

    def save_connection(self) -> None:
        endpoint = self.endpoint_edit.text().strip()
        self.teacher.save_connection(endpoint, self.user_edit.text(), self.password_edit.text())
        self.refresh()
        self.connectionSaved.emit(endpoint)
