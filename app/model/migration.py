"""Bringing a data file's schema up to date with Alembic. Imported only when that is needed."""

import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError

from app.model.database import SCHEMA_HEAD, refuse_newer

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(path: Path) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", f"sqlite:///{path}")
    return config


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
        try:
            scripts.get_revision(version)
        except CommandError:
            raise refuse_newer(path, version) from None
        if version == SCHEMA_HEAD:
            return
        shutil.copy2(path, path.with_name(f"{path.name}.before-{SCHEMA_HEAD}"))
    command.upgrade(config, SCHEMA_HEAD)
