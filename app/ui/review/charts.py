"""The review's two small drawings, painted with QPainter (no chart library):

- `TimeBar`: the week's blocked hours as one bar, a segment per category, in the colours the
  matrix and calendar use for lanes and kinds.
- `TrendChart`: the last weeks' Defer hours as columns and the reactive share as a line. It
  draws with the palette's roles only (text, mid, highlight, link), so it reads in light and
  dark themes alike.
"""

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.model.block import BlockKind
from app.model.quadrant import Quadrant
from app.model.review_figures import Category, TimeSpent, hours_text
from app.ui.shell import theme
from app.ui.translation import translate


def category_colour(category: Category) -> QColor:
    """The lane's accent for a task's time, the kind's for time without a task."""
    colours = theme.shown()
    if category.value in {q.value for q in Quadrant}:
        return QColor(colours.lane(Quadrant(category.value)).accent)
    return QColor(colours.kinds[BlockKind(category.value)].accent)


class TimeBar(QWidget):
    """One horizontal bar: each category's share of the week's blocked time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-time-bar")
        self.setAccessibleName(translate("Review", "Where the time went"))
        self.setMinimumHeight(22)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._hours: list[tuple[Category, float]] = []

    def set_time(self, spent: TimeSpent) -> None:
        self._hours = [(c, h) for c, h in spent.hours.items() if h > 0]
        self.setToolTip(
            ", ".join(f"{c.named(translate)} {hours_text(h, translate)}" for c, h in self._hours)
        )
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 22)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        palette = self.palette()
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(area, 4, 4)
        total = sum(h for _, h in self._hours)
        if total <= 0:
            return
        x = area.left()
        painter.setPen(Qt.PenStyle.NoPen)
        for category, hours in self._hours:
            width = area.width() * hours / total
            painter.setBrush(category_colour(category))
            painter.drawRect(QRectF(x, area.top(), width, area.height()))
            x += width
        painter.end()


class TrendChart(QWidget):
    """Columns: Defer hours per week; line: reactive share (0–100 %, right-hand scale)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review-trend")
        self.setAccessibleName(translate("Review", "Reactive share and Defer hours, last 8 weeks"))
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._weeks: Sequence[TimeSpent] = ()

    def set_trend(self, weeks: Sequence[TimeSpent]) -> None:
        self._weeks = tuple(weeks)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 160)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        columns = palette.color(QPalette.ColorRole.Highlight)
        line = palette.color(QPalette.ColorRole.Link)
        metrics = painter.fontMetrics()
        label_height = metrics.height()
        left = metrics.horizontalAdvance(hours_text(88, translate)) + 8
        right = metrics.horizontalAdvance(_percent(100)) + 8
        plot = QRectF(left, label_height / 2 + 2, self.width() - left - right,
                      self.height() - 2 * label_height - 8)  # fmt: skip
        if not self._weeks or plot.width() <= 0 or plot.height() <= 0:
            painter.end()
            return
        top_hours = max(4.0, max(w.defer for w in self._weeks))
        top_hours = float(int(top_hours + 0.999))
        # Scale lines and their labels: 0, half, top.
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DotLine))
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * fraction
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(muted)
        for fraction in (0.0, 0.5, 1.0):
            y = plot.bottom() - plot.height() * fraction
            box = QRectF(0, y - label_height / 2, left - 6, label_height)
            painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             hours_text(top_hours * fraction, translate))  # fmt: skip
            box = QRectF(plot.right() + 6, y - label_height / 2, right - 6, label_height)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             _percent(round(fraction * 100)))  # fmt: skip
        slot = plot.width() / len(self._weeks)
        points: list[QPointF | None] = []
        for index, week in enumerate(self._weeks):
            x = plot.left() + slot * index
            height = plot.height() * week.defer / top_hours
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(columns)
            painter.drawRect(QRectF(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height))
            painter.setPen(text if index == len(self._weeks) - 1 else muted)
            _, number = week.week.iso
            painter.drawText(
                QRectF(x, plot.bottom() + 4, slot, label_height),
                Qt.AlignmentFlag.AlignCenter,
                translate("Review", "W{number}").format(number=number),
            )
            share = week.reactive_share
            points.append(
                None
                if share is None
                else QPointF(x + slot / 2, plot.bottom() - plot.height() * share)
            )
        painter.setPen(QPen(line, 2))
        painter.setBrush(line)
        previous: QPointF | None = None
        for point in points:
            if point is not None:
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.drawEllipse(point, 3, 3)
            previous = point
        painter.end()


def _percent(number: int) -> str:
    """ "50%" ("50 %" in German): the chart's right-hand scale."""
    return translate("Review", "{number}%").format(number=number)
