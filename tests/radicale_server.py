"""A real Radicale CalDAV server on 127.0.0.1 for the sync tests and benchmarks, and a second
client (a "phone") that edits its calendars with the `caldav` library, as another device would.

The server runs in its own process with a temporary storage folder, a free port and plain-text
users; `start` waits (at most 15 s) until it answers, `stop` ends it. It can be stopped and
started again on the same port and folder, as a server that goes away for a while.
"""

import socket
import subprocess
import sys
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

USER = "ana"
PASSWORD = "open sesame"
START_SECONDS = 15


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Radicale:
    """One Radicale server process; `url` is its root."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        (folder / "config").write_text(
            "[server]\n"
            f"hosts = 127.0.0.1:{self.port}\n"
            "[auth]\n"
            "type = htpasswd\n"
            f"htpasswd_filename = {folder / 'users'}\n"
            "htpasswd_encryption = plain\n"
            "delay = 0\n"
            "[storage]\n"
            f"filesystem_folder = {folder / 'storage'}\n"
            "[rights]\n"
            "type = owner_only\n"
            "[web]\n"
            "type = none\n"
            "[logging]\n"
            "level = warning\n",
            encoding="utf-8",
        )
        self._process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        log = (self.folder / "log").open("ab")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--config", str(self.folder / "config")],
            stdout=log,
            stderr=log,
        )
        log.close()
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                raise RuntimeError(f"Radicale stopped: {(self.folder / 'log').read_text()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Radicale did not answer within {START_SECONDS} s")

    def stop(self) -> None:
        if self._process is None:
            return
        self._process.terminate()
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(10)
        self._process = None

    def client(self) -> Any:
        import caldav

        library: Any = caldav
        return library.DAVClient(self.url, username=USER, password=PASSWORD, timeout=10)

    def make_calendar(self, name: str, components: tuple[str, ...] = ("VEVENT", "VTODO")) -> str:
        """A new calendar of the user's; its URL."""
        principal = self.client().principal()
        calendar = principal.make_calendar(
            name=name,
            cal_id=f"{name.lower().replace(' ', '-')}-{uuid.uuid4().hex[:8]}",
            supported_calendar_component_set=list(components),
        )
        return str(calendar.url)


class Phone:
    """Another device editing a calendar through the `caldav` library."""

    def __init__(self, server: Radicale, calendar_url: str) -> None:
        self.calendar = server.client().calendar(url=calendar_url)

    def add_event(self, summary: str, start: datetime, minutes: int = 60) -> str:
        uid = str(uuid.uuid4())
        end = start + timedelta(minutes=minutes)
        self.calendar.add_event(uid=uid, summary=summary, dtstart=start, dtend=end)
        return uid

    def add_todo(self, summary: str) -> str:
        uid = str(uuid.uuid4())
        self.calendar.add_todo(uid=uid, summary=summary)
        return uid

    def item(self, uid: str) -> Any:
        return self.calendar.get_object_by_uid(uid)

    def rename(self, uid: str, summary: str) -> None:
        item = self.item(uid)
        component = item.icalendar_component
        component["SUMMARY"] = summary
        item.save()

    def delete(self, uid: str) -> None:
        self.item(uid).delete()

    def items(self) -> list[Any]:
        """Every event and to-do in the calendar, loaded."""
        found = self.calendar.get_objects_by_sync_token(None)
        gone = {str(url) for url in found.deleted_urls}
        return [item.load() for item in found if str(item.url) not in gone]

    def summaries(self) -> list[str]:
        """The titles of every event and to-do in the calendar, sorted."""
        return sorted(str(item.icalendar_component.get("SUMMARY", "")) for item in self.items())

    def uids(self) -> list[str]:
        return sorted(str(item.icalendar_component.get("UID", "")) for item in self.items())
