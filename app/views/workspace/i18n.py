"""Translations: Hearth's own (``resources/translations/hearth_<lang>.qm``) and Qt's
(``qtbase_<lang>.qm`` from PySide6's translations folder: standard buttons, dialogs, context
menus).

Workflow (see ``resources/translations/README.md``): widgets mark their texts with
``self.tr()`` (or ``QCoreApplication.translate(context, text)`` outside a QObject);
``pyside6-lupdate`` collects them into ``hearth_es.ts``; a translator fills it in with
``pyside6-linguist``; ``pyside6-lrelease`` compiles the ``.qm`` that is loaded here.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.views import formatting

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parents[3] / "resources" / "translations"
SOURCE_LANGUAGE = "en"
_OBJECT_NAMES = ("hearth_translator", "hearth_qt_translator")


def _remove_installed(app: QCoreApplication) -> None:
    for translator in app.findChildren(QTranslator):
        if translator.objectName() in _OBJECT_NAMES:
            app.removeTranslator(translator)
            translator.setParent(None)
            translator.deleteLater()


def _load(app: QCoreApplication, name: str, folder: Path, object_name: str) -> bool:
    translator = QTranslator(app)  # parented to the app: lives as long as it does
    translator.setObjectName(object_name)
    if not translator.load(name, str(folder)):
        translator.setParent(None)
        translator.deleteLater()
        return False
    app.installTranslator(translator)
    return True


def install_translator(app: QCoreApplication, language: str, *,
                       folder: Path | str | None = None) -> bool:
    """Switch the application's language: remove the translators installed before, then load
    ``hearth_<language>.qm`` and Qt's ``qtbase_<language>.qm``. Widgets get a LanguageChange
    event and retranslate themselves.

    Returns True when Hearth's translation is in place (always for English, the source
    language); False when its file is missing (the texts stay English; a warning is logged).
    """
    language = (language or SOURCE_LANGUAGE).strip()
    if language == SOURCE_LANGUAGE:  # before the LanguageChange the removal sends
        formatting.use_names()
        _use_locale(None)
    _remove_installed(app)
    if language == SOURCE_LANGUAGE:
        return True
    base = Path(folder) if folder is not None else TRANSLATIONS_DIR
    ok = _load(app, f"hearth_{language}", base, "hearth_translator")
    if not ok:
        log.warning("no Hearth translation for language %s in %s", language, base)
    _use_date_names(language if ok else SOURCE_LANGUAGE)
    _use_locale(language if ok else None)
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not _load(app, f"qtbase_{language}", qt_folder, "hearth_qt_translator"):
        log.info("no Qt translation for language %s", language)
    return ok


_STARTUP_LOCALE: list[QLocale] = []  # the default locale before a language was chosen


def ui_locale(language: str) -> QLocale:
    """Qt's locale for a UI language: Spanish as written in the United States (month and day
    names in Spanish, numbers with a decimal point as on every US chart)."""
    if language == "es":
        return QLocale(QLocale.Language.Spanish, QLocale.Country.UnitedStates)
    return QLocale(language)


def _use_locale(language: str | None) -> None:
    """The default locale of the widgets made from now on (date fields' calendars and
    formats): the UI language's, or the one Hearth started with (None)."""
    if not _STARTUP_LOCALE:
        _STARTUP_LOCALE.append(QLocale())
    QLocale.setDefault(_STARTUP_LOCALE[0] if language is None else ui_locale(language))


def _use_date_names(language: str) -> None:
    """Dates on screen ("14 Sep 2026", "Tue 1 Dec") with the language's short month and day
    names ("14 sept 2026", "mar 1 dic"), from Qt's locale data."""
    if language == SOURCE_LANGUAGE:
        formatting.use_names()
        return
    locale = ui_locale(language)
    short = QLocale.FormatType.ShortFormat
    months = tuple(locale.monthName(m, short).rstrip(".") for m in range(1, 13))
    weekdays = tuple(locale.dayName(d, short).rstrip(".") for d in range(1, 8))
    formatting.use_names(months, weekdays, language=language)


# Each language in its own words (never translated: she must find her own language).
LANGUAGE_NAMES = {"en": "English", "es": "Español"}
