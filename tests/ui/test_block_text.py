"""Block and card texts in narrow places: titles broken inside a word rather than cut to "…";
the time kept whole, before the ↻ that says a block repeats."""

import math
from datetime import UTC, datetime, timedelta

from PySide6.QtGui import QFont, QFontMetricsF

from app.model.block import BlockKind, TimeBlock
from app.ui.calendar.block_painter import BlockPainter, wrap_lines


def test_a_word_wider_than_the_line_goes_on_over_the_next_lines(qapp: object) -> None:
    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Prepa")
    lines = wrap_lines("Prepare the plan", metrics, width, 6)
    assert "".join(lines).replace(" ", "") == "Preparetheplan"  # in order, nothing lost
    assert all(metrics.horizontalAdvance(line) <= width for line in lines)
    assert lines[0] != "…"


def test_wide_enough_lines_break_at_spaces_and_the_last_is_elided(qapp: object) -> None:
    metrics = QFontMetricsF(QFont())
    width = metrics.horizontalAdvance("Write the")
    assert wrap_lines("Write the strategy document", metrics, width, 2)[0] == "Write the"
    assert wrap_lines("Write the strategy document", metrics, width, 2)[-1].endswith("…")


def block(repeats: bool, kind: BlockKind = BlockKind.MEETING) -> TimeBlock:
    start = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    return TimeBlock(1, "u", start, start + timedelta(hours=1), "Planning", kind, None, "",
                     start, start, series_id=7 if repeats else None)  # fmt: skip


def time_line(painter: BlockPainter, width: float, repeats: bool) -> str:
    lines, _ = painter.shown_text(width, 60, block(repeats), UTC)
    return next((text for text, _, is_title in lines if not is_title), "")


def test_a_narrow_repeating_block_shows_its_time_before_its_repeat_marker(qapp: object) -> None:
    painter = BlockPainter(QFont())
    start_only = painter.meta_metrics.horizontalAdvance("09:00")
    both = painter.meta_metrics.horizontalAdvance("↻ 09:00–10:00")
    for width in range(math.ceil(start_only), math.ceil(both)):
        # As narrow as three overlapping blocks in a day at 1280×720: the time, whole.
        assert time_line(painter, width, repeats=True) == time_line(painter, width, False)
        assert time_line(painter, width, repeats=True) in ("09:00", "09:00–10:00")
    assert time_line(painter, both, repeats=True) == "↻ 09:00–10:00"
    wide = painter.meta_metrics.horizontalAdvance("↻ 09:00–10:00 · Meeting")
    assert time_line(painter, wide, repeats=True) == "↻ 09:00–10:00 · Meeting"


def test_a_time_line_is_never_cut_inside_a_time(qapp: object) -> None:
    painter = BlockPainter(QFont())
    for width in range(20, 200):
        for repeats in (False, True):
            shown = time_line(painter, width, repeats)
            assert "…" not in shown
            assert painter.meta_metrics.horizontalAdvance(shown) <= width


def test_a_one_line_block_too_narrow_for_a_letter_and_an_ellipsis_shows_its_first_letters(
    qapp: object,
) -> None:
    painter = BlockPainter(QFont())
    metrics = painter.title_metrics
    height = metrics.height()  # one line: a 30-minute block
    width = metrics.horizontalAdvance("Pl")  # less than "P…"
    lines, _ = painter.shown_text(width, height, block(repeats=False), UTC)
    [(text, _, _)] = lines
    assert text != "…"
    assert "Planning".startswith(text)
    assert text
    assert metrics.horizontalAdvance(text) <= width
