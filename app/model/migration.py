"""Bringing a data file's schema up to date with Alembic. Imported only when that is needed."""

import sqlite3
from contextlib import closing
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from app.model.database import SCHEMA_HEAD, refuse_newer

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(path: Path) -> Config:
    """Alembic's configuration for the data file at `path`.

    migrations/env.py takes the file from `config.attributes["path"]`; the URL option is set
    for Alembic's own commands, with "%" doubled because Config options are interpolated.
    """
    config = Config()
    config.set_main_option("script_location", _escaped(str(MIGRATIONS)))
    config.set_main_option("sqlalchemy.url", _escaped(f"sqlite:///{path}"))
    config.attributes["path"] = path
    return config


def _escaped(option: str) -> str:
    return option.replace("%", "%%")


def script_head() -> str | None:
    return ScriptDirectory.from_config(alembic_config(Path("unused"))).get_current_head()


def upgrade(path: Path, version: str | None) -> None:
    """Migrate the file at `path` from `version` (None: new) to SCHEMA_HEAD.

    A revision this version does not know means a newer Quadrant wrote the file: refuse. An
    existing file is copied beside itself before its schema is changed.
    """
    config = alembic_config(path)
    scripts = ScriptDirectory.from_config(config)
    if version is not None:
        # Exact names only: get_revision() would also take "0" as a prefix of "0001".
        if version not in {script.revision for script in scripts.walk_revisions()}:
            raise refuse_newer(path, version)
        if version == SCHEMA_HEAD:
            return
        backup(path, path.with_name(f"{path.name}.before-{SCHEMA_HEAD}"))
    command.upgrade(config, SCHEMA_HEAD)


def backup(path: Path, target: Path) -> None:
    """A consistent copy through SQLite's backup API: unlike copying the file, it includes
    transactions still in the write-ahead log (after a crash, say)."""
    target.unlink(missing_ok=True)
    with closing(sqlite3.connect(path)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
