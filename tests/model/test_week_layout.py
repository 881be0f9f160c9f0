"""The week grid's geometry: snapping, blocks cut into days, overlaps side by side, and where a
gesture puts a block. Plain functions, no Qt."""

import random
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockKind, TimeBlock
from app.model.week import Week, local_instant, week_of
from app.model.week_layout import (
    MIN_SHOWN_MINUTES,
    SNAP_MINUTES,
    Grid,
    Placed,
    Segment,
    Span,
    arrange,
    arrange_week,
    drawn_span,
    moved_span,
    resized_span,
    segments,
    snap,
    stacked_spans,
)

BERLIN = ZoneInfo("Europe/Berlin")
WEEK = week_of(date(2026, 11, 23), BERLIN)  # Monday 23 to Sunday 29 November, UTC+1


def block(block_id: int, start: datetime, end: datetime) -> TimeBlock:
    return TimeBlock(
        block_id, f"uid-{block_id}", start, end, f"Block {block_id}", BlockKind.FOCUS, None, "",
        start, start,
    )  # fmt: skip


def local_block(block_id: int, week: Week, day: int, top: float, bottom: float) -> TimeBlock:
    """A block from `top` to `bottom` wall minutes after midnight of the week's `day`."""
    first = week.days[day]
    return block(
        block_id, local_instant(first, top, week.zone), local_instant(first, bottom, week.zone)
    )


def seg(block_id: int, top: float, bottom: float, day: int = 0) -> Segment:
    return Segment(block_id, day, top, bottom, True, True)


def layout(placed: list[Placed]) -> dict[int, tuple[int, int]]:
    """Block id → (column, columns)."""
    return {p.segment.block_id: (p.column, p.columns) for p in placed}


# -- snap -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("minutes", "snapped"),
    [
        (0, 0), (7, 0), (7.4, 0), (7.5, 15), (8, 15), (15, 15), (22.5, 30), (539.9, 540),
        (1439, 1440), (-7, 0), (-7.5, 0), (-8, -15), (-22.5, -15), (-23, -30),
    ],
)  # fmt: skip
def test_snap_to_the_nearest_quarter_hour_halves_up(minutes: float, snapped: int) -> None:
    assert snap(minutes) == snapped


def test_snap_with_another_step() -> None:
    assert snap(44, step=30) == 30
    assert snap(45, step=30) == 60
    assert snap(-45, step=30) == -30
    assert snap(100, step=1) == 100


# -- segments: blocks cut into days -----------------------------------------------------------


def test_a_block_within_a_day_is_one_segment_at_its_wall_times() -> None:
    [segment] = segments([local_block(1, WEEK, 2, 540, 630)], WEEK)
    assert segment == Segment(1, 2, 540, 630, True, True)


def test_a_block_across_midnight_becomes_two_segments() -> None:
    [evening, morning] = segments([local_block(1, WEEK, 1, 22 * 60, 26 * 60)], WEEK)
    assert evening == Segment(1, 1, 1320, 1440, True, False)
    assert morning == Segment(1, 2, 0, 120, False, True)


def test_a_block_ending_at_midnight_ends_at_1440_on_its_day() -> None:
    [segment] = segments([local_block(1, WEEK, 0, 23 * 60, 24 * 60)], WEEK)
    assert segment == Segment(1, 0, 1380, 1440, True, True)


def test_a_block_starting_at_midnight_starts_at_0() -> None:
    [segment] = segments([local_block(1, WEEK, 3, 0, 60)], WEEK)
    assert segment == Segment(1, 3, 0, 60, True, True)


def test_blocks_reaching_over_the_week_edges_keep_their_part_in_the_week() -> None:
    before = block(1, WEEK.start - timedelta(hours=2), WEEK.start + timedelta(hours=1))
    after = block(2, WEEK.end - timedelta(hours=1), WEEK.end + timedelta(hours=3))
    assert segments([before, after], WEEK) == [
        Segment(1, 0, 0, 60, False, True),
        Segment(2, 6, 1380, 1440, True, False),
    ]


def test_blocks_outside_the_week_give_no_segments() -> None:
    earlier = block(1, WEEK.start - timedelta(hours=3), WEEK.start)  # ends as the week starts
    later = block(2, WEEK.end, WEEK.end + timedelta(hours=1))
    far = block(3, datetime(2027, 1, 4, 9, tzinfo=UTC), datetime(2027, 1, 4, 10, tzinfo=UTC))
    assert segments([earlier, later, far], WEEK) == []


def test_a_24_hour_block_from_noon_is_two_halves() -> None:
    [first, second] = segments([local_block(1, WEEK, 4, 720, 720 + 24 * 60)], WEEK)
    assert (first.day, first.top, first.bottom) == (4, 720, 1440)
    assert (second.day, second.top, second.bottom) == (5, 0, 720)


