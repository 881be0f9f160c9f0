"""Repeating blocks in the data file: a series shows in every week, one occurrence changes on
its own, this and following, or all; each is one change that undo takes back exactly."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockDraft, BlockEdit, BlockKind, TimeBlock
from app.model.change import Change
from app.model.database import connect
from app.model.reading import read_blocks, read_schedule
from app.model.repeats import Scope, parse_rule, rule_parts
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import Week

ZONE = ZoneInfo("Europe/Berlin")
FIRST = Week(date(2026, 11, 30), ZONE)  # Tue 1 Dec and Thu 3 Dec, 09:00–11:00


def week(n: int) -> Week:
    return FIRST.shifted(n)


def shown(service: Services, n: int) -> list[str]:
    """The week's blocks: day, time, title, and ↻ for an occurrence of a series."""
    return [
        f"{b.start.astimezone(ZONE):%a %H:%M} {b.title}" + (" ↻" if b.is_occurrence else "")
        for b in service.blocks.between(week(n).start, week(n).end, ZONE)
    ]


def stored(service: Services) -> dict[int, TimeBlock]:
    return service.blocks.get(range(1, 100))


@pytest.fixture
def deep_work(service: Services) -> TimeBlock:
    start = datetime(2026, 12, 1, 9, tzinfo=ZONE)
    rule = parse_rule("FREQ=WEEKLY;BYDAY=TU,TH", start, ZONE)
    draft = BlockDraft(start, start + timedelta(hours=2), "Deep work", repeat=rule)
    [block] = service.blocks.add([draft]).created_blocks()
    return block


def occurrence(service: Services, n: int, index: int) -> TimeBlock:
    found = [b for b in service.blocks.between(week(n).start, week(n).end, ZONE) if b.is_occurrence]
    return found[index]


def undone_exactly(service: Services, change: Change, before: dict[int, TimeBlock]) -> None:
    after = stored(service)
    service.undo.undo(change)
    assert stored(service) == before
    service.undo.redo(change)
    assert stored(service) == after


def test_a_series_shows_in_every_week_and_reads_the_same_without_sqlalchemy(
    service: Services, deep_work: TimeBlock, db_path: object
) -> None:
    assert shown(service, 0) == ["Tue 09:00 Deep work ↻", "Thu 09:00 Deep work ↻"]
    assert shown(service, 30) == ["Tue 09:00 Deep work ↻", "Thu 09:00 Deep work ↻"]
    assert shown(service, -1) == []
    connection = connect(db_path)  # type: ignore[arg-type]
    try:
        assert read_blocks(connection, week(5).start, week(5).end, ZONE) == (
            service.blocks.between(week(5).start, week(5).end, ZONE)
        )
    finally:
        connection.close()


def test_moving_one_occurrence_changes_this_one_only(
    service: Services, deep_work: TimeBlock
) -> None:
    before = stored(service)
    thursday = occurrence(service, 1, 1)
    change = service.series.change_span(
        thursday, thursday.start + timedelta(hours=5), thursday.end + timedelta(hours=5)
    )
    assert shown(service, 1) == ["Tue 09:00 Deep work ↻", "Thu 14:00 Deep work ↻"]
    assert shown(service, 2) == ["Tue 09:00 Deep work ↻", "Thu 09:00 Deep work ↻"]
    undone_exactly(service, change, before)
    service.undo.undo(change)
    assert shown(service, 1) == ["Tue 09:00 Deep work ↻", "Thu 09:00 Deep work ↻"]


@pytest.mark.parametrize(
    ("scope", "weeks"),
    [
        (Scope.THIS, [["Tue Deep work", "Thu Deep work"], ["Tue Deep work", "Thu Plan"],
                      ["Tue Deep work", "Thu Deep work"]]),
        (Scope.FOLLOWING, [["Tue Deep work", "Thu Deep work"], ["Tue Deep work", "Thu Plan"],
                           ["Tue Plan", "Thu Plan"]]),
        (Scope.ALL, [["Tue Plan", "Thu Plan"], ["Tue Plan", "Thu Plan"], ["Tue Plan", "Thu Plan"]]),
    ],
)  # fmt: skip
def test_editing_one_occurrence_this_following_or_all_and_undo(
    service: Services, deep_work: TimeBlock, scope: Scope, weeks: list[list[str]]
) -> None:
    before = stored(service)
    thursday = occurrence(service, 1, 1)
    edit = BlockEdit("Plan", BlockKind.MEETING, "", None)
    change = service.series.edit(thursday, edit, scope, ZONE)
    titles = [
        [
            line.split()[0] + " " + " ".join(line.split()[2:]).removesuffix(" ↻")
            for line in shown(service, n)
        ]
        for n in range(3)
    ]
    assert titles == weeks
    undone_exactly(service, change, before)
    service.undo.undo(change)
    assert stored(service) == before


