"""`quadrant print`: the weekly plan as a PDF from a terminal, read back with poppler.

Most tests run `main([...])` in-process on an existing QApplication (the CLI makes a
QGuiApplication only when none runs, and a later widget test needs a QApplication); one runs
the real command in a process with no display at all.
"""

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.model.database import open_database
from app.model.services import Services
from app.ui.printing import plan_pdf
from tests.week_of_work import (
    LONG_TITLE,
    need_poppler,
    pdf_page_size,
    pdf_pages,
    pdf_text,
    seed_week,
)

ROOT = Path(__file__).resolve().parents[2]
A4 = "842 x 595"  # landscape, in points
LETTER = "792 x 612"


@dataclass
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def service(data_dir: Path) -> Iterator[Services]:
    service = Services.open(open_database(data_dir).path)
    yield service
    service.close()


@pytest.fixture
def run(
    data_dir: Path, capsys: Any, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> Callable[..., Result]:
    """run("print", ...) → Result, in the week's zone, with the locale's paper being A4."""
    need_poppler()
    monkeypatch.setenv("TZ", "Europe/Berlin")
    monkeypatch.setenv("LC_ALL", "de_DE.UTF-8")

    def runner(*args: str) -> Result:
        code = main(["--data-dir", str(data_dir), *args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return runner


def missing(text: str, wanted: list[str]) -> list[str]:
    return [item for item in wanted if item not in text]


def test_prints_the_week_on_one_landscape_page(run: Any, service: Services, tmp_path: Path) -> None:
    seeded = seed_week(service)
    output = tmp_path / "plan.pdf"
    result = run("print", "--week", "2026-W48", "--output", str(output), "--name", "Alex Morgan")
    assert (result.code, result.err) == (0, "")
    assert result.out == f"Wrote the plan for 2026-W48 (23 – 29 Nov 2026) to {output}: 1 page.\n"
    assert pdf_pages(output) == 1
    assert pdf_page_size(output) == A4
    text = pdf_text(output)
    for section in ("Week 48", "23 – 29 Nov 2026", "Alex Morgan", "Do", "Defer", "Delegate"):
        assert section in text
    assert "Scheduled".upper() in text
    assert "Not scheduled yet".upper() in text
    assert missing(text, seeded.listed) == []
    assert missing(text, seeded.delegates) == []
    assert missing(text, seeded.blocks) == []
    assert [hidden for hidden in seeded.hidden if hidden in text] == []
    assert "Inbox 3 tasks waiting to be triaged" in text
    assert "Notes" in text
    assert "2026-W48 · printed" in text


def test_letter_paper_on_request_and_from_the_locale(
    run: Any, service: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_week(service)
    asked = tmp_path / "asked.pdf"
    assert run("print", "--week", "2026-W48", "-o", str(asked), "--page-size", "letter").code == 0
    assert pdf_page_size(asked) == LETTER
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    american = tmp_path / "american.pdf"
    assert run("print", "--week", "2026-W48", "-o", str(american)).code == 0
    assert pdf_page_size(american) == LETTER
    monkeypatch.setenv("LC_ALL", "fr_CA.UTF-8")
    assert run("print", "--week", "2026-W48", "-o", str(american), "--page-size", "A4").code == 0
    assert pdf_page_size(american) == A4
    assert pdf_pages(american) == pdf_pages(asked) == 1


@pytest.mark.parametrize(
    ("locale", "size"),
    [("en_US", "Letter"), ("en_CA", "Letter"), ("es_MX", "Letter"), ("en_GB", "A4"),
     ("de_DE", "A4"), ("ja_JP", "A4"), ("C", "A4")],
)  # fmt: skip
def test_default_paper_follows_the_territory(
    qapp: object, monkeypatch: pytest.MonkeyPatch, locale: str, size: str
) -> None:
    monkeypatch.setenv("LC_ALL", f"{locale}.UTF-8")
    assert plan_pdf.default_page_size() == plan_pdf.page_size_named(size)


def test_the_current_week_by_default_and_an_empty_file_prints_too(run: Any, tmp_path: Path) -> None:
    output = tmp_path / "plan.pdf"
    result = run("print", "--output", str(output))
    assert result.code == 0, result
    assert pdf_pages(output) == 1
    text = pdf_text(output)
    assert "Nothing urgent and important." in text
    assert "Nothing delegated." in text
    assert "Inbox empty" in text


def test_an_overfull_week_goes_on_to_a_second_page_and_loses_nothing(
    run: Any, service: Services, tmp_path: Path
) -> None:
    seeded = seed_week(service, extra_do=90)
    output = tmp_path / "full.pdf"
    result = run("print", "--week", "2026-W48", "-o", str(output))
    assert result.code == 0, result
    assert result.out.endswith(": 2 pages.\n")
    assert pdf_pages(output) == 2
    text = pdf_text(output)
    assert missing(text, seeded.listed) == []
    assert missing(text, seeded.delegates) == []
    assert missing(text, seeded.blocks) == []
    assert "Continued on page 2" in pdf_text(output, page=1)
    assert "Do (continued)" in pdf_text(output, page=2)
    extra = [title for title in seeded.do if title.startswith("Extra task")]
    assert [title for title in extra if text.count(title) != 1] == []  # none twice either


def test_long_and_non_latin_titles_print(run: Any, service: Services, tmp_path: Path) -> None:
    seeded = seed_week(service, non_latin=True)
    output = tmp_path / "world.pdf"
    result = run("print", "--week", "2026-W48", "-o", str(output), "--name", "Zoë Ångström")
    assert result.code == 0, result
    assert pdf_pages(output) == 1
    text = pdf_text(output)
    assert missing(text, seeded.listed) == []
    assert "Zoë Ångström" in text
    assert "Préparer la rétro" in text
    assert LONG_TITLE[:20] in text
    assert LONG_TITLE.strip() not in text  # shortened, with an ellipsis (NFKC: "...")
    assert re.search(re.escape(LONG_TITLE[:20]) + r"[^.]*\.\.\.", text)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--week", "2026-W60"], "2026 has weeks 1 to 53"),
        (["--week", "next"], "is not a week"),
        (["--page-size", "A3"], "unknown page size “A3”; use A4 or Letter"),
        (["--week", "9999-W52"], "too far from today"),
    ],
)
def test_mistakes_are_refused_before_anything_is_written(
    run: Any, tmp_path: Path, args: list[str], message: str
) -> None:
    output = tmp_path / "plan.pdf"
    result = run("print", "-o", str(output), *args)
    assert result.code == 2
    assert message in result.err
    assert result.err.startswith("quadrant: ")
    assert not output.exists()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_an_output_that_cannot_be_a_file_is_refused(run: Any, tmp_path: Path) -> None:
    result = run("print", "-o", str(tmp_path / "nowhere" / "plan.pdf"))
    assert result.code == 2
    assert "the folder" in result.err
    assert "does not exist" in result.err
    result = run("print", "-o", str(tmp_path))
    assert result.code == 2
    assert "is a folder" in result.err
    assert run("print").code == 2  # --output is required


def test_a_failed_write_leaves_no_file_and_keeps_the_old_one(
    run: Any, service: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_week(service)
    output = tmp_path / "plan.pdf"
    output.write_bytes(b"last week's plan")

    def broken(plan: object, path: Path, size: object) -> int:
        path.write_bytes(b"%PDF-1.4\nhalf a plan")  # as if the disk filled up
        raise plan_pdf.RenderError("the disk is full")

    monkeypatch.setattr(plan_pdf, "_draw_pdf", broken)
    result = run("print", "--week", "2026-W48", "-o", str(output))
    assert result.code == 1
    assert result.err == "quadrant: could not write plan.pdf: the disk is full\n"
    assert output.read_bytes() == b"last week's plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "plan.pdf"]


def test_a_cut_short_pdf_is_not_put_under_the_name(
    run: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def truncated(plan: object, path: Path, size: object) -> int:
        path.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")  # no %%EOF
        return 1

    monkeypatch.setattr(plan_pdf, "_draw_pdf", truncated)
    output = tmp_path / "plan.pdf"
    result = run("print", "-o", str(output))
    assert result.code == 1
    assert "came out incomplete" in result.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]


def test_works_with_no_display_on_a_gui_application_without_sqlalchemy(
    service: Services, data_dir: Path, tmp_path: Path
) -> None:
    need_poppler()
    seeded = seed_week(service)
    output = tmp_path / "plan.pdf"
    script = (
        "import json, sys\n"
        "from app.cli import main\n"
        f"code = main(['--data-dir', {str(data_dir)!r}, 'print', '--week', '2026-W48', "
        f"'-o', {str(output)!r}, '--page-size', 'Letter'])\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'})\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = type(QGuiApplication.instance()).__name__\n"
        "print(json.dumps([code, loaded, app]))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    env |= {"TZ": "Europe/Berlin", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT,
        timeout=120, check=False,
    )  # fmt: skip
    assert done.stderr == ""
    *_, last = done.stdout.splitlines()
    assert json.loads(last) == [0, [], "QGuiApplication"]
    assert pdf_page_size(output) == LETTER
    assert missing(pdf_text(output), seeded.listed + seeded.blocks) == []


def test_the_name_saved_in_the_window_is_printed_unless_given(
    run: Any, service: Services, tmp_path: Path, data_dir: Path
) -> None:
    from app.ui.shell.window_state import WindowState

    seed_week(service)
    state = WindowState(data_dir)
    state.set_text("name", "Zoë Ångström")
    state.sync()
    output = tmp_path / "plan.pdf"
    assert run("print", "--week", "2026-W48", "--output", str(output)).code == 0
    assert "Zoë Ångström" in pdf_text(output)
    assert run("print", "--week", "2026-W48", "--output", str(output), "--name", "Sam").code == 0
    text = pdf_text(output)
    assert "Sam" in text
    assert "Zoë" not in text
    result = run("print", "--week", "2026-W48", "--output", str(output), "--name", "x" * 101)
    assert result.code == 2
    assert "at most 100 characters" in result.err


def test_quadrant_language_prints_the_plan_in_german_and_says_so_in_english(
    service: Services, data_dir: Path, tmp_path: Path
) -> None:
    """The PDF speaks the window's language; the terminal's messages stay English."""
    need_poppler()
    seed_week(service)
    output = tmp_path / "plan.pdf"
    command = [sys.executable, "-m", "app", "--data-dir", str(data_dir), "print"]
    env = {**os.environ, "TZ": "Europe/Berlin", "QUADRANT_LANGUAGE": "de"}
    done = subprocess.run(
        [*command, "--week", "2026-W48", "-o", str(output), "--page-size", "A4"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("Wrote the plan for 2026-W48 (23 – 29 Nov 2026) to ")
    text = pdf_text(output)
    assert "KW 48 23. – 29. Nov. 2026" in text
    assert "Eingang 3 Aufgaben warten auf Einordnung" in text
    assert "Seite 1 von 1" in text
