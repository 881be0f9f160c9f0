"""CardDelegate: paints a task as a card — its title on up to two lines, then due date,
estimate, delegate and tags.

A task with an urgency suggestion says it first, in the colour of where it should go: "Due Tue
1 Dec (in 2 days): move to Do?" in place of the due date. A delegated task says "follow up
today" when that is today, and "follow up — overdue" in red once the day has passed.

Overdue dates are red and the card gets a red edge; done tasks are struck through. All cards
have the same height (`card_height`), so a lane is a table of fixed rows that scrolls fast.
"""

from datetime import UTC, date, datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.model.block import Slot
from app.model.parsing import format_estimate
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.task_repeats import task_repeat_in_words
from app.model.urgency import Suggestion
from app.model.week import WEEKDAYS, day_text
from app.ui.calendar.block_painter import wrap_lines
from app.ui.matrix.lane_model import ScheduledRole, SuggestionRole, TaskRole
from app.ui.shell import theme

_MARGIN_X, _MARGIN_Y = 8, 3  # around the card
_PAD_X, _PAD_Y = 12, 7  # inside the card
_LINE_GAP = 3
TITLE_LINES = 2  # a title of ordinary length is read whole; a longer one ends in "…"


def friendly_date(day: date, today: date) -> str:
    delta = (day - today).days
    if delta == 0:
        return "today"
    if delta == 1:
        return "tomorrow"
    if delta == -1:
        return "yesterday"
    if 1 < delta < 7:
        return WEEKDAYS[day.weekday()]
    return day_text(day, today)


def scheduled_text(slot: Slot, more: int, now: datetime) -> tuple[str, str]:
    """When the task has time blocked: "Tue 09:00" (and "+2" for more blocks to come), in the
    local time zone; muted "was Mon 09:00" once the last block is over."""
    start = slot.start.astimezone()
    today = now.astimezone().date()
    delta = (start.date() - today).days
    if delta == 0:
        day = "Today"
    elif delta == 1:
        day = "Tomorrow"
    elif -6 <= delta <= 6:
        day = WEEKDAYS[start.weekday()]
    else:
        day = day_text(start.date(), today)
    text = f"{day} {start:%H:%M}" + (f" +{more}" if more else "")
    if slot.end <= now:
        return f"was {text}", theme.MUTED
    return text, theme.SCHEDULED


def card_parts(
    task: Task,
    today: date,
    scheduled: tuple[Slot, int] | None = None,
    now: datetime | None = None,
    suggested: Suggestion | None = None,
) -> list[tuple[str, str]]:
    """The second line of a card as (text, colour) pieces."""
    parts: list[tuple[str, str]] = []
    if suggested is not None:  # it says when the task is due
        parts.append((suggested.question, theme.LOOKS[suggested.quadrant].accent))
    if scheduled is not None and task.is_open:
        parts.append(scheduled_text(*scheduled, now or datetime.now(UTC)))
    if task.due and suggested is None:
        when = friendly_date(task.due, today)
        if task.due < today and task.is_open:
            parts.append((f"Overdue · {when}", theme.OVERDUE))
        elif task.due == today and task.is_open:
            parts.append(("Due today", theme.DUE_TODAY))
        else:
            parts.append((f"Due {when}", theme.MUTED))
    if task.repeat:
        parts.append((f"↻ {task_repeat_in_words(task.repeat)}", theme.MUTED))
    if task.estimate:
        parts.append((format_estimate(task.estimate), theme.MUTED))
    if task.delegate:
        parts.append((f"→ {task.delegate}", theme.MUTED))
    if task.follow_up:
        parts.append(follow_up_part(task, today))
    parts.extend((f"#{tag}", theme.MUTED) for tag in task.tags)
    return parts


def short_question(suggested: Suggestion) -> str:
    """The question for a card too narrow for the whole of it: "In 2 days: move to Do?"."""
    soon = suggested.soon[:1].upper() + suggested.soon[1:]
    if suggested.quadrant is Quadrant.DELEGATE:
        return f"Due {suggested.soon}: follow up first"
    return f"{soon}: move to {suggested.quadrant.label}?"


def follow_up_part(task: Task, today: date) -> tuple[str, str]:
    """When to follow up, on the card: "follow up today", "follow up — overdue", "follow up Fri"."""
    assert task.follow_up is not None
    if task.is_open and task.follow_up < today:
        return ("follow up — overdue", theme.OVERDUE)
    if task.is_open and task.follow_up == today:
        return ("follow up today", theme.DUE_TODAY)
    return (f"follow up {friendly_date(task.follow_up, today)}", theme.MUTED)


def is_overdue(task: Task, today: date) -> bool:
    return task.is_open and (
        (task.due is not None and task.due < today)
        or (task.follow_up is not None and task.follow_up < today)
    )


