"""The find filter: which tasks each query matches."""

from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.model.errors import InvalidInput
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.task_filter import TaskFilter, TaskSearch, search_text

TODAY = date(2026, 11, 26)  # a Thursday
WEEK_END = date(2026, 11, 29)
AT = datetime(2026, 11, 1, tzinfo=UTC)


def task(title: str, **fields: Any) -> Task:
    return Task(1, "u", title, Quadrant.DO, 1, Status.OPEN, AT, AT)._replace(**fields)


TASKS = {
    "budget": task("Q1 Budget review", notes="50% of spend_total", tags=("finance", "Q1")),
    "hire": task("Hire a designer", delegate="Priya Raman", due=date(2026, 11, 25)),
    "offsite": task("Book the offsite", due=TODAY, tags=("team",)),
    "memo": task("Write memo", due=date(2026, 11, 29), notes='say "hi" \\ bye'),
    "later": task("Plan 2027", due=date(2026, 12, 10)),
    "done": task("Old budget", status=Status.DONE),
}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", {"budget", "hire", "offsite", "memo", "later"}),
        ("budget", {"budget"}),
        ("BUDGET review", {"budget"}),
        ("50%", {"budget"}),  # % is just a character
        ("spend_total", {"budget"}),
        ("_", {"budget"}),
        ('"hi" bye', {"memo"}),
        ("\\", {"memo"}),
        ('"book the"', {"offsite"}),
        ("#finance", {"budget"}),
        ("#q1", {"budget"}),
        ("#q1 #team", set()),
        ("@priya", {"hire"}),
        ("@pri", {"hire"}),
        ("@raman", set()),  # the start of the name
        ("due:today", {"offsite"}),
        ("due:overdue", {"hire"}),
        ("due:week", {"hire", "offsite", "memo"}),
        ("is:done", {"done"}),
        ("is:done budget", {"done"}),
        ("is:open budget", {"budget"}),
        ("plan due:week", set()),
    ],
)
def test_what_each_query_finds(query: str, expected: set[str]) -> None:
    found = TaskFilter.parse(query)
    assert {name for name, t in TASKS.items() if found.matches(t, TODAY, WEEK_END)} == expected


def test_done_tasks_join_when_asked() -> None:
    found = TaskFilter.parse("budget")
    assert {n for n, t in TASKS.items() if found.matches(t, TODAY, WEEK_END, True)} == {
        "budget", "done",
    }  # fmt: skip


def test_options_narrow_the_words() -> None:
    found = TaskFilter.parse("").narrowed(tags=["#Team"], person=None, due="today")
    assert {n for n, t in TASKS.items() if found.matches(t, TODAY, WEEK_END)} == {"offsite"}
    assert TaskFilter.parse("").is_empty
    assert not found.is_empty


def test_an_unknown_due_word_is_refused() -> None:
    with pytest.raises(InvalidInput, match="due:soon"):
        TaskFilter.parse("due:soon")


@pytest.mark.parametrize("query", ["", "budget", "B", "#q1", "@pri", "due:week", "is:done", "%"])
def test_a_whole_list_is_sifted_as_one_by_one(query: str) -> None:
    found = TaskFilter.parse(query)
    tasks = list(TASKS.values())
    one_by_one = [i for i, t in enumerate(tasks) if found.matches(t, TODAY, WEEK_END, True)]
    texts = [search_text(t) for t in tasks]
    assert found.matching(tasks, TODAY, WEEK_END, True) == one_by_one
    assert found.matching(tasks, TODAY, WEEK_END, True, texts) == one_by_one
    among = [0, 2, 4, 5]
    assert found.matching(tasks, TODAY, WEEK_END, True, texts, among) == [
        i for i in one_by_one if i in among
    ]


@pytest.mark.parametrize(
    ("wider", "narrower", "narrows"),
    [
        ("b", "bu", True),
        ("bud", "budget review", True),
        ("budget", "budge", False),  # erasing widens
        ("review budget", "budget", False),
        ("#", "#q", False),  # "#" is a word, "#q" a tag
        ("#q1", "#q1 budget", True),
        ("#q", "#q1", False),  # tags match whole
        ("@p", "@pri", True),
        ("@pri", "@p", False),
        ("due:week", "due:week plan", True),
        ("plan", "plan due:today", True),
        ("is:done", "is:done old", True),
        ("old", "old is:done", False),  # done ones are other tasks
    ],
)
def test_when_a_longer_text_only_narrows(wider: str, narrower: str, narrows: bool) -> None:
    assert TaskFilter.parse(narrower).narrows(TaskFilter.parse(wider)) is narrows
    same_day = TaskSearch(TaskFilter.parse(narrower), TODAY, WEEK_END)
    wider_search = TaskSearch(TaskFilter.parse(wider), TODAY, WEEK_END)
    assert same_day.narrows(wider_search) is narrows
    assert not same_day.narrows(None)
    next_day = TaskSearch(TaskFilter.parse(wider), WEEK_END, WEEK_END)
    assert not same_day.narrows(next_day)  # the day matters for due:
