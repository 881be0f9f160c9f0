"""Two-way CalDAV sync against a real Radicale server, with a second client (the "phone") editing
the same calendar through the `caldav` library."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.model.block import BlockDraft, BlockEdit, BlockKind
from app.model.caldav_server import CalendarServer, Listing, ServerError
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.sync import CalendarSync, SyncReport
from app.model.sync_conflicts import Conflicts
from app.model.sync_item import Keep
from app.model.task import TaskDraft, TaskEdit

from ..radicale_server import PASSWORD, USER, Phone, Radicale

ZONE = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Both:
    """Quadrant's side (the data file and its sync) and the phone, on one calendar."""

    service: Services
    calendar: str
    server: CalendarServer
    phone: Phone

    @property
    def engine(self) -> CalendarSync:
        return CalendarSync(self.service.file, ZONE, lambda: date(2026, 3, 2))

    def sync(self, server: CalendarServer | None = None) -> SyncReport:
        return self.engine.run(server or self.server, self.calendar)

    def conflicts(self) -> Conflicts:
        return Conflicts(self.service.file, self.calendar, self.engine.read)

    def block_titles(self) -> list[str]:
        blocks = self.service.blocks.between(MONDAY - timedelta(days=7), MONDAY + timedelta(days=7))
        return sorted(block.title for block in blocks)

    def task_titles(self) -> list[str]:
        return sorted(task.title for task in self.service.tasks.lanes())


@pytest.fixture
def both(radicale: Radicale, service: Services) -> Iterator[Both]:
    calendar = radicale.make_calendar("Quadrant")
    server = CalendarServer(radicale.url, USER, PASSWORD)
    yield Both(service, calendar, server, Phone(radicale, calendar))
    server.close()


def add_block(service: Services, title: str, hours: int = 0) -> int:
    start = MONDAY + timedelta(hours=hours)
    change = service.blocks.add([BlockDraft(start, start + timedelta(hours=1), title)])
    return next(iter(change.blocks_after))


def add_task(service: Services, title: str, quadrant: Quadrant = Quadrant.DO) -> int:
    return next(iter(service.tasks.add([TaskDraft(title, quadrant)]).after))


def test_blocks_and_tasks_made_here_appear_on_the_server(both: Both) -> None:
    add_block(both.service, "Write the plan")
    add_task(both.service, "Hire a designer")

    report = both.sync()

    assert (report.pushed, report.pulled) == (2, 0)
    assert both.phone.summaries() == ["Hire a designer", "Write the plan"]
    again = both.sync()
    assert (again.pushed, again.pulled, again.conflicts) == (0, 0, [])


def test_events_and_todos_made_on_the_phone_appear_here(both: Both) -> None:
    both.phone.add_event("Dentist", MONDAY + timedelta(hours=2))
    both.phone.add_todo("Call the bank")

    report = both.sync()

    assert (report.pushed, report.pulled) == (0, 2)
    assert both.block_titles() == ["Dentist"]
    assert [t.title for t in both.service.tasks.lanes(quadrant=Quadrant.INBOX)] == ["Call the bank"]
    assert both.sync().pulled == 0


def test_edits_on_either_side_reach_the_other(both: Both) -> None:
    block_id = add_block(both.service, "Draft")
    task_id = add_task(both.service, "Review budget", Quadrant.DEFER)
    both.sync()
    uid = both.service.tasks.get([task_id])[task_id].uid

    both.service.blocks.edit(block_id, BlockEdit("Draft, second pass", BlockKind.FOCUS, "", None))
    both.phone.rename(uid, "Review the budget")
    report = both.sync()

    assert (report.pushed, report.pulled) == (1, 1)
    assert both.phone.summaries() == ["Draft, second pass", "Review the budget"]
    task = both.service.tasks.get([task_id])[task_id]
    assert (task.title, task.quadrant) == ("Review the budget", Quadrant.DEFER)


def test_deletions_on_either_side_reach_the_other(both: Both) -> None:
    gone_here = add_block(both.service, "Cancelled here")
    add_block(both.service, "Cancelled there", hours=2)
    both.sync()
    there = next(b for b in both.service.blocks.between(MONDAY, MONDAY + timedelta(days=1))
                 if b.title == "Cancelled there")  # fmt: skip

    both.service.blocks.delete([gone_here])
    both.phone.delete(there.uid)
    report = both.sync()

    assert (report.deleted_there, report.deleted_here) == (1, 1)
    assert both.phone.summaries() == []
    assert both.block_titles() == []


