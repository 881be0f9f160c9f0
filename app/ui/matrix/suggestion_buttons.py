"""The two small buttons a card with an urgency suggestion carries at the end of its second
line: **→ Do** (accept: one undoable move, as U does) and **✕** (dismiss, as Shift+U does).

Only the geometry, painting and hit-testing live here; `CardDelegate` places them and
`Suggesting` carries out a click. A Delegate suggestion ("follow-up is after the due date")
moves nothing, so it gets only ✕.
"""

from enum import Enum

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter

from app.model.urgency import Suggestion
from app.ui.shell import theme
from app.ui.translation import translate

_PAD_X = 6  # inside a button, each side of its text
_GAP = 4  # between the buttons, and before them


class Button(Enum):
    ACCEPT = "accept"
    DISMISS = "dismiss"

    def label(self, suggested: Suggestion) -> str:
        return f"→ {theme.lane_name(suggested.quadrant)}" if self is Button.ACCEPT else "✕"

    def tooltip(self, suggested: Suggestion) -> str:
        if self is Button.ACCEPT:
            lane = theme.lane_name(suggested.quadrant)
            return translate("Cards", "Move to {lane} (U)").format(lane=lane)
        return translate("Cards", "Dismiss the suggestion until the due date changes (Shift+U)")


def buttons(suggested: Suggestion, current_lane: object) -> tuple[Button, ...]:
    """The buttons for a suggestion on a card in `current_lane`."""
    if suggested.quadrant is current_lane:
        return (Button.DISMISS,)
    return (Button.ACCEPT, Button.DISMISS)


def places(
    line: QRect, suggested: Suggestion, lane: object, metrics: QFontMetrics
) -> dict[Button, QRect]:
    """Where each button for `suggested` on a card in `lane` sits: right-aligned on the card's
    second `line`."""
    found: dict[Button, QRect] = {}
    right = line.right()
    height = min(line.height() + 2, metrics.height() + 4)
    top = line.center().y() - height // 2 + 1
    for button in reversed(buttons(suggested, lane)):
        width = metrics.horizontalAdvance(button.label(suggested)) + 2 * _PAD_X
        found[button] = QRect(right - width + 1, top, width, height)
        right -= width + _GAP
    return found


def room_left(line: QRect, placed: dict[Button, QRect]) -> int:
    """How wide the text before the buttons may be."""
    if not placed:
        return line.width()
    return min(rect.left() for rect in placed.values()) - _GAP - line.left()


def paint(
    painter: QPainter, placed: dict[Button, QRect], suggested: Suggestion, hovered: QPoint | None
) -> None:
    """Draw the buttons: Move filled in the colour of where it moves to, ✕ outlined."""
    colours = theme.shown()
    accent = QColor(colours.lane(suggested.quadrant).accent)
    for button, rect in placed.items():
        over = hovered is not None and rect.contains(hovered)
        if button is Button.ACCEPT:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.blend(colours.text, accent, 0.15) if over else accent)
            text = QColor(colours.on_accent)
        else:
            painter.setPen(theme.blend(colours.text, colours.card_border, 0.3 if over else 0.1))
            painter.setBrush(QColor(colours.card_border if over else colours.card))
            text = QColor(colours.muted)
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 4, 4)
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, button.label(suggested))


def hit(placed: dict[Button, QRect], point: QPoint) -> Button | None:
    return next((button for button, rect in placed.items() if rect.contains(point)), None)
