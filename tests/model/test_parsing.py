"""What a person types becomes task fields, or a message that says what is wrong."""

import calendar
from datetime import date

import pytest

from app.model.errors import InvalidInput
from app.model.parsing import (
    TITLE_MAX,
    format_estimate,
    parse_date,
    parse_delegate,
    parse_estimate,
    parse_notes,
    parse_tags,
    parse_title,
    pasted_titles,
)

WEDNESDAY = date(2026, 3, 4)


def test_fixed_today_is_a_wednesday() -> None:
    assert WEDNESDAY.strftime("%A") == "Wednesday"


# -- titles -----------------------------------------------------------------------------------


def test_title_folds_whitespace() -> None:
    assert parse_title("  Plan\tthe   offsite\n") == "Plan the offsite"


@pytest.mark.parametrize("text", ["", "   ", "\n\t "])
def test_empty_title_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"^a task needs a title$"):
        parse_title(text)


def test_title_at_the_limit_is_kept() -> None:
    assert parse_title("x" * TITLE_MAX) == "x" * TITLE_MAX


def test_too_long_title_says_how_long_and_where_the_rest_goes() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_title("x" * (TITLE_MAX + 1))
    assert str(caught.value) == (
        "the title is 501 characters long; the limit is 500 (put the rest in the notes)"
    )


def test_notes_are_trimmed_and_limited() -> None:
    assert parse_notes("  first line\nsecond  \n") == "first line\nsecond"
    with pytest.raises(InvalidInput, match="the notes are 100,001 characters long"):
        parse_notes("n" * 100_001)


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-05-17", date(2026, 5, 17)),
        (" 2026-5-7 ", date(2026, 5, 7)),
        ("2028-02-29", date(2028, 2, 29)),
        ("today", WEDNESDAY),
        ("Today", WEDNESDAY),
        ("tomorrow", date(2026, 3, 5)),
        ("tom", date(2026, 3, 5)),
        ("thursday", date(2026, 3, 5)),
        ("fri", date(2026, 3, 6)),
        ("Sunday", date(2026, 3, 8)),
        ("mon", date(2026, 3, 9)),
        ("tues", date(2026, 3, 10)),
        ("wed", date(2026, 3, 11)),  # the next Wednesday, not today
        ("+0d", WEDNESDAY),
        ("+3d", date(2026, 3, 7)),
        ("+30d", date(2026, 4, 3)),
        ("+2w", date(2026, 3, 18)),
        ("+1 W", date(2026, 3, 11)),
    ],
)
def test_dates(text: str, expected: date) -> None:
    assert parse_date(text, WEDNESDAY) == expected


@pytest.mark.parametrize("text", ["", "   "])
def test_no_date(text: str) -> None:
    assert parse_date(text, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2026-02-30", "“2026-02-30” is not a date: February 2026 has 28 days"),
        ("2028-02-30", "“2028-02-30” is not a date: February 2028 has 29 days"),
        ("2026-04-31", "“2026-04-31” is not a date: April 2026 has 30 days"),
        ("2026-03-00", "“2026-03-00” is not a date: March 2026 has 31 days"),
        ("2026-13-01", "“2026-13-01” is not a date: there is no month 13"),
        ("2026-00-10", "“2026-00-10” is not a date: there is no month 0"),
        ("0000-01-01", "“0000-01-01” is not a date: there is no year 0"),
    ],
)
def test_impossible_dates_say_why(text: str, message: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, WEDNESDAY)
    assert str(caught.value) == message


@pytest.mark.parametrize("text", ["next week", "mo", "2026/03/04", "+3m", "+1000d", "03-04-2026"])
def test_unreadable_dates_say_what_works(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date(text, WEDNESDAY)
    assert str(caught.value) == (
        f"“{text}” is not a date; use YYYY-MM-DD, today, tomorrow, a weekday or +3d"
    )


def test_long_garbage_is_shortened_in_the_message() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_date("x" * 1000, WEDNESDAY)
    assert len(str(caught.value)) < 120
    assert "x" * 39 + "…" in str(caught.value)


def test_dates_do_not_depend_on_the_desktop_language(monkeypatch: pytest.MonkeyPatch) -> None:
    # Qt sets LC_TIME from the desktop; `calendar` names then come out in that language.
    german_days = ["montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"]
    monkeypatch.setattr(calendar, "day_name", german_days)
    monkeypatch.setattr(calendar, "month_name", ["", *(f"monat {i}" for i in range(1, 13))])
    assert parse_date("friday", WEDNESDAY) == date(2026, 3, 6)
    with pytest.raises(InvalidInput, match="February 2026 has 28 days"):
        parse_date("2026-02-30", WEDNESDAY)


# -- estimates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("45m", 45),
        ("45min", 45),
        ("45 m", 45),
        ("2h", 120),
        ("2H", 120),
        ("1h30m", 90),
        ("1h 30m", 90),
        ("1.5h", 90),
        ("1,5h", 90),
        ("0.25h", 15),
        ("25", 25),
        (" 90 ", 90),
        ("168h", 7 * 24 * 60),
        ("10080", 10080),
    ],
)
def test_estimates(text: str, minutes: int) -> None:
    assert parse_estimate(text) == minutes


