"""The application's look: one style sheet built from the theme's colour tokens and the chosen text size.

Native widgets are styled, never painted over: they stay what screen readers and the keyboard rely on.
Every font size is a multiple of the base size, so A+ enlarges titles, labels and post text alike.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from PySide6.QtGui import QFont, QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from literacy_app.ui.lazy_qt import Qt
from literacy_app.ui.look.palette import THEME_NAMES, tokens
from literacy_app.ui.look.theme import palette_for

DEFAULT_FONT_PT = 12.0
# the toolbar keeps one size: at 200% text its buttons (A+, A-, 100%) must still fit an 800 px window
TOOLBAR_FONT_PT = 11.0

# type scale: multiples of the base text size
SCALE = {"display": 2.0, "title": 1.6, "heading": 1.2, "post": 1.1, "body": 1.0, "small": 0.92}
# spacing scale (px): 4, 8, 12, 16, 24
SPACE = (4, 8, 12, 16, 24)
LIST_ITEM_PADDING_X = 4  # left and right of a row's text in the lesson list (px); its rows are measured with it

# given to a QApplication when it is made, so Fusion is its style from the start: choosing it later through
# setStyle() hands Python a QStyle, and PySide6 then builds QStyle's eleven enums (560 members) before the
# first paint
FUSION_ARGUMENTS = ["-style", "Fusion"]

# Qt's cache of what styles draw (check marks and arrows at a size, frames): enough for the look in use, with room
# to spare; Qt's default of 10 MB mostly kept drawings for text sizes and themes no longer on screen. A window's
# repaint takes as long with 256 KB (measured on the feed step)
PIXMAP_CACHE_KB = 3072

# letters fitted to whole pixels, as Windows draws them on a 96 DPI screen: crisper on a school lab's low-DPI
# screens on every system. Lighter hinting (the usual setting under Linux) places letters on quarter pixels, so
# Qt keeps up to four drawings of each letter at each text size; over a day of learners changing the text size
# those drawings held 4-5 MB (measured in the soak benchmark)
TEXT_HINTING = QFont.HintingPreference.PreferFullHinting

_state = {"theme": "light", "font_pt": DEFAULT_FONT_PT}
_image_dir: Path | None = None
_fusion_chosen = False


def current_theme() -> str:
    return _state["theme"]


def current_font_pt() -> float:
    return float(_state["font_pt"])


def _images(colours: dict[str, str]) -> dict[str, str]:
    """Small SVG pictures the style sheet needs (check mark, drop-down arrow), in the theme's colours."""
    global _image_dir
    if _image_dir is None:
        _image_dir = Path(tempfile.mkdtemp(prefix="literacy-app-look-"))
        atexit.register(shutil.rmtree, _image_dir, True)
    pictures = {
        "check": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 18 18"><path d="M3.5 9.5l3.5 3.5 7.5-8" '
                  'fill="none" stroke="{0}" stroke-width="2.6" stroke-linecap="round" stroke-linejoin="round"/></svg>',
                  colours["on_accent"]),
        "arrow": ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 8"><path d="M1 1.5l5 5 5-5" fill="none" '
                  'stroke="{0}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg>',
                  colours["text"]),
    }
    paths = {}
    for name, (template, colour) in pictures.items():
        path = _image_dir / f"{name}-{colour.lstrip('#')}.svg"
        if not path.exists():
            path.write_text(template.format(colour), encoding="utf-8")
        paths[name] = path.as_posix()
    return paths