def test_undo_of_a_change_already_sent_is_sent_too(both: Both) -> None:
    block_id = add_block(both.service, "Focus")
    both.sync()
    change = both.service.blocks.edit(block_id, BlockEdit("Focus!", BlockKind.FOCUS, "", None))
    both.sync()
    assert both.phone.summaries() == ["Focus!"]

    both.service.undo.undo(change)
    report = both.sync()

    assert report.pushed == 1
    assert both.phone.summaries() == ["Focus"]


def test_only_what_changed_is_listed_again_after_a_sync(both: Both) -> None:
    for hour in range(6):
        add_block(both.service, f"Block {hour}", hours=hour)
    both.sync()
    uid = both.phone.uids()[0]
    both.phone.rename(uid, "Changed on the phone")

    with both.service.file.transaction(read_only=True) as connection:
        from app.model import sync_state

        token = sync_state.token(connection, both.calendar)
    listing = both.server.listing(both.calendar, token)

    assert token is not None
    assert (listing.complete, len(listing.etags)) == (False, 1)
    assert both.sync().pulled == 1


def test_a_change_on_both_sides_is_a_conflict_and_nothing_is_overwritten(both: Both) -> None:
    block_id = add_block(both.service, "Plan")
    both.sync()
    uid = both.phone.uids()[0]
    both.service.blocks.edit(block_id, BlockEdit("Plan (mine)", BlockKind.FOCUS, "", None))
    both.phone.rename(uid, "Plan (theirs)")

    report = both.sync()

    assert report.conflicts == ["Plan (mine)"]
    assert both.phone.summaries() == ["Plan (theirs)"]
    assert both.block_titles() == ["Plan (mine)"]
    (conflict,) = both.conflicts().open()
    assert (conflict.mine, conflict.theirs) == ("Plan (mine)", "Plan (theirs)")
    assert both.sync().conflicts == []  # still waiting for the user, and still untouched
    assert both.phone.summaries() == ["Plan (theirs)"]


@pytest.mark.parametrize(
    ("keep", "here", "there"),
    [
        (Keep.MINE, ["Plan (mine)"], ["Plan (mine)"]),
        (Keep.THEIRS, ["Plan (theirs)"], ["Plan (theirs)"]),
        (Keep.BOTH, ["Plan (mine)", "Plan (theirs)"], ["Plan (mine)", "Plan (theirs)"]),
    ],
)
def test_the_user_settles_a_conflict(
    both: Both, keep: Keep, here: list[str], there: list[str]
) -> None:
    block_id = add_block(both.service, "Plan")
    both.sync()
    both.service.blocks.edit(block_id, BlockEdit("Plan (mine)", BlockKind.FOCUS, "", None))
    both.phone.rename(both.phone.uids()[0], "Plan (theirs)")
    both.sync()
    (conflict,) = both.conflicts().open()

    both.conflicts().resolve(conflict.uid, keep)
    report = both.sync()

    assert report.conflicts == []
    assert both.conflicts().open() == []
    assert both.block_titles() == here
    assert both.phone.summaries() == there


class ChangedWhileSyncing(CalendarServer):
    """The real server, and the phone renaming an item just after the sync listed the calendar:
    the sync's If-Match write then meets a version it has not seen."""

    phone: Phone
    uid: str

    def listing(self, calendar_url: str, token: str | None) -> Listing:
        found = super().listing(calendar_url, token)
        self.phone.rename(self.uid, "Renamed meanwhile")
        return found


def test_a_412_answer_to_a_write_becomes_a_conflict(both: Both, radicale: Radicale) -> None:
    block_id = add_block(both.service, "Plan")
    both.sync()
    both.service.blocks.edit(block_id, BlockEdit("Plan (mine)", BlockKind.FOCUS, "", None))
    racing = ChangedWhileSyncing(radicale.url, USER, PASSWORD)
    racing.phone, racing.uid = both.phone, both.phone.uids()[0]

    report = both.sync(racing)

    assert report.conflicts == ["Plan (mine)"]
    assert both.phone.summaries() == ["Renamed meanwhile"]
    assert both.block_titles() == ["Plan (mine)"]


