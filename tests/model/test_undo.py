"""Undo and redo never overwrite another program's edit: only the fields a change wrote are
restored, and only where they still hold what it wrote."""

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from app.model.block import BlockDraft, BlockEdit, BlockKind, TimeBlock
from app.model.change import Change, Kept
from app.model.quadrant import Quadrant, Status
from app.model.reading import load_row
from app.model.schema import BLOCKS, TASKS, Table, V
from app.model.services import Services
from app.model.task import Task, TaskDraft, TaskEdit

from ..other_program import OtherProgram

MONDAY = datetime(2026, 11, 23, tzinfo=UTC)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)  # stands for "any time" where undo sets it to now


def at(hours: float) -> datetime:
    return MONDAY + timedelta(hours=hours)


def one_task(service: Services, title: str = "Budget", **fields: Any) -> Task:
    [task] = service.tasks.add([TaskDraft(title, **fields)]).created()
    return task


def one_block(service: Services, **fields: Any) -> TimeBlock:
    draft = BlockDraft(at(9), at(10), fields.pop("title", "Deep work"), **fields)
    [block] = service.blocks.add([draft]).created_blocks()
    return block


# Each operation of the window, an outside edit of another field, and what both leave.
TASK_CASES: dict[str, tuple[Callable[[Services, int], Change], dict[str, Any]]] = {
    "move": (lambda s, i: s.tasks.move([i], Quadrant.DO), {"title": "Budget for Q1"}),
    "done": (lambda s, i: s.tasks.set_done([i], True), {"notes": "ask Priya"}),
    "edit": (
        lambda s, i: s.tasks.edit(i, TaskEdit("Budget", due=date(2026, 12, 1))),
        {"quadrant": Quadrant.DEFER, "position": 7},
    ),
    "tags": (
        lambda s, i: s.tasks.edit(i, TaskEdit("Budget", tags=("money",))),
        {"estimate": 90, "delegate": "Sam", "follow_up": date(2026, 12, 4)},
    ),
}


@pytest.mark.parametrize("name", TASK_CASES)
def test_undo_and_redo_keep_another_programs_edit_of_other_fields(
    service: Services, other: OtherProgram, name: str
) -> None:
    operation, outside = TASK_CASES[name]
    task = one_task(service)
    change = operation(service, task.id)
    other.update(TASKS, task.id, **outside)

    undone = service.undo.undo(change)
    now = service.tasks.get([task.id])[task.id]
    expected = change.before[task.id]._replace(**outside)
    assert now._replace(updated=EPOCH) == expected._replace(updated=EPOCH)
    [kept] = undone.kept  # said, so the user knows the task is not quite as it was
    assert set(kept.fields) == {g for g, a in TASKS.groups().items() if set(a) & set(outside)}

    service.undo.redo(change)
    now = service.tasks.get([task.id])[task.id]
    expected = change.after[task.id]._replace(**outside)
    assert now._replace(updated=EPOCH) == expected._replace(updated=EPOCH)


@pytest.mark.parametrize(
    ("operation", "outside", "kept"),
    [
        (lambda s, i: s.tasks.move([i], Quadrant.DO), {"position": 3}, ("place",)),
        (lambda s, i: s.tasks.move([i], Quadrant.DO), {"quadrant": Quadrant.DEFER}, ("place",)),
        (lambda s, i: s.tasks.set_done([i], True), {"status": Status.OPEN}, ("status",)),
        (lambda s, i: s.tasks.edit(i, TaskEdit("Budget 2027")), {"title": "Budget!"}, ("title",)),
        (
            lambda s, i: s.tasks.edit(i, TaskEdit("Budget", notes="a", due=date(2026, 12, 1))),
            {"notes": "b", "due": date(2026, 12, 2)},
            ("notes", "due"),
        ),
    ],
)
def test_a_field_changed_elsewhere_is_kept_and_reported(
    service: Services,
    other: OtherProgram,
    operation: Callable[[Services, int], Change],
    outside: dict[str, Any],
    kept: tuple[str, ...],
) -> None:
    task = one_task(service)
    change = operation(service, task.id)
    other.update(TASKS, task.id, **outside)
    written = service.tasks.get([task.id])[task.id]

    undone = service.undo.undo(change)

    now = service.tasks.get([task.id])[task.id]
    for attribute, value in outside.items():
        assert getattr(now, attribute) == value
    assert undone.kept == (Kept("task", task.id, written.title, kept),)
    # What the change wrote and nobody touched since is undone all the same.
    for attribute in set(Task._fields) - set(outside) - {"updated", "position", "quadrant"}:
        if attribute not in {"status", "completed"} or "status" not in kept:
            assert getattr(now, attribute) == getattr(change.before[task.id], attribute)


