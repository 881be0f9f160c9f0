"""The SQLAlchemy engine for the data file: WAL, synchronous=FULL, foreign keys, busy timeout.

Transactions start with BEGIN IMMEDIATE so a user operation takes the write lock before it
reads what it will change; another writer makes it wait (up to the busy timeout), never fail
half-way. A connection given the execution option READ_ONLY starts a plain (deferred) BEGIN
instead: in WAL mode it reads the last committed state without waiting for any writer.
"""

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import SingletonThreadPool

from app.model.database import BUSY_TIMEOUT_SECONDS, apply_pragmas

READ_ONLY = "quadrant_read_only"


def create_sqlite_engine(path: Path | str, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Engine:
    # URL.create, not an f-string: a folder name with "?" or "#" would be read as URL syntax
    # and the data would go to another file.
    url = URL.create("sqlite", database=str(path))
    # One connection per thread: `DataFile.data_version` relies on it.
    engine = create_engine(
        url, connect_args={"timeout": busy_timeout}, poolclass=SingletonThreadPool
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        apply_pragmas(dbapi_connection)
        dbapi_connection.execute("PRAGMA journal_mode = WAL")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        read_only = connection.get_execution_options().get(READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine
