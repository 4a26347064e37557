"""Where file dialogs open and what happens to a file written: the folder last used for the same kind of
file (remembered on this desktop), else the user's Documents; a written file can be opened at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices


def desktop_settings() -> QSettings:
    """This desktop's own choices (dialling, folders): `desktop.ini` in the configuration folder."""
    from salesapp import paths

    folder = paths.config_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(Path(folder) / "desktop.ini"), QSettings.Format.IniFormat)


def documents_folder() -> Path:
    """The user's Documents folder, or their home folder when there is none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()


def start_folder(kind: str) -> Path:
    """The folder a file dialog for `kind` ("export", "import", "backup"…) opens in."""
    last = str(desktop_settings().value(f"folders/{kind}", "") or "")
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def start_path(kind: str, file_name: str = "") -> str:
    """`file_name` in the folder for `kind`; the folder alone without a name."""
    folder = start_folder(kind)
    return str(folder / file_name) if file_name else str(folder)


def remember_folder(kind: str, path: str | Path) -> None:
    """The next dialog for `kind` opens where `path` (a file or a folder) is."""
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    if str(folder) and folder.is_dir():
        desktop_settings().setValue(f"folders/{kind}", str(folder))


def open_with_system(path: str | Path) -> bool:
    """Open a written file (or a folder) with the program the system chooses for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
