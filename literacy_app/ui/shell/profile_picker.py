"""The "Who's learning?" screen: big name tiles, search, and adding a learner. No passwords."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from literacy_app.services.session import AVATAR_CHOICES, Profile
from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.buttons import ActionButton
from literacy_app.ui.look.calm_combo import CalmComboBox
from literacy_app.ui.look.palette import AVATAR_TEXT, AVATARS, tokens
from literacy_app.ui.look.text_width import narrowest_width

PROFILE_ROLE = Qt.ItemDataRole.UserRole
TILE_COLOURS = AVATARS["light"]
TILE_ICON, TILE_GRID = 96, QSize(176, 172)  # at 100% text, with DejaVu Sans (19 px lines)
TILE_AROUND_TEXT = 140  # a tile's height less its name's two lines: margins, padding, border, avatar, gaps
TILE_BESIDE_TEXT = 36  # a tile's width less its name's: the grid's gap, margins, padding, border, and room to spare
MAX_COLUMN_WIDTH = 1000  # the screen's content stays a readable column on wide screens


def _draw_avatar(painter: QPainter, rect: QRectF, fill: str, ring: str | None, text: str) -> None:
    painter.setBrush(QColor(fill))
    painter.setPen(QPen(QColor(ring), max(2.0, rect.width() / 32)) if ring else Qt.PenStyle.NoPen)
    painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    painter.setPen(QColor(AVATAR_TEXT))
    font = QFont()
    font.setPixelSize(int(rect.height() * 0.4))
    font.setBold(True)
    painter.setFont(font)
    # an emoji the system fonts cannot draw would show as an empty box: use the initials then
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _avatar_text(profile: Profile, size: int) -> str:
    font = QFont()
    font.setPixelSize(int(size * 0.4))
    drawable = profile.avatar and QFontMetrics(font).inFontUcs4(ord(profile.avatar[0]))
    return profile.avatar if drawable else profile.initials


def avatar_icon(profile: Profile, size: int = TILE_ICON, theme: str = "light") -> QIcon:
    colours = AVATARS.get(theme, TILE_COLOURS)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = AVATAR_TEXT if len(colours) == 1 else None  # high contrast: white on black, ringed
    _draw_avatar(painter, QRectF(0, 0, size, size), colours[profile.id % len(colours)], ring,
                 _avatar_text(profile, size))
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # the chosen tile keeps its colours (no highlight tint)
    return icon


def empty_state_picture(theme: str, width: int = 240, height: int = 150) -> QPixmap:
    """Three friendly name tiles and a plus: 'your tile will be here'."""
    colours, avatars = tokens(theme), AVATARS.get(theme, TILE_COLOURS)
    pixmap = QPixmap(width, height)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    ring = AVATAR_TEXT if len(avatars) == 1 else None
    for index, (x, letters) in enumerate(((20, "A"), (90, "B"), (160, "C"))):
        card = QRectF(x - 8, 22, 76, 104)
        painter.setBrush(QColor(colours["surface"]))
        painter.setPen(QPen(QColor(colours["card_border"]), 2))
        painter.drawRoundedRect(card, 12, 12)
        _draw_avatar(painter, QRectF(x + 2, 34, 56, 56), avatars[(index * 3) % len(avatars)], ring, letters)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours["card_border"]))
        painter.drawRoundedRect(QRectF(x + 6, 100, 48, 8), 4, 4)
    badge = QRectF(width - 54, 0, 46, 46)
    painter.setBrush(QColor(colours["accent"]))
    painter.setPen(QPen(QColor(colours["window"]), 3))
    painter.drawEllipse(badge)
    painter.setPen(QPen(QColor(colours["on_accent"]), 4, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    centre = badge.center()
    painter.drawLine(int(centre.x() - 10), int(centre.y()), int(centre.x() + 10), int(centre.y()))
    painter.drawLine(int(centre.x()), int(centre.y() - 10), int(centre.x()), int(centre.y() + 10))
    painter.end()
    return pixmap


class ProfilePicker(QWidget):
    """Emits profileChosen(profile) or newProfileRequested(name)."""

    profileChosen = Signal(object)
    newProfileRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._theme = "light"
        self._profiles: list[Profile] = []
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 24, 24, 16)
        column_widget = QWidget()
        column_widget.setMaximumWidth(MAX_COLUMN_WIDTH)
        outer.addStretch(1)  # centred by stretches (see lesson_view: alignment breaks wrapped text)
        outer.addWidget(column_widget, 100)
        outer.addStretch(1)
        layout = QVBoxLayout(column_widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        title = QLabel(self.tr("Who's learning?"))
        title.setObjectName("pickerTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.hint = QLabel(self.tr("Pick your name. New here? Type your name at the bottom."))
        self.hint.setObjectName("pickerHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
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
        self.tiles.setIconSize(QSize(TILE_ICON, TILE_ICON))
        self.tiles.setGridSize(TILE_GRID)
        self.tiles.setResizeMode(QListView.ResizeMode.Adjust)
        self.tiles.setMovement(QListView.Movement.Static)
        self.tiles.setWordWrap(True)
        self.tiles.setSpacing(6)
        self.tiles.setUniformItemSizes(True)
        self.tiles.installEventFilter(self)  # a new text size: tiles that hold two lines of the name at it
        self.tiles.itemActivated.connect(self._activated)
        self.tiles.itemClicked.connect(self._activated)
        self._last_chosen = None
        layout.addWidget(self.tiles, 1)
        self.empty_state = self._build_empty_state()
        layout.addWidget(self.empty_state, 1)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_name = QLineEdit()
        self.new_name.setPlaceholderText(self.tr("New learner's name"))
        self.new_name.setAccessibleName(self.tr("New learner's name"))
        self.new_name.setMaxLength(60)
        self.new_name.returnPressed.connect(self._add)
        row.addWidget(self.new_name, 1)
        self.avatar_box = CalmComboBox()
        self.avatar_box.setAccessibleName(self.tr("Picture for the new learner"))
        self.avatar_box.setToolTip(self.tr("Your initials, or a picture to find your tile quickly"))
        self.avatar_box.addItem(self.tr("Initials"), "")
        for emoji in AVATAR_CHOICES:
            self.avatar_box.addItem(emoji, emoji)
        row.addWidget(self.avatar_box)
        self.add_button = ActionButton(self.tr("Add learner"), primary=True)
        self.add_button.setAccessibleName(self.tr("Add a new learner"))
        self.add_button.clicked.connect(self._add)
        row.addWidget(self.add_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)

    def _build_empty_state(self) -> QWidget:
        box = QWidget()
        box.setObjectName("emptyState")
        column = QVBoxLayout(box)
        column.addStretch(1)
        self.empty_picture = QLabel()
        self.empty_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_picture.setAccessibleName(self.tr("Picture: name tiles and a plus sign"))
        column.addWidget(self.empty_picture)
        heading = QLabel(self.tr("No learners yet"))
        heading.setObjectName("emptyStateTitle")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(heading)
        self.empty_text = QLabel(self.tr("Type your name below and press Enter to start. "
                                         "Your tile will be here next time."))
        self.empty_text.setObjectName("emptyStateText")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        column.addWidget(self.empty_text)
        column.addStretch(2)
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if watched is self.tiles and event.type() == QEvent.Type.FontChange:
            self._fit_tiles()
        return super().eventFilter(watched, event)

    def _fit_tiles(self) -> None:
        """Tiles that hold every name whole on at most two lines at the text size in use: taller by two of its
        lines, and wider when a name's longest word needs it."""
        font = self.tiles.font()
        metrics = QFontMetrics(font)
        names = max((narrowest_width(profile.name, metrics, 2) for profile in self._profiles), default=0)
        width = min(max(TILE_GRID.width(), names + TILE_BESIDE_TEXT), 2 * TILE_GRID.width())
        grid = QSize(width, max(TILE_GRID.height(), TILE_AROUND_TEXT + 2 * metrics.lineSpacing()))
        if grid != self.tiles.gridSize():
            self.tiles.setGridSize(grid)
        for row in range(self.tiles.count()):
            self.tiles.item(row).setSizeHint(grid - QSize(12, 12))

    def set_theme(self, theme: str) -> None:
        """Avatars and the empty-state picture are pictures: draw them again in the theme's colours."""
        self._theme = theme
        self.empty_picture.setPixmap(empty_state_picture(theme))
        for row in range(self.tiles.count()):
            item = self.tiles.item(row)
            item.setIcon(avatar_icon(item.data(PROFILE_ROLE), theme=theme))

    def set_profiles(self, profiles: list[Profile]) -> None:
        self._last_chosen = None
        self._profiles = list(profiles)
        self.tiles.clear()
        for profile in profiles:
            item = QListWidgetItem(avatar_icon(profile, theme=self._theme), profile.name)
            item.setData(PROFILE_ROLE, profile)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, profile.name)
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            item.setToolTip(profile.name)
            self.tiles.addItem(item)
        self._fit_tiles()  # the name wraps inside the whole tile
        if self.empty_picture.pixmap().isNull():
            self.empty_picture.setPixmap(empty_state_picture(self._theme))
        self.tiles.setVisible(bool(profiles))
        self.empty_state.setVisible(not profiles)
        self.hint.setVisible(bool(profiles))
        self.search.setVisible(len(profiles) > 8)
        self.search.clear()
        if profiles:
            self.tiles.setCurrentRow(0)

    def focus_first(self) -> None:
        """Where typing helps: the new name on a first start, the search in a long list, else the tiles."""
        if not self._profiles:
            self.new_name.setFocus()
        elif self.search.isVisibleTo(self):
            self.search.setFocus()
        else:
            self.tiles.setFocus()

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
