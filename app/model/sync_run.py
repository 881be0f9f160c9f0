"""One sync as the account says: Quadrant's own calendar two-way (see `sync`), then each
read-only calendar brought in as meetings, the way an imported calendar file is (see
`calendar_service`): blocks "from calendar NAME", updated and removed as that calendar changes,
never sent back; its to-dos are left out. A read-only calendar is fetched again only when its
sync-token says it changed.

`quadrant sync` and the window's background sync both run `sync_once`.
"""

from collections.abc import Callable
from datetime import date, tzinfo

from app.model import sync_state
from app.model.caldav_server import CalendarServer, ServerError
from app.model.datafile import DataFile
from app.model.errors import joined
from app.model.sync import CalendarSync, SyncReport
from app.model.sync_account import Account


def sync_once(
    file: DataFile, account: Account, secret: str, zone: tzinfo, today: Callable[[], date]
) -> SyncReport:
    """Sync the data file with the account's calendars. Raises ServerError."""
    server = CalendarServer(account.url, account.user, secret)
    try:
        report = CalendarSync(file, zone, today).run(server, account.calendar)
        for calendar in account.read_only:
            _show(file, server, calendar, zone, today(), report)
        return report
    finally:
        server.close()


def _show(
    file: DataFile,
    server: CalendarServer,
    calendar: str,
    zone: tzinfo,
    today: date,
    report: SyncReport,
) -> None:
    from app.model.calendar_import import read_calendar
    from app.model.calendar_service import CalendarImportService

    with file.transaction(read_only=True) as connection:
        token = sync_state.token(connection, calendar)
    changed = server.listing(calendar, token)
    if token is not None and not changed.complete and not changed.etags and not changed.deleted:
        return
    try:
        name = server.calendar(calendar).name
    except ServerError:
        name = calendar
    everything = changed if changed.complete else server.listing(calendar, None)
    texts = [item.text for chunk in server.fetch(calendar, everything.etags) for item in chunk]
    contents = read_calendar("".join(texts).encode("utf-8"), name, zone, today)
    contents.todos.clear()  # shown as meetings: its to-dos are someone else's
    result = CalendarImportService(file).apply(contents)
    report.skipped.extend(joined([name, reason], ": ") for reason in result.skipped)
    with file.transaction() as connection:
        sync_state.set_token(connection, calendar, everything.token)
