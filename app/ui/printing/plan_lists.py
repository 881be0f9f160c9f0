"""The lists beside the plan's grid (Do, Defer, Delegate, short blocks): their rows, the
texts of each entry, how tall each row is, and how rows flow from column to column.

A heading never ends a column: it keeps its first entry with it. Nothing is dropped; what does
not fit continues in the next column.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from PySide6.QtCore import QRectF

from app.model.block import Slot
from app.model.parsing import format_estimate
from app.model.plan import DeferItem, DelegateItem, DoItem, PlanBlock, SuggestedItem, WeeklyPlan
from app.model.quadrant import Quadrant
from app.model.urgency import Suggestion
from app.ui.local_dates import LOCAL_DATES, day_text, short_day_name
from app.ui.printing.plan_fonts import Fonts
from app.ui.shell.theme import lane_name
from app.ui.translation import Counts, translate

# -- rows -----------------------------------------------------------------------


@dataclass(frozen=True)
class Heading:
    """A list's title: "Do", with its quadrant's badge and how many tasks it holds."""

    text: str
    quadrant: Quadrant | None
    count: int
    continued: bool = False


@dataclass(frozen=True)
class Subheading:
    text: str
    continued: bool = False


@dataclass(frozen=True)
class Entry:
    """A line (or two) in a list: a checkbox, the title, a detail on the right, and
    optionally a second line under the title."""

    title: str
    detail: str = ""
    urgent: bool = False  # overdue: the detail is bold and red, and says so in words
    today: bool = False
    second: str = ""
    checkbox: bool = True
    suggested: bool = False  # the second line is an urgency suggestion, in the colour of Do


@dataclass(frozen=True)
class Note:
    """A muted line: an empty list says so."""

    text: str


Row = Heading | Subheading | Entry | Note


@dataclass(frozen=True)
class PlacedRow:
    row: Row
    rect: QRectF  # in points, on its page


# -- formatting -----------------------------------------------------------------------------------


def clock(instant: datetime) -> str:
    return f"{instant.hour:02d}:{instant.minute:02d}"


def span(start: datetime, end: datetime) -> str:
    return f"{clock(start)}–{clock(end)}"


def _do_entry(item: DoItem, today: date) -> Entry:
    parts = [format_estimate(item.estimate)] if item.estimate else []
    if item.overdue and item.due:
        parts.append(translate("Plan", "overdue · {day}").format(day=day_text(item.due, today)))
    elif item.due_today:
        parts.append(translate("Plan", "due today"))
    elif item.due:
        parts.append(translate("Plan", "due {day}").format(day=day_text(item.due, today)))
    return Entry(item.title, " · ".join(parts), urgent=item.overdue, today=item.due_today)


def _slot_text(slot: Slot, today: date, in_week: bool) -> str:
    if in_week:
        when = translate("Plan", "{day} {time}")
        return when.format(day=short_day_name(slot.start.date()), time=clock(slot.start))
    return day_text(slot.start.date(), today)


def _scheduled_entry(item: DeferItem, today: date) -> Entry:
    first = item.first_slot
    assert first is not None
    detail = _slot_text(first, today, bool(item.this_week))
    more = len(item.this_week) + len(item.later) - 1
    if more:
        detail += f" +{more}"
    return Entry(
        item.title, detail, second=_question(item.suggested), suggested=bool(item.suggested)
    )


def _question(suggested: Suggestion | None) -> str:
    """What the card asks of a suggested task ("" for none), in the window's language."""
    return suggested.question(translate, Counts, LOCAL_DATES) if suggested else ""


def _unscheduled_entry(item: DeferItem, today: date) -> Entry:
    detail = (
        translate("Plan", "due {day}").format(day=day_text(item.due, today)) if item.due else ""
    )
    return Entry(
        item.title, detail, second=_question(item.suggested), suggested=bool(item.suggested)
    )


def _suggested_entry(item: SuggestedItem) -> Entry:
    where = translate("Plan", "in {lane}").format(lane=lane_name(item.quadrant))
    return Entry(item.title, where, second=_question(item.suggestion), suggested=True)


def _delegate_entry(item: DelegateItem, today: date) -> Entry:
    who = item.delegate or translate("Plan", "no one named")
    if item.follow_up is None:
        when = translate("Plan", "no follow-up date")
    elif item.overdue:
        day = day_text(item.follow_up, today)
        when = translate("Plan", "follow-up overdue · {day}").format(day=day)
    elif item.due_today:
        when = translate("Plan", "follow up today")
    else:
        when = translate("Plan", "follow up {day}").format(day=day_text(item.follow_up, today))
    if item.due_first:
        before = translate("Plan", "{when} · due {day}: follow up before")
        when = before.format(when=when, day=day_text(item.due_first, today))
    return Entry(
        item.title,
        second=translate("Plan", "→ {person} · {when}").format(person=who, when=when),
        urgent=item.overdue,
        today=item.due_today,
        suggested=bool(item.due_first),
    )


def _block_entry(block: PlanBlock, today: date) -> Entry:
    detail = f"{day_text(block.start.date(), today)} {span(block.start, block.end)}"
    return Entry(block.title, detail, checkbox=False)


