"""Alembic environment: runs migrations on the file named by the config's sqlalchemy.url."""

from alembic import context

from app.model.engine import create_sqlite_engine
from app.model.records import Base

url = context.config.get_main_option("sqlalchemy.url")
assert url is not None
engine = create_sqlite_engine(url.removeprefix("sqlite:///"))
with engine.connect() as connection:
    context.configure(
        connection=connection, target_metadata=Base.metadata, render_as_batch=True
    )
    with context.begin_transaction():
        context.run_migrations()
engine.dispose()
