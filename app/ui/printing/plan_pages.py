"""Laying out a WeeklyPlan on pages: where the grid, its blocks and the task lists go.

Everything is placed in points (see `plan_fonts` for the unit the fonts use), so only the page's
size in points matters, never the device. The lists' rows come from `plan_lists`.

Page 1 holds the header, the week grid, and beside it the lists (Do, Defer, Delegate, blocks
too small to label in the grid), the Inbox count and a notes area. Lists that do not fit
continue in three columns on further pages; nothing is dropped. Texts are elided here, once,
with the fonts they are drawn in.
"""

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QRectF

from app.model.plan import PlanBlock, WeeklyPlan
from app.model.quadrant import Quadrant
from app.model.week_layout import Grid
from app.ui.printing.plan_fonts import Fonts
from app.ui.printing.plan_lists import PlacedRow, Row, RowMetrics, clock, flow, sections, span
from app.ui.shell.theme import kind_name
from app.ui.translation import translate

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


# -- what goes on the pages ---------------------------------------------------------------------


@dataclass(frozen=True)
class BlockBox:
    """One day's part of a block, with its text already elided to fit."""

    block: PlanBlock
    rect: QRectF  # in points
    head: str  # the time line (empty where none fits); in a short block, "09:00 Title" alone
    title: tuple[str, ...]  # the title's lines under the head (none in a short block)
    starts_here: bool
    ends_here: bool

    @property
    def labelled(self) -> bool:
        return bool(self.head or self.title)


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
    head_width = inner.width() - badge
    # The longest head that fits whole: times cut to "09:0…" say nothing. In a narrow column
    # (blocks side by side) there may be room for none: the title takes the whole box then,
    # and where it sits on the grid says its time.
    heads = (
        translate("Plan", "{time} · {kind}").format(time=when, kind=kind_name(block.kind)),
        when,
        start,
    )
    head = next((h for h in heads if fonts.width(fonts.block_time, h) <= head_width), "")
    room = inner.height() - (time_line if head else 0.0)
    lines = int(room // title_line)
    wrapped = fonts.wrap(fonts.block_title, title, inner.width(), lines, inside_words=True)
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
