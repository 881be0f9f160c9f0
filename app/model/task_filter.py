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
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from app.model.errors import InvalidInput
from app.model.quadrant import Status
from app.model.task import Task

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
        if self.status is not None:
            if task.status is not self.status:
                return False
        elif not (task.status is Status.OPEN or (include_done and task.status is Status.DONE)):
            return False
        if self.words:
            text = f"{task.title}\n{task.notes}".casefold()
            if not all(word in text for word in self.words):
                return False
        if self.tags:
            have = {tag.casefold() for tag in task.tags}
            if not all(tag in have for tag in self.tags):
                return False
        if self.person is not None and not (task.delegate or "").casefold().startswith(self.person):
            return False
        if self.due is not None:
            if task.due is None:
                return False
            if self.due == "today":
                due_now = task.due == today
            elif self.due == "week":
                due_now = task.due <= week_end  # overdue ones are still due this week
            else:
                due_now = task.due < today
            if not due_now:
                return False
        return True


def _choice(value: str, choices: tuple[str, ...], what: str) -> str:
    if value not in choices:
        raise InvalidInput(f"“{what}{value}” is not a choice; use {', '.join(choices)}")
    return value
