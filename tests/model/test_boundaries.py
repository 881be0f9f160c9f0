"""Import rules: the model knows no Qt, and start-up on a current file needs no SQLAlchemy."""

import ast
import json
import subprocess
import sys
from pathlib import Path

from app.model.database import open_database
from app.model.quadrant import Quadrant
from app.model.services import Services
from app.model.task import TaskDraft

REPO = Path(__file__).resolve().parents[2]


def run_python(code: str) -> dict:
    """Run `code` in a fresh interpreter from the repository; it prints one JSON object."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_model_imports_no_qt(tmp_path: Path) -> None:
    found = run_python(
        f"""
import importlib, json, pkgutil, sys
sys.modules["PySide6"] = None  # any Qt import now raises ImportError
sys.modules["shiboken6"] = None
QT = ("PySide6", "shiboken6", "PyQt5", "PyQt6")
import app.model
names = [m.name for m in pkgutil.walk_packages(app.model.__path__, "app.model.")]
for name in names:
    importlib.import_module(name)
from app.model.database import open_database  # runs the migrations too
open_database(__import__("pathlib").Path({str(tmp_path / "data")!r}))
qt = sorted(m for m, module in sys.modules.items() if module and m.split(".")[0] in QT)
print(json.dumps({{"imported": names, "qt": qt}}))
"""
    )
    assert found["qt"] == []
    expected = {"database", "engine", "errors", "migration", "parsing", "quadrant", "reading"}
    assert {f"app.model.{name}" for name in expected | {"records", "task", "tasks"}} <= set(
        found["imported"]
    )


def test_start_up_on_a_current_file_loads_no_sqlalchemy(data_dir: Path) -> None:
    path = open_database(data_dir).path
    service = Services.open(path)
    service.tasks.add([TaskDraft("first", Quadrant.DO), TaskDraft("second")])
    service.close()

    found = run_python(
        f"""
import json, sys
from pathlib import Path
from app.model import database, reading
opened = database.open_database(Path({str(data_dir)!r}))
connection = database.connect(opened.path)
titles = [task.title for task in reading.read_lanes(connection)]
heavy = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "alembic"))
print(json.dumps({{"titles": titles, "heavy": heavy}}))
"""
    )
    assert found == {"titles": ["second", "first"], "heavy": []}


def test_start_up_check_sees_heavy_imports() -> None:
    # The check above would pass vacuously if the module names were wrong.
    found = run_python(
        """
import json, sys
import app.model.tasks
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"sqlalchemy", "alembic"})))
"""
    )
    assert found == ["sqlalchemy"]


def test_the_window_starts_without_sqlalchemy() -> None:
    # Nor the calendar libraries: files and repeats load them when they are used.
    found = run_python(
        """
import json, sys
import app.ui.application, app.cli
heavy = {"sqlalchemy", "alembic", "icalendar", "recurring_ical_events", "dateutil"}
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & heavy)))
"""
    )
    assert found == []


# What the UI and the CLI may not import: the file's storage machinery behind the services.
STORAGE_INTERNALS = {
    "sqlalchemy",
    "alembic",
    "app.model.records",
    "app.model.rows",
    "app.model.engine",
    "app.model.datafile",
    "app.model.migration",
    "app.model.tasks",
    "app.model.blocks",
    "app.model.series",
    "app.model.undo",
}


def imports_of(path: Path) -> set[str]:
    """Every module a source file imports, at any depth of its code."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def reaches(names: set[str], forbidden: set[str]) -> set[str]:
    return {n for n in names for f in forbidden if n == f or n.startswith(f + ".")}


def test_ui_and_cli_use_the_services_not_the_storage_behind_them() -> None:
    offending = {}
    for folder in ("app/ui", "app/cli"):
        for path in sorted((REPO / folder).rglob("*.py")):
            found = reaches(imports_of(path), STORAGE_INTERNALS)
            if found:
                offending[str(path.relative_to(REPO))] = sorted(found)
    assert offending == {}


def test_the_import_check_sees_a_forbidden_import(tmp_path: Path) -> None:
    # The check above would pass vacuously if it could not see imports.
    source = tmp_path / "sample.py"
    source.write_text(
        "def f():\n    from app.model.rows import selecting\n    import sqlalchemy.orm\n"
    )
    assert reaches(imports_of(source), STORAGE_INTERNALS) == {
        "app.model.rows",
        "app.model.rows.selecting",
        "sqlalchemy.orm",
    }
