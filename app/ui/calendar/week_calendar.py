"""WeekCalendar: the weekly time-block calendar — a bar to change weeks, the days' header, and
the scrolling time grid (WeekCanvas).

The working hours fill the visible height; the rest of the day is reached by scrolling. It
keeps the BlockModel of the week on show in step with the Board, and the tasks that blocks are
linked to, for their colours (read through the Board when a block is linked to a new one).

Signals:
    weekChanged(Week): another week is on show.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QLocale, QObject, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.model.block import TimeBlock
from app.model.task import Task
from app.model.week import Week, week_of
from app.ui.board import Board
from app.ui.calendar.all_day_row import AllDayRow
from app.ui.calendar.block_model import BlockModel
from app.ui.calendar.week_canvas import WeekCanvas
from app.ui.calendar.week_drawing import GUTTER
from app.ui.local_dates import short_day_name, span_text
from app.ui.shell import theme
from app.ui.translation import translate

MIN_HOUR_HEIGHT = 28.0
DEFAULT_WORKING_HOURS = (8, 18)
_MARGIN_MINUTES = 12  # shown above and below the working hours


@dataclass(frozen=True)
class WeekOnShow:
    """What the calendar shows first: a week, its blocks, and the tasks they are linked to."""

    week: Week
    blocks: list[TimeBlock]
    linked: dict[int, Task]


HEADER_HEIGHT = 40


class DayHeader(QWidget):
    """The days above the grid, lined up with its columns; today is marked."""

    def __init__(self, canvas: WeekCanvas) -> None:
        super().__init__()
        self.setObjectName("week-days")
        self._canvas = canvas
        self.setFixedHeight(HEADER_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = self._canvas.grid()
        week = self._canvas.week
        today = self._canvas.now().astimezone(week.zone).date()
        name_font = QFont(self.font())
        name_font.setPointSizeF(self.font().pointSizeF() * 0.8)
        name_font.setWeight(QFont.Weight.DemiBold)
        number_font = QFont(self.font())
        number_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        colours = theme.shown()
        accent = QColor(colours.now_line)
        painter.setPen(QColor(colours.grid_line))
        painter.drawLine(GUTTER, self.height() - 1, self.width(), self.height() - 1)
        for index, day in enumerate(week.days):
            x, width = grid.x(index), grid.day_width
            is_today = day == today
            painter.setFont(name_font)
            painter.setPen(accent if is_today else QColor(colours.muted))
            names = QRectF(x, 2, width, 16)
            painter.drawText(names, Qt.AlignmentFlag.AlignCenter, short_day_name(day).upper())
            painter.setFont(number_font)
            number = QRectF(x + width / 2 - 13, 18, 26, 20)
            if is_today:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(accent)
                painter.drawRoundedRect(number, 10, 10)
                painter.setPen(QColor(colours.on_accent))
            else:
                painter.setPen(QColor(colours.text))
            painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))


class WeekCalendar(QWidget):
    weekChanged = Signal(object)

    def __init__(
        self,
        board: Board,
        week: Week,
        blocks: Iterable[TimeBlock],
        linked: Mapping[int, Task],
        first_weekday: int = 0,
    ) -> None:
        """`blocks`: the week's blocks; `linked`: the tasks they are linked to."""
        super().__init__()
        self.setObjectName("week-calendar")
        self.setAccessibleName(translate("Calendar", "Week calendar"))
        self._board = board
        self.first_weekday = first_weekday
        self.model = BlockModel(week)
        self.model.reset(week, blocks)
        self.model.remember(linked.values())
        self.canvas = WeekCanvas(board, self.model)
        self._scrolled = False

        self.title = QLabel()
        self.title.setObjectName("week-title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.week_number = QLabel()
        self.week_number.setObjectName("week-number")
        self.week_number.setProperty("role", "subtitle")
        self.previous_button = _nav_button(
            "‹", translate("Calendar", "Previous week"), "previous-week"
        )
        self.this_week_button = _nav_button(
            translate("Calendar", "This Week"),
            translate("Calendar", "Go to this week"),
            "this-week",
        )
        self.next_button = _nav_button("›", translate("Calendar", "Next week"), "next-week")
        self.previous_button.clicked.connect(self.previous_week)
        self.next_button.clicked.connect(self.next_week)
        self.this_week_button.clicked.connect(self.this_week)
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        bar.setSpacing(6)
        bar.addWidget(self.title)
        bar.addWidget(self.week_number)
        bar.addStretch(1)
        for button in (self.previous_button, self.this_week_button, self.next_button):
            bar.addWidget(button)

        self.header = DayHeader(self.canvas)
        self.all_day = AllDayRow(self.canvas, self.canvas.editRequested.emit)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("week-scroll")
        self.scroller.setAccessibleName(translate("Calendar", "Week hours"))
        # The grid inside takes the focus (and passes the keys it does not use on for scrolling):
        # one stop for the keyboard, not two.
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(self.canvas)
        self.scroller.viewport().installEventFilter(self)

        frame = QFrame()
        frame.setObjectName("week-frame")
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(0, 4, 0, 0)
        inner.setSpacing(0)
        inner.addWidget(self.header)
        inner.addWidget(self.all_day)
        inner.addWidget(self.scroller, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(bar)
        layout.addWidget(frame, 1)

        board.blocksChanged.connect(self._blocks_changed)
        board.tasksChanged.connect(self._tasks_changed)
        board.blocksRestored.connect(self._reveal)
        self._clock = QTimer(self)
        self._clock.timeout.connect(self._tick)
        self._clock.start(30_000)  # the now line and today's column
        self._show_title()

    # -- weeks ------------------------------------------------------------------------------------

    @property
    def week(self) -> Week:
        return self.model.week

    def show_week(self, week: Week) -> bool:
        """Show `week`, read from the data file; False (nothing changes) if it cannot be read.

        The linked tasks are read again too: another program may have changed them.
        """
        blocks = self._board.read(
            lambda services: services.blocks.between(week.start, week.end, week.zone)
        )
        if blocks is None:
            return False
        wanted = {b.task_id for b in blocks if b.task_id is not None}
        if wanted:
            found = self._board.read(lambda services: services.tasks.get(wanted))
            self.model.remember((found or {}).values())
        self.canvas.cancel_gesture()
        if self.canvas.selected not in {b.id for b in blocks}:
            self.canvas.select(None)
        self.model.reset(week, blocks)
        self._show_title()
        self.weekChanged.emit(week)
        return True

    def reload(self) -> None:
        """Read the week on show again (another program changed the file)."""
        self.show_week(self.week)

    def previous_week(self) -> None:
        self.show_week(self.week.shifted(-1))

    def next_week(self) -> None:
        self.show_week(self.week.shifted(1))

    def this_week(self) -> None:
        today = datetime.now(UTC).astimezone(self.week.zone).date()
        self.show_week(week_of(today, self.week.zone, self.first_weekday))

    def _show_title(self) -> None:
        week = self.week
        self.title.setText(span_text(week))
        year, number = week.iso
        self.week_number.setText(
            translate("Calendar", "Week {number}").format(number=number)
            if year == week.days[3].year
            else translate("Calendar", "Week {number}, {year}").format(number=number, year=year)
        )
        self.header.update()

    # -- working hours ----------------------------------------------------------------------------

    def set_working_hours(self, start_hour: int, end_hour: int) -> None:
        self.canvas.working_hours = (start_hour * 60, end_hour * 60)
        self._fit_hours()
        self.scroll_to_working_hours()

    def working_hours(self) -> tuple[int, int]:
        start, end = self.canvas.working_hours
        return start // 60, end // 60

    def _fit_hours(self) -> None:
        """Make the working hours fill the visible height (not less than a readable minimum)."""
        start, end = self.canvas.working_hours
        visible = self.scroller.viewport().height()
        # A little more than the working hours, so the first and last hour labels show whole.
        height = max(MIN_HOUR_HEIGHT, visible * 60 / (max(end - start, 60) + 2 * _MARGIN_MINUTES))
        if abs(height - self.canvas.hour_height) > 0.5:
            top_minutes = self.scroller.verticalScrollBar().value() * 60 / self.canvas.hour_height
            self.canvas.set_hour_height(height)
            self.scroller.verticalScrollBar().setValue(round(top_minutes * height / 60))

    def scroll_to_working_hours(self) -> None:
        start = self.canvas.working_hours[0] - _MARGIN_MINUTES
        self.scroller.verticalScrollBar().setValue(round(self.canvas.grid().y(start)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroller.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_hours()
            if not self._scrolled:
                self._scrolled = True
                self.scroll_to_working_hours()
            self.header.update()
        return False

    # -- keeping up with changes ------------------------------------------------------------------

    def task(self, task_id: int) -> Task | None:
        """The task a block is linked to, as last known."""
        return self.model.task(task_id)

    def _blocks_changed(self, states: Mapping[int, TimeBlock | None]) -> None:
        unknown = self.model.unknown_tasks(states.values())
        if unknown:  # a block was linked to another task (a drop has told the model already)
            found = self._board.read(lambda services: services.tasks.get(unknown))
            self.model.remember((found or {}).values())
        if self.model.concerns_series(states):  # its occurrences are worked out when read
            selected = self.model.block(self.canvas.selected or 0)
            self.reload()
            if selected is not None and selected.is_occurrence and self.canvas.selected is None:
                # The occurrence moved is now a row of its own: keep it selected.
                same = (selected.series_id, selected.recurrence_id)
                again = [b for b in self.model.blocks() if (b.series_id, b.recurrence_id) == same]
                self.canvas.select(again[0].id if again else None)
            return
        self.model.apply(states)

    def _tasks_changed(self, states: Mapping[int, Task | None]) -> None:
        if self.model.apply_tasks(states):
            self.canvas.update()

    def _reveal(self, blocks: list[TimeBlock]) -> None:
        """After undoing or redoing a block operation: select what came back, going to its
        week when none of it is in the week on show."""
        blocks = [block for block in blocks if block.repeat is None]  # a series is in any week
        if not blocks:
            return
        shown = [block for block in blocks if self.model.shows(block)]
        block = shown[0] if shown else min(blocks, key=lambda b: b.start)
        if not shown:
            day = block.start.astimezone(self.week.zone).date()
            self.show_week(week_of(day, self.week.zone, self.first_weekday))
        self.canvas.select(block.id)

    def _tick(self) -> None:
        self.canvas.update()
        self.header.update()


def _nav_button(text: str, tip: str, name: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(True)
    return button


def first_weekday_of_locale() -> int:
    """0 (Monday) ... 6 (Sunday), from the user's locale."""
    return QLocale().firstDayOfWeek().value - 1
