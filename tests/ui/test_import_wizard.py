"""File → Import…, driven through the real wizard: file, mapping, dry run, import, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QWizard,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.cli import main as cli_main
from app.core.enums import ContentFormat
from app.db.models import ContentItem, Milestone
from app.imports import ColumnMapping, ReadOptions, apply_plan, plan_import, read_source
from app.services.database import Database
from app.ui.actions import ActionId
from app.ui.i18n import install_translators
from app.ui.import_wizard import ImportWizard
from app.ui.import_wizard.steps import FILE_PAGE, MAPPING_PAGE, PLAN_PAGE
from app.ui.main_window import MainWindow
from tests.ui.conftest import type_text, when_dialog_opens

LEFT = Qt.MouseButton.LeftButton
NEWS = (
    "Mã,Tiêu đề,Ngày đăng,Giờ,Thể loại\n"
    "1,Đại hội Đảng toàn quốc lần thứ XIV: phiên khai mạc,19/01/2026,9h30,Video\n"
    "2,Bầu cử đại biểu Quốc hội khóa XVI,03/02/2026,,Article\n"
)
# The same, with a format written as the Vietnamese interface names it.
NEWS_VI = NEWS.replace("Article", "Bài viết")


@pytest.fixture
def vietnamese() -> Iterator[None]:
    assert install_translators("vi") == "vi"
    yield
    install_translators("en")


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def items(db: Database | None) -> list[tuple[str, dt.date | None, object]]:
    assert db is not None
    with db.transaction() as session:
        rows = session.execute(
            select(ContentItem.title, ContentItem.planned_start, ContentItem.format).order_by(
                ContentItem.id
            )
        )
        return [(r[0], r[1], r[2]) for r in rows]


def the_wizard(window: MainWindow) -> ImportWizard | None:
    found = [w for w in window.findChildren(ImportWizard) if w.isVisible()]
    return found[0] if found else None


def run_wizard(window: MainWindow, act: Callable[[ImportWizard], None]) -> None:
    """Open File → Import… and let `act` drive the wizard (it is cancelled if left open)."""

    def checked(dialog: QDialog) -> None:
        assert isinstance(dialog, ImportWizard)
        act(dialog)

    when_dialog_opens(lambda: the_wizard(window), checked)
    window.actions_by_id[ActionId.IMPORT_FILE].trigger()


def button(wizard: QWizard, which: QWizard.WizardButton) -> QAbstractButton:
    found = wizard.button(which)
    assert found is not None
    return found


def click_next(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.NextButton), LEFT)


def click_back(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.BackButton), LEFT)


def click_import(qtbot: QtBot, wizard: QWizard) -> None:
    qtbot.mouseClick(button(wizard, QWizard.WizardButton.FinishButton), LEFT)


def tick(qtbot: QtBot, box: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator, where a hand would."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def type_file(qtbot: QtBot, wizard: ImportWizard, path: Path) -> None:
    field = wizard.file_page.file
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, str(path))


def choose(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Walk the focused combo with the arrow keys to the entry holding `data`."""
    combo.setFocus()
    steps = combo.findData(data) - combo.currentIndex()
    assert combo.findData(data) >= 0, data
    for _ in range(abs(steps)):
        qtbot.keyClick(combo, Qt.Key.Key_Down if steps > 0 else Qt.Key.Key_Up)
    assert combo.currentData() == data


def preview_column(wizard: ImportWizard, header: str) -> int:
    model = wizard.mapping_page.preview_model
    names = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header in names, names
    return names.index(header)


def preview_cell(wizard: ImportWizard, row: int, header: str, role: int = 0) -> object:
    model = wizard.mapping_page.preview_model
    return model.index(row, preview_column(wizard, header)).data(role)


def details(wizard: ImportWizard, group: str) -> list[list[str]]:
    tree = wizard.plan_page.details
    for index in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(index)
        assert top is not None
        if top.data(0, Qt.ItemDataRole.UserRole) == group:
            children = [top.child(r) for r in range(top.childCount())]
            return [
                [child.text(c) for c in range(tree.columnCount())]
                for child in children
                if child is not None
            ]
    raise AssertionError(group)


def counts(wizard: ImportWizard) -> dict[str, str]:
    return {name: label.text() for name, label in wizard.plan_page.counts.items()}