def test_undo_of_an_edit_to_a_task_deleted_elsewhere_says_so(
    service: Services, other: OtherProgram
) -> None:
    task = one_task(service)
    change = service.tasks.move([task.id], Quadrant.DO)
    other.delete(TASKS, task.id)
    undone = service.undo.undo(change)
    assert undone.kept == (Kept("task", task.id, "Budget", gone=True),)
    assert service.tasks.get([task.id]) == {}
    assert service.undo.redo(change).change.is_empty  # and redo does not bring it back


def test_undo_of_an_add_keeps_a_task_changed_elsewhere(
    service: Services, other: OtherProgram
) -> None:
    added = service.tasks.add([TaskDraft("Budget")])
    [task_id] = added.after
    other.update(TASKS, task_id, notes="the CLI wrote this")
    undone = service.undo.undo(added)
    assert service.tasks.get([task_id])[task_id].notes == "the CLI wrote this"
    assert undone.kept == (Kept("task", task_id, "Budget", ("notes",)),)


def test_undo_of_a_delete_brings_back_the_same_id_and_uid(service: Services) -> None:
    task = one_task(service, due=date(2026, 12, 1), tags=("a", "b"))
    deleted = service.tasks.delete([task.id])
    service.undo.undo(deleted)
    assert service.tasks.get([task.id]) == {task.id: task}


BLOCK_CASES: dict[str, tuple[Callable[[Services, int], Change], dict[str, Any]]] = {
    "move": (lambda s, i: s.blocks.change_span(i, at(11), at(12)), {"title": "Deep work!"}),
    "edit": (
        lambda s, i: s.blocks.edit(i, BlockEdit("Deep work", BlockKind.MEETING, "", None)),
        {"start": at(8), "end": at(9)},
    ),
    "notes": (
        lambda s, i: s.blocks.edit(i, BlockEdit("Deep work", BlockKind.FOCUS, "agenda", None)),
        {"kind": BlockKind.PERSONAL},
    ),
}


@pytest.mark.parametrize("name", BLOCK_CASES)
def test_block_undo_and_redo_keep_another_programs_edit(
    service: Services, other: OtherProgram, name: str
) -> None:
    operation, outside = BLOCK_CASES[name]
    block = one_block(service)
    change = operation(service, block.id)
    other.update(BLOCKS, block.id, **outside)

    service.undo.undo(change)
    now = service.blocks.get([block.id])[block.id]
    expected = change.blocks_before[block.id]._replace(**outside)
    assert now._replace(updated=EPOCH) == expected._replace(updated=EPOCH)

    service.undo.redo(change)
    now = service.blocks.get([block.id])[block.id]
    expected = change.blocks_after[block.id]._replace(**outside)
    assert now._replace(updated=EPOCH) == expected._replace(updated=EPOCH)


def test_block_time_changed_elsewhere_is_kept(service: Services, other: OtherProgram) -> None:
    block = one_block(service)
    change = service.blocks.change_span(block.id, at(11), at(12))
    other.update(BLOCKS, block.id, end=at(13))  # a sync stretched it meanwhile
    undone = service.undo.undo(change)
    now = service.blocks.get([block.id])[block.id]
    assert (now.start, now.end) == (at(11), at(13))
    assert undone.kept == (Kept("time_block", block.id, "Deep work", ("time",)),)


# -- a long random run --------------------------------------------------------------------------


