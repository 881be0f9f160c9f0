"""Board: the user's tasks and time blocks as the UI edits them.

Each method is one user operation: it runs the service call (one transaction), and when
something changed pushes a `ChangeCommand` so it can be undone. Views never call the service
themselves; they listen to `tasksChanged` and `blocksChanged`.

Signals:
    tasksChanged(dict[int, Task | None]): the new state of every task that changed
        (None: it no longer exists).
    blocksChanged(dict[int, TimeBlock | None]): the same for time blocks.
    serviceOpened(): the data file's write side is open (the first operation is about to run).
    restored(list[int]): undo or redo brought these tasks back to a state (select them).
    blocksRestored(list[TimeBlock]): undo or redo of a block operation brought these blocks
        back (show them).
    stepped(str): undo or redo ran; the message says what it did, and what another program
        changed meanwhile that it kept.
    failed(str): an operation was refused or could not be saved; the message says why.
    waiting(str): an operation waits for the data file (another program is writing to it, or
        a long write of the window's own); "" once nothing waits any more.
    wroteElsewhere(): a write on a worker thread (an import) committed, through a connection
        of its own: the file changed, but not by another program.

While another program holds the data file's write lock, an operation does not block the window:
each attempt waits at most `ATTEMPT_SECONDS` (the window's services open with that busy
timeout), and operations asked for meanwhile queue behind it (see `write_queue`). A caller that
must know when its operation lands (to clear what the user typed, say) passes `landed`. A long
operation (an import) is written on a worker thread, in its turn in the same queue.
"""

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.model.block import BlockDraft, BlockEdit, TimeBlock
from app.model.change import Change, Restored
from app.model.errors import InvalidInput, StorageBusy, StorageError
from app.model.quadrant import Quadrant
from app.model.task import Task, TaskDraft, TaskEdit
from app.ui.commands import ChangeCommand, describe_step
from app.ui.data_file_notices import set_aside_notice
from app.ui.shell.theme import lane_name
from app.ui.translation import QT_TRANSLATE_NOOP, Counts, translate
from app.ui.write_queue import WAITING as WAITING  # what the window shows while it waits
from app.ui.write_queue import Landed, Refused, WriteQueue, sentence

if TYPE_CHECKING:
    from app.model.calendar_import import CalendarContents
    from app.model.calendar_service import ImportResult
    from app.model.services import Services


T = TypeVar("T")


def _adding(drafts: Sequence[TaskDraft]) -> str:
    """The undo step's name for adding these tasks."""
    if len(drafts) == 1:
        return translate("Undo", "Add “{title}”").format(title=drafts[0].title)
    return Counts.tr("Add %n Task(s)", "", len(drafts))


ATTEMPT_SECONDS = 0.2
"""The longest one attempt to write waits for another program's lock (the busy timeout of the
window's services): the window stays responsive in between."""
GIVE_UP_AFTER_SECONDS = 10.0


