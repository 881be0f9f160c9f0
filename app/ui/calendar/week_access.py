"""What assistive technology finds in the week grid. The grid is painted, not made of widgets,
so it gets accessible children of its own: a list of the week's blocks in time order (the
order Tab steps through them), each named as a screen reader should say it — "Tuesday 09:00
to 10:30, Write strategy doc, focus, linked to a Defer task" — selected and focused as the
grid's selection is, and told of when it moves.

Qt builds these only while an assistive technology listens (the factory is asked on demand),
so without one nothing here runs. (PySide's type stubs say an interface's child, parent
object and window are never None; Qt takes None for "there is none", hence the ignores.)
"""

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import QObject, QPointF, QRect, QRectF
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from app.ui.calendar.block_model import BlockModel
from app.ui.translation import QT_TRANSLATE_NOOP, translate

GRID_DESCRIPTION = QT_TRANSLATE_NOOP(
    "WeekGrid",
    "The week's time blocks. Tab and Shift+Tab step through them; the arrow keys move the "
    "selected block by 15 minutes or a day, Shift+Up and Shift+Down make it shorter or "
    "longer, Enter edits it and Delete removes it. Drop a task here to block time for it.",
)


class Grid(Protocol):
    """What the accessible grid needs of the canvas (WeekCanvas)."""

    model: BlockModel
    selected: int | None

    def block_rect(self, block_id: int) -> QRectF | None: ...

    def block_at(self, point: QPointF) -> int | None: ...


class GridAccess(QAccessibleWidget):
    """The grid as a list whose items are its blocks, then any child widget (the field where
    a new block's title is typed)."""

    def __init__(self, canvas: QWidget, name: str) -> None:
        super().__init__(canvas, QAccessible.Role.List, name)
        self._canvas = canvas
        # Kept as long as the grid: Qt holds on to an item once a reader has seen it.
        self._items: dict[int, BlockAccess] = {}
        canvas.destroyed.connect(partial(_forget, self._items))

    def _grid(self) -> Grid:
        return self._canvas  # type: ignore[return-value]

    def item(self, block_id: int) -> "BlockAccess":
        if block_id not in self._items:
            self._items[block_id] = BlockAccess(self, block_id)
        return self._items[block_id]

    def _ids(self) -> list[int]:
        return [block.id for block in self._grid().model.blocks()]

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Description:
            return translate("WeekGrid", GRID_DESCRIPTION)
        return super().text(kind)

    def childCount(self) -> int:
        return len(self._ids()) + super().childCount()

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        ids = self._ids()
        if 0 <= index < len(ids):
            return self.item(ids[index])
        return super().child(index - len(ids)) if index >= len(ids) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        ids = self._ids()
        if isinstance(child, BlockAccess):
            return ids.index(child.block_id) if child.block_id in ids else -1
        index = super().indexOfChild(child)
        return index + len(ids) if index >= 0 else -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        point = QPointF(self._canvas.mapFromGlobal(QPointF(x, y)))
        block_id = self._grid().block_at(point)
        return self.item(block_id) if block_id is not None else super().childAt(x, y)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        selected = self._grid().selected
        if self._canvas.hasFocus() and selected is not None and selected in self._ids():
            return self.item(selected)
        return super().focusChild()


class BlockAccess(QAccessibleInterface):
    """One block of the grid, for a screen reader."""

    def __init__(self, grid: GridAccess, block_id: int) -> None:
        super().__init__()
        self._grid = grid
        self.block_id = block_id

    def _canvas(self) -> QWidget:
        widget = self._grid.widget()
        assert widget is not None
        return widget

    def _model(self) -> BlockModel:
        return self._canvas().model  # type: ignore[attr-defined]

    def isValid(self) -> bool:
        return self._model().block(self.block_id) is not None

    def object(self) -> QObject | None:  # type: ignore[override]
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._canvas().window().windowHandle()

    def rect(self) -> QRect:
        canvas = self._canvas()
        area = canvas.block_rect(self.block_id)  # type: ignore[attr-defined]
        if area is None:  # an all-day block: drawn in the row above the hours
            return QRect()
        return QRect(canvas.mapToGlobal(area.topLeft().toPoint()), area.size().toSize())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        canvas = self._canvas()
        chosen = canvas.selected == self.block_id  # type: ignore[attr-defined]
        state.focusable = True
        state.selectable = True
        state.selected = chosen
        state.focused = chosen and canvas.hasFocus()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        block = self._model().block(self.block_id)
        if block is None:
            return ""
        if kind == QAccessible.Text.Name:
            return self._model().spoken(block)
        if kind == QAccessible.Text.Description:
            return block.notes[:500]
        return ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass  # renamed in the block editor, not by a reader

    def parent(self) -> QAccessibleInterface:
        return self._grid

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None


def _forget(items: dict[int, BlockAccess], _destroyed: object = None) -> None:
    """The grid is gone: so are its items, from Qt's register of what readers have seen."""
    for item in items.values():
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(item))
    items.clear()


def tell_selected(canvas: QWidget) -> None:
    """The selected block changed (or moved): a reader says which it is now."""
    if not QAccessible.isActive():
        return
    access = QAccessible.queryAccessibleInterface(canvas)
    selected = canvas.selected  # type: ignore[attr-defined]
    if not isinstance(access, GridAccess) or selected is None:
        return
    item = access.item(selected)
    for kind in (QAccessible.Event.NameChanged, QAccessible.Event.Selection):
        QAccessible.updateAccessibility(QAccessibleEvent(item, kind))
    if canvas.hasFocus():
        QAccessible.updateAccessibility(QAccessibleEvent(item, QAccessible.Event.Focus))


def tell_blocks_changed(canvas: QWidget) -> None:
    """Blocks came, went or moved: readers read the list again."""
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleEvent(canvas, QAccessible.Event.ObjectReorder))


_installed: list[Callable[[str, QObject], QAccessibleInterface | None]] = []


def install(factory: Callable[[str, QObject], QAccessibleInterface | None]) -> None:
    """Give Qt the factory that makes a GridAccess for a grid (once per process)."""
    if factory not in _installed:
        QAccessible.installFactory(factory)
        _installed.append(factory)
