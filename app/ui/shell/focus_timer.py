"""FocusTimer: while a focus block runs, the status bar shows its title and the time left; when
it is over, "Done?" marks its linked task done in one click (one undo step, through the Board).

It keeps no timer of its own: `update` says when it next needs updating (the minute the time
left changes, the block's end, the next focus block's start), and the reminder clock wakes
it then, so an idle window wakes at most once a minute for it.
"""

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from app.model.block import BlockKind, TimeBlock
from app.model.quadrant import Status
from app.model.reminders import running_focus, time_left
from app.model.task import Task
from app.ui.board import Board
from app.ui.translation import Counts, translate

ASK_FOR = timedelta(minutes=30)  # how long "Done?" stays after a focus block ends


class FocusTimer(QWidget):
    def __init__(self, board: Board, task_of: Callable[[int], Task | None]) -> None:
        """`task_of`: the task a block is linked to, as the window knows it."""
        super().__init__()
        self.setObjectName("focus-timer")
        self._board, self._task_of = board, task_of
        self.label = QLabel()
        self.label.setObjectName("focus-time-left")
        self.done = QToolButton()
        self.done.setObjectName("focus-done")
        self.done.setText(translate("FocusTimer", "Done?"))
        self.done.setAccessibleName(translate("FocusTimer", "Mark the focus block's task done"))
        self.done.clicked.connect(self._mark_done)
        layout = QHBoxLayout(self)
        # Apart from the sync state beside it: two words' gap, so they read as two things.
        layout.setContentsMargins(0, 0, self.fontMetrics().averageCharWidth() * 3, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.done)
        self._ended: TimeBlock | None = None  # the focus block that ran last
        self.hide()

    def update_at(self, blocks: Sequence[TimeBlock], now: datetime) -> datetime | None:
        """Show what runs at `now`; when this needs updating next (None: no focus block)."""
        running = running_focus(blocks, now)
        if running is not None:
            self._ended = running
            left = time_left(running, now, translate, Counts)
            text = translate("FocusTimer", "Focus: {title} · {left}")
            self.label.setText(text.format(title=running.title, left=left))
            self.done.hide()
            self.show()
            seconds = (running.end - now).total_seconds()
            return min(running.end, now + timedelta(seconds=seconds % 60 or 60))
        ended = self._ended
        if ended is not None and ended.end <= now < ended.end + ASK_FOR and self._open_task(ended):
            self.label.setText(
                translate("FocusTimer", "“{title}” is over.").format(title=ended.title)
            )
            self.done.show()
            self.show()
            return ended.end + ASK_FOR
        self.hide()
        starts = [
            block.start
            for block in blocks
            if block.kind is BlockKind.FOCUS and not block.all_day and block.start > now
        ]
        return min(starts, default=None)

    def _open_task(self, block: TimeBlock) -> Task | None:
        task = self._task_of(block.task_id) if block.task_id is not None else None
        return task if task is not None and task.status is Status.OPEN else None

    def _mark_done(self) -> None:
        task = self._open_task(self._ended) if self._ended is not None else None
        if task is not None and self._board.set_done([task.id], True):
            self._ended = None
            self.hide()
