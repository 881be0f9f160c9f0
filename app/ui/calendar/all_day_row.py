"""AllDayRow: the strip between the days' header and the hours where all-day blocks are drawn,
stacked in their day's column (a holiday, an offsite), instead of as 24-hour blocks in the grid.

It draws from the calendar's BlockModel with the grid's columns, and hides itself while the
week has no all-day blocks. A double-click opens a block's editor, as in the grid.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from app.model.block import TimeBlock
from app.ui.calendar.block_painter import BlockPainter
from app.ui.calendar.week_canvas import WeekCanvas
from app.ui.calendar.week_drawing import GUTTER
from app.ui.shell import theme
from app.ui.translation import Counts, translate

ROW_HEIGHT = 22
ROWS_SHOWN = 3  # a day with more shows ROWS_SHOWN - 1 and "+N more"
_GAP = 2


class AllDayRow(QWidget):
    def __init__(self, canvas: WeekCanvas, edit: Callable[[int], None]) -> None:
        super().__init__()
        self.setObjectName("all-day-row")
        self.setAccessibleName(translate("WeekGrid", "All-day events"))
        self._canvas = canvas
        self._edit = edit
        self._painter = BlockPainter(self.font())
        self._days: list[list[TimeBlock]] = [[] for _ in range(7)]
        model = canvas.model
        model.layoutNeeded.connect(self.refresh)
        model.dataChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Sort the week's all-day blocks into their days, and fit the height to them."""
        week = self._canvas.week
        self._days = [[] for _ in range(7)]
        for block in self._canvas.model.blocks():
            if block.all_day:
                index = week.index_of(block.start.astimezone(week.zone).date())
                if index is not None:
                    self._days[index].append(block)
        for day in self._days:
            day.sort(key=lambda block: (block.title.casefold(), block.id))
        rows = min(max((len(day) for day in self._days), default=0), ROWS_SHOWN)
        self.setFixedHeight(rows * (ROW_HEIGHT + _GAP) + 2 * _GAP)
        self.setVisible(rows > 0)
        # the canvas may not be laid out yet when the model changes: draw once it is
        QTimer.singleShot(0, self.update)

    def blocks(self, day: int) -> list[TimeBlock]:
        """The all-day blocks of the week's day `day` (0 is its first day), as drawn."""
        return list(self._days[day])

    def placed(self) -> list[tuple[QRectF, TimeBlock | None, int]]:
        """Each drawn chip: its rectangle, its block (None for "+N more") and the day."""
        grid = self._canvas.grid()
        chips: list[tuple[QRectF, TimeBlock | None, int]] = []
        for index, day in enumerate(self._days):
            cut = len(day) > ROWS_SHOWN
            shown = day[: ROWS_SHOWN - 1] if cut else day
            for row, block in enumerate([*shown, None] if cut else shown):
                rect = QRectF(
                    grid.x(index) + _GAP,
                    _GAP + row * (ROW_HEIGHT + _GAP),
                    grid.day_width - 2 * _GAP,
                    ROW_HEIGHT,
                )
                chips.append((rect, block, index))
        return chips

    def block_at(self, point: QPointF) -> TimeBlock | None:
        return next((b for rect, b, _day in self.placed() if rect.contains(point)), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = theme.shown()
        painter.fillRect(self.rect(), QColor(colours.window))
        painter.setPen(QColor(colours.grid_line))
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        grid = self._canvas.grid()
        for index in range(1, 7):
            x = round(grid.x(index))
            painter.drawLine(x, 0, x, self.height())
        painter.setFont(self._painter.meta_font)
        painter.setPen(QColor(colours.muted))
        painter.drawText(
            QRectF(0, 0, GUTTER - 4, ROW_HEIGHT + _GAP),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            translate("WeekGrid", "all day"),
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        model, zone = self._canvas.model, self._canvas.week.zone
        selected = self._canvas.selected
        for rect, block, index in self.placed():
            if block is None:
                more = len(self._days[index]) - (ROWS_SHOWN - 1)
                painter.setFont(self._painter.meta_font)
                painter.setPen(QColor(colours.muted))
                more_text = Counts.tr("+%n more", "", more)
                painter.drawText(
                    rect.adjusted(6, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, more_text
                )
                continue
            self._painter.paint(
                painter, rect, block, model.linked(block), zone, selected=block.id == selected
            )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self._edit(block.id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = QPointF(event.pos())
            block = self.block_at(point)
            chip = next((c for c in self.placed() if c[0].contains(point)), None)
            if block is not None:
                QToolTip.showText(event.globalPos(), self._canvas.model.describe(block), self)
            elif chip is not None:
                more = self._days[chip[2]][ROWS_SHOWN - 1 :]
                QToolTip.showText(event.globalPos(), "\n".join(b.title for b in more), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
