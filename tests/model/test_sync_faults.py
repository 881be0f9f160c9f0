"""Network faults in the middle of a sync, made by a proxy between the sync and a real Radicale
server (see `fault_proxy`): an error answer (5xx), a server slower than the client waits, and a
connection that breaks off half-way through an answer. Each stops the run with a sentence that
says trying again can help; nothing is lost or deleted here, and the next run finishes without
a duplicate on either side."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import pytest

from app.model import sync_state
from app.model.block import BlockDraft
from app.model.caldav_server import TIMEOUT_VARIABLE, CalendarServer, ServerError
from app.model.services import Services
from app.model.sync import CalendarSync, SyncReport
from app.model.sync_account import Account
from app.model.sync_run import sync_once

from ..fault_proxy import FaultProxy
from ..radicale_server import PASSWORD, USER, Phone, Radicale

ZONE = ZoneInfo("Europe/Berlin")
MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BLOCKS = 12


@dataclass
class Faulty:
    """Quadrant's side syncing through the proxy, and the phone talking to the server directly."""

    service: Services
    proxy: FaultProxy
    calendar: str  # as Quadrant reaches it: through the proxy
    phone: Phone

    def sync(self) -> SyncReport:
        server = CalendarServer(self.proxy.url, USER, PASSWORD)
        try:
            return CalendarSync(self.service.file, ZONE, lambda: date(2026, 3, 2)).run(
                server, self.calendar
            )
        finally:
            server.close()

    def fails(self) -> ServerError:
        with pytest.raises(ServerError) as failure:
            self.sync()
        return failure.value

    def block_titles(self) -> list[str]:
        blocks = self.service.blocks.between(MONDAY - timedelta(days=1), MONDAY + timedelta(days=2))
        return sorted(block.title for block in blocks)

    def task_titles(self) -> list[str]:
        return sorted(task.title for task in self.service.tasks.lanes())

    def local_uids(self) -> list[str]:
        blocks = self.service.blocks.between(MONDAY - timedelta(days=1), MONDAY + timedelta(days=2))
        return sorted([b.uid for b in blocks] + [t.uid for t in self.service.tasks.lanes()])


@pytest.fixture
def faulty(
    radicale: Radicale, service: Services, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Faulty]:
    monkeypatch.setenv(TIMEOUT_VARIABLE, "3")  # well below the proxy's hang, above a slow answer
    calendar = radicale.make_calendar("Quadrant")
    proxy = FaultProxy(radicale.url).start()
    for hour in range(BLOCKS):
        start = MONDAY + timedelta(hours=hour)
        service.blocks.add([BlockDraft(start, start + timedelta(minutes=30), f"Block {hour}")])
    phone = Phone(radicale, calendar)
    phone.add_todo("From the phone")
    yield Faulty(service, proxy, proxy.via(calendar), phone)
    proxy.stop()


def everything_arrives_once(faulty: Faulty) -> None:
    """The next run finishes: both sides hold the same items, each once, and a run after it
    has nothing to do."""
    faulty.proxy.heal()
    report = faulty.sync()
    assert report.conflicts == []
    uids = faulty.phone.uids()
    assert len(uids) == len(set(uids)) == BLOCKS + 1
    assert faulty.local_uids() == uids
    again = faulty.sync()
    assert (again.pushed, again.pulled, again.deleted_here, again.deleted_there) == (0, 0, 0, 0)


def nothing_lost(faulty: Faulty) -> None:
    assert faulty.block_titles() == sorted(f"Block {hour}" for hour in range(BLOCKS))


@pytest.mark.parametrize("status", [503, 500])
def test_an_error_answer_to_a_write_loses_nothing_and_the_next_sync_finishes(
    faulty: Faulty, status: int
) -> None:
    faulty.proxy.answer(status, "PUT", skip=5)

    failure = faulty.fails()

    assert failure.transient
    assert str(failure) == f"The server failed (error {status}); try again later."
    nothing_lost(faulty)
    assert faulty.task_titles() == ["From the phone"]
    assert len(faulty.phone.uids()) == 1 + 5
    everything_arrives_once(faulty)


def test_an_error_answer_while_fetching_changes_deletes_nothing_here(faulty: Faulty) -> None:
    faulty.sync()
    faulty.phone.rename(faulty.service.tasks.lanes()[0].uid, "Renamed on the phone")
    block = faulty.service.blocks.between(MONDAY, MONDAY + timedelta(hours=1))[0]
    faulty.phone.delete(block.uid)
    faulty.proxy.answer(503, "REPORT", skip=1)  # the listing goes through, fetching fails

    assert faulty.fails().transient

    nothing_lost(faulty)
    assert faulty.task_titles() == ["From the phone"]
    faulty.proxy.heal()
    report = faulty.sync()
    assert (report.pulled, report.deleted_here, report.conflicts) == (1, 1, [])
    assert faulty.task_titles() == ["Renamed on the phone"]
    assert len(faulty.block_titles()) == BLOCKS - 1


def test_a_server_slower_than_the_timeout_stops_the_run_and_the_next_finishes(
    faulty: Faulty,
) -> None:
    faulty.proxy.hang("PUT", skip=3, forward=True)  # stored there; the answer never comes

    failure = faulty.fails()

    assert failure.transient
    assert str(failure) == "The server 127.0.0.1 did not answer in time; try again later."
    nothing_lost(faulty)
    assert len(faulty.phone.uids()) == 1 + 4
    everything_arrives_once(faulty)


