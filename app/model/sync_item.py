"""What the data file remembers about each item it shares with a CalDAV calendar, as plain
values: where the item lives on the server, which version of it the server had, and what the
local item looked like when the two last agreed.

Every change the sync makes writes these in the same transaction as the task or block it
describes, so a sync stopped at any point finds the file consistent with itself and resumes.
"""

from enum import StrEnum
from typing import NamedTuple


class Component(StrEnum):
    """Which kind of calendar item a local item is. The value is stored in the file."""

    EVENT = "event"  # a time block, as a VEVENT
    TODO = "todo"  # a task, as a VTODO


class Conflict(StrEnum):
    """How the two sides disagree, until the user says which one to keep."""

    BOTH_CHANGED = "both_changed"
    DELETED_HERE = "deleted_here"  # deleted in Quadrant, changed on the server
    DELETED_THERE = "deleted_there"  # changed in Quadrant, deleted on the server


class Keep(StrEnum):
    """The user's answer to a conflict."""

    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"


class SyncItem(NamedTuple):
    """One item shared with the calendar at `calendar` (its URL).

    `uid` is its iCalendar UID, which is the local task's or block's uid. `href` and `etag` are
    None until the server has confirmed it; `synced` is the fingerprint (see `sync_local`) of
    the local item when both sides last agreed, "" when it must be sent again. With a
    `conflict`, `theirs` holds the server's text (None when the server deleted it) and
    `their_etag` its version.
    """

    id: int
    calendar: str
    uid: str
    component: Component
    href: str | None
    etag: str | None
    synced: str
    conflict: Conflict | None = None
    theirs: str | None = None
    their_etag: str | None = None


class SyncCalendar(NamedTuple):
    """A calendar the file syncs with, and the server's sync-token (RFC 6578) from the last
    complete sync (None: list everything next time)."""

    id: int
    url: str
    token: str | None
