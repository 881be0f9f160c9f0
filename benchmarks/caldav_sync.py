"""Two-way CalDAV sync at size, against a real Radicale on 127.0.0.1: 2,000 items made in
Quadrant sent up, 2,000 made on another device fetched down, then a sync with nothing new and
one with a single change on each side.

    .venv/bin/python -m benchmarks.caldav_sync [--items 2000]

Figures only: nothing here passes or fails on time. Radicale writes each item to its own file
and fsyncs it; a sync's time is mostly the server's.
"""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.model.block import BlockDraft, BlockEdit, BlockKind
from app.model.caldav_server import CalendarServer
from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.sync import CalendarSync, SyncReport
from app.model.task import TaskDraft
from tests.radicale_server import PASSWORD, USER, Phone, Radicale

MONDAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def timed(label: str, run: Callable[[], SyncReport]) -> None:
    start = time.perf_counter()
    report = run()
    seconds = time.perf_counter() - start
    print(f"  {label:<38} {seconds:7.2f} s   {report.summary()[:70]}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=2000, help="items each way (default 2000)")
    args = parser.parse_args(argv)
    half = args.items // 2
    with tempfile.TemporaryDirectory(prefix="quadrant-caldav-") as folder:
        radicale = Radicale(Path(folder) / "server")
        radicale.start()
        try:
            calendar = radicale.make_calendar("Quadrant")
            services = Services.open(open_database(Path(folder) / "data").path)
            drafts = []
            for n in range(half):
                start = MONDAY + timedelta(hours=n % 10, days=n // 10)
                drafts.append(BlockDraft(start, start + timedelta(minutes=45), f"Block {n}"))
            services.blocks.add(drafts)
            services.tasks.add([TaskDraft(f"Task {n}", Quadrant.DO) for n in range(half)])
            engine = CalendarSync(services.file, ZoneInfo("Europe/Berlin"), date.today)
            server = CalendarServer(radicale.url, USER, PASSWORD)
            print(f"CalDAV sync with Radicale on 127.0.0.1, {args.items} items each way")
            timed(f"push {args.items} new items", lambda: engine.run(server, calendar))
            phone = Phone(radicale, calendar)
            began = time.perf_counter()
            for n in range(half):
                phone.add_event(f"Phone event {n}", MONDAY + timedelta(days=n // 8, hours=n % 8))
                phone.add_todo(f"Phone task {n}")
            made = time.perf_counter() - began
            print(f"  (the other device made {args.items} items in {made:.1f} s)")
            timed(f"pull {args.items} new items", lambda: engine.run(server, calendar))
            timed("nothing new (sync-token)", lambda: engine.run(server, calendar))
            block = services.blocks.between(MONDAY, MONDAY + timedelta(days=1))[0]
            services.blocks.edit(block.id, BlockEdit("Changed here", BlockKind.FOCUS, "", None))
            phone.rename(phone.uids()[0], "Changed there")
            timed("one change each way", lambda: engine.run(server, calendar))
            server.close()
            services.close()
        finally:
            radicale.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
