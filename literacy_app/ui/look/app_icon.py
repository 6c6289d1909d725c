"""The application icon (assets/literacy-app-SIZE.png, drawn from assets/literacy-app.svg by tools/make_icons.py)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from literacy_app.resources import asset_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE_NAME = "literacy-app"  # packaging/literacy-app.desktop: lets the desktop match window and menu entry


def app_icon() -> QIcon:
    """The icon in every size drawn; a size is decoded only when it is first shown."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(asset_path(f"literacy-app-{size}.png")), QSize(size, size))
    return icon
