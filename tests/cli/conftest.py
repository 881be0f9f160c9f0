"""Fixtures for the CLI tests: the local zone as a test needs it, and `quadrant` run in
Europe/Berlin (test_cli.py runs it in the machine's own zone)."""

import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from .test_cli import Cli


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


@pytest.fixture
def cli(tmp_path: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch, berlin: None) -> Cli:
    monkeypatch.delenv("QUADRANT_DATA_DIR", raising=False)
    return Cli(tmp_path / "data", capsys, monkeypatch)
