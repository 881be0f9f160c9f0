"""CardDelegate: paints a task as a card — its title on up to two lines, then due date,
estimate, delegate and tags.

A task with an urgency suggestion says it first, in the colour of where it should go: "Due Tue
1 Dec (in 2 days): move to Do?" in place of the due date, with a Move and a ✕ button at the end
of the line (`suggestion_buttons`). A delegated task says "follow up
today" when that is today, and "follow up — overdue" in red once the day has passed.

Overdue dates are red and the card gets a red edge; done tasks are struck through. All cards
have the same height (`card_height`), so a lane is a table of fixed rows that scrolls fast.
"""

from datetime import UTC, date, datetime

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from app.model.block import Slot
from app.model.parsing import format_estimate
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.task_repeats import task_repeat_in_words
from app.model.urgency import Suggestion
from app.ui.calendar.block_painter import wrap_lines
from app.ui.local_dates import LOCAL_DATES, day_text, short_day_name, time_text
from app.ui.matrix import suggestion_buttons
from app.ui.matrix.lane_model import ScheduledRole, SuggestionRole, TaskRole
from app.ui.matrix.suggestion_buttons import Button
from app.ui.shell import theme
from app.ui.translation import Counts, translate

_MARGIN_X, _MARGIN_Y = 8, 3  # around the card
_PAD_X, _PAD_Y = 12, 7  # inside the card
_LINE_GAP = 3
_SELECTED_TINT = 28 / 255  # how much of the lane's accent a selected card's fill takes
SEPARATOR = "  ·  "  # between the pieces of a card's second line
TITLE_LINES = 2  # a title of ordinary length is read whole; a longer one ends in "…"


def friendly_date(day: date, today: date) -> str:
    delta = (day - today).days
    if delta == 0:
        return translate("Cards", "today")
    if delta == 1:
        return translate("Cards", "tomorrow")
    if delta == -1:
        return translate("Cards", "yesterday")
    if 1 < delta < 7:
        return short_day_name(day)
    return day_text(day, today)


Ink = str | Quadrant  # a text colour's role in the palette (see theme.Palette.ink)


def scheduled_text(slot: Slot, more: int, now: datetime) -> tuple[str, Ink]:
    """When the task has time blocked: "Tue 09:00" (and "+2" for more blocks to come), in the
    local time zone; muted "was Mon 09:00" once the last block is over."""
    start = slot.start.astimezone()
    today = now.astimezone().date()
    delta = (start.date() - today).days
    if delta == 0:
        day = translate("Cards", "Today")
    elif delta == 1:
        day = translate("Cards", "Tomorrow")
    elif -6 <= delta <= 6:
        day = short_day_name(start.date())
    else:
        day = day_text(start.date(), today)
    text = f"{day} {time_text(start)}" + (f" +{more}" if more else "")
    if slot.end <= now:
        return translate("Cards", "was {when}").format(when=text), "muted"
    return text, "scheduled"


def card_parts(
    task: Task,
    today: date,
    scheduled: tuple[Slot, int] | None = None,
    now: datetime | None = None,
    suggested: Suggestion | None = None,
) -> list[tuple[str, Ink]]:
    """The second line of a card as (text, colour role) pieces."""
    parts: list[tuple[str, Ink]] = []
    if suggested is not None:  # it says when the task is due, in the colour of where to go
        parts.append((suggested.question(translate, Counts, LOCAL_DATES), suggested.quadrant))
    if scheduled is not None and task.is_open:
        parts.append(scheduled_text(*scheduled, now or datetime.now(UTC)))
    if task.due and suggested is None:
        when = friendly_date(task.due, today)
        if task.due < today and task.is_open:
            parts.append((translate("Cards", "Overdue · {when}").format(when=when), "overdue"))
        elif task.due == today and task.is_open:
            parts.append((translate("Cards", "Due today"), "due_today"))
        else:
            parts.append((translate("Cards", "Due {when}").format(when=when), "muted"))
    if task.repeat:
        repeat = task_repeat_in_words(task.repeat, translate, Counts, LOCAL_DATES)
        parts.append((f"↻ {repeat}", "muted"))
    if task.estimate:
        parts.append((format_estimate(task.estimate), "muted"))
    if task.delegate:
        parts.append((f"→ {task.delegate}", "muted"))
    if task.follow_up:
        parts.append(follow_up_part(task, today))
    parts.extend((f"#{tag}", "muted") for tag in task.tags)
    return parts


