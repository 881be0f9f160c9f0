"""Waiting For: every open delegated task, grouped by person, the pressing follow-ups first.

A plain data object built from tasks and their history, shown by the window's Waiting For view
and printed by `quadrant waiting`. "Since when" is when the task last went to Delegate (from the
history; for tasks older than the history, when it was created).
"""

from collections.abc import Iterable, Sequence
from datetime import date, timedelta, tzinfo
from typing import NamedTuple

from app.model.history import EventKind, TaskEvent
from app.model.quadrant import Quadrant, Status
from app.model.task import Task
from app.model.week import ENGLISH_DATES
from app.model.wording import QT_TRANSLATE_NOOP, DateWords, Translate, english

RECENT_DAYS = 14  # how far back "recently done" reaches in one person's list
NO_ONE = QT_TRANSLATE_NOOP("WaitingFor", "No one yet")  # the group of tasks without a person


class Waiting(NamedTuple):
    """One delegated task and where its follow-up stands on `today`."""

    task: Task
    since: date
    last_followed_up: date | None
    today: date

    @property
    def overdue(self) -> bool:
        follow_up = self.task.follow_up
        return self.task.is_open and follow_up is not None and follow_up < self.today

    @property
    def follow_up_today(self) -> bool:
        return self.task.is_open and self.task.follow_up == self.today

    @property
    def state(self) -> str:
        return self.state_text()

    def state_text(self, translate: Translate = english, dates: DateWords = ENGLISH_DATES) -> str:
        """The follow-up in words: "overdue since Mon 30 Nov", "follow up today", "Thu 3 Dec"."""
        task = self.task
        if not task.is_open:
            if not task.completed:
                return translate("WaitingFor", "done")
            day = dates.day(task.completed.date(), self.today)
            return translate("WaitingFor", "done {day}").format(day=day)
        if task.follow_up is None:
            return translate("WaitingFor", "no follow-up date")
        day = dates.day(task.follow_up, self.today)
        if self.overdue:
            return translate("WaitingFor", "follow-up overdue since {day}").format(day=day)
        if self.follow_up_today:
            return translate("WaitingFor", "follow up today")
        return translate("WaitingFor", "follow up {day}").format(day=day)

    @property
    def sort_key(self) -> tuple[int, date, int]:
        pressing = 0 if self.overdue else 1 if self.follow_up_today else 2
        return (pressing, self.task.follow_up or date.max, self.task.id)


class Person(NamedTuple):
    """Everything waiting on one person (`name` is `NO_ONE` for tasks without one)."""

    name: str
    open: tuple[Waiting, ...]
    done: tuple[Waiting, ...] = ()

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.open if item.overdue)


def waiting_for(
    tasks: Iterable[Task],
    events: Iterable[TaskEvent],
    today: date,
    zone: tzinfo,
    person: str | None = None,
) -> list[Person]:
    """The open tasks in Delegate by person, overdue follow-ups first (and the people with the
    most pressing follow-up first). With `person`, only theirs, and their recently done too."""
    stories: dict[int, list[TaskEvent]] = {}
    for event in events:
        stories.setdefault(event.task_id, []).append(event)
    groups: dict[str, tuple[list[Waiting], list[Waiting]]] = {}
    recent = today - timedelta(days=RECENT_DAYS)
    for task in tasks:
        name = task.delegate or NO_ONE
        if person is not None and name.casefold() != person.casefold():
            continue
        story = stories.get(task.id, [])
        item = Waiting(task, _since(task, story, zone), _last_followed_up(story, zone), today)
        if task.status is Status.OPEN and task.quadrant is Quadrant.DELEGATE:
            groups.setdefault(name, ([], []))[0].append(item)
        elif person is not None and _done_since(task, recent, zone):
            groups.setdefault(name, ([], []))[1].append(item)
    found = [
        Person(
            name,
            tuple(sorted(open_, key=lambda w: w.sort_key)),
            tuple(sorted(done, key=lambda w: w.task.completed or w.task.updated, reverse=True)),
        )
        for name, (open_, done) in groups.items()
    ]
    return sorted(found, key=_person_order)


def _person_order(person: Person) -> tuple[tuple[int, date, int], str]:
    first = min((item.sort_key for item in person.open), default=(3, date.max, 0))
    return (first, person.name.casefold())


def _done_since(task: Task, day: date, zone: tzinfo) -> bool:
    done = task.completed
    return task.status is Status.DONE and done is not None and done.astimezone(zone).date() >= day


def _since(task: Task, story: Sequence[TaskEvent], zone: tzinfo) -> date:
    since = task.created
    for event in story:
        if event.to_quadrant is Quadrant.DELEGATE and event.from_quadrant is not Quadrant.DELEGATE:
            since = event.at
    return since.astimezone(zone).date()


def _last_followed_up(story: Sequence[TaskEvent], zone: tzinfo) -> date | None:
    found = [e.at for e in story if e.kind is EventKind.FOLLOWED_UP]
    return max(found).astimezone(zone).date() if found else None