class Run:
    """The window's operations and another program's edits, at random, on one data file.

    It remembers, for each field group, whether another program ever wrote it: after undoing
    everything, such a field holds the last outside value; every other field is as it began.
    Outside values are always new ones (a counter in each), as a person's edits elsewhere are:
    a value that merely returns to an earlier one cannot be told from no edit at all.
    """

    def __init__(self, service: Services, other: OtherProgram, seed: int) -> None:
        self.service, self.other = service, other
        self.random = random.Random(seed)
        self.stack: list[Change] = []
        self.outside: dict[tuple[str, int, str], tuple[Any, ...]] = {}
        self.count = 0

    def tasks(self) -> dict[int, Task]:
        """Every task, dropped ones too."""
        return self._all(TASKS)

    def blocks(self) -> dict[int, TimeBlock]:
        return self._all(BLOCKS)

    def _all(self, table: Table[V]) -> dict[int, V]:
        rows = self.other.connection.execute(f"SELECT {table.select_list} FROM {table.name}")
        return {row[0]: load_row(table, row) for row in rows}

    def user_step(self) -> None:
        tasks, blocks = list(self.tasks().values()), list(self.blocks().values())
        pick = self.random
        choice = pick.randrange(9)
        service = self.service
        if choice == 0 or not tasks:
            change = service.tasks.add([TaskDraft(f"task {pick.randrange(1000)}")])
        elif choice == 1:
            ids = [t.id for t in pick.sample(tasks, min(len(tasks), pick.randint(1, 3)))]
            before = pick.choice(tasks).id if pick.random() < 0.5 else None
            change = service.tasks.move(ids, pick.choice(list(Quadrant)), before)
        elif choice == 2:
            change = service.tasks.set_done([pick.choice(tasks).id], pick.random() < 0.7)
        elif choice == 3:
            task = pick.choice(tasks)
            edit = TaskEdit(f"{task.title} ✎", notes=f"n{pick.randrange(99)}", due=task.due)
            change = service.tasks.edit(task.id, edit)
        elif choice == 4:
            change = service.tasks.delete([pick.choice(tasks).id])
        elif choice == 5 or not blocks:
            hour = pick.randrange(8, 18)
            linked = pick.choice(tasks).id if pick.random() < 0.5 else None
            draft = BlockDraft(at(hour), at(hour + 1), f"block {hour}", task_id=linked)
            change = service.blocks.add([draft])
        elif choice == 6:
            block = pick.choice(blocks)
            shift = timedelta(minutes=15 * pick.randint(-8, 8))
            change = service.blocks.change_span(block.id, block.start + shift, block.end + shift)
        elif choice == 7:
            block = pick.choice(blocks)
            kind = pick.choice(list(BlockKind))
            change = service.blocks.edit(block.id, BlockEdit(block.title, kind, "", block.task_id))
        else:
            change = service.blocks.delete([pick.choice(blocks).id])
        if not change.is_empty:
            self.stack.append(change)

    def outside_step(self) -> None:
        pick = self.random
        tasks, blocks = list(self.tasks().values()), list(self.blocks().values())
        table: Table[Any]
        if tasks and (pick.random() < 0.6 or not blocks):
            task = pick.choice(tasks)
            table, row_id, edits = TASKS, task.id, self._task_edit(task)
        elif blocks:
            block = pick.choice(blocks)
            table, row_id, edits = BLOCKS, block.id, self._block_edit(block)
        else:
            return
        if edits is None:
            self.other.delete(table, row_id)
            return
        self.other.update(table, row_id, **edits)
        for group, attributes in table.groups().items():
            if set(attributes) & set(edits):
                row = (self.tasks() if table is TASKS else self.blocks())[row_id]
                value = tuple(getattr(row, attribute) for attribute in attributes)
                self.outside[(table.name, row_id, group)] = value

    def _task_edit(self, task: Task) -> dict[str, Any] | None:
        self.count += 1
        n, choice = self.count, self.random.randrange(6)
        if choice == 0:
            return {"title": f"{task.title} (cli {n})"}
        if choice == 1:
            return {"notes": f"outside {n}"}
        if choice == 2:
            return {"quadrant": self.random.choice(list(Quadrant)), "position": -(10**9) - n}
        if choice == 3:
            return {"due": date(2030, 1, 1) + timedelta(days=n)}
        if choice == 4:
            return {"status": Status.DROPPED, "completed": at(30) + timedelta(microseconds=n)}
        return None if self.random.random() < 0.5 else {"tags": (f"outside-{n}",)}

    def _block_edit(self, block: TimeBlock) -> dict[str, Any] | None:
        self.count += 1
        n, choice = self.count, self.random.randrange(4)
        if choice == 0:
            return {"title": f"{block.title} (sync {n})"}
        if choice == 1:
            return {"start": block.start - timedelta(hours=1, microseconds=n)}
        if choice == 2:
            return {"notes": f"from the phone {n}"}
        return None

    def check_step(self, change: Change, forward: bool) -> None:
        """An undo or redo step changes only fields that held exactly what it expects."""
        old_tasks, old_blocks = self.tasks(), self.blocks()
        done = self.service.undo.redo(change) if forward else self.service.undo.undo(change)
        self.stack[self.stack.index(change)] = done.remaining(change, forward)
        new_tasks, new_blocks = self.tasks(), self.blocks()
        if forward:
            left = (change.before, change.blocks_before)
        else:
            left = (change.after, change.blocks_after)
        for table, old, new, was in (
            (TASKS, old_tasks, new_tasks, left[0]),
            (BLOCKS, old_blocks, new_blocks, left[1]),
        ):
            for row_id in old.keys() & new.keys():
                for attributes in table.groups().values():
                    before = tuple(getattr(old[row_id], a) for a in attributes)
                    after = tuple(getattr(new[row_id], a) for a in attributes)
                    if before != after and not _unlinked_by_delete(table, attributes, after):
                        assert row_id in was, (table.name, row_id, attributes)
                        held = tuple(getattr(was[row_id], a) for a in attributes)
                        assert before == held, (table.name, row_id, attributes, before, held)


