"""Settings of this desktop: language and Buddhist-era years; shows which database is in use; the Audit trail
entry for administrators and managers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.services.admin.audit_list import AuditListService
from salesapp.services.registry import Services
from salesapp.ui.admin.audit_view import AuditDialog, open_audit
from salesapp.ui.mainwindow.main_window import MainWindow
from salesapp.ui.shared.i18n import LANGUAGE_NAMES, LANGUAGES
from salesapp.ui.shared.view_context import ViewContext
from salesapp.ui.widgets.message_label import MessageLabel


class SettingsView(QWidget):
    """Per-desktop preferences.

    Signals:
        preferences_save_requested(object, bool): language code (None = system) and Buddhist-era choice.
    """

    preferences_save_requested = Signal(object, bool)

    def __init__(
        self, language: str | None, buddhist_era: bool, database: str, parent: QWidget | None = None
    ):
        super().__init__(parent)
        box = QGroupBox(self.tr("This desktop"))
        form = QFormLayout(box)
        # Fields at their own width: a language box and a button do not stretch across a wide window.
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("System language"), None)
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.era_check = QCheckBox(self.tr("Show and type years in the Buddhist era (2569 = 2026)"))
        self.era_check.setChecked(buddhist_era)
        form.addRow(self.tr("Language:"), self.language_combo)
        form.addRow("", self.era_check)
        self.save_button = QPushButton(self.tr("Save preferences"))
        self.save_button.clicked.connect(self._save)
        form.addRow("", self.save_button)
        self.message = MessageLabel()

        db_box = QGroupBox(self.tr("Database"))
        db_form = QFormLayout(db_box)
        self.database_label = QLabel(database)
        self.database_label.setWordWrap(True)
        db_form.addRow(self.tr("In use:"), self.database_label)

        self.boxes = QVBoxLayout(self)
        self.boxes.addWidget(box)
        self.boxes.addWidget(self.message)
        self.boxes.addWidget(db_box)
        self.boxes.addStretch(1)
        self.audit_button: QPushButton | None = None  # administrators and managers (add_audit_entry)
        self.audit_dialog: AuditDialog | None = None

    def add_box(self, box: QWidget) -> None:
        """Add a group of settings another room offers (the shop's, say) below this desktop's."""
        self.boxes.insertWidget(self.boxes.count() - 1, box)

    def add_audit_entry(self, ctx: ViewContext, service: AuditListService) -> None:
        """Offer "Audit trail…" (who changed what, and when) to administrators and managers."""
        if not ctx.user.is_manager:
            return
        box = QGroupBox(self.tr("Audit"))
        self.audit_button = QPushButton(self.tr("Audit trail…"))
        self.audit_button.clicked.connect(lambda: self._open_audit(ctx, service))
        row = QHBoxLayout(box)
        row.addWidget(self.audit_button)
        about = QLabel(self.tr("Who changed what, and when, in every record of the shop."))
        about.setWordWrap(True)  # a narrow window wraps it rather than growing
        row.addWidget(about, 1)
        self.add_box(box)

    def _open_audit(self, ctx: ViewContext, service: AuditListService) -> None:
        window = self.window()
        assert isinstance(window, MainWindow)
        self.audit_dialog = open_audit(window, ctx, service)

    def add_messaging_entry(self, ctx: ViewContext, services: Services) -> None:
        """Offer "Messaging accounts…" to administrators; starts this desktop's outbox sender."""
        from salesapp.ui.messaging.settings_entry import messaging_box

        self.messaging_box = messaging_box(ctx, services)
        if self.messaging_box is not None:
            self.add_box(self.messaging_box)

    def _save(self) -> None:
        self.preferences_save_requested.emit(self.language_combo.currentData(), self.era_check.isChecked())

    def show_saved(self, language_changed: bool) -> None:
        """Confirm the save; a new language takes effect at the next start."""
        if language_changed:
            self.message.show_notice(self.tr("Saved. The new language is used when salesapp starts again."))
        else:
            self.message.show_notice(self.tr("Saved."))
