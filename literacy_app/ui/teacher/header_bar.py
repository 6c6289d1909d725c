"""The teacher view's header buttons, made to share one row with the tabs.

Beside the tabs, the buttons that do not fit go into a "More" menu (first those named in `fold_first`,
such as "Leave teacher mode", which the toolbar also offers; then from the right). Where even that leaves
too little, the header takes a row of its own above the tabs, every button in sight."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QMenu, QPushButton, QWidget

MARGIN_LEFT = 8
MIN_SHOWN = 2  # fewer buttons than this beside the tabs, and the header is better on its own row


class TeacherHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teacherHeader")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN_LEFT, 0, 0, 2)
        layout.setSpacing(6)
        layout.addStretch(1)  # on a row of its own, the buttons keep to the right
        self.fold_first: list[QAbstractButton] = []
        self.folded: list[QAbstractButton] = []
        self.more_button = QPushButton(self.tr("More…"))
        self.more_button.setAccessibleName(self.tr("More teacher actions"))
        self.more_menu = QMenu(self.more_button)
        self.more_menu.aboutToShow.connect(self._fill_more)
        self.more_button.setMenu(self.more_menu)
        self.more_button.hide()

    def buttons(self) -> list[QAbstractButton]:
        """The header's buttons, left to right (whoever added them), "More" aside."""
        layout = self.layout()
        widgets = (layout.itemAt(index).widget() for index in range(layout.count()))
        return [w for w in widgets if isinstance(w, QAbstractButton) and w is not self.more_button]

    def width_for(self, buttons: list[QAbstractButton]) -> int:
        hints = [button.sizeHint().width() for button in buttons]
        return sum(hints) + self.layout().spacing() * max(len(hints) - 1, 0) + MARGIN_LEFT

    def fit(self, room: int) -> bool:
        """Show the buttons that fit in `room` pixels and fold the rest into "More"; False (and every button
        shown) when fewer than MIN_SHOWN would be left."""
        buttons = self.buttons()
        if self.layout().indexOf(self.more_button) < 0:
            self.layout().addWidget(self.more_button)  # last: after any button added since
        order = [b for b in self.fold_first if b in buttons] + [b for b in reversed(buttons)
                                                               if b not in self.fold_first]
        folded: list[QAbstractButton] = []
        while self.width_for([b for b in buttons if b not in folded] + ([self.more_button] if folded else [])) > room:
            if len(folded) == len(order):
                break
            folded.append(order[len(folded)])
        shown = [b for b in buttons if b not in folded]
        if len(shown) < MIN_SHOWN or self.width_for(shown + ([self.more_button] if folded else [])) > room:
            self.unfold()
            return False
        self.folded = folded
        for button in buttons:
            button.setVisible(button not in folded)
        self.more_button.setVisible(bool(folded))
        return True

    def unfold(self) -> None:
        self.folded = []
        for button in self.buttons():
            button.show()
        self.more_button.hide()

    def _fill_more(self) -> None:
        """The folded buttons as menu entries, enabled as the buttons are now."""
        self.more_menu.clear()
        for button in self.buttons():
            if button not in self.folded:
                continue
            menu = button.menu() if isinstance(button, QPushButton) else None
            if menu is not None:  # a button that opens a menu becomes a submenu
                menu.setTitle(button.text())
                self.more_menu.addMenu(menu)
                continue
            action = self.more_menu.addAction(button.text(), button.click)
            action.setToolTip(button.toolTip())
            action.setEnabled(button.isEnabled())
