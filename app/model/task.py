"""Plain, immutable task values that leave the model: snapshots, drafts and edits.

The UI, the CLI and the undo stack only ever see these, never database records, so nothing
outside `app.model` can touch the database by accident.
"""

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from app.model.quadrant import Quadrant, Status


class Task(NamedTuple):
    """A task as it is stored at one moment.

    A named tuple rather than a frozen dataclass: the window builds one per open task at start,
    and a tuple is made about five times faster.
    """

    id: int
    uid: str
    title: str
    quadrant: Quadrant
    position: int
    status: Status
    created: datetime
    updated: datetime
    notes: str = ""
    due: date | None = None
    estimate: int | None = None  # minutes
    delegate: str | None = None
    follow_up: date | None = None
    tags: tuple[str, ...] = ()
    completed: datetime | None = None
    source: str | None = None  # the calendar file it was imported from
    external_uid: str | None = None  # its UID in that file
    dismissed_for: date | None = None  # the due date an urgency suggestion was turned down for
    repeat: str | None = None  # how it repeats (see `task_repeats`)

    @property
    def is_open(self) -> bool:
        return self.status is Status.OPEN

    @property
    def sort_key(self) -> tuple[int, int]:
        """Order within a lane."""
        return (self.position, self.id)


@dataclass(frozen=True, slots=True)
class TaskDraft:
    """A task to be created. Fields are already validated (see `app.model.parsing`)."""

    title: str
    quadrant: Quadrant = Quadrant.INBOX
    notes: str = ""
    due: date | None = None
    estimate: int | None = None
    delegate: str | None = None
    follow_up: date | None = None
    tags: tuple[str, ...] = ()
    repeat: str | None = None  # checked by `task_repeats.parse_task_repeat`


@dataclass(frozen=True, slots=True)
class TaskEdit:
    """The editable fields of a task, all at once, as the editor returns them."""

    title: str
    notes: str = ""
    due: date | None = None
    estimate: int | None = None
    delegate: str | None = None
    follow_up: date | None = None
    tags: tuple[str, ...] = ()
    repeat: str | None = None  # with `sets_repeat`: how it repeats from now on
    sets_repeat: bool = False  # False: the repeat stays as it is (edits that do not show it)