def _unlinked_by_delete(
    table: Table[Any], attributes: tuple[str, ...], after: tuple[Any, ...]
) -> bool:
    """The file unlinks a block when its task is deleted (ON DELETE SET NULL)."""
    return table is BLOCKS and attributes == ("task_id",) and after == (None,)


def _state(run: Run) -> tuple[dict[int, Any], dict[int, Any]]:
    return (
        {i: t._replace(updated=EPOCH) for i, t in run.tasks().items()},
        {i: b._replace(updated=EPOCH) for i, b in run.blocks().items()},
    )


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_random_run_never_loses_an_outside_edit(
    service: Services, other: OtherProgram, seed: int
) -> None:
    run = Run(service, other, seed)
    for _ in range(8):
        run.user_step()
    start = _state(run)
    run.stack.clear()
    for _ in range(500):
        if run.random.random() < 0.8:
            run.user_step()
        else:
            run.outside_step()

    end = _state(run)
    for change in list(reversed(run.stack)):
        run.check_step(change, forward=False)
    undone = _state(run)
    for (name, row_id, group), value in run.outside.items():
        rows = undone[0] if name == TASKS.name else undone[1]
        if row_id in rows:
            attributes = (TASKS if name == TASKS.name else BLOCKS).groups()[group]
            assert tuple(getattr(rows[row_id], a) for a in attributes) == value
    tables: tuple[Table[Any], ...] = (TASKS, BLOCKS)
    for index, table in enumerate(tables):
        for row_id, row in start[index].items():
            if row_id not in undone[index]:
                continue
            for group, attributes in table.groups().items():
                if (table.name, row_id, group) in run.outside:
                    continue
                if table is BLOCKS and group == "task":
                    continue  # a link goes with its task, which may be gone
                now = tuple(getattr(undone[index][row_id], a) for a in attributes)
                assert now == tuple(getattr(row, a) for a in attributes), (table.name, group)

    for change in list(run.stack):
        run.check_step(change, forward=True)
    redone = _state(run)
    for index in (0, 1):
        differ = {
            i: (end[index].get(i), redone[index].get(i))
            for i in end[index].keys() | redone[index].keys()
            if end[index].get(i) != redone[index].get(i)
        }
        assert differ == {}
