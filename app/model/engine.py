"""The SQLAlchemy engine for the data file: WAL, synchronous=FULL, foreign keys, busy timeout.

Transactions start with BEGIN IMMEDIATE so a user operation takes the write lock before it
reads what it will change; another writer makes it wait (up to the busy timeout), never fail
half-way.
"""

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from app.model.database import BUSY_TIMEOUT_SECONDS, apply_pragmas


def create_sqlite_engine(path: Path | str, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        apply_pragmas(dbapi_connection)
        dbapi_connection.execute("PRAGMA journal_mode = WAL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
