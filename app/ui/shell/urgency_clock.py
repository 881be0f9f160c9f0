"""UrgencyClock: the cards' urgency suggestions follow the day, and once a day the window says
which delegated tasks are to be followed up; the urgency horizon is kept with the window's
settings (the CLI reads it too).

It starts once the lanes show every task (each task carries the suggestion the user dismissed
for it) and ticks every minute.

Signals:
    told(str): the daily follow-up note was said (the window sends it to the desktop too).
"""

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMainWindow

from app.model.urgency import (
    DEFAULT_HORIZON,
    HORIZON_SETTING,
    clamp_horizon,
    follow_up_note,
    follow_ups_due,
)
from app.model.week import local_zone
from app.ui.board import Board
from app.ui.matrix.matrix_widget import MatrixWidget
from app.ui.shell.window_state import WindowState
from app.ui.translation import Counts

TICK_MS = 60_000


class UrgencyClock(QObject):
    told = Signal(str)  # the daily follow-up note was said (once a day)

    def __init__(
        self,
        window: QMainWindow,
        state: WindowState,
        board: Board,
        matrix: MatrixWidget,
        problem: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window, self._state, self._board, self._matrix = window, state, board, matrix
        self._problem = problem
        self._clock = QTimer(self)
        self._clock.timeout.connect(matrix.repaint_cards)
        self._clock.timeout.connect(self.new_day)
        matrix.loaded.connect(self._start)
        self._clock.start(TICK_MS)

    def horizon(self) -> int:
        return clamp_horizon(self._state.number(HORIZON_SETTING, DEFAULT_HORIZON))

    def ask_horizon(self, parent: QMainWindow) -> QInputDialog:
        from app.ui.shell.urgency_horizon import ask_urgency_horizon

        return ask_urgency_horizon(parent, self.horizon(), self.set_horizon)

    def set_horizon(self, days: int) -> None:
        """Suggest with this horizon, and keep it (the CLI reads it too)."""
        days = clamp_horizon(days)
        self._state.set_number(HORIZON_SETTING, days)
        self._state.sync()
        self._matrix.suggestions.set_suggesting(days)

    def _start(self) -> None:
        """Once every task is shown: suggest."""
        self._matrix.suggestions.set_suggesting(self.horizon())
        self.new_day()

    def new_day(self) -> None:
        """Suggest for today, and say once a day when delegated tasks are to be followed up."""
        today = datetime.now(UTC).astimezone(local_zone()).date()
        self._matrix.suggestions.new_day(today)
        if self._state.text("follow_ups_told", "") == today.isoformat():
            return
        due = follow_ups_due(self._matrix.tasks(), today)
        if due:
            note = follow_up_note(len(due), Counts)
            self._window.statusBar().showMessage(note, 20_000)
            self._state.set_text("follow_ups_told", today.isoformat())
            self.told.emit(note)