def test_a_vietnamese_csv_with_day_first_dates_is_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, vietnamese: None
) -> None:
    assert window.actions_by_id[ActionId.IMPORT_FILE].shortcut().toString() == "Ctrl+I"
    path = write(tmp_path / "bài-tháng-1.csv", NEWS_VI)
    seen: dict[str, object] = {}

    def act(wizard: ImportWizard) -> None:
        assert not button(wizard, QWizard.WizardButton.NextButton).isEnabled()
        type_file(qtbot, wizard, path)
        click_next(qtbot, wizard)
        assert wizard.currentId() == MAPPING_PAGE
        seen["encoding"] = wizard.mapping_page.encoding.currentData()
        # Read day first, and "Bài viết" understood as the Vietnamese label of Article.
        seen["dates"] = [preview_cell(wizard, r, "Bắt đầu dự kiến") for r in (0, 1)]
        seen["format"] = preview_cell(wizard, 1, "Thể loại")
        click_next(qtbot, wizard)
        assert wizard.currentId() == PLAN_PAGE
        seen["counts"] = counts(wizard)
        seen["created"] = [row[0] for row in details(wizard, "created")]
        click_import(qtbot, wizard)

    run_wizard(window, act)
    assert seen["encoding"] == "utf-8"
    assert seen["dates"] == ["19/01/2026", "03/02/2026"]
    assert seen["format"] == "Bài viết"
    assert seen["counts"] == {"created": "2", "updated": "0", "skipped": "0", "rejected": "0"}
    assert seen["created"] == [
        "Đại hội Đảng toàn quốc lần thứ XIV: phiên khai mạc",
        "Bầu cử đại biểu Quốc hội khóa XVI",
    ]
    assert items(window.db) == [
        (
            "Đại hội Đảng toàn quốc lần thứ XIV: phiên khai mạc",
            dt.date(2026, 1, 19),
            ContentFormat.VIDEO,
        ),
        ("Bầu cử đại biểu Quốc hội khóa XVI", dt.date(2026, 2, 3), ContentFormat.ARTICLE),
    ]
    assert window.undo_stack.count() == 1
    assert "bài-tháng-1.csv" in window.statusBar().currentMessage()
    # The content list (refreshed by the notifier) shows the new pieces.
    model = window.list_view.table.model()
    shown = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "Bầu cử đại biểu Quốc hội khóa XVI" in shown


def test_changing_the_mapping_and_the_date_order_updates_the_preview(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "lich.csv",
        "Tiêu đề,Phát hành\nKhai mạc Đại hội,19/01/2026\nBế mạc Đại hội,03/02/2026\n",
    )
    seen: dict[str, object] = {}

    def act(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, path)
        click_next(qtbot, wizard)
        page = wizard.mapping_page
        combo = page.columns.combo_for("Phát hành")
        seen["guessed"] = combo.currentData()
        seen["headers before"] = page.preview_model.columnCount()
        choose(qtbot, combo, "planned_start")
        seen["dates"] = [preview_cell(wizard, r, "Planned start") for r in (0, 1)]
        choose(qtbot, page.date_order, "mdy")
        seen["month first"] = preview_cell(wizard, 1, "Planned start")
        seen["bad cell"] = preview_cell(wizard, 0, "Planned start")
        seen["why"] = preview_cell(wizard, 0, "Planned start", Qt.ItemDataRole.ToolTipRole)
        seen["red"] = preview_cell(wizard, 0, "Planned start", Qt.ItemDataRole.BackgroundRole)
        seen["note"] = page.preview_note.text()
        choose(qtbot, page.date_order, "dmy")
        seen["day first again"] = preview_cell(wizard, 0, "Planned start")
        # Taking the title's column away says what is missing and blocks Next.
        choose(qtbot, page.columns.combo_for("Tiêu đề"), "")
        seen["problem"] = page.problem.text()
        seen["next"] = button(wizard, QWizard.WizardButton.NextButton).isEnabled()

    run_wizard(window, act)
    assert seen["guessed"] == ""  # "Phát hành" alone names no field
    assert seen["headers before"] == 2  # the line and the title
    assert seen["dates"] == ["19/01/2026", "03/02/2026"]
    assert seen["month first"] == "02/03/2026"
    assert seen["bad cell"] == "19/01/2026"  # the file's text, in red, with why
    assert "“19/01/2026” is not a date" in str(seen["why"])
    assert seen["red"] is not None
    assert "1 cell cannot be read" in str(seen["note"])
    assert seen["day first again"] == "19/01/2026"
    assert seen["problem"] == "Choose the column that gives the Title."
    assert seen["next"] is False
    assert items(window.db) == []


