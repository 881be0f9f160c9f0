"""Painting one time block: a rounded card in its task's quadrant colour (or its kind's), with
its title and times. The calendar uses it for blocks, for gesture previews and drop previews."""

from datetime import tzinfo

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPen,
    QStaticText,
    QTransform,
)

from app.model.block import BlockKind, TimeBlock
from app.model.quadrant import Status
from app.model.task import Task
from app.ui.local_dates import time_text
from app.ui.shell import theme
from app.ui.translation import translate

_RADIUS = 4.0
_STRIPE = 3.0
_PAD = 5.0
_TEXTS_KEPT = 4096  # laid-out blocks kept: many weeks' worth
_HATCH_ALPHA = 60  # the diagonal lines over a block imported from a calendar file
_TIME_AND_TITLE = 110.0  # a one-line block narrower than this shows only its title


def block_colours(
    kind: BlockKind, task: Task | None, colours: theme.Palette
) -> tuple[QColor, QColor]:
    """(accent, fill): the linked task's quadrant colours, else the kind's."""
    pair = colours.block(kind, task.quadrant if task is not None else None)
    return QColor(pair.accent), QColor(pair.tint)


def time_range(block: TimeBlock, zone: tzinfo) -> str:
    start, end = block.start.astimezone(zone), block.end.astimezone(zone)
    return f"{time_text(start)}–{time_text(end)}"


Line = tuple[QStaticText, float, bool]  # the text laid out once, its offset down, is a title


