"""What the user sees in the window, and where on the screen it is.

Points are global screen coordinates, ready for xdotool (Xvfb has a device pixel ratio of 1).
"""

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QLabel, QWidget

from app.model.quadrant import Quadrant
from app.ui.matrix.lane_view import LaneView
from app.ui.shell.main_window import MainWindow


def lane(window: MainWindow, quadrant: Quadrant) -> LaneView:
    """A lane's list of cards, found by its objectName."""
    name = "inbox" if quadrant is Quadrant.INBOX else f"quadrant-{quadrant.value}"
    found = window.findChild(LaneView, name)
    assert isinstance(found, LaneView), name
    return found


def titles_in(view: LaneView) -> list[str]:
    """The card titles shown in a lane, top to bottom."""
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def header_count(window: MainWindow, quadrant: Quadrant) -> str:
    """The number in the lane's header."""
    label = window.findChild(QLabel, f"lane-count-{quadrant.value}")
    assert isinstance(label, QLabel), quadrant
    return label.text()


def on_card(view: LaneView, row: int, height_fraction: float = 0.5) -> QPoint:
    """A point on the card in `row`, `height_fraction` of the way down it."""
    rect = view.visualRect(view.model().index(row, 0))
    assert rect.isValid(), (view.objectName(), row)
    assert view.viewport().rect().contains(rect.center()), f"row {row} is scrolled out of view"
    y = rect.top() + round(rect.height() * height_fraction)
    return view.viewport().mapToGlobal(QPoint(rect.center().x(), y))


def below_cards(view: LaneView) -> QPoint:
    """A point in the empty space under a lane's last card."""
    viewport = view.viewport().rect()
    rows = view.model().rowCount()
    last = view.visualRect(view.model().index(rows - 1, 0)) if rows else None
    assert last is None or last.bottom() < viewport.bottom() - 40, "no empty space in the lane"
    return view.viewport().mapToGlobal(QPoint(viewport.center().x(), viewport.bottom() - 20))


def on_grid(window: MainWindow, day: int, minutes: float) -> QPoint:
    """The middle of a day's column in the week grid, at `minutes` after midnight."""
    canvas = window.calendar.canvas
    point = canvas.point_at(day, minutes).toPoint()
    return _visible(canvas, point)


def on_block(window: MainWindow, block_id: int, where: str = "middle") -> QPoint:
    """A point on a block: its "middle", or just inside its "top" or "bottom" edge."""
    canvas = window.calendar.canvas
    rect = canvas.block_rect(block_id)
    assert rect is not None, f"block {block_id} is not shown"
    y = {"middle": rect.center().y(), "top": rect.top() + 2, "bottom": rect.bottom() - 2}[where]
    return _visible(canvas, QPoint(round(rect.center().x()), round(y)))


def _visible(canvas: QWidget, point: QPoint) -> QPoint:
    viewport = canvas.parentWidget()
    assert viewport is not None
    inside = canvas.mapTo(viewport, point)
    assert viewport.rect().contains(inside), "that time is scrolled out of view"
    return canvas.mapToGlobal(point)
