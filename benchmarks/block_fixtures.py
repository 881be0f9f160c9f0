"""Data folders with many time blocks for the benchmarks, built through the model API.

Two kinds, both from a seeded generator (the same blocks every build, relative to today):

- a dense week (`build_dense_week`): `DENSE_BLOCKS` blocks in the week that holds today, as the
  window shows it (its first weekday is the caller's: the locale's, which needs Qt), most in the
  working hours and many overlapping, a few in the evening, at night or across midnight; about
  60% linked to tasks of every lane;
- history (`ensure_history`): a task database of `benchmarks.fixtures` plus `HISTORY_BLOCKS`
  blocks spread over the weeks before and after this one, about half linked to its open tasks —
  a year of planning, for start-up.

Blocks are written with `Services.add_blocks`, the path the app writes through, a few
thousand per call (one transaction each), and the counts are checked afterwards.
"""

import random
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from app.model.block import BlockDraft, BlockKind
from app.model.database import open_database
from app.model.services import Services
from app.model.week import Week, local_instant, local_zone, week_of
from benchmarks import fixtures

CHUNK = 2_500  # blocks per service call: one transaction each
DENSE_BLOCKS = 300
DENSE_TASKS = 150  # tasks in the dense week's folder, for blocks to link to
HISTORY_BLOCKS = 5_000
WEEKS_BEFORE, WEEKS_AFTER = 40, 11  # history: the weeks around this one that hold blocks

_MEETINGS = (
    "Team stand-up", "1:1 with Priya", "1:1 with Sam", "Architecture review", "Product sync",
    "Candidate interview", "Hiring debrief", "Vendor call", "Sprint demo", "Sprint planning",
    "Incident review", "Budget check-in", "Staff meeting", "Skip-level with Chen",
    "Customer call: Acme", "Roadmap review with product and design",
)  # fmt: skip
_PERSONAL = ("Lunch", "Gym", "School pick-up", "Dentist", "Walk", "Errands")
_FOCUS = ("Deep work: roadmap", "Focus: strategy doc", "Reading", "Inbox zero", "Prep for 1:1s")
_LENGTHS = (15, 30, 30, 30, 45, 60, 60, 60, 90, 120, 180)


@dataclass(frozen=True)
class HistorySpec:
    """A task database of `fixtures` with `blocks` time blocks over many weeks."""

    name: str  # folder name
    label: str  # for printed tables
    tasks: fixtures.DatabaseSpec
    blocks: int = HISTORY_BLOCKS
    seed: int = 11


OPEN_5K_BLOCKS_5K = HistorySpec("open-5k-blocks-5k", "5,000 open + 5,000 blocks", fixtures.OPEN_5K)


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _today(zone: tzinfo) -> date:
    return datetime.now(UTC).astimezone(zone).date()


def this_week(first_weekday: int = 0, zone: tzinfo | None = None) -> Week:
    """The week the window opens on (`first_weekday`: 0 Monday ... 6 Sunday)."""
    zone = zone or local_zone()
    return week_of(_today(zone), zone, first_weekday)


def _draft(
    rng: random.Random, day: date, zone: tzinfo, task_ids: Sequence[int], linked: float
) -> BlockDraft:
    """One block on `day`: mostly in the working hours, sometimes early, late or overnight."""
    where = rng.random()
    if where < 0.80:  # the working day, on the quarter hour
        top = rng.randrange(8 * 4, 18 * 4) * 15
    elif where < 0.93:  # early or in the evening
        top = rng.choice((rng.randrange(6 * 4, 8 * 4), rng.randrange(18 * 4, 22 * 4))) * 15
    elif where < 0.98:  # the small hours
        top = rng.randrange(0, 6 * 4) * 15
    else:  # late at night, on into the next day
        top = rng.randrange(22 * 4, 24 * 4) * 15
    length = rng.choice(_LENGTHS)
    if where >= 0.98:
        length = max(length, 150)
    start = local_instant(day, top, zone)
    end = start + timedelta(minutes=length)
    if task_ids and rng.random() < linked:
        return BlockDraft(start, end, "", BlockKind.FOCUS, rng.choice(task_ids))
    kind = rng.choices(list(BlockKind), weights=(2, 6, 2))[0]
    titles = {BlockKind.FOCUS: _FOCUS, BlockKind.MEETING: _MEETINGS, BlockKind.PERSONAL: _PERSONAL}
    notes = "Agenda in the shared doc." if rng.random() < 0.15 else ""
    return BlockDraft(start, end, rng.choice(titles[kind]), kind, None, notes)


