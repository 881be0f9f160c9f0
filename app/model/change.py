"""Change: what one user operation did to tasks and time blocks, for views and for undo."""

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from app.model.block import TimeBlock
from app.model.schema import BLOCKS, TASKS
from app.model.task import Task

T = TypeVar("T")


def _same(before: Mapping[int, object], after: Mapping[int, object]) -> bool:
    return all(before.get(i) == after.get(i) for i in after.keys() | before.keys())


@dataclass(frozen=True)
class Change:
    """Each touched task and block before and after the operation (None: did not exist).

    Undo writes the `before` states back, redo the `after` states; views update from whichever
    state is new. One operation can touch both: deleting a task unlinks its blocks.
    """

    before: Mapping[int, Task | None] = field(default_factory=dict)
    after: Mapping[int, Task | None] = field(default_factory=dict)
    blocks_before: Mapping[int, TimeBlock | None] = field(default_factory=dict)
    blocks_after: Mapping[int, TimeBlock | None] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return _same(self.before, self.after) and _same(self.blocks_before, self.blocks_after)

    def reversed(self) -> "Change":
        return Change(self.after, self.before, self.blocks_after, self.blocks_before)

    def without(self, tasks: Collection[int], blocks: Collection[int]) -> "Change":
        """The change less these tasks and blocks (another program deleted them)."""

        def keep(states: Mapping[int, T | None], gone: Collection[int]) -> dict[int, T | None]:
            return {i: state for i, state in states.items() if i not in gone}

        return Change(
            keep(self.before, tasks),
            keep(self.after, tasks),
            keep(self.blocks_before, blocks),
            keep(self.blocks_after, blocks),
        )

    def then(self, next: "Change") -> "Change":
        """This change followed by `next` (made right after it), as one change."""

        def joined(
            first: Mapping[int, T | None], second: Mapping[int, T | None]
        ) -> dict[int, T | None]:
            return {**second, **first}

        return Change(
            joined(self.before, next.before),
            {**self.after, **next.after},
            joined(self.blocks_before, next.blocks_before),
            {**self.blocks_after, **next.blocks_after},
        )

    def created(self) -> list[Task]:
        return [t for i, t in self.after.items() if t is not None and self.before.get(i) is None]

    def created_blocks(self) -> list[TimeBlock]:
        return [
            b
            for i, b in self.blocks_after.items()
            if b is not None and self.blocks_before.get(i) is None
        ]


@dataclass(frozen=True, slots=True)
class Kept:
    """A row that undo or redo left as another program made it, in part or in whole."""

    table: str  # "task" or "time_block"
    id: int
    title: str
    fields: tuple[str, ...] = ()  # the groups kept ("title", "place", "time", …)
    gone: bool = False  # another program deleted the row


@dataclass(frozen=True, slots=True)
class Restored:
    """What an undo or redo did: the rows it touched before and after, and what it kept."""

    change: Change
    kept: tuple[Kept, ...] = ()
    # Blocks outside the change that the file unlinked because a task it removed was linked
    # to them, as (state when linked, state now).
    unlinked: Mapping[int, tuple[TimeBlock, TimeBlock]] = field(default_factory=dict)

    def remaining(self, change: Change, forward: bool) -> Change:
        """`change` as it should be undone or redone from now on: less the rows another program
        deleted (redo must not bring them back), and with the blocks this step unlinked (so the
        step back links them again)."""
        gone = [kept for kept in self.kept if kept.gone]
        tasks = {kept.id for kept in gone if kept.table == TASKS.name}
        result = change.without(tasks, {kept.id for kept in gone if kept.table == BLOCKS.name})
        if not self.unlinked:
            return result
        linked = {i: pair[0] for i, pair in self.unlinked.items()}
        loose = {i: pair[1] for i, pair in self.unlinked.items()}
        # Redo went from `before` to `after`: the links belong to `before`; undo the other way.
        before, after = (linked, loose) if forward else (loose, linked)
        return Change(
            result.before,
            result.after,
            {**result.blocks_before, **before},
            {**result.blocks_after, **after},
        )