def build_style(theme: str, font_pt: float) -> str:
    """The whole style sheet for a theme and a base text size (points)."""
    c = tokens(theme)
    size = {name: f"{font_pt * factor:.1f}pt" for name, factor in SCALE.items()}
    pictures = _images(c)
    return f"""
QMainWindow, QDialog {{ background: {c['window']}; }}
QToolTip {{ background: {c['tooltip']}; color: {c['on_tooltip']}; border: 1px solid {c['card_border']}; padding: 4px; }}
QMenuBar {{ background: {c['surface']}; color: {c['text']}; }}
QMenuBar::item:selected {{ background: {c['surface_alt']}; }}
QMenu {{ background: {c['surface']}; color: {c['text']}; border: 1px solid {c['card_border']}; }}
QMenu::item:selected {{ background: {c['accent']}; color: {c['on_accent']}; }}
QMenu::item:disabled {{ color: {c['disabled_text']}; }}
QStatusBar {{ background: {c['surface']}; color: {c['text']}; border-top: 1px solid {c['card_border']}; }}
QToolBar {{ background: {c['surface']}; border: none; border-bottom: 1px solid {c['card_border']};
    padding: 2px 6px; spacing: 2px; font-size: {TOOLBAR_FONT_PT:.0f}pt; }}
QToolBar QToolButton {{ color: {c['text']}; border: 2px solid transparent; border-radius: 8px; padding: 3px 6px;
    font-size: {TOOLBAR_FONT_PT:.0f}pt; }}
QToolBar QToolButton:hover {{ background: {c['surface_alt']}; }}
QToolBar QToolButton:focus {{ border-color: {c['focus']}; }}
QToolBar QToolButton:disabled {{ color: {c['disabled_text']}; }}

QPushButton {{ background: {c['surface']}; color: {c['text']}; border: 1px solid {c['control_border']};
    border-radius: 8px; padding: 6px 14px; }}
QPushButton:hover {{ background: {c['surface_alt']}; }}
QPushButton:pressed {{ background: {c['surface_alt']}; border-color: {c['accent']}; }}
QPushButton:focus {{ border: 3px solid {c['focus']}; padding: 4px 12px; }}
QPushButton:disabled {{ background: {c['disabled_fill']}; color: {c['disabled_text']};
    border: 1px dashed {c['disabled_text']}; }}
QPushButton[kind="primary"] {{ background: {c['accent']}; color: {c['on_accent']}; border: 1px solid {c['accent']};
    font-weight: 600; }}
QPushButton[kind="primary"]:hover {{ background: {c['accent_hover']}; }}
QPushButton[kind="primary"]:focus {{ border: 3px solid {c['focus']}; padding: 4px 12px; }}
QPushButton[kind="primary"]:disabled {{ background: {c['disabled_fill']}; color: {c['disabled_text']};
    border: 1px dashed {c['disabled_text']}; font-weight: normal; }}
QPushButton QLabel {{ color: {c['text']}; background: transparent; }}
QPushButton QLabel:disabled {{ color: {c['disabled_text']}; }}

QLineEdit, QPlainTextEdit, QComboBox, QSpinBox {{ background: {c['surface']}; color: {c['text']};
    border: 1px solid {c['control_border']}; border-radius: 6px; padding: 4px 8px;
    selection-background-color: {c['accent']}; selection-color: {c['on_accent']}; }}
QLineEdit:focus, QPlainTextEdit:focus, QComboBox:focus, QSpinBox:focus {{ border: 3px solid {c['focus']};
    padding: 2px 6px; }}
QLineEdit:disabled, QComboBox:disabled, QPlainTextEdit:disabled {{ color: {c['disabled_text']};
    background: {c['disabled_fill']}; border-style: dashed; }}
QComboBox::drop-down {{ border: none; width: 24px; }}
QComboBox::down-arrow {{ image: url({pictures['arrow']}); width: 12px; height: 8px; }}
QComboBox QAbstractItemView {{ background: {c['surface']}; color: {c['text']}; border: 1px solid {c['control_border']};
    selection-background-color: {c['accent']}; selection-color: {c['on_accent']}; }}

QCheckBox, QRadioButton {{ color: {c['text']}; spacing: 8px; background: transparent; }}
QCheckBox:disabled, QRadioButton:disabled {{ color: {c['text']}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 18px; height: 18px; background: {c['surface']};
    border: 2px solid {c['control_border']}; }}
QCheckBox::indicator {{ border-radius: 5px; }}
QRadioButton::indicator {{ border-radius: 11px; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ width: 16px; height: 16px;
    border: 3px solid {c['focus']}; }}
QCheckBox::indicator:checked {{ background: {c['accent']}; border-color: {c['accent']};
    image: url({pictures['check']}); }}
QRadioButton::indicator:checked {{ border-color: {c['accent']}; background: qradialgradient(cx: 0.5, cy: 0.5,
    radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {c['on_accent']}, stop: 0.38 {c['on_accent']}, stop: 0.45 {c['accent']},
    stop: 1 {c['accent']}); }}
QCheckBox::indicator:checked:focus, QRadioButton::indicator:checked:focus {{ border-color: {c['focus']}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ background: {c['disabled_fill']};
    border: 2px dashed {c['disabled_text']}; }}
QCheckBox::indicator:checked:disabled {{ background: {c['disabled_text']}; border: 2px solid {c['disabled_text']};
    image: url({pictures['check']}); }}
QRadioButton::indicator:checked:disabled {{ border: 2px solid {c['disabled_text']}; background: qradialgradient(
    cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5, stop: 0 {c['on_accent']}, stop: 0.38 {c['on_accent']},
    stop: 0.45 {c['disabled_text']}, stop: 1 {c['disabled_text']}); }}

QProgressBar {{ background: {c['surface_alt']}; border: 1px solid {c['control_border']}; border-radius: 5px;
    max-height: 10px; min-height: 10px; }}
QProgressBar::chunk {{ background: {c['accent']}; border-radius: 4px; }}
QScrollBar:vertical {{ background: {c['surface_alt']}; width: 14px; margin: 0; }}
QScrollBar:horizontal {{ background: {c['surface_alt']}; height: 14px; margin: 0; }}
QScrollBar::handle {{ background: {c['control_border']}; border-radius: 5px; margin: 2px; }}
QScrollBar::handle:vertical {{ min-height: 32px; }}
QScrollBar::handle:horizontal {{ min-width: 32px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}

#lessonList {{ background: {c['surface']}; color: {c['text']}; border: none;
    border-right: 1px solid {c['card_border']}; }}
#lessonList::item {{ padding: 5px {LIST_ITEM_PADDING_X}px; }}
#lessonList::item:selected {{ background: {c['accent']}; color: {c['on_accent']}; }}
#lessonList:focus {{ border: 2px solid {c['focus']}; }}

#pickerTitle {{ font-size: {size['display']}; font-weight: 700; color: {c['text']}; }}
#pickerHint, #emptyStateText {{ color: {c['muted']}; font-size: {size['body']}; }}
#emptyStateTitle {{ font-size: {size['heading']}; font-weight: 700; color: {c['text']}; }}
#profileTiles {{ background: transparent; border: none; outline: 0;
    font-size: {size['body']}; color: {c['text']}; }}
#profileTiles::item {{ background: {c['surface']}; color: {c['text']}; border: 1px solid {c['card_border']};
    border-radius: 16px; padding: 10px 4px 8px 4px; margin: 4px; }}
#profileTiles::item:hover {{ border: 2px solid {c['control_border']}; }}
#profileTiles::item:selected {{ background: {c['surface']}; color: {c['text']}; border: 3px solid {c['accent']}; }}
#profileTiles::item:focus {{ border: 3px solid {c['focus']}; }}

#lessonTitle {{ font-size: {size['title']}; font-weight: 700; color: {c['text']}; }}
#stepLabel {{ font-size: {size['body']}; font-weight: 600; color: {c['muted']}; }}
#activityKind {{ font-size: {size['small']}; font-weight: 700; color: {c['muted']}; letter-spacing: 1px; }}

#questionCard, #scenarioCard, #reflectionCard, #postCard {{ background: {c['surface']};
    border: 1px solid {c['card_border']}; border-radius: 12px; }}
#questionCard[state="due"] {{ border-left: 6px solid {c['due']}; }}
#questionCard[state="correct"] {{ border-left: 6px solid {c['correct']}; }}
#questionCard[state="partial"] {{ border-left: 6px solid {c['partial']}; }}
#questionCard[state="wrong"] {{ border-left: 6px solid {c['wrong']}; }}
#questionCounter {{ color: {c['muted']}; font-size: {size['small']}; font-weight: 600; }}
#questionPrompt, #scenarioTitle {{ font-size: {size['heading']}; font-weight: 700; color: {c['text']}; }}
#stateBadge {{ border-radius: 9px; padding: 1px 8px; font-size: {size['small']}; font-weight: 700;
    border: 1px solid {c['control_border']}; color: {c['muted']}; }}
#stateBadge[state="due"] {{ color: {c['due']}; border-color: {c['due']}; }}
#stateBadge[state="correct"] {{ color: {c['correct']}; border-color: {c['correct']}; }}
#stateBadge[state="partial"] {{ color: {c['partial']}; border-color: {c['partial']}; }}
#stateBadge[state="wrong"] {{ color: {c['wrong']}; border-color: {c['wrong']}; }}
#resultLabel, #choiceFeedback, #postResult, #feedTotal, #quizScore {{ color: {c['text']}; }}
#resultLabel {{ font-weight: 700; }}
#resultLabel[state="correct"], #choiceFeedback[state="correct"] {{ color: {c['correct']}; }}
#resultLabel[state="partial"], #choiceFeedback[state="partial"] {{ color: {c['partial']}; }}
#resultLabel[state="wrong"], #choiceFeedback[state="wrong"] {{ color: {c['wrong']}; }}
#explanation, #hintLabel {{ background: {c['surface_alt']}; color: {c['text']}; border-radius: 8px; padding: 8px; }}
#quizScore, #feedTotal {{ font-weight: 700; }}

#scenarioFeedback {{ background: {c['surface_alt']}; color: {c['text']}; border-left: 5px solid {c['accent']};
    border-radius: 6px; padding: 8px; }}
#scenarioPath, #scenarioHistory {{ color: {c['muted']}; font-style: italic; }}

#postAvatar {{ color: {c['avatar_text']}; font-weight: 700; font-size: {size['body']}; }}
#postAuthor {{ font-weight: 700; color: {c['text']}; }}
#postHandle, #postCounts {{ color: {c['muted']}; font-size: {size['small']}; }}
#postText {{ font-size: {size['post']}; color: {c['text']}; }}
#cueQuestion {{ font-style: italic; color: {c['text']}; }}
#postResult {{ background: {c['surface_alt']}; border-radius: 8px; padding: 8px; }}
#postResult[state="correct"] {{ border-left: 5px solid {c['correct']}; }}
#postResult[state="partial"] {{ border-left: 5px solid {c['partial']}; }}
#postResult[state="wrong"] {{ border-left: 5px solid {c['wrong']}; }}
#reflectionCounter, #reflectionStatus {{ color: {c['muted']}; }}
"""


