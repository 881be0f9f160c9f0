"""Finding free time in a week, for tasks scheduled from the keyboard: each goes into the first
gap long enough for it inside the working hours of the working days, from a given moment on,
between the blocks already there and the ones placed before it.
"""

import math
from collections.abc import Iterable, Sequence

from app.model.week_layout import SNAP_MINUTES, Span

Taken = tuple[int, float, float]  # a day of the week (0–6), and wall-clock minutes on it


def snap_up(minutes: float, step: int = SNAP_MINUTES) -> int:
    return math.ceil(minutes / step - 1e-9) * step


def free_spans(
    taken: Iterable[Taken],
    lengths: Sequence[int],
    working: tuple[int, int],
    days: Sequence[int],
    after: tuple[int, float],
) -> list[Span]:
    """Spans for blocks of `lengths` minutes, in order, each in the first free time at or after
    `after` (day, minutes) on one of `days`, inside `working` (minutes after midnight), on the
    15-minute grid. Those that find no room are left out, with all after them (the list is
    shorter), so the tasks keep their order in time."""
    busy = sorted(taken)
    spans: list[Span] = []
    day_from, minute_from = after
    start, end = working
    for length in lengths:
        found = _first_gap(busy, length, (start, end), [d for d in days if d >= day_from],
                           (day_from, minute_from))  # fmt: skip
        if found is None:
            break
        spans.append(found)
        busy = sorted([*busy, (found.day, float(found.top), float(found.bottom))])
        day_from, minute_from = found.day, found.bottom
    return spans


def _first_gap(
    busy: Sequence[Taken],
    length: int,
    working: tuple[int, int],
    days: Sequence[int],
    after: tuple[int, float],
) -> Span | None:
    start, end = working
    for day in days:
        cursor = snap_up(max(start, after[1] if day == after[0] else start))
        for _day, top, bottom in (t for t in busy if t[0] == day):
            if bottom <= cursor:
                continue
            if top >= cursor + length:
                break
            cursor = snap_up(bottom)
        if cursor + length <= end:
            return Span(day, cursor, cursor + length)
    return None
