"""Seed a realistic week and grab the main window to PNG (the README's screenshot).

    .venv/bin/python scripts/screenshot.py resources/screenshots/week.png
    .venv/bin/python scripts/screenshot.py resources/screenshots/dark.png --dark --size 1280x720
    .venv/bin/python scripts/screenshot.py resources/screenshots/weekly-plan.png --plan

It runs offscreen in a temporary data folder: tasks in every lane, meetings, focus blocks,
overlaps, a stand-up that repeats, and a scheduled task from each quadrant, in the week that
holds today (the coming week on a weekend). `--plan` prints that week's plan instead.
"""

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.model.block import BlockDraft, BlockKind
from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.repeats import parse_rule
from app.model.services import Services
from app.model.task import TaskDraft
from app.model.week import Week, local_instant, local_zone, week_of

INBOX, DO, DEFER, DELEGATE, ELIMINATE = Quadrant

TASKS = [
    TaskDraft("Reply to the Acme escalation", INBOX),
    TaskDraft("Book the team offsite venue", INBOX, estimate=30),
    TaskDraft("Read the SRE book chapter on toil", INBOX),
    TaskDraft("Fix the release pipeline", DO, estimate=90, tags=("ops",)),
    TaskDraft("Finish Q1 budget forecast", DO, estimate=120, tags=("budget",)),
    TaskDraft("Prepare Dana's promotion packet", DO, estimate=60),
    TaskDraft("Write the 2027 team strategy", DEFER, estimate=180, tags=("planning",)),
    TaskDraft("Coaching plan for Sam", DEFER, estimate=60, tags=("1on1",)),
    TaskDraft("Learn the new observability stack", DEFER, estimate=90),
    TaskDraft("Update on-call rota", DELEGATE, delegate="Priya", estimate=30),
    TaskDraft("Draft release notes", DELEGATE, delegate="Ben"),
    TaskDraft("Weekly status spreadsheet", ELIMINATE),
    TaskDraft("Tidy the wiki sidebar", ELIMINATE),
]

STAND_UP = "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"  # Monday 09:00–09:30, repeating (↻)

# (day, start, minutes, title, kind, task title or None)
BLOCKS = [
    (0, "10:00", 90, "", BlockKind.FOCUS, "Fix the release pipeline"),
    (0, "13:00", 60, "1:1 with Priya", BlockKind.MEETING, None),
    (0, "14:30", 120, "", BlockKind.FOCUS, "Write the 2027 team strategy"),
    (1, "10:00", 60, "Architecture review", BlockKind.MEETING, None),
    (1, "10:30", 60, "Candidate interview", BlockKind.MEETING, None),
    (1, "13:00", 120, "", BlockKind.FOCUS, "Finish Q1 budget forecast"),
    (1, "16:00", 30, "", BlockKind.FOCUS, "Update on-call rota"),
    (2, "11:00", 60, "", BlockKind.FOCUS, "Coaching plan for Sam"),
    (2, "12:00", 60, "Lunch run", BlockKind.PERSONAL, None),
    (2, "14:00", 60, "Product sync", BlockKind.MEETING, None),
    (2, "14:00", 30, "Vendor call", BlockKind.MEETING, None),
    (2, "14:30", 60, "Hiring debrief", BlockKind.MEETING, None),
    (3, "10:00", 180, "Deep work: roadmap", BlockKind.FOCUS, None),
    (3, "15:00", 45, "", BlockKind.FOCUS, "Weekly status spreadsheet"),
    (4, "11:00", 60, "", BlockKind.FOCUS, "Prepare Dana's promotion packet"),
    (4, "14:00", 90, "Sprint demo", BlockKind.MEETING, None),
    (4, "16:30", 60, "School pick-up", BlockKind.PERSONAL, None),
]


def seed(data_dir: Path) -> Week:
    zone = local_zone()
    today = datetime.now(UTC).astimezone(zone).date()
    week = week_of(today, zone)
    if today.weekday() >= 5:  # a weekend: plan the coming week, as people do on Sundays
        week = week.shifted(1)
    service = Services.open(open_database(data_dir).path)
    try:
        tasks = {t.title: t for t in service.tasks.add(TASKS).created()}
        drafts = []
        for day, clock, minutes, title, kind, task_title in BLOCKS:
            hours, mins = map(int, clock.split(":"))
            start = local_instant(week.days[day], hours * 60 + mins, zone)
            task_id = tasks[task_title].id if task_title else None
            drafts.append(
                BlockDraft(start, start + timedelta(minutes=minutes), title, kind, task_id)
            )
        start = local_instant(week.days[0], 9 * 60, zone)
        repeat = parse_rule(STAND_UP, start, zone)
        stand_up = BlockDraft(start, start + timedelta(minutes=30), "Team stand-up",
                              BlockKind.MEETING, repeat=repeat)  # fmt: skip
        service.blocks.add([stand_up, *drafts])
    finally:
        service.close()
    return week


def print_plan(target: str, data_dir: Path, week: Week) -> None:
    """The week's printed plan, A4 landscape at 72 dpi (842×595), as the PDF shows it."""
    from PySide6.QtGui import QColor, QImage

    from app.model.plan import plan_for
    from app.ui.printing.plan_pdf import ensure_app
    from app.ui.printing.plan_renderer import render_plan

    ensure_app()
    now = datetime.now(UTC).astimezone(week.zone)
    service = Services.open(open_database(data_dir).path)
    try:
        plan = plan_for(service, week, now.date(), now, "Alex Morgan")
    finally:
        service.close()
    image = QImage(842, 595, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(round(72 / 0.0254))
    image.setDotsPerMeterY(round(72 / 0.0254))
    image.fill(QColor("white"))
    render_plan(plan, image)
    image.save(target)


def main(target: str, size: tuple[int, int], dark: bool, plan: bool = False) -> None:
    from app.ui.application import create_app, open_window

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        week = seed(data_dir)
        if plan:
            print_plan(target, data_dir, week)
            return
        app = create_app()
        window = open_window(data_dir, lambda title, text: print(title, text, file=sys.stderr))
        assert window is not None
        window.appearance.choose("dark" if dark else "light")
        window.resize(*size)
        window.show()
        for _ in range(20):
            app.processEvents()
        if not window.calendar.model.blocks():
            window.calendar.next_week()
        window.calendar.scroll_to_working_hours()
        app.processEvents()
        window.grab().save(target)
        window.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Grab the main window over a realistic week.")
    parser.add_argument("target", nargs="?", default="week.png")
    parser.add_argument("--size", default="1480x900", help="WIDTHxHEIGHT of the window")
    parser.add_argument("--dark", action="store_true", help="the dark scheme (default: light)")
    parser.add_argument("--plan", action="store_true", help="the printed plan instead")
    arguments = parser.parse_args()
    width, height = (int(n) for n in arguments.size.split("x"))
    main(arguments.target, (width, height), arguments.dark, arguments.plan)
