"""Fixtures for the CLI tests: the local zone as a test needs it."""

import os
import time
from collections.abc import Iterator

import pytest


def set_zone(name: str) -> None:
    os.environ["TZ"] = name
    time.tzset()


@pytest.fixture
def berlin() -> Iterator[None]:
    """The local zone is Europe/Berlin for the test (TZ, and libc's idea of it)."""
    old = os.environ.get("TZ")
    set_zone("Europe/Berlin")
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()
