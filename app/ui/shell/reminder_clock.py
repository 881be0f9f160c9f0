"""ReminderClock: says when a block starts, and N minutes before (View ▸ Reminders, default 5
minutes; can be switched off), as a desktop notice whose click shows the block; and keeps the
focus timer in the status bar up to date. Reminders work only while Quadrant runs.

One single-shot timer wakes the window at the next moment something is due (a reminder, the
focus timer's next minute), never sooner than a second from now, and at least every hour to
read the blocks again; a change to the blocks reads them again at once. The clock is injected
(`now`), so tests step time without waiting. After the computer sleeps, the timer fires late:
`reminders.due` then says only what still matters (see there).

It starts once the lanes are shown, so it never slows the first paint; the composition root
gives `read_blocks` (a plain sqlite3 reader), so it does not open the write side early.
"""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QInputDialog, QMainWindow

from app.model.block import BLOCK_MAX, TimeBlock
from app.model.reminders import (
    DEFAULT_LEAD_MINUTES,
    LEAD_MAX_MINUTES,
    LEAD_SETTING,
    REMINDERS_SETTING,
    clamp_lead,
    due,
    next_due,
)
from app.model.week import week_of
from app.ui.board import Board
from app.ui.calendar.week_calendar import WeekCalendar
from app.ui.shell.desktop_notice import DesktopNotice
from app.ui.shell.focus_timer import FocusTimer
from app.ui.shell.window_state import WindowState
from app.ui.translation import Counts, translate

READ_AGAIN = timedelta(hours=1)
AHEAD = timedelta(days=2)  # how far ahead the blocks are read
SOONEST_MS = 1_000  # never wake more than once a second


def utc_now() -> datetime:
    return datetime.now(UTC)


class ReminderClock(QObject):
    def __init__(
        self,
        window: QMainWindow,
        state: WindowState,
        board: Board,
        calendar: WeekCalendar,
        notice: DesktopNotice,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(window)
        self._window, self._state, self._board, self._calendar = window, state, board, calendar
        self.notice = notice
        self.now = now  # the clock, injected: tests step it
        self.read_blocks: Callable[[datetime, datetime, tzinfo], list[TimeBlock]] | None = None
        self.focus = FocusTimer(board, calendar.task)
        window.statusBar().addPermanentWidget(self.focus)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self._after: datetime | None = None  # reminders up to here were said
        self._blocks: list[TimeBlock] | None = None
        self._read_at = datetime.min.replace(tzinfo=UTC)
        board.blocksChanged.connect(self.forget_blocks)
        board.tasksChanged.connect(self.forget_blocks)  # a linked task done: no "Done?"
        notice.clicked.connect(self.show_block)

    # -- settings ---------------------------------------------------------------------------------

    def enabled(self) -> bool:
        return self._state.text(REMINDERS_SETTING, "on") != "off"

    def set_enabled(self, on: bool) -> None:
        self._state.set_text(REMINDERS_SETTING, "on" if on else "off")
        self._state.sync()
        self.check()

    def lead(self) -> int:
        """Minutes before a block starts that a reminder comes (0: only when it starts)."""
        return clamp_lead(self._state.number(LEAD_SETTING, DEFAULT_LEAD_MINUTES))

    def set_lead(self, minutes: int) -> None:
        self._state.set_number(LEAD_SETTING, clamp_lead(minutes))
        self._state.sync()
        self.check()

    def ask_lead(self, parent: QMainWindow) -> QInputDialog:
        """View ▸ Remind Before…: the minutes, in a dialog that does not block."""
        from PySide6.QtCore import Qt

        dialog = QInputDialog(parent)
        dialog.setObjectName("reminder-lead")
        dialog.setWindowTitle(translate("RemindBefore", "Remind Before"))
        dialog.setLabelText(
            translate(
                "RemindBefore",
                "Remind me this many minutes before a block starts (0: at its start):",
            )
        )
        dialog.setInputMode(QInputDialog.InputMode.IntInput)
        dialog.setIntRange(0, LEAD_MAX_MINUTES)
        dialog.setIntValue(self.lead())
        dialog.intValueSelected.connect(self.set_lead)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- the clock --------------------------------------------------------------------------------

    def start(self) -> None:
        """Begin: a block already running gets its reminder, older ones none."""
        if self._after is None:
            self._after = self.now() - BLOCK_MAX
            self.check()

    def forget_blocks(self) -> None:
        """The blocks (or their tasks) changed: read them again, now."""
        self._blocks = None
        if self._after is not None:
            self.timer.start(0)

    def check(self) -> None:
        """Say what fell due, update the focus timer, and sleep until the next thing."""
        if self._after is None:
            return
        now = self.now()
        blocks = self._read(now)
        lead = timedelta(minutes=self.lead())
        zone = self._calendar.week.zone
        on = self.enabled()
        if on:
            for reminder in due(blocks, lead, self._after, now):
                self.notice.send(
                    reminder.title(), reminder.text(now, zone, translate, Counts), reminder.block
                )
        self._after = now
        moments = [self._read_at + READ_AGAIN, self.focus.update_at(blocks, now)]
        if on:
            moments.append(next_due(blocks, lead, now))
        wake = min(moment for moment in moments if moment is not None)
        milliseconds = int((wake - now).total_seconds() * 1000) + 1
        self.timer.start(max(SOONEST_MS, milliseconds))

    def _read(self, now: datetime) -> list[TimeBlock]:
        if self._blocks is None or now >= self._read_at + READ_AGAIN or now < self._read_at:
            zone = self._calendar.week.zone
            start, end = now - BLOCK_MAX, now + AHEAD
            if self.read_blocks is not None:
                found: list[TimeBlock] | None = self.read_blocks(start, end, zone)
            else:
                found = self._board.read(lambda services: services.blocks.between(start, end, zone))
            self._blocks = found or []
            self._read_at = now
        return self._blocks

    def show_block(self, block: object) -> None:
        """A notice was clicked: bring the window up on the block's week, the block selected."""
        window = self._window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if not isinstance(block, TimeBlock):
            return
        calendar = self._calendar
        day = block.start.astimezone(calendar.week.zone).date()
        calendar.show_week(week_of(day, calendar.week.zone, calendar.first_weekday))
        shown = [
            b for b in calendar.model.blocks() if (b.start, b.title) == (block.start, block.title)
        ]
        calendar.canvas.select(shown[0].id if shown else None)
        calendar.canvas.setFocus()
