"""Settings of this desktop: language and Buddhist-era years; shows which database is in use."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from salesapp.ui.shared.i18n import LANGUAGE_NAMES, LANGUAGES
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

    def add_box(self, box: QWidget) -> None:
        """Add a group of settings another room offers (the shop's, say) below this desktop's."""
        self.boxes.insertWidget(self.boxes.count() - 1, box)

    def _save(self) -> None:
        self.preferences_save_requested.emit(self.language_combo.currentData(), self.era_check.isChecked())

    def show_saved(self, language_changed: bool) -> None:
        """Confirm the save; a new language takes effect at the next start."""
        if language_changed:
            self.message.show_notice(self.tr("Saved. The new language is used when salesapp starts again."))
        else:
            self.message.show_notice(self.tr("Saved."))
