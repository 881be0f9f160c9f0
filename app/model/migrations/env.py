"""Alembic environment: runs migrations on the file given by `migration.alembic_config`.

All the steps run in one transaction, begun here before Alembic sees the connection (SQLite's
DDL is transactional; Alembic would otherwise commit after each step), so an upgrade that fails
or is killed half-way leaves the file exactly as it was. The same transaction marks the file
with our application id.
"""

from pathlib import Path

from alembic import context
from sqlalchemy.engine import make_url

from app.model.database import BUSY_TIMEOUT_SECONDS
from app.model.engine import create_sqlite_engine
from app.model.ownership import APPLICATION_ID
from app.model.records import metadata

path = context.config.attributes.get("path")
if path is None:  # Alembic's own command line: only the URL option is set
    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None
    path = Path(make_url(url).database or "")
busy_timeout = context.config.attributes.get("busy_timeout", BUSY_TIMEOUT_SECONDS)
engine = create_sqlite_engine(path, busy_timeout)
try:
    with engine.connect() as connection, connection.begin():
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
finally:
    engine.dispose()
