"""Block and card titles in narrow places: broken inside a word rather than cut to "…"."""

from PySide6.QtGui import QFont, QFontMetricsF

from app.ui.calendar.block_painter import wrap_lines


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
