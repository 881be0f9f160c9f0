"""DelegationService: following delegated tasks through, and turning down suggestions.

Each method is one user operation in one transaction, and reports what changed as a `Change`
(so undo restores the fields it wrote, like any other). What the task row cannot hold — that
the user followed up today — goes into the task history (`history.EventKind.FOLLOWED_UP`) in
the same transaction; a dismissed suggestion is on the row (`Task.dismissed_for`) and in the
history too.
"""

from collections.abc import Iterable, Sequence
from datetime import date

from app.model import history, rows
from app.model.change import Change
from app.model.datafile import DataFile
from app.model.errors import InvalidInput
from app.model.parsing import parse_delegate
from app.model.schema import TASKS
from app.model.task import Task
from app.model.wording import QT_TRANSLATE_NOOP

_task = rows.sql(TASKS).c


class DelegationService:
    def __init__(self, file: DataFile) -> None:
        self._file = file

    def followed_up(self, ids: Sequence[int], next_follow_up: date | None) -> Change:
        """Record a follow-up now on each task, and set when to follow up next."""
        now = self._file.now()
        with self._file.transaction() as connection:
            found = rows.by_ids(TASKS, connection, ids)
            before: dict[int, Task | None] = {}
            after: dict[int, Task | None] = {}
            events = []
            for task_id, task in found.items():
                events.append(history.followed_up_event(task, now))
                if task.follow_up == next_follow_up:
                    continue
                before[task_id] = task
                after[task_id] = task._replace(follow_up=next_follow_up, updated=now)
                rows.update_row(TASKS, connection, task_id, follow_up=next_follow_up, updated=now)
            history.record(rows.driver(connection), events)
            return Change(before=before, after=after)

    def dismiss(self, ids: Iterable[int]) -> Change:
        """Turn down the urgency suggestion for each task until its due date changes: the task
        keeps the due date it was turned down for (undo brings the suggestion back)."""
        now = self._file.now()
        with self._file.transaction() as connection:
            found = rows.by_ids(TASKS, connection, ids).values()
            dismissing = [t for t in found if t.due is not None and t.dismissed_for != t.due]
            before: dict[int, Task | None] = {task.id: task for task in dismissing}
            after: dict[int, Task | None] = {}
            for task in dismissing:
                after[task.id] = task._replace(dismissed_for=task.due, updated=now)
                rows.update_row(TASKS, connection, task.id, dismissed_for=task.due, updated=now)
            history.record(
                rows.driver(connection), [history.dismissed_event(t, now) for t in dismissing]
            )
            return Change(before=before, after=after)

    def rename(self, old: str, new: str) -> Change:
        """Rename a person on every task delegated to them (open and done)."""
        name = parse_delegate(new)
        if name is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "give the person a name"))
        now = self._file.now()
        with self._file.transaction() as connection:
            statement = rows.selecting(TASKS).where(_task.delegate == old)
            found = rows.values(TASKS, connection, statement)
            if name == old or not found:
                return Change()
            before: dict[int, Task | None] = {task.id: task for task in found}
            after: dict[int, Task | None] = {}
            for task in found:
                after[task.id] = task._replace(delegate=name, updated=now)
                rows.update_row(TASKS, connection, task.id, delegate=name, updated=now)
            return Change(before=before, after=after)
