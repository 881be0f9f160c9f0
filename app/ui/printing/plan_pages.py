"""Laying out a WeeklyPlan on pages: where the grid, its blocks and the task lists go.

The layout works in its own unit, `PT` per typographic point, and its fonts are sized in pixels
of that unit, so their metrics do not depend on the device: the same plan lays out the same on
a 72 dpi preview, a PDF and a 1200 dpi printer; only the page's size in points matters. The
renderer scales the painter so that one unit is 1/PT point.

Page 1 holds the header, the week grid, and beside it the lists (Do, Defer, Delegate, blocks
too small to label in the grid), the Inbox count and a notes area. Lists that do not fit
continue in three columns on further pages; nothing is dropped. Texts are elided here, once,
with the fonts they are drawn in.
"""

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption

from app.model.block import Slot
from app.model.parsing import format_estimate
from app.model.plan import DeferItem, DelegateItem, DoItem, PlanBlock, WeeklyPlan
from app.model.quadrant import Quadrant
from app.model.week import WEEKDAYS, day_text
from app.model.week_layout import Grid

PT = 10.0  # layout units per point

# Sizes in points.
MARGIN = 28.0  # around the page, counting the printer's own margins
HEADER = 40.0
FOOTER = 16.0
GAP = 16.0  # between the grid and the lists
MIN_GAP = 10.0  # between the columns of a continuation page
SIDE = 236.0  # width of a list column
DAY_HEADER = 20.0
HOUR_AXIS = 26.0
NOTES_MIN = 64.0  # the notes area on page 1
INBOX_LINE = 18.0
CONTINUED_LINE = 14.0
BOX_PAD = 2.5  # inside a block
MIN_LABEL_WIDTH = 16.0  # a block narrower than this gets no text in the grid

_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
FAMILIES = ["Inter", "Noto Sans", "Source Sans 3", "DejaVu Sans", "Helvetica", "Arial"]


def make_font(
    points: float, weight: QFont.Weight = QFont.Weight.Normal, narrow: bool = False
) -> QFont:
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(round(points * PT))
    font.setWeight(weight)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    if narrow:
        font.setStretch(QFont.Stretch.SemiCondensed)
    return font


class Fonts:
    """The plan's fonts and their metrics, made once per rendering."""

    def __init__(self) -> None:
        bold, semi = QFont.Weight.Bold, QFont.Weight.DemiBold
        self.title = make_font(20, bold)
        self.span = make_font(12)
        self.name = make_font(12, semi)
        self.day = make_font(8, semi, narrow=True)
        self.hour = make_font(6.5, narrow=True)
        self.block_title = make_font(6.5, semi, narrow=True)
        self.block_time = make_font(6, narrow=True)
        self.badge = make_font(5.5, bold)
        self.section = make_font(9.5, bold)
        self.count = make_font(8)
        self.subsection = make_font(7, semi)
        self.item = make_font(8, narrow=True)
        self.detail = make_font(7, narrow=True)
        self.detail_bold = make_font(7, bold, narrow=True)
        self.small = make_font(6.5)
        self.small_bold = make_font(6.5, semi)
        self._metrics: dict[int, QFontMetricsF] = {}  # by id() of the fonts above

    def metrics(self, font: QFont) -> QFontMetricsF:
        """The metrics of one of these fonts, made once."""
        found = self._metrics.get(id(font))
        if found is None:
            found = self._metrics[id(font)] = QFontMetricsF(font)
        return found

    def width(self, font: QFont, text: str) -> float:
        """Advance of `text`, in points."""
        return self.metrics(font).horizontalAdvance(text) / PT

    def line(self, font: QFont) -> float:
        """Line height, in points."""
        return self.metrics(font).height() / PT

    def elide(self, font: QFont, text: str, width: float) -> str:
        """`text` cut with "…" to `width` points (at a grapheme boundary, as Qt elides)."""
        return self.metrics(font).elidedText(text, _ELIDE_RIGHT, width * PT)

    def wrap(self, font: QFont, text: str, width: float, lines: int) -> list[str]:
        """Up to `lines` lines of `text` at most `width` points wide, broken where the script
        allows (at spaces, or between CJK characters). The last line is elided when text is
        left over, and so is a line holding a word too long for it."""
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(option)
        layout.beginLayout()
        spans: list[tuple[int, bool]] = []  # where each line starts, and whether it is too wide
        while len(spans) < lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width * PT)
            spans.append((line.textStart(), line.naturalTextWidth() > width * PT + 0.5))
        layout.endLayout()
        result: list[str] = []
        # Qt counts UTF-16 code units; Python strings count code points.
        cuts = [_code_point_index(text, start) for start, _ in spans] + [len(text)]
        for index, (start, end) in enumerate(itertools.pairwise(cuts)):
            last = index == len(spans) - 1
            too_wide = spans[index][1]
            if last or too_wide:
                result.append(self.elide(font, text[start:].strip(), width))
                break
            result.append(text[start:end].strip())
        return result


