"""Two-way sync of Quadrant's tasks and blocks with one CalDAV calendar: `quadrant sync`, View ▸
Sync Now and the window's background sync all run `CalendarSync.run`.

One run:
1. Pull. The server lists what changed since the last run's sync-token (RFC 6578), or every
   item with its ETag; items whose ETag the file already holds are not fetched. A changed item
   is written over the local one only where the local one has not changed since the last
   sync; an item deleted there is deleted here only where it has not changed here. Otherwise
   the run records a conflict and touches neither side. Each chunk of items is written in one
   transaction together with the sync rows that describe it.
2. The new sync-token is kept.
3. Push. Local items whose fingerprint differs from the one last synced go up with If-Match
   (new ones with If-None-Match: *); local deletions go as DELETE with If-Match. A 412 answer
   means the server has another version: a conflict. A new item the server already has (a run
   stopped between the PUT and the commit) is taken as synced when it is the same item.
4. When the server has nothing new but this run's own writes, the sync-token moves past them.

A failure of the network or the server stops the run with a `ServerError`; what was committed
so far stays, nothing is deleted because of a failed request, and the next run goes on from
there. Conflicts wait for the user (see `sync_conflicts`).
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import Any

from app.model import sync_state
from app.model.caldav_server import CalendarServer, Fetched, Listing, Precondition, ServerError
from app.model.datafile import DataFile
from app.model.errors import joined
from app.model.sync_item import Conflict, SyncItem
from app.model.sync_local import Remote, Shared, read_item, remove, shared, take
from app.model.wording import QT_TRANSLATE_NOOP

PUSH_CHUNK = 50  # requests between two commits of their outcome


@dataclass
class SyncReport:
    """What one run did, in numbers, and the titles of the conflicts it found."""

    pushed: int = 0  # items sent to the server, new or changed
    pulled: int = 0  # items taken from the server, new or changed
    deleted_there: int = 0  # deleted on the server because they were deleted here
    deleted_here: int = 0  # deleted here because they were deleted on the server
    conflicts: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: "Pushed 3, pulled 1, deleted 0 here and 1 there, 1 conflict: Plan"."""
        line = (
            f"Pushed {self.pushed}, pulled {self.pulled}, deleted {self.deleted_here} here "
            f"and {self.deleted_there} there"
        )
        if self.conflicts:
            noun = "conflict" if len(self.conflicts) == 1 else "conflicts"
            line += f", {len(self.conflicts)} {noun}: " + "; ".join(self.conflicts)
        if self.skipped:
            line += f", skipped {len(self.skipped)}: " + "; ".join(self.skipped)
        return line + "."

    def as_json(self) -> dict[str, Any]:
        return {
            "pushed": self.pushed,
            "pulled": self.pulled,
            "deleted_here": self.deleted_here,
            "deleted_there": self.deleted_there,
            "conflicts": self.conflicts,
            "skipped": self.skipped,
        }


NO_TASKS = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar “{name}” does not accept tasks (VTODO): choose another one for Quadrant.",
)


def no_tasks(name: str) -> str:
    return NO_TASKS.format(name=name)


