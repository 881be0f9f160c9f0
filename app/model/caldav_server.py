"""The CalDAV server as the sync sees it: the account's calendars, what changed in one of them,
and conditional writes of single items. Each request's failure becomes a `ServerError` that
says in one sentence what is wrong and whether trying again later can help.

The `caldav` library does the protocol (discovery, PROPFIND, REPORT, sync-collection); it is
imported only when a sync runs. Writes go through its client as plain PUT and DELETE with
If-Match / If-None-Match, so a write never replaces a version of an item that this file has not
seen: the server answers 412 instead, which the sync turns into a conflict.

Each request waits at most TIMEOUT_SECONDS to connect and as long again for each part of the
answer; QUADRANT_CALDAV_TIMEOUT (seconds) sets another limit, as the tests do.
"""

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

from app.model.errors import WordedError
from app.model.wording import QT_TRANSLATE_NOOP

TIMEOUT_SECONDS = 30
TIMEOUT_VARIABLE = "QUADRANT_CALDAV_TIMEOUT"
FETCH_CHUNK = 100  # hrefs per calendar-multiget REPORT
_CALENDAR_TEXT = {"Content-Type": "text/calendar; charset=utf-8"}


class ServerError(WordedError):
    """The server cannot be used right now; the message is one sentence for the user (a
    marked template and its values, see `errors`).

    `transient`: the network or the server failed along the way (offline, timeout, 5xx), and
    the same sync later can succeed; otherwise the user has to change something first.
    """

    def __init__(self, template: str, /, transient: bool = False, **values: object) -> None:
        super().__init__(template, **values)
        self.transient = transient


class Precondition(Exception):  # noqa: N818 - the HTTP name, not a failure of ours
    """The server holds another version of the item than the one the write was based on (412)."""


@dataclass(frozen=True)
class CalendarInfo:
    """One calendar of the account: where it is, its name, and what it accepts."""

    url: str
    name: str
    components: tuple[str, ...]

    @property
    def takes_tasks(self) -> bool:
        return "VTODO" in self.components


@dataclass
class Listing:
    """What the server reports about a calendar's items: href → ETag of the items new or changed
    since the token (all items when `complete`), the hrefs deleted since, and the new token."""

    etags: dict[str, str] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)
    token: str | None = None
    complete: bool = False


@dataclass(frozen=True)
class Fetched:
    """An item's text as the server holds it, and that version's ETag."""

    href: str
    text: str
    etag: str


class CalendarServer:
    """One connection to the account's server. Not shared between threads."""

    def __init__(self, url: str, user: str, password: str, timeout: float | None = None) -> None:
        self.url = url
        timeout = timeout or timeout_seconds()
        with self._requests():
            import caldav  # only when syncing: it loads an HTTP stack

            library: Any = caldav
            self._client: Any = library.DAVClient(
                url, username=user, password=password, timeout=timeout, enable_rfc6764=False
            )

    def close(self) -> None:
        self._client.close()

    def calendars(self) -> list[CalendarInfo]:
        """The account's calendars, by name."""
        found = []
        with self._requests():
            for calendar in self._client.principal().calendars():
                url = str(calendar.url)
                name = calendar.get_display_name() or url.rstrip("/").rsplit("/", 1)[-1]
                components = tuple(str(c) for c in calendar.get_supported_components())
                found.append(CalendarInfo(url, str(name), components))
        return sorted(found, key=lambda info: info.name.casefold())

    def calendar(self, url: str) -> CalendarInfo:
        """The calendar at `url`, with what it accepts."""
        with self._requests():
            calendar = self._calendar(url)
            name = calendar.get_display_name() or url
            components = tuple(str(c) for c in calendar.get_supported_components())
        return CalendarInfo(url, str(name), components)

    def listing(self, calendar_url: str, token: str | None) -> Listing:
        """What changed since `token` (RFC 6578 sync-collection); every item with its ETag when
        there is no token, the server has forgotten it, or it offers no sync-token."""
        with self._requests():
            from caldav.lib import error

            calendar = self._calendar(calendar_url)
            if token:
                try:
                    found = calendar.get_objects_by_sync_token(token, disable_fallback=True)
                    return _listing(found, complete=False)
                except error.DAVError as failure:
                    if getattr(failure, "status", None) == 401:
                        raise
                    # An expired token, or no sync-token after all: list everything.
            return _listing(calendar.get_objects_by_sync_token(None), complete=True)

    def fetch(self, calendar_url: str, hrefs: Iterable[str]) -> Iterator[list[Fetched]]:
        """The items at `hrefs`, a chunk at a time; items gone meanwhile are left out."""
        wanted = list(hrefs)
        with self._requests():
            from caldav.lib.url import URL

            calendar = self._calendar(calendar_url)
            for first in range(0, len(wanted), FETCH_CHUNK):
                chunk = [URL.objectify(href) for href in wanted[first : first + FETCH_CHUNK]]
                objects = calendar.multiget(chunk)
                yield [
                    Fetched(str(item.url), str(item.data), _etag(item.props))
                    for item in objects
                    if item.data
                ]

    def get(self, href: str) -> Fetched | None:
        """The item at `href`, or None when there is none."""
        with self._requests():
            response = self._client.request(href, "GET", "", {"Accept": "text/calendar"})
            if response.status == 404:
                return None
            _check(response.status)
            return Fetched(href, _text(response), response.headers.get("ETag", ""))

    def create(self, href: str, text: str) -> str:
        """Put a new item at `href`; its ETag. Precondition when something is there already."""
        return str(self._put(href, text, {"If-None-Match": "*"}))

    def replace(self, href: str, text: str, etag: str) -> str | None:
        """Write over the version `etag` at `href`; the new ETag, or None when the item is gone.
        Precondition when the server holds another version."""
        etag = self._put(href, text, {"If-Match": etag}, missing_ok=True)
        return None if etag is None else str(etag)

    def delete(self, href: str, etag: str) -> None:
        """Delete the version `etag` at `href` (already gone is fine). Precondition when the
        server holds another version."""
        with self._requests():
            response = self._client.request(href, "DELETE", "", {"If-Match": etag})
            if response.status == 412:
                raise Precondition(href)
            if response.status != 404:
                _check(response.status)

    def href_for(self, calendar_url: str, uid: str) -> str:
        """Where a new item with this UID goes: the calendar's URL and the UID, quoted."""
        return calendar_url.rstrip("/") + "/" + quote(uid, safe="") + ".ics"

    def _put(
        self, href: str, text: str, condition: dict[str, str], missing_ok: bool = False
    ) -> Any:
        with self._requests():
            response = self._client.request(href, "PUT", text, {**_CALENDAR_TEXT, **condition})
            if response.status == 412:
                raise Precondition(href)
            if missing_ok and response.status == 404:
                return None
            _check(response.status, writing=True)
            etag = response.headers.get("ETag")
            if not etag:  # the server changed what it stored: ask for the version it has
                fetched = self.get(href)
                etag = fetched.etag if fetched is not None else ""
            return str(etag)

    def _calendar(self, url: str) -> Any:
        return self._client.calendar(url=url)

    @contextmanager
    def _requests(self) -> Iterator[None]:
        """Turn the HTTP stack's and the library's errors into one sentence each."""
        try:
            yield
        except (ServerError, Precondition):
            raise
        except Exception as failure:
            raise _problem(failure, self.url) from failure


