"""WeekCanvas: the week's time grid (hours down the side, a column per day) and its blocks.

It draws from the BlockModel with the pure geometry of `app.model.week_layout`, and turns
gestures into Board operations when the mouse is released, so a whole drag is one undo step:
drag over empty time to draw a block (then type its title), drag a block to move it (to another
day too), drag its top or bottom edge to resize it. Cards dragged from the matrix are dropped
here to block time for their tasks, which are looked up through the Board once per drag.

Signals:
    editRequested(int): open the editor for this block id.
    message(str): a short note for the status bar.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QEvent, QMimeData, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
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
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMenu,
    QScrollArea,
    QToolTip,
    QWidget,
)

from app.model.block import BLOCK_MAX, BlockDraft, BlockKind, TimeBlock
from app.model.errors import InvalidInput
from app.model.parsing import parse_title
from app.model.task import Task
from app.model.week import MINUTES_PER_DAY, Week, local_instant, wall_minutes
from app.model.week_layout import (
    SNAP_MINUTES,
    Grid,
    Placed,
    Span,
    arrange_week,
    drawn_span,
    moved_span,
    moved_start,
    resized_span,
    segments,
    snap,
    stacked_spans,
)
from app.ui.board import Board, sentence
from app.ui.calendar.block_model import BlockModel
from app.ui.calendar.block_painter import BlockPainter
from app.ui.drag_payload import TASK_IDS_MIME, decode_task_ids
from app.ui.shell import theme

GUTTER = 54  # the hour labels' column
EDGE = 5  # pixels at a block's top and bottom that resize it
DEFAULT_MINUTES = 60  # a dropped task without an estimate gets an hour
_FOLLOW_MARGIN = 24  # pixels from the visible edge at which a drag scrolls the hours


@dataclass
class _Gesture:
    kind: str  # "create", "move", "top" or "bottom"
    press: QPointF
    day: int
    minutes: float
    placed: Placed | None = None
    block: TimeBlock | None = None
    started: bool = False
    span: tuple[datetime, datetime] | None = None  # where it puts the block now


class WeekCanvas(QWidget):
    editRequested = Signal(int)
    message = Signal(str)

    def __init__(self, board: Board, model: BlockModel) -> None:
        super().__init__()
        self.setObjectName("week-grid")
        self.setAccessibleName("Week grid: drag to block time, drop tasks here")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAcceptDrops(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._board = board
        self.model = model
        self.hour_height = 44.0
        self.working_hours = (8 * 60, 18 * 60)
        self.selected: int | None = None
        self._painter = BlockPainter(self.font())
        self._placed: list[tuple[QRectF, Placed, TimeBlock]] | None = None
        self._gesture: _Gesture | None = None
        self._drop: list[TimeBlock] = []  # previews of blocks a drop would create
        self._dragged: list[Task] | None = None  # the tasks of the drag going on
        self._title_editor: QLineEdit | None = None
        self._pending: tuple[datetime, datetime] | None = None
        self.now: Callable[[], datetime] = lambda: datetime.now(UTC)
        model.layoutNeeded.connect(self.relayout)

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

    def placed(self) -> list[tuple[QRectF, Placed, TimeBlock]]:
        """Each drawn piece of a block with its rectangle; made again only after a change."""
        if self._placed is None:
            grid = self.grid()
            by_id = {block.id: block for block in self.model.blocks()}
            self._placed = [
                (QRectF(*grid.rect(placed)), placed, by_id[placed.segment.block_id])
                for placed in arrange_week(by_id.values(), self.week)
            ]
        return self._placed

    def block_rect(self, block_id: int) -> QRectF | None:
        """Where the (first piece of the) block is drawn, for tests and for the editor."""
        return next((rect for rect, _p, b in self.placed() if b.id == block_id), None)

    def point_at(self, day: int, minutes: float) -> QPointF:
        """The middle of day `day`'s column at `minutes` after midnight."""
        grid = self.grid()
        return QPointF(grid.x(day) + grid.day_width / 2, grid.y(minutes))

    def _hit(self, point: QPointF) -> tuple[str, Placed, TimeBlock] | None:
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

    # -- painting ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        clip = QRectF(event.rect())
        grid = self.grid()
        self._paint_grid(painter, grid, event.rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        moving = (
            self._gesture.block.id
            if self._gesture and self._gesture.started and self._gesture.block
            else None
        )
        for rect, placed, block in self.placed():
            if not rect.intersects(clip):
                continue
            if block.id == moving:
                painter.setOpacity(0.35)
            self._painter.paint(
                painter,
                rect,
                block,
                self.model.linked(block),
                self.week.zone,
                selected=block.id == self.selected,
                continued=not placed.segment.starts_here,
            )
            painter.setOpacity(1.0)
        for preview in self._previews():
            for rect, continued in self._rects_of(preview):
                self._painter.paint(
                    painter, rect, preview, self.model.linked(preview), self.week.zone,
                    ghost=True, continued=continued,
                )  # fmt: skip
        self._paint_now(painter, grid)

    def _paint_grid(self, painter: QPainter, grid: Grid, area: QRect) -> None:
        width, height = self.width(), self.height()
        painter.fillRect(area, QColor(theme.CARD))
        start, end = self.working_hours
        off = QColor(theme.OFF_HOURS)
        painter.fillRect(QRectF(GUTTER, 0, width - GUTTER, grid.y(start)), off)
        painter.fillRect(QRectF(GUTTER, grid.y(end), width - GUTTER, height - grid.y(end)), off)
        for column, day in enumerate(self.week.days):
            if day.weekday() >= 5:  # the weekend is off hours all day
                painter.fillRect(QRectF(grid.x(column), 0, grid.day_width, height), off)
        today = self.week.index_of(self.now().astimezone(self.week.zone).date())
        if today is not None:
            tint = QColor(theme.TODAY_TINT)
            tint.setAlpha(200)
            painter.fillRect(QRectF(grid.x(today), 0, grid.day_width, height), tint)
        half = QPen(QColor(theme.HALF_HOUR_LINE), 1)
        full = QPen(QColor(theme.GRID_LINE), 1)
        painter.setFont(self._painter.meta_font)
        metrics = self._painter.meta_metrics
        first_hour = max(0, int(grid.minutes_at(area.top()) // 60) - 1)
        last_hour = min(24, int(grid.minutes_at(area.bottom()) // 60) + 1)
        for hour in range(first_hour, last_hour + 1):
            y = round(grid.y(hour * 60)) + 0.5
            painter.setPen(full)
            painter.drawLine(QPointF(GUTTER - 4, y), QPointF(width, y))
            if hour < 24:
                y_half = round(grid.y(hour * 60 + 30)) + 0.5
                painter.setPen(half)
                painter.drawLine(QPointF(GUTTER, y_half), QPointF(width, y_half))
            if 0 < hour < 24:
                painter.setPen(QColor(theme.MUTED))
                label = QRectF(0, y - metrics.height() / 2, GUTTER - 8, metrics.height())
                painter.drawText(
                    label,
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    f"{hour:02d}:00",
                )
        painter.setPen(full)
        for column in range(8):
            x = round(grid.x(column)) + 0.5
            painter.drawLine(QPointF(x, 0), QPointF(x, height))

    def _paint_now(self, painter: QPainter, grid: Grid) -> None:
        now = self.now()
        if not self.week.start <= now < self.week.end:
            return
        local = now.astimezone(self.week.zone)
        index = self.week.index_of(local.date())
        if index is None:
            return
        y = grid.y(wall_minutes(now, local.date(), self.week.zone))
        colour = QColor(theme.NOW_LINE)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(grid.x(index), y), QPointF(grid.x(index) + grid.day_width, y))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(QPointF(grid.x(index), y), 4, 4)

    def _rects_of(self, block: TimeBlock) -> list[tuple[QRectF, bool]]:
        grid = self.grid()
        return [
            (QRectF(*grid.rect(Placed(segment, 0, 1))), not segment.starts_here)
            for segment in segments([block], self.week)
        ]

    def _previews(self) -> list[TimeBlock]:
        gesture = self._gesture
        if gesture is not None and gesture.started and gesture.span is not None:
            start, end = gesture.span
            if gesture.block is not None:
                return [gesture.block._replace(start=start, end=end)]
            return [_new_block(start, end, "New block")]
        if self._pending is not None:
            return [_new_block(*self._pending, "")]
        return self._drop

    def _update_previews(self, before: list[TimeBlock]) -> None:
        """Repaint only where the previews were and are (a move event must be quick)."""
        area = QRectF()
        for block in before + self._previews():
            for rect, _continued in self._rects_of(block):
                area = area.united(rect)
        self.update(area.toAlignedRect().adjusted(-3, -3, 3, 3))

    # -- mouse ------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._pending is not None:
            super().mousePressEvent(event)
            return
        point = event.position()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        grid = self.grid()
        day, minutes = grid.day_at(point.x()), grid.minutes_at(point.y())
        hit = self._hit(point)
        if hit is not None:
            kind, placed, block = hit
            self.select(block.id)
            self._gesture = _Gesture(kind, point, day, minutes, placed, block)
        elif point.x() >= GUTTER:
            self.select(None)
            self._gesture = _Gesture("create", point, day, minutes)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position()
        gesture = self._gesture
        if gesture is None:
            self._set_cursor(self._hit(point))
            return
        if not gesture.started:
            if (point - gesture.press).manhattanLength() < QApplication.startDragDistance():
                return
            gesture.started = True
        before = self._previews()
        gesture.span = self._gesture_span(gesture, point)
        self._update_previews(before)
        self._follow(point)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        gesture, self._gesture = self._gesture, None
        if gesture is None or not gesture.started or gesture.span is None:
            self.update()
            return
        start, end = gesture.span
        if gesture.kind == "create":
            self._ask_title(start, end)
        elif gesture.block is not None:
            text = "Move Block" if gesture.kind == "move" else "Resize Block"
            if (start, end) != (gesture.block.start, gesture.block.end):
                self._board.change_span(gesture.block.id, start, end, text)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position())
        if hit is not None:
            self.editRequested.emit(hit[2].id)
            return
        point = event.position()
        if point.x() < GUTTER:
            return
        grid = self.grid()
        span = moved_span(grid.day_at(point.x()), grid.minutes_at(point.y()) - 30, 60)
        self._gesture = None
        self._ask_title(*span.instants(self.week))

    def event(self, event: QEvent) -> bool:
        """A block's tooltip: its title in full, times, kind and notes (a narrow block shows
        little of them)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.model.describe(hit[2]), self)
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right-clicking a block offers what Enter and Delete do."""
        hit = self._hit(QPointF(event.pos()))
        if hit is None:
            return
        block = hit[2]
        self.select(block.id)
        menu = QMenu(self)
        menu.setObjectName("block-menu")
        menu.addAction("&Edit Block…", lambda: self.editRequested.emit(block.id))
        menu.addSeparator()
        menu.addAction("&Delete Block", lambda: self._delete(block.id))
        menu.popup(event.globalPos())

    def _delete(self, block_id: int) -> None:
        if self._board.delete_blocks([block_id]):
            self.selected = None
            self.message.emit("Block deleted. Undo brings it back.")

    def _follow(self, point: QPointF) -> None:
        """Scroll the hours along when a drag reaches the top or bottom of what is visible."""
        viewport = self.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea):
            area.ensureVisible(round(point.x()), round(point.y()), 0, _FOLLOW_MARGIN)

    def _set_cursor(self, hit: tuple[str, Placed, TimeBlock] | None) -> None:
        if hit is None:
            self.unsetCursor()
        elif hit[0] in ("top", "bottom"):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor)

    def _gesture_span(self, gesture: _Gesture, point: QPointF) -> tuple[datetime, datetime]:
        """Where the gesture puts the block with the pointer at `point`."""
        grid, week = self.grid(), self.week
        minutes = grid.minutes_at(point.y())
        if gesture.kind == "create":
            return drawn_span(gesture.day, gesture.minutes, minutes).instants(week)
        block, placed = gesture.block, gesture.placed
        assert block is not None
        assert placed is not None
        if gesture.kind == "move":
            days = grid.day_at(point.x()) - gesture.day
            return self._moved(block, days * MINUTES_PER_DAY + minutes - gesture.minutes)
        segment = placed.segment
        span = Span(segment.day, int(segment.top), int(segment.bottom))
        resized = resized_span(span, gesture.kind, minutes)
        on = week.days[segment.day]
        if gesture.kind == "top":
            return local_instant(on, resized.top, week.zone), block.end
        return block.start, local_instant(on, resized.bottom, week.zone)

    # -- creating a block: type its title ------------------------------------------------------

    def _ask_title(self, start: datetime, end: datetime) -> None:
        self._pending = (start, end)
        editor = _TitleField(self)
        editor.setObjectName("new-block-title")
        editor.setPlaceholderText("Title, then Enter")
        editor.setAccessibleName("Title of the new block")
        rect = self._rects_of(_new_block(start, end, ""))[0][0]
        height = editor.sizeHint().height()
        editor.setGeometry(
            round(rect.left()), round(rect.top()), max(round(rect.width()), 120), height
        )
        editor.submitted.connect(self._create_from_title)
        editor.cancelled.connect(self.cancel_new_block)
        editor.editingFinished.connect(self._title_left)
        self._title_editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        self.update()

    def _create_from_title(self) -> None:
        editor, pending = self._title_editor, self._pending
        if editor is None or pending is None:
            return
        try:
            title = parse_title(editor.text(), "block")
        except InvalidInput as error:
            self.message.emit(sentence(error))
            return
        self._close_title_editor()
        ids = self._board.add_blocks([BlockDraft(*pending, title=title)])
        if ids:
            self.select(ids[0])

    def _title_left(self) -> None:
        """Focus went elsewhere in the window: a typed title is kept (the block is made), an
        empty one is not. Switching to another window or opening a menu leaves it open."""
        editor = self._title_editor
        if editor is None or editor.hasFocus():
            return
        if not self.window().isActiveWindow() or QApplication.activePopupWidget() is not None:
            return
        if editor.text().strip():
            self._create_from_title()
        else:
            self.cancel_new_block()

    def cancel_new_block(self) -> None:
        self._close_title_editor()

    def _close_title_editor(self) -> None:
        """Remove the title field and give the focus back to the grid (not to whatever comes
        next in the window, where Ctrl+Z would undo typing rather than the new block)."""
        editor, self._title_editor, self._pending = self._title_editor, None, None
        if editor is not None:
            editor.blockSignals(True)  # no editingFinished from losing the focus now
            if editor.hasFocus():
                self.setFocus(Qt.FocusReason.OtherFocusReason)
            editor.hide()
            editor.deleteLater()
        self.update()

    # -- keyboard ---------------------------------------------------------------------------------

    def cancel_gesture(self) -> None:
        """Forget a drag going on and a block being titled (the week on show changes)."""
        self._gesture = None
        self._close_title_editor()

    def select(self, block_id: int | None) -> None:
        if block_id != self.selected:
            self.selected = block_id
            self.update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Escape:
            if self._title_editor is not None:
                self.cancel_new_block()
            elif self._gesture is not None:
                self._gesture = None
                self.update()
            else:
                self.select(None)
            return
        block = self.model.block(self.selected) if self.selected is not None else None
        if block is None:
            super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._delete(block.id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editRequested.emit(block.id)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._nudge(block, key, bool(modifiers & Qt.KeyboardModifier.ShiftModifier))
        else:
            super().keyPressEvent(event)

    def _moved(self, block: TimeBlock, by: float) -> tuple[datetime, datetime]:
        """The block moved `by` wall-clock minutes (snapped, kept in the week). It keeps its
        real length: one that crosses midnight still does, and on a daylight-saving night it
        lasts as long as before."""
        week = self.week
        start = moved_start(wall_minutes(block.start, week.first_day, week.zone), by)
        start_at = local_instant(week.first_day, start, week.zone)
        return start_at, start_at + (block.end - block.start)

    def _nudge(self, block: TimeBlock, key: int, resize: bool) -> None:
        """Arrow keys move the selected block 15 minutes or a day; Shift+Up/Down makes it
        15 minutes shorter or longer."""
        step = {Qt.Key.Key_Up: -SNAP_MINUTES, Qt.Key.Key_Down: SNAP_MINUTES}.get(Qt.Key(key), 0)
        days = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key), 0)
        week = self.week
        if resize:
            if not step:
                return
            end = snap(wall_minutes(block.end, week.first_day, week.zone) + step)
            end_at = local_instant(week.first_day, end, week.zone)
            shortest = block.start + timedelta(minutes=SNAP_MINUTES)
            start_at, end_at = block.start, max(end_at, shortest)
            if end_at - start_at > BLOCK_MAX:
                return
            text = "Resize Block"
        else:
            start_at, end_at = self._moved(block, step + days * MINUTES_PER_DAY)
            text = "Move Block"
        if (start_at, end_at) != (block.start, block.end):
            self._board.change_span(block.id, start_at, end_at, text)

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

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- dropping tasks from the matrix --------------------------------------------------------

    def _tasks_dragged(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> list[Task]:
        """The tasks a drag from this window's lanes carries (ids mean nothing elsewhere);
        looked up once per drag, not at every move."""
        if self._dragged is not None and not isinstance(event, QDragEnterEvent):
            return self._dragged
        self._dragged = self._lookup_dragged(event)
        return self._dragged

    def _lookup_dragged(self, event: QDropEvent | QDragMoveEvent | QDragEnterEvent) -> list[Task]:
        source = event.source()
        if not isinstance(source, QWidget) or source.window() is not self.window():
            return []
        if not event.mimeData().hasFormat(TASK_IDS_MIME):
            return []
        return self._read_tasks(event.mimeData())

    def _read_tasks(self, data: QMimeData) -> list[Task]:
        """The tasks in a drag payload, read through the Board, in the payload's order."""
        ids = decode_task_ids(data)
        if not ids:
            return []
        found = self._board.read(lambda service: service.get(ids)) or {}
        return [found[task_id] for task_id in ids if task_id in found]

    def _drop_spans(self, tasks: list[Task], point: QPointF) -> list[Span]:
        grid = self.grid()
        lengths = [task.estimate or DEFAULT_MINUTES for task in tasks]
        return stacked_spans(grid.day_at(point.x()), grid.minutes_at(point.y()), lengths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._tasks_dragged(event):
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        tasks = self._tasks_dragged(event)
        if not tasks or event.position().x() < GUTTER:
            event.ignore()
            self._show_drop([])
            return
        spans = self._drop_spans(tasks, event.position())
        previews = []
        for task, span in zip(tasks, spans, strict=False):
            start, end = span.instants(self.week)
            previews.append(_new_block(start, end, task.title)._replace(task_id=task.id))
        self._show_drop(previews)
        event.setDropAction(Qt.DropAction.LinkAction)
        event.accept()
        self._follow(event.position())

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._show_drop([])
        self._dragged = None

    def dropEvent(self, event: QDropEvent) -> None:
        self._show_drop([])
        dragged, self._dragged = self._tasks_dragged(event), None
        if not dragged or event.position().x() < GUTTER:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.LinkAction)
        event.accept()
        self.schedule(dragged, self._drop_spans(dragged, event.position()))

    def drop(self, data: QMimeData, point: QPointF) -> list[int]:
        """Block time for the tasks in a drag payload, the first one starting at `point`;
        the new blocks' ids."""
        found = self._read_tasks(data)
        return self.schedule(found, self._drop_spans(found, point)) if found else []

    def schedule(self, tasks: list[Task], spans: list[Span]) -> list[int]:
        """Block time for `tasks` at `spans` (fewer spans: the day was full for the rest)."""
        if not spans:
            self.message.emit("No room left that day: drop the task earlier.")
            return []
        drafts = [
            BlockDraft(*span.instants(self.week), title="", task_id=task.id)
            for task, span in zip(tasks, spans, strict=False)
        ]
        count = len(drafts)
        self.model.remember(tasks)  # for the new blocks' colours, without reading them again
        text = f"Schedule “{tasks[0].title}”" if count == 1 else f"Schedule {count} Tasks"
        ids = self._board.add_blocks(drafts, text)
        if ids:
            self.select(ids[0])
            self.setFocus(Qt.FocusReason.OtherFocusReason)
        if ids and count < len(tasks):
            self.message.emit(
                f"{count} of {len(tasks)} tasks scheduled: the rest did not fit before midnight."
            )
        return ids

    def _show_drop(self, previews: list[TimeBlock]) -> None:
        if previews != self._drop:
            before, self._drop = self._drop, previews
            self._update_previews(before)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._placed = None
        self._painter.forget_text()


class _TitleField(QLineEdit):
    """The title of a block being created. Enter and Escape stop here: QLineEdit would pass
    them on to the grid, where Enter opens the selected block's editor.

    Signals: submitted(), cancelled().
    """

    submitted = Signal()
    cancelled = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        else:
            super().keyPressEvent(event)


def _new_block(start: datetime, end: datetime, title: str) -> TimeBlock:
    """A block that is not stored yet, to draw a preview with."""
    return TimeBlock(0, "", start, end, title, BlockKind.FOCUS, None, "", start, start)
