"""The main window: section navigation, the section stack, status bar, menus and shortcuts."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QWidget,
)

from salesapp.domain.records import UserRecord
from salesapp.ui.mainwindow.about_dialog import AboutDialog
from salesapp.ui.mainwindow.help_dialog import HelpDialog
from salesapp.ui.shared.i18n import tr_noop, translate
from salesapp.ui.shared.icons import icon
from salesapp.ui.widgets.elided_label import ElidedLabel
from salesapp.ui.widgets.layout_memory import remember_splitter

# (key, title, what will be there)
SECTIONS = (
    (
        "followup",
        tr_noop("MainWindow", "Follow-up"),
        tr_noop(
            "MainWindow",
            "Orders, call-back requests and payment notices to follow up until they close, "
            "with today's and overdue items first.",
        ),
    ),
    (
        "orders",
        tr_noop("MainWindow", "Orders"),
        tr_noop("MainWindow", "Every order with its lines, totals, payment and shipping status."),
    ),
    (
        "customers",
        tr_noop("MainWindow", "Customers"),
        tr_noop(
            "MainWindow",
            "One profile per customer, filled from chat messages, tagged and handed over "
            "fairly between staff.",
        ),
    ),
    (
        "upsell",
        tr_noop("MainWindow", "Upsell"),
        tr_noop(
            "MainWindow", "Fresh orders to call before they ship, shared fairly between telesales staff."
        ),
    ),
    (
        "opportunities",
        tr_noop("MainWindow", "Opportunities"),
        tr_noop(
            "MainWindow", "Possible sales moving through the pipeline stages, with their win probability."
        ),
    ),
    (
        "products",
        tr_noop("MainWindow", "Products"),
        tr_noop("MainWindow", "The product catalogue: units, prices and categories, imported or typed."),
    ),
    (
        "reports",
        tr_noop("MainWindow", "Reports"),
        tr_noop("MainWindow", "Follow-up, upsell and pipeline figures per staff member and period."),
    ),
    ("settings", tr_noop("MainWindow", "Settings"), ""),
)


class MainWindow(QMainWindow):
    """Hosts one widget per section and switches between them.

    A section widget may offer `new_button` (Ctrl+N presses it) and `search` (Ctrl+F puts the cursor in
    it); F1 shows the section's purpose and the shortcuts.

    Signals:
        sign_out_requested(): the user wants to sign out.
        change_password_requested(): File → Change my password….
        refresh_requested(): F5, reload what is shown.
    """

    sign_out_requested = Signal()
    change_password_requested = Signal()
    refresh_requested = Signal()

    def __init__(
        self,
        user: UserRecord,
        database: str,
        is_server: bool,
        settings_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.user = user
        self._database, self._is_server = database, is_server
        self.about_dialog: AboutDialog | None = None
        self.help_dialog: HelpDialog | None = None
        self.setWindowTitle(self.tr("salesapp"))
        self.setWindowIcon(icon("app"))
        self._settings = QSettings(str(settings_path), QSettings.Format.IniFormat)

        self.nav = QListWidget()
        self.nav.setObjectName("sectionNav")  # styled by the app stylesheet (ui/shared/theme.py)
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setMinimumWidth(170)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self._index: dict[str, int] = {}
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._nav_kept = remember_splitter(splitter, "main")
        self.setCentralWidget(splitter)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._show_title)

        database_icon = QLabel()
        database_icon.setPixmap(icon("server" if is_server else "database").pixmap(16, 16))
        # The path gives way (elided in the middle) so the signed-in person and the backup status stay whole.
        self.database_label = ElidedLabel(database)
        kind = self.tr("Local database file") if not is_server else self.tr("Shared PostgreSQL server")
        self.database_label.setToolTip(f"{kind}\n{database}")
        self.statusBar().addWidget(database_icon)
        self.user_label = QLabel(
            self.tr("Signed in as {0} ({1})").format(name_without_role(user), role_name(user))
        )
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        self.resize(1200, 780)
        self._restore_geometry()

    def add_section(self, key: str, title: str, widget: QWidget) -> None:
        """Append a section to the navigation."""
        item = QListWidgetItem(icon(key), title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)
        self._index[key] = self.stack.addWidget(widget)
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)
        if not self._nav_kept:  # as wide as the longest section name needs, the rest for the section
            self.splitter.setSizes([self.navigation_width(), max(self.width() - self.navigation_width(), 1)])

    def navigation_width(self) -> int:
        """What the navigation needs to show its longest section name whole (within its bounds)."""
        metrics = self.nav.fontMetrics()
        names = (self.nav.item(i).text() for i in range(self.nav.count()))
        longest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        needed = longest + self.nav.iconSize().width() + 48
        return max(self.nav.minimumWidth(), min(needed, self.nav.maximumWidth()))

    def show_section(self, key: str) -> None:
        """Switch to the section named `key`."""
        self.nav.setCurrentRow(self._index[key])

    def _show_title(self, row: int) -> None:
        # The section in the title ("Customers — salesapp"): the taskbar, the window switcher and scripts
        # that drive the window (tests/e2e/test_real_window.py) see where it is.
        item = self.nav.item(row)
        self.setWindowTitle(self.tr("{0} — salesapp").format(item.text()) if item else self.tr("salesapp"))

    def current_section(self) -> str:
        """Key of the section shown."""
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def section_widget(self, key: str) -> QWidget:
        """The widget of a section."""
        widget = self.stack.widget(self._index[key])
        assert widget is not None
        return widget

    def _build_menus(self) -> None:
        # Qt's default TextHeuristicRole would move any item whose text looks like "Settings", "About" or
        # "Quit" (in English) into the macOS application menu: only the three below go there, by role.
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New…"), file_menu)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_in_section)
        file_menu.addSeparator()
        # Administrators' backup screens (ui/backup/backup_actions.py connects them and shows them to admins).
        self.backup_action = self._action(self.tr("&Back up now…"), file_menu)
        self.restore_action = self._action(self.tr("&Restore…"), file_menu)
        to_file, to_server = self.tr("&Move to a file on this computer…"), self.tr("&Move to a server…")
        self.move_action = self._action(to_file if self._is_server else to_server, file_menu)
        for action in (self.backup_action, self.restore_action, self.move_action):
            action.setVisible(False)
        self.backup_separator = file_menu.addSeparator()
        self.backup_separator.setVisible(False)
        self.change_password_action = self._action(self.tr("&Change my password…"), file_menu)
        self.change_password_action.triggered.connect(self.change_password_requested)
        sign_out = self._action(self.tr("Sign &out"), file_menu)
        sign_out.triggered.connect(self.sign_out_requested)
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), file_menu, QAction.MenuRole.QuitRole)
        self.quit_action.setShortcuts(quit_keys())
        self.quit_action.triggered.connect(lambda: QApplication.closeAllWindows())

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for number, (key, title, _) in enumerate(SECTIONS, start=1):
            action = self._action(translate("MainWindow", title), view_menu)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, k=key: self.show_section(k))
            self.addAction(action)  # shortcuts work even while the menu bar is hidden (macOS full screen)
        view_menu.addSeparator()
        self.search_action = self._action(self.tr("&Search"), view_menu)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self.search_in_section)
        refresh = self._action(self.tr("&Refresh"), view_menu)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.refresh_requested)
        self.preferences_action = self._action(
            self.tr("&Preferences"), view_menu, QAction.MenuRole.PreferencesRole
        )
        self.preferences_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
        self.preferences_action.triggered.connect(lambda: self.show_section("settings"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_action = self._action(self.tr("&Help for this section"), help_menu)
        self.help_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.help_action.triggered.connect(self.show_help)
        self.about_action = self._action(self.tr("&About salesapp"), help_menu, QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _action(self, text: str, menu: QMenu, role: QAction.MenuRole = QAction.MenuRole.NoRole) -> QAction:
        action = QAction(text, self)
        action.setMenuRole(role)
        menu.addAction(action)
        return action

    def new_in_section(self) -> bool:
        """Ctrl+N: press the section's New button (open its menu when it has one); False without one."""
        button = getattr(self.stack.currentWidget(), "new_button", None)
        if not isinstance(button, QAbstractButton) or not button.isVisibleTo(self) or not button.isEnabled():
            self.statusBar().showMessage(self.tr("Nothing can be created in this section."), 4000)
            return False
        if isinstance(button, QToolButton) and button.menu() is not None:
            button.showMenu()
        else:
            button.click()
        return True

    def search_in_section(self) -> bool:
        """Ctrl+F: the cursor into the section's search box, its text selected; False without one."""
        search = getattr(self.stack.currentWidget(), "search", None)
        if not isinstance(search, QLineEdit) or not search.isVisibleTo(self):
            return False
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
        return True

    def show_help(self) -> HelpDialog:
        """F1: the section on screen and the keyboard shortcuts."""
        key = self.current_section()
        title, about = next(((t, a) for k, t, a in SECTIONS if k == key), ("", ""))
        if self.help_dialog is not None:
            self.help_dialog.close()
        self.help_dialog = HelpDialog(
            translate("MainWindow", title), translate("MainWindow", about) if about else "", self
        )
        self.help_dialog.show()
        return self.help_dialog

    def show_about(self) -> AboutDialog:
        """Help → About (in the application menu on macOS)."""
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self._database, self._is_server, self)
        self.about_dialog.show()
        self.about_dialog.raise_()
        self.about_dialog.activateWindow()
        return self.about_dialog

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = self._settings.value("main/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._settings.setValue("main/geometry", self.saveGeometry())
        self._settings.setValue("main/state", self.saveState())
        self._settings.sync()
        super().closeEvent(event)


def quit_keys() -> list[QKeySequence]:
    """The platform's Quit keys plus Ctrl+Q (Windows has none; Command+Q on macOS), each listed once: a key
    given twice to one action is an "ambiguous shortcut overload" and does nothing."""
    result: list[QKeySequence] = []
    for key in [*QKeySequence.keyBindings(QKeySequence.StandardKey.Quit), QKeySequence("Ctrl+Q")]:
        if not key.isEmpty() and key not in result:
            result.append(key)
    return result


def name_without_role(user: UserRecord) -> str:
    """The display name without a role it already ends with ("คุณมานพ (Manager)"): the role is shown once."""
    role = role_name(user)
    english = user.role.value.capitalize() if user.role.value != "admin" else "Administrator"
    name = user.display_name.strip()
    if name.casefold().endswith((f"({role})".casefold(), f"({english})".casefold())):
        name = name[: name.rindex("(")].rstrip()
    return name


def role_name(user: UserRecord) -> str:
    """The role in the user's language."""
    names = {
        "admin": translate("MainWindow", "Administrator"),
        "manager": translate("MainWindow", "Manager"),
        "sales": translate("MainWindow", "Sales"),
    }
    return names[user.role.value]