def test_a_very_short_block_is_drawn_with_the_minimum_height() -> None:
    [segment] = segments([local_block(1, WEEK, 0, 600, 605)], WEEK)
    assert (segment.top, segment.bottom) == (600, 600 + MIN_SHOWN_MINUTES)
    [late] = segments([local_block(2, WEEK, 0, 1435, 1440)], WEEK)
    assert (late.top, late.bottom) == (1440 - MIN_SHOWN_MINUTES, 1440)


@pytest.mark.parametrize(
    ("zone", "night"),
    [
        (BERLIN, date(2026, 3, 29)),
        (BERLIN, date(2026, 10, 25)),
        (ZoneInfo("America/New_York"), date(2026, 3, 8)),
        (ZoneInfo("America/New_York"), date(2026, 11, 1)),
    ],
    ids=["berlin-spring", "berlin-fall", "new-york-spring", "new-york-fall"],
)
def test_dst_days_end_at_1440_and_keep_wall_times(zone: ZoneInfo, night: date) -> None:
    week = week_of(night, zone)
    day = week.index_of(night)
    assert day is not None
    evening = local_block(1, week, day, 22 * 60, 24 * 60)
    morning = local_block(2, week, day, 9 * 60, 10 * 60)
    overnight = local_block(3, week, day - 1, 23 * 60, 24 * 60 + 6 * 60)
    by_id = {(s.block_id, s.day): s for s in segments([evening, morning, overnight], week)}
    assert (by_id[1, day].top, by_id[1, day].bottom) == (1320, 1440)
    assert (by_id[2, day].top, by_id[2, day].bottom) == (540, 600)
    assert (by_id[3, day - 1].top, by_id[3, day - 1].bottom) == (1380, 1440)
    assert (by_id[3, day].top, by_id[3, day].bottom) == (0, 360)


@pytest.mark.parametrize(
    ("zone", "night"),
    [(BERLIN, date(2026, 3, 29)), (ZoneInfo("America/New_York"), date(2026, 11, 1))],
    ids=["berlin-spring", "new-york-fall"],
)
def test_nine_to_ten_every_day_of_a_dst_week_is_drawn_at_the_same_height(
    zone: ZoneInfo, night: date
) -> None:
    week = week_of(night, zone)
    daily = [local_block(day + 1, week, day, 540, 600) for day in range(7)]
    found = segments(daily, week)
    assert [(s.day, s.top, s.bottom) for s in found] == [(day, 540, 600) for day in range(7)]
    assert len({b.start.astimezone(UTC).time() for b in daily}) == 2  # UTC hours do differ


def test_the_repeated_hour_of_a_fall_back_night_still_has_a_height() -> None:
    week = week_of(date(2026, 10, 25), BERLIN)
    # 02:30 summer time to 02:00 winter time: half an hour that goes back on the wall.
    going_back = block(
        1, datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 0, tzinfo=UTC)
    )
    # The whole second 02:00–03:00 (winter time): an hour that repeats wall time.
    repeated = block(
        2, datetime(2026, 10, 25, 1, 0, tzinfo=UTC), datetime(2026, 10, 25, 2, 0, tzinfo=UTC)
    )
    first, second = segments([going_back, repeated], week)
    assert (first.day, first.top, first.bottom) == (6, 150, 150 + MIN_SHOWN_MINUTES)
    assert (second.day, second.top, second.bottom) == (6, 120, 180)
    assert all(s.bottom - s.top >= MIN_SHOWN_MINUTES for s in (first, second))


# -- arrange: overlapping blocks side by side -------------------------------------------------


def test_blocks_that_do_not_overlap_take_the_whole_width() -> None:
    placed = arrange([seg(1, 540, 600), seg(2, 660, 720), seg(3, 0, 30)])
    assert layout(placed) == {1: (0, 1), 2: (0, 1), 3: (0, 1)}


def test_two_overlapping_blocks_share_the_width() -> None:
    placed = arrange([seg(1, 540, 660), seg(2, 600, 720)])
    assert layout(placed) == {1: (0, 2), 2: (1, 2)}


def test_touching_blocks_do_not_overlap() -> None:
    placed = arrange([seg(1, 540, 600), seg(2, 600, 660), seg(3, 660, 720)])
    assert layout(placed) == {1: (0, 1), 2: (0, 1), 3: (0, 1)}


def test_a_chain_shares_two_columns_and_reuses_the_first() -> None:
    # A overlaps B, B overlaps C, A does not overlap C: two columns for all three.
    placed = arrange([seg(3, 600, 720), seg(1, 480, 600), seg(2, 540, 660)])
    assert layout(placed) == {1: (0, 2), 2: (1, 2), 3: (0, 2)}


