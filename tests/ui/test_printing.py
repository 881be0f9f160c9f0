"""Printing the weekly plan: its layout on the page, the PDF it makes, the print preview and
File ▸ Export PDF…, including an export that fails."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QRectF
from PySide6.QtGui import (
    QAction,
    QColor,
    QImage,
    QKeySequence,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.model.block import BlockDraft, BlockKind
from app.model.plan import WeeklyPlan, plan_for
from app.model.services import Services
from app.ui.printing import plan_pdf
from app.ui.printing.plan_fonts import Fonts
from app.ui.printing.plan_lists import Entry, Heading
from app.ui.printing.plan_pages import Page, box_inner, layout
from app.ui.printing.plan_printing import PlanPrinting, current_week, week_plan
from app.ui.printing.plan_renderer import page_frame, render_plan
from app.ui.shell.main_window import MainWindow
from tests.week_of_work import (
    LONG_TITLE,
    NON_LATIN,
    PRINTED,
    TODAY,
    WEEK,
    at,
    need_poppler,
    pdf_page_size,
    pdf_pages,
    pdf_text,
    seed_week,
)

A4, LETTER = QPageSize.PageSizeId.A4, QPageSize.PageSizeId.Letter
pytestmark = pytest.mark.usefixtures("catalogues")  # English plurals, as the window has them


def make_plan(service: Services, name: str | None = "Alex Morgan") -> WeeklyPlan:
    return plan_for(service, WEEK, TODAY, PRINTED, name)


def pdf_writer_frame(tmp_path: Path, size: QPageSize.PageSizeId, dpi: int) -> QRectF:
    writer = QPdfWriter(str(tmp_path / "unused.pdf"))
    writer.setResolution(dpi)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(size), QPageLayout.Orientation.Landscape, QMarginsF(), QPageLayout.Unit.Point
        )
    )
    return page_frame(writer)


def summary(pages: list[Page]) -> list[tuple[object, ...]]:
    """What is on the pages and where, rounded to a hundredth of a point."""

    def r(rect: QRectF) -> tuple[float, ...]:
        return tuple(round(v, 2) for v in (rect.x(), rect.y(), rect.width(), rect.height()))

    found: list[tuple[object, ...]] = []
    for page in pages:
        found += [(page.number, row.row, r(row.rect)) for row in page.rows]
        if page.grid:
            found += [(b.block.id, b.head, b.title, r(b.rect)) for b in page.grid.boxes]
    return found


def entries(pages: list[Page]) -> list[Entry]:
    return [row.row for page in pages for row in page.rows if isinstance(row.row, Entry)]


# -- layout -----------------------------------------------------------------------------------


def test_the_layout_does_not_depend_on_the_resolution(
    qapp: object, service: Services, tmp_path: Path
) -> None:
    seed_week(service, non_latin=True)
    plan = make_plan(service)
    frames = [pdf_writer_frame(tmp_path, A4, dpi) for dpi in (72, 300, 1200)]
    assert frames[0] == frames[1] == frames[2] == QRectF(28, 28, 842 - 56, 595 - 56)
    layouts = [summary(layout(plan, frame)) for frame in frames]
    assert layouts[0] == layouts[1] == layouts[2]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setResolution(1200)
    printer.setPageSize(QPageSize(A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Point)
    # A printer's own margins are part of ours: the drawing lands on the same spot of paper.
    assert page_frame(printer) == QRectF(18, 18, 842 - 56, 595 - 56)


def test_a4_and_letter_hold_the_same_things(
    qapp: object, service: Services, tmp_path: Path
) -> None:
    seeded = seed_week(service)
    plan = make_plan(service)
    a4 = layout(plan, pdf_writer_frame(tmp_path, A4, 1200))
    letter = layout(plan, pdf_writer_frame(tmp_path, LETTER, 1200))
    assert len(a4) == len(letter) == 1
    assert [e.title for e in entries(a4)] == [e.title for e in entries(letter)]
    assert [e.title for e in entries(a4)] == seeded.listed
    for pages in (a4, letter):
        grid = pages[0].grid
        assert grid is not None
        assert all(box.labelled for box in grid.boxes)


def test_every_text_fits_its_place(qapp: object, service: Services) -> None:
    seed_week(service, non_latin=True)
    plan = make_plan(service, name="A name far too long for the header " * 10)
    fonts = Fonts()
    pages = layout(plan, QRectF(28, 28, 786, 539), fonts)
    assert len(pages) == 1
    grid = pages[0].grid
    assert grid is not None
    for box in grid.boxes:
        inner = box_inner(box.rect)
        assert grid.rect.contains(box.rect)
        assert fonts.width(fonts.block_time, box.head) <= inner.width() + 0.01
        for line in box.title:
            assert fonts.width(fonts.block_title, line) <= inner.width() + 0.01
        height = fonts.line(fonts.block_time) + len(box.title) * fonts.line(fonts.block_title)
        assert not box.title or height <= inner.height() + 0.01
    for placed in pages[0].rows:
        assert pages[0].body.contains(placed.rect)
        if isinstance(placed.row, Entry):
            row = placed.row
            room = placed.rect.width() - 11.5 - fonts.width(fonts.detail_bold, row.detail)
            assert fonts.width(fonts.item, row.title) <= room
    long_entry = next(e for e in entries(pages) if e.title.startswith(LONG_TITLE[:20]))
    assert long_entry.title.endswith("…")
    long_box = next(b for b in grid.boxes if b.block.title.startswith(LONG_TITLE[:20]))
    assert long_box.title[-1].endswith("…")
    assert {e.title for e in entries(pages)} >= set(NON_LATIN)


def test_blocks_too_small_to_label_are_listed_beside_the_grid(
    qapp: object, service: Services
) -> None:
    tiny = [f"Call {n}" for n in range(8)]  # eight overlapping 10-minute calls on Tuesday
    service.blocks.add(
        [BlockDraft(at(1, 9), at(1, 9, 10), title, BlockKind.MEETING) for title in tiny]
    )
    service.blocks.add([BlockDraft(at(0, 0, 30), at(0, 1), "Early", BlockKind.FOCUS)])
    plan = make_plan(service)
    pages = layout(plan, QRectF(28, 28, 786, 539))
    grid = pages[0].grid
    assert grid is not None
    assert len(grid.boxes) == 9  # every block is drawn...
    unlabelled = {box.block.title for box in grid.boxes if not box.labelled}
    assert unlabelled
    listed = [e.title for e in entries(pages)]
    assert sorted(listed) == sorted(unlabelled)  # ...and those without a label are listed
    headings = [row.row for row in pages[0].rows if isinstance(row.row, Heading)]
    assert headings[-1].text == "Short blocks"


def test_overlapping_blocks_keep_their_titles_readable(qapp: object, service: Services) -> None:
    titles = ["Write the strategy doc", "1:1 with Sam", "Budget review"]
    service.blocks.add([BlockDraft(at(1, 9), at(1, 10, 30), title) for title in titles])
    plan = make_plan(service)
    grid = layout(plan, QRectF(28, 28, 786, 539))[0].grid
    assert grid is not None
    boxes = [box for box in grid.boxes if box.block.title in titles]
    assert len(boxes) == 3
    for box in boxes:
        assert box.labelled
        assert not box.head.endswith("…")  # a time is shown whole, or not at all
        shown = "".join(box.title).replace("…", "").replace(" ", "")
        assert box.block.title.replace(" ", "").startswith(shown)  # in order, nothing mangled
        assert len(shown) >= 8  # enough to read, not "Wri…"


def test_an_overfull_plan_flows_onto_more_pages_and_loses_nothing(
    qapp: object, service: Services
) -> None:
    seeded = seed_week(service, extra_do=400)
    plan = make_plan(service)
    pages = layout(plan, QRectF(28, 28, 786, 539))
    assert len(pages) >= 4
    assert pages[0].continued is not None
    assert [len(page.columns) for page in pages[:-1]] == [1] + [3] * (len(pages) - 2)
    assert [e.title for e in entries(pages)] == [
        *[item.title for item in plan.do],
        *seeded.scheduled,
        *seeded.unscheduled,
        *seeded.delegated,
    ]
    # Every further column starts under a heading: the list it goes on with, or a new one.
    for page in pages[1:]:
        for column in page.columns:
            top = next(row for row in page.rows if row.rect.topLeft() == column.topLeft())
            assert isinstance(top.row, Heading)
            assert top.row.continued or top.row.text != "Do"
    for page in pages:
        for placed in page.rows:
            assert page.body.contains(placed.rect)


def test_rendering_on_an_image_draws_page_one(qapp: object, service: Services) -> None:
    seed_week(service)
    image = QImage(1684, 1190, QImage.Format.Format_RGB32)  # A4 landscape at 144 dpi
    image.setDotsPerMeterX(round(144 / 0.0254))
    image.setDotsPerMeterY(round(144 / 0.0254))
    image.fill(QColor("white"))
    assert render_plan(make_plan(service), image) == 1
    inked = sum(
        image.pixelColor(x, y) != QColor("white")
        for x in range(0, image.width(), 16)
        for y in range(0, image.height(), 16)
    )
    assert inked > 200
    # Inside our margins only: the outer edge of the page stays blank.
    edge = [image.pixelColor(x, 10) for x in range(0, image.width(), 8)]
    assert all(colour == QColor("white") for colour in edge)


# -- PDF --------------------------------------------------------------------------------------


def test_write_pdf_at_any_resolution_gives_the_same_text(
    qapp: object, service: Services, tmp_path: Path
) -> None:
    need_poppler()
    seeded = seed_week(service)
    plan = make_plan(service)
    texts = []
    for dpi in (300, 1200):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / f"{dpi}.pdf"))
        printer.setResolution(dpi)
        printer.setPageSize(QPageSize(A4))
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        assert render_plan(plan, printer) == 1
        texts.append(pdf_text(tmp_path / f"{dpi}.pdf"))
    assert texts[0] == texts[1]
    for wanted in [*seeded.listed, *seeded.delegates, *seeded.blocks]:
        assert wanted in texts[0]
    # Black and white: lateness and quadrants are said in words and numbers, not only colour.
    assert "Priya · follow-up overdue · Sun 22 Nov" in texts[0]
    assert "overdue · Mon 23 Nov" in texts[0]
    assert "Tasks: 1 Do 2 Defer 3 Delegate 4 Eliminate" in texts[0]
    assert "13:00–14:00 · Meeting 1:1 Sam" in texts[0]


def test_write_pdf_replaces_a_file_only_when_complete(
    qapp: object, service: Services, tmp_path: Path
) -> None:
    need_poppler()
    seed_week(service)
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o640)
    assert plan_pdf.write_pdf(make_plan(service), target, LETTER) == 1
    assert pdf_pages(target) == 1
    assert pdf_page_size(target) == "792 x 612"
    assert target.stat().st_mode & 0o777 == 0o640  # the file keeps its permissions
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "plan.pdf"]


def test_an_interrupted_write_leaves_nothing_behind(
    qapp: object, service: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_week(service)
    real = plan_pdf.render_plan

    def interrupted(plan: WeeklyPlan, device: QPrinter) -> int:
        painter = QPainter(device)  # half a page, then Ctrl+C
        painter.drawText(100, 100, "half")
        painter.end()
        raise KeyboardInterrupt

    monkeypatch.setattr(plan_pdf, "render_plan", interrupted)
    with pytest.raises(KeyboardInterrupt):
        plan_pdf.write_pdf(make_plan(service), tmp_path / "plan.pdf", A4)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    monkeypatch.setattr(plan_pdf, "render_plan", real)


@pytest.mark.skipif(
    os.name != "posix" or os.geteuid() == 0, reason="needs a folder we cannot write"
)
def test_a_folder_we_may_not_write_says_so(qapp: object, service: Services, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        with pytest.raises(plan_pdf.WriteError, match=r"could not write .*plan\.pdf: Permission"):
            plan_pdf.write_pdf(make_plan(service), locked / "plan.pdf", A4)
    finally:
        locked.chmod(0o700)
    assert list(locked.iterdir()) == []


def test_a_folder_that_is_a_file_says_so_and_leaves_it_alone(
    qapp: object, service: Services, tmp_path: Path
) -> None:
    # Root may write anywhere, so this is the failure every machine (and CI) can produce.
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("keep me")
    with pytest.raises(plan_pdf.WriteError, match=r"could not write .*plan\.pdf"):
        plan_pdf.write_pdf(make_plan(service), not_a_folder / "plan.pdf", A4)
    assert not_a_folder.read_text() == "keep me"


# -- preview and export ------------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    qtbot.addWidget(window)
    window.show()
    return window


def test_print_preview_opens_without_blocking_and_shows_the_plan(
    qtbot: QtBot, window: QMainWindow, service: Services
) -> None:
    seed_week(service)
    printing = PlanPrinting(window, lambda: make_plan(service))
    dialog = printing.preview()  # returns at once: open(), not exec()
    assert isinstance(dialog, QPrintPreviewDialog)
    qtbot.waitUntil(dialog.isVisible)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 1)
    assert preview.orientation() is QPageLayout.Orientation.Landscape
    assert dialog.windowTitle() == "Print — Week 48 · 2026"
    with qtbot.waitSignal(dialog.finished):
        dialog.reject()


def test_export_writes_the_file_the_user_chose(
    qtbot: QtBot, window: QMainWindow, service: Services, tmp_path: Path
) -> None:
    need_poppler()
    seeded = seed_week(service)
    printing = PlanPrinting(window, lambda: make_plan(service))
    printing.folder = tmp_path
    dialog = printing.export_pdf()
    assert isinstance(dialog, QFileDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.selectedFiles()[0] == str(tmp_path / "Weekly plan 2026-W48.pdf")
    target = tmp_path / "my week.pdf"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(printing.exported) as exported:
        dialog.accept()
    assert exported.args == [str(target)]
    assert pdf_pages(target) == 1
    text = pdf_text(target)
    assert [t for t in seeded.listed + seeded.delegates + seeded.blocks if t not in text] == []
    assert window.statusBar().currentMessage() == "Saved my week.pdf (1 page)."


def test_a_failed_export_tells_the_user_and_leaves_no_file(
    qtbot: QtBot,
    window: QMainWindow,
    service: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seed_week(service)

    def broken(plan: WeeklyPlan, path: Path, size: object) -> int:
        path.write_bytes(b"%PDF-1.4\nhalf")
        raise plan_pdf.RenderError("the printer or file refused a new page")

    monkeypatch.setattr(plan_pdf, "_draw_pdf", broken)
    printing = PlanPrinting(window, lambda: make_plan(service))
    target = tmp_path / "plan.pdf"
    with qtbot.waitSignal(printing.failed) as failed:
        assert not printing.save(make_plan(service), target)
    assert failed.args == [
        "The plan was not saved: could not write plan.pdf: the printer or file refused a new page."
    ]
    box = window.findChild(QMessageBox, "print-problem")
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert "could not write plan.pdf" in box.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data"]
    box.accept()


def test_nothing_opens_when_the_plan_cannot_be_read(qtbot: QtBot, window: QMainWindow) -> None:
    printing = PlanPrinting(window, lambda: None)
    assert printing.preview() is None
    assert printing.export_pdf() is None
    assert window.findChildren(QPrintPreviewDialog) == []
    assert window.findChildren(QFileDialog) == []


def test_week_plan_reads_the_week_it_is_given(
    qapp: object, service: Services, data_dir: Path
) -> None:
    seed_week(service)
    build = week_plan(lambda reading: reading(service), lambda: WEEK)
    plan = build()
    assert plan is not None
    assert plan.week == WEEK
    assert [item.title for item in plan.delegated] == [
        "Onboarding doc",
        "Offsite venue",
        "Interview notes",
    ]
    assert current_week().first_day.weekday() == 0


# -- the window -------------------------------------------------------------------------------


def file_menu_actions(window: MainWindow) -> dict[str, QAction]:
    """The File menu's actions by objectName."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    return {action.objectName(): action for action in file_menu.actions()}