def fitted(parts: list[tuple[str, Ink]], metrics: QFontMetrics, room: int) -> list[tuple[str, Ink]]:
    """The second line's pieces as a card of `room` pixels shows them (separators included),
    the last one cut with "…". When they do not all fit, "↻ every week on Mon" shrinks to ↻
    right after the first piece, so a narrow card still says that the task repeats."""
    if metrics.horizontalAdvance(SEPARATOR.join(piece for piece, _ in parts)) > room:
        repeat = next((n for n, (piece, _) in enumerate(parts) if piece.startswith("↻ ")), 0)
        if repeat > 0:
            rest = parts[:repeat] + parts[repeat + 1 :]
            parts = [rest[0], ("↻", parts[repeat][1]), *rest[1:]]
    shown: list[tuple[str, Ink]] = []
    x = 0
    for number, (piece, colour) in enumerate(parts):
        left = room - x
        if left <= metrics.horizontalAdvance("…"):
            break
        text = (SEPARATOR if number else "") + piece
        if metrics.horizontalAdvance(text) > left:  # (Qt's elision wants a pixel to spare)
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, left)
        if text.strip(" ·") == "…":  # a separator and "…" say nothing
            break
        shown.append((text, colour))
        x += metrics.horizontalAdvance(text)
    return shown


def questions(suggested: Suggestion) -> tuple[str, ...]:
    """What a card says of its suggestion, longest first, for cards ever narrower: "Due Tue 1
    Dec (in 2 days): move to Do?", "In 2 days: move to Do?", "Due in 2 days" (the → Do button
    beside it asks the rest)."""
    return suggested.questions(translate, Counts, LOCAL_DATES)


def follow_up_part(task: Task, today: date) -> tuple[str, Ink]:
    """When to follow up, on the card: "follow up today", "follow up — overdue", "follow up Fri"."""
    assert task.follow_up is not None
    if task.is_open and task.follow_up < today:
        return (translate("Cards", "follow up — overdue"), "overdue")
    if task.is_open and task.follow_up == today:
        return (translate("Cards", "follow up today"), "due_today")
    when = friendly_date(task.follow_up, today)
    return (translate("Cards", "follow up {when}").format(when=when), "muted")


def is_overdue(task: Task, today: date) -> bool:
    return task.is_open and (
        (task.due is not None and task.due < today)
        or (task.follow_up is not None and task.follow_up < today)
    )


