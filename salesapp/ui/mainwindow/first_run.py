"""First run: create a local database with its first administrator, or connect to the office server."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from salesapp.ui.widgets.message_label import MessageLabel


@dataclass(frozen=True)
class SetupRequest:
    """What the user asked for: a database URL, its server password, and the first admin (may be blank)."""

    url: str
    password: str | None
    admin_username: str
    admin_display_name: str
    admin_password: str
    remember_password: bool


class FirstRunDialog(QDialog):
    """Choose where the data lives and create the first administrator.

    Signals:
        setup_requested(SetupRequest): the user pressed Create / Connect; the controller answers with
            `show_error` (dialog stays open, nothing typed is lost) or closes the dialog.
    """

    setup_requested = Signal(object)

    def __init__(self, default_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to salesapp"))
        self.setMinimumWidth(560)
        intro = QLabel(self.tr("Where should salesapp keep your shop's data?"))
        intro.setWordWrap(True)

        self.local_choice = QRadioButton(self.tr("On this computer (one shop, one desktop)"))
        self.server_choice = QRadioButton(
            self.tr("On the office's PostgreSQL server (shared by many desktops)")
        )
        self.local_choice.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.server_choice)

        # Two pages shown one at a time (not a QStackedWidget, which keeps the taller page's height).
        self.local_page = self._local_page(default_path)
        self.server_page = self._server_page()
        self.server_page.hide()
        self.local_choice.toggled.connect(self.local_page.setVisible)
        self.local_choice.toggled.connect(lambda on: self.server_page.setVisible(not on))
        self.local_choice.toggled.connect(self._update_button_text)

        admin_box = QGroupBox(self.tr("First administrator (for a new database)"))
        admin_form = QFormLayout(admin_box)
        self.admin_username = QLineEdit("admin")
        self.admin_display_name = QLineEdit()
        self.admin_display_name.setPlaceholderText(self.tr("Your name as colleagues see it"))
        self.admin_password = QLineEdit()
        self.admin_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin_password_again = QLineEdit()
        self.admin_password_again.setEchoMode(QLineEdit.EchoMode.Password)
        admin_form.addRow(self.tr("User name:"), self.admin_username)
        admin_form.addRow(self.tr("Display name:"), self.admin_display_name)
        admin_form.addRow(self.tr("Password:"), self.admin_password)
        admin_form.addRow(self.tr("Repeat password:"), self.admin_password_again)

        self.message = MessageLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_choice)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.local_page)
        layout.addWidget(self.server_page)
        layout.addWidget(admin_box)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.local_choice.toggled.connect(lambda: self.resize(self.width(), self.sizeHint().height()))
        self._update_button_text()

    def _local_page(self, default_path: str) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.path_edit = QLineEdit(default_path)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Database file:"), row)
        return page

    def _server_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.host_edit = QLineEdit()
        self.host_edit.setPlaceholderText("192.168.1.10")
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        self.database_edit = QLineEdit("salesapp")
        self.user_edit = QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Database:"), self.database_edit)
        form.addRow(self.tr("User:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        self.require_user = False  # Move to a server: the account that creates the database is needed
        self.server_note = note = QLabel(
            self.tr(
                "To set up a new database, use the server's superuser or the database owner once: salesapp "
                "keeps no copy of this password. To join a database already set up, leave User and Password "
                "empty: staff sign in with their own user name and password."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        return page

    def ask_server_account(self) -> None:
        """For moving or restoring a shop onto the server: the user and password of an account that may
        create the database and its roles are needed, and said so."""
        self.require_user = True
        self.server_note.setText(
            self.tr(
                "Use the server's superuser or an account that may create databases and roles: salesapp "
                "keeps no copy of this password. Afterwards everyone signs in with their own user name "
                "and password."
            )
        )

    def _update_button_text(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Create") if self.local_choice.isChecked() else self.tr("Connect"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Database file"), self.path_edit.text(), self.tr("salesapp database (*.sqlite3)")
        )
        if path:
            self.path_edit.setText(path)

    def request(self) -> SetupRequest | None:
        """The request built from the form, or None after showing what is missing."""
        if self.admin_password.text() != self.admin_password_again.text():
            self.show_error(self.tr("The two passwords are not the same."))
            return None
        admin = (self.admin_username.text(), self.admin_display_name.text(), self.admin_password.text())
        if self.local_choice.isChecked():
            path = self.path_edit.text().strip()
            if not path:
                self.show_error(self.tr("Choose a file for the database."))
                return None
            return SetupRequest("sqlite:///" + path, None, *admin, False)
        host, database, user = (
            self.host_edit.text().strip(),
            self.database_edit.text().strip(),
            self.user_edit.text().strip(),
        )
        if not host or not database or (self.require_user and not user):
            if self.require_user:
                self.show_error(self.tr("Enter the server, the database and the user."))
            else:
                self.show_error(self.tr("Enter the server and the database."))
            return None
        # No user: a desktop joining a database already set up; its people sign in as themselves.
        account = f"{user}@" if user else ""
        url = f"postgresql://{account}{host}:{self.port_spin.value()}/{database}"
        return SetupRequest(url, self.password_edit.text(), *admin, True)

    def _submit(self) -> None:
        self.message.clear_message()
        request = self.request()
        if request is not None:
            self.set_busy(True)
            self.setup_requested.emit(request)

    def fill_server(self, url: str, *, ask_password: bool = False) -> None:
        """Show the server `url` in the form (without its password), ready for the password to be typed;
        `ask_password` says why it is asked: this computer cannot keep it."""
        parts = urlsplit(url)
        self.server_choice.setChecked(True)
        self.host_edit.setText(parts.hostname or "")
        self.port_spin.setValue(parts.port or 5432)
        self.database_edit.setText(unquote(parts.path.strip("/")))
        self.user_edit.setText(unquote(parts.username or ""))
        self.password_edit.setFocus()
        if ask_password:
            self.message.show_notice(
                self.tr(
                    "Type the server password: this computer has no keyring to keep it, so salesapp asks "
                    "for it at each start."
                )
            )

    def set_busy(self, busy: bool) -> None:
        """Disable the buttons while the controller works."""
        self.buttons.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """Show why the setup failed; every field keeps what the user typed."""
        self.set_busy(False)
        self.message.show_error(text)
