"""Quick entry: what is read from each phrase a person might type, pinned phrase by phrase.

"Today" is Sunday 29 November 2026, 10:00 in the morning.
"""

from datetime import date
from typing import Any

import pytest

from app.model.quadrant import Quadrant
from app.model.quick_entry import Entry, read_entry

TODAY = date(2026, 11, 29)  # a Sunday
NOW = 10 * 60

MON, TUE, WED, THU, FRI = date(2026, 11, 30), *(date(2026, 12, day) for day in range(1, 5))
NEXT_SUN = date(2026, 12, 6)

# (typed, what is read); fields not named are empty.
PHRASES: list[tuple[str, dict[str, Any]]] = [
    # plain titles, read as they are
    ("Call the bank", {}),
    ("Review Friday deploy checklist", {}),  # a weekday word inside the title
    ("Friday retro notes", {}),
    ("Read chapter 3", {}),
    ("Prep 1:1 with Sam", {}),
    ("Fix bug #123", {}),  # an issue number, not a tag
    ("Email priya@example.com", {}),  # an address, not a person
    ("Is this urgent!", {}),
    ("!important stuff", {}),  # not a lane
    ("Plan Q1 budget", {}),
    ("50% of the roadmap", {}),
    ("Buy 2 monitors", {}),
    ("Ship v2.3", {}),
    ("Lunch at noon", {}),
    ("Sort out the may release", {}),
    ("Prepare for the 3 dec offsite review", {}),  # a date inside the title
    # lanes
    ("Hire a designer !do", {"title": "Hire a designer", "quadrant": Quadrant.DO}),
    (
        "!defer Write the strategy doc",
        {"title": "Write the strategy doc", "quadrant": Quadrant.DEFER},
    ),
    ("Expense report !3", {"title": "Expense report", "quadrant": Quadrant.DELEGATE}),
    (
        "Unsubscribe from lists !eliminate",
        {"title": "Unsubscribe from lists", "quadrant": Quadrant.ELIMINATE},
    ),
    ("Back to triage !0", {"title": "Back to triage", "quadrant": Quadrant.INBOX}),
    ("Old thing !ELIMINATE", {"title": "Old thing", "quadrant": Quadrant.ELIMINATE}),
    # tags
    ("Write the plan #planning", {"title": "Write the plan", "tags": ("planning",)}),
    ("#q1 #hiring Open two roles", {"title": "Open two roles", "tags": ("q1", "hiring")}),
    ("Budget #finance, then call", {"title": "Budget then call", "tags": ("finance",)}),
    ("Tidy #Team #team", {"title": "Tidy", "tags": ("Team",)}),
    # people
    (
        "Collect interview feedback @Priya",
        {"title": "Collect interview feedback", "delegate": "Priya", "lane": Quadrant.DELEGATE},
    ),
    (
        "@sam review the deck",
        {"title": "review the deck", "delegate": "sam", "lane": Quadrant.DELEGATE},
    ),
    ("Ask @Ana, then decide", {"title": "Ask then decide", "delegate": "Ana"}),
    (
        "Hand over @Priya !do",
        {"title": "Hand over", "delegate": "Priya", "quadrant": Quadrant.DO, "lane": Quadrant.DO},
    ),
    ("Pair @ana @ben", {"title": "Pair @ben", "delegate": "ana"}),
    # due dates at the end
    ("Send the report today", {"title": "Send the report", "due": TODAY}),
    ("Send the report tomorrow", {"title": "Send the report", "due": MON}),
    ("Send the report by fri", {"title": "Send the report", "due": FRI}),
    ("Send the report on friday", {"title": "Send the report", "due": FRI}),
    ("Send the report due Tue", {"title": "Send the report", "due": TUE}),
    (
        "Send the report sun",
        {"title": "Send the report", "due": NEXT_SUN},
    ),  # a weekday means the next one, not today
    ("Send the report thurs", {"title": "Send the report", "due": THU}),
    (
        "Plan next mon",
        {"title": "Plan", "due": MON},
    ),  # "next" is next week: on a Sunday, that is tomorrow
    ("Plan next fri", {"title": "Plan", "due": FRI}),
    ("Renew in 3 days", {"title": "Renew", "due": date(2026, 12, 2)}),
    ("Renew in 2 weeks", {"title": "Renew", "due": date(2026, 12, 13)}),
    ("Renew in a week", {"title": "Renew", "due": NEXT_SUN}),
    ("Book venue 3 dec", {"title": "Book venue", "due": THU}),
    ("Book venue dec 3", {"title": "Book venue", "due": THU}),
    ("Book venue 3rd December", {"title": "Book venue", "due": THU}),
    ("Pay rent 1 jan", {"title": "Pay rent", "due": date(2027, 1, 1)}),  # the next one
    ("Pay rent 29 nov", {"title": "Pay rent", "due": TODAY}),
    ("Taxes 28 nov", {"title": "Taxes", "due": date(2027, 11, 28)}),  # passed this year: next year
    ("Leap day 29 feb", {"title": "Leap day", "due": date(2028, 2, 29)}),
    ("Release 2026-12-03", {"title": "Release", "due": THU}),
    ("Release +3d", {"title": "Release", "due": date(2026, 12, 2)}),
    ("Release +2w", {"title": "Release", "due": date(2026, 12, 13)}),
    ("Report 31 nov", {}),  # no such day: left in the title
    ("Prepare 2026-02-30", {}),  # no such date: left in the title
    # other languages' dates stay in the title
    ("Rapport 3 déc", {}),
    ("Bericht bis Freitag", {}),
    ("Informe mañana", {}),
    ("報告 明日", {}),
    # estimates
    ("Draft the memo 45m", {"title": "Draft the memo", "estimate": 45}),
    ("Draft the memo 2h", {"title": "Draft the memo", "estimate": 120}),
    ("Draft the memo 1h30", {"title": "Draft the memo", "estimate": 90}),
    ("Draft the memo 1h30m", {"title": "Draft the memo", "estimate": 90}),
    ("Draft the memo 90min", {"title": "Draft the memo", "estimate": 90}),
    ("Draft the memo 1.5h", {"title": "Draft the memo", "estimate": 90}),
    ("Draft the memo 2h fri", {"title": "Draft the memo", "estimate": 120, "due": FRI}),
    ("Draft the memo fri 2h", {"title": "Draft the memo", "estimate": 120, "due": FRI}),
    # times of day: block time
    (
        "Call Alice about roadmap tomorrow 3pm #team @alice",
        {
            "title": "Call Alice about roadmap",
            "due": MON,
            "at": 15 * 60,
            "block_day": MON,
            "tags": ("team",),
            "delegate": "alice",
        },
    ),
    (
        "Deep work fri at 9:30am 2h",
        {"title": "Deep work", "due": FRI, "at": 9 * 60 + 30, "block_day": FRI, "estimate": 120},
    ),
    (
        "Standup prep 15:00",
        {"title": "Standup prep", "at": 15 * 60, "block_day": TODAY},
    ),  # still ahead today
    (
        "Standup prep 9am",
        {"title": "Standup prep", "at": 9 * 60, "block_day": MON},
    ),  # passed today: tomorrow
    (
        "Midnight deploy 12am tomorrow",
        {"title": "Midnight deploy", "at": 0, "due": MON, "block_day": MON},
    ),
    ("Lunch 12pm", {"title": "Lunch", "at": 12 * 60, "block_day": TODAY}),
    ("Meet at 25:00", {}),
    ("Meet 13pm", {}),
    # follow-ups
    (
        "Chase the vendor @Ken ^fri",
        {"title": "Chase the vendor", "delegate": "Ken", "follow_up": FRI},
    ),
    ("Chase the vendor ^+3d", {"title": "Chase the vendor", "follow_up": date(2026, 12, 2)}),
    (
        "Chase the vendor ^2026-12-10 tomorrow",
        {"title": "Chase the vendor", "follow_up": date(2026, 12, 10), "due": MON},
    ),
    ("Chase ^someday", {"title": "Chase ^someday"}),
    # quoting and escaping
    ('"Friday" tomorrow', {"title": "Friday", "due": MON}),
    ('Read "next mon"', {"title": "Read next mon"}),
    ("Read “3 dec”", {"title": "Read 3 dec"}),
    (r"Ship \#5 today", {"title": "Ship #5", "due": TODAY}),
    (r"Mention \@team in notes", {"title": "Mention @team in notes"}),
    (r"Learn \!defer", {"title": "Learn !defer"}),
    # nothing but fields: all of it is the title
    ("tomorrow", {"title": "tomorrow"}),
    ("#todo", {"title": "#todo"}),
    ("  lots   of   space  fri ", {"title": "lots of space", "due": FRI}),
]


def expected(typed: str, fields: dict[str, Any]) -> Entry:
    fields = dict(fields)
    fields.pop("lane", None)
    return Entry(**{"title": typed} | fields)


@pytest.mark.parametrize(("typed", "fields"), PHRASES, ids=[p[0] for p in PHRASES])
def test_what_is_read(typed: str, fields: dict[str, Any]) -> None:
    entry = read_entry(typed, TODAY, NOW)
    assert entry == expected(typed, fields)
    if "lane" in fields:
        assert entry.lane is fields["lane"]


def test_there_are_enough_phrases() -> None:
    assert len(PHRASES) >= 60


def test_the_preview_names_each_field_read() -> None:
    entry = read_entry("Call Alice about roadmap tomorrow 3pm 30m #team @alice ^fri", TODAY, NOW)
    assert entry.chips() == [
        ("lane", "Delegate"),
        ("due", "due Mon 30 Nov"),
        ("block", "Mon 30 Nov 15:00"),
        ("estimate", "30m"),
        ("person", "@alice"),
        ("follow-up", "follow up Fri 4 Dec"),
        ("tag", "#team"),
    ]
    assert read_entry("Just a title", TODAY, NOW).chips() == []