def timeout_seconds() -> float:
    """How long a request waits for the server: QUADRANT_CALDAV_TIMEOUT, else TIMEOUT_SECONDS."""
    try:
        chosen = float(os.environ.get(TIMEOUT_VARIABLE, ""))
    except ValueError:
        return TIMEOUT_SECONDS
    return chosen if chosen > 0 else TIMEOUT_SECONDS


def _listing(found: Any, complete: bool) -> Listing:
    listing = Listing(token=found.sync_token, complete=complete)
    deleted = {str(url) for url in getattr(found, "deleted_urls", set()) or set()}
    for item in found:
        href = str(item.url)
        if href in deleted:
            continue
        listing.etags[href] = _etag(item.props)
    listing.deleted = deleted
    return listing


def _etag(props: Any) -> str:
    return str((props or {}).get("{DAV:}getetag", ""))


def _text(response: Any) -> str:
    raw = response.raw
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _check(status: int, writing: bool = False) -> None:
    if status == 401:
        raise ServerError(_WRONG_PASSWORD)
    if status == 403 and writing:
        raise ServerError(
            QT_TRANSLATE_NOOP(
                "Errors", "The server does not let this account change that calendar."
            )
        )
    if status >= 500:
        raise ServerError(
            QT_TRANSLATE_NOOP("Errors", "The server failed (error {status}); try again later."),
            True,
            status=status,
        )
    if status >= 400:
        raise ServerError(
            QT_TRANSLATE_NOOP("Errors", "The server refused the request (error {status})."),
            True,
            status=status,
        )


_WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "The server did not accept the user name and password."
)


def _problem(failure: Exception, url: str) -> ServerError:
    """One sentence for what went wrong talking to the server at `url`."""
    host = urlsplit(url).hostname or url
    status = getattr(failure, "status", None)
    said = _STATUS_LINE.search(str(failure))  # an item's own status in a multi-status answer
    if not isinstance(status, int) and said:
        status = int(said.group(1))
    if isinstance(status, int):
        try:
            _check(status)
        except ServerError as problem:
            return problem
    chain = _causes(failure)
    names = {type(cause).__name__ for cause in chain}
    text = " ".join(str(cause) for cause in chain)
    if "SSLError" in names or "CERTIFICATE" in text.upper():
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A secure connection to {host} cannot be made (TLS error): check the address "
                "and the server's certificate.",
            ),
            host=host,
        )
    if "NameResolutionError" in text or "NameResolutionError" in names or "gaierror" in names:
        return ServerError(
            QT_TRANSLATE_NOOP("Errors", "The server {host} cannot be found: check the address."),
            host=host,
        )
    if "Timeout" in text or any("Timeout" in name for name in names):
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors", "The server {host} did not answer in time; try again later."
            ),
            True,
            host=host,
        )
    if names & _CUT_SHORT or "closed connection without response" in text:
        return ServerError(
            QT_TRANSLATE_NOOP("Errors", "The connection to {host} broke off; try again later."),
            True,
            host=host,
        )
    if "XMLSyntaxError" in names:  # an answer cut short where no length was declared
        return ServerError(
            QT_TRANSLATE_NOOP(
                "Errors", "The answer from {host} was cut short or is not CalDAV; try again later."
            ),
            True,
            host=host,
        )
    if any(name.endswith(("ConnectionError", "ProtocolError")) for name in names) or isinstance(
        failure, OSError
    ):
        return ServerError(
            QT_TRANSLATE_NOOP("Errors", "The server {host} cannot be reached; try again later."),
            True,
            host=host,
        )
    return ServerError(
        QT_TRANSLATE_NOOP(
            "Errors", "The server {host} gave an answer Quadrant cannot use ({reason})."
        ),
        True,
        host=host,
        reason=failure,
    )


_STATUS_LINE = re.compile(r"HTTP/\d(?:\.\d)? (\d{3})\b")
_CUT_SHORT = {
    "IncompleteRead",
    "ChunkedEncodingError",
    "ConnectionResetError",
    "RemoteDisconnected",
}


def _causes(failure: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = failure
    while current is not None and len(found) < 10:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found
