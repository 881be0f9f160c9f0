"""Errors the model raises for the user to read: each carries a one-line, plain-words message."""


class InvalidInput(ValueError):
    """Something the user typed cannot be used (empty title, impossible date, bad estimate...)."""


class StorageError(Exception):
    """The data file cannot be used as asked; nothing was changed."""


class NewerDatabase(StorageError):
    """The data file was written by a newer Quadrant; it is never written to."""


class StorageBusy(StorageError):
    """Another program holds the data file locked for longer than we are willing to wait."""
