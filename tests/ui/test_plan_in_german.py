"""The printed weekly plan in German: headings, lane names, plurals and the locale's dates, read
back from the PDF; and a plan whose lists run over in German still loses nothing."""

from pathlib import Path

from PySide6.QtGui import QPageSize

from app.model.plan import plan_for
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.ui.printing import plan_pdf
from tests.week_of_work import PRINTED, TODAY, WEEK, need_poppler, pdf_info, pdf_text, seed_week

A4 = QPageSize.PageSizeId.A4


def test_the_printed_plan_speaks_german(german: None, service: Services, tmp_path: Path) -> None:
    need_poppler()
    seeded = seed_week(service)
    inbox = service.tasks.lanes(quadrant=Quadrant.INBOX)
    service.tasks.set_done([task.id for task in inbox[1:]], True)  # one left: a singular
    target = tmp_path / "plan.pdf"
    plan_pdf.write_pdf(plan_for(service, WEEK, TODAY, PRINTED, "Alex Morgan"), target, A4)
    text = pdf_text(target)
    assert "KW 48 23. – 29. Nov. 2026" in text
    assert "Mo., 23." in text
    assert "Mi., 25. · heute" in text  # the day it was printed
    assert "Erledigen 4 Aufgaben" in text  # a plural …
    assert "Eingang 1 Aufgabe wartet auf Einordnung" in text  # … and its one
    assert "EINGEPLANT" in text
    assert "NOCH NICHT EINGEPLANT" in text
    assert "Priya · Nachfassen überfällig · So., 22. Nov." in text
    assert "1h 30m · überfällig · Mo., 23. Nov." in text  # not cut short
    assert "17:00–18:30 · Privat Gym" in text  # a block's kind, where it fits
    assert "Aufgaben: 1 Erledigen 2 Planen 3 Delegieren 4 Eliminieren" in text
    assert "2026-W48 · gedruckt am Mittwoch, 25. November 2026, 08:12 Uhr · Quadrant" in text
    assert "Seite 1 von 1" in text
    assert "Notizen" in text
    assert [title for title in seeded.listed + seeded.blocks if title not in text] == []
    assert pdf_info(target)["Title"] == "KW 48 · 2026 — Wochenplan"


def test_a_long_german_plan_continues_on_the_next_page(
    german: None, service: Services, tmp_path: Path
) -> None:
    need_poppler()
    seeded = seed_week(service, extra_do=40)
    target = tmp_path / "plan.pdf"
    plan_pdf.write_pdf(plan_for(service, WEEK, TODAY, PRINTED), target, A4)
    first, second = pdf_text(target, 1), pdf_text(target, 2)
    assert "Weiter auf Seite 2 →" in first
    assert "23. – 29. Nov. 2026 · Fortsetzung" in second
    assert "Erledigen (Fortsetzung)" in second
    assert "Seite 2 von 2" in second
    assert "Eingang 3 Aufgaben warten auf Einordnung" in first
    assert [t for t in seeded.listed if t not in first + second] == []
