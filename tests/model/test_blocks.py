"""Time blocks on the service: creating, reading a week, moving, editing and deleting them, how
they follow their task, and undo/redo of each operation exactly."""

import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest

from app.model.block import (
    BlockDraft,
    BlockEdit,
    BlockKind,
    Slot,
    TimeBlock,
    check_span,
    next_slot,
)
from app.model.change import Change
from app.model.errors import InvalidInput
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import Task, TaskDraft, TaskEdit

from .clock import TickingClock

MONDAY = datetime(2026, 11, 23, tzinfo=UTC)
EVER = (datetime(2000, 1, 1, tzinfo=UTC), datetime(2100, 1, 1, tzinfo=UTC))

State = tuple[dict[int, Task], dict[int, TimeBlock]]


def at(hours: float, day: int = 0) -> datetime:
    """An instant `hours` after midnight UTC of the `day`-th day from Monday 23 November."""
    return MONDAY + timedelta(days=day, hours=hours)


def draft(
    start: float, end: float, title: str = "Focus", day: int = 0, **fields: Any
) -> BlockDraft:
    return BlockDraft(at(start, day), at(end, day), title, **fields)


@pytest.fixture
def add_block(service: Services) -> Callable[..., int]:
    """add_block(9, 10, "Title", day=0, kind=..., task_id=...) creates one block, returns its id."""

    def add(start: float, end: float, title: str = "Focus", **fields: Any) -> int:
        [block] = service.blocks.add([draft(start, end, title, **fields)]).created_blocks()
        return block.id

    return add


@pytest.fixture
def task(service: Services) -> Callable[[str], int]:
    def add(title: str) -> int:
        [created] = service.tasks.add([TaskDraft(title)]).created()
        return created.id

    return add


def everything(service: Services) -> State:
    """All that the data file holds: every task and every block."""
    tasks = {t.id: t for t in service.tasks.lanes(include_done=True)}
    return tasks, {b.id: b for b in service.blocks.between(*EVER)}


def check_undoable(service: Services, operation: Callable[[], Change]) -> Change:
    """Run an operation; its change names everything that changed, with the old and new
    states, and writing `before` back (undo) and then `after` (redo) gives exactly the data
    file as it was before and after."""
    old = everything(service)
    change = operation()
    new = everything(service)
    for index, (before, after) in enumerate(
        [(change.before, change.after), (change.blocks_before, change.blocks_after)]
    ):
        was, now = old[index], new[index]
        changed = {i for i in was.keys() | now.keys() if was.get(i) != now.get(i)}
        assert changed <= before.keys()
        assert changed <= after.keys()
        assert {i: before[i] for i in changed} == {i: was.get(i) for i in changed}
        assert {i: after[i] for i in changed} == {i: now.get(i) for i in changed}

    undone = service.undo.undo(change)
    assert everything(service) == old
    assert undone.kept == ()
    assert {i: b for i, b in undone.change.blocks_after.items()} == {
        i: b for i, b in change.blocks_before.items() if i in undone.change.blocks_after
    }
    redone = service.undo.redo(change)
    assert everything(service) == new
    assert redone.kept == ()
    return change


# -- add --------------------------------------------------------------------------------------


def test_add_blocks_stores_every_field(
    service: Services, task: Callable[[str], int], clock: TickingClock
) -> None:
    task_id = task("Write the Q1 plan")
    wanted = BlockDraft(
        at(9), at(10.5), "  Plan   draft ", BlockKind.MEETING, task_id, notes=" room 4 \n"
    )
    change = service.blocks.add([wanted])

    [block] = service.blocks.between(*EVER)
    assert change.blocks_after == {block.id: block}
    assert change.blocks_before == {block.id: None}
    assert change.created_blocks() == [block]
    assert (change.before, change.after) == ({}, {})
    assert (block.start, block.end, block.minutes) == (at(9), at(10.5), 90)
    assert block.start.tzinfo is UTC
    assert (block.title, block.kind, block.task_id, block.notes) == (
        "Plan draft", BlockKind.MEETING, task_id, "room 4",
    )  # fmt: skip
    assert block.created == block.updated == clock.now
    assert uuid.UUID(block.uid).version == 4


def test_add_blocks_keeps_offsets_as_the_same_instant(service: Services) -> None:
    berlin_nine = datetime(2026, 11, 23, 9, tzinfo=timezone(timedelta(hours=1)))
    service.blocks.add([BlockDraft(berlin_nine, berlin_nine + timedelta(hours=1), "Offset")])
    [block] = service.blocks.between(*EVER)
    assert block.start == at(8)
    assert block.start.tzinfo is UTC


