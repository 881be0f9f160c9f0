"""Drawing the week's time grid: the hours down the side, off hours and today shaded, the
lines, and the now line. The blocks on it are drawn by BlockPainter; this module says where.
"""

from datetime import datetime, time

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.model.block import BlockKind, TimeBlock
from app.model.week import Week, wall_minutes
from app.model.week_layout import Grid, Placed, segments
from app.ui.local_dates import time_text
from app.ui.shell import theme

GUTTER = 54  # the hour labels' column


def paint_grid(
    painter: QPainter,
    grid: Grid,
    area: QRect,
    size: tuple[int, int],
    week: Week,
    working_hours: tuple[int, int],
    now: datetime,
    font: tuple[QFont, QFontMetricsF],
) -> None:
    """The background of `area`: off hours, today's tint, hour and half-hour lines, labels."""
    width, height = size
    colours = theme.shown()
    painter.fillRect(area, QColor(colours.card))
    start, end = working_hours
    off = QColor(colours.off_hours)
    painter.fillRect(QRectF(GUTTER, 0, width - GUTTER, grid.y(start)), off)
    painter.fillRect(QRectF(GUTTER, grid.y(end), width - GUTTER, height - grid.y(end)), off)
    for column, day in enumerate(week.days):
        if day.weekday() >= 5:  # the weekend is off hours all day
            painter.fillRect(QRectF(grid.x(column), 0, grid.day_width, height), off)
    today = week.index_of(now.astimezone(week.zone).date())
    if today is not None:
        tint = theme.translucent(colours.today_tint, 200)
        painter.fillRect(QRectF(grid.x(today), 0, grid.day_width, height), tint)
    half = QPen(QColor(colours.half_hour_line), 1)
    full = QPen(QColor(colours.grid_line), 1)
    painter.setFont(font[0])
    metrics = font[1]
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
            painter.setPen(QColor(colours.muted))
            label = QRectF(0, y - metrics.height() / 2, GUTTER - 8, metrics.height())
            painter.drawText(
                label,
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                time_text(time(hour)),
            )
    painter.setPen(full)
    for column in range(8):
        x = round(grid.x(column)) + 0.5
        painter.drawLine(QPointF(x, 0), QPointF(x, height))


def paint_now(painter: QPainter, grid: Grid, week: Week, now: datetime) -> None:
    """The red line across today's column at the current time (when the week holds it)."""
    if not week.start <= now < week.end:
        return
    local = now.astimezone(week.zone)
    index = week.index_of(local.date())
    if index is None:
        return
    y = grid.y(wall_minutes(now, local.date(), week.zone))
    colour = QColor(theme.shown().now_line)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 2))
    painter.drawLine(QPointF(grid.x(index), y), QPointF(grid.x(index) + grid.day_width, y))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(grid.x(index), y), 4, 4)


def preview_rects(block: TimeBlock, grid: Grid, week: Week) -> list[tuple[QRectF, bool]]:
    """Where a preview of `block` is drawn (full width: a day's piece each), and whether each
    piece continues one from the day before."""
    return [
        (QRectF(*grid.rect(Placed(segment, 0, 1))), not segment.starts_here)
        for segment in segments([block], week)
    ]


def draft_block(start: datetime, end: datetime, title: str) -> TimeBlock:
    """A block that is not stored yet, to draw a preview with."""
    return TimeBlock(0, "", start, end, title, BlockKind.FOCUS, None, "", start, start)