class CardDelegate(QStyledItemDelegate):
    def __init__(self, quadrant: Quadrant, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quadrant = quadrant
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
        colours = theme.shown()
        accent = QColor(colours.lane(self._quadrant).accent)
        fill = QColor(colours.card)
        if selected:
            fill = theme.blend(accent, colours.card, _SELECTED_TINT)
            border = accent
        elif hovered:  # a step towards the text colour, in either scheme
            border = theme.blend(colours.text, colours.card_border, 0.15)
        else:
            border = QColor(colours.card_border)
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.setBrush(fill)
        painter.drawRoundedRect(card.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        stripe = QColor(colours.overdue) if is_overdue(task, today) else QColor(accent)
        if done:
            stripe.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(stripe)
        painter.drawRoundedRect(QRectF(card.left() + 1, card.top() + 1, 4, card.height() - 2), 2, 2)

        title_font, meta_font, title_metrics, meta_metrics = self._fonts(option)
        suggested = index.data(SuggestionRole)
        parts = card_parts(task, today, index.data(ScheduledRole), None, suggested)
        lines, top, meta_line = self._layout(option, task, bool(parts))
        line_height = title_metrics.height()
        placed = self._places(suggested, meta_line, meta_metrics)
        room = suggestion_buttons.room_left(meta_line, placed)
        if suggested is not None:
            # A repeating task keeps room for its ↻ beside the question.
            free = room - (meta_metrics.horizontalAdvance(SEPARATOR + "↻") if task.repeat else 0)
            fitting = (q for q in questions(suggested) if meta_metrics.horizontalAdvance(q) <= free)
            parts[0] = (next(fitting, questions(suggested)[-1]), parts[0][1])
        if done:
            title_font = QFont(title_font)
            title_font.setStrikeOut(True)
        painter.setFont(title_font)
        painter.setPen(QColor(colours.muted if done else colours.text))
        for number, line in enumerate(lines):
            painter.drawText(
                QRect(meta_line.left(), top + number * line_height, meta_line.width(), line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
        if parts:
            painter.setFont(meta_font)
            x, top = meta_line.left(), meta_line.top()
            for shown, colour in fitted(parts, meta_metrics, room):
                painter.setPen(QColor(colours.ink(colour)))
                painter.drawText(
                    QRect(x, top, meta_line.left() + room - x, meta_metrics.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    shown,
                )
                x += meta_metrics.horizontalAdvance(shown)
        if placed:
            viewport = getattr(option.widget, "viewport", None)
            pointer = viewport().mapFromGlobal(QCursor.pos()) if viewport and hovered else None
            suggestion_buttons.paint(painter, placed, suggested, pointer)
        painter.restore()

    def _layout(
        self, option: QStyleOptionViewItem, task: Task, has_parts: bool
    ) -> tuple[list[str], int, QRect]:
        """The title's lines, where they start, and the second line's rectangle."""
        _title, _meta, title_metrics, meta_metrics = self._fonts(option)
        card = QRectF(option.rect.adjusted(_MARGIN_X, _MARGIN_Y, -_MARGIN_X, -_MARGIN_Y))
        inner = card.toRect().adjusted(_PAD_X, _PAD_Y, -_PAD_X + 2, -_PAD_Y)
        lines = self.title_lines(task, option, inner.width())
        line_height = title_metrics.height()
        top = inner.top()
        if not has_parts or len(lines) < TITLE_LINES:  # centre what there is
            used = len(lines) * line_height + (
                _LINE_GAP + meta_metrics.height() if has_parts else 0
            )
            top = int(card.center().y() - used / 2)
        meta_top = top + len(lines) * line_height + _LINE_GAP
        return lines, top, QRect(inner.left(), meta_top, inner.width(), meta_metrics.height())

    def _places(
        self, suggested: Suggestion | None, line: QRect, metrics: QFontMetrics
    ) -> dict[Button, QRect]:
        if suggested is None:
            return {}
        placed = suggestion_buttons.places(line, suggested, self._quadrant, metrics)
        shortest = metrics.horizontalAdvance(questions(suggested)[-1])
        if shortest <= suggestion_buttons.room_left(line, placed):
            return placed
        # too narrow for the question's shortest form beside "→ Do": "→" alone
        return suggestion_buttons.places(line, suggested, self._quadrant, metrics, compact=True)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Over a suggestion button, its tooltip says what it does and its key."""
        if event.type() == QEvent.Type.ToolTip and isinstance(index, QModelIndex):
            button = suggestion_buttons.hit(self.buttons(option, index), event.pos())
            if button is not None:
                QToolTip.showText(event.globalPos(), button.tooltip(index.data(SuggestionRole)))
                return True
        return super().helpEvent(event, view, option, index)

    def buttons(self, option: QStyleOptionViewItem, index: QModelIndex) -> dict[Button, QRect]:
        """Where the suggestion buttons of the card at `index` are (viewport coordinates)."""
        task, suggested = index.data(TaskRole), index.data(SuggestionRole)
        if not isinstance(task, Task) or suggested is None:
            return {}
        _lines, _top, meta_line = self._layout(option, task, True)
        return self._places(suggested, meta_line, self._fonts(option)[3])
