"""Import rules: the model knows no Qt, and start-up on a current file needs no SQLAlchemy."""

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
