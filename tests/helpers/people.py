"""Who a test reads as when it only inspects: the first active administrator or manager of the database."""

from __future__ import annotations

from salesapp.db import models as m
from salesapp.db.mapping import user_record
from salesapp.domain.clock import to_db
from salesapp.domain.enums import Role
from salesapp.domain.records import UserRecord
from salesapp.services.registry import Services


def manager_of(services: Services) -> UserRecord:
    """The first active administrator or manager (services read the acting user from the database, so a
    made-up record would be refused)."""
    del services  # the rows are read through the open database the services use
    u = m.User
    row = (
        u.select().where(u.active & u.role.in_([Role.ADMIN.value, Role.MANAGER.value])).order_by(u.id).first()
    )
    assert row is not None, "the test database has no active administrator or manager"
    return user_record(row)


def admin_of(services: Services) -> UserRecord:
    """The first active administrator; one is added (as a row, the demo data has none) when there is
    none."""
    u = m.User
    row = u.select().where(u.active & (u.role == Role.ADMIN.value)).order_by(u.id).first()
    if row is None:
        now = to_db(services.ctx.clock())
        uid = u.insert(
            username="test-admin", display_name="Test Admin", role=Role.ADMIN.value, password_hash="-",
            created_at=now, updated_at=now,
        ).execute()  # fmt: skip
        row = u.get_by_id(uid)
    return user_record(row)