def _code_point_index(text: str, utf16_index: int) -> int:
    units = 0
    for index, char in enumerate(text):
        if units >= utf16_index:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


# -- what goes on the pages -----------------------------------------------------------------------


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


@dataclass(frozen=True)
class Note:
    """A muted line: an empty list says so."""

    text: str


Row = Heading | Subheading | Entry | Note


@dataclass(frozen=True)
class PlacedRow:
    row: Row
    rect: QRectF  # in points, on its page


@dataclass(frozen=True)
class BlockBox:
    """One day's part of a block, with its text already elided to fit."""

    block: PlanBlock
    rect: QRectF  # in points
    head: str  # the time line; in a short block, "09:00 Title" on its own
    title: tuple[str, ...]  # the title's lines under the head (none in a short block)
    starts_here: bool
    ends_here: bool

    @property
    def labelled(self) -> bool:
        return bool(self.head)


@dataclass(frozen=True)
class GridPage:
    """The week grid on page 1, in points."""

    rect: QRectF  # the whole grid: day header, hour axis and the days
    grid: Grid  # hour 0 sits at grid.top, which may be above the drawn rect
    hours: tuple[int, int]
    days: list[date]
    boxes: tuple[BlockBox, ...]


@dataclass
class Page:
    number: int
    size: tuple[float, float]  # the area we draw in, in points
    frame: QRectF  # inside our margins
    body: QRectF  # between header and footer
    grid: GridPage | None = None
    rows: list[PlacedRow] = field(default_factory=list)
    columns: list[QRectF] = field(default_factory=list)
    inbox: QRectF | None = None
    notes: QRectF | None = None
    continued: QRectF | None = None  # "continued on page 2"


# -- formatting -----------------------------------------------------------------------------------


def clock(instant: datetime) -> str:
    return f"{instant.hour:02d}:{instant.minute:02d}"


def span(start: datetime, end: datetime) -> str:
    return f"{clock(start)}–{clock(end)}"


def _do_entry(item: DoItem, today: date) -> Entry:
    parts = [format_estimate(item.estimate)] if item.estimate else []
    if item.overdue and item.due:
        parts.append(f"overdue · {day_text(item.due, today)}")
    elif item.due_today:
        parts.append("due today")
    elif item.due:
        parts.append(f"due {day_text(item.due, today)}")
    return Entry(item.title, " · ".join(parts), urgent=item.overdue, today=item.due_today)


def _slot_text(slot: Slot, today: date, in_week: bool) -> str:
    if in_week:
        return f"{WEEKDAYS[slot.start.weekday()]} {clock(slot.start)}"
    return day_text(slot.start.date(), today)


def _scheduled_entry(item: DeferItem, today: date) -> Entry:
    first = item.first_slot
    assert first is not None
    detail = _slot_text(first, today, bool(item.this_week))
    more = len(item.this_week) + len(item.later) - 1
    if more:
        detail += f" +{more}"
    return Entry(item.title, detail)


