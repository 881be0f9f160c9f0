"""Drawing a WeeklyPlan on any paint device: a printer, a PDF writer, a print preview, an image.

`render_plan` takes the page's size from the device's page layout (or its pixels) and its
resolution, lets `plan_pages.layout` place everything in points, and paints. It never looks at
the database and never works out a time: the plan and the layout have done that.

Black and white: a block's quadrant is a numbered badge (1 Do … 4 Eliminate, the keys that send
a task there), its kind is written beside its time and a personal block has a dashed edge;
overdue items say "overdue" in words. Colours repeat those cues, they never carry them alone.
"""

from datetime import date

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPaintDevice,
    QPainter,
    QPen,
)

from app.model.plan import WeeklyPlan
from app.model.quadrant import Quadrant
from app.ui.local_dates import span_text
from app.ui.printing.plan_fonts import Fonts
from app.ui.printing.plan_lists import (
    Entry,
    Heading,
    Note,
    PlacedRow,
    Subheading,
)
from app.ui.printing.plan_pages import (
    BADGE,
    FOOTER,
    HEADER,
    HOUR_AXIS,
    MARGIN,
    STRIPE,
    BlockBox,
    GridPage,
    Page,
    box_inner,
    layout,
)
from app.ui.printing.plan_painter import (
    CENTER,
    COLOURS,
    INK,
    LEFT,
    LEGEND,
    LIGHT_RULE,
    MUTED,
    PAPER,
    RIGHT,
    RULE,
    TODAY,
    TOP_LEFT,
    TOP_RIGHT,
    WEEKEND,
    PlanPainter,
)
from app.ui.printing.plan_words import all_day_line, day_head, printed_stamp, week_heading
from app.ui.shell.theme import lane_name
from app.ui.translation import Counts, translate


class RenderError(RuntimeError):
    """The device could not be painted on (a printer that refused, a file that cannot open)."""


def page_frame(device: QPaintDevice) -> QRectF:
    """Where we draw, in points in the painter's coordinates: the page less MARGIN, and never
    outside what the printer can print."""
    if isinstance(device, QPagedPaintDevice):
        page = device.pageLayout()
        full = page.fullRect(QPageLayout.Unit.Point)
        paint = page.paintRect(QPageLayout.Unit.Point)
        full_page = getattr(device, "fullPage", None)  # QPrinter: coordinates from the paper edge
        origin = full.topLeft() if callable(full_page) and full_page() else paint.topLeft()
    else:
        full = QRectF(
            0,
            0,
            device.width() * 72 / device.logicalDpiX(),
            device.height() * 72 / device.logicalDpiY(),
        )
        paint, origin = full, full.topLeft()
    frame = full.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN).intersected(paint)
    return frame.translated(-origin)


def render_plan(plan: WeeklyPlan, device: QPaintDevice) -> int:
    """Paint `plan` on `device`, a page at a time; returns the number of pages.

    A device without pages (an image) gets page 1 only.
    """
    fonts = Fonts()
    pages = layout(plan, page_frame(device), fonts)
    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the printer or file could not be opened for drawing")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        pen = _Painter(painter, device, fonts, plan, len(pages))
        for page in pages:
            if page.number > 1:
                if not isinstance(device, QPagedPaintDevice):
                    break
                if not device.newPage():
                    raise RenderError("the printer or file refused a new page")
            pen.page(page)
    finally:
        painter.end()
    return len(pages) if isinstance(device, QPagedPaintDevice) else 1


