"""The "Who's learning?" screen: big name tiles, search, and adding a learner. No passwords."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.session import AVATAR_CHOICES, Profile

PROFILE_ROLE = Qt.ItemDataRole.UserRole
TILE_COLOURS = ["#1565c0", "#2e7d32", "#6a1b9a", "#c62828", "#00838f", "#ef6c00", "#4527a0", "#ad1457"]


def avatar_icon(profile: Profile, size: int = 96) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(TILE_COLOURS[profile.id % len(TILE_COLOURS)]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(0, 0, size, size)
    painter.setPen(QColor("white"))
    font = QFont()
    font.setPixelSize(int(size * 0.4))
    font.setBold(True)
    painter.setFont(font)
    # an emoji the system fonts cannot draw would show as an empty box: use the initials then
    drawable = profile.avatar and QFontMetrics(font).inFontUcs4(ord(profile.avatar[0]))
    painter.drawText(pixmap.rect(), Qt.AlignmentFlag.AlignCenter, profile.avatar if drawable else profile.initials)
    painter.end()
    return QIcon(pixmap)


class ProfilePicker(QWidget):
    """Emits profileChosen(profile) or profileCreated(name)."""

    profileChosen = Signal(object)
    newProfileRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        title = QLabel(self.tr("Who's learning?"))
        title.setObjectName("pickerTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find your name…"))
        self.search.setAccessibleName(self.tr("Find your name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_single_match)
        layout.addWidget(self.search)
        self.tiles = QListWidget()
        self.tiles.setObjectName("profileTiles")
        self.tiles.setAccessibleName(self.tr("Learners"))
        self.tiles.setViewMode(QListView.ViewMode.IconMode)
        self.tiles.setIconSize(QSize(88, 88))
        self.tiles.setGridSize(QSize(150, 150))
        self.tiles.setResizeMode(QListView.ResizeMode.Adjust)
        self.tiles.setMovement(QListView.Movement.Static)
        self.tiles.setWordWrap(True)
        self.tiles.setSpacing(8)
        self.tiles.itemActivated.connect(self._activated)
        self.tiles.itemClicked.connect(self._activated)
        self._last_chosen = None
        layout.addWidget(self.tiles, 1)
        self.empty_label = QLabel(self.tr("No learners yet. Type your name below to start."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_label)
        row = QHBoxLayout()
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New learner's name"))
        self.new_name.setAccessibleName(self.tr("New learner's name"))
        self.new_name.setMaxLength(60)
        self.new_name.returnPressed.connect(self._add)
        row.addWidget(self.new_name, 1)
        self.avatar_box = QComboBox()
        self.avatar_box.setAccessibleName(self.tr("Picture for the new learner"))
        self.avatar_box.setToolTip(self.tr("Your initials, or a picture to find your tile quickly"))
        self.avatar_box.addItem(self.tr("Initials"), "")
        for emoji in AVATAR_CHOICES:
            self.avatar_box.addItem(emoji, emoji)
        row.addWidget(self.avatar_box)
        self.add_button = QPushButton(self.tr("Add learner"))
        self.add_button.setAccessibleName(self.tr("Add a new learner"))
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

    def set_profiles(self, profiles: list[Profile]) -> None:
        self._last_chosen = None
        self.tiles.clear()
        for profile in profiles:
            item = QListWidgetItem(avatar_icon(profile), profile.name)
            item.setData(PROFILE_ROLE, profile)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, profile.name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.tiles.addItem(item)
        self.empty_label.setVisible(not profiles)
        self.search.setVisible(len(profiles) > 8)
        self.search.clear()
        if profiles:
            self.tiles.setCurrentRow(0)

    @property
    def chosen_avatar(self) -> str:
        return self.avatar_box.currentData() or ""

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first_visible = None
        for row in range(self.tiles.count()):
            item = self.tiles.item(row)
            hidden = needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = row
        if first_visible is not None:
            self.tiles.setCurrentRow(first_visible)

    def _choose_single_match(self) -> None:
        visible = [self.tiles.item(r) for r in range(self.tiles.count()) if not self.tiles.item(r).isHidden()]
        if len(visible) == 1:
            self._activated(visible[0])

    def _activated(self, item: QListWidgetItem) -> None:
        profile = item.data(PROFILE_ROLE)
        if profile is not None and profile is not self._last_chosen:
            self._last_chosen = profile  # a click may also count as activation: choose once
            self.profileChosen.emit(profile)

    def _add(self) -> None:
        name = " ".join(self.new_name.text().split())
        if not name:
            self.show_message(self.tr("Type a name first."))
            self.new_name.setFocus()
            return
        self.newProfileRequested.emit(name)
        self.new_name.clear()
        self.avatar_box.setCurrentIndex(0)
