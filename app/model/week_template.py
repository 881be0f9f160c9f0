"""Week templates: a week's focus blocks kept under a name, to put into another week — for
people who would rather copy a good week than write repeat rules.

Where the request leaves a choice:
- A template keeps each focus block's weekday, wall-clock start, length and title (not its
  task: by the time it is used, that task may be done); other kinds and all-day blocks are
  left out. Applied to a week, each comes back at the same wall-clock time in that week's
  zone, also across a daylight-saving change.
- Templates are kept with the window's settings, as JSON text (see `dump` and `load`); saving
  one under a name in use replaces it.
"""

import json
from dataclasses import dataclass
from datetime import timedelta

from app.model.block import BlockDraft, BlockKind, TimeBlock
from app.model.week import Week, local_instant, wall_minutes

SETTING = "week_templates"
NAME_MAX = 60


@dataclass(frozen=True, slots=True)
class TemplateBlock:
    day: int  # 0 = the week's first day
    start: int  # minutes after local midnight
    minutes: int
    title: str


def template_of(blocks: list[TimeBlock], week: Week) -> list[TemplateBlock]:
    """The focus blocks of `week` (starting in it) as a template, in order."""
    found = []
    for block in blocks:
        if block.kind is not BlockKind.FOCUS or block.all_day:
            continue
        day = week.index_of(block.start.astimezone(week.zone).date())
        if day is None:
            continue
        start = round(wall_minutes(block.start, week.days[day], week.zone))
        found.append(TemplateBlock(day, start, block.minutes, block.title))
    return sorted(found, key=lambda item: (item.day, item.start, item.title))


def drafts_for(template: list[TemplateBlock], week: Week) -> list[BlockDraft]:
    """The blocks a template puts into `week`."""
    drafts = []
    for item in template:
        start = local_instant(week.days[item.day], item.start, week.zone)
        drafts.append(BlockDraft(start, start + timedelta(minutes=item.minutes), item.title))
    return drafts


def dump(templates: dict[str, list[TemplateBlock]]) -> str:
    return json.dumps(
        {
            name: [[b.day, b.start, b.minutes, b.title] for b in blocks]
            for name, blocks in sorted(templates.items())
        },
        ensure_ascii=False,
    )


def load(text: str) -> dict[str, list[TemplateBlock]]:
    """The templates `dump` wrote; what cannot be read (edited by hand) is left out."""
    try:
        found = json.loads(text) if text else {}
    except ValueError:
        return {}
    templates: dict[str, list[TemplateBlock]] = {}
    if not isinstance(found, dict):
        return templates
    for name, blocks in found.items():
        try:
            templates[str(name)] = [
                TemplateBlock(int(day), int(start), int(minutes), str(title))
                for day, start, minutes, title in blocks
                if 0 <= int(day) < 7 and 0 <= int(start) < 24 * 60 and 0 < int(minutes) <= 1440
            ]
        except (TypeError, ValueError):
            continue
    return templates
