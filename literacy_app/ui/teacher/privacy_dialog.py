"""Learners' data, in the teacher view: how learners sign in, one learner's data exported whole or erased for
good (after a confirmation that lists exactly what goes), a forgotten code reset, and learners inactive for
longer than the school keeps data. Everything is done by the privacy service; this is its window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.privacy import EraseOutcome, EraseRefused, LearnerChoice, PrivacyService
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.accessibility import announce
from literacy_app.ui.look.save_paths import ask_save_path, suggested_path

UID_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_MONTHS = 12


def add_privacy_button(header: QHBoxLayout, privacy: PrivacyService, parent: QWidget) -> QPushButton:
    """The teacher view's one way in: a button at the end of its header."""
    button = QPushButton(PrivacyDialog.tr("Learners' data…"))
    button.setToolTip(PrivacyDialog.tr("How learners sign in; export or erase one learner's data; retention"))
    if privacy.keep_months and (due := len(privacy.inactive())):  # the school's retention: say so on the button
        button.setText(PrivacyDialog.tr("Learners' data ({0} to erase)…").format(due))
        button.setToolTip(PrivacyDialog.tr("%n learner(s) inactive for more than {0} months ([privacy] keep_months)",
                                           "", due).format(privacy.keep_months))

    def open_dialog() -> None:
        dialog = PrivacyDialog(privacy, parent)
        dialog.finished.connect(lambda _result: _refresh_view(parent))  # an erased learner leaves the grid
        dialog.open()

    button.clicked.connect(open_dialog)
    header.addWidget(button)
    return button


def _refresh_view(view: QWidget) -> None:
    teacher, refresh = getattr(view, "teacher", None), getattr(view, "refresh", None)
    if teacher is not None and hasattr(teacher, "refresh"):
        teacher.refresh()  # a class across PCs: merge the class again
    if callable(refresh):
        refresh()


