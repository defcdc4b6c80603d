"""Alembic environment for the store.

The program runs migrations through `wo_desktop.store.migrate`, which hands over an open
connection inside its own transaction (`config.attributes["connection"]`). A developer drafting a
new revision can also run the alembic command line with `-x db=<path to a database>`.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from wo_desktop.store.db import open_engine

config = context.config


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        # SQLite runs DDL inside transactions: a failed migration leaves the old schema intact.
        transactional_ddl=True,
        # SQLite cannot ALTER most things; generated drafts use "move and copy" batches.
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def _run_from_command_line() -> None:
    from wo_desktop.store import models

    path = context.get_x_argument(as_dictionary=True).get("db")
    if not path:
        raise SystemExit("give the database with: alembic -x db=<path> ...")
    engine = open_engine(path)
    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                target_metadata=models.SQLModel.metadata,
                transactional_ddl=True,
                render_as_batch=True,
            )
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported")
elif config.attributes.get("connection") is not None:
    _run(config.attributes["connection"])
else:
    _run_from_command_line()
