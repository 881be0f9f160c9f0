"""Conflicts the sync found (see `sync`), and the user's answer to each: keep mine, keep theirs,
or keep both. An answer changes only the file, in one transaction; the next sync carries it to
the server (with If-Match, so a server that changed once more makes a new conflict instead of
losing that change).
"""

from collections.abc import Callable
from dataclasses import dataclass

from app.model import sync_state
from app.model.datafile import DataFile
from app.model.errors import Words
from app.model.sync_item import Conflict, Keep, SyncItem
from app.model.sync_local import Remote, another_copy, remove, shared, take
from app.model.wording import QT_TRANSLATE_NOOP

Reader = Callable[[str], Remote]  # a server's text as an item (`CalendarSync.read`)


# What happened, by kind of conflict: a whole line each, so each language words it.
_SAYS = {
    Conflict.BOTH_CHANGED: QT_TRANSLATE_NOOP("Errors", "“{title}”: changed here and on the server"),
    Conflict.DELETED_HERE: QT_TRANSLATE_NOOP(
        "Errors", "“{title}”: deleted here, changed on the server"
    ),
    Conflict.DELETED_THERE: QT_TRANSLATE_NOOP(
        "Errors", "“{title}”: changed here, deleted on the server"
    ),
}
_RENAMED_THERE = QT_TRANSLATE_NOOP(
    "Errors", "“{title}”: changed here and on the server (there: “{theirs}”)"
)


@dataclass(frozen=True)
class ConflictView:
    """One conflict as the list shows it."""

    uid: str
    kind: Conflict
    mine: str  # the local title ("" when deleted here)
    theirs: str  # the server's title ("" when deleted there)

    @property
    def title(self) -> str:
        return self.mine or self.theirs

    def describe(self) -> Words:
        """“Plan the offsite”: changed here and on the server (there: “Plan offsite”)."""
        if self.kind is Conflict.BOTH_CHANGED and self.theirs and self.theirs != self.mine:
            return Words(_RENAMED_THERE, title=self.title, theirs=self.theirs)
        return Words(_SAYS[self.kind], title=self.title)


class Conflicts:
    """The open conflicts with one calendar; `read` turns a server's text into an item."""

    def __init__(self, file: DataFile, calendar: str, read: Reader) -> None:
        self._file = file
        self._calendar = calendar
        self._read = read

    def open(self) -> list[ConflictView]:
        with self._file.transaction(read_only=True) as connection:
            state = sync_state.items(connection, self._calendar)
            current = shared(connection, set(state))
        found = []
        for item in state.values():
            if item.conflict is None:
                continue
            theirs = self._read(item.theirs).title if item.theirs else ""
            found.append(ConflictView(item.uid, item.conflict, current.title(item.uid), theirs))
        return sorted(found, key=lambda view: view.title.casefold())

    def resolve(self, uid: str, keep: Keep) -> None:
        """Settle the conflict of item `uid` as the user chose (nothing when there is none)."""
        with self._file.transaction() as connection:
            item = sync_state.items(connection, self._calendar).get(uid)
            if item is None or item.conflict is None:
                return
            state = sync_state.items(connection, self._calendar)
            current = shared(connection, set(state))
            now = self._file.now()
            remote = self._read(item.theirs) if item.theirs else None
            if keep is Keep.BOTH and remote is not None and not remote.problem:
                if item.conflict is Conflict.BOTH_CHANGED:
                    take(connection, another_copy(remote), current, now)  # goes up as new
                else:
                    keep = Keep.THEIRS
            if keep is Keep.THEIRS:
                if remote is None or remote.problem:  # they deleted it
                    remove(connection, uid, current, now)
                    sync_state.forget(connection, [uid])
                    return
                take(connection, remote, current, now)
                synced = current.fingerprint(uid) or ""
                sync_state.save(connection, _settled(item, item.their_etag, synced))
            elif item.conflict is Conflict.DELETED_THERE:  # mine goes up again, as new
                sync_state.forget(connection, [uid])
            else:  # mine goes up over their version
                sync_state.save(connection, _settled(item, item.their_etag, ""))


def _settled(item: SyncItem, etag: str | None, synced: str) -> SyncItem:
    return item._replace(etag=etag, synced=synced, conflict=None, theirs=None, their_etag=None)