class CalendarSync:
    """Syncs the data file with one calendar; `today` gives the date for reading items."""

    def __init__(self, file: DataFile, zone: tzinfo, today: Callable[[], date]) -> None:
        self._file = file
        self._zone = zone
        self._today = today

    def run(self, server: CalendarServer, calendar: str) -> SyncReport:
        """One sync with the calendar at URL `calendar`. Raises ServerError."""
        info = server.calendar(calendar)
        if not info.takes_tasks:
            raise ServerError(NO_TASKS, name=info.name)
        report = SyncReport()
        with self._file.transaction() as connection:
            sync_state.forget_calendar(connection, calendar)
            token = sync_state.token(connection, calendar)
        listing = server.listing(calendar, token)
        self._pull(server, calendar, listing, report)
        with self._file.transaction() as connection:
            sync_state.set_token(connection, calendar, listing.token)
        self._push(server, calendar, report)
        if report.pushed or report.deleted_there:
            self._skip_own_writes(server, calendar, listing.token)
        return report

    def _skip_own_writes(self, server: CalendarServer, calendar: str, token: str | None) -> None:
        """Move the sync-token past this run's own writes, so the next run does not list them
        again, but only when the server has nothing else new since the pull."""
        after = server.listing(calendar, token)
        if after.complete:
            return
        with self._file.transaction() as connection:
            etags = {i.href: i.etag for i in sync_state.items(connection, calendar).values()}
            ours = all(etags.get(href) == etag for href, etag in after.etags.items())
            if ours and not (after.deleted & set(etags)):
                sync_state.set_token(connection, calendar, after.token)

    def read(self, text: str) -> Remote:
        return read_item(text, self._zone, self._today())

    # -- pull -------------------------------------------------------------------------------

    def _pull(self, server: CalendarServer, calendar: str, listing: Listing, report: Any) -> None:
        with self._file.transaction(read_only=True) as connection:
            known = sync_state.items(connection, calendar)
        by_href = {item.href: item for item in known.values() if item.href}
        changed = [
            href
            for href, etag in listing.etags.items()
            if (item := by_href.get(href)) is None or etag not in (item.etag, item.their_etag)
        ]
        for chunk in server.fetch(calendar, changed):
            with self._file.transaction() as connection:
                state = sync_state.items(connection, calendar)
                current = shared(connection, set(state))
                for fetched in chunk:
                    self._take(connection, calendar, fetched, state, current, report)
        gone = set(listing.deleted)
        if listing.complete:
            gone |= set(by_href) - set(listing.etags)
        if gone:
            with self._file.transaction() as connection:
                state = sync_state.items(connection, calendar)
                current = shared(connection, set(state))
                for item in state.values():
                    if item.href in gone:
                        self._gone(connection, item, current, report)

    def _take(
        self,
        connection: Any,
        calendar: str,
        fetched: Fetched,
        state: dict[str, SyncItem],
        current: Shared,
        report: SyncReport,
    ) -> None:
        """Take one changed or new item from the server, or record the conflict it makes."""
        remote = self.read(fetched.text)
        if remote.problem:
            report.skipped.append(joined([remote.uid or fetched.href, remote.problem], ": "))
            return
        uid = remote.uid
        item = state.get(uid) or SyncItem(0, calendar, uid, remote.component, None, None, "")
        item = item._replace(href=fetched.href)
        mine = current.fingerprint(uid)
        theirs = remote.fingerprint(current)
        if item.conflict is not None:  # still waiting for the user: keep the newest
            item = item._replace(theirs=fetched.text, their_etag=fetched.etag)
        elif mine is None and item.id:  # deleted here, changed there
            item = self._conflict(item, Conflict.DELETED_HERE, fetched, report, "")
        elif mine is not None and mine != item.synced and mine != theirs:
            item = self._conflict(item, Conflict.BOTH_CHANGED, fetched, report, current.title(uid))
        else:
            if mine != theirs:
                take(connection, remote, current, self._file.now())
                report.pulled += 1
            synced = current.fingerprint(uid) or ""
            item = item._replace(etag=fetched.etag, synced=synced)
        sync_state.save(connection, item)
        state[uid] = item

    def _gone(self, connection: Any, item: SyncItem, current: Shared, report: SyncReport) -> None:
        """The server deleted `item`: delete it here too, unless it changed here since."""
        mine = current.fingerprint(item.uid)
        if mine is None:
            sync_state.forget(connection, [item.uid])
        elif item.conflict is None and mine == item.synced:
            remove(connection, item.uid, current, self._file.now())
            sync_state.forget(connection, [item.uid])
            report.deleted_here += 1
        else:
            report.conflicts.append(current.title(item.uid))
            conflict = Conflict.DELETED_THERE
            sync_state.save(connection, item._replace(conflict=conflict, theirs=None))

    def _conflict(
        self,
        item: SyncItem,
        kind: Conflict,
        fetched: Fetched,
        report: SyncReport,
        title: str,
    ) -> SyncItem:
        remote = self.read(fetched.text)
        report.conflicts.append(title or remote.title)
        return item._replace(conflict=kind, theirs=fetched.text, their_etag=fetched.etag)

    # -- push -------------------------------------------------------------------------------

    def _push(self, server: CalendarServer, calendar: str, report: SyncReport) -> None:
        with self._file.transaction(read_only=True) as connection:
            state = sync_state.items(connection, calendar)
            current = shared(connection, set(state))
        work: list[tuple[str, SyncItem | None]] = []
        for uid in [*current.tasks, *current.blocks]:
            item = state.get(uid)
            if item is None or (item.conflict is None and current.fingerprint(uid) != item.synced):
                work.append((uid, item))
        work += [
            (uid, item)
            for uid, item in state.items()
            if item.conflict is None and current.fingerprint(uid) is None
        ]
        for first in range(0, len(work), PUSH_CHUNK):
            outcomes: list[SyncItem | str] = []  # a row to write, or a uid to forget
            try:
                for uid, item in work[first : first + PUSH_CHUNK]:
                    outcome = self._send(server, calendar, uid, item, current, report)
                    if outcome is not None:
                        outcomes.append(outcome)
            finally:
                with self._file.transaction() as connection:
                    for outcome in outcomes:
                        if isinstance(outcome, str):
                            sync_state.forget(connection, [outcome])
                        else:
                            sync_state.save(connection, outcome)

    def _send(
        self,
        server: CalendarServer,
        calendar: str,
        uid: str,
        item: SyncItem | None,
        current: Shared,
        report: SyncReport,
    ) -> SyncItem | str | None:
        """One request for one item; the row (or uid to forget) that records its outcome."""
        mine = current.fingerprint(uid)
        if mine is None:  # deleted here
            assert item is not None
            if item.href is None or item.etag is None:
                return uid
            try:
                server.delete(item.href, item.etag)
            except Precondition:
                return self._refused(server, item, Conflict.DELETED_HERE, "", current, report)
            report.deleted_there += 1
            return uid
        text = current.text(uid, self._zone)
        if item is None or item.href is None or item.etag is None:
            href = item.href if item is not None and item.href else server.href_for(calendar, uid)
            new = SyncItem(0, calendar, uid, current.component(uid), href, None, mine)
            try:
                etag = server.create(href, text)
            except Precondition:  # it is there already: the same item, or a conflict
                return self._refused(server, new, Conflict.BOTH_CHANGED, mine, current, report)
            report.pushed += 1
            return new._replace(etag=etag)
        try:
            version = server.replace(item.href, text, item.etag)
        except Precondition:
            return self._refused(server, item, Conflict.BOTH_CHANGED, mine, current, report)
        if version is None:
            report.conflicts.append(current.title(uid))
            return item._replace(conflict=Conflict.DELETED_THERE, theirs=None, their_etag=None)
        report.pushed += 1
        return item._replace(etag=version, synced=mine)

    def _refused(
        self,
        server: CalendarServer,
        item: SyncItem,
        kind: Conflict,
        mine: str,
        current: Shared,
        report: SyncReport,
    ) -> SyncItem | str:
        """The server holds another version than ours (412): the same as ours, or a conflict."""
        assert item.href is not None
        fetched = server.get(item.href)
        title = current.title(item.uid)
        if fetched is None:  # gone meanwhile
            if kind is Conflict.DELETED_HERE:
                return item.uid
            report.conflicts.append(title)
            return item._replace(conflict=Conflict.DELETED_THERE, theirs=None, their_etag=None)
        remote = self.read(fetched.text)
        theirs = remote.fingerprint(current) if not remote.problem else ""
        if mine and theirs == mine:
            return item._replace(etag=fetched.etag, synced=mine)
        return self._conflict(item, kind, fetched, report, title)
