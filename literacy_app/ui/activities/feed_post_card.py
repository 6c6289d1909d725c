"""One simulated social-media post: avatar, name, handle, time, text, image, counts, and cue check boxes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from literacy_app.content.model import Post
from literacy_app.content.render import render_inline, render_markdown
from literacy_app.learning.scoring import PostResult
from literacy_app.ui.activities.states import set_state
from literacy_app.ui.activities.wrap_label import WrapLabel
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.formats import number
from literacy_app.ui.look.palette import AVATAR_TEXT, AVATARS
from literacy_app.ui.look.picture import FittingPicture
from literacy_app.ui.look.style import current_font_pt, current_theme

MAX_IMAGE_WIDTH = 460


def cue_label(cue: str) -> str:
    """'affiliate-link' -> 'Affiliate link'."""
    words = cue.replace("_", "-").split("-")
    return " ".join(words).capitalize()


def initials(name: str) -> str:
    parts = [p for p in name.replace("@", " ").split() if p[:1].isalnum()]
    return "".join(p[0] for p in parts[:2]).upper() or "?"


def short_count(value: int) -> str:
    """12400 -> '12.4K', as feeds show it."""
    if value >= 1_000_000:
        return f"{value / 1_000_000:.1f}".rstrip("0").rstrip(".") + "M"
    if value >= 10_000:
        return f"{value / 1000:.0f}K"
    if value >= 1000:
        return f"{value / 1000:.1f}".rstrip("0").rstrip(".") + "K"
    return str(value)


def as_post_text(text: str) -> str:
    """In a post, '#ad' at the start of a line is a hashtag, never a Markdown heading."""
    return re.sub(r"^(\s*)#", r"\1\\#", text, flags=re.MULTILINE)


AVATAR_COLOURS = AVATARS["light"]


class FeedPostCard(QFrame):
    """Shows a post and lets the learner tick the cues they see in it."""

    def __init__(self, post: Post, cues: list[str], folder: Path, number: int, total: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.post = post
        self.setObjectName("postCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Post {0} of {1}, by {2}").format(number, total, post.author))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        layout.addLayout(self._header())
        self.text_label = WrapLabel(render_markdown(as_post_text(post.text)), rich=True, parent=self)
        self.text_label.setObjectName("postText")
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text_label)
        if post.image:
            layout.addWidget(self._image(folder / post.image))
        counts = QLabel(self.tr("♥ {0} likes  ·  {1} comments").format(
            short_count(post.likes), short_count(post.comments)), self)
        counts.setObjectName("postCounts")
        counts.setAccessibleName(self.tr("{0} likes, {1} comments").format(post.likes, post.comments))
        layout.addWidget(counts)

        question = WrapLabel(self.tr("Which cues do you see in this post? (Tick none if it is a plain post.)"),
                             parent=self)
        question.setObjectName("cueQuestion")
        layout.addWidget(question)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.boxes: dict[str, QCheckBox] = {}
        for index, cue in enumerate(cues):
            box = QCheckBox(cue_label(cue), self)
            box.setAccessibleName(self.tr("{0}, in the post by {1}").format(cue_label(cue), post.author))
            grid.addWidget(box, index // 2, index % 2)
            self.boxes[cue] = box
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        self.result_label = WrapLabel(rich=True, parent=self)
        self.result_label.setObjectName("postResult")
        self.result_label.hide()
        layout.addWidget(self.result_label)

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        avatar = QLabel(initials(self.post.author), self)
        avatar.setObjectName("postAvatar")
        avatar.setAlignment(Qt.AlignmentFlag.AlignCenter)
        size = max(44, round(current_font_pt() * 96 / 72 * 2.6))  # the initials grow with the text size
        avatar.setFixedSize(size, size)
        colours = AVATARS.get(current_theme(), AVATAR_COLOURS)
        colour = colours[sum(map(ord, self.post.handle or self.post.author)) % len(colours)]
        ring = f"border: 2px solid {AVATAR_TEXT};" if len(colours) == 1 else ""  # high contrast: ringed
        avatar.setStyleSheet(f"background: {colour}; border-radius: {size // 2}px; {ring}")
        avatar.setAccessibleName(self.tr("Avatar of {0}").format(self.post.author))
        row.addWidget(avatar)
        names = QVBoxLayout()
        names.setSpacing(0)
        author = QLabel(f"<b>{render_inline(self.post.author)}</b>", self)
        author.setObjectName("postAuthor")
        names.addWidget(author)
        details = " · ".join(part for part in (self.post.handle, self.post.time) if part)
        self.details_label = QLabel(details, self)
        self.details_label.setObjectName("postHandle")
        names.addWidget(self.details_label)
        row.addLayout(names, 1)
        return row

    def _image(self, path: Path) -> QLabel:
        pixmap = QPixmap(str(path))
        if pixmap.isNull():
            label = QLabel(self.tr("[picture missing: {0}]").format(self.post.image), self)
            label.setWordWrap(True)
        else:
            label = FittingPicture(pixmap, MAX_IMAGE_WIDTH, self)  # shrinks with a narrow window, never cut off
        label.setObjectName("postImage")
        label.setAccessibleName(self.tr("Picture in the post by {0}").format(self.post.author))
        return label

    # -- answering --------------------------------------------------------------------------
    def tags(self) -> list[str]:
        return [cue for cue, box in self.boxes.items() if box.isChecked()]

    def set_tags(self, tags: list[str]) -> None:
        for cue, box in self.boxes.items():
            box.setChecked(cue in tags)

    def set_locked(self, locked: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(not locked)

    def show_result(self, result: PostResult) -> None:
        """Found, missed and wrongly tagged cues in words (never colour alone), then the explanation."""
        lines = []
        if result.found:
            lines.append(self.tr("✔ Found: {0}").format(", ".join(cue_label(c) for c in result.found)))
        if result.missed:
            lines.append(self.tr("➜ Missed: {0}").format(", ".join(cue_label(c) for c in result.missed)))
        if result.wrong:
            lines.append(self.tr("✘ Not in this post: {0}").format(", ".join(cue_label(c) for c in result.wrong)))
        if not self.post.cues and not result.wrong:
            lines.append(self.tr("✔ Right: this post has no cues."))
        lines.append(self.tr("Points: {0} of {1}").format(number(result.score), number(result.max_score)))
        if self.post.explanation:
            lines.append(self.tr("<b>Why:</b> {0}").format(render_inline(self.post.explanation)))
        self.result_label.setText("<br>".join(lines))
        state = "correct" if result.score == result.max_score and not result.wrong else "partial"
        set_state(self.result_label, state if result.score else "wrong")
        self.result_label.show()
        for cue, box in self.boxes.items():
            if cue in result.found:
                box.setAccessibleDescription(self.tr("found"))
            elif cue in result.missed:
                box.setAccessibleDescription(self.tr("missed: this cue is in the post"))
            elif cue in result.wrong:
                box.setAccessibleDescription(self.tr("wrongly tagged: this cue is not in the post"))
            else:
                box.setAccessibleDescription("")

    def clear_result(self) -> None:
        self.set_tags([])
        self.set_locked(False)
        self.result_label.hide()
        self.result_label.clear()
        for box in self.boxes.values():
            box.setAccessibleDescription("")
