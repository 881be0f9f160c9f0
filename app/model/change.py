"""Change: what one user operation did to tasks and time blocks, for views and for undo."""

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.model.block import TimeBlock
from app.model.task import Task


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

    def created(self) -> list[Task]:
        return [t for i, t in self.after.items() if t is not None and self.before.get(i) is None]

    def created_blocks(self) -> list[TimeBlock]:
        return [
            b
            for i, b in self.blocks_after.items()
            if b is not None and self.blocks_before.get(i) is None
        ]
