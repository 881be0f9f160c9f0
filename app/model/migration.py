"""Bringing a data file's schema up to date with Alembic. Imported only when that is needed.

The upgrade is all-or-nothing (see migrations/env.py). Before it, the file is copied beside
itself as `quadrant.sqlite3.before-<head>`; a copy that exists already is never replaced (it
may be the only copy of the original, left by an earlier try), so a new copy then gets a
timestamped name. Every failure becomes one StorageError that names the copy.
"""

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from app.model.backups import write_copy
from app.model.database import BUSY_TIMEOUT_SECONDS, SCHEMA_HEAD
from app.model.errors import StorageError
from app.model.storage_errors import busy_error, is_busy, reason, refuse_newer
from app.model.wording import QT_TRANSLATE_NOOP

MIGRATIONS = Path(__file__).with_name("migrations")
_COMPANIONS = ("-wal", "-shm", "-journal")


def alembic_config(path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Config:
    """Alembic's configuration for the data file at `path`.

    migrations/env.py takes the file from `config.attributes["path"]`; the URL option is set
    for Alembic's own commands, with "%" doubled because Config options are interpolated.
    """
    config = Config()
    config.set_main_option("script_location", _escaped(str(MIGRATIONS)))
    config.set_main_option("sqlalchemy.url", _escaped(f"sqlite:///{path}"))
    config.attributes["path"] = path
    config.attributes["busy_timeout"] = busy_timeout
    return config


def _escaped(option: str) -> str:
    return option.replace("%", "%%")


def script_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config(Path("unused"))).get_current_head()


def upgrade(path: Path, version: str | None, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> None:
    """Migrate the file at `path` from `version` (None: new) to SCHEMA_HEAD.

    A revision this version does not know means a newer Quadrant wrote the file: refuse. An
    existing file is copied beside itself before its schema is changed. A file this call
    created is removed again if the upgrade fails, so no empty file is left behind.
    """
    config = alembic_config(path, busy_timeout)
    scripts = ScriptDirectory.from_config(config)
    copy = None
    if version is not None:
        # Exact names only: get_revision() would also take "0" as a prefix of "0001".
        if version not in {script.revision for script in scripts.walk_revisions()}:
            raise refuse_newer(path, version)
        if version == SCHEMA_HEAD:
            return
        copy = _copy_before_upgrade(path)
    created = not path.exists()
    try:
        command.upgrade(config, SCHEMA_HEAD)
    except (DBAPIError, SQLAlchemyError, CommandError, sqlite3.Error, OSError) as error:
        if created:
            for name in (path.name, *(path.name + suffix for suffix in _COMPANIONS)):
                path.with_name(name).unlink(missing_ok=True)
        cause = error.orig if isinstance(error, DBAPIError) and error.orig else error
        if isinstance(cause, sqlite3.Error) and is_busy(cause):
            raise busy_error() from error
        if copy:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Quadrant could not upgrade the data file {path} ({reason}); the file was "
                    "not changed; a copy from before the upgrade is kept at {copy}",
                ),
                path=path,
                reason=reason(cause),
                copy=copy,
            ) from error
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Quadrant could not upgrade the data file {path} ({reason}); "
                "the file was not changed",
            ),
            path=path,
            reason=reason(cause),
        ) from error


def _copy_before_upgrade(path: Path) -> Path:
    target = path.with_name(f"{path.name}.before-{SCHEMA_HEAD}")
    if target.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = target.with_name(f"{target.name}-{stamp}")
    try:
        return write_copy(path, target)
    except (sqlite3.Error, OSError) as error:
        if isinstance(error, sqlite3.Error) and is_busy(error):
            raise busy_error() from error
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Quadrant could not copy the data file {path} before upgrading it "
                "({reason}); the file was not changed",
            ),
            path=path,
            reason=reason(error),
        ) from error