def apply_look(theme: str, font_pt: float) -> None:
    """Style the whole application for a theme and base text size (points)."""
    app = QApplication.instance()
    theme = theme if theme in THEME_NAMES else "light"
    _choose_fusion(app)
    QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)
    _state["theme"], _state["font_pt"] = theme, font_pt
    font = app.font()
    if font.pointSizeF() != font_pt or font.hintingPreference() != TEXT_HINTING:
        font.setPointSizeF(font_pt)
        font.setHintingPreference(TEXT_HINTING)
        app.setFont(font)
    palette = palette_for(theme)
    if app.palette() != palette:
        app.setPalette(palette)
    sheet = build_style(theme, font_pt)
    if app.styleSheet() != sheet:  # applying a sheet restyles every widget: only when something changed
        app.setStyleSheet(sheet)


def _choose_fusion(app: QApplication) -> None:
    """The same look on every system; the style sheet builds on it."""
    global _fusion_chosen
    if not _fusion_chosen:
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        _fusion_chosen = True


def apply_style(app: QApplication, made_with_fusion: bool = False) -> None:
    """The look before any setting is read: the default theme and text size.

    made_with_fusion: the application was made with FUSION_ARGUMENTS, so its style needs no checking.
    """
    global _fusion_chosen
    if made_with_fusion:
        _fusion_chosen = True
    _choose_fusion(app)
    apply_look(_state["theme"], app.font().pointSizeF() if app.font().pointSizeF() > 0 else DEFAULT_FONT_PT)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet to a widget again after a property its rules read has changed. A widget not
    polished yet (not shown yet: a step being built) takes the new value at its first polish; restyling it
    now would be wasted."""
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