class Board(QObject):
    tasksChanged = Signal(object)
    blocksChanged = Signal(object)
    serviceOpened = Signal()
    restored = Signal(list)
    blocksRestored = Signal(list)
    stepped = Signal(str)
    failed = Signal(str)
    waiting = Signal(str)
    wroteElsewhere = Signal()

    def __init__(
        self,
        open_services: Callable[[], "Services"],
        undo_stack: QUndoStack,
        parent: QObject | None = None,
        gone: Callable[[], str | None] = lambda: None,
        give_up_after: float = GIVE_UP_AFTER_SECONDS,
    ) -> None:
        """`gone` says why the data file must not be written any more (it was moved away
        under the window), or None; it is asked before every write. `give_up_after` (an
        attribute too): how many seconds an operation waits for another program's lock before
        it is refused."""
        super().__init__(parent)
        self._open_services = open_services
        self._gone = gone
        self._services: Services | None = None
        self._resyncing = False
        self.undo_stack = undo_stack
        self.give_up_after = give_up_after
        self._queue = WriteQueue(self, self._landed, self._refuse_if_gone, open_services)

    @property
    def is_waiting(self) -> bool:
        """An operation waits for the data file's lock."""
        return bool(self._queue)

    @property
    def services(self) -> "Services":
        """Opened on first use, so the window can paint before SQLAlchemy is loaded."""
        if self._services is None:
            self._services = self._open_services()
            self.serviceOpened.emit()
        return self._services

    def close(self) -> None:
        self._queue.clear()
        if self._services is not None:
            self._services.close()
            self._services = None

    # -- user operations ------------------------------------------------------------------------

    def add(self, drafts: Sequence[TaskDraft], landed: Landed | None = None) -> list[int]:
        """The ids added now; [] if nothing was added yet (`landed` is called when it is)."""
        text = _adding(drafts)
        change = self._run(text, lambda services: services.tasks.add(drafts), landed)
        return [task.id for task in change.created()] if change else []

    def add_scheduled(
        self,
        drafts: Sequence[TaskDraft],
        spans: Mapping[int, tuple[datetime, datetime]],
        landed: Landed | None = None,
    ) -> list[int]:
        """Add tasks and block time for some of them (`spans`: by index in `drafts`), as one
        undo step. If the time cannot be blocked, the tasks are still added (and `failed`
        says why the blocks are missing)."""
        text = _adding(drafts)
        text = translate("Undo", "{adding} and Block Time").format(adding=text)

        def operation(services: "Services") -> Change:
            added = services.tasks.add(drafts)
            ids = [task.id for task in sorted(added.created(), key=lambda task: task.id)]
            blocks = [
                BlockDraft(start, end, "", task_id=ids[index])
                for index, (start, end) in spans.items()
            ]
            try:
                scheduled = services.blocks.add(blocks)
            except (InvalidInput, StorageError) as error:
                self.failed.emit(
                    translate("Undo", "Added, but no time was blocked: {reason}").format(
                        reason=sentence(error)
                    )
                )
                return added
            return added.then(scheduled)

        change = self._run(text, operation, landed)
        return [task.id for task in change.created()] if change else []

    def move(self, ids: Sequence[int], quadrant: Quadrant, before_id: int | None = None) -> bool:
        text = translate("Undo", "Move to {lane}").format(lane=lane_name(quadrant))
        return (
            self._run(text, lambda services: services.tasks.move(ids, quadrant, before_id))
            is not None
        )

    def set_done(self, ids: Sequence[int], done: bool) -> bool:
        text = translate("Undo", "Mark Done") if done else translate("Undo", "Mark Not Done")
        return self._run(text, lambda services: services.tasks.set_done(ids, done)) is not None

    def delete(self, ids: Sequence[int]) -> bool:
        text = Counts.tr("Delete %n Task(s)", "", len(ids))
        return self._run(text, lambda services: services.tasks.delete(ids)) is not None

    def edit(self, task_id: int, edit: TaskEdit, refused: Refused | None = None) -> bool:
        """Edit a task; `refused` is called if the edit cannot be saved (to keep what was
        typed), now or after waiting for the data file."""
        operation = lambda services: services.tasks.edit(task_id, edit)  # noqa: E731
        return self._run(translate("Undo", "Edit Task"), operation, refused=refused) is not None

    def followed_up(self, ids: Sequence[int], next_follow_up: date | None) -> bool:
        """Record a follow-up on each task and set the next one (undo restores the date)."""
        operation = lambda services: services.delegation.followed_up(ids, next_follow_up)  # noqa: E731
        return self._run(translate("Undo", "Followed Up"), operation) is not None

    def dismiss(self, ids: Sequence[int]) -> bool:
        """Turn down the urgency suggestion of each task until its due date changes."""
        text = Counts.tr("Dismiss %n Suggestion(s)", "", len(ids))
        return self._run(text, lambda services: services.delegation.dismiss(ids)) is not None

    def rename_person(self, old: str, new: str) -> bool:
        operation = lambda services: services.delegation.rename(old, new)  # noqa: E731
        text = translate("Undo", "Rename {person}").format(person=old)
        return self._run(text, operation) is not None

    def add_blocks(self, drafts: Sequence[BlockDraft], text: str = "") -> list[int]:
        if not text:
            text = Counts.tr("Add %n Block(s)", "", len(drafts))
        change = self._run(text, lambda services: services.blocks.add(drafts))
        return [block.id for block in change.created_blocks()] if change else []

    def change_span(self, block_id: int, start: datetime, end: datetime, text: str) -> bool:
        operation = lambda services: services.blocks.change_span(block_id, start, end)  # noqa: E731
        return self._run(text, operation) is not None

    def edit_block(self, block_id: int, edit: BlockEdit, refused: Refused | None = None) -> bool:
        """Edit a block; `refused` as for `edit`."""
        operation = lambda services: services.blocks.edit(block_id, edit)  # noqa: E731
        return self._run(translate("Undo", "Edit Block"), operation, refused=refused) is not None

    def delete_blocks(self, ids: Sequence[int]) -> bool:
        text = Counts.tr("Delete %n Block(s)", "", len(ids))
        return self._run(text, lambda services: services.blocks.delete(ids)) is not None

    def run(
        self, text: str, operation: Callable[["Services"], Change], refused: Refused | None = None
    ) -> bool:
        """Run one user operation as the undo step `text` (for operations defined beside the
        views that ask for them, like `calendar.series_edits`); True if it changed something."""
        return self._run(text, operation, refused=refused) is not None

    def import_calendar(
        self, contents: "CalendarContents", done: Callable[["ImportResult | None"], None]
    ) -> None:
        """Write what a calendar file brings, as one undo step “Import team.ics”, on a worker
        thread; `done` gets what was imported, or None if nothing was (`failed` says why)."""
        results: list[ImportResult] = []

        def operation(services: "Services") -> Change:
            results.append(services.calendar.apply(contents))
            return results[-1].change

        def landed() -> None:
            done(results[-1] if results else None)

        importing = translate("Undo", "Import {file}").format(file=contents.source)
        self._queue.run_in_background(importing, operation, landed)

    def tasks(self, include_done: bool) -> list[Task]:
        """The tasks of every lane; raises StorageError (for callers that retry later). Tasks
        that cannot be read are left out, and `failed` says which."""
        set_aside: list[StorageError] = []
        tasks = self.services.tasks.lanes(include_done=include_done, set_aside=set_aside)
        notice = set_aside_notice(set_aside)
        if notice is not None:
            self.failed.emit(notice)
        return tasks

    # -- used by ChangeCommand ------------------------------------------------------------------

    def announce(
        self, states: Mapping[int, Task | None], blocks: Mapping[int, TimeBlock | None]
    ) -> None:
        if states:
            self.tasksChanged.emit(dict(states))
        if blocks:
            self.blocksChanged.emit(dict(blocks))

    def step(self, change: Change, text: str, forward: bool) -> Restored | None:
        """Undo (or redo) `change`, field by field: what another program changed since is
        kept, and `stepped` says so. If the file cannot be written now (locked, say), nothing
        changes and the history stays as it is: the stack is stepped back to match, and None
        is returned."""
        if self._resyncing:
            return None
        try:
            if self._queue:  # the history would step past the change that waits
                raise StorageBusy(
                    QT_TRANSLATE_NOOP(
                        "Errors", "an earlier change is still waiting for the data file"
                    )
                )
            self._refuse_if_gone()
            undo = self.services.undo
            restored = undo.redo(change) if forward else undo.undo(change)
        except (InvalidInput, StorageError) as error:
            failure = (
                translate("Undo", "Could not redo “{step}”: {reason} Nothing was changed.")
                if forward
                else translate("Undo", "Could not undo “{step}”: {reason} Nothing was changed.")
            )
            self.failed.emit(failure.format(step=text, reason=sentence(error)))
            QTimer.singleShot(0, lambda: self._resync(forward))
            return None
        self.stepped.emit(describe_step(text, forward, restored.kept))
        shown = restored.change
        self.announce(shown.after, shown.blocks_after)
        if any(task is not None for task in shown.after.values()):
            self.restored.emit([i for i, task in shown.after.items() if task is not None])
        # A task's undo may touch its blocks too (unlinked, renamed); only an undo of the
        # blocks themselves should take the calendar to them.
        back = [b for b in shown.blocks_after.values() if b is not None]
        if back and not shown.after:
            self.blocksRestored.emit(back)
        return restored

    def _resync(self, forward: bool) -> None:
        """Step the undo stack back over a step that could not be written, touching nothing."""
        self._resyncing = True
        try:
            (self.undo_stack.undo if forward else self.undo_stack.redo)()
        finally:
            self._resyncing = False

    def read(self, reading: Callable[["Services"], T]) -> T | None:
        """Run a read of the data file; None (and `failed`) if it could not be read."""
        try:
            return reading(self.services)
        except (InvalidInput, StorageError) as error:
            self.failed.emit(sentence(error))
            return None

    # -- internals --------------------------------------------------------------------------------

    def _refuse_if_gone(self) -> None:
        gone = self._gone()
        if gone is not None:
            self.close()  # and it stays closed: nothing more goes into the moved file
            raise StorageError(gone)

    def _run(
        self,
        text: str,
        operation: Callable[["Services"], Change],
        landed: Landed | None = None,
        refused: Refused | None = None,
    ) -> Change | None:
        """Run `operation` now and return its change; None if it changed nothing, was refused
        (`failed` says why) or waits for the data file (`waiting` says so; `landed` is called
        if it lands later)."""
        return self._queue.run(text, operation, landed, refused)

    def _landed(self, text: str, change: Change, landed: Landed | None) -> None:
        if change.is_empty:
            return
        self.undo_stack.push(ChangeCommand(self, text, change))
        if landed is not None:
            landed(change)
