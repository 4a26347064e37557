"""The server connection form of the first-run dialog (server, port, database, user, password), reused as it
is for "Move to a server…" and restoring onto the server: one form to learn, one place to change it.

The first-run dialog builds its server page and turns the fields into a database address; this widget keeps
one such dialog hidden and shows only that page, asking the dialog for the address and its refusals.
"""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from salesapp.ui.mainwindow.first_run import FirstRunDialog


class ServerForm(QWidget):
    """The office server's connection fields; `address()` gives (URL, password) or an error to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup = FirstRunDialog("", self)  # never shown: it lends its server page and checks
        self._setup.hide()
        self._setup.server_choice.setChecked(True)
        self._setup.ask_server_account()
        self.page = self._setup.server_page
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.page.show()
        self.host_edit = self._setup.host_edit
        self.port_spin = self._setup.port_spin
        self.database_edit = self._setup.database_edit
        self.user_edit = self._setup.user_edit
        self.password_edit = self._setup.password_edit

    def address(self) -> tuple[str, str | None] | str:
        """(URL without password, password) from the fields, or the reason they are not enough."""
        self._setup.message.clear_message()
        request = self._setup.request()
        if request is None:
            return self._setup.message.text()
        return request.url, request.password or None