def test_deleted_on_one_side_and_changed_on_the_other_is_a_conflict(both: Both) -> None:
    deleted_here = add_task(both.service, "Deleted here")
    changed_here = add_task(both.service, "Changed here")
    both.sync()
    tasks = both.service.tasks.get([deleted_here, changed_here])
    both.service.tasks.delete([deleted_here])
    both.phone.rename(tasks[deleted_here].uid, "Changed there")
    both.service.tasks.edit(changed_here, TaskEdit("Changed here, again"))
    both.phone.delete(tasks[changed_here].uid)

    report = both.sync()

    assert sorted(report.conflicts) == ["Changed here, again", "Changed there"]
    assert both.phone.summaries() == ["Changed there"]
    assert both.task_titles() == ["Changed here, again"]
    kinds = {view.title: view.describe() for view in both.conflicts().open()}
    assert kinds == {
        "Changed here, again": "“Changed here, again”: changed here, deleted on the server",
        "Changed there": "“Changed there”: deleted here, changed on the server",
    }


class StopsAfter(CalendarServer):
    """The real server, which goes away after `writes` writes."""

    radicale: Radicale
    writes: int

    def create(self, href: str, text: str) -> str:
        if self.writes == 0:
            self.radicale.stop()
        self.writes -= 1
        return super().create(href, text)


def test_a_server_that_stops_mid_sync_loses_nothing_and_the_next_sync_resumes(
    tmp_path: Path, service: Services
) -> None:
    radicale = Radicale(tmp_path / "server")
    radicale.start()
    try:
        calendar = radicale.make_calendar("Quadrant")
        for hour in range(12):
            add_block(service, f"Block {hour}", hours=hour)
        phone = Phone(radicale, calendar)
        phone.add_todo("From the phone")
        engine = CalendarSync(service.file, ZONE, lambda: date(2026, 3, 2))
        stopping = StopsAfter(radicale.url, USER, PASSWORD, timeout=3)
        stopping.radicale, stopping.writes = radicale, 5

        with pytest.raises(ServerError) as failure:
            engine.run(stopping, calendar)

        assert failure.value.transient
        assert "cannot be reached" in str(failure.value)
        blocks = service.blocks.between(MONDAY, MONDAY + timedelta(days=1))
        assert len(blocks) == 12
        radicale.start()
        report = engine.run(CalendarServer(radicale.url, USER, PASSWORD), calendar)
        assert (report.pushed, report.conflicts) == (7, [])
        assert len(phone.uids()) == len(set(phone.uids())) == 13
    finally:
        radicale.stop()


def test_each_account_problem_is_one_sentence(both: Both, radicale: Radicale) -> None:
    wrong = CalendarServer(radicale.url, USER, "wrong")
    with pytest.raises(ServerError, match=r"^The server did not accept the user name and pas"):
        both.sync(wrong)
    secure = CalendarServer(radicale.url.replace("http:", "https:"), USER, PASSWORD)
    with pytest.raises(ServerError, match=r"^A secure connection to 127.0.0.1 cannot be made"):
        both.engine.run(secure, both.calendar.replace("http:", "https:"))
    nowhere = CalendarServer("http://no-such-host.invalid/", USER, PASSWORD)
    with pytest.raises(ServerError, match=r"^The server no-such-host.invalid cannot be found"):
        both.engine.run(nowhere, "http://no-such-host.invalid/ana/x/")
    events_only = radicale.make_calendar("Events only", ("VEVENT",))
    with pytest.raises(ServerError, match=r"^The calendar “Events only” does not accept tasks"):
        both.engine.run(both.server, events_only)


def test_a_calendar_gone_from_the_server_deletes_nothing_here(
    both: Both, radicale: Radicale
) -> None:
    add_block(both.service, "Keep me")
    add_task(both.service, "Keep me too")
    both.sync()
    radicale.client().calendar(url=both.calendar).delete()

    with pytest.raises(ServerError) as failure:
        both.sync()

    assert failure.value.transient
    assert both.block_titles() == ["Keep me"]
    assert both.task_titles() == ["Keep me too"]


def test_a_task_done_before_it_was_shared_is_updated_not_doubled(both: Both) -> None:
    task_id = add_task(both.service, "Old work")
    both.service.tasks.set_done([task_id], True)
    uid = both.service.tasks.get([task_id])[task_id].uid
    both.phone.calendar.add_todo(uid=uid, summary="Old work, reopened")

    report = both.sync()

    assert (report.pulled, report.skipped) == (1, [])
    task = both.service.tasks.get([task_id])[task_id]
    assert (task.title, task.status.value) == ("Old work, reopened", "open")
