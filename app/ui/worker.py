"""Work on a background thread whose results reach the window's thread as (queued) signals.

A worker may finish after its window was closed and its QObject deleted; emitting on a deleted
object from another thread can crash the process, so every emit goes through `emit_alive`.
"""

import threading
from collections.abc import Callable
from contextlib import suppress

import shiboken6
from PySide6.QtCore import QObject, SignalInstance


def in_background(name: str, work: Callable[[], None]) -> threading.Thread:
    """Start `work` on a daemon thread named `name` (it never keeps the app from quitting)."""
    thread = threading.Thread(target=work, name=name, daemon=True)
    thread.start()
    return thread


def emit_alive(owner: QObject, signal: SignalInstance, *args: object) -> None:
    """Emit `signal` of `owner` from a worker thread, unless Qt has deleted `owner` meanwhile."""
    if shiboken6.isValid(owner):
        with suppress(RuntimeError):  # deleted between the check and the emit
            signal.emit(*args)
