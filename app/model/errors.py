"""Errors the model raises for the user to read: each carries a one-line, plain-words message."""


class InvalidInput(ValueError):  # noqa: N818 -- public name, used by the UI and CLI
    """Something the user typed cannot be used (empty title, impossible date, bad estimate...)."""


class StorageError(Exception):
    """The data file cannot be used as asked; nothing was changed."""


class NewerDatabase(StorageError):  # noqa: N818 -- public name
    """The data file was written by a newer Quadrant; it is never written to."""


class StorageBusy(StorageError):  # noqa: N818 -- public name
    """Another program holds the data file locked for longer than we are willing to wait."""


class ForeignDatabase(StorageError):  # noqa: N818 -- public name
    """The data file is another program's SQLite database; it is never migrated or written."""
