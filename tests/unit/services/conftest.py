"""The service tests call the services as the signed-in staff, not as a superuser: on PostgreSQL each
call that names an acting user runs as that person's own login role, under the database's row-level
security (tests/helpers/fixtures.as_staff), so every refusal and every answer here is also what the
database itself allows (issue 14). A test that must run as the database owner says so, with its reason:
`@pytest.mark.pg_owner("why")`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from salesapp.services.registry import Services
from tests.helpers.fixtures import as_staff


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "pg_owner(reason): the PostgreSQL run calls the services as the owner, not as staff"
    )


@pytest.fixture
def services(services: Services, request: pytest.FixtureRequest) -> Iterator[Services]:
    """The shared `services` fixture, called as each acting user's own login role on PostgreSQL."""
    marker = request.node.get_closest_marker("pg_owner")
    if services.db.is_sqlite or marker is not None:
        assert marker is None or marker.args, "pg_owner needs its reason"
        yield services
        return
    yield as_staff(services)
