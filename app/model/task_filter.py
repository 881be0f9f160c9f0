"""Finding tasks: the filter the window's search field and `quadrant list --search` share.

    budget #q1 @priya due:week is:done

- words: each must appear in the title or the notes (any case, accents as typed);
- `#tag`: the task has that tag (any case); `@name`: it is delegated to that person (any case,
  the start of the name is enough);
- `due:today` (today itself), `due:week` (by the end of the week, overdue ones too),
  `due:overdue` (before today);
- `is:done` shows done tasks (otherwise the open ones), `is:open` the open ones.

Matching is done on the task values in Python, never by building SQL from what was typed, so
`%`, `_`, `\\` and quotes are just characters. Words in quotes are matched as one phrase.

`matching` sifts a whole list at once, one condition at a time over what is left, so the window
can narrow ten thousand cards per keystroke; a `TaskSearch` is a filter as the window applies it
on one day, and says when a longer text only narrows the last one (`narrows`), so the next
keystroke looks only among the cards already shown.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from app.model.errors import InvalidInput
from app.model.quadrant import Status
from app.model.task import Task
from app.model.wording import QT_TRANSLATE_NOOP

DUE_CHOICES = ("today", "week", "overdue")
_WORD = re.compile(r'"([^"]*)"|“([^”]*)”|(\S+)')


@dataclass(frozen=True, slots=True)
class TaskFilter:
    words: tuple[str, ...] = ()  # casefolded
    tags: tuple[str, ...] = ()  # casefolded
    person: str | None = None  # casefolded
    due: str | None = None  # one of DUE_CHOICES
    status: Status | None = None  # None: open ones

    @property
    def is_empty(self) -> bool:
        return self == TaskFilter()

    @property
    def wants_done(self) -> bool:
        return self.status is Status.DONE

    @classmethod
    def parse(cls, text: str) -> "TaskFilter":
        words: list[str] = []
        tags: list[str] = []
        person = due = None
        status = None
        for match in _WORD.finditer(text):
            phrase = match[1] if match[1] is not None else match[2]
            if phrase is not None:
                if phrase.strip():
                    words.append(" ".join(phrase.split()).casefold())
                continue
            word = match[3]
            lowered = word.casefold()
            if lowered.startswith("#") and len(word) > 1:
                tags.append(lowered[1:])
            elif lowered.startswith("@") and len(word) > 1:
                person = lowered[1:]
            elif lowered.startswith("due:"):
                due = _choice(lowered[4:], DUE_CHOICES, "due:")
            elif lowered in ("is:done", "is:open"):
                status = Status.DONE if lowered == "is:done" else Status.OPEN
            else:
                words.append(lowered)
        return cls(tuple(words), tuple(tags), person, due, status)

    def narrowed(
        self, tags: Iterable[str] = (), person: str | None = None, due: str | None = None
    ) -> "TaskFilter":
        """This filter with more conditions, as the CLI's options give them."""
        return replace(
            self,
            tags=self.tags + tuple(tag.lstrip("#").casefold() for tag in tags),
            person=person.lstrip("@").casefold() if person else self.person,
            due=_choice(due.casefold(), DUE_CHOICES, "--due ") if due else self.due,
        )

    def matches(self, task: Task, today: date, week_end: date, include_done: bool = False) -> bool:
        """Whether `task` is one the filter asks for; `week_end` is the last day of the week.
        Without `is:`, open tasks match, and done ones too if `include_done`."""
        return bool(self.matching([task], today, week_end, include_done))

    def matching(
        self,
        tasks: Sequence[Task],
        today: date,
        week_end: date,
        include_done: bool = False,
        texts: Sequence[str] | None = None,
        among: Iterable[int] | None = None,
    ) -> list[int]:
        """The places in `tasks` of the tasks `matches` accepts, in order. `texts`: each task's
        `search_text`, if the caller keeps them; `among`: look only at these places (ascending)."""
        if self.status is not None:
            statuses: tuple[Status, ...] = (self.status,)
        else:
            statuses = (Status.OPEN, Status.DONE) if include_done else (Status.OPEN,)
        rows = list(range(len(tasks)) if among is None else among)
        if self.words and texts is not None:  # the words first: they narrow the most
            for word in self.words:
                rows = [i for i in rows if word in texts[i]]
        rows = [i for i in rows if tasks[i].status in statuses]
        if self.words and texts is None:
            words = self.words
            rows = [i for i in rows if all(w in search_text(tasks[i]) for w in words)]
        if self.tags:
            tags = set(self.tags)
            rows = [i for i in rows if tags <= {tag.casefold() for tag in tasks[i].tags}]
        if self.person is not None:
            person = self.person
            rows = [i for i in rows if (tasks[i].delegate or "").casefold().startswith(person)]
        if self.due is not None:
            when = self.due
            rows = [i for i in rows if _due_now(tasks[i].due, when, today, week_end)]
        return rows

    def narrows(self, wider: "TaskFilter") -> bool:
        """Whether every task this filter matches is one `wider` matches too (on the same day,
        with the same done tasks): typing on mostly narrows, and then only `wider`'s matches need
        looking at. Each word of `wider` must lie inside a word of this one."""
        return (
            self.status is wider.status
            and wider.due in (None, self.due)
            and set(wider.tags) <= set(self.tags)
            and (
                wider.person is None
                or (self.person is not None and self.person.startswith(wider.person))
            )
            and all(any(old in new for new in self.words) for old in wider.words)
        )


@dataclass(frozen=True, slots=True)
class TaskSearch:
    """A filter as the window applies it: on `today`, in the week that ends on `week_end`, with
    done tasks (`include_done`) or without."""

    wanted: TaskFilter
    today: date
    week_end: date
    include_done: bool = False

    def matches(self, task: Task) -> bool:
        return self.wanted.matches(task, self.today, self.week_end, self.include_done)

    def matching(
        self,
        tasks: Sequence[Task],
        texts: Sequence[str] | None = None,
        among: Iterable[int] | None = None,
    ) -> list[int]:
        """See `TaskFilter.matching`."""
        return self.wanted.matching(
            tasks, self.today, self.week_end, self.include_done, texts, among
        )

    def narrows(self, wider: "TaskSearch | None") -> bool:
        """Whether this search finds only tasks `wider` found (see `TaskFilter.narrows`)."""
        return (
            wider is not None
            and (self.today, self.week_end, self.include_done)
            == (wider.today, wider.week_end, wider.include_done)
            and self.wanted.narrows(wider.wanted)
        )


def search_text(task: Task) -> str:
    """What a filter's words are looked for in: the title and the notes, casefolded."""
    return f"{task.title}\n{task.notes}".casefold()


def _due_now(due: date | None, when: str, today: date, week_end: date) -> bool:
    if due is None:
        return False
    if when == "today":
        return due == today
    if when == "week":
        return due <= week_end  # overdue ones are still due this week
    return due < today


def _choice(value: str, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "“{text}” is not a choice; use {choices}"),
            text=what + value,
            choices=", ".join(choices),
        )
    return value
