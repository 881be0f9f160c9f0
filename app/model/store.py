"""Store: the data file's transactions, shared by the task and time-block operations.

Every public operation of the services runs in one `_transaction` (BEGIN IMMEDIATE, so it
takes the write lock before reading what it will change) and reports what it did.
"""

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from app.model.database import BUSY_TIMEOUT_SECONDS, busy_error, is_busy
from app.model.engine import READ_ONLY, create_sqlite_engine
from app.model.errors import InvalidInput, StorageError

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


def naive_utc(instant: datetime | None) -> datetime | None:
    """How instants are stored: UTC without an offset."""
    return instant.astimezone(UTC).replace(tzinfo=None) if instant else None


class Store:
    def __init__(self, engine: Engine, clock: Clock = utc_now) -> None:
        self._engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._clock = clock

    @classmethod
    def open(cls, path: Path, busy_timeout: float = BUSY_TIMEOUT_SECONDS) -> Self:
        """A service on a data file already prepared by `database.open_database`."""
        return cls(create_sqlite_engine(path, busy_timeout))

    def close(self) -> None:
        self._engine.dispose()

    def data_version(self) -> int:
        """A number that changes when another program commits to the data file.

        The service works through one connection per thread, and SQLite leaves this number
        alone for that connection's own commits — so a change means someone else wrote.
        """
        with self._transaction(read_only=True) as session:
            return int(session.execute(text("PRAGMA data_version")).scalar_one())

    def _now(self) -> datetime:
        now = naive_utc(self._clock())
        assert now is not None
        return now

    @contextmanager
    def _transaction(self, read_only: bool = False) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                if read_only:
                    session.connection(execution_options={READ_ONLY: True})
                yield session
        except DBAPIError as error:
            raise _storage_error(error.orig) from error
        except sqlite3.Error as error:  # from the raw connection `reading` uses
            raise _storage_error(error) from error

    @staticmethod
    def _raw(session: Session) -> sqlite3.Connection:
        connection = session.connection().connection.driver_connection
        assert isinstance(connection, sqlite3.Connection)
        return connection


def _storage_error(error: BaseException | None) -> Exception:
    """What the user reads when the database refused an operation."""
    if isinstance(error, sqlite3.Error) and is_busy(error):
        return busy_error()
    if isinstance(error, sqlite3.IntegrityError):
        return InvalidInput(f"that change breaks a rule of the data file: {error}")
    return StorageError(f"the data file could not be used: {error}")
