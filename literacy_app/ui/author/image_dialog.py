"""Insert > Picture…: pick a picture file, describe it for learners who cannot see it, and it is copied
into the lesson's images/ folder (made smaller when huge) and written into the lesson at the cursor."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from literacy_app.ui.author.file_dialogs import ask_open_file, pictures_dir
from literacy_app.ui.author.form_base import FormDialog
from literacy_app.ui.author.image_files import MAX_SIDE, PICTURE_SUFFIXES
from literacy_app.ui.lazy_qt import Qt


class ImageDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Insert a picture"),
                         self.tr("The picture is copied into the lesson's images folder. Pictures wider or taller "
                                 "than {0} pixels are made smaller.").format(MAX_SIDE), parent)
        self.source: Path | None = None
        chooser = QWidget()
        row = QHBoxLayout(chooser)
        row.setContentsMargins(0, 0, 0, 0)
        self.file_label = QLabel(self.tr("No picture chosen"))
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a picture…"))
        self.choose_button.clicked.connect(self.choose)
        row.addWidget(self.file_label, 1)
        row.addWidget(self.choose_button)
        self.form.addRow(self.tr("Picture:"), chooser)
        self.thumbnail = QLabel()
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setMinimumHeight(160)
        self.form.addRow("", self.thumbnail)
        self.alt = QLineEdit()
        self.alt.setPlaceholderText(self.tr("e.g. A phone showing a post with #ad at the end"))
        self.alt.setToolTip(self.tr("Screen readers read this to learners who cannot see the picture"))
        self.form.addRow(self.tr("&Describe it:"), self.alt)
        self.fit_screen(620, 460)

    def choose(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in PICTURE_SUFFIXES)
        chosen = ask_open_file(self, self.tr("Choose a picture"), self.tr("Pictures ({0})").format(patterns),
                               pictures_dir())
        if chosen is not None:
            self.set_source(chosen)

    def set_source(self, path: Path) -> None:
        self.source = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path))
        picture = QPixmap(str(path))
        if picture.isNull():
            self.thumbnail.setText(self.tr("(no preview of this file)"))
        else:
            self.thumbnail.setPixmap(picture.scaled(320, 160, Qt.AspectRatioMode.KeepAspectRatio,
                                                    Qt.TransformationMode.SmoothTransformation))
        if not self.alt.text():
            self.alt.setFocus()

    def problem(self) -> str:
        if self.source is None or not self.source.is_file():
            return self.tr("Choose a picture file.")
        if self.source.suffix.lower() not in PICTURE_SUFFIXES:
            return self.tr("Lessons show PNG, JPEG, GIF, WebP and SVG pictures.")
        if not self.alt.text().strip():
            return self.tr("Describe the picture in a few words, for learners who cannot see it.")
        return ""

    def markdown(self) -> str:
        return ""  # the Markdown needs the copied file's name: the window writes it after copying
