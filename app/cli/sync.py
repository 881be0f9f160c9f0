"""`quadrant sync`: one two-way sync with the CalDAV calendar, from a terminal; `sync setup URL
--user NAME` keeps the account, `sync conflicts` lists what waits for a decision and `sync
resolve UID --keep mine|theirs|both` settles it.

The password comes from QUADRANT_CALDAV_PASSWORD, else the system keyring (`setup` asks for it
on a terminal and keeps it there). Exit codes: 2 for something to set up first, 1 when the
server or the data file cannot be used (one sentence on stderr).
"""

import argparse
import getpass
import json
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from app.cli.session import EXIT_STORAGE, EXIT_USAGE, add_subcommand, fail, open_services
from app.model.errors import InvalidInput
from app.model.sync_account import (
    PASSWORD_VARIABLE,
    Account,
    keep_password,
    load_account,
    password,
    save_account,
)
from app.model.week import local_zone

if TYPE_CHECKING:
    from app.model.caldav_server import CalendarServer
    from app.model.services import Services
    from app.model.sync_conflicts import Conflicts

EXAMPLES = (
    "quadrant sync setup https://dav.example.com/ --user ana   # once",
    "quadrant sync            # send and fetch what changed",
    "quadrant sync --json",
    "quadrant sync conflicts",
    "quadrant sync resolve 5f0c… --keep theirs",
)
SETUP_EXAMPLES = (
    "quadrant sync setup https://dav.example.com/ --user ana",
    "quadrant sync setup https://dav.example.com/ --user ana --calendar Work --show Team",
)
RESOLVE_EXAMPLES = (
    "quadrant sync resolve 5f0c… --keep mine     # send mine over theirs",
    "quadrant sync resolve 5f0c… --keep both     # theirs comes in as a copy",
)
NO_ACCOUNT = "no calendar account yet: run `quadrant sync setup URL --user NAME` first"


