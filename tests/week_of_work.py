"""A realistic week for the printing tests: meetings, focus blocks that overlap, tasks in every
quadrant, delegates with an overdue follow-up, and a few non-Latin titles.

`seed_week` writes it through the service and returns what a reader must find on the page.
Titles that the tests look for are short enough never to be elided.
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from app.model.block import BlockDraft, BlockKind
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import Week, local_instant

ZONE = ZoneInfo("Europe/Berlin")
WEEK = Week(date(2026, 11, 23), ZONE)  # 2026-W48
TODAY = date(2026, 11, 25)
PRINTED = datetime(2026, 11, 25, 8, 12, tzinfo=ZONE)
NON_LATIN = ("年度計画のレビュー", "مراجعة خطة التوظيف", "בדיקת תקציב", "Launch party 🎉🍻")
LONG_TITLE = "Write the promotion packet " + "with evidence, peer quotes and impact " * 8


@dataclass
class Seeded:
    do: list[str] = field(default_factory=list)
    scheduled: list[str] = field(default_factory=list)
    unscheduled: list[str] = field(default_factory=list)
    delegated: list[str] = field(default_factory=list)
    delegates: list[str] = field(default_factory=list)
    blocks: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # must not be printed

    @property
    def listed(self) -> list[str]:
        return self.do + self.scheduled + self.unscheduled + self.delegated


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """Day `day` (0 = Monday) of WEEK at a wall-clock time in ZONE."""
    return local_instant(WEEK.days[day], hour * 60 + minute, ZONE)


def seed_week(service: Services, extra_do: int = 0, non_latin: bool = False) -> Seeded:
    today, days = TODAY, lambda n: timedelta(days=n)
    seeded = Seeded(
        do=["Budget forecast", "On-call policy", "Reply to Acme", "Préparer la rétro"],
        scheduled=["Team roadmap", "Coaching plan"],  # by their first block
        unscheduled=["Hiring loop", "Caching ADR"],
        delegated=["Onboarding doc", "Offsite venue", "Interview notes"],
        delegates=["Priya", "Farah", "Ben"],
        blocks=["Standup", "1:1 Sam", "Hiring sync", "Arch review", "Gym", "Demo"],
        hidden=["Old newsletter", "Done already", "Inbox idea"],
    )
    seeded.do += [f"Extra task {n:03d}" for n in range(extra_do)]
    drafts = [
        TaskDraft("Budget forecast", Quadrant.DO, due=today - timedelta(days=2), estimate=90),
        TaskDraft("On-call policy", Quadrant.DO, due=today),
        TaskDraft("Reply to Acme", Quadrant.DO, due=today + timedelta(days=2)),
        TaskDraft("Préparer la rétro", Quadrant.DO),
        TaskDraft("Coaching plan", Quadrant.DEFER, estimate=60),
        TaskDraft("Team roadmap", Quadrant.DEFER),
        TaskDraft("Hiring loop", Quadrant.DEFER, due=today + timedelta(days=14)),
        TaskDraft("Caching ADR", Quadrant.DEFER),
        TaskDraft("Onboarding doc", Quadrant.DELEGATE, delegate="Priya", follow_up=today - days(3)),
        TaskDraft("Offsite venue", Quadrant.DELEGATE, delegate="Farah", follow_up=today + days(3)),
        TaskDraft("Interview notes", Quadrant.DELEGATE, delegate="Ben"),
        TaskDraft("Old newsletter", Quadrant.ELIMINATE),
        TaskDraft("Done already", Quadrant.DO),
        *(TaskDraft(f"Inbox idea {n}") for n in range(3)),
        *(TaskDraft(f"Extra task {n:03d}", Quadrant.DO) for n in range(extra_do)),
    ]  # fmt: skip
    if non_latin:
        drafts += [TaskDraft(title, Quadrant.DEFER) for title in NON_LATIN]
        drafts.append(TaskDraft(LONG_TITLE, Quadrant.DO))
    ids = {task.title: task.id for task in service.tasks.add(drafts).created()}
    service.tasks.set_done([ids["Done already"]], True)
    blocks = [BlockDraft(at(d, 9), at(d, 9, 15), "Standup", BlockKind.MEETING) for d in range(5)]
    blocks += [
        BlockDraft(at(0, 10), at(0, 12), "", BlockKind.FOCUS, ids["Team roadmap"]),
        BlockDraft(at(0, 13), at(0, 14), "1:1 Sam", BlockKind.MEETING),
        BlockDraft(at(0, 14), at(0, 15, 30), "", BlockKind.FOCUS, ids["Budget forecast"]),
        BlockDraft(at(1, 10), at(1, 11), "Hiring sync", BlockKind.MEETING),
        BlockDraft(at(1, 10, 30), at(1, 11, 30), "Arch review", BlockKind.MEETING),
        BlockDraft(at(1, 14), at(1, 16), "", BlockKind.FOCUS, ids["Coaching plan"]),
        BlockDraft(at(1, 17), at(1, 18, 30), "Gym", BlockKind.PERSONAL),
        BlockDraft(at(3, 10), at(3, 12), "", BlockKind.FOCUS, ids["Onboarding doc"]),
        BlockDraft(at(4, 16), at(4, 17), "Demo", BlockKind.MEETING),
    ]
    if non_latin:
        blocks += [
            BlockDraft(at(2, 10 + n), at(2, 11 + n), title, BlockKind.MEETING)
            for n, title in enumerate(NON_LATIN)
        ]
        blocks.append(BlockDraft(at(2, 15), at(2, 16), LONG_TITLE, BlockKind.FOCUS))
    service.blocks.add(blocks)
    return seeded


# -- reading PDFs back --------------------------------------------------------------------------


def need_poppler() -> None:
    """Skip the test when poppler-utils (pdfinfo, pdftotext) is not installed."""
    import shutil

    import pytest

    if not (shutil.which("pdftotext") and shutil.which("pdfinfo")):
        pytest.skip("poppler-utils (pdftotext, pdfinfo) is not installed")


def pdf_info(path: Path) -> dict[str, str]:
    """What `pdfinfo` says about a PDF; it fails the test when the file is not a valid PDF."""
    import subprocess

    result = subprocess.run(
        ["pdfinfo", str(path)], capture_output=True, text=True, check=True, timeout=60
    )
    return {
        key.strip(): value.strip()
        for key, _, value in (line.partition(":") for line in result.stdout.splitlines())
    }


def pdf_pages(path: Path) -> int:
    return int(pdf_info(path)["Pages"])


def pdf_page_size(path: Path) -> str:
    """ "842 x 595" (points), for the first page."""
    return pdf_info(path)["Page size"].split(" pts")[0]


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text, NFKC-normalised (ligatures such as "ﬂ" come apart) with runs of
    white space made one space, so a title broken over two lines reads as one."""
    import subprocess
    import unicodedata

    pages = ["-f", str(page), "-l", str(page)] if page else []
    result = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return " ".join(unicodedata.normalize("NFKC", result.stdout).split())