def test_a_bad_row_is_shown_with_its_line_and_nothing_is_imported_unless_skipped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "xau.csv",
        "Tiêu đề,Ngày đăng\nKhai mạc Đại hội,19/01/2026\nBế mạc Đại hội,31/02/2026\n",
    )
    seen: dict[str, object] = {}

    def act(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, path)
        click_next(qtbot, wizard)
        click_next(qtbot, wizard)
        seen["counts"] = counts(wizard)
        seen["rejected"] = details(wizard, "rejected")
        seen["import enabled"] = button(wizard, QWizard.WizardButton.FinishButton).isEnabled()
        click_import(qtbot, wizard)  # disabled: does nothing
        seen["after click"] = items(window.db)
        # Back to the mapping: everything as it was, then forward again.
        click_back(qtbot, wizard)
        seen["back on"] = wizard.currentId()
        seen["mapping kept"] = wizard.mapping_page.columns.columns()
        click_next(qtbot, wizard)
        tick(qtbot, wizard.plan_page.skip_invalid)
        seen["import enabled after skip"] = button(
            wizard, QWizard.WizardButton.FinishButton
        ).isEnabled()
        click_import(qtbot, wizard)

    run_wizard(window, act)
    assert seen["counts"] == {"created": "1", "updated": "0", "skipped": "0", "rejected": "1"}
    assert seen["rejected"] == [
        [
            "",
            "xau.csv",
            "3",
            "Planned start",
            "“31/02/2026” is not a date (write it day first: 19/01/2026, or 2026-01-19).",
        ]
    ]
    assert seen["import enabled"] is False
    assert seen["after click"] == []
    assert seen["back on"] == MAPPING_PAGE
    assert seen["mapping kept"] == {"Tiêu đề": "title", "Ngày đăng": "planned_start"}
    assert seen["import enabled after skip"] is True
    # Only the good row; its format is the editor's default.
    assert items(window.db) == [("Khai mạc Đại hội", dt.date(2026, 1, 19), ContentFormat.ARTICLE)]


def type_date(qtbot: QtBot, edit: QDateEdit, digits: str) -> None:
    """Select the day's digits and type the date over it, the editor stepping from day to
    month to year as the digits come (a typed "/" would skip a section)."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, digits)


CONGRESS_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
    "BEGIN:VEVENT\r\nUID:congress\r\nSUMMARY:Đại hội XIV\r\n"
    "DTSTART;VALUE=DATE:20260119\r\nDTEND;VALUE=DATE:20260124\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:briefing\r\nSUMMARY:Giao ban báo chí\r\n"
    "DTSTART;VALUE=DATE:20260105\r\nRRULE:FREQ=WEEKLY\r\nEND:VEVENT\r\n"
    "END:VCALENDAR\r\n"
)


def test_calendar_events_become_milestones_within_the_chosen_days(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write(tmp_path / "su-kien.ics", CONGRESS_ICS)
    seen: dict[str, object] = {}

    def act(wizard: ImportWizard) -> None:
        page = wizard.file_page
        seen["window before file"] = page.window_box.isVisible()
        type_file(qtbot, wizard, path)
        seen["window shown"] = page.window_box.isVisible()
        today = dt.date.today()
        seen["default window"] = (page.first_day.date().year(), page.last_day.date().year())
        assert seen["default window"] == (today.year - 1, today.year + 2)
        tick(qtbot, page.as_milestones)
        type_date(qtbot, page.first_day, "01012026")
        type_date(qtbot, page.last_day, "30012026")
        seen["window"] = (page.first_day.text(), page.last_day.text())
        click_next(qtbot, wizard)
        seen["page"] = wizard.currentId()
        seen["counts"] = counts(wizard)
        click_import(qtbot, wizard)
        seen["mapping visited"] = MAPPING_PAGE in wizard.visitedIds()

    run_wizard(window, act)
    assert seen["window before file"] is False and seen["window shown"] is True
    assert seen["window"] == ("01/01/2026", "30/01/2026")
    assert seen["page"] == PLAN_PAGE and seen["mapping visited"] is False
    assert seen["counts"] == {"created": "5", "updated": "0", "skipped": "0", "rejected": "0"}
    assert window.db is not None
    with window.db.transaction() as session:
        rows = session.execute(
            select(Milestone.name, Milestone.start_date, Milestone.end_date).order_by(
                Milestone.start_date, Milestone.name
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("Giao ban báo chí", dt.date(2026, 1, 5), dt.date(2026, 1, 5)),
        ("Giao ban báo chí", dt.date(2026, 1, 12), dt.date(2026, 1, 12)),
        ("Giao ban báo chí", dt.date(2026, 1, 19), dt.date(2026, 1, 19)),
        ("Đại hội XIV", dt.date(2026, 1, 19), dt.date(2026, 1, 23)),
        ("Giao ban báo chí", dt.date(2026, 1, 26), dt.date(2026, 1, 26)),
    ]
    assert items(window.db) == []


def import_file(qtbot: QtBot, window: MainWindow, path: Path) -> dict[str, str]:
    """Import `path` with the mapping the wizard suggests; the dry run's counts."""
    seen: dict[str, str] = {}

    def act(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, path)
        click_next(qtbot, wizard)
        click_next(qtbot, wizard)
        seen.update(counts(wizard))
        click_import(qtbot, wizard)

    run_wizard(window, act)
    return seen


