"""The PyInstaller bundle (dist/quadrant, built by scripts/bundle) is the same program: it adds,
lists and prints tasks and opens the window. Skipped when no bundle has been built."""

import os
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.ui.conftest import log_text, running_window

BUNDLE = Path(__file__).resolve().parents[2] / "dist" / "quadrant" / "quadrant"

pytestmark = pytest.mark.skipif(
    not BUNDLE.is_file(), reason="no bundle in dist/quadrant (scripts/bundle builds it)"
)


def bundled(data_dir: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BUNDLE), "--data-dir", str(data_dir), *arguments],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def test_the_bundle_adds_lists_and_prints(data_dir: Path, tmp_path: Path) -> None:
    added = bundled(data_dir, "add", "Plan the offsite", "--quadrant", "do")
    assert (added.returncode, added.stderr) == (0, "")
    listed = bundled(data_dir, "list")
    assert listed.returncode == 0
    assert "Plan the offsite" in listed.stdout
    plan = tmp_path / "plan.pdf"
    printed = bundled(data_dir, "print", "--output", str(plan))
    assert (printed.returncode, printed.stderr) == (0, "")
    assert plan.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(plan), "-"], capture_output=True, text=True).stdout
    assert "Plan the offsite" in unicodedata.normalize("NFKC", text)  # "ﬀ" is one glyph


def test_the_bundle_opens_the_window(data_dir: Path, log_folder: Path) -> None:
    assert bundled(data_dir, "add", "Shown in the window").returncode == 0
    with running_window(data_dir, log_folder, program=[str(BUNDLE)]) as process:
        assert process.poll() is None
    assert process.returncode == 0
    assert "the window is up; tasks shown: 1" in log_text(log_folder)
