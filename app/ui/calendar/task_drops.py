"""Cards dragged from the matrix onto the week grid: a preview of the blocks while the drag
goes on, and on drop one undo step that blocks time for every task, each for its estimate.

The tasks are read through the Board once when a drag enters the grid (the payload carries
only their ids), and used again for every move and for the drop.

From the keyboard (Triage ▸ Block Time in the Week, B) the selected tasks go into the first
free time of the week's working hours instead, from now on.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QWidget

from app.model.block import BlockDraft, TimeBlock
from app.model.free_time import free_spans
from app.model.task import Task
from app.model.week_layout import Span, segments, stacked_spans
from app.ui.board import Board
from app.ui.calendar.week_drawing import GUTTER, draft_block
from app.ui.drag_payload import TASK_IDS_MIME, decode_task_ids
from app.ui.translation import Counts, translate

if TYPE_CHECKING:
    from app.ui.calendar.week_canvas import WeekCanvas

DEFAULT_MINUTES = 60  # a dropped task without an estimate gets an hour

_DragEvent = QDropEvent | QDragMoveEvent | QDragEnterEvent


class TaskDrops:
    """The drag going on over the canvas, and turning a drop into blocks."""

    def __init__(self, canvas: "WeekCanvas", board: Board) -> None:
        self._canvas = canvas
        self._board = board
        self.previews: list[TimeBlock] = []  # blocks the drop would create
        self._dragged: list[Task] | None = None  # the tasks of the drag going on

    def enter(self, event: QDragEnterEvent) -> None:
        if self._tasks_dragged(event):
            event.setDropAction(Qt.DropAction.LinkAction)
            event.accept()
        else:
            event.ignore()

    def move(self, event: QDragMoveEvent) -> None:
        tasks = self._tasks_dragged(event)
        if not tasks or event.position().x() < GUTTER:
            event.ignore()
            self._show([])
            return
        spans = self._spans(tasks, event.position())
        week = self._canvas.week
        previews = []
        for task, span in zip(tasks, spans, strict=False):
            start, end = span.instants(week)
            previews.append(draft_block(start, end, task.title)._replace(task_id=task.id))
        self._show(previews)
        event.setDropAction(Qt.DropAction.LinkAction)
        event.accept()
        self._canvas.follow(event.position())

    def leave(self) -> None:
        self._show([])
        self._dragged = None

    def drop(self, event: QDropEvent) -> None:
        self._show([])
        dragged, self._dragged = self._tasks_dragged(event), None
        if not dragged or event.position().x() < GUTTER:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.LinkAction)
        event.accept()
        self.schedule(dragged, self._spans(dragged, event.position()))

    def drop_payload(self, data: QMimeData, point: QPointF) -> list[int]:
        """Block time for the tasks in a drag payload, the first one starting at `point`;
        the new blocks' ids."""
        found = self._read_tasks(data)
        return self.schedule(found, self._spans(found, point)) if found else []

    def schedule(self, tasks: list[Task], spans: list[Span]) -> list[int]:
        """Block time for `tasks` at `spans` (fewer spans: the day was full for the rest)."""
        canvas = self._canvas
        if not spans:
            canvas.message.emit(
                translate("WeekGrid", "No room left that day: drop the task earlier.")
            )
            return []
        drafts = [
            BlockDraft(*span.instants(canvas.week), title="", task_id=task.id)
            for task, span in zip(tasks, spans, strict=False)
        ]
        count = len(drafts)
        canvas.model.remember(tasks)  # for the new blocks' colours, without reading them again
        text = (
            translate("Undo", "Schedule “{title}”").format(title=tasks[0].title)
            if count == 1
            else Counts.tr("Schedule %n Task(s)", "", count)
        )
        ids = self._board.add_blocks(drafts, text)
        if ids:
            canvas.select(ids[0])
            canvas.setFocus(Qt.FocusReason.OtherFocusReason)
        if ids and count < len(tasks):
            canvas.message.emit(
                Counts.tr(
                    "{count} of %n task(s) scheduled: the rest did not fit before midnight.",
                    "",
                    len(tasks),
                ).format(count=count)
            )
        return ids

    def schedule_in_free_time(self, tasks: list[Task]) -> list[int]:
        """Block time for `tasks`, one after another, in the first free time of the working
        hours on the week's working days, from now on (the whole week, if it is still ahead)."""
        canvas = self._canvas
        week, now = canvas.week, canvas.now()
        if now >= week.end:
            canvas.message.emit(
                translate("WeekGrid", "This week is over: go to this week (Ctrl+T) to schedule.")
            )
            return []
        local = max(now, week.start).astimezone(week.zone)
        day = week.index_of(local.date()) or 0
        after = (day, local.hour * 60 + local.minute + local.second / 60)
        workdays = [index for index, date in enumerate(week.days) if date.weekday() < 5]
        taken = [(s.day, s.top, s.bottom) for s in segments(
            (b for b in canvas.model.blocks() if not b.all_day), week)]  # fmt: skip
        lengths = [task.estimate or DEFAULT_MINUTES for task in tasks]
        spans = free_spans(taken, lengths, canvas.working_hours, workdays, after)
        if not spans:
            canvas.message.emit(
                translate("WeekGrid", "No free time left in this week's working hours.")
            )
            return []
        ids = self.schedule(tasks[: len(spans)], spans)
        if ids and len(spans) < len(tasks):
            canvas.message.emit(
                Counts.tr(
                    "{count} of %n task(s) scheduled: the rest did not fit in this week's "
                    "working hours.",
                    "",
                    len(tasks),
                ).format(count=len(spans))
            )
        return ids

    def _tasks_dragged(self, event: _DragEvent) -> list[Task]:
        """The tasks a drag from this window's lanes carries (ids mean nothing elsewhere);
        looked up once per drag, not at every move."""
        if self._dragged is not None and not isinstance(event, QDragEnterEvent):
            return self._dragged
        self._dragged = self._lookup_dragged(event)
        return self._dragged

    def _lookup_dragged(self, event: _DragEvent) -> list[Task]:
        source = event.source()
        if not isinstance(source, QWidget) or source.window() is not self._canvas.window():
            return []
        if not event.mimeData().hasFormat(TASK_IDS_MIME):
            return []
        return self._read_tasks(event.mimeData())

    def _read_tasks(self, data: QMimeData) -> list[Task]:
        """The tasks in a drag payload, read through the Board, in the payload's order."""
        ids = decode_task_ids(data)
        if not ids:
            return []
        found = self._board.read(lambda services: services.tasks.get(ids)) or {}
        return [found[task_id] for task_id in ids if task_id in found]

    def _spans(self, tasks: list[Task], point: QPointF) -> list[Span]:
        grid = self._canvas.grid()
        lengths = [task.estimate or DEFAULT_MINUTES for task in tasks]
        return stacked_spans(grid.day_at(point.x()), grid.minutes_at(point.y()), lengths)

    def _show(self, previews: list[TimeBlock]) -> None:
        if previews != self.previews:
            before, self.previews = self.previews, previews
            self._canvas.update_previews(before)
