"""Change: what one user operation did to tasks and time blocks, for views and for undo."""

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from app.model.block import TimeBlock
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

    def created(self) -> list[Task]:
        return [t for i, t in self.after.items() if t is not None and self.before.get(i) is None]

    def created_blocks(self) -> list[TimeBlock]:
        return [
            b
            for i, b in self.blocks_after.items()
            if b is not None and self.blocks_before.get(i) is None
        ]