def test_file_menu_prints_and_exports_the_plan(
    qtbot: QtBot, open_main_window: object, tmp_path: Path
) -> None:
    need_poppler()
    main_window: MainWindow = open_main_window()  # type: ignore[operator]
    named = file_menu_actions(main_window)
    assert named["print-plan"].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert named["export-pdf"].shortcut() == QKeySequence("Ctrl+Shift+E")
    assert main_window.findChild(PlanPrinting) is None  # loaded on first use, not at start
    printing = main_window.printing()
    printing.folder = tmp_path
    named["export-pdf"].trigger()
    dialog = main_window.findChild(QFileDialog, "export-pdf-dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    target = tmp_path / "this week.pdf"
    dialog.selectFile(str(target))
    with qtbot.waitSignal(printing.exported):
        dialog.accept()
    assert pdf_pages(target) == 1
    assert f"{main_window.calendar.week.name} · printed" in pdf_text(target)
    main_window.calendar.next_week()  # the plan is of the week on show
    plan = printing.plan()
    assert plan is not None
    assert plan.week == main_window.calendar.week
    named["print-plan"].trigger()
    preview = main_window.findChild(QPrintPreviewDialog, "print-preview")
    assert preview is not None
    qtbot.waitUntil(preview.isVisible)
    with qtbot.waitSignal(preview.finished):
        preview.reject()


def test_the_name_on_the_plan_is_chosen_in_the_file_menu(
    qtbot: QtBot, open_main_window: object, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QInputDialog

    need_poppler()
    main_window: MainWindow = open_main_window()  # type: ignore[operator]
    named = file_menu_actions(main_window)
    named["plan-name"].trigger()
    dialog = main_window.findChild(QInputDialog, "plan-name")
    assert dialog is not None
    dialog.setTextValue("  Priya   Raman ")
    with qtbot.waitSignal(dialog.finished):
        dialog.accept()
    assert main_window.plan_name() == "Priya Raman"
    target = tmp_path / "named.pdf"
    plan = main_window.printing().plan()
    assert plan is not None
    assert main_window.printing().save(plan, target)
    assert "Priya Raman" in pdf_text(target)


def test_all_day_events_print_as_a_line_above_the_grid(
    qapp: object, service: Services, tmp_path: Path
) -> None:
    need_poppler()
    from dataclasses import replace

    plan = replace(
        make_plan(service),
        all_day=((WEEK.days[3], "Offsite"), (WEEK.days[1], "Birthday"), (WEEK.days[3], "Fair")),
    )
    target = tmp_path / "plan.pdf"
    plan_pdf.write_pdf(plan, target, A4)
    assert "All day: Tue 24 Birthday · Thu 26 Fair, Offsite" in pdf_text(target, 1)


def test_suggested_moves_print_as_the_card_asks_them(
    qapp: object, service: Services, tmp_path: Path
) -> None:
    need_poppler()
    from datetime import timedelta

    from app.model.quadrant import Quadrant
    from app.model.task import TaskDraft

    seed_week(service)
    service.tasks.add(
        [
            TaskDraft("Budget review", Quadrant.DEFER, due=TODAY + timedelta(days=1)),
            TaskDraft("Expense claim", Quadrant.INBOX, due=TODAY - timedelta(days=1)),
            TaskDraft("Vendor contract", Quadrant.DELEGATE, delegate="Priya",
                      due=TODAY + timedelta(days=2), follow_up=TODAY + timedelta(days=4)),
        ]
    )  # fmt: skip
    target = tmp_path / "plan.pdf"
    plan_pdf.write_pdf(make_plan(service), target, A4)
    text = pdf_text(target)
    assert "SUGGESTED FOR DO Expense claim Due Tue 24 Nov (overdue by 1 day): move to Do?" in text
    assert "Budget review" in text
    assert "Due Thu 26 Nov (tomorrow): move to Do?" in text
    assert "due Fri 27 Nov: follow up before" in text