class BlockPainter:
    """Draws blocks with fonts made once for the widget's font.

    A week repaints a few hundred blocks at every change, so their colours and laid-out text
    are kept (`forget_text` drops the text when sizes change) rather than made again.
    A block whose title, times or size changed is simply laid out under a new key.
    """

    def __init__(self, font: QFont) -> None:
        self.title_font = QFont(font)
        self.title_font.setWeight(QFont.Weight.DemiBold)
        self.title_font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.meta_font = QFont(font)
        self.meta_font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
        self.title_metrics = QFontMetricsF(self.title_font)
        self.meta_metrics = QFontMetricsF(self.meta_font)
        self._looks: dict[tuple[object, ...], tuple[QPen, QColor, QColor]] = {}
        self._texts: dict[tuple[object, ...], tuple[list[Line], bool]] = {}

    def forget_text(self) -> None:
        self._texts.clear()

    def paint(
        self,
        painter: QPainter,
        rect: QRectF,
        block: TimeBlock,
        task: Task | None,
        zone: tzinfo,
        selected: bool = False,
        ghost: bool = False,
        continued: bool = False,
    ) -> None:
        """`ghost`: a preview of where a gesture puts the block; `continued`: this part of the
        block began the day before, so its times are not repeated. The painter should have
        antialiasing on."""
        imported = block.source is not None
        colours = theme.shown()
        border, fill, accent = self._look(colours, block.kind, task, selected, ghost, imported)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), _RADIUS, _RADIUS)
        if imported:  # from a calendar file: hatched in its colour, so it reads as not ours
            hatch = theme.translucent(accent, _HATCH_ALPHA)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), _RADIUS, _RADIUS)
        painter.fillRect(
            QRectF(rect.left() + 1, rect.top() + 1, _STRIPE, rect.height() - 2), accent
        )
        inner = rect.adjusted(_STRIPE + _PAD, 2, -_PAD + 1, -2)
        if inner.width() <= 8 or inner.height() <= 6:
            return
        done = task is not None and task.status is Status.DONE
        key = (block.title, block.start, block.end, block.kind, done, continued, zone,
               block.all_day, block.is_occurrence, round(inner.width()),
               round(inner.height()))  # fmt: skip
        laid_out = self._texts.get(key)
        if laid_out is None:
            if len(self._texts) >= _TEXTS_KEPT:  # blocks that changed leave old entries
                self._texts.clear()
            laid_out = self._texts[key] = self._lay_out(inner, block, zone, done, continued)
        lines, overflows = laid_out
        if overflows:
            painter.save()
            painter.setClipRect(inner)
        for static, down, is_title in lines:
            painter.setFont(self.title_font if is_title else self.meta_font)
            painter.setPen(QColor(colours.text if is_title else colours.muted))
            painter.drawStaticText(QPointF(inner.left(), inner.top() + down), static)
        if overflows:
            painter.restore()

    def _look(
        self,
        colours: theme.Palette,
        kind: BlockKind,
        task: Task | None,
        selected: bool,
        ghost: bool,
        imported: bool,
    ) -> tuple[QPen, QColor, QColor]:
        quadrant = task.quadrant if task is not None else None
        key = (colours.name, kind, quadrant, selected, ghost, imported)
        if key not in self._looks:
            accent, fill = block_colours(kind, task, colours)
            edge = accent if selected or ghost else theme.blend(accent, fill, 0.5)
            if ghost:
                fill.setAlpha(200)
            border = QPen(edge, 2.0 if selected else 1.0)
            if ghost or imported:
                border.setStyle(Qt.PenStyle.DashLine)
            self._looks[key] = border, fill, accent
        return self._looks[key]

    def _lay_out(
        self, inner: QRectF, block: TimeBlock, zone: tzinfo, done: bool, continued: bool
    ) -> tuple[list[Line], bool]:
        """The block's text lines for a box of `inner`'s size, and whether they overflow it."""
        shown, overflows = self.shown_text(inner.width(), inner.height(), block, zone, done,
                                           continued)  # fmt: skip
        fonts = {True: self.title_font, False: self.meta_font}
        lines = [(self._static(text, fonts[is_title]), down, is_title)
                 for text, down, is_title in shown]  # fmt: skip
        return lines, overflows

    def shown_text(
        self,
        width: float,
        height: float,
        block: TimeBlock,
        zone: tzinfo,
        done: bool = False,
        continued: bool = False,
    ) -> tuple[list[tuple[str, float, bool]], bool]:
        """What a block shows in a text box of this size: (text, offset down, is a title) for
        each line, and whether they overflow the box.

        What counts most is kept when room runs short: the title, then the start time, then
        the end time, then ↻ (it repeats), then the kind."""
        title = ("✓ " if done else "") + block.title
        if block.all_day:
            start = span = translate("WeekGrid", "all day")
        elif continued:
            start = span = "…" + time_text(block.end.astimezone(zone))
        else:
            span = time_range(block, zone)
            start = time_text(block.start.astimezone(zone))
        kind = f" · {theme.kind_name(block.kind)}" if block.kind is not BlockKind.FOCUS else ""
        marker = "↻ " if block.is_occurrence else ""
        title_h, meta_h = self.title_metrics.height(), self.meta_metrics.height()
        if height < title_h + meta_h:  # one line: "09:00 Title"
            # Narrow: the title alone says more than a cut-off time.
            line = title
            if width >= _TIME_AND_TITLE and not block.all_day:
                line = f"{start} {title}"
                if self.title_metrics.horizontalAdvance(marker + line) <= width:
                    line = marker + line
            shown = self.title_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            if shown == "…":  # a lone "…" says less than the title's first letters
                shown = line[: _fitting(line, self.title_metrics, width)]
                if self.title_metrics.horizontalAdvance(shown) > width:
                    shown = ""
            down = max(0.0, (height - title_h) / 2)
            return [(shown, down, True)], title_h > height
        when = self._when(width, start, span, marker, kind)
        # A time cut to "0…" says nothing: in a column too narrow for the start time, the
        # title takes the whole box (where the block sits says when).
        count = max(1, int((height - (meta_h if when else 0.0)) // title_h))
        lines: list[tuple[str, float, bool]] = []
        down = 0.0
        for text in wrap_lines(title, self.title_metrics, width, min(count, 3 if when else 6)):
            lines.append((text, down, True))
            down += title_h
        if when:
            lines.append((when, down, False))
        return lines, False

    def _when(self, width: float, start: str, span: str, marker: str, kind: str) -> str:
        """The longest time line that fits `width` whole: "↻ 09:00–10:00 · Meeting", without
        the kind, without ↻, the start alone, or nothing."""
        shorter = (marker + span + kind, marker + span, span, start)
        fitting = (text for text in shorter if self.meta_metrics.horizontalAdvance(text) <= width)
        return next(fitting, "")

    @staticmethod
    def _static(text: str, font: QFont) -> QStaticText:
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.prepare(QTransform(), font)
        return static


def wrap_lines(text: str, metrics: QFontMetricsF, width: float, lines: int) -> list[str]:
    """Up to `lines` lines of `text` broken at spaces, and inside a word too wide for a line
    (a narrow block shows "Wri / te the" rather than "…"); the last one ends in "…" if cut."""
    words = text.split(" ")
    result: list[str] = []
    current = ""
    while words and len(result) < lines - 1:
        candidate = f"{current} {words[0]}" if current else words[0]
        if metrics.horizontalAdvance(candidate) <= width:
            current = candidate
            words.pop(0)
        elif current:
            result.append(current)
            current = ""
        else:  # one word wider than the line: as much as fits, the rest on the next line
            cut = _fitting(words[0], metrics, width)
            result.append(words[0][:cut])
            words[0] = words[0][cut:]
    rest = " ".join(([current] if current else []) + words)
    if rest:
        result.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return result


def _fitting(word: str, metrics: QFontMetricsF, width: float) -> int:
    """How many of `word`'s first characters fit in `width` (at least one)."""
    count = 1
    while count < len(word) and metrics.horizontalAdvance(word[: count + 1]) <= width:
        count += 1
    return count