def test_no_estimate() -> None:
    assert parse_estimate("  ") is None


@pytest.mark.parametrize("text", ["0", "0m", "0h", "0.001h"])
def test_zero_estimate_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_estimate(text)
    assert str(caught.value) == "an estimate must be at least one minute"


@pytest.mark.parametrize("text", ["soon", "h", "m", "1.5", "-5m", "2h30", "1d", "²", "45m2h"])
def test_garbage_estimate_says_what_works(text: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_estimate(text)
    assert str(caught.value) == (
        f"“{text}” is not an estimate; use minutes or hours like 45m, 2h or 1h30m"
    )


@pytest.mark.parametrize("text", ["169h", "10081", "167h61m", "9" * 400 + "h", "9" * 5000])
def test_estimate_over_a_week_is_refused(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"is longer than a week; split the task instead$"):
        parse_estimate(text)


@pytest.mark.parametrize(
    ("minutes", "text"),
    [(0, "0m"), (1, "1m"), (45, "45m"), (60, "1h"), (90, "1h 30m"), (120, "2h"), (10080, "168h")],
)
def test_format_estimate(minutes: int, text: str) -> None:
    assert format_estimate(minutes) == text


@pytest.mark.parametrize("minutes", [1, 45, 60, 61, 90, 600, 10080])
def test_formatted_estimate_reads_back(minutes: int) -> None:
    assert parse_estimate(format_estimate(minutes)) == minutes


# -- tags and delegates -----------------------------------------------------------------------


def test_tags_split_on_commas_and_spaces() -> None:
    assert parse_tags(["hiring, 1:1s  planning", "q3"]) == ("hiring", "1:1s", "planning", "q3")


def test_tags_drop_the_hash() -> None:
    assert parse_tags(["#hiring ##team #", "c#"]) == ("hiring", "team", "c#")


def test_tags_keep_the_first_spelling_of_each() -> None:
    assert parse_tags(["Hiring hiring", "#HIRING", "Team"]) == ("Hiring", "Team")


def test_no_tags() -> None:
    assert parse_tags([]) == ()
    assert parse_tags(["", " , ", "#"]) == ()


def test_overlong_tag_is_refused() -> None:
    with pytest.raises(InvalidInput, match=r"is longer than 40 characters$"):
        parse_tags(["ok", "t" * 41])


def test_delegate_is_one_line_or_none() -> None:
    assert parse_delegate("  Ana\n  Lima ") == "Ana Lima"
    assert parse_delegate("   ") is None


def test_overlong_delegate_is_refused() -> None:
    with pytest.raises(InvalidInput) as caught:
        parse_delegate("a" * 101)
    assert str(caught.value) == "a delegate's name can be at most 100 characters"


@pytest.mark.parametrize(
    "parse", [parse_title, parse_notes, parse_delegate, lambda text: parse_tags([text])]
)
def test_text_that_was_not_utf8_is_refused(parse) -> None:
    not_utf8 = b"caf\xe9 plan".decode("utf-8", "surrogateescape")  # as argv/stdin deliver it
    with pytest.raises(InvalidInput, match="not UTF-8 text"):
        parse(not_utf8)


def test_pasted_lists_lose_their_marks_but_not_their_numbers() -> None:
    pasted = (
        "- Call the vendor\n\n* [ ] Review budget\n  • Book 1:1s\n- [x] 2 interviews\n3 ideas\n"
    )
    assert pasted_titles(pasted) == [
        "Call the vendor", "Review budget", "Book 1:1s", "2 interviews", "3 ideas",
    ]  # fmt: skip