def test_add_several_blocks_at_once_in_order(service: Services) -> None:
    change = service.blocks.add([draft(9, 10, "one"), draft(11, 12, "two"), draft(8, 9, "three")])
    created = change.created_blocks()
    assert [b.title for b in created] == ["one", "two", "three"]
    assert [b.id for b in created] == sorted(b.id for b in created)
    assert len({b.uid for b in created}) == 3
    assert [b.title for b in service.blocks.between(*EVER)] == ["three", "one", "two"]


def test_an_empty_title_takes_the_tasks_title(
    service: Services, task: Callable[[str], int]
) -> None:
    task_id = task("Prepare the 1:1")
    service.blocks.add([draft(9, 10, "", task_id=task_id), draft(10, 11, "Own", task_id=task_id)])
    assert [(b.title, b.task_id) for b in service.blocks.between(*EVER)] == [
        ("Prepare the 1:1", task_id), ("Own", task_id),
    ]  # fmt: skip


@pytest.mark.parametrize("title", ["", "   \n "])
def test_a_block_without_a_task_needs_a_title(service: Services, title: str) -> None:
    with pytest.raises(InvalidInput, match=r"^a block needs a title$"):
        service.blocks.add([draft(8, 9, "fine"), draft(9, 10, title)])
    assert service.blocks.between(*EVER) == []


def test_a_block_title_has_the_task_title_limit(service: Services) -> None:
    with pytest.raises(InvalidInput, match="501 characters"):
        service.blocks.add([draft(9, 10, "x" * 501)])
    assert service.blocks.between(*EVER) == []


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (10, 9, "the block ends before it starts"),
        (9, 9, "the block has no length; it must last at least one minute"),
        (9, 9 + 24 + 1 / 60, "a block can last at most 24 hours"),
        (0, 48, "a block can last at most 24 hours"),
    ],
)
def test_add_refuses_impossible_spans(
    service: Services, start: float, end: float, message: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        service.blocks.add([draft(8, 9, "fine"), draft(start, end, "bad")])
    assert str(refused.value) == message
    assert service.blocks.between(*EVER) == []


def test_a_block_can_last_exactly_a_day_or_a_minute(service: Services) -> None:
    service.blocks.add([draft(9, 33, "day"), draft(40, 40 + 1 / 60, "minute")])
    assert [b.minutes for b in service.blocks.between(*EVER)] == [24 * 60, 1]


def test_check_span_wants_aware_instants() -> None:
    with pytest.raises(ValueError, match="aware"):
        check_span(datetime(2026, 11, 23, 9), datetime(2026, 11, 23, 10))
    check_span(at(9), at(10))  # fine


def test_add_for_an_unknown_task_is_refused(service: Services, task: Callable[[str], int]) -> None:
    task("Exists")
    with pytest.raises(InvalidInput) as refused:
        service.blocks.add([draft(9, 10, "x", task_id=99)])
    assert str(refused.value) == "task #99 does not exist (it may have been deleted)"
    assert service.blocks.between(*EVER) == []


def test_add_blocks_is_undoable(service: Services, task: Callable[[str], int]) -> None:
    task_id = task("Linked")
    check_undoable(
        service, lambda: service.blocks.add([draft(9, 10, "a"), draft(11, 12, "", task_id=task_id)])
    )


def test_block_ids_are_never_reused(service: Services, add_block: Callable[..., int]) -> None:
    first = add_block(9, 10)
    second = add_block(10, 11)
    service.blocks.delete([second])
    assert add_block(11, 12) > second > first


# -- reading a stretch of time ----------------------------------------------------------------


def test_blocks_returns_those_overlapping_in_order(
    service: Services, add_block: Callable[..., int]
) -> None:
    day_start, day_end = at(0), at(24)
    overnight = add_block(-2, 1, "from the day before")  # Sunday 22:00 to Monday 01:00
    late = add_block(23, 25, "into the next day")
    second = add_block(9, 10, "nine b")
    first = add_block(9, 10, "nine a")  # same start: in order of id
    early = add_block(7, 8, "seven")
    add_block(-3, 0, "ends as the day starts")
    add_block(24, 25, "starts as the day ends")
    add_block(-30, -29, "long before")
    add_block(48, 49, "long after")

    found = service.blocks.between(day_start, day_end)
    assert [b.id for b in found] == [overnight, early, second, first, late]


def test_a_block_ending_as_the_range_starts_is_not_in_it(
    service: Services, add_block: Callable[..., int]
) -> None:
    add_block(8, 9, "before")
    add_block(10, 11, "after")
    assert service.blocks.between(at(9), at(10)) == []
    assert [b.title for b in service.blocks.between(at(8.99), at(10.01))] == ["before", "after"]


def test_a_day_long_block_from_the_day_before_is_found(
    service: Services, add_block: Callable[..., int]
) -> None:
    block_id = add_block(-23, 1)  # 24 hours, ending an hour into Monday
    assert [b.id for b in service.blocks.between(at(0), at(24))] == [block_id]
    assert service.blocks.between(at(1), at(24)) == []


def test_get_blocks_by_id_leaves_out_missing_ones(
    service: Services, add_block: Callable[..., int]
) -> None:
    a, b = add_block(9, 10, "a"), add_block(10, 11, "b")
    found = service.blocks.get([b, 999, a])
    assert set(found) == {a, b}
    assert found[a].title == "a"
    assert service.blocks.get([]) == {}


# -- moving and resizing ----------------------------------------------------------------------


def test_change_span_moves_a_block(
    service: Services, add_block: Callable[..., int], clock: TickingClock
) -> None:
    block_id = add_block(9, 10)
    [old] = service.blocks.between(*EVER)
    change = service.blocks.change_span(block_id, at(14, day=2), at(15.5, day=2))
    [moved] = service.blocks.between(*EVER)
    assert change.blocks_before == {block_id: old}
    assert change.blocks_after == {block_id: moved}
    assert (moved.start, moved.end) == (at(14, day=2), at(15.5, day=2))
    assert moved.updated == clock.now > moved.created == old.created
    assert moved._replace(start=old.start, end=old.end, updated=old.updated) == old


def test_change_span_to_the_same_span_changes_nothing(
    service: Services, add_block: Callable[..., int]
) -> None:
    block_id = add_block(9, 10)
    old = everything(service)
    assert service.blocks.change_span(block_id, at(9), at(10)).is_empty
    assert everything(service) == old


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (11, 10, "the block ends before it starts"),
        (10, 10, "the block has no length; it must last at least one minute"),
        (0, 25, "a block can last at most 24 hours"),
    ],
)
def test_change_span_refuses_impossible_spans(
    service: Services, add_block: Callable[..., int], start: float, end: float, message: str
) -> None:
    block_id = add_block(9, 10)
    old = everything(service)
    with pytest.raises(InvalidInput) as refused:
        service.blocks.change_span(block_id, at(start), at(end))
    assert str(refused.value) == message
    assert everything(service) == old


