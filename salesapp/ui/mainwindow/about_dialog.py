"""Help → About: the icon, name and version, what it runs on, and the third-party notices."""

from __future__ import annotations

import platform
from collections.abc import Callable

import PySide6
from PySide6.QtCore import QSysInfo, Qt, qVersion
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from salesapp import __version__
from salesapp.notices import third_party_notices
from salesapp.ui.shared.icons import icon


class AboutDialog(QDialog):
    """Who made what: salesapp's version and environment on one tab, the bundled libraries' licences
    on the other (read only when that tab is first opened)."""

    def __init__(
        self,
        database: str,
        is_server: bool,
        parent: QWidget | None = None,
        notices: Callable[[], str] = third_party_notices,
    ) -> None:
        super().__init__(parent)
        self._notices = notices
        self.setWindowTitle(self.tr("About salesapp"))
        self.setWindowIcon(icon("app"))
        self.resize(760, 560)  # about 80 columns of notices: licence texts are wrapped at 72 to 80

        logo = QLabel()
        logo.setPixmap(icon("app").pixmap(72, 72))
        name = QLabel("salesapp")
        title_font = QFont(name.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        name.setFont(title_font)
        self.version_label = QLabel(self.tr("Version {0}").format(__version__))
        tagline = QLabel(self.tr("Sales follow-up for small online shops in Thailand and Vietnam."))
        tagline.setWordWrap(True)
        words = QVBoxLayout()
        words.addWidget(name)
        words.addWidget(self.version_label)
        words.addWidget(tagline)
        words.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        header.addSpacing(12)
        header.addLayout(words, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._about_tab(database, is_server), self.tr("About"))
        self.notices_view = QPlainTextEdit()
        self.notices_view.setReadOnly(True)
        self.notices_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.notices_tab = self._notices_tab()
        self.tabs.addTab(self.notices_tab, self.tr("Third-party notices"))
        self.tabs.currentChanged.connect(self._tab_changed)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _about_tab(self, database: str, is_server: bool) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        kind = self.tr("shared PostgreSQL server") if is_server else self.tr("local database file")
        self.details = {
            "version": __version__,
            "database": f"{database} ({kind})",
            "qt": f"Qt {qVersion()}, PySide6 {PySide6.__version__}",
            "python": platform.python_version(),
            "system": QSysInfo.prettyProductName(),
        }
        labels = {
            "version": self.tr("Version:"),
            "database": self.tr("Database:"),
            "qt": self.tr("Qt and PySide6:"),
            "python": self.tr("Python:"),
            "system": self.tr("System:"),
        }
        for key, value in self.details.items():
            field = QLabel(value)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            field.setObjectName(f"about_{key}")
            form.addRow(labels[key], field)
        return page

    def _notices_tab(self) -> QWidget:
        page = QWidget()
        intro = QLabel(
            self.tr(
                "salesapp is built with the open-source libraries listed below, each under its own "
                "licence. Qt and PySide6 are used under the GNU Lesser General Public License version 3 "
                "(LGPL v3): you may replace them with other builds of the same version."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addWidget(self.notices_view, 1)
        return page

    def show_notices(self) -> None:
        """Switch to the third-party notices tab."""
        self.tabs.setCurrentWidget(self.notices_tab)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.notices_tab and not self.notices_view.toPlainText():
            self.notices_view.setPlainText(self._notices())
