"""The command line's part of data safety: what it refuses, how it reports storage failures,
and that a title cannot take over the terminal it is printed on."""

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.model.database import DB_FILENAME

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_empty_data_dir_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "--data-dir", "", "list")
    assert (code, out) == (2, "")
    assert err == "quadrant: --data-dir needs a folder; it was given an empty name\n"


@pytest.mark.parametrize("title", ["\u200b", "\u200b \u2060\ufeff", "\u3164", "\u0301"])
def test_title_of_invisible_characters_is_refused(
    data_dir: Path, capsys: pytest.CaptureFixture[str], title: str
) -> None:
    code, _, err = run(capsys, "--data-dir", str(data_dir), "add", title)
    assert code == 2
    assert err == ("quadrant: a task needs a title you can see; this one is only invisible marks\n")


def test_line_separator_does_not_split_a_pasted_title(
    data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("one\u2028line\ntwo\x0cstill two\n"))
    assert run(capsys, "--data-dir", str(data_dir), "add", "-")[0] == 0
    code, out, _ = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 0
    assert "one line" in out
    assert "two still two" in out
    assert "Inbox (2)" in out


def test_long_data_folder_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = tmp_path / ("d" * 200) / ("e" * 200) / ("f" * 200)
    code, _, err = run(capsys, "--data-dir", str(data_dir), "list")
    assert code == 1
    assert err.startswith("quadrant: the data folder's path is too long (")
    assert err.count("\n") == 1


def test_escape_sequences_in_titles_are_shown_not_obeyed_on_a_terminal(data_dir: Path) -> None:
    env = {**os.environ, "QUADRANT_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "app"]
    subprocess.run([*command, "add", "red \x1b[31malert\x1b]0;owned\x07"], env=env, check=True)
    piped = subprocess.run([*command, "list"], env=env, capture_output=True, text=True)
    assert "\x1b[31m" in piped.stdout  # a pipe gets the title as stored

    leader, follower = pty.openpty()
    child = subprocess.Popen([*command, "list"], env=env, cwd=ROOT, stdout=follower)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert child.wait() == 0
    text = shown.decode()
    assert "\x1b" not in text
    assert "\x07" not in text
    assert r"red \x1b[31malert\x1b]0;owned\x07" in text
    assert (data_dir / DB_FILENAME).exists()
