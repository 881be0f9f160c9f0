"""Free time for tasks scheduled from the keyboard: first gaps in the working hours."""

from app.model.free_time import free_spans
from app.model.week_layout import Span

NINE_TO_SIX = (9 * 60, 18 * 60)
WEEKDAYS = (0, 1, 2, 3, 4)


def test_tasks_go_one_after_another_into_the_gaps_between_blocks() -> None:
    taken = [(0, 9 * 60, 10 * 60), (0, 11 * 60, 12 * 60 + 10)]  # 9–10, and 11–12:10 on Monday
    spans = free_spans(taken, [60, 30, 90], NINE_TO_SIX, WEEKDAYS, (0, 0))
    assert spans == [
        Span(0, 10 * 60, 11 * 60),  # fills the hour between the two
        Span(0, 12 * 60 + 15, 12 * 60 + 45),  # after the second, on the 15-minute grid
        Span(0, 12 * 60 + 45, 14 * 60 + 15),
    ]


def test_from_now_on_and_on_to_the_next_working_day() -> None:
    # Wednesday 16:50: the rest of the day holds 60 minutes, not 90; the weekend is skipped.
    spans = free_spans([], [60, 90], NINE_TO_SIX, WEEKDAYS, (2, 16 * 60 + 50))
    assert spans == [Span(2, 17 * 60, 18 * 60), Span(3, 9 * 60, 10 * 60 + 30)]
    friday_late = free_spans([], [60], NINE_TO_SIX, WEEKDAYS, (4, 17 * 60 + 30))
    assert friday_late == []  # no room left this week


def test_what_does_not_fit_is_left_out_with_all_after_it() -> None:
    full = [(day, 9 * 60, 18 * 60) for day in WEEKDAYS[1:]]
    spans = free_spans(full, [8 * 60, 60, 30], NINE_TO_SIX, WEEKDAYS, (0, 10 * 60))
    assert spans == [Span(0, 10 * 60, 18 * 60)]  # the hour finds no room; the half hour waits
    assert free_spans([], [10 * 60], NINE_TO_SIX, WEEKDAYS, (0, 0)) == []  # longer than a day
