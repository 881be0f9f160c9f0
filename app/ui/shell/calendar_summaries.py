"""What a calendar sync or a calendar file import did, as the one line the window shows, in its
language. The model reports numbers and lists (`SyncReport`, `ImportResult`); the CLI prints
their English `summary()`, the window words the same numbers here, with plurals.
"""

from typing import TYPE_CHECKING

from app.ui.translation import Counts, in_words, translate

if TYPE_CHECKING:
    from app.model.calendar_service import ImportResult
    from app.model.sync import SyncReport


def sync_summary(report: "SyncReport") -> str:
    """ "Pushed 3, pulled 1, deleted 0 here and 1 there, 1 conflict: Plan." """
    line = translate(
        "CalendarSummary", "Pushed {pushed}, pulled {pulled}, deleted {here} here and {there} there"
    ).format(
        pushed=report.pushed,
        pulled=report.pulled,
        here=report.deleted_here,
        there=report.deleted_there,
    )
    if report.conflicts:
        conflicts = Counts.tr("%n conflict(s)", "", len(report.conflicts))
        line += translate("CalendarSummary", ", {conflicts}: {titles}").format(
            conflicts=conflicts, titles="; ".join(report.conflicts)
        )
    return line + _skipped(report.skipped) + "."


def import_summary(result: "ImportResult", source: str) -> str:
    """ "Imported 212 events and 3 to-dos from team.ics, skipped 2: …." """
    what = Counts.tr("%n event(s)", "", result.events)
    if result.todos:
        what = translate("CalendarSummary", "{events} and {todos}").format(
            events=what, todos=Counts.tr("%n to-do(s)", "", result.todos)
        )
    line = translate("CalendarSummary", "Imported {what} from {source}").format(
        what=what, source=source
    )
    if result.removed:
        line += translate("CalendarSummary", ", removed {events} no longer in it").format(
            events=Counts.tr("%n event(s)", "", result.removed)
        )
    if result.outside:
        line += translate(
            "CalendarSummary", " ({count} outside the import window left out)"
        ).format(count=result.outside)
    line += _skipped(result.skipped)
    if result.partly:
        line += translate("CalendarSummary", "; imported in part {count}: {reasons}").format(
            count=len(result.partly), reasons=_listed(result.partly)
        )
    return line + "."


def _skipped(reasons: "list[str] | tuple[str, ...]") -> str:
    if not reasons:
        return ""
    return translate("CalendarSummary", ", skipped {count}: {reasons}").format(
        count=len(reasons), reasons=_listed(reasons)
    )


def _listed(reasons: "list[str] | tuple[str, ...]") -> str:
    """The model's reasons (`Words`), each in the window's language."""
    return "; ".join(in_words(reason) for reason in reasons)
