"""Loads the Vietnamese or English translation and translates strings marked in pure code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.validation import Problem

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = {"en": "English", "vi": "Tiếng Việt"}

_installed: list[QTranslator] = []


def choose_language(preferred: str) -> str:
    if preferred in LANGUAGES:
        return preferred
    return "vi" if QLocale.system().language() == QLocale.Language.Vietnamese else "en"


def install_translators(language: str) -> str:
    """Install our and Qt's own translations for `language`; returns the language used.

    English is the source language, but "%n item(s)" still needs its plural forms.
    """
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English,
            QLocale.Country.Vietnam if language == "vi" else QLocale.Country.UnitedKingdom,
        )
    )
    ours = QTranslator()
    if ours.load(str(I18N_DIR / f"edcal_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    if language == "en":
        return language  # English only needs our plural forms, not Qt's own strings
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt ships no qtbase_vi: our qt_vi holds the standard buttons' texts (OK, Cancel, Next >).
    if qt_own.load(f"qtbase_{language}", qt_dir) or qt_own.load(
        str(I18N_DIR / f"qt_{language}.qm")
    ):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return language


def marked(context: str, text: str) -> str:
    """Translate a string that pure code marked with QT_TRANSLATE_NOOP(context, text)."""
    return QCoreApplication.translate(context, text)


def render(problem: Problem) -> str:
    return problem.render(marked)


def month_and_year(month_name: str, year: int) -> str:
    """A month and its year as the language writes them: January 2026, Tháng 1/2026."""
    text = QCoreApplication.translate("Dates", "%1 %2", "a month's name, then a year")
    return text.replace("%1", month_name).replace("%2", str(year))
