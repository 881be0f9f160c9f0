"""WeekCanvas: the week's time grid (hours down the side, a column per day) and its blocks.

It draws from the BlockModel with the pure geometry of `app.model.week_layout` (the grid
itself in `week_drawing`, each block with BlockPainter) and hands the mouse and the keys to
BlockGestures, and cards dragged from the matrix to TaskDrops; both turn what the user did into
Board operations.

Signals:
    editRequested(int): open the editor for this block id.
    message(str): a short note for the status bar.
"""

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QMimeData, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QScrollArea, QWidget

from app.model.block import TimeBlock
from app.model.task import Task
from app.model.week import Week
from app.model.week_layout import Grid, Placed, Span, arrange_week
from app.ui.board import Board
from app.ui.calendar import week_access
from app.ui.calendar.block_gestures import BlockGestures, Hit
from app.ui.calendar.block_model import BlockModel
from app.ui.calendar.block_painter import BlockPainter
from app.ui.calendar.task_drops import TaskDrops
from app.ui.calendar.week_drawing import GUTTER, paint_grid, paint_now, preview_rects
from app.ui.translation import translate

EDGE = 5  # pixels at a block's top and bottom that resize it
_FOLLOW_MARGIN = 24  # pixels from the visible edge at which a drag scrolls the hours