def test_identical_blocks_each_get_a_column_in_id_order() -> None:
    placed = arrange([seg(7, 540, 600), seg(3, 540, 600), seg(5, 540, 600)])
    assert layout(placed) == {3: (0, 3), 5: (1, 3), 7: (2, 3)}


def test_the_longer_of_two_blocks_starting_together_goes_left() -> None:
    placed = arrange([seg(1, 540, 570), seg(2, 540, 720)])
    assert layout(placed) == {2: (0, 2), 1: (1, 2)}


def test_groups_are_laid_out_separately() -> None:
    # Morning: three at once. Afternoon, after a clear gap: two. Evening: one alone.
    morning = [seg(1, 480, 600), seg(2, 500, 560), seg(3, 520, 540)]
    afternoon = [seg(4, 780, 900), seg(5, 840, 960)]
    evening = [seg(6, 960, 1020)]  # starts as the afternoon's last block ends
    placed = arrange(morning + afternoon + evening)
    assert layout(placed) == {
        1: (0, 3), 2: (1, 3), 3: (2, 3), 4: (0, 2), 5: (1, 2), 6: (0, 1),
    }  # fmt: skip


def test_a_long_block_keeps_later_ones_in_its_group() -> None:
    # The long block reaches over two that do not overlap each other: they share column 1.
    placed = arrange([seg(1, 480, 720), seg(2, 500, 560), seg(3, 600, 660)])
    assert layout(placed) == {1: (0, 2), 2: (1, 2), 3: (1, 2)}


def test_arrange_nothing() -> None:
    assert arrange([]) == []


def _overlap(a: Segment, b: Segment) -> bool:
    return a.top < b.bottom and b.top < a.bottom


def test_random_days_never_draw_a_block_over_another() -> None:
    for seed in range(300):
        _check_random_day(random.Random(seed))


def _check_random_day(rng: random.Random) -> None:
    day = [
        seg(n, top, top + rng.choice([5, 15, 30, 45, 60, 90, 120, 240]))
        for n in range(rng.randint(1, 25))
        for top in [rng.randrange(0, 1380, rng.choice([5, 15, 60]))]
    ]
    placed = arrange(day)

    assert sorted(p.segment for p in placed) == sorted(day)  # each exactly once
    for p in placed:
        assert 0 <= p.column < p.columns
    for a in placed:
        for b in placed:
            if a is b or not _overlap(a.segment, b.segment):
                continue
            assert a.column != b.column
            assert a.columns == b.columns  # one group, one width
    # No more columns than needed: a group is as wide as the most blocks at one moment in it.
    for p in placed:
        group = _group_of(p.segment, day)
        deepest = max(sum(1 for s in group if s.top <= g.top < s.bottom) for g in group)
        assert p.columns == deepest


def _group_of(start: Segment, day: list[Segment]) -> list[Segment]:
    """The segments linked to `start` through overlaps."""
    group, frontier = {start}, [start]
    while frontier:
        current = frontier.pop()
        for other in day:
            if other not in group and _overlap(current, other):
                group.add(other)
                frontier.append(other)
    return list(group)


def test_arrange_week_lays_out_each_day_on_its_own() -> None:
    blocks = [
        local_block(1, WEEK, 0, 540, 660),
        local_block(2, WEEK, 0, 600, 720),
        local_block(3, WEEK, 1, 600, 720),  # same hours, another day: alone
        local_block(4, WEEK, 1, 23 * 60, 25 * 60),  # across midnight into day 2
        local_block(5, WEEK, 2, 30, 90),  # overlaps the part of block 4 on day 2
    ]
    placed = arrange_week(blocks, WEEK)
    assert [(p.segment.block_id, p.segment.day, p.column, p.columns) for p in placed] == [
        (1, 0, 0, 2), (2, 0, 1, 2), (3, 1, 0, 1), (4, 1, 0, 1), (4, 2, 0, 2), (5, 2, 1, 2),
    ]  # fmt: skip


# -- the grid: minutes and days ↔ pixels -------------------------------------------------------

GRID = Grid(left=50, top=20, day_width=100, hour_height=40)


def test_grid_maps_minutes_to_y_and_back() -> None:
    assert GRID.y(0) == 20
    assert GRID.y(90) == 80
    assert GRID.y(1440) == 20 + 24 * 40
    for minutes in (0, 15, 539.5, 1440):
        assert GRID.minutes_at(GRID.y(minutes)) == pytest.approx(minutes)
    assert GRID.minutes_at(0) == -30  # above the grid: negative, for the caller to clamp


def test_grid_maps_days_to_x_and_back() -> None:
    assert [GRID.x(day) for day in range(7)] == [50, 150, 250, 350, 450, 550, 650]
    assert GRID.day_at(50) == 0
    assert GRID.day_at(149.9) == 0
    assert GRID.day_at(150) == 1
    assert GRID.day_at(749) == 6


