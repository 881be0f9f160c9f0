"""Painting one time block: a rounded card in its task's quadrant colour (or its kind's), with
its title and times. The calendar uses it for blocks, for gesture previews and drop previews."""

from datetime import tzinfo

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from app.model.block import BlockKind, TimeBlock
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.ui import theme

_RADIUS = 4.0
_STRIPE = 3.0
_PAD = 5.0
_TIME_AND_TITLE = 110.0  # a one-line block narrower than this shows only its title


def block_colours(kind: BlockKind, task: Task | None) -> tuple[QColor, QColor]:
    """(accent, fill): the linked task's quadrant colours, else the kind's."""
    if task is not None and task.quadrant is not Quadrant.INBOX:
        look = theme.LOOKS[task.quadrant]
        return QColor(look.accent), QColor(look.tint)
    accent, fill = theme.KIND_LOOKS[kind]
    return QColor(accent), QColor(fill)


def time_range(block: TimeBlock, zone: tzinfo) -> str:
    start, end = block.start.astimezone(zone), block.end.astimezone(zone)
    return f"{start:%H:%M}–{end:%H:%M}"


class BlockPainter:
    """Draws blocks with fonts made once for the widget's font."""

    def __init__(self, font: QFont) -> None:
        self.title_font = QFont(font)
        self.title_font.setWeight(QFont.Weight.DemiBold)
        self.title_font.setPointSizeF(max(font.pointSizeF() * 0.9, 7.0))
        self.meta_font = QFont(font)
        self.meta_font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.5))
        self.title_metrics = QFontMetricsF(self.title_font)
        self.meta_metrics = QFontMetricsF(self.meta_font)

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
        block began the day before, so its times are not repeated."""
        accent, fill = block_colours(block.kind, task)
        if ghost:
            fill.setAlpha(200)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        border = QPen(
            accent if selected or ghost else accent.lighter(150), 2.0 if selected else 1.0
        )
        if ghost:
            border.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(border)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), _RADIUS, _RADIUS)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(
            QRectF(rect.left() + 1, rect.top() + 1, _STRIPE, rect.height() - 2), 1.5, 1.5
        )
        inner = rect.adjusted(_STRIPE + _PAD, 2, -_PAD + 1, -2)
        if inner.width() > 8 and inner.height() > 6:
            self._text(painter, inner, block, task, zone, continued)
        painter.restore()

    def _text(
        self,
        painter: QPainter,
        inner: QRectF,
        block: TimeBlock,
        task: Task | None,
        zone: tzinfo,
        continued: bool,
    ) -> None:
        painter.setClipRect(inner)
        done = task is not None and task.status is Status.DONE
        title = ("✓ " if done else "") + block.title
        when = "…" + f"{block.end.astimezone(zone):%H:%M}" if continued else time_range(block, zone)
        if block.kind is not BlockKind.FOCUS:
            when += f" · {block.kind.label}"
        title_h, meta_h = self.title_metrics.height(), self.meta_metrics.height()
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        elide = Qt.TextElideMode.ElideRight
        if inner.height() < title_h + meta_h:  # one line: "09:00 Title"
            painter.setFont(self.title_font)
            painter.setPen(QColor(theme.TEXT))
            # Narrow: the title alone says more than a cut-off time.
            line = title if inner.width() < _TIME_AND_TITLE else f"{when.split('–')[0]} {title}"
            shown = self.title_metrics.elidedText(line, elide, inner.width())
            top = inner.top() + max(0.0, (inner.height() - title_h) / 2)
            painter.drawText(QRectF(inner.left(), top, inner.width(), title_h), left, shown)
            return
        painter.setFont(self.title_font)
        painter.setPen(QColor(theme.TEXT))
        lines = max(1, int((inner.height() - meta_h) // title_h))
        y = inner.top()
        for text in _wrap(title, self.title_metrics, inner.width(), min(lines, 3)):
            painter.drawText(QRectF(inner.left(), y, inner.width(), title_h), left, text)
            y += title_h
        painter.setFont(self.meta_font)
        painter.setPen(QColor(theme.MUTED))
        shown = self.meta_metrics.elidedText(when, elide, inner.width())
        painter.drawText(QRectF(inner.left(), y, inner.width(), meta_h), left, shown)


def _wrap(text: str, metrics: QFontMetricsF, width: float, lines: int) -> list[str]:
    """Up to `lines` lines of `text` broken at spaces; the last one ends in "…" if cut."""
    words = text.split(" ")
    result: list[str] = []
    current = ""
    while words and len(result) < lines - 1:
        candidate = f"{current} {words[0]}" if current else words[0]
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            words.pop(0)
            if metrics.horizontalAdvance(current) > width:  # one long word: cut it here
                break
        else:
            result.append(current)
            current = ""
    rest = " ".join(([current] if current else []) + words)
    if rest:
        result.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return result