def _unscheduled_entry(item: DeferItem, today: date) -> Entry:
    return Entry(item.title, f"due {day_text(item.due, today)}" if item.due else "")


def _delegate_entry(item: DelegateItem, today: date) -> Entry:
    who = f"→ {item.delegate}" if item.delegate else "→ no one named"
    if item.follow_up is None:
        when = "no follow-up date"
    elif item.overdue:
        when = f"follow-up overdue · {day_text(item.follow_up, today)}"
    elif item.due_today:
        when = "follow up today"
    else:
        when = f"follow up {day_text(item.follow_up, today)}"
    return Entry(item.title, second=f"{who} · {when}", urgent=item.overdue, today=item.due_today)


def _block_entry(block: PlanBlock, today: date) -> Entry:
    detail = f"{day_text(block.start.date(), today)} {span(block.start, block.end)}"
    return Entry(block.title, detail, checkbox=False)


def sections(plan: WeeklyPlan, unlabelled: Sequence[PlanBlock]) -> list[Row]:
    """The lists beside the grid, in order, before they are fitted to columns."""
    today = plan.today
    rows: list[Row] = [Heading("Do", Quadrant.DO, len(plan.do))]
    rows += [_do_entry(item, today) for item in plan.do] or [Note("Nothing urgent and important.")]
    defer = len(plan.scheduled) + len(plan.unscheduled)
    rows.append(Heading("Defer", Quadrant.DEFER, defer))
    if plan.scheduled:
        rows.append(Subheading("Scheduled"))
        rows += [_scheduled_entry(item, today) for item in plan.scheduled]
    if plan.unscheduled:
        rows.append(Subheading("Not scheduled yet"))
        rows += [_unscheduled_entry(item, today) for item in plan.unscheduled]
    if not defer:
        rows.append(Note("Nothing deferred."))
    rows.append(Heading("Delegate", Quadrant.DELEGATE, len(plan.delegated)))
    rows += [_delegate_entry(item, today) for item in plan.delegated] or [
        Note("Nothing delegated.")
    ]
    if unlabelled:
        rows.append(Heading("Short blocks", None, len(unlabelled)))
        rows.append(Note("Too small to label in the grid:"))
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
        detail = fonts.elide(detail_font, row.detail, self.width * 0.5) if row.detail else ""
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


# -- the grid ----------------------------------------------------------------------------------


def _grid(plan: WeeklyPlan, rect: QRectF, fonts: Fonts) -> GridPage:
    first, last = plan.hours
    days_top = rect.top() + DAY_HEADER
    hour_height = (rect.bottom() - days_top) / max(last - first, 1)
    day_width = (rect.width() - HOUR_AXIS) / 7
    grid = Grid(rect.left() + HOUR_AXIS, days_top - first * hour_height, day_width, hour_height)
    blocks = {block.id: block for block in plan.blocks}
    boxes = []
    for placed in plan.placed:
        x, y, width, height = grid.rect(placed, gap=1.0)
        segment = placed.segment
        block = blocks[segment.block_id]
        box = QRectF(x, y, width, height)
        head, title = _box_text(block, box, fonts)
        boxes.append(BlockBox(block, box, head, title, segment.starts_here, segment.ends_here))
    return GridPage(rect, grid, plan.hours, plan.week.days, tuple(boxes))


STRIPE = 2.0  # the coloured edge on a block's left
BADGE = 7.0  # the quadrant's number in a block's corner


def box_inner(box: QRectF) -> QRectF:
    return box.adjusted(STRIPE + BOX_PAD, BOX_PAD * 0.6, -BOX_PAD * 0.6, -BOX_PAD * 0.6)


