"""The filter bar, driven through its widgets: choose, type, clear, save and pick saved sets."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QComboBox, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.core.enums import ContentStatus
from app.core.filters import ItemFilter
from app.core.records import Kind
from app.services.database import Database
from app.services.demo import build_demo
from app.services.editing import create_record, delete_records
from app.ui.filter_bar import FilterBar
from app.ui.filter_sets import (
    GROUP,
    delete_filter,
    load_filter,
    save_filter,
    saved_filter_names,
)
from app.ui.notifier import Changes
from tests.ui.conftest import type_text

VIETNAMESE_NAME = "Tết / Đại hội XIV"

# Opening a combo's popup on the offscreen platform warns that it cannot raise or grab.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


@dataclass(frozen=True)
class Data:
    plans: tuple[int, int]
    stages: tuple[int, int, int]  # two of the first plan, one of the second
    themes: tuple[int, int]  # one per plan
    outlets: tuple[int, int]
    channels: tuple[int, int, int]  # two of the first outlet, one of the second
    column: int
    person: int


def make(db: Database, kind: Kind, /, **values: Any) -> int:
    return create_record(db, kind, values).id


@pytest.fixture
def data(sqlite_db: Database) -> Data:
    db = sqlite_db
    year = {"start_date": date(2025, 1, 1), "end_date": date(2025, 12, 31)}
    hanoi = make(db, Kind.PLAN, number="156-HD/BTGTU", title="Đại hội Thành phố", **year)
    hung_yen = make(db, Kind.PLAN, number="147/KH-UBND", title="Thông tin đối ngoại", **year)
    first = make(db, Kind.STAGE, plan_id=hanoi, name="Đến hết năm", position=1, **year)
    second = make(db, Kind.STAGE, plan_id=hanoi, name="Đến Đại hội", position=2, **year)
    other = make(db, Kind.STAGE, plan_id=hung_yen, name="Quý I", position=1, **year)
    theme = make(db, Kind.THEME, plan_id=hanoi, name="Thành tựu Đổi mới", color="#c0392b")
    other_theme = make(db, Kind.THEME, plan_id=hung_yen, name="Xúc tiến đầu tư", color="#8e44ad")
    paper = make(db, Kind.OUTLET, name="Báo Hànộimới", kind="newspaper")
    station = make(db, Kind.OUTLET, name="Đài Hà Nội", kind="broadcaster")
    web = make(db, Kind.CHANNEL, outlet_id=paper, name="hanoimoi.vn", kind="web")
    printed = make(db, Kind.CHANNEL, outlet_id=paper, name="Báo in", kind="print")
    tv = make(db, Kind.CHANNEL, outlet_id=station, name="Kênh H1", kind="tv")
    column = make(
        db,
        Kind.COLUMN,
        name="Hướng tới Đại hội XIV",
        channel_id=web,
        cadence="FREQ=WEEKLY;BYDAY=MO",
        start_date=date(2025, 1, 6),
    )
    person = make(db, Kind.PERSON, name="Trần Thu Hà")
    return Data(
        (hanoi, hung_yen),
        (first, second, other),
        (theme, other_theme),
        (paper, station),
        (web, printed, tv),
        column,
        person,
    )


@pytest.fixture
def bar(qtbot: QtBot, sqlite_db: Database, data: Data) -> FilterBar:
    widget = FilterBar()
    qtbot.addWidget(widget)
    widget.set_database(sqlite_db)
    widget.show()
    return widget


class Recorder:
    """Every filter the bar emitted, in order."""

    def __init__(self, bar: FilterBar) -> None:
        self.filters: list[ItemFilter] = []
        bar.filter_changed.connect(self.filters.append)


def entries(combo: QComboBox) -> list[tuple[Any, str]]:
    return [(combo.itemData(i), combo.itemText(i)) for i in range(combo.count())]


def offered(combo: QComboBox) -> list[Any]:
    return [combo.itemData(i) for i in range(1, combo.count())]


def choose(combo: QComboBox, value: Any) -> None:
    """Open the popup of `combo` and click the entry holding `value`."""
    wanted = combo.findData(value) if value is not None else 0
    assert wanted >= 0, f"{value!r} is not offered by {combo.objectName()}"
    combo.showPopup()
    view = combo.view()
    index = view.model().index(wanted, combo.modelColumn())
    view.scrollTo(index)
    QtBot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert combo.currentIndex() == wanted
    assert not view.isVisible()


def click(widget: QWidget) -> None:
    assert widget.isEnabled(), f"{widget.objectName()} is disabled"
    QtBot.mouseClick(widget, Qt.MouseButton.LeftButton)


def answer_name(monkeypatch: pytest.MonkeyPatch, name: str, accepted: bool = True) -> list[str]:
    """Make the name dialog answer `name`; returns the names it suggested."""
    suggested: list[str] = []

    def get_text(*args: Any, **kwargs: Any) -> tuple[str, bool]:
        suggested.append(args[4] if len(args) > 4 else kwargs.get("text", ""))
        return name, accepted

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    return suggested


def full_filter(data: Data) -> ItemFilter:
    return ItemFilter(
        plan_id=data.plans[0],
        stage_id=data.stages[1],
        theme_id=data.themes[0],
        outlet_id=data.outlets[0],
        channel_id=data.channels[1],
        column_id=data.column,
        status=ContentStatus.IN_SCREENING,
        assignee_id=data.person,
        text="Đại hội",
    )


def fill_by_hand(qtbot: QtBot, bar: FilterBar, data: Data) -> None:
    choose(bar.plan, data.plans[0])
    choose(bar.stage, data.stages[1])
    choose(bar.theme, data.themes[0])
    choose(bar.outlet, data.outlets[0])
    choose(bar.channel, data.channels[1])
    choose(bar.column, data.column)
    choose(bar.status, ContentStatus.IN_SCREENING.value)
    choose(bar.assignee, data.person)
    with qtbot.waitSignal(bar.filter_changed, timeout=2000):
        type_text(bar.text, "Đại hội")


def test_every_control_has_its_name_and_an_all_entry(bar: FilterBar) -> None:
    names = ["plan", "stage", "theme", "outlet", "channel", "column", "status", "assignee"]
    for name in names:
        combo = bar.findChild(QComboBox, f"filter_{name}")
        assert combo is not None, name
        assert combo.itemData(0) is None
        assert combo.itemText(0).startswith("All"), name
        assert combo.currentIndex() == 0
    for name in ("text", "clear", "saved", "save", "delete"):
        assert bar.findChild(QWidget, f"filter_{name}") is not None, name
    assert "accents" in bar.text.placeholderText()
    assert bar.current() == ItemFilter()


def test_statuses_offer_every_content_status_by_label(bar: FilterBar) -> None:
    assert entries(bar.status)[1:] == [(s.value, s.label) for s in ContentStatus]


def test_without_a_plan_stages_and_themes_carry_the_plan_number(bar: FilterBar, data: Data) -> None:
    stages = entries(bar.stage)[1:]
    assert stages == [
        (data.stages[2], "147/KH-UBND · Quý I"),
        (data.stages[0], "156-HD/BTGTU · Đến hết năm"),
        (data.stages[1], "156-HD/BTGTU · Đến Đại hội"),
    ]
    assert set(offered(bar.theme)) == set(data.themes)
    assert set(offered(bar.channel)) == set(data.channels)


def test_choosing_a_plan_emits_it_and_narrows_stages_and_themes(
    qtbot: QtBot, bar: FilterBar, data: Data
) -> None:
    with qtbot.waitSignal(bar.filter_changed, timeout=1000) as signal:
        choose(bar.plan, data.plans[0])
    assert signal.args == [ItemFilter(plan_id=data.plans[0])]
    assert entries(bar.stage)[1:] == [
        (data.stages[0], "Đến hết năm"),
        (data.stages[1], "Đến Đại hội"),
    ]
    assert offered(bar.theme) == [data.themes[0]]


def test_another_plan_drops_the_stage_and_theme_in_one_signal(bar: FilterBar, data: Data) -> None:
    choose(bar.plan, data.plans[0])
    choose(bar.stage, data.stages[0])
    choose(bar.theme, data.themes[0])
    recorder = Recorder(bar)
    choose(bar.plan, data.plans[1])
    assert recorder.filters == [ItemFilter(plan_id=data.plans[1])]
    assert offered(bar.stage) == [data.stages[2]]
    assert offered(bar.theme) == [data.themes[1]]


def test_choosing_an_outlet_narrows_the_channels(bar: FilterBar, data: Data) -> None:
    choose(bar.channel, data.channels[2])
    recorder = Recorder(bar)
    choose(bar.outlet, data.outlets[0])
    assert offered(bar.channel) == [data.channels[1], data.channels[0]]  # "Báo in", "hanoimoi.vn"
    assert recorder.filters == [ItemFilter(outlet_id=data.outlets[0])]
    choose(bar.channel, data.channels[0])
    assert recorder.filters[-1] == ItemFilter(
        outlet_id=data.outlets[0], channel_id=data.channels[0]
    )


def test_typed_text_is_emitted_once_after_a_pause(qtbot: QtBot, bar: FilterBar) -> None:
    recorder = Recorder(bar)
    started = time.monotonic()
    type_text(bar.text, "Đại hội")
    assert bar.text.text() == "Đại hội"
    assert recorder.filters == []
    qtbot.waitUntil(lambda: bool(recorder.filters), timeout=2000)
    assert time.monotonic() - started >= 0.2
    qtbot.wait(300)
    assert recorder.filters == [ItemFilter(text="Đại hội")]


def test_ascii_text_and_enter_emit_at_once(qtbot: QtBot, bar: FilterBar) -> None:
    recorder = Recorder(bar)
    qtbot.keyClicks(bar.text, "dai hoi")
    qtbot.keyClick(bar.text, Qt.Key.Key_Return)
    assert recorder.filters == [ItemFilter(text="dai hoi")]
    qtbot.wait(350)
    assert len(recorder.filters) == 1


def test_clear_resets_every_control_to_an_empty_filter(
    qtbot: QtBot, bar: FilterBar, data: Data
) -> None:
    assert not bar.clear_button.isEnabled()
    fill_by_hand(qtbot, bar, data)
    assert bar.current() == full_filter(data)
    recorder = Recorder(bar)
    click(bar.clear_button)
    assert recorder.filters == [ItemFilter()]
    assert bar.current() == ItemFilter()
    assert bar.text.text() == ""
    for combo in bar._combos():
        assert combo.currentIndex() == 0
    assert len(offered(bar.stage)) == 3
    assert not bar.clear_button.isEnabled()


def test_a_set_saved_under_a_vietnamese_name_restores_every_field_later(
    qtbot: QtBot, bar: FilterBar, data: Data, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_by_hand(qtbot, bar, data)
    answer_name(monkeypatch, f"  {VIETNAMESE_NAME} ")
    click(bar.save_button)
    assert saved_filter_names() == [VIETNAMESE_NAME]
    assert load_filter(VIETNAMESE_NAME) == full_filter(data)
    assert bar.saved.currentText() == VIETNAMESE_NAME

    click(bar.clear_button)
    assert bar.saved.currentIndex() == 0  # the bar no longer shows the saved set

    later = FilterBar()
    qtbot.addWidget(later)
    later.set_database(sqlite_db)
    recorder = Recorder(later)
    choose(later.saved, VIETNAMESE_NAME)
    assert recorder.filters == [full_filter(data)]
    assert later.current() == full_filter(data)
    assert later.stage.currentText() == "Đến Đại hội"
    assert later.channel.currentText() == "Báo in"
    assert later.text.text() == "Đại hội"
    assert later.delete_button.isEnabled()


def test_saving_refuses_an_empty_name(
    bar: FilterBar, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    choose(bar.plan, data.plans[0])
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: warnings.append(text))
    )
    answer_name(monkeypatch, "   ")
    click(bar.save_button)
    assert saved_filter_names() == []
    assert len(warnings) == 1
    answer_name(monkeypatch, "Hà Nội", accepted=False)
    click(bar.save_button)
    assert saved_filter_names() == []


def test_saving_over_an_existing_name_asks_first(
    bar: FilterBar, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_filter("Hà Nội", ItemFilter(plan_id=data.plans[0]))
    choose(bar.plan, data.plans[1])
    questions: list[str] = []
    reply = QMessageBox.StandardButton.No

    def question(_parent: Any, _title: str, text: str, *_args: Any) -> Any:
        questions.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    answer_name(monkeypatch, "Hà Nội")
    click(bar.save_button)
    assert len(questions) == 1
    assert "Hà Nội" in questions[0]
    assert load_filter("Hà Nội") == ItemFilter(plan_id=data.plans[0])
    reply = QMessageBox.StandardButton.Yes
    click(bar.save_button)
    assert load_filter("Hà Nội") == ItemFilter(plan_id=data.plans[1])
    assert saved_filter_names() == ["Hà Nội"]


def test_the_name_dialog_suggests_the_set_shown(
    bar: FilterBar, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_filter("Hưng Yên", ItemFilter(plan_id=data.plans[1]))
    bar.refresh_choices()
    choose(bar.saved, "Hưng Yên")
    suggested = answer_name(monkeypatch, "Hưng Yên 2", accepted=False)
    click(bar.save_button)
    assert suggested == ["Hưng Yên"]


def test_delete_removes_the_set_shown(
    qtbot: QtBot, sqlite_db: Database, data: Data, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_filter(VIETNAMESE_NAME, full_filter(data))
    save_filter("Hưng Yên", ItemFilter(plan_id=data.plans[1]))
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_database(sqlite_db)
    assert offered(bar.saved) == ["Hưng Yên", VIETNAMESE_NAME]
    assert not bar.delete_button.isEnabled()
    choose(bar.saved, VIETNAMESE_NAME)
    click(bar.delete_button)
    assert saved_filter_names() == ["Hưng Yên"]
    assert offered(bar.saved) == ["Hưng Yên"]
    assert bar.saved.currentIndex() == 0
    assert not bar.delete_button.isEnabled()
    assert bar.current() == full_filter(data)  # deleting a set does not change what is shown


def test_set_filter_shows_every_field_with_one_signal(bar: FilterBar, data: Data) -> None:
    recorder = Recorder(bar)
    wanted = full_filter(data)
    bar.set_filter(wanted)
    assert recorder.filters == [wanted]
    assert bar.current() == wanted
    assert ItemFilter.from_json(bar.current().to_json()) == wanted
    bar.set_filter(wanted)
    assert recorder.filters == [wanted]  # nothing changed, nothing emitted


def test_set_filter_drops_ids_that_do_not_exist(bar: FilterBar, data: Data) -> None:
    bar.set_filter(ItemFilter(plan_id=data.plans[1], stage_id=data.stages[0], column_id=9999))
    assert bar.current() == ItemFilter(plan_id=data.plans[1])


def test_refresh_choices_keeps_the_selection(
    bar: FilterBar, data: Data, sqlite_db: Database
) -> None:
    wanted = full_filter(data)
    bar.set_filter(wanted)
    recorder = Recorder(bar)
    added = make(
        sqlite_db,
        Kind.STAGE,
        plan_id=data.plans[0],
        name="Sau Đại hội",
        position=3,
        start_date=date(2025, 10, 1),
        end_date=date(2025, 12, 31),
    )
    bar.on_changes(Changes.of(Kind.STAGE))
    assert added in offered(bar.stage)
    assert bar.current() == wanted
    assert recorder.filters == []

    delete_records(sqlite_db, Kind.PERSON, [data.person])
    bar.refresh_choices()
    assert bar.current() == wanted.with_(assignee_id=None)
    assert recorder.filters == [wanted.with_(assignee_id=None)]


def test_a_new_database_clears_the_filter(
    qtbot: QtBot, bar: FilterBar, data: Data, tmp_path: Any
) -> None:
    bar.set_filter(full_filter(data))
    other = Database.open(tmp_path / "other.sqlite", actor="tester")
    try:
        with qtbot.waitSignal(bar.filter_changed, timeout=1000) as signal:
            bar.set_database(other)
        assert signal.args == [ItemFilter()]
        assert offered(bar.plan) == []
    finally:
        other.close()


def test_the_bar_stays_compact_on_the_demo(qtbot: QtBot, sqlite_db: Database) -> None:
    build_demo(sqlite_db)
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_database(sqlite_db)
    bar.set_filter(ItemFilter(plan_id=1, text="Đại hội"))
    hint = bar.sizeHint()
    assert hint.width() <= 1280
    assert hint.height() <= 80
    assert bar.plan.toolTip().startswith("156-HD/BTGTU")


def test_filter_sets_keep_odd_names_apart_and_sorted(qapp: Any) -> None:
    names = ["Tết / Đại hội", "tết / đại hội", "Ấp Bắc", "Bầu cử", "a%2Fb", "Zalo"]
    for index, name in enumerate(names):
        save_filter(name, ItemFilter(plan_id=index + 1, text="một, hai"))
    assert saved_filter_names() == [
        "a%2Fb",
        "Ấp Bắc",
        "Bầu cử",
        "Tết / Đại hội",
        "tết / đại hội",
        "Zalo",
    ]
    for index, name in enumerate(names):
        assert load_filter(name) == ItemFilter(plan_id=index + 1, text="một, hai")
    store = QSettings()
    store.beginGroup(GROUP)
    assert all(key.isalnum() and key == key.lower() for key in store.childKeys())
    store.endGroup()
    delete_filter("Tết / Đại hội")
    assert load_filter("Tết / Đại hội") is None
    assert "tết / đại hội" in saved_filter_names()
    with pytest.raises(ValueError):
        save_filter("  ", ItemFilter())


def test_without_a_database_the_bar_is_disabled_and_empty(qtbot: QtBot) -> None:
    bar = FilterBar()
    qtbot.addWidget(bar)
    assert not bar.isEnabled()
    assert all(combo.count() == 1 for combo in bar._combos() if combo is not bar.status)
    assert bar.status.count() == 1 + len(ContentStatus)  # statuses need no database
