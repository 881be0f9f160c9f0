"""DataFile: the open data file that the services share — its connection, its transactions and
its clock.

Every operation of a service runs in one `transaction` (BEGIN IMMEDIATE, so it takes the write
lock before reading what it will change); a read runs in a read transaction, which in WAL mode
sees the last commit without waiting for a writer.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from app.model.database import BUSY_TIMEOUT_SECONDS
from app.model.engine import READ_ONLY, create_sqlite_engine
from app.model.storage_errors import storage_error

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


class DataFile:
    def __init__(self, engine: Engine, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._clock = clock

    @classmethod
    def open(
        cls, path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS, clock: Clock = utc_now
    ) -> Self:
        """The data file at `path`, already prepared by `database.open_database`."""
        return cls(create_sqlite_engine(path, busy_timeout), clock)

    def close(self) -> None:
        self._engine.dispose()

    def now(self) -> datetime:
        """The current instant (aware, UTC), to the microsecond the file stores."""
        return self._clock().astimezone(UTC)

    def data_version(self) -> int:
        """A number that changes when another program commits to the data file.

        The services work through one connection per thread, and SQLite leaves this number
        alone for that connection's own commits — so a change means someone else wrote.
        """
        with self.transaction(read_only=True) as connection:
            return int(connection.execute(text("PRAGMA data_version")).scalar_one())

    @contextmanager
    def transaction(self, read_only: bool = False) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back if it raises. Database
        errors come out as StorageError (or InvalidInput for a broken rule) in plain words."""
        try:
            with self._engine.connect() as connection:
                if read_only:
                    connection = connection.execution_options(**{READ_ONLY: True})
                with connection.begin():
                    yield connection
        except DBAPIError as error:
            raise storage_error(error.orig) from error
        except sqlite3.Error as error:  # from the connection under it (see `capture`)
            raise storage_error(error) from error
