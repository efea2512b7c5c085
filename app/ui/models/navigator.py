"""The navigator's tree: plans with their stages and themes, then every other kind of record."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel

from app.core.records import KINDS, Kind
from app.services.records import Choice
from app.ui.i18n import marked

DESTINATION_ROLE = 0x0101

TOP_LEVEL = (
    Kind.CONTENT_ITEM,
    Kind.MILESTONE,
    Kind.COLUMN,
    Kind.SPECIAL_PAGE,
    Kind.OUTLET,
    Kind.CHANNEL,
    Kind.PERSON,
    Kind.DESK,
    Kind.ASSIGNMENT,
)


@dataclass(frozen=True)
class Destination:
    """What the central list shows when a node is picked: a kind, narrowed to a parent."""

    kind: Kind
    where: tuple[tuple[str, Any], ...] = field(default=())
    caption: str = ""

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self.where)


def _node(text: str, destination: Destination) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(destination, DESTINATION_ROLE)
    item.setToolTip(text)
    return item


class NavigatorModel(QStandardItemModel):
    def rebuild(self, plans: list[Choice]) -> None:
        """Refill from `plans`; plain data only, so it never holds database objects."""
        self.clear()
        root = self.invisibleRootItem()
        plans_node = _node(marked("records", KINDS[Kind.PLAN].plural), Destination(Kind.PLAN))
        for plan in plans:
            plan_node = _node(plan.label, Destination(Kind.PLAN, (("id", plan.id),), plan.label))
            for kind in (Kind.STAGE, Kind.THEME):
                caption = f"{marked('records', KINDS[kind].plural)} — {plan.label}"
                plan_node.appendRow(
                    _node(
                        marked("records", KINDS[kind].plural),
                        Destination(kind, (("plan_id", plan.id),), caption),
                    )
                )
            plan_node.appendRow(
                _node(
                    marked("records", KINDS[Kind.CONTENT_ITEM].plural),
                    Destination(
                        Kind.CONTENT_ITEM,
                        (("plan_id", plan.id),),
                        f"{marked('records', KINDS[Kind.CONTENT_ITEM].plural)} — {plan.label}",
                    ),
                )
            )
            plans_node.appendRow(plan_node)
        root.appendRow(plans_node)
        for kind in TOP_LEVEL:
            root.appendRow(_node(marked("records", KINDS[kind].plural), Destination(kind)))

    def destination(self, row_item: QStandardItem | None) -> Destination | None:
        if row_item is None:
            return None
        value = row_item.data(DESTINATION_ROLE)
        return value if isinstance(value, Destination) else None