@pytest.mark.parametrize(
    ("scope", "counts"),
    [(Scope.THIS, [2, 1, 2]), (Scope.FOLLOWING, [2, 1, 0]), (Scope.ALL, [0, 0, 0])],
)
def test_deleting_one_occurrence_this_following_or_all_and_undo(
    service: Services, deep_work: TimeBlock, scope: Scope, counts: list[int]
) -> None:
    moved = occurrence(service, 2, 0)  # changed on its own first: it goes with the rest
    service.series.change_span(
        moved, moved.start + timedelta(hours=1), moved.end + timedelta(hours=1)
    )
    before = stored(service)
    change = service.series.delete(occurrence(service, 1, 1), scope)
    assert [len(shown(service, n)) for n in range(3)] == counts
    undone_exactly(service, change, before)
    service.undo.undo(change)
    assert shown(service, 2) == ["Tue 10:00 Deep work ↻", "Thu 09:00 Deep work ↻"]


def test_this_and_following_shares_out_a_count(service: Services) -> None:
    start = datetime(2026, 12, 1, 9, tzinfo=ZONE)
    rule = parse_rule("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=6", start, ZONE)
    service.blocks.add([BlockDraft(start, start + timedelta(hours=1), "Deep work", repeat=rule)])
    service.series.edit(occurrence(service, 1, 0), BlockEdit("Plan", BlockKind.FOCUS, "", None),
                        Scope.FOLLOWING, ZONE)  # fmt: skip
    rules = sorted(rule_parts(b.repeat or "").get("COUNT", "-") for b in stored(service).values())
    assert rules == ["-", "4"]
    assert [len(shown(service, n)) for n in range(5)] == [2, 2, 2, 0, 0]


def test_undo_keeps_what_another_program_changed_in_the_series_since(
    service: Services, deep_work: TimeBlock
) -> None:
    change = service.series.delete(occurrence(service, 0, 1), Scope.THIS)
    service.series.edit(occurrence(service, 3, 0), BlockEdit("Renamed", BlockKind.FOCUS, "", None),
                        Scope.ALL, ZONE)  # fmt: skip  # another program, meanwhile
    restored = service.undo.undo(change)
    assert [kept.fields for kept in restored.kept] == [("title",)]  # said, and kept
    assert shown(service, 0) == ["Tue 09:00 Renamed ↻", "Thu 09:00 Renamed ↻"]


def test_a_task_linked_to_a_series_is_scheduled_at_its_next_occurrences(
    service: Services, db_path: object
) -> None:
    [task] = service.tasks.add([TaskDraft("Write the plan")]).created()
    start = datetime(2026, 12, 1, 9, tzinfo=ZONE)
    rule = parse_rule("FREQ=WEEKLY;BYDAY=TU", start, ZONE)
    draft = BlockDraft(start, start + timedelta(hours=2), "", task_id=task.id, repeat=rule)
    service.blocks.add([draft])
    since = datetime(2026, 12, 9, tzinfo=ZONE)
    slots = service.blocks.schedule(since, ZONE)[task.id]
    assert [f"{slot.start.astimezone(ZONE):%a %d %b %H:%M}" for slot in slots[:2]] == [
        "Tue 15 Dec 09:00",
        "Tue 22 Dec 09:00",
    ]
    assert len(slots) == 8  # eight weeks ahead
    connection = connect(db_path)  # type: ignore[arg-type]
    try:
        assert read_schedule(connection, since, ZONE) == service.blocks.schedule(since, ZONE)
    finally:
        connection.close()


@pytest.mark.parametrize("scope", [Scope.FOLLOWING, Scope.ALL])
def test_an_occurrence_changed_on_its_own_takes_an_edit_for_following_or_all(
    service: Services, deep_work: TimeBlock, scope: Scope
) -> None:
    thursday = occurrence(service, 1, 1)
    later = timedelta(hours=5)
    service.series.change_span(thursday, thursday.start + later, thursday.end + later)
    moved = occurrence(service, 1, 1)
    assert moved.id > 0
    before = stored(service)
    change = service.series.edit(moved, BlockEdit("Plan", BlockKind.FOCUS, "", None), scope, ZONE)
    assert shown(service, 1)[1] == "Thu 14:00 Plan ↻"
    assert shown(service, 2) == ["Tue 09:00 Plan ↻", "Thu 09:00 Plan ↻"]
    undone_exactly(service, change, before)