def test_change_span_of_a_deleted_block_says_so(
    service: Services, add_block: Callable[..., int]
) -> None:
    block_id = add_block(9, 10)
    service.blocks.delete([block_id])
    with pytest.raises(InvalidInput, match=rf"time block #{block_id} does not exist"):
        service.blocks.change_span(block_id, at(10), at(11))


def test_change_span_is_undoable(service: Services, add_block: Callable[..., int]) -> None:
    add_block(8, 9, "neighbour")
    block_id = add_block(9, 10)
    check_undoable(service, lambda: service.blocks.change_span(block_id, at(9.25), at(12)))


# -- editing ----------------------------------------------------------------------------------


def test_edit_block_replaces_its_fields(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("Hiring")
    block_id = add_block(9, 10, "Focus")
    change = service.blocks.edit(
        block_id, BlockEdit("  Interview  loop ", BlockKind.MEETING, " bring CVs ", task_id)
    )
    [edited] = service.blocks.between(*EVER)
    assert change.blocks_after == {block_id: edited}
    assert (edited.title, edited.kind, edited.notes, edited.task_id) == (
        "Interview loop", BlockKind.MEETING, "bring CVs", task_id,
    )  # fmt: skip
    assert (edited.start, edited.end) == (at(9), at(10))
    assert edited.updated > edited.created


def test_edit_block_can_unlink_and_clear(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("Hiring")
    block_id = add_block(9, 10, "x", task_id=task_id, notes="n", kind=BlockKind.PERSONAL)
    service.blocks.edit(block_id, BlockEdit("x", BlockKind.FOCUS, "", None))
    [edited] = service.blocks.between(*EVER)
    assert (edited.task_id, edited.notes, edited.kind) == (None, "", BlockKind.FOCUS)


def test_unchanged_edit_block_is_an_empty_change(
    service: Services, add_block: Callable[..., int]
) -> None:
    block_id = add_block(9, 10, "Focus", notes="n")
    old = everything(service)
    assert service.blocks.edit(block_id, BlockEdit(" Focus ", BlockKind.FOCUS, "n ", None)).is_empty
    assert everything(service) == old


def test_edit_block_refuses_an_empty_title_and_unknown_ids(
    service: Services, add_block: Callable[..., int]
) -> None:
    block_id = add_block(9, 10)
    old = everything(service)
    with pytest.raises(InvalidInput, match=r"^a block needs a title$"):
        service.blocks.edit(block_id, BlockEdit(" ", BlockKind.FOCUS, "", None))
    with pytest.raises(InvalidInput, match=r"^task #42 does not exist"):
        service.blocks.edit(block_id, BlockEdit("x", BlockKind.FOCUS, "", 42))
    with pytest.raises(InvalidInput, match=r"^time block #77 does not exist"):
        service.blocks.edit(77, BlockEdit("x", BlockKind.FOCUS, "", None))
    assert everything(service) == old


def test_edit_block_is_undoable(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("Hiring")
    block_id = add_block(9, 10)
    check_undoable(
        service,
        lambda: service.blocks.edit(block_id, BlockEdit("New", BlockKind.MEETING, "n", task_id)),
    )


# -- deleting ---------------------------------------------------------------------------------


def test_delete_blocks(service: Services, add_block: Callable[..., int]) -> None:
    a, b, c = add_block(9, 10, "a"), add_block(10, 11, "b"), add_block(11, 12, "c")
    old = service.blocks.get([a, c])
    change = service.blocks.delete([a, c, 999])
    assert change.blocks_before == old
    assert change.blocks_after == {a: None, c: None}
    assert [x.id for x in service.blocks.between(*EVER)] == [b]


def test_delete_nothing_is_an_empty_change(service: Services) -> None:
    assert service.blocks.delete([]).is_empty
    assert service.blocks.delete([5]).is_empty


def test_delete_blocks_is_undoable(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("Linked")
    ids = [add_block(h, h + 1, f"b{h}", task_id=task_id if h % 2 else None) for h in range(8, 14)]
    check_undoable(service, lambda: service.blocks.delete(ids[1:4]))


def test_delete_many_blocks_at_once_and_undo(service: Services) -> None:
    drafts = [draft(h / 4, h / 4 + 0.25, f"b{h}") for h in range(1200)]
    service.blocks.add(drafts)
    ids = [b.id for b in service.blocks.between(*EVER)]
    check_undoable(service, lambda: service.blocks.delete(ids))
    assert service.blocks.between(*EVER) == []


# -- how blocks follow their task -------------------------------------------------------------


def test_deleting_a_task_unlinks_its_blocks_and_undo_links_them_again(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id, other = task("Write the plan"), task("Other")
    linked = [add_block(9, 10, "", task_id=task_id), add_block(11, 12, "Own", task_id=task_id)]
    kept = add_block(13, 14, "", task_id=other)
    loose = add_block(15, 16, "Loose")

    change = check_undoable(service, lambda: service.tasks.delete([task_id]))

    assert set(change.blocks_before) == set(linked)
    assert all(change.blocks_before[i].task_id == task_id for i in linked)
    blocks = service.blocks.get([*linked, kept, loose])
    assert [blocks[i].task_id for i in linked] == [None, None]
    assert [blocks[i].title for i in linked] == ["Write the plan", "Own"]  # the time stays
    assert (blocks[kept].task_id, blocks[loose].task_id) == (other, None)

    service.undo.undo(change)
    assert list(service.tasks.get([task_id])) == [task_id]
    assert [service.blocks.get(linked)[i].task_id for i in linked] == [task_id, task_id]
    schedule = service.blocks.schedule(at(0))
    assert set(schedule) == {task_id, other}
    assert len(schedule[task_id]) == 2


def test_undo_of_a_block_delete_drops_a_link_to_a_task_deleted_since(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("Gone later")
    block_id = add_block(9, 10, "", task_id=task_id)
    deleted = service.blocks.delete([block_id])
    service.tasks.delete([task_id])  # another program deletes the task meanwhile

    service.undo.undo(deleted)

    [block] = service.blocks.between(*EVER)
    assert (block.id, block.title, block.task_id) == (block_id, "Gone later", None)


def test_renaming_a_task_renames_the_blocks_carrying_its_title(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id, other = task("Draft"), task("Draft")
    follows = add_block(9, 10, "", task_id=task_id)
    own = add_block(10, 11, "My own name", task_id=task_id)
    other_task = add_block(11, 12, "", task_id=other)  # same title, another task
    unlinked = add_block(12, 13, "Draft")

    change = check_undoable(service, lambda: service.tasks.edit(task_id, TaskEdit("Final  draft")))

    assert set(change.blocks_before) == {follows}
    blocks = service.blocks.get([follows, own, other_task, unlinked])
    assert [blocks[i].title for i in (follows, own, other_task, unlinked)] == [
        "Final draft", "My own name", "Draft", "Draft",
    ]  # fmt: skip


def test_editing_a_task_without_renaming_leaves_its_blocks(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("Draft")
    add_block(9, 10, "", task_id=task_id)
    old_blocks = everything(service)[1]
    change = service.tasks.edit(task_id, TaskEdit("Draft", notes="more"))
    assert (change.blocks_before, change.blocks_after) == ({}, {})
    assert everything(service)[1] == old_blocks


def test_undo_of_a_task_change_leaves_its_blocks_alone(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("Draft")
    add_block(9, 10, "", task_id=task_id)
    blocks = everything(service)[1]
    undone = service.undo.undo(service.tasks.move([task_id], Quadrant.DO))
    assert (undone.change.blocks_before, undone.change.blocks_after) == ({}, {})
    assert everything(service)[1] == blocks


# -- when each task is scheduled --------------------------------------------------------------


def test_schedule_lists_each_tasks_coming_slots_in_order(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    a, b, unscheduled = task("a"), task("b"), task("unscheduled")
    add_block(14, 15, task_id=a)
    add_block(9, 10, task_id=a)
    add_block(9, 11, day=1, task_id=a)
    add_block(6, 7, task_id=a)  # ended before `since`
    add_block(7, 8, task_id=b)  # ends exactly at `since`: over
    add_block(7.5, 8.5, task_id=b)  # still running
    add_block(12, 13, "no task")

    schedule = {
        task_id: [(slot.start, slot.end) for slot in slots]
        for task_id, slots in service.blocks.schedule(at(8)).items()
    }

    assert schedule == {
        a: [(at(9), at(10)), (at(14), at(15)), (at(9, day=1), at(11, day=1))],
        b: [(at(7.5), at(8.5))],
    }
    assert unscheduled not in schedule
    assert service.blocks.schedule(at(0, day=5)) == {}


def test_schedule_follows_unlinking(
    service: Services, add_block: Callable[..., int], task: Callable[[str], int]
) -> None:
    task_id = task("a")
    block_id = add_block(9, 10, task_id=task_id)
    service.blocks.edit(block_id, BlockEdit("a", BlockKind.FOCUS, "", None))
    assert service.blocks.schedule(at(0)) == {}


def test_next_slot_is_the_first_not_ended_with_how_many_follow() -> None:
    slots = [Slot(at(9), at(10)), Slot(at(11), at(12)), Slot(at(13), at(14))]
    assert next_slot([], at(0)) is None
    assert next_slot(slots, at(8)) == (slots[0], 2)
    assert next_slot(slots, at(9.5)) == (slots[0], 2)  # running now
    assert next_slot(slots, at(10)) == (slots[1], 1)  # ended just now
    assert next_slot(slots, at(13.5)) == (slots[2], 0)
    assert next_slot(slots, at(20)) == (slots[2], 0)  # all over: the last one, none to come


# -- values -----------------------------------------------------------------------------------


def test_block_kind_parse_and_label() -> None:
    assert BlockKind.parse(" Meeting ") is BlockKind.MEETING
    assert [kind.label for kind in BlockKind] == ["Focus", "Meeting", "Personal"]
    with pytest.raises(InvalidInput) as refused:
        BlockKind.parse("lunch")
    assert str(refused.value) == "unknown kind “lunch”; use one of focus, meeting, personal"


def test_change_of_blocks_reverses_and_knows_when_empty() -> None:
    block = TimeBlock(1, "u", at(9), at(10), "t", BlockKind.FOCUS, None, "", at(0), at(0))
    created = Change(blocks_before={1: None}, blocks_after={1: block})
    assert not created.is_empty
    assert created.created_blocks() == [block]
    assert created.reversed().created_blocks() == []
    assert created.reversed().blocks_before == {1: block}
    assert Change(blocks_before={1: block}, blocks_after={1: block}).is_empty