def test_a_listing_that_never_comes_stops_the_run_before_anything_changes(
    faulty: Faulty,
) -> None:
    faulty.proxy.hang("REPORT")

    assert "did not answer in time" in str(faulty.fails())

    nothing_lost(faulty)
    assert faulty.phone.summaries() == ["From the phone"]
    everything_arrives_once(faulty)


@pytest.mark.parametrize("method", ["PUT", "REPORT", "PROPFIND"])
def test_a_connection_dropped_mid_answer_loses_nothing(faulty: Faulty, method: str) -> None:
    faulty.sync()
    faulty.phone.delete(faulty.service.blocks.between(MONDAY, MONDAY + timedelta(hours=1))[0].uid)
    faulty.service.blocks.add([BlockDraft(MONDAY, MONDAY + timedelta(minutes=30), "Block 0")])
    faulty.proxy.drop(method)

    failure = faulty.fails()

    assert failure.transient
    assert str(failure) == "The connection to 127.0.0.1 broke off; try again later."
    assert len(faulty.block_titles()) >= BLOCKS
    faulty.proxy.heal()
    faulty.sync()
    uids = faulty.phone.uids()
    assert len(uids) == len(set(uids)) == BLOCKS + 1
    assert faulty.local_uids() == uids


def test_a_full_listing_cut_short_without_a_length_deletes_nothing_here(faulty: Faulty) -> None:
    faulty.sync()
    with faulty.service.file.transaction() as connection:  # the server forgot the token
        sync_state.set_token(connection, faulty.calendar, "http://radicale.org/ns/sync/unknown")
    faulty.proxy.drop("REPORT", skip=1, length=False)  # the full listing, after the refusal

    failure = faulty.fails()

    assert failure.transient
    assert str(failure) == (
        "The answer from 127.0.0.1 was cut short or is not CalDAV; try again later."
    )
    nothing_lost(faulty)
    assert faulty.task_titles() == ["From the phone"]
    everything_arrives_once(faulty)


def test_deletions_refused_with_an_error_are_sent_again_by_the_next_sync(faulty: Faulty) -> None:
    faulty.sync()
    gone = faulty.service.blocks.between(MONDAY, MONDAY + timedelta(hours=3))
    faulty.service.blocks.delete([block.id for block in gone])
    faulty.proxy.answer(502, "DELETE", skip=1)

    failure = faulty.fails()

    assert str(failure) == "The server failed (error 502); try again later."
    assert len(faulty.phone.uids()) == BLOCKS + 1 - 1
    faulty.proxy.heal()
    report = faulty.sync()
    assert (report.deleted_there, report.deleted_here, report.conflicts) == (2, 0, [])
    assert faulty.phone.uids() == faulty.local_uids()
    assert len(faulty.block_titles()) == BLOCKS - 3


def test_a_calendar_shown_as_meetings_keeps_its_meetings_when_fetching_it_fails(
    faulty: Faulty, radicale: Radicale
) -> None:
    team = radicale.make_calendar("Team")
    team_phone = Phone(radicale, team)
    standup = team_phone.add_event("Stand-up", MONDAY + timedelta(hours=20))
    account = Account(
        faulty.proxy.url, USER, faulty.calendar, "Quadrant", (faulty.proxy.via(team),)
    )

    def sync() -> SyncReport:
        return sync_once(faulty.service.file, account, PASSWORD, ZONE, lambda: date(2026, 3, 2))

    sync()
    team_phone.rename(standup, "Stand-up (moved)")
    # what changed there and the full listing go through; fetching the meetings fails
    faulty.proxy.answer(503, "REPORT", skip=2, path=urlsplit(team).path)

    with pytest.raises(ServerError, match="error 503"):
        sync()

    assert "Stand-up" in faulty.block_titles()
    faulty.proxy.heal()
    sync()
    assert "Stand-up (moved)" in faulty.block_titles()
    assert "Stand-up" not in faulty.block_titles()
    assert team_phone.summaries() == ["Stand-up (moved)"]


def test_a_meeting_the_server_fails_to_send_stays_here(faulty: Faulty, radicale: Radicale) -> None:
    team = radicale.make_calendar("Team")
    team_phone = Phone(radicale, team)
    standup = team_phone.add_event("Stand-up", MONDAY + timedelta(hours=20))
    team_phone.add_event("Retro", MONDAY + timedelta(hours=22))
    account = Account(
        faulty.proxy.url, USER, faulty.calendar, "Quadrant", (faulty.proxy.via(team),)
    )

    def sync() -> SyncReport:
        return sync_once(faulty.service.file, account, PASSWORD, ZONE, lambda: date(2026, 3, 2))

    sync()
    team_phone.rename(standup, "Stand-up (moved)")
    # fetching the meetings answers, but one item in the answer failed on the server
    faulty.proxy.fail_item(500, skip=2, path=urlsplit(team).path)

    with pytest.raises(ServerError, match="error 500"):
        sync()

    assert {"Stand-up", "Retro"} <= set(faulty.block_titles())
    faulty.proxy.heal()
    sync()
    assert {"Stand-up (moved)", "Retro"} <= set(faulty.block_titles())
    assert "Stand-up" not in faulty.block_titles()
