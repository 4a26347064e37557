"""The office server's side of the app's way in: each person signs in to PostgreSQL as their own login
role, a desktop joins a server database knowing only its address, and a shop moved onto the server keeps
its signed-in administrator able to sign in (used by app.AppController; split out of app.py for size)."""

from __future__ import annotations

from typing import Any

from salesapp import config
from salesapp.db.pg_logins import create_login
from salesapp.db.pg_names import login_url, server_address
from salesapp.domain.records import UserRecord
from salesapp.services.registry import Services
from salesapp.ui.shared.i18n import error_text

AppController = Any  # app.AppController (not imported: app.py imports this module)


def join_server(ctl: AppController, url: str) -> None:
    """A desktop joins a server database set up before: keep its address, ask who signs in."""
    assert ctl.first_run is not None
    ctl.server_url, ctl.services, ctl.password = server_address(url), None, None
    ctl.config = ctl.config.with_changes(database_url=ctl.server_url)
    try:
        config.save_config(ctl.config)
    except OSError as exc:
        ctl.first_run.show_error(error_text(exc))
        return
    ctl.first_run.hide()
    ctl.show_sign_in()


def sign_in_to_server(ctl: AppController, server_url: str, username: str, password: str) -> None:
    """Connect as the person's own login role (the server checks the password); an administrator's
    connection runs pending migrations as the owner, anyone else's is refused while some are due."""
    assert ctl.sign_in is not None
    dialog = ctl.sign_in

    def work() -> tuple[Services, UserRecord]:
        services = ctl.connect_fn(login_url(server_url, username), password)
        try:
            return services, services.users.signed_in_on_server()
        except BaseException:
            services.close()
            raise

    def done(result: tuple[Services, UserRecord]) -> None:
        ctl.services, ctl.password = result[0], password
        ctl.signed_in(result[1], password)

    ctl.worker.submit(work, on_done=done, on_error=lambda exc: dialog.show_error(error_text(exc)))


def carry_login(ctl: AppController, url: str, server_password: str | None) -> None:
    """After a move or a restore onto the server (made with its superuser's account, given once): the
    signed-in person gets a login role with the password they signed in with, so that they can sign in
    at once; colleagues get theirs when an administrator resets their passwords."""
    user, mine = ctl.user, ctl.sign_in_password
    if user is None or not mine or server_password is None:
        return

    def work() -> None:
        services = ctl.connect_fn(url, server_password)
        try:
            with services.db.atomic():
                create_login(services.db.pw, user.id, user.username, user.role.value, mine)
        finally:
            services.close()

    ctl.worker.submit(work)
