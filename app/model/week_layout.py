"""The week grid's geometry as plain functions: time ↔ position, snapping, and overlaps.

A position in a day column is a wall-clock time in minutes after midnight (0 to 1440). The
calendar view and the printed plan both draw from these; neither works out times itself.
"""

import math
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from app.model.block import TimeBlock
from app.model.week import MINUTES_PER_DAY, Week, local_instant, wall_minutes

SNAP_MINUTES = 15
MIN_SHOWN_MINUTES = 15  # a shorter block is drawn this tall, so it can be seen and grabbed


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """The nearest multiple of `step` (halves go up)."""
    return math.floor(minutes / step + 0.5) * step


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


class Segment(NamedTuple):
    """The part of a block that falls on one day of the week, in wall-clock minutes."""

    block_id: int
    day: int  # 0 to 6, in the week's order
    top: float
    bottom: float
    starts_here: bool  # False: the block began the day before
    ends_here: bool


class Placed(NamedTuple):
    """A segment with its place among overlapping ones: `column` of `columns`, side by side."""

    segment: Segment
    column: int
    columns: int


def segments(blocks: Iterable[TimeBlock], week: Week) -> list[Segment]:
    """Each block cut at local midnights into the parts that fall on the week's days."""
    midnights = [week.day_start(index) for index in range(8)]
    days = week.days
    found: list[Segment] = []
    for block in blocks:
        # Only the days the block touches: from the one it starts on (or the first).
        first = max(0, bisect_right(midnights, block.start) - 1)
        for index in range(first, 7):
            if midnights[index] >= block.end:
                break
            day = days[index]
            start = max(block.start, midnights[index])
            end = min(block.end, midnights[index + 1])
            if start >= end:
                continue
            top = wall_minutes(start, day, week.zone)
            # The day's end is 24:00 on the wall, whatever the day's length (23 or 25 hours).
            bottom = (
                MINUTES_PER_DAY
                if end == midnights[index + 1]
                else wall_minutes(end, day, week.zone)
            )
            top = min(top, MINUTES_PER_DAY - MIN_SHOWN_MINUTES)
            # In the repeated hour of a fall-back night, a real hour can span no wall time.
            bottom = max(bottom, top + MIN_SHOWN_MINUTES)
            found.append(
                Segment(block.id, index, top, bottom, start == block.start, end == block.end)
            )
    return found


def arrange(day_segments: Sequence[Segment]) -> list[Placed]:
    """Lay out one day's segments: overlapping ones share the width side by side.

    Segments that overlap, directly or through others, form a group; each takes the leftmost
    column free at its top, and all in a group divide the width into as many columns as the
    group needs. Nothing is ever drawn over another block.
    """
    ordered = sorted(day_segments, key=lambda s: (s.top, -s.bottom, s.block_id))
    placed: list[Placed] = []
    group: list[tuple[Segment, int]] = []
    column_ends: list[float] = []  # where the last segment in each column of the group ends
    for segment in ordered:
        if group and segment.top >= max(column_ends):  # clear of the whole group: a new one
            placed.extend(Placed(s, column, len(column_ends)) for s, column in group)
            group, column_ends = [], []
        column = next((n for n, end in enumerate(column_ends) if end <= segment.top), None)
        if column is None:
            column = len(column_ends)
            column_ends.append(segment.bottom)
        else:
            column_ends[column] = segment.bottom
        group.append((segment, column))
    placed.extend(Placed(s, column, len(column_ends)) for s, column in group)
    return placed


def arrange_week(blocks: Iterable[TimeBlock], week: Week) -> list[Placed]:
    """Every block of the week, cut into days and laid out within each day."""
    by_day: dict[int, list[Segment]] = {}
    for segment in segments(blocks, week):
        by_day.setdefault(segment.day, []).append(segment)
    return [placed for day in sorted(by_day) for placed in arrange(by_day[day])]


@dataclass(frozen=True)
class Grid:
    """Where the week is drawn: day columns `day_width` wide from `left`, hours `hour_height`
    tall from `top` (midnight)."""

    left: float
    top: float
    day_width: float
    hour_height: float

    def y(self, minutes: float) -> float:
        return self.top + minutes * self.hour_height / 60

    def minutes_at(self, y: float) -> float:
        return (y - self.top) * 60 / self.hour_height

    def x(self, day: int) -> float:
        return self.left + day * self.day_width

    def day_at(self, x: float) -> int:
        """The day column under `x`, the nearest one when `x` is beside the grid."""
        return int(clamp(math.floor((x - self.left) / self.day_width), 0, 6))

    def rect(self, placed: Placed, gap: float = 2.0) -> tuple[float, float, float, float]:
        """(x, y, width, height) of a placed segment, with `gap` pixels around it."""
        segment = placed.segment
        width = self.day_width / placed.columns
        x = self.x(segment.day) + placed.column * width
        top, bottom = self.y(segment.top), self.y(segment.bottom)
        return x + gap / 2, top + gap / 2, max(width - gap, 1.0), max(bottom - top - gap, 1.0)


# -- gestures ---------------------------------------------------------------------------------


class Span(NamedTuple):
    """Where a gesture puts a block: a day of the week and wall-clock minutes on it."""

    day: int
    top: int
    bottom: int

    def instants(self, week: Week) -> tuple[datetime, datetime]:
        day = week.days[self.day]
        return local_instant(day, self.top, week.zone), local_instant(day, self.bottom, week.zone)


def drawn_span(day: int, press: float, release: float) -> Span:
    """A new block drawn from `press` to `release` (minutes, either way round), snapped; at
    least one step long, and inside the day."""
    low, high = sorted((press, release))
    top = int(clamp(snap(low), 0, MINUTES_PER_DAY - SNAP_MINUTES))
    bottom = int(clamp(snap(high), top + SNAP_MINUTES, MINUTES_PER_DAY))
    return Span(day, top, bottom)


def moved_start(start: float, by: float) -> int:
    """A block's start, in wall-clock minutes from the week's first midnight, moved by `by`
    minutes: snapped, and kept inside the week. The block keeps its length, so one that
    crosses midnight still does."""
    return int(clamp(snap(start + by), 0, 7 * MINUTES_PER_DAY - SNAP_MINUTES))


def moved_span(day: int, top: float, length: int) -> Span:
    """A block of `length` minutes moved so that its top is at `top` on `day`, snapped, and
    kept inside the day."""
    length = min(length, MINUTES_PER_DAY)
    start = int(clamp(snap(top), 0, MINUTES_PER_DAY - length))
    return Span(day, start, start + length)


def resized_span(span: Span, edge: str, minutes: float) -> Span:
    """`span` with its "top" or "bottom" edge dragged to `minutes`, snapped; at least one step
    long, inside the day."""
    if edge == "top":
        top = int(clamp(snap(minutes), 0, span.bottom - SNAP_MINUTES))
        return Span(span.day, top, span.bottom)
    bottom = int(clamp(snap(minutes), span.top + SNAP_MINUTES, MINUTES_PER_DAY))
    return Span(span.day, span.top, bottom)


def stacked_spans(day: int, top: float, lengths: Sequence[int]) -> list[Span]:
    """Blocks for tasks dropped together at `top`: one after another from the snapped drop
    point, each as long as given but none past midnight. Those that no longer fit the day are
    left out (the list is shorter)."""
    start = int(clamp(snap(top), 0, MINUTES_PER_DAY - SNAP_MINUTES))
    spans = []
    for length in lengths:
        if start >= MINUTES_PER_DAY:
            break
        end = min(start + length, MINUTES_PER_DAY)
        spans.append(Span(day, start, end))
        start = end
    return spans
