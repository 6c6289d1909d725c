"""Insert > Feed post…: a made-up social post, with tick boxes for the cues it really contains."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from literacy_app.ui.author.block_text import PostDraft, post_markdown
from literacy_app.ui.author.file_dialogs import ask_open_file, pictures_dir
from literacy_app.ui.author.form_base import FormDialog, IdField
from literacy_app.ui.author.image_files import PICTURE_SUFFIXES

CUE_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def cue_label(cue: str) -> str:
    return cue.replace("-", " ").capitalize()


class FeedPostForm(FormDialog):
    def __init__(self, taken_ids: Iterable[str], cues: list[str], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insert a feed post"),
                         self.tr("Tick the cues the post really contains; learners try to find them. The post joins "
                                 "the feed the cursor is in, or starts a new feed there."), parent)
        self.picture: Path | None = None
        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("The name shown on the post"))
        self.form.addRow(self.tr("&Name:"), self.author)
        self.handle = QLineEdit()
        self.handle.setPlaceholderText(self.tr("@handle (optional)"))
        self.form.addRow(self.tr("&Handle:"), self.handle)
        self.text = self.text_box(self.tr("What the post says"), lines=3)
        self.form.addRow(self.tr("&Post text:"), self.text)
        self.id_field = IdField(self.author, taken_ids, "post")
        self.form.addRow(self.tr("&Id:"), self.id_field)
        numbers = QWidget()
        row = QHBoxLayout(numbers)
        row.setContentsMargins(0, 0, 0, 0)
        self.time = QLineEdit()
        self.time.setPlaceholderText(self.tr("e.g. 2h"))
        self.time.setMaximumWidth(90)
        self.likes = QSpinBox()
        self.likes.setRange(0, 100_000_000)
        self.comments = QSpinBox()
        self.comments.setRange(0, 100_000_000)
        self.likes.setMinimumWidth(110)
        self.comments.setMinimumWidth(110)
        for label, widget in ((self.tr("Posted:"), self.time), (self.tr("Likes:"), self.likes),
                              (self.tr("Comments:"), self.comments)):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        self.form.addRow(self.tr("Shown as:"), numbers)
        chooser = QWidget()
        pick = QHBoxLayout(chooser)
        pick.setContentsMargins(0, 0, 0, 0)
        self.picture_label = QLabel(self.tr("No picture"))
        self.picture_button = QPushButton(self.tr("Choose a picture…"))
        self.picture_button.clicked.connect(self.choose_picture)
        pick.addWidget(self.picture_label, 1)
        pick.addWidget(self.picture_button)
        self.form.addRow(self.tr("Picture:"), chooser)
        boxes = QWidget()
        grid = QGridLayout(boxes)
        grid.setContentsMargins(0, 0, 0, 0)
        self.cue_boxes: dict[str, QCheckBox] = {}
        for index, cue in enumerate(cues):
            box = QCheckBox(cue_label(cue))  # the lesson's own words
            box.setToolTip(cue)
            grid.addWidget(box, index // 2, index % 2)
            self.cue_boxes[cue] = box
        self.form.addRow(self.tr("Cues in it:"), boxes)
        self.other_cue = QLineEdit()
        self.other_cue.setPlaceholderText(self.tr("Optional: a cue of your own, e.g. fake-review"))
        self.other_cue.setToolTip(self.tr("It is added to the cues learners can tag in this feed"))
        self.form.addRow(self.tr("&Another cue:"), self.other_cue)
        self.explanation = QLineEdit()
        self.explanation.setPlaceholderText(self.tr("Shown after checking: why the post has these cues"))
        self.form.addRow(self.tr("&Explanation:"), self.explanation)
        self.fit_screen(700, 640)

    def choose_picture(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in PICTURE_SUFFIXES)
        chosen = ask_open_file(self, self.tr("Choose a picture"), self.tr("Pictures ({0})").format(patterns),
                               pictures_dir())
        if chosen is not None:
            self.picture = chosen
            self.picture_label.setText(chosen.name)

    def new_cue(self) -> str:
        return self.other_cue.text().strip().lower().replace(" ", "-")

    def cues(self) -> list[str]:
        ticked = [cue for cue, box in self.cue_boxes.items() if box.isChecked()]
        return ticked + ([self.new_cue()] if self.new_cue() and self.new_cue() not in ticked else [])

    def draft(self, image: str = "") -> PostDraft:
        return PostDraft(self.author.text().strip(), self.handle.text().strip(), self.id_field.text().strip(),
                         self.text.toPlainText(), self.cues(), self.explanation.text(), self.time.text(),
                         self.likes.value(), self.comments.value(), image)

    def problem(self) -> str:
        if not self.author.text().strip():
            return self.tr("Give the post a name to show.")
        if not self.text.toPlainText().strip():
            return self.tr("Write what the post says.")
        if problem := self.id_field.problem():
            return problem
        if self.new_cue() and not CUE_RE.match(self.new_cue()):
            return self.tr("A cue uses small letters, digits and '-' only, e.g. fake-review.")
        if not self.explanation.text().strip():
            return self.tr("Explain the post's cues (or why it has none): learners read it after checking.")
        return ""

    def markdown(self, image: str = "") -> str:
        return post_markdown(self.draft(image))
