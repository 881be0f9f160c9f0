"""Alembic environment: runs migrations on the file given by `migration.alembic_config`."""

from pathlib import Path

from alembic import context
from sqlalchemy.engine import make_url

from app.model.engine import create_sqlite_engine
from app.model.records import metadata

path = context.config.attributes.get("path")
if path is None:  # Alembic's own command line: only the URL option is set
    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None
    path = Path(make_url(url).database or "")
engine = create_sqlite_engine(path)
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
