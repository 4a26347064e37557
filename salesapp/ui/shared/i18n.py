"""Languages: Thai, Vietnamese and English translators (ours and Qt's own buttons), and error messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from salesapp.domain.errors import SalesappError, SignInLocked, StaleRecordError

LANGUAGES = ("en", "th", "vi")
LANGUAGE_NAMES = {"en": "English", "th": "ไทย", "vi": "Tiếng Việt"}
_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
    "th": (QLocale.Language.Thai, QLocale.Country.Thailand),
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
}


def tr_noop(context: str, text: str) -> str:
    """Mark `text` for extraction into `context` without translating it yet."""
    return text


def translate(context: str, text: str) -> str:
    """Translate `text` in `context` with the installed translators."""
    return QCoreApplication.translate(context, text)


def resolve_language(preference: str | None) -> str:
    """The chosen language, else the system locale's when we have it, else English."""
    if preference in LANGUAGES:
        return str(preference)
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def locale_for(language: str) -> QLocale:
    """The QLocale used for dates, numbers and collation in `language`."""
    lang, country = _LOCALES.get(language, _LOCALES["en"])
    return QLocale(lang, country)


class EnglishPlurals(QTranslator):
    """English plural forms for count texts written the Qt way, ``tr("%n case(s)", "", n)``: "1 case",
    "2 cases". English has no .ts file of its own; Thai and Vietnamese have one form, in their files."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:  # fmt: skip
        if n < 0 or "(s)" not in source:
            return None  # type: ignore[return-value]  # a null string: Qt keeps looking
        return source.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


class Translations:
    """Keeps the installed QTranslators alive and swaps them when the language changes."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> None:
        """Install salesapp's and Qt's translations for `language` (English needs none)."""
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed.clear()
        self.language = language if language in LANGUAGES else "en"
        QLocale.setDefault(locale_for(self.language))
        plurals = EnglishPlurals(self.app)  # first: the language's own file, installed after, wins
        self.app.installTranslator(plurals)
        self._installed.append(plurals)
        if self.language == "en":
            return
        for name in ("qtbase", "salesapp"):
            translator = QTranslator(self.app)
            if translator.load(f":/translations/{name}_{self.language}.qm"):
                self.app.installTranslator(translator)
                self._installed.append(translator)


def error_text(error: BaseException) -> str:
    """The user's-language message of an error; times of stale saves and sign-in locks shown in local time."""
    if isinstance(error, SalesappError):
        params = dict(error.params)
        if isinstance(error, StaleRecordError):
            params["time"] = error.changed_at.astimezone().strftime("%H:%M")
        elif isinstance(error, SignInLocked):
            params["time"] = error.until.astimezone().strftime("%H:%M")
        template = translate("errors", error.text)
        try:
            return template.format(**params) if params else template
        except (KeyError, IndexError, ValueError):
            return error.message
    return translate("errors", "Something went wrong: {detail}").format(
        detail=str(error) or type(error).__name__
    )