def _box_text(block: PlanBlock, box: QRectF, fonts: Fonts) -> tuple[str, tuple[str, ...]]:
    """What a block shows: a head line (its time, or in a short block its start and title)
    and the lines of its title. Nothing, when the box is too small to show its title."""
    inner = box_inner(box)
    time_line, title_line = fonts.line(fonts.block_time), fonts.line(fonts.block_title)
    badge = BADGE + 1.5 if block.quadrant not in (None, Quadrant.INBOX) else 0.0
    title = ("✓ " if block.task_done else "") + block.title
    if inner.width() < MIN_LABEL_WIDTH or inner.height() < min(time_line, title_line) - 0.5:
        return "", ()
    start = clock(block.start)
    if inner.height() < time_line + title_line:  # one line: "09:00 Title"
        shown = fonts.elide(fonts.block_title, f"{start} {title}", inner.width() - badge)
        if len(shown.rstrip("…")) <= len(start) + 1:
            return "", ()
        return shown, ()
    when = span(block.start, block.end)
    kind = f"{when} · {block.kind.label}"
    head_width = inner.width() - badge
    head = kind if fonts.width(fonts.block_time, kind) <= head_width else when
    head = fonts.elide(fonts.block_time, head, head_width)
    lines = int((inner.height() - time_line) // title_line)
    wrapped = fonts.wrap(fonts.block_title, title, inner.width(), lines)
    if not wrapped or wrapped[0] in ("", "…"):
        return "", ()
    return head, tuple(wrapped)


# -- pages -------------------------------------------------------------------------------------


def layout(plan: WeeklyPlan, frame: QRectF, fonts: Fonts | None = None) -> list[Page]:
    """The pages of `plan` inside `frame` (points, painter coordinates, margins applied)."""
    fonts = fonts or Fonts()
    body = QRectF(
        frame.left(), frame.top() + HEADER, frame.width(), frame.height() - HEADER - FOOTER
    )
    side = min(SIDE, frame.width() * 0.32)
    grid_rect = QRectF(body.left(), body.top(), body.width() - side - GAP, body.height())
    first = Page(
        1, (frame.width(), frame.height()), frame, body, grid=_grid(plan, grid_rect, fonts)
    )
    assert first.grid is not None
    shown = {box.block.id for box in first.grid.boxes if box.labelled}
    unlabelled = [block for block in plan.blocks if block.id not in shown]
    metrics = RowMetrics(fonts, side)
    rows = [metrics.fitted(row) for row in sections(plan, unlabelled)]
    column = QRectF(grid_rect.right() + GAP, body.top(), side, body.height())
    room = column.height() - INBOX_LINE - NOTES_MIN - 6.0
    if sum(metrics.height(row) for row in rows) > room:  # room for "continued on page 2"
        room -= CONTINUED_LINE
        first.continued = QRectF(column.left(), column.top() + room, side, CONTINUED_LINE)
    pages = _fill(first, rows, QRectF(column.left(), column.top(), side, room), metrics)
    lists_end = max((r.rect.bottom() for r in first.rows), default=column.top())
    if first.continued is not None:
        lists_end = first.continued.bottom()
    inbox_top = max(lists_end + 4.0, column.top())
    first.inbox = QRectF(column.left(), inbox_top, side, INBOX_LINE)
    first.notes = QRectF(
        column.left(),
        inbox_top + INBOX_LINE + 4.0,
        side,
        column.bottom() - inbox_top - INBOX_LINE - 4.0,
    )
    return pages


def _fill(first: Page, rows: Sequence[Row], column: QRectF, metrics: RowMetrics) -> list[Page]:
    """Flow `rows` into page 1's column, then into further pages of several columns."""
    pages = [first]
    frame, body = first.frame, first.body
    count = max(1, int((frame.width() + MIN_GAP) // (metrics.width + MIN_GAP)))
    spacing = (frame.width() - count * metrics.width) / max(count - 1, 1)

    def columns() -> Iterator[QRectF]:
        yield column
        while True:
            page = Page(len(pages) + 1, first.size, frame, body)
            pages.append(page)
            for n in range(count):
                left = frame.left() + n * (metrics.width + spacing)
                yield QRectF(left, body.top(), metrics.width, body.height())

    for rect, placed in flow(rows, columns(), metrics):
        page = pages[-1]  # columns() adds a page before it yields the page's first column
        page.columns.append(rect)
        page.rows.extend(placed)
    return pages