def _week_drafts(
    rng: random.Random, week: Week, count: int, task_ids: Sequence[int], linked: float
) -> Iterator[BlockDraft]:
    """`count` blocks in `week`, five times as many on a working day as on a weekend day."""
    weights = [1 if day.weekday() >= 5 else 5 for day in week.days]
    for day in rng.choices(week.days, weights=weights, k=count):
        yield _draft(rng, day, week.zone, task_ids, linked)


def block_count(data_dir: Path) -> int:
    path = open_database(data_dir).path
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return int(connection.execute("SELECT count(*) FROM time_block").fetchone()[0])


def _add(service: Services, drafts: Iterator[BlockDraft], count: int) -> None:
    for start in range(0, count, CHUNK):
        chunk = [next(drafts) for _ in range(min(CHUNK, count - start))]
        service.blocks.add(chunk)


def build_dense_week(
    data_dir: Path, first_weekday: int = 0, blocks: int = DENSE_BLOCKS, seed: int = 3
) -> Week:
    """Fill a new data folder with `DENSE_TASKS` open tasks and `blocks` blocks in this week
    (as a window whose weeks start on `first_weekday` shows it); returns the week."""
    if data_dir.exists() and any(data_dir.iterdir()):
        raise FileExistsError(f"{data_dir} is not empty; benchmarks build into a new folder")
    started = time.perf_counter()
    rng = random.Random(seed)
    week = this_week(first_weekday)
    service = Services.open(open_database(data_dir).path)
    try:
        tasks = list(fixtures.drafts(DENSE_TASKS, rng, _today(week.zone)))
        task_ids = [task.id for task in service.tasks.add(tasks).created()]
        _add(service, _week_drafts(rng, week, blocks, task_ids, linked=0.6), blocks)
    finally:
        service.close()
    if block_count(data_dir) != blocks:
        raise RuntimeError(f"{data_dir} does not hold {blocks} blocks")
    _log(f"built a week of {blocks} blocks in {data_dir} ({time.perf_counter() - started:.1f} s)")
    return week


def _open_task_ids(data_dir: Path) -> list[int]:
    path = open_database(data_dir).path
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT id FROM task WHERE status = 'open' ORDER BY id")
        return [task_id for (task_id,) in rows]


def _history_drafts(
    rng: random.Random, count: int, task_ids: Sequence[int], zone: tzinfo
) -> Iterator[BlockDraft]:
    """`count` blocks over the weeks around this one (Monday weeks), as evenly as chance has it."""
    now = this_week(0, zone)
    weeks = [now.shifted(n) for n in range(-WEEKS_BEFORE, WEEKS_AFTER + 1)]
    per_week = [0] * len(weeks)
    for index in rng.choices(range(len(weeks)), k=count):
        per_week[index] += 1
    for week, number in zip(weeks, per_week, strict=True):
        yield from _week_drafts(rng, week, number, task_ids, linked=0.5)


def history_matches(spec: HistorySpec, data_dir: Path) -> bool:
    return fixtures.matches(spec.tasks, data_dir) and block_count(data_dir) == spec.blocks


def build_history(spec: HistorySpec, data_dir: Path) -> Path:
    """Fill a new data folder with the tasks of `spec.tasks`, then `spec.blocks` blocks."""
    fixtures.build(spec.tasks, data_dir)
    started = time.perf_counter()
    rng = random.Random(spec.seed)
    zone = local_zone()
    task_ids = _open_task_ids(data_dir)
    service = Services.open(open_database(data_dir).path)
    try:
        _add(service, _history_drafts(rng, spec.blocks, task_ids, zone), spec.blocks)
    finally:
        service.close()
    if not history_matches(spec, data_dir):
        raise RuntimeError(f"{data_dir} does not hold {spec.label}")
    _log(f"added {spec.blocks:,} blocks in {data_dir} ({time.perf_counter() - started:.1f} s)")
    return data_dir


def ensure_history(spec: HistorySpec, root: Path) -> Path:
    """The data folder for `spec` under `root`: reused when it holds the right counts, else
    built (see `fixtures.ensure`)."""
    data_dir = root / spec.name
    return fixtures.reuse_or_build(
        data_dir,
        spec.label,
        lambda: history_matches(spec, data_dir),
        lambda: build_history(spec, data_dir),
    )