class CardDelegate(QStyledItemDelegate):
    def __init__(self, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accent = QColor(theme.LOOKS[quadrant].accent)
        self._font_cache: dict[str, tuple[QFont, QFont, QFontMetrics, QFontMetrics]] = {}

    def _fonts(
        self, option: QStyleOptionViewItem
    ) -> tuple[QFont, QFont, QFontMetrics, QFontMetrics]:
        """The title and detail fonts and their metrics, made once per view font."""
        key = option.font.key()
        if key not in self._font_cache:
            title = QFont(option.font)
            title.setWeight(QFont.Weight.Medium)
            meta = QFont(option.font)
            meta.setPointSizeF(max(option.font.pointSizeF() * 0.88, 7.0))
            self._font_cache[key] = (title, meta, QFontMetrics(title), QFontMetrics(meta))
        return self._font_cache[key]

    def card_height(self, font: QFont) -> int:
        """Every card's height (with its margins) in a view using `font`."""
        option = QStyleOptionViewItem()
        option.font = font
        _title, _meta, title_metrics, meta_metrics = self._fonts(option)
        height = TITLE_LINES * title_metrics.height() + _LINE_GAP + meta_metrics.height()
        return height + 2 * (_PAD_Y + _MARGIN_Y)

    def title_lines(self, task: Task, option: QStyleOptionViewItem, width: int) -> list[str]:
        """The title as painted in a card `width` wide inside: up to two lines, the last one
        ending in "…" if the title is longer still."""
        title_font = self._fonts(option)[0]
        text = ("✓ " if task.status is Status.DONE else "") + task.title
        return wrap_lines(text, QFontMetricsF(title_font), width, TITLE_LINES)

    def text_width(self, card_width: int) -> int:
        """The room for text in a card drawn in a row `card_width` wide."""
        return card_width - 2 * _MARGIN_X - 2 * _PAD_X + 2

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(200, self.card_height(option.font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        task = index.data(TaskRole)
        if not isinstance(task, Task):
            return
        today = date.today()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        done = task.status is Status.DONE
        card = QRectF(option.rect.adjusted(_MARGIN_X, _MARGIN_Y, -_MARGIN_X, -_MARGIN_Y))

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(theme.CARD)
        if selected:
            fill = QColor(self._accent)
            fill.setAlpha(28)
            fill = _over_white(fill)
        border = (
            self._accent if selected else QColor(theme.CARD_BORDER).darker(108 if hovered else 100)
        )
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        stripe = QColor(theme.OVERDUE) if is_overdue(task, today) else QColor(self._accent)
        if done:
            stripe.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRectF(card.left() + 1, card.top() + 1, 4, card.height() - 2), 2, 2)

        title_font, meta_font, title_metrics, meta_metrics = self._fonts(option)
        inner = card.toRect().adjusted(_PAD_X, _PAD_Y, -_PAD_X + 2, -_PAD_Y)
        suggested = index.data(SuggestionRole)
        parts = card_parts(task, today, index.data(ScheduledRole), None, suggested)
        if suggested is not None and meta_metrics.horizontalAdvance(parts[0][0]) > inner.width():
            parts[0] = (short_question(suggested), parts[0][1])
        lines = self.title_lines(task, option, inner.width())
        line_height = title_metrics.height()
        top = inner.top()
        if not parts or len(lines) < TITLE_LINES:  # centre what there is
            used = len(lines) * line_height + (_LINE_GAP + meta_metrics.height() if parts else 0)
            top = int(card.center().y() - used / 2)
        if done:
            title_font = QFont(title_font)
            title_font.setStrikeOut(True)
        painter.setFont(title_font)
        painter.setPen(QColor(theme.MUTED if done else theme.TEXT))
        for number, line in enumerate(lines):
            painter.drawText(
                QRect(inner.left(), top + number * line_height, inner.width(), line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        if parts:
            painter.setFont(meta_font)
            x, top = inner.left(), top + len(lines) * line_height + _LINE_GAP
            separator = "  ·  "
            for number, (piece, colour) in enumerate(parts):
                piece = (separator if number else "") + piece
                room = inner.right() - x
                if room <= meta_metrics.horizontalAdvance("…"):
                    break
                shown = meta_metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
                painter.setPen(QColor(colour))
                painter.drawText(
                    QRect(x, top, room, meta_metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    shown,
                )
                x += meta_metrics.horizontalAdvance(shown)
        painter.restore()


def _over_white(colour: QColor) -> QColor:
    alpha = colour.alphaF()
    return QColor.fromRgbF(
        1 - alpha + colour.redF() * alpha,
        1 - alpha + colour.greenF() * alpha,
        1 - alpha + colour.blueF() * alpha,
    )
