"""The CalDAV account: the server, the user, the calendar for Quadrant's blocks and tasks, and
the calendars shown read-only. Kept in `calendar-account.ini` beside the data file, which the
window (File ▸ Calendar Account…) and `quadrant sync setup` both write through here; it holds
no password.

The password comes from QUADRANT_CALDAV_PASSWORD when set (terminals, scripts, tests), else
from the system keyring. Where there is no keyring, the window asks for it each time. It is
never written to a file or a log.
"""

import configparser
import os
from dataclasses import dataclass
from pathlib import Path

from app.model.file_writing import replacing

ACCOUNT_FILE = "calendar-account.ini"
PASSWORD_VARIABLE = "QUADRANT_CALDAV_PASSWORD"
KEYRING_SERVICE = "Quadrant CalDAV"
_SECTION = "account"


@dataclass(frozen=True)
class Account:
    """Where to sync: `calendar` is the URL of Quadrant's own calendar ("" until chosen),
    `read_only` the URLs of calendars shown as meetings."""

    url: str
    user: str
    calendar: str = ""
    calendar_name: str = ""
    read_only: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """Who the password belongs to, in the keyring."""
        return f"{self.user}@{self.url}"


def load_account(data_dir: Path) -> Account | None:
    """The account set up for this data folder, or None."""
    settings = configparser.ConfigParser(interpolation=None)
    try:
        settings.read(data_dir / ACCOUNT_FILE, encoding="utf-8")
        section = settings[_SECTION]
        read_only = tuple(line for line in section.get("read_only", "").split("\n") if line)
        return Account(
            section["url"],
            section["user"],
            section.get("calendar", ""),
            section.get("calendar_name", ""),
            read_only,
        )
    except (configparser.Error, KeyError, OSError, UnicodeError):
        return None


def save_account(data_dir: Path, account: Account) -> None:
    """Keep `account` for this data folder (the file is replaced whole)."""
    settings = configparser.ConfigParser(interpolation=None)
    settings[_SECTION] = {
        "url": account.url,
        "user": account.user,
        "calendar": account.calendar,
        "calendar_name": account.calendar_name,
        "read_only": "\n".join(account.read_only),
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    with replacing(data_dir / ACCOUNT_FILE) as temporary, temporary.open("w") as file:
        settings.write(file)


def password(account: Account) -> str | None:
    """The account's password: QUADRANT_CALDAV_PASSWORD, else the keyring's; None if neither."""
    given = os.environ.get(PASSWORD_VARIABLE)
    if given:
        return given
    try:
        import keyring  # only when a sync needs it: it looks for a keyring service

        found = keyring.get_password(KEYRING_SERVICE, account.key)
    except Exception:  # no keyring on this system, or it is locked: ask instead
        return None
    return found if isinstance(found, str) else None


def keep_password(account: Account, secret: str) -> bool:
    """Put the password in the keyring; False where there is no keyring to keep it."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account.key, secret)
    except Exception:
        return False
    return True
