"""The Vietnamese translation: complete, placeholders kept, compiled, and used by the UI."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from app.core import enums
from app.core.records import KINDS
from app.core.validation import END_BEFORE_START, REQUIRED, problem
from app.ui.i18n import I18N_DIR, install_translators, render
from app.ui.main_window import MainWindow

TS_FILE = I18N_DIR / "edcal_vi.ts"
QM_FILE = I18N_DIR / "edcal_vi.qm"

# Qt's %1…%99 and %n, and Python str.format fields such as {end} or {plan_start}.
PLACEHOLDER = re.compile(r"%(?:\d{1,2}|n)\b|\{[A-Za-z_][A-Za-z0-9_]*\}")
# One keyboard accelerator: "&" before anything but another "&" ("&&" is a literal ampersand).
ACCELERATOR = re.compile(r"(?<!&)&(?!&)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    unfinished: bool
    translations: tuple[str, ...]


def _messages() -> list[Message]:
    found = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if message.get("numerus") == "yes":
                texts = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                texts = (translation.text or "",)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source", ""),
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    translations=texts,
                )
            )
    return found


MESSAGES = _messages()


def _lrelease() -> str:
    beside_python = Path(sys.executable).parent / "pyside6-lrelease"
    if beside_python.exists():
        return str(beside_python)
    found = shutil.which("pyside6-lrelease")
    if found is None:
        pytest.skip("pyside6-lrelease is not installed")
    return found


@pytest.fixture
def vietnamese() -> Iterator[None]:
    assert install_translators("vi") == "vi"
    yield
    install_translators("en")


def test_the_translation_file_has_messages() -> None:
    assert len(MESSAGES) > 100
    contexts = {m.context for m in MESSAGES}
    assert {"MainWindow", "enums", "records", "validation"} <= contexts


def test_every_message_is_translated() -> None:
    untranslated = [
        f"{m.context}: {m.source!r}"
        for m in MESSAGES
        if m.unfinished or not m.translations or not all(t.strip() for t in m.translations)
    ]
    assert untranslated == []


def test_translations_keep_placeholders_accelerators_and_ellipses() -> None:
    wrong = []
    for m in MESSAGES:
        wanted = sorted(PLACEHOLDER.findall(m.source))
        accelerators = len(ACCELERATOR.findall(m.source))
        for text in m.translations:
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                wrong.append(f"placeholders of {m.source!r} in {text!r}")
            if len(ACCELERATOR.findall(text)) != accelerators:
                wrong.append(f"accelerator of {m.source!r} in {text!r}")
            if m.source.endswith("…") != text.endswith("…"):
                wrong.append(f"ellipsis of {m.source!r} in {text!r}")
    assert wrong == []


def test_menu_bar_accelerators_are_unique() -> None:
    titles = ("&File", "&Edit", "&View", "&Help")
    translated = {m.source: m.translations[0] for m in MESSAGES if m.context == "MainWindow"}
    keys = []
    for title in titles:
        text = translated[title]
        position = text.index("&")
        keys.append(text[position + 1].lower())
    assert len(set(keys)) == len(keys), keys


def test_compiled_file_matches_the_translation_source(tmp_path: Path) -> None:
    """A .ts edited (or refreshed by lupdate) without `make translations` fails here."""
    fresh = tmp_path / "edcal_vi.qm"
    subprocess.run(
        [_lrelease(), str(TS_FILE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert QM_FILE.exists(), "run `make translations`"
    assert fresh.read_bytes() == QM_FILE.read_bytes(), "run `make translations`"


def test_every_label_in_pure_code_has_a_compiled_translation() -> None:
    """Labels marked with QT_TRANSLATE_NOOP are found under the context the UI asks for."""
    translator = QTranslator()
    assert translator.load(str(QM_FILE))
    wanted = [("enums", member.label) for enum in _labelled_enums() for member in enum]
    for spec in KINDS.values():
        wanted += [("records", spec.label), ("records", spec.plural)]
        wanted += [("records", field.label) for field in spec.fields]
    missing = [(ctx, text) for ctx, text in wanted if not translator.translate(ctx, text)]
    assert missing == []


def _labelled_enums() -> list[type[enums.LabelledEnum]]:
    return [
        value
        for value in vars(enums).values()
        if isinstance(value, type)
        and issubclass(value, enums.LabelledEnum)
        and value is not enums.LabelledEnum
    ]


def test_main_window_speaks_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == QCoreApplication.translate("MainWindow", "&File") == "&Tệp"
    assert titles == ["&Tệp", "&Sửa", "&Xem", "Trợ &giúp"]
    assert window.list_view.filter.placeholderText().startswith("Lọc")


def test_enum_labels_and_problems_are_translated(vietnamese: None) -> None:
    assert QCoreApplication.translate("enums", "Published") == "Đã đăng"
    assert QCoreApplication.translate("enums", enums.ContentStatus.IN_SCREENING.label) == (
        "Đang kiểm duyệt"
    )
    assert render(problem(REQUIRED)) == "Bắt buộc phải nhập trường này."
    text = render(problem(END_BEFORE_START, end="18/01/2026", start="19/01/2026"))
    assert text == "Ngày kết thúc (18/01/2026) sớm hơn ngày bắt đầu (19/01/2026)."


def test_english_is_back_after_switching(vietnamese: None) -> None:
    install_translators("en")
    assert QCoreApplication.translate("enums", "Published") == "Published"
    assert render(problem(REQUIRED)) == "This field is required."


def test_standard_buttons_speak_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    """Qt has no Vietnamese of its own: the dialogs' OK/Cancel and the wizard's Next come
    from resources/i18n/qt_vi."""
    from PySide6.QtWidgets import QDialogButtonBox, QWizard

    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert (ok.text(), cancel.text()) == ("Đồng ý", "Hủy")
    wizard = QWizard()
    qtbot.addWidget(wizard)
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "") in (
        "Tiếp >",
        "Tiếp",
    )


def test_english_counts_agree_with_their_number(qtbot: QtBot) -> None:
    install_translators("en")
    one = QCoreApplication.translate("RecordListView", "%n record(s)", "", 1)
    two = QCoreApplication.translate("RecordListView", "%n record(s)", "", 2)
    assert (one, two) == ("1 record", "2 records")
