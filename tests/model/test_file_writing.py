"""Writing a file the user asked for: whole or absent, and no temporary files left to pile up."""

import os
import time
from pathlib import Path

import pytest

from app.model.file_writing import replacing


def test_a_finished_write_replaces_the_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    with replacing(target) as temporary:
        temporary.write_bytes(b"new")
    assert target.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_an_interrupted_writes_temporary_file_is_cleaned_up_by_the_next_write(
    tmp_path: Path,
) -> None:
    """A killed export leaves `.plan.pdf.abcd1234.part`; once it is a minute old, the next
    write in that folder removes it. A fresh one (another export under way) is left alone."""
    stale = tmp_path / ".plan.pdf.k3j_x9a2.part"
    stale.write_bytes(b"half a pdf")
    an_hour_ago = time.time() - 3600
    os.utime(stale, (an_hour_ago, an_hour_ago))
    fresh = tmp_path / ".week.pdf.q8w7e6r5.part"
    fresh.write_bytes(b"being written now")
    someone_elses = tmp_path / "download.part"
    someone_elses.write_bytes(b"a browser's download")
    os.utime(someone_elses, (an_hour_ago, an_hour_ago))

    with replacing(tmp_path / "other.pdf") as temporary:
        temporary.write_bytes(b"pdf")

    assert not stale.exists()
    assert fresh.exists()
    assert someone_elses.exists()


def test_a_failed_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def interrupted() -> None:
        with replacing(target) as temporary:
            temporary.write_bytes(b"half")
            raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError):
        interrupted()
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]