class PrivacyDialog(QDialog):
    def __init__(self, privacy: PrivacyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.privacy = privacy
        self.pending_box: QMessageBox | None = None  # the open confirmation, if any
        self.setWindowTitle(self.tr("Learners' data"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        layout.addWidget(self._sign_in_box())
        learners = QGroupBox(self.tr("One learner"))
        column = QVBoxLayout(learners)
        self.learner_list = QListWidget()
        self.learner_list.setAccessibleName(self.tr("Learners"))
        self.learner_list.currentItemChanged.connect(lambda *_: self._update_buttons())
        column.addWidget(self.learner_list)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export learner…"))
        self.export_button.setToolTip(self.tr("Everything the app holds about this learner, as one JSON file"))
        self.export_button.clicked.connect(self._ask_export)
        self.erase_button = QPushButton(self.tr("Erase learner…"))
        self.erase_button.setToolTip(self.tr("Remove this learner and all their work for good"))
        self.erase_button.clicked.connect(lambda: self.confirm_erase(self.current_uid()))
        self.reset_button = QPushButton(self.tr("Reset sign-in"))
        self.reset_button.setToolTip(self.tr("Forgot their pictures or code: they choose again at their next sign-in"))
        self.reset_button.clicked.connect(self.reset_sign_in)
        for button in (self.export_button, self.erase_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        layout.addWidget(learners, 1)
        layout.addWidget(self._retention_box())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    # -- sign-in ----------------------------------------------------------------------------
    def _sign_in_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("How learners sign in"))
        column = QVBoxLayout(box)
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        texts = {"none": self.tr("Name tile only (fast; anyone can pick any tile)"),
                 "picture": self.tr("Name tile, then 2 of 9 pictures (young learners)"),
                 "code": self.tr("Name tile, then a 4-6 digit code")}
        sign_in = self.privacy.sign_in
        for mode, text in texts.items():
            button = QRadioButton(text)
            button.setChecked(sign_in is not None and sign_in.mode == mode)
            button.setEnabled(sign_in is not None and sign_in.can_change)
            button.toggled.connect(lambda checked, m=mode: checked and self.set_mode(m))
            self.mode_group.addButton(button)
            self.mode_buttons[mode] = button
            column.addWidget(button)
        if sign_in is not None and not sign_in.can_change:
            column.addWidget(QLabel(self.tr("Set by the school's configuration ([learners] sign_in).")))
        return box

    def set_mode(self, mode: str) -> None:
        if self.privacy.sign_in is None or self.privacy.sign_in.mode == mode:
            return
        self.privacy.sign_in.set_mode(mode)
        self.say(self.tr("Learners now sign in with: {0}. Each learner chooses their pictures or code at their next "
                         "sign-in on this PC.").format(self.mode_buttons[mode].text()) if mode != "none" else
                 self.tr("Learners now pick their tile only. Reflections are shown again only in the session that "
                         "wrote them."))

    # -- learners ---------------------------------------------------------------------------
    def refresh(self) -> None:
        current = self.current_uid()
        self.learner_list.clear()
        self._learners = self.privacy.learners()  # read once (a class folder is read again only on refresh)
        for learner in self._learners:
            details = [learner.student_id] if learner.student_id else []
            details.append(self.tr("last seen {0}").format((learner.last_seen or "")[:10] or self.tr("never")))
            if not learner.here:
                details.append(self.tr("on other PCs only"))
            if learner.archived:
                details.append(self.tr("archived"))
            item = QListWidgetItem(f"{learner.name}  ({', '.join(details)})")
            item.setData(UID_ROLE, learner.uid)
            self.learner_list.addItem(item)
            if learner.uid == current:
                self.learner_list.setCurrentItem(item)
        if self.learner_list.currentItem() is None and self.learner_list.count():
            self.learner_list.setCurrentRow(0)
        self._update_buttons()
        self._update_inactive()

    def current_uid(self) -> str | None:
        item = self.learner_list.currentItem() if hasattr(self, "learner_list") else None
        return item.data(UID_ROLE) if item is not None else None

    def select(self, name: str) -> None:
        for row in range(self.learner_list.count()):
            if self.learner_list.item(row).text().startswith(name + "  "):
                self.learner_list.setCurrentRow(row)
                return

    def _update_buttons(self) -> None:
        chosen = self.current_uid() is not None
        self.export_button.setEnabled(chosen)
        self.erase_button.setEnabled(chosen)
        self.reset_button.setEnabled(chosen and self.privacy.sign_in is not None)

    def say(self, text: str) -> None:
        self.status.setText(text)
        announce(self.status, text)

    def _ask_export(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        name = self.learner_list.currentItem().text().split("  ")[0]
        path = ask_save_path(self, self.tr("Export learner"), suggested_path("learner", "json", name),
                             self.tr("JSON files (*.json)"))
        if path:
            self.export_to(uid, path)

    def export_to(self, uid: str, path: Path) -> None:
        try:
            document = self.privacy.write_export(uid, path)
        except OSError as exc:
            self.say(self.tr("{0} could not be written: {1}").format(path, exc.strerror or exc))
            return
        rows = sum(len(rows) for rows in document["tables"].values())
        self.say(self.tr("Wrote {0}: %n record(s). It holds the learner's own words: hand it over as a student "
                         "record.", "", rows).format(path.name))

    def reset_sign_in(self) -> None:
        uid = self.current_uid()
        if uid is None:
            return
        if self.privacy.reset_sign_in(uid):
            self.say(self.tr("Sign-in reset: the learner chooses new pictures or a new code at their next sign-in."))
        else:
            self.say(self.tr("This learner has not chosen pictures or a code on this PC."))

    # -- erase ------------------------------------------------------------------------------
    def confirm_erase(self, uid: str | None) -> QMessageBox | None:
        """Show exactly what will go; erase only when the teacher confirms."""
        if uid is None:
            return None
        inventory = self.privacy.inventory(uid)
        lines = [self.tr("{0}  {1}").format(count, self.tr(label)) for label, count in inventory.kinds]
        if inventory.other_pcs:
            lines.append(self.tr("and their copies on {0}, erased when those PCs next read the class folder")
                         .format(", ".join(inventory.other_pcs)))
        if inventory.sent_statements:
            sent = len(inventory.sent_statements)
            lines.append(self.tr("%n statement(s) already sent to the LRS: {0}", "", sent).format(
                self.tr("a voiding statement is queued for each") if inventory.will_void else
                self.tr("listed after erasing, for the district to void")))
        name = inventory.learner.name
        if inventory.refusal:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase learner"), inventory.refusal, parent=self)
            box.addButton(QMessageBox.StandardButton.Close)
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase learner"),
                              self.tr("Erase {0} for good? This cannot be undone. It removes:").format(name),
                              parent=self)
            box.setInformativeText("\n".join(lines) or self.tr("nothing on this PC"))
            erase = box.addButton(self.tr("Erase {0}").format(name), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(box.button(QMessageBox.StandardButton.Cancel))
            erase.clicked.connect(lambda: self.erase(uid))
        self.pending_box = box
        box.open()
        return box

    def erase(self, uid: str) -> None:
        try:
            outcome = self.privacy.erase(uid)
        except EraseRefused as refused:
            self.say(str(refused))
            return
        self._report(outcome)

    def _report(self, outcome: EraseOutcome) -> None:
        parts = []
        for erased in outcome.erased:
            parts.append(self.tr("{0} erased (%n record(s) on this PC).", "", sum(erased.counts.values())).format(
                erased.name))
            if erased.sent_statements and not erased.voiding_queued:
                parts.append(self.tr("Statements already sent to the LRS, for the district to void: {0}")
                             .format(", ".join(erased.sent_statements)))
        parts += [self.tr("Not erased: {0}: {1}").format(name, reason) for name, reason in outcome.refused]
        if outcome.roster_problem:
            parts.append(outcome.roster_problem)
        self.refresh()
        self.say(" ".join(parts))

    # -- retention --------------------------------------------------------------------------
    def _retention_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Learners no longer active"))
        column = QVBoxLayout(box)
        row = QHBoxLayout()
        label = QLabel(self.tr("No sign-in and no work for more than"))
        self.months = QSpinBox()
        self.months.setRange(1, 120)
        self.months.setSuffix(self.tr(" months"))
        self.months.setValue(self.privacy.keep_months or DEFAULT_MONTHS)
        self.months.setAccessibleName(self.tr("Months without activity"))
        label.setBuddy(self.months)
        self.months.valueChanged.connect(lambda _value: self._update_inactive())
        row.addWidget(label)
        row.addWidget(self.months)
        row.addStretch(1)
        column.addLayout(row)
        self.inactive_label = QLabel()
        self.inactive_label.setWordWrap(True)
        column.addWidget(self.inactive_label)
        self.erase_inactive_button = QPushButton(self.tr("Erase these learners…"))
        self.erase_inactive_button.clicked.connect(self.confirm_erase_inactive)
        column.addWidget(self.erase_inactive_button, 0, Qt.AlignmentFlag.AlignLeft)
        return box

    def inactive(self) -> list[LearnerChoice]:
        return self.privacy.inactive(self.months.value(), getattr(self, "_learners", None))

    def _update_inactive(self) -> None:
        learners = self.inactive()
        keep = self.privacy.keep_months
        policy = self.tr("The school keeps data for {0} months ([privacy] keep_months). ").format(keep) if keep else ""
        self.inactive_label.setText(policy + (self.tr("Inactive: {0}.").format(", ".join(c.name for c in learners))
                                              if learners else self.tr("Nobody is inactive for that long.")))
        self.erase_inactive_button.setEnabled(bool(learners))

    def confirm_erase_inactive(self) -> QMessageBox:
        learners = self.inactive()
        months = self.months.value()
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Erase learners"),
                          self.tr("Erase %n learner(s) inactive for more than {0} months, with all their work, "
                                  "for good?", "", len(learners)).format(months), parent=self)
        box.setInformativeText("\n".join(f"{c.name}  ({(c.last_seen or '')[:10]})" for c in learners))
        erase = box.addButton(self.tr("Erase %n learner(s)", "", len(learners)),
                              QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(box.button(QMessageBox.StandardButton.Cancel))
        erase.clicked.connect(lambda: self._report(self.privacy.erase_inactive(months)))
        self.pending_box = box
        box.open()
        return box