class _Painter(PlanPainter):
    """Paints pages; all coordinates are in points."""

    # -- the page ---------------------------------------------------------------------------------

    def page(self, page: Page) -> None:
        self.header(page)
        if page.grid is not None:
            self.grid(page.grid)
        for placed in page.rows:
            self.row(placed)
        if page.inbox is not None:
            self.inbox(page.inbox)
        if page.notes is not None:
            self.notes(page.notes)
        if page.continued is not None:
            self.text(
                page.continued,
                translate("Plan", "Continued on page {page} →").format(page=page.number + 1),
                self.fonts.small,
                MUTED,
                RIGHT,
            )
        self.footer(page)

    def header(self, page: Page) -> None:
        plan, fonts, frame = self.plan, self.fonts, page.frame
        baseline = frame.top() + 22.0
        x = frame.left()
        x += self.baseline_text(QPointF(x, baseline), week_heading(plan), fonts.title)
        x += 10.0
        span = span_text(plan.week)
        if page.number > 1:
            span = translate("Plan", "{span} · continued").format(span=span)
        x += self.baseline_text(QPointF(x, baseline), span, fonts.span, MUTED)
        if plan.all_day and page.number == 1:  # all-day events: one line, not in the grid
            named = fonts.width(fonts.name, plan.name) + 24.0 if plan.name else 0.0
            days: dict[date, list[str]] = {}
            for day, title in sorted(plan.all_day):
                days.setdefault(day, []).append(title)
            text = all_day_line(days.items())
            shown = fonts.elide(fonts.span, text, max(frame.right() - x - 16.0 - named, 0.0))
            self.baseline_text(QPointF(x + 16.0, baseline), shown, fonts.span, INK)
        if plan.name:
            room = max(frame.right() - x - 24.0, 0.0)
            who = fonts.elide(fonts.name, plan.name, room)
            name_rect = QRectF(frame.left(), baseline - 14.0, frame.width(), 18.0)
            self.text(name_rect, who, fonts.name, INK, RIGHT)
        rule = frame.top() + HEADER - 9.0
        self.line(frame.left(), rule, frame.right(), rule, INK, 1.2)

    def footer(self, page: Page) -> None:
        fonts, frame = self.fonts, page.frame
        top = frame.bottom() - FOOTER + 4.0
        self.line(frame.left(), top, frame.right(), top, LIGHT_RULE, 0.6)
        rect = QRectF(frame.left(), top + 2.0, frame.width(), FOOTER - 6.0)
        stamp = printed_stamp(self.plan)
        self.text(rect, stamp, fonts.small, MUTED, LEFT)
        of = translate("Plan", "Page {page} of {pages}").format(page=page.number, pages=self.pages)
        self.text(rect, of, fonts.small, MUTED, RIGHT)
        if page.grid is not None:
            self.legend(rect, rect.left() + self.fonts.width(fonts.small, stamp) + 16.0)

    def legend(self, rect: QRectF, after: float) -> None:
        """Centred in the footer, but never over the stamp on its left (long in German)."""
        fonts = self.fonts
        labels = [lane_name(q) for q in LEGEND]
        width = sum(BADGE + 3.0 + fonts.width(fonts.small, label) + 9.0 for label in labels)
        intro = translate("Plan", "Tasks:")
        width += fonts.width(fonts.small, intro) + 5.0
        x = max(rect.center().x() - width / 2, after)
        self.text(QRectF(x, rect.top(), width, rect.height()), intro, fonts.small, MUTED)
        x += fonts.width(fonts.small, intro) + 5.0
        for quadrant, label in zip(LEGEND, labels, strict=True):
            self.badge(QRectF(x, rect.center().y() - BADGE / 2, BADGE, BADGE), quadrant)
            x += BADGE + 3.0
            room = fonts.width(fonts.small, label) + 1.0
            self.text(QRectF(x, rect.top(), room, rect.height()), label, fonts.small, MUTED)
            x += fonts.width(fonts.small, label) + 9.0

    # -- the week grid ----------------------------------------------------------------------------

    def grid(self, grid: GridPage) -> None:
        fonts, plan, g = self.fonts, self.plan, grid.grid
        rect = grid.rect
        first, last = grid.hours
        top, bottom = g.y(first * 60), g.y(last * 60)
        p = self.p
        p.setPen(Qt.PenStyle.NoPen)
        for index, day in enumerate(grid.days):
            column = QRectF(g.x(index), top, g.day_width, bottom - top)
            if day == plan.today:
                p.setBrush(TODAY)
                p.drawRect(column)
            elif day.weekday() >= 5:
                p.setBrush(WEEKEND)
                p.drawRect(column)
        for hour in range(first, last + 1):
            y = g.y(hour * 60)
            strong = hour in (first, last)
            self.line(g.x(0), y, g.x(7), y, RULE if strong else LIGHT_RULE, 0.6 if strong else 0.4)
            if hour < last:
                half = g.y(hour * 60 + 30)
                p.setPen(QPen(LIGHT_RULE, 0.3, Qt.PenStyle.DotLine))
                p.drawLine(QPointF(g.x(0), half), QPointF(g.x(7), half))
                label = QRectF(rect.left(), y - 0.5, HOUR_AXIS - 4.0, 8.0)
                self.text(
                    label,
                    f"{hour:02d}:00",
                    fonts.hour,
                    MUTED,
                    TOP_RIGHT,
                )
        for index in range(8):
            x = g.x(index)
            self.line(x, rect.top() + 2.0, x, bottom, RULE, 0.6 if index in (0, 7) else 0.4)
        for index, day in enumerate(grid.days):
            head = QRectF(
                g.x(index) + 1.0, rect.top() + 2.0, g.day_width - 2.0, top - rect.top() - 5.0
            )
            text = day_head(day)
            if day == plan.today:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(INK)
                p.drawRoundedRect(head, 2.0, 2.0)
                today = translate("Plan", "{day} · today").format(day=text)
                self.text(head, today, fonts.day, PAPER, CENTER)
            else:
                self.text(head, text, fonts.day, INK, CENTER)
        for box in grid.boxes:
            self.block(box)

    def block(self, box: BlockBox) -> None:
        block, rect, p = box.block, box.rect, self.p
        pair = COLOURS.block(block.kind, block.quadrant)
        accent, fill = QColor(pair.accent), QColor(pair.tint)
        pen = QPen(accent.lighter(130), 0.6)
        if block.kind.value == "personal":
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(fill)
        p.drawRoundedRect(rect, 1.5, 1.5)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(accent)
        p.drawRect(QRectF(rect.left(), rect.top(), min(STRIPE, rect.width()), rect.height()))
        if not box.labelled:
            return
        inner = box_inner(rect)
        fonts = self.fonts
        if block.quadrant not in (None, Quadrant.INBOX):
            assert block.quadrant is not None
            self.badge(QRectF(inner.right() - BADGE, inner.top(), BADGE, BADGE), block.quadrant)
        if not box.title:  # a short block: one line
            line = fonts.line(fonts.block_title)
            self.text(
                QRectF(inner.left(), inner.top(), inner.width(), min(line, inner.height())),
                box.head,
                fonts.block_title,
                INK,
                TOP_LEFT,
                ltr=True,
            )
            return
        y = inner.top()
        if box.head:
            head_height = fonts.line(fonts.block_time)
            self.text(
                QRectF(inner.left(), y, inner.width(), head_height),
                box.head,
                fonts.block_time,
                MUTED,
                TOP_LEFT,
                ltr=True,
            )
            y += head_height
        line = fonts.line(fonts.block_title)
        for text in box.title:
            self.text(
                QRectF(inner.left(), y, inner.width(), line),
                text,
                fonts.block_title,
                INK,
                TOP_LEFT,
            )
            y += line

    # -- the lists --------------------------------------------------------------------------------

    def row(self, placed: PlacedRow) -> None:
        row, rect, fonts = placed.row, placed.rect, self.fonts
        if isinstance(row, Heading):
            x = rect.left()
            text_rect = QRectF(x, rect.top() + 3.0, rect.width(), 12.0)
            if row.quadrant is not None:
                self.badge(QRectF(x, text_rect.center().y() - 5.0, 10.0, 10.0), row.quadrant)
                x += 14.0
            title = _continued(row.text, row.continued)
            self.text(QRectF(x, text_rect.top(), rect.width(), 12.0), title, fonts.section)
            x += fonts.width(fonts.section, title) + 6.0
            if row.quadrant:
                count = Counts.tr("%n task(s)", "", row.count)
            else:
                count = Counts.tr("%n block(s)", "", row.count)
            self.text(QRectF(x, text_rect.top(), rect.width(), 12.0), count, fonts.count, MUTED)
            colour = QColor(COLOURS.lane(row.quadrant).accent) if row.quadrant else RULE
            self.line(
                rect.left(), rect.bottom() - 2.5, rect.right(), rect.bottom() - 2.5, colour, 0.8
            )
        elif isinstance(row, Subheading):
            text = _continued(row.text.upper(), row.continued)
            self.text(rect.adjusted(0, 2.0, 0, 0), text, fonts.subsection, MUTED)
        elif isinstance(row, Note):
            self.text(rect, row.text, fonts.small, MUTED)
        else:
            self.entry(row, rect)

    def entry(self, row: Entry, rect: QRectF) -> None:
        fonts = self.fonts
        metrics = self.rows
        first = QRectF(rect.left(), rect.top(), rect.width(), metrics.entry)
        x = rect.left()
        if row.checkbox:
            side = metrics.box
            box = QRectF(x + 0.5, first.center().y() - side / 2, side, side)
            self.p.setPen(QPen(MUTED, 0.6))
            self.p.setBrush(Qt.BrushStyle.NoBrush)
            self.p.drawRect(box)
            x += metrics.indent
        colour = MUTED
        if row.urgent or row.today:
            colour = QColor(COLOURS.overdue if row.urgent else COLOURS.due_today)
        detail_font = fonts.detail_bold if row.urgent or row.today else fonts.detail
        self.text(QRectF(x, first.top(), rect.right() - x, first.height()), row.title, fonts.item)
        self.text(first, row.detail, detail_font, colour, RIGHT, ltr=True)
        if row.second:
            second = QRectF(x, first.bottom() - 2.0, rect.right() - x, metrics.second)
            if row.urgent or row.today:
                second_colour = colour
            elif row.suggested:
                second_colour = QColor(COLOURS.lane(Quadrant.DO).accent)
            else:
                second_colour = MUTED
            self.text(second, row.second, detail_font, second_colour, ltr=True)

    def inbox(self, rect: QRectF) -> None:
        fonts, count = self.fonts, self.plan.inbox
        self.line(rect.left(), rect.top(), rect.right(), rect.top(), LIGHT_RULE, 0.5)
        x = rect.left()
        inbox = lane_name(Quadrant.INBOX) + "  "
        x += self.baseline_text(QPointF(x, rect.bottom() - 5.0), inbox, fonts.section)
        if count:
            text = Counts.tr("%n task(s) waiting to be triaged", "", count)
        else:
            text = translate("Plan", "empty: everything is triaged")
        self.baseline_text(QPointF(x, rect.bottom() - 5.0), text, fonts.item, MUTED)

    def notes(self, rect: QRectF) -> None:
        if rect.height() < 24.0:
            return
        fonts = self.fonts
        notes = translate("Plan", "Notes")
        self.text(QRectF(rect.left(), rect.top(), rect.width(), 12.0), notes, fonts.section)
        area = QRectF(rect.left(), rect.top() + 14.0, rect.width(), rect.height() - 14.0)
        self.p.setPen(QPen(RULE, 0.6))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawRoundedRect(area, 2.0, 2.0)
        y = area.top() + 16.0
        while y < area.bottom() - 6.0:
            self.line(area.left() + 6.0, y, area.right() - 6.0, y, LIGHT_RULE, 0.4)
            y += 16.0


def _continued(heading: str, continued: bool) -> str:
    """ "Do (continued)": a list's heading repeated at the top of the next column."""
    return (
        translate("Plan", "{heading} (continued)").format(heading=heading) if continued else heading
    )