def item_ids(db: Database | None) -> list[int]:
    assert db is not None
    with db.transaction() as session:
        return list(session.scalars(select(ContentItem.id).order_by(ContentItem.id)))


def test_undo_takes_the_whole_import_back_and_redo_restores_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    import_file(qtbot, window, write(tmp_path / "news.csv", NEWS))
    imported = item_ids(window.db)
    assert len(imported) == 2
    assert window.actions_by_id[ActionId.UNDO].text().endswith("news.csv")
    window.actions_by_id[ActionId.UNDO].trigger()
    assert item_ids(window.db) == []
    assert window.list_view.table.model().rowCount() == 0
    window.actions_by_id[ActionId.REDO].trigger()
    assert item_ids(window.db) == imported
    assert window.list_view.table.model().rowCount() == 2


def test_importing_the_same_file_again_updates_instead_of_duplicating(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write(tmp_path / "news.csv", NEWS)
    assert import_file(qtbot, window, path)["created"] == "2"
    again = import_file(qtbot, window, path)
    assert again == {"created": "0", "updated": "0", "skipped": "2", "rejected": "0"}
    assert len(items(window.db)) == 2
    write(path, NEWS.replace("phiên khai mạc", "khai mạc trọng thể"))
    changed = import_file(qtbot, window, path)
    assert changed == {"created": "0", "updated": "1", "skipped": "1", "rejected": "0"}
    assert [title for title, _, _ in items(window.db)] == [
        "Đại hội Đảng toàn quốc lần thứ XIV: khai mạc trọng thể",
        "Bầu cử đại biểu Quốc hội khóa XVI",
    ]
    assert window.undo_stack.count() == 2  # the import that changed nothing is no step


def test_a_saved_mapping_is_offered_again_and_files_work_with_the_cli(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    headers = "Headline,When,Kind of piece\n"
    first = write(tmp_path / "week-1.csv", headers + "Khai mạc Đại hội,19/01/2026,Video\n")
    second = write(tmp_path / "week-2.csv", headers + "Bế mạc Đại hội,23/01/2026,Video\n")
    mapping_file = tmp_path / "desk.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(mapping_file), "")
    )
    seen: dict[str, object] = {}

    def set_up(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, first)
        click_next(qtbot, wizard)
        page = wizard.mapping_page
        choose(qtbot, page.columns.combo_for("Headline"), "title")
        choose(qtbot, page.columns.combo_for("When"), "planned_start")
        choose(qtbot, page.columns.combo_for("Kind of piece"), "format")
        page.mapping_name.setFocus()
        type_text(page.mapping_name, "Ban Thời sự")
        qtbot.mouseClick(page.save_named, LEFT)
        qtbot.mouseClick(page.save_file, LEFT)
        seen["message"] = page.message.text()
        wizard.reject()

    run_wizard(window, set_up)
    assert seen["message"] == f"Saved the mapping to {mapping_file}."

    def reuse(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, second)
        click_next(qtbot, wizard)
        page = wizard.mapping_page
        seen["offered"] = [page.saved.itemText(i) for i in range(page.saved.count())]
        seen["chosen"] = page.saved.currentText()
        seen["columns"] = page.columns.columns()
        seen["note"] = page.message.text()
        click_next(qtbot, wizard)
        click_import(qtbot, wizard)

    run_wizard(window, reuse)
    assert "Ban Thời sự" in seen["offered"]  # type: ignore[operator]
    assert seen["chosen"] == "Ban Thời sự"
    assert seen["columns"] == {
        "Headline": "title",
        "When": "planned_start",
        "Kind of piece": "format",
    }
    assert seen["note"] == "Using the saved mapping “Ban Thời sự”."
    assert items(window.db) == [("Bế mạc Đại hội", dt.date(2026, 1, 23), ContentFormat.VIDEO)]
    # The mapping file is the command line's --mapping.
    assert ColumnMapping.load(mapping_file).columns == seen["columns"]
    target = tmp_path / "cli.sqlite"
    assert cli_main(["import", str(target), str(first), "--mapping", str(mapping_file)]) == 0


def test_a_guessed_encoding_must_be_confirmed(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # Windows-1252 text, as a Western spreadsheet saves it: only a guess tells its encoding.
    text = "Title,Date\n" + "Réunion à la préfecture,19/01/2026\nCafé-débat,20/01/2026\n" * 3
    path = write(tmp_path / "western.csv", text, "cp1252")
    seen: dict[str, object] = {}

    def act(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, path)
        click_next(qtbot, wizard)
        page = wizard.mapping_page
        seen["encoding"] = page.encoding.currentData()
        seen["note"] = page.encoding_note.text()
        seen["next before"] = button(wizard, QWizard.WizardButton.NextButton).isEnabled()
        seen["problem"] = page.problem.text()
        seen["title"] = preview_cell(wizard, 0, "Title")
        tick(qtbot, page.confirm_encoding)
        seen["next after"] = button(wizard, QWizard.WizardButton.NextButton).isEnabled()
        click_next(qtbot, wizard)
        click_import(qtbot, wizard)

    run_wizard(window, act)
    assert seen["encoding"] == "cp1252"
    assert str(seen["note"]).startswith("Guessed from the text")
    assert seen["next before"] is False
    assert "The encoding was guessed" in str(seen["problem"])
    assert seen["title"] == "Réunion à la préfecture"
    assert seen["next after"] is True
    assert items(window.db)[0][0] == "Réunion à la préfecture"


def test_a_refused_file_is_said_on_the_file_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "hong.csv"
    path.write_bytes(b"Title,Date\nA,\x00\n")
    seen: dict[str, object] = {}

    def act(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, path)
        click_next(qtbot, wizard)
        seen["page"] = wizard.currentId()
        seen["problem"] = wizard.file_page.problem.text()
        seen["file kept"] = wizard.file_page.file.text()

    run_wizard(window, act)
    assert seen["page"] == FILE_PAGE
    assert (
        seen["problem"] == f"{path}: The file holds binary data (a NUL byte at line 2), not text."
    )
    assert seen["file kept"] == str(path)


def test_a_database_changed_since_the_dry_run_is_said_and_nothing_is_written(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write(tmp_path / "news.csv", NEWS)
    seen: dict[str, object] = {}

    def act(wizard: ImportWizard) -> None:
        type_file(qtbot, wizard, path)
        click_next(qtbot, wizard)
        click_next(qtbot, wizard)
        # Meanwhile someone else imports the same file.
        assert window.db is not None
        apply_plan(window.db, plan_import(window.db, read_source(path, ReadOptions())))
        click_import(qtbot, wizard)
        seen["page"] = wizard.currentId()
        seen["visible"] = wizard.isVisible()
        seen["problem"] = wizard.plan_page.problem.text()
        seen["counts"] = counts(wizard)

    run_wizard(window, act)
    assert seen["page"] == PLAN_PAGE and seen["visible"] is True
    assert str(seen["problem"]).startswith("The database changed since the dry run")
    assert seen["counts"] == {"created": "0", "updated": "0", "skipped": "2", "rejected": "0"}
    assert window.undo_stack.count() == 0
    assert len(items(window.db)) == 2
