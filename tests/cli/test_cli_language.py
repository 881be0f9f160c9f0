"""The CLI speaks English whatever language the desktop chose: its error messages are the
English sentences of the model's errors, word for word, and its JSON does not change."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]


def quadrant(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python -m app` in a German desktop session."""
    env = {k: v for k, v in os.environ.items() if k != "QUADRANT_DATA_DIR"}
    env.update(QUADRANT_LANGUAGE="de", LANGUAGE="de", LANG="de_DE.UTF-8")
    return subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=60, check=False,
    )  # fmt: skip


def test_errors_stay_english_in_a_german_session(tmp_path: Path) -> None:
    empty = quadrant(tmp_path, "add", "   ")
    assert (empty.returncode, empty.stdout) == (2, "")
    assert "a task needs a title" in empty.stderr
    assert "Traceback" not in empty.stderr

    no_day = quadrant(tmp_path, "add", "Budget", "--due", "2026-02-30")
    assert no_day.returncode == 2
    assert "“2026-02-30” is not a date: February 2026 has 28 days" in no_day.stderr

    added = quadrant(tmp_path, "add", "Budget", "--due", "2026-02-27", "--json")
    assert added.returncode == 0, added.stderr
    [task] = json.loads(added.stdout)
    assert (task["title"], task["quadrant"], task["due"]) == ("Budget", "inbox", "2026-02-27")