class WeekCanvas(QWidget):
    editRequested = Signal(int)
    message = Signal(str)

    def __init__(self, board: Board, model: BlockModel) -> None:
        super().__init__()
        self.setObjectName("week-grid")
        self.setAccessibleName(translate("Calendar", "Week grid"))
        self.setAccessibleDescription(translate("WeekGrid", week_access.GRID_DESCRIPTION))
        week_access.install(_accessible)
        self.access: week_access.GridAccess | None = None  # made when a reader first asks
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.model = model
        self.hour_height = 44.0
        self.working_hours = (8 * 60, 18 * 60)
        self.selected: int | None = None
        self._painter = BlockPainter(self.font())
        self._placed: list[tuple[QRectF, Placed, TimeBlock]] | None = None
        self._gestures = BlockGestures(self, board)
        self._drops = TaskDrops(self, board)
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        # While the window's filter is on: whether a block is faded (it does not match).
        self.faded: Callable[[TimeBlock, Task | None], bool] | None = None
        model.layoutNeeded.connect(self.relayout)

    def set_faded(self, faded: Callable[[TimeBlock, Task | None], bool] | None) -> None:
        self.faded = faded
        self.update()

    # -- geometry ---------------------------------------------------------------------------------

    @property
    def week(self) -> Week:
        return self.model.week

    def grid(self) -> Grid:
        return Grid(GUTTER, 0.0, max((self.width() - GUTTER) / 7, 1.0), self.hour_height)

    def set_hour_height(self, height: float) -> None:
        self.hour_height = height
        self.setFixedHeight(round(24 * height) + 1)
        self.relayout()

    def relayout(self) -> None:
        self._placed = None
        self.update()
        week_access.tell_blocks_changed(self)
        if self.selected is not None:  # a moved block: a reader says where it is now
            week_access.tell_selected(self)

    def placed(self) -> list[tuple[QRectF, Placed, TimeBlock]]:
        """Each drawn piece of a block with its rectangle; made again only after a change."""
        if self._placed is None:
            grid = self.grid()
            # all-day blocks have their own row above the hours (AllDayRow)
            by_id = {block.id: block for block in self.model.blocks() if not block.all_day}
            self._placed = [
                (QRectF(*grid.rect(placed)), placed, by_id[placed.segment.block_id])
                for placed in arrange_week(by_id.values(), self.week)
            ]
        return self._placed

    def block_rect(self, block_id: int) -> QRectF | None:
        """Where the (first piece of the) block is drawn, for tests and for the editor."""
        return next((rect for rect, _p, b in self.placed() if b.id == block_id), None)

    def block_at(self, point: QPointF) -> int | None:
        """The id of the block drawn at `point`, if any."""
        hit = self.hit(point)
        return hit[2].id if hit is not None else None

    def point_at(self, day: int, minutes: float) -> QPointF:
        """The middle of day `day`'s column at `minutes` after midnight."""
        grid = self.grid()
        return QPointF(grid.x(day) + grid.day_width / 2, grid.y(minutes))

    def hit(self, point: QPointF) -> Hit | None:
        """The block piece under `point`, and whether it is at its top or bottom edge."""
        for rect, placed, block in reversed(self.placed()):
            if not rect.adjusted(0, -2, 0, 2).contains(point):
                continue
            segment = placed.segment
            edge = min(EDGE, rect.height() / 4)  # a short block keeps a middle to move it by
            if segment.starts_here and point.y() <= rect.top() + edge:
                return "top", placed, block
            if segment.ends_here and point.y() >= rect.bottom() - edge:
                return "bottom", placed, block
            return "move", placed, block
        return None

    def follow(self, point: QPointF) -> None:
        """Scroll the hours along when a drag reaches the top or bottom of what is visible."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureVisible(round(point.x()), round(point.y()), 0, _FOLLOW_MARGIN)

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        clip = QRectF(event.rect())
        grid, week = self.grid(), self.week
        fonts = (self._painter.meta_font, self._painter.meta_metrics)
        size = (self.width(), self.height())
        paint_grid(painter, grid, event.rect(), size, week, self.working_hours, self.now(), fonts)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        moving = self._gestures.moving()
        for rect, placed, block in self.placed():
            if not rect.intersects(clip):
                continue
            task = self.model.linked(block)
            if block.id == moving:
                painter.setOpacity(0.35)
            elif self.faded is not None and self.faded(block, task):
                painter.setOpacity(0.25)
            self._painter.paint(
                painter,
                rect,
                block,
                task,
                week.zone,
                selected=block.id == self.selected,
                continued=not placed.segment.starts_here,
            )
            painter.setOpacity(1.0)
        for preview in self.previews():
            for rect, continued in preview_rects(preview, grid, week):
                self._painter.paint(
                    painter, rect, preview, self.model.linked(preview), week.zone,
                    ghost=True, continued=continued,
                )  # fmt: skip
        paint_now(painter, grid, week, self.now())

    def previews(self) -> list[TimeBlock]:
        """Blocks not stored yet: where a gesture or a drop would put them."""
        return self._gestures.previews() or self._drops.previews

    def update_previews(self, before: list[TimeBlock]) -> None:
        """Repaint only where the previews were and are (a move event must be quick)."""
        area = QRectF()
        grid = self.grid()
        for block in before + self.previews():
            for rect, _continued in preview_rects(block, grid, self.week):
                area = area.united(rect)
        self.update(area.toAlignedRect().adjusted(-3, -3, 3, 3))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._placed = None
        self._painter.forget_text()

    # -- selection --------------------------------------------------------------------------------

    def select(self, block_id: int | None) -> None:
        if block_id != self.selected:
            self.selected = block_id
            self.update()
            week_access.tell_selected(self)

    def cancel_gesture(self) -> None:
        """Forget a drag going on and a block being titled (the week on show changes)."""
        self._gestures.cancel()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab step through the week's blocks in time order, then on out of the
        grid, so the calendar works without a mouse and never traps the focus."""
        blocks = self.model.blocks()
        ids = [block.id for block in blocks]
        if self.selected in ids:
            index = ids.index(self.selected) + (1 if next else -1)
        else:
            index = 0 if next else len(ids) - 1
        if self.hasFocus() and 0 <= index < len(ids):
            self.select(ids[index])
            return True
        self.select(None)
        return super().focusNextPrevChild(next)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        week_access.tell_selected(self)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- the mouse and the keys: BlockGestures ----------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self._gestures.press(event):
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._gestures.move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._gestures.release()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._gestures.double_click(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._gestures.tooltip(event)
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self._gestures.context_menu(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._gestures.key(event):
            super().keyPressEvent(event)

    # -- cards dropped from the matrix: TaskDrops -------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self._drops.enter(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        self._drops.move(event)

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drops.leave()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drops.drop(event)

    def drop(self, data: QMimeData, point: QPointF) -> list[int]:
        """Block time for the tasks in a drag payload, the first one starting at `point`;
        the new blocks' ids."""
        return self._drops.drop_payload(data, point)

    def schedule_in_free_time(self, tasks: list[Task]) -> list[int]:
        """Block time for `tasks` in the first free working hours of the week, from now on."""
        return self._drops.schedule_in_free_time(tasks)

    def schedule(self, tasks: list[Task], spans: list[Span]) -> list[int]:
        """Block time for `tasks` at `spans` (fewer spans: the day was full for the rest)."""
        return self._drops.schedule(tasks, spans)


def _accessible(_class_name: str, widget: QObject) -> week_access.GridAccess | None:
    """Qt's question, for each object a reader looks at: is it a grid, with blocks inside?"""
    if not isinstance(widget, WeekCanvas):
        return None
    widget.access = week_access.GridAccess(widget, widget.accessibleName())
    return widget.access