def sections(plan: WeeklyPlan, unlabelled: Sequence[PlanBlock]) -> list[Row]:
    """The lists beside the grid, in order, before they are fitted to columns."""
    today = plan.today
    rows: list[Row] = [Heading(lane_name(Quadrant.DO), Quadrant.DO, len(plan.do))]
    rows += [_do_entry(item, today) for item in plan.do] or [
        Note(translate("Plan", "Nothing urgent and important."))
    ]
    if plan.suggested:
        rows.append(Subheading(translate("Plan", "Suggested for Do")))
        rows += [_suggested_entry(item) for item in plan.suggested]
    defer = len(plan.scheduled) + len(plan.unscheduled)
    rows.append(Heading(lane_name(Quadrant.DEFER), Quadrant.DEFER, defer))
    if plan.scheduled:
        rows.append(Subheading(translate("Plan", "Scheduled")))
        rows += [_scheduled_entry(item, today) for item in plan.scheduled]
    if plan.unscheduled:
        rows.append(Subheading(translate("Plan", "Not scheduled yet")))
        rows += [_unscheduled_entry(item, today) for item in plan.unscheduled]
    if not defer:
        rows.append(Note(translate("Plan", "Nothing deferred.")))
    rows.append(Heading(lane_name(Quadrant.DELEGATE), Quadrant.DELEGATE, len(plan.delegated)))
    rows += [_delegate_entry(item, today) for item in plan.delegated] or [
        Note(translate("Plan", "Nothing delegated."))
    ]
    if unlabelled:
        rows.append(Heading(translate("Plan", "Short blocks"), None, len(unlabelled)))
        rows.append(Note(translate("Plan", "Too small to label in the grid:")))
        rows += [_block_entry(block, today) for block in unlabelled]
    return rows


# -- measuring rows ----------------------------------------------------------------------------


class RowMetrics:
    """Heights of rows and the widths that entries are elided to, in points."""

    def __init__(self, fonts: Fonts, width: float) -> None:
        self.fonts = fonts
        self.width = width
        self.heading = 17.0
        self.subheading = 12.0
        self.entry = fonts.line(fonts.item) + 2.0
        self.second = fonts.line(fonts.detail)
        self.note = fonts.line(fonts.small) + 3.0
        self.box = 6.5  # the checkbox's side
        self.indent = self.box + 5.0

    def height(self, row: Row) -> float:
        if isinstance(row, Heading):
            return self.heading
        if isinstance(row, Subheading):
            return self.subheading
        if isinstance(row, Note):
            return self.note
        return self.entry + (self.second if row.second else 0.0)

    def fitted(self, row: Row) -> Row:
        """`row` with its texts elided to the column's width."""
        if not isinstance(row, Entry):
            return row
        fonts = self.fonts
        left = self.indent if row.checkbox else 0.0
        detail_font = fonts.detail_bold if row.urgent or row.today else fonts.detail
        # up to 60% of the column: a German "1h 30m · überfällig · Mo., 23. Nov." whole
        detail = fonts.elide(detail_font, row.detail, self.width * 0.6) if row.detail else ""
        room = self.width - left - (fonts.width(detail_font, detail) + 6.0 if detail else 0.0)
        title = fonts.elide(fonts.item, row.title, room)
        second = fonts.elide(detail_font, row.second, self.width - left) if row.second else ""
        return replace(row, title=title, detail=detail, second=second)


# -- flowing rows into columns -----------------------------------------------------------------


def _need(rows: Sequence[Row], index: int, metrics: RowMetrics) -> float:
    """Height `rows[index]` needs where it starts: a heading keeps its first entry with it."""
    need = 0.0
    for row in rows[index : index + 3]:
        need += metrics.height(row)
        if isinstance(row, Entry):
            break
    return (
        need
        if isinstance(rows[index], Heading | Subheading | Note)
        else metrics.height(rows[index])
    )


def flow(
    rows: Sequence[Row], columns: Iterator[QRectF], metrics: RowMetrics
) -> Iterator[tuple[QRectF, list[PlacedRow]]]:
    """Fill columns top to bottom with `rows` (already fitted to the columns' width), yielding
    each column with its rows. A heading never ends a column alone; a list that goes on in a
    new column repeats its heading, marked continued."""
    column = next(columns)
    placed: list[PlacedRow] = []
    y, fresh = column.top(), True
    heading: Heading | None = None
    subheading: Subheading | None = None
    index = 0
    while index < len(rows):
        row = rows[index]
        if y + _need(rows, index, metrics) > column.bottom() + 0.01 and not fresh:
            yield column, placed
            column, placed, fresh = next(columns), [], True
            y = column.top()
            carried: list[Heading | Subheading | None] = (
                [] if isinstance(row, Heading) else [heading]
            )
            if isinstance(row, Entry | Note):
                carried.append(subheading)
            for again in (replace(r, continued=True) for r in carried if r is not None):
                height = metrics.height(again)
                placed.append(PlacedRow(again, QRectF(column.left(), y, column.width(), height)))
                y += height
            continue
        if isinstance(row, Heading):
            heading, subheading = row, None
        elif isinstance(row, Subheading):
            subheading = row
        height = metrics.height(row)
        rect = QRectF(column.left(), y, column.width(), height)
        placed.append(PlacedRow(row, rect))
        y += height
        index += 1
        fresh = False
    yield column, placed
