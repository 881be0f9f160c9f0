"""Data folders with many tasks for the benchmarks, built through the model API.

Each `DatabaseSpec` describes one case (how many tasks, how many of them done). `build` makes a
data folder for it with `open_database` and `Services` — the same path the app writes
through — in chunks of a few thousand tasks per call, then checks the counts. Titles, lanes,
dates, estimates, delegates and tags come from a seeded generator, so every build of a spec
holds the same tasks.
"""

import random
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from app.model.database import DB_FILENAME, open_database
from app.model.quadrant import Quadrant, Status
from app.model.services import Services
from app.model.task import TaskDraft

CHUNK = 5_000  # tasks per service call: one transaction each

# Share of tasks per lane, Inbox first (the order of `Quadrant`).
_LANE_WEIGHTS = (0.25, 0.20, 0.25, 0.15, 0.15)
_VERBS = (
    "Review", "Draft", "Prepare", "Follow up on", "Reply to", "Plan", "Book", "Fix", "Update",
    "Read", "Schedule", "Write", "Check", "Clean up", "Decide on", "Present", "Share", "Sign off",
)  # fmt: skip
_THINGS = (
    "the Q{q} hiring plan", "the on-call rota", "Dana's promotion packet", "the budget forecast",
    "the incident {n} postmortem", "the team offsite agenda", "release notes for v{q}.{n}",
    "1:1 notes with Sam", "the expense report", "the OKR draft", "the vendor contract",
    "the interview loop for the backend role", "the roadmap slides", "the flaky CI job",
    "the security review", "the onboarding doc", "feedback for Priya", "the capacity plan",
    "the architecture decision record #{n}", "the customer escalation from Acme",
)  # fmt: skip
_PEOPLE = ("Ana", "Ben", "Chen", "Dana", "Eli", "Farah", "Gus", "Hana", "Priya", "Sam")
_TAGS = ("hiring", "ops", "1on1", "planning", "budget", "infra", "team", "customer")
_ESTIMATES = (15, 30, 45, 60, 90, 120, 240)


@dataclass(frozen=True)
class DatabaseSpec:
    """One benchmark database: `total` tasks of which `done` are marked done, the rest open."""

    name: str  # folder name
    label: str  # for printed tables
    total: int
    done: int = 0
    seed: int = 1

    @property
    def open(self) -> int:
        return self.total - self.done


OPEN_10K = DatabaseSpec("open-10k", "10,000 open tasks", 10_000)
MOSTLY_DONE_100K = DatabaseSpec("done-100k", "100,000 tasks, 95% done", 100_000, done=95_000)
OPEN_5K = DatabaseSpec("open-5k", "5,000 open tasks", 5_000)


def _log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def drafts(count: int, rng: random.Random, today: date) -> Iterator[TaskDraft]:
    """`count` plausible tasks for a busy lead, spread over the five lanes."""
    lanes = rng.choices(list(Quadrant), weights=_LANE_WEIGHTS, k=count)
    for quadrant in lanes:
        title = f"{rng.choice(_VERBS)} {rng.choice(_THINGS)}".format(
            q=rng.randint(1, 4), n=rng.randint(1, 999)
        )
        delegated = quadrant is Quadrant.DELEGATE and rng.random() < 0.9
        yield TaskDraft(
            title=title,
            quadrant=quadrant,
            notes="Context in the meeting notes; ask before changing scope."
            if rng.random() < 0.2
            else "",
            due=today + timedelta(days=rng.randint(-20, 60)) if rng.random() < 0.4 else None,
            estimate=rng.choice(_ESTIMATES) if rng.random() < 0.5 else None,
            delegate=rng.choice(_PEOPLE) if delegated else None,
            follow_up=today + timedelta(days=rng.randint(-5, 21))
            if delegated and rng.random() < 0.6
            else None,
            tags=tuple(rng.sample(_TAGS, rng.choice((0, 0, 1, 1, 2)))),
        )


def sample_titles(count: int, seed: int = 1) -> list[str]:
    """Titles like the tasks' own, for a bare window that has no tasks."""
    rng = random.Random(seed)
    return [draft.title for draft in drafts(count, rng, date.today())]


def status_counts(data_dir: Path) -> dict[Status, int]:
    """How many tasks of each status the data folder holds (read with sqlite3, read-only)."""
    path = open_database(data_dir).path
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute("SELECT status, count(*) FROM task GROUP BY status")
        counts = {Status(status): count for status, count in rows}
    return {status: counts.get(status, 0) for status in Status}


def lane_sizes(data_dir: Path) -> list[int]:
    """Open tasks per lane, in the order of `Quadrant`."""
    path = open_database(data_dir).path
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        rows = connection.execute(
            "SELECT quadrant, count(*) FROM task WHERE status = 'open' GROUP BY quadrant"
        )
        counts = dict(rows.fetchall())
    return [counts.get(quadrant.value, 0) for quadrant in Quadrant]


def matches(spec: DatabaseSpec, data_dir: Path) -> bool:
    counts = status_counts(data_dir)
    return counts[Status.OPEN] == spec.open and counts[Status.DONE] == spec.done


def build(spec: DatabaseSpec, data_dir: Path) -> Path:
    """Fill a new data folder with the tasks of `spec`; returns the folder."""
    if data_dir.exists() and any(data_dir.iterdir()):
        raise FileExistsError(f"{data_dir} is not empty; benchmarks build into a new folder")
    started = time.perf_counter()
    rng = random.Random(spec.seed)
    today = date.today()
    service = Services.open(open_database(data_dir).path)
    try:
        ids: list[int] = []
        pending = drafts(spec.total, rng, today)
        for start in range(0, spec.total, CHUNK):
            chunk = [next(pending) for _ in range(min(CHUNK, spec.total - start))]
            ids.extend(task.id for task in service.tasks.add(chunk).created())
        done = sorted(rng.sample(ids, spec.done))
        for start in range(0, len(done), CHUNK):
            service.tasks.set_done(done[start : start + CHUNK], True)
    finally:
        service.close()
    if not matches(spec, data_dir):
        raise RuntimeError(f"{data_dir} does not hold {spec.label}: {status_counts(data_dir)}")
    _log(f"built {spec.label} in {data_dir} ({time.perf_counter() - started:.1f} s)")
    return data_dir


def ensure(spec: DatabaseSpec, root: Path) -> Path:
    """The data folder for `spec` under `root`: reused when it holds the right counts, else built.

    Reuse goes through `open_database`, so a folder from an older schema is migrated first and
    a later start-up measures reading, not migrating.
    """
    data_dir = root / spec.name
    return reuse_or_build(
        data_dir, spec.label, lambda: matches(spec, data_dir), lambda: build(spec, data_dir)
    )


def reuse_or_build(
    data_dir: Path, label: str, holds: Callable[[], bool], build: Callable[[], Path]
) -> Path:
    """`data_dir` if it already holds what `label` says (`holds`), else what `build` makes;
    a folder holding something else is an error, never overwritten."""
    if data_dir.exists() and (data_dir / DB_FILENAME).exists():
        if holds():
            _log(f"reusing {label} in {data_dir}")
            return data_dir
        raise RuntimeError(f"{data_dir} exists but does not hold {label}; remove it")
    return build()
