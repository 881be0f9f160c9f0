"""EntryPreview: the line under the quick-add field that shows, while one types, what Enter will
store — a chip for each field read from the text (lane, due date, time blocked, estimate,
person, follow-up, tags), then the title, so nothing stored is a surprise. With nothing typed it
shows an example of what the field understands.
"""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.model.quadrant import Quadrant
from app.model.quick_entry import Entry
from app.ui.local_dates import LOCAL_DATES
from app.ui.shell import theme
from app.ui.translation import translate

_GAP, _PAD_X, _PAD_Y = 6.0, 8.0, 2.0
# The example stays in English: the field reads English words ("tomorrow", "3pm").
EXAMPLE = "Call Alice about the roadmap tomorrow 3pm 30m #team @alice"


def hint() -> str:
    """What the field understands, shown while nothing is typed."""
    return translate(
        "QuickAdd",
        'Try: {example}   (!do !defer !delegate !eliminate pick a lane; "quotes" keep words '
        "as they are)",
    ).format(example=EXAMPLE)


class EntryPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quick-add-preview")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.88, 7.0))
        self.setFont(font)
        self._title = ""
        self._chips: list[tuple[str, str]] = []
        self._lane: Quadrant | None = None
        self.setAccessibleName(hint())

    def sizeHint(self) -> QSize:
        return QSize(200, round(QFontMetricsF(self.font()).height() + 2 * _PAD_Y + 2))

    def show_entry(self, entry: Entry | None) -> None:
        """Preview `entry` (None: nothing typed, so nothing to preview)."""
        if entry is None:
            self._title, self._chips = "", []
            self.setAccessibleName(hint())
            self.update()
            return
        self._title = entry.title
        self._chips = entry.chips(translate, LOCAL_DATES, theme.lane_name)
        if not any(what == "lane" for what, _text in self._chips):
            self._chips.insert(0, ("lane", theme.lane_name(entry.lane)))
        self._lane = entry.lane
        said = ", ".join(text for _what, text in self._chips)
        self.setAccessibleName(
            translate("QuickAdd", "Adds “{title}”: {fields}").format(title=self._title, fields=said)
        )
        self.update()

    def chips(self) -> list[str]:
        """The chips' texts, as shown."""
        return [text for _what, text in self._chips]

    def title(self) -> str:
        return self._title

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetricsF(self.font())
        height = metrics.height() + 2 * _PAD_Y
        top = (self.height() - height) / 2
        x = 2.0
        colours = theme.shown()
        lane = QColor(colours.lane(self._lane).accent if self._lane else colours.muted)
        for what, text in self._chips:
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            if x + width > self.width():
                break
            rect = QRectF(x, top, width, height)
            accent = lane if what == "lane" else QColor(colours.muted)
            painter.setPen(theme.blend(accent, colours.window, 0.55))
            painter.setBrush(theme.translucent(accent, 24))
            painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), height / 2, height / 2)
            painter.setPen(accent if what == "lane" else QColor(colours.text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + _GAP
        room = self.width() - x - 4
        if room > 40:
            painter.setPen(QColor(colours.muted))
            said = (
                translate("QuickAdd", "“{title}”").format(title=self._title)
                if self._title
                else hint()
            )
            shown = metrics.elidedText(said, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRectF(x + 2, 0, room, self.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                shown,
            )
        painter.end()
