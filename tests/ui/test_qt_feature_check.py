"""PySide6's check of every imported module for its own name reads each file and lets it go:
the window's and SQLAlchemy's sources are not kept in memory, and the check still answers."""

import json
import os
import subprocess
import sys

import app.model.task
import app.ui.board


def test_the_sources_of_imported_modules_are_not_kept_in_memory() -> None:
    code = (
        "import linecache, json, app.ui.application, app.model.services;"
        "print(json.dumps([name for name in linecache.cache if name.endswith('.py')]))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    kept = json.loads(done.stdout.splitlines()[-1])
    assert [name for name in kept if "sqlalchemy" in name or "/app/" in name] == []


def test_pysides_check_still_tells_who_uses_it() -> None:
    check = sys.modules["shibokensupport.feature"]._mod_uses_pyside
    assert check(app.ui.board) is True
    assert check(app.model.task) is False
    assert check(sys) is False  # built in: no file