def test_grid_day_at_beside_the_grid_is_the_nearest_day() -> None:
    assert GRID.day_at(0) == 0
    assert GRID.day_at(-500) == 0
    assert GRID.day_at(750) == 6
    assert GRID.day_at(5000) == 6


def test_grid_rect_of_placed_segments() -> None:
    alone = Placed(Segment(1, 2, 540, 600, True, True), 0, 1)
    assert GRID.rect(alone) == (251, 381, 98, 38)
    right_of_three = Placed(Segment(2, 2, 540, 600, True, True), 2, 3)
    x, y, width, height = GRID.rect(right_of_three, gap=0)
    assert (x, y, height) == (250 + 2 * 100 / 3, 380, 40)
    assert width == pytest.approx(100 / 3)


def test_grid_rect_never_has_a_negative_size() -> None:
    narrow = Placed(Segment(1, 0, 0, 1, True, True), 9, 10)
    _, _, width, height = GRID.rect(narrow, gap=20)
    assert (width, height) == (1.0, 1.0)


# -- gestures ---------------------------------------------------------------------------------


def test_drawn_span_snaps_both_ends() -> None:
    assert drawn_span(3, 538, 602) == Span(3, 540, 600)


def test_drawn_span_dragged_upwards_is_the_same() -> None:
    assert drawn_span(3, 602, 538) == drawn_span(3, 538, 602)


def test_drawn_span_is_at_least_one_step_long() -> None:
    assert drawn_span(0, 540, 541) == Span(0, 540, 540 + SNAP_MINUTES)
    assert drawn_span(0, 540, 540) == Span(0, 540, 555)


def test_drawn_span_stays_inside_the_day() -> None:
    assert drawn_span(1, -100, 60) == Span(1, 0, 60)
    assert drawn_span(1, 1400, 2000) == Span(1, 1395, 1440)
    assert drawn_span(1, 1439, 1440) == Span(1, 1425, 1440)
    assert drawn_span(1, -50, -10) == Span(1, 0, 15)


def test_moved_span_snaps_its_top_and_keeps_its_length() -> None:
    assert moved_span(4, 547, 90) == Span(4, 540, 630)
    assert moved_span(4, 548, 37) == Span(4, 555, 592)  # the length is kept, not snapped


def test_moved_span_is_clamped_to_the_day() -> None:
    assert moved_span(2, -40, 60) == Span(2, 0, 60)
    assert moved_span(2, 1430, 60) == Span(2, 1380, 1440)
    assert moved_span(2, 300, 2000) == Span(2, 0, 1440)  # longer than a day: the whole day


def test_resized_span_moves_one_edge() -> None:
    span = Span(1, 540, 600)
    assert resized_span(span, "bottom", 661) == Span(1, 540, 660)
    assert resized_span(span, "top", 482) == Span(1, 480, 600)


def test_resized_span_keeps_at_least_one_step() -> None:
    span = Span(1, 540, 600)
    assert resized_span(span, "bottom", 100) == Span(1, 540, 555)
    assert resized_span(span, "top", 900) == Span(1, 585, 600)


def test_resized_span_stays_inside_the_day() -> None:
    span = Span(1, 540, 600)
    assert resized_span(span, "top", -60) == Span(1, 0, 600)
    assert resized_span(span, "bottom", 2000) == Span(1, 540, 1440)


def test_stacked_spans_follow_one_another() -> None:
    assert stacked_spans(5, 542, [30, 60, 45]) == [
        Span(5, 540, 570), Span(5, 570, 630), Span(5, 630, 675),
    ]  # fmt: skip


def test_stacked_spans_are_cut_at_midnight_and_the_rest_left_out() -> None:
    assert stacked_spans(0, 1380, [30, 60, 45]) == [Span(0, 1380, 1410), Span(0, 1410, 1440)]
    assert stacked_spans(0, 1439, [60]) == [Span(0, 1425, 1440)]  # a drop at the end still fits
    assert stacked_spans(0, 1425, [15, 30]) == [Span(0, 1425, 1440)]
    assert stacked_spans(0, -30, [15]) == [Span(0, 0, 15)]
    assert stacked_spans(0, 600, []) == []


def test_span_instants_are_wall_times_on_the_weeks_day() -> None:
    span = Span(2, 540, 600)
    start, end = span.instants(WEEK)
    assert start == datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    # On a day that lasts 25 hours, 00:00 to 24:00 is 25 hours long.
    fall = week_of(date(2026, 10, 25), BERLIN)
    start, end = Span(6, 0, 1440).instants(fall)
    assert end - start == timedelta(hours=25)
