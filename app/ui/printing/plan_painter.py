"""Painting the weekly plan in points: its print colours, and the primitives every part of a
page is drawn with — text in the fonts' unit (see `plan_fonts`), lines, quadrant badges.
"""

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter, QPen, QTransform

from app.model.plan import WeeklyPlan
from app.model.quadrant import Quadrant
from app.ui.printing.plan_fonts import PT, Fonts
from app.ui.printing.plan_lists import RowMetrics
from app.ui.shell import theme

COLOURS = theme.LIGHT  # paper is white, whatever the screen shows
INK = QColor(COLOURS.text)
MUTED = QColor(COLOURS.muted)
PAPER = QColor(COLOURS.card)
RULE = QColor(theme.PRINT.rule)
LIGHT_RULE = QColor(theme.PRINT.light_rule)
WEEKEND = QColor(theme.PRINT.weekend)
TODAY = QColor(theme.PRINT.today)
LEGEND = (Quadrant.DO, Quadrant.DEFER, Quadrant.DELEGATE, Quadrant.ELIMINATE)

# Text flags as plain ints: combining Qt's flag enums costs more than drawing the text.
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
TOP_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
_ONE_LINE = int(Qt.TextFlag.TextSingleLine)
_FORCE_LTR = int(Qt.TextFlag.TextForceLeftToRight)


class PlanPainter:
    """Draws on a page in points: text in the fonts' unit, lines, badges."""

    def __init__(
        self, painter: QPainter, device: QPaintDevice, fonts: Fonts, plan: WeeklyPlan, pages: int
    ) -> None:
        self.p = painter
        self.fonts = fonts
        self.plan = plan
        self.pages = pages
        x, y = device.logicalDpiX() / 72, device.logicalDpiY() / 72
        self.points = QTransform.fromScale(x, y)  # one unit is a point
        self.units = QTransform.fromScale(x / PT, y / PT)  # the unit fonts are sized in
        self.font: QFont | None = None
        self.rows = RowMetrics(fonts, 0.0)  # heights only: rows come fitted
        painter.setWorldTransform(self.points)

    # -- primitives -------------------------------------------------------------------------------

    def text(
        self,
        rect: QRectF,
        text: str,
        font: QFont,
        colour: QColor = INK,
        align: int = LEFT,
        ltr: bool = False,
    ) -> None:
        """Draw `text` in `rect` (points); fonts are sized in 1/PT points, see plan_fonts.

        `ltr`: a line we composed ("→ name · follow up …") reads left to right even when a
        name in it is Arabic or Hebrew; a title alone takes the direction of its script."""
        if not text:
            return
        self._text_pen(font, colour)
        scaled = QRectF(rect.left() * PT, rect.top() * PT, rect.width() * PT, rect.height() * PT)
        self.p.drawText(scaled, align | _ONE_LINE | (_FORCE_LTR if ltr else 0), text)
        self.p.setWorldTransform(self.points)

    def baseline_text(self, point: QPointF, text: str, font: QFont, colour: QColor = INK) -> float:
        """Draw `text` with its baseline at `point`; returns its width in points."""
        self._text_pen(font, colour)
        self.p.drawText(QPointF(point.x() * PT, point.y() * PT), text)
        self.p.setWorldTransform(self.points)
        return self.fonts.width(font, text)

    def _text_pen(self, font: QFont, colour: QColor) -> None:
        """Ready to draw text in font units (fonts are sized in 1/PT points)."""
        self.p.setWorldTransform(self.units)
        if font is not self.font:
            self.p.setFont(font)
            self.font = font
        self.p.setPen(colour)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, colour: QColor, width: float
    ) -> None:
        self.p.setPen(QPen(colour, width))
        self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def badge(self, rect: QRectF, quadrant: Quadrant) -> None:
        """The quadrant's number, white on its colour: readable in grey too."""
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(COLOURS.lane(quadrant).accent))
        self.p.drawRoundedRect(rect, 1.5, 1.5)
        self.text(rect, quadrant.key, self.fonts.badge, QColor(COLOURS.on_accent), CENTER)
