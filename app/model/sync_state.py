"""The sync rows in the data file (see `sync_item`): read, written and forgotten inside the
caller's transaction, so each is committed together with the change it describes."""

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.dialects.sqlite import insert

from app.model import rows
from app.model.schema import SYNC_CALENDARS, SYNC_ITEMS
from app.model.sync_item import SyncItem

_item = rows.sql(SYNC_ITEMS).c
_calendar = rows.sql(SYNC_CALENDARS).c


def items(connection: Connection, calendar: str) -> dict[str, SyncItem]:
    """The rows of the items shared with `calendar`, by uid."""
    statement = rows.selecting(SYNC_ITEMS).where(_item.calendar == calendar)
    return {item.uid: item for item in rows.values(SYNC_ITEMS, connection, statement)}


def save(connection: Connection, item: SyncItem) -> None:
    """Write `item` as the row for its uid (new, or in place of the one there)."""
    fields = {name: value for name, value in item._asdict().items() if name != "id"}
    values = rows.stored(SYNC_ITEMS, fields)
    statement = insert(rows.sql(SYNC_ITEMS)).values(values)
    others = {name: statement.excluded[name] for name in values if name != "uid"}
    connection.execute(statement.on_conflict_do_update(index_elements=["uid"], set_=others))


def forget(connection: Connection, uids: list[str]) -> None:
    for first in range(0, len(uids), rows.CHUNK):
        chunk = uids[first : first + rows.CHUNK]
        connection.execute(delete(rows.sql(SYNC_ITEMS)).where(_item.uid.in_(chunk)))


def forget_calendar(connection: Connection, keep: str) -> None:
    """Forget the items shared with any calendar but `keep`, and that calendar's sync-token:
    Quadrant's items go to a newly chosen calendar as new items."""
    others = select(_item.calendar).where(_item.calendar != keep).distinct()
    gone = [calendar for (calendar,) in connection.execute(others)]
    if gone:
        connection.execute(delete(rows.sql(SYNC_ITEMS)).where(_item.calendar.in_(gone)))
        connection.execute(delete(rows.sql(SYNC_CALENDARS)).where(_calendar.url.in_(gone)))


def token(connection: Connection, calendar: str) -> str | None:
    found = connection.execute(select(_calendar.token).where(_calendar.url == calendar)).first()
    return None if found is None else found[0]


def set_token(connection: Connection, calendar: str, value: str | None) -> None:
    table = rows.sql(SYNC_CALENDARS)
    done = connection.execute(update(table).where(_calendar.url == calendar).values(token=value))
    if done.rowcount == 0:
        connection.execute(table.insert().values(url=calendar, token=value))
