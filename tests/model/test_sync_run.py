"""A sync as the account says: Quadrant's calendar two-way, the others shown read-only as
meetings, against a real Radicale server."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.model.block import BlockDraft
from app.model.services import Services
from app.model.sync_account import Account
from app.model.sync_run import sync_once

from ..radicale_server import PASSWORD, USER, Phone, Radicale

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_read_only_calendars_come_in_as_meetings_and_never_go_back(
    radicale: Radicale, service: Services
) -> None:
    ours, team = radicale.make_calendar("Quadrant"), radicale.make_calendar("Team")
    team_phone = Phone(radicale, team)
    standup = team_phone.add_event("Stand-up", MONDAY + timedelta(hours=1))
    service.blocks.add([BlockDraft(MONDAY, MONDAY + timedelta(hours=1), "Focus")])
    account = Account(radicale.url, USER, ours, "Quadrant", (team,))

    def sync() -> None:
        sync_once(
            service.file, account, PASSWORD, ZoneInfo("Europe/Berlin"), lambda: date(2026, 3, 2)
        )

    sync()

    blocks = {b.title: b for b in service.blocks.between(MONDAY, MONDAY + timedelta(days=1))}
    assert sorted(blocks) == ["Focus", "Stand-up"]
    assert blocks["Stand-up"].source == "Team"
    assert Phone(radicale, ours).summaries() == ["Focus"]
    team_phone.rename(standup, "Stand-up (moved)")
    sync()
    titles = sorted(b.title for b in service.blocks.between(MONDAY, MONDAY + timedelta(days=1)))
    assert titles == ["Focus", "Stand-up (moved)"]
    assert team_phone.summaries() == ["Stand-up (moved)"]
    team_phone.delete(standup)
    sync()
    titles = sorted(b.title for b in service.blocks.between(MONDAY, MONDAY + timedelta(days=1)))
    assert titles == ["Focus"]
