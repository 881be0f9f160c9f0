"""Calendar files in the window: File ▸ Export Calendar… writes the week on show, File ▸ Import
Calendar… (or a dropped .ics file) brings events into the week as one undo step, Cancel
imports nothing."""

from datetime import UTC, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft
from app.model.week import Week
from app.ui.shell.main_window import MainWindow


def stamp(week: Week, day: int, hour: int) -> str:
    return (week.day_start(day) + timedelta(hours=hour)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def team_file(folder: Path, week: Week, count: int = 2) -> Path:
    """A small calendar file: `count` meetings in `week`, one all-day event, one broken event."""
    events = "".join(
        f"BEGIN:VEVENT\nUID:m{n}\nDTSTART:{stamp(week, n % 5, 9 + n % 8)}\n"
        f"DTEND:{stamp(week, n % 5, 10 + n % 8)}\nSUMMARY:Meeting {n}\nEND:VEVENT\n"
        for n in range(count)
    )
    offsite = week.days[3].strftime("%Y%m%d")
    path = folder / "team.ics"
    path.write_text(
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Test//EN\n"
        + events
        + f"BEGIN:VEVENT\nUID:off\nDTSTART;VALUE=DATE:{offsite}\nSUMMARY:Offsite\nEND:VEVENT\n"
        + "BEGIN:VEVENT\nUID:bad\nSUMMARY:No start\nEND:VEVENT\n"
        + "END:VCALENDAR\n"
    )
    return path


def titles(window: MainWindow) -> list[str]:
    return sorted(block.title for block in window.calendar.model.blocks())


def import_and_wait(window: MainWindow, qtbot: QtBot, path: Path) -> str:
    files = window.calendar_files
    with qtbot.waitSignal(files.finished, timeout=20_000) as finished:
        files.import_file(path)
    return str(finished.args[0])


def test_import_shows_the_blocks_says_what_came_and_is_one_undo_step(
    open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    path = team_file(tmp_path, window.calendar.week)
    said = import_and_wait(window, qtbot, path)
    assert titles(window) == ["Meeting 0", "Meeting 1", "Offsite"]
    assert said.startswith("Imported 3 events from team.ics, skipped 1: event at line")
    assert window.statusBar().currentMessage() == said
    assert window.board.undo_stack.undoText() == "Import team.ics"
    assert window.calendar_files.progress is None  # the progress dialog is gone
    window.board.undo_stack.undo()
    assert titles(window) == []
    window.board.undo_stack.redo()
    assert titles(window) == ["Meeting 0", "Meeting 1", "Offsite"]


def test_cancel_imports_nothing(open_main_window, qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = open_main_window()
    path = team_file(tmp_path, window.calendar.week, count=1000)
    files = window.calendar_files
    with qtbot.waitSignal(files.finished, timeout=20_000) as finished:
        dialog = files.import_file(path)
        assert dialog is not None
        assert dialog.objectName() == "import-progress"
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert finished.args == ["Import of team.ics cancelled; nothing was imported."]
    assert titles(window) == []
    assert window.board.read(lambda services: services.blocks.between(*week_span(window))) == []
    assert window.board.undo_stack.count() == 0


def week_span(window: MainWindow) -> tuple:
    week = window.calendar.week
    return week.start - timedelta(weeks=5), week.end + timedelta(weeks=30)


def test_a_dropped_ics_file_is_imported(open_main_window, qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = open_main_window()
    path = team_file(tmp_path, window.calendar.week)
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    assert not window.calendar_files.drop(other)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    with qtbot.waitSignal(window.calendar_files.finished, timeout=20_000):
        assert window.calendar_files.drop(data)
    assert titles(window) == ["Meeting 0", "Meeting 1", "Offsite"]
    assert window.board.undo_stack.undoText() == "Import team.ics"


def test_an_unreadable_file_is_named_and_nothing_changes(open_main_window, tmp_path: Path) -> None:
    window: MainWindow = open_main_window()
    assert window.calendar_files.import_file(tmp_path / "gone.ics") is None
    problem = window.findChild(QLabel, "problem")
    assert "Cannot read gone.ics" in problem.text()
    assert window.board.undo_stack.count() == 0


def test_export_writes_the_week_on_show(open_main_window, qtbot: QtBot, tmp_path: Path) -> None:
    window: MainWindow = open_main_window()
    window.calendar.next_week()
    week = window.calendar.week
    start = week.day_start(1) + timedelta(hours=10)
    window.board.add_blocks([BlockDraft(start, start + timedelta(hours=1), "Coaching")])
    window.board.add_blocks(
        [BlockDraft(start + timedelta(weeks=1), start + timedelta(weeks=1, hours=1), "Later")]
    )
    dialog = window.calendar_files.export_calendar()
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible()
    assert dialog.selectedFiles()[0].endswith(f"Quadrant {week.name}.ics")
    dialog.reject()
    target = tmp_path / "week.ics"
    assert window.calendar_files.export_to(target)
    text = target.read_text()
    assert "SUMMARY:Coaching" in text
    assert "Later" not in text
    assert window.statusBar().currentMessage() == f"Wrote 1 block of {week.name} to week.ics."
    assert not list(tmp_path.glob("*.part"))


def test_all_day_events_sit_in_their_row_above_the_hours(
    open_main_window, qtbot: QtBot, tmp_path: Path
) -> None:
    window: MainWindow = open_main_window()
    row = window.calendar.all_day
    assert row.isHidden()  # no all-day blocks this week: no row
    import_and_wait(window, qtbot, team_file(tmp_path, window.calendar.week))
    assert row.isVisible()
    assert [block.title for block in row.blocks(3)] == ["Offsite"]
    in_grid = [block.title for _rect, _placed, block in window.calendar.canvas.placed()]
    assert sorted(in_grid) == ["Meeting 0", "Meeting 1"]  # not a 24-hour block in the grid
    [(rect, offsite, _day)] = row.placed()
    assert offsite is not None
    assert "from calendar team.ics" in window.calendar.model.describe(offsite)
    with qtbot.waitSignal(window.calendar.canvas.editRequested) as asked:
        qtbot.mouseDClick(row, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert asked.args == [offsite.id]
    window.board.undo_stack.undo()
    assert row.isHidden()