def add_parser(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    sync = add_subcommand(
        commands, "sync", "sync tasks and blocks with a CalDAV calendar", EXAMPLES
    )
    sync.add_argument("--json", action="store_true", help="print what was done as JSON")
    sync.set_defaults(run=_sync)
    steps = sync.add_subparsers(title="steps", metavar="STEP")
    setup = add_subcommand(
        steps, "setup", "keep the server, user and calendar to sync with", SETUP_EXAMPLES
    )
    setup.add_argument("url", metavar="URL", help="the CalDAV server's address")
    setup.add_argument("--user", required=True, metavar="NAME", help="the user name")
    setup.add_argument("--calendar", metavar="NAME", help="the calendar for Quadrant's items")
    setup.add_argument(
        "--show",
        action="append",
        default=[],
        metavar="NAME",
        help="another calendar to show as meetings, read-only (repeatable)",
    )
    setup.set_defaults(run=_setup)
    conflicts = add_subcommand(
        steps, "conflicts", "list the conflicts waiting for you", ("quadrant sync conflicts",)
    )
    conflicts.add_argument("--json", action="store_true", help="print them as JSON")
    conflicts.set_defaults(run=_conflicts)
    resolve = add_subcommand(steps, "resolve", "settle a conflict", RESOLVE_EXAMPLES)
    resolve.add_argument("uid", metavar="UID", help="the item's uid (see `sync conflicts`)")
    resolve.add_argument("--keep", required=True, choices=["mine", "theirs", "both"])
    resolve.set_defaults(run=_resolve)


def _connect(account: Account, secret: str) -> "CalendarServer":
    from app.model.caldav_server import CalendarServer

    return CalendarServer(account.url, account.user, secret)


def _setup(args: argparse.Namespace, data_dir: Path) -> int:
    from app.model.caldav_server import ServerError

    account = Account(args.url.strip(), args.user.strip())
    if not account.url or not account.user:
        raise InvalidInput("give the server's address and a user name")
    secret = password(account)
    asked = secret is None
    if secret is None:
        if not sys.stdin.isatty():
            return fail(f"no password: set {PASSWORD_VARIABLE} or run this on a terminal", 2)
        secret = getpass.getpass(f"Password for {account.user} at {account.url}: ")
    try:
        server = _connect(account, secret)
        calendars = server.calendars()
        server.close()
    except ServerError as error:
        return fail(str(error), EXIT_STORAGE)
    usable = [info for info in calendars if info.takes_tasks]
    if args.calendar:
        wanted = [c for c in calendars if args.calendar in (c.name, c.url)]
        if not wanted:
            names = ", ".join(f"“{c.name}”" for c in calendars) or "none"
            return fail(f"no calendar “{args.calendar}” on the server (it has {names})", 2)
        if not wanted[0].takes_tasks:
            from app.model.sync import no_tasks

            return fail(no_tasks(wanted[0].name), EXIT_USAGE)
        chosen = wanted[0]
    elif usable:
        chosen = next((c for c in usable if c.name.casefold() == "quadrant"), usable[0])
    else:
        return fail("none of the account's calendars accepts tasks (VTODO)", EXIT_USAGE)
    shown = []
    for wanted_name in args.show:
        found = [c for c in calendars if wanted_name in (c.name, c.url) and c.url != chosen.url]
        if not found:
            return fail(f"no other calendar “{wanted_name}” on the server", EXIT_USAGE)
        shown.append(found[0].url)
    others = tuple(dict.fromkeys(shown))
    save_account(data_dir, Account(account.url, account.user, chosen.url, chosen.name, others))
    kept = asked and keep_password(account, secret)
    print(f"Quadrant syncs with “{chosen.name}” ({chosen.url}) as {account.user}.")
    if asked and not kept:
        print(f"There is no keyring here: set {PASSWORD_VARIABLE} for `quadrant sync`.")
    return 0


def _account(data_dir: Path) -> tuple[Account, str]:
    account = load_account(data_dir)
    if account is None or not account.calendar:
        raise InvalidInput(NO_ACCOUNT)
    secret = password(account)
    if secret is None:
        raise InvalidInput(f"no password for {account.user}: set {PASSWORD_VARIABLE}")
    return account, secret


def _sync(args: argparse.Namespace, data_dir: Path) -> int:
    from app.model.caldav_server import ServerError
    from app.model.sync_run import sync_once

    account, secret = _account(data_dir)
    zone = local_zone()
    with open_services(data_dir) as services:
        try:
            report = sync_once(
                services.file, account, secret, zone, lambda: datetime.now(zone).date()
            )
        except ServerError as error:
            return fail(str(error), EXIT_STORAGE)
    if args.json:
        print(json.dumps(report.as_json(), ensure_ascii=False))
    else:
        print(report.summary())
    return 0


def _conflicts_of(services: "Services", data_dir: Path) -> "Conflicts":
    """The saved account's conflicts, read and answered as a sync reads the server's text."""
    from app.model.sync import CalendarSync
    from app.model.sync_conflicts import Conflicts

    account = load_account(data_dir)
    if account is None:
        raise InvalidInput(NO_ACCOUNT)
    zone = local_zone()
    engine = CalendarSync(services.file, zone, lambda: datetime.now(zone).date())
    return Conflicts(services.file, account.calendar, engine.read)


def _conflicts(args: argparse.Namespace, data_dir: Path) -> int:
    with open_services(data_dir) as services:
        found = _conflicts_of(services, data_dir).open()
    if args.json:
        rows = [{"uid": c.uid, "kind": str(c.kind), "mine": c.mine, "theirs": c.theirs}
                for c in found]  # fmt: skip
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for conflict in found:
            print(f"{conflict.uid}  {conflict.describe()}")
    return 0


def _resolve(args: argparse.Namespace, data_dir: Path) -> int:
    from app.model.sync_item import Keep

    with open_services(data_dir) as services:
        conflicts = _conflicts_of(services, data_dir)
        if all(conflict.uid != args.uid for conflict in conflicts.open()):
            raise InvalidInput(f"no conflict for {args.uid} (see `quadrant sync conflicts`)")
        conflicts.resolve(args.uid, Keep(args.keep))
    print(f"Kept {args.keep}; the next sync sends it.")
    return 0
