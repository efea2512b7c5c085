"""The dry run: what the import would create, update and skip, and each record it rejects.

With rejections nothing is imported, unless the user ticks "Skip the rejected records"; Back
goes to the mapping (or the file) to fix them. Import writes everything in one transaction,
as one step on the undo stack; a database changed meanwhile is said, planned again, and the
wizard stays on this page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.core.records import Kind
from app.imports import Action, ImportPlan, ImportRefusedError
from app.ui.i18n import marked
from app.ui.import_wizard.labels import problem_label, shown, target_label, where

if TYPE_CHECKING:
    from app.ui.import_wizard.wizard import ImportWizard

GROUPS = ("created", "updated", "skipped", "rejected")


def _change(kind: Kind, name: str, before: object, after: object) -> str:
    return f"{target_label(kind, name)}: {shown(before) or '—'} → {shown(after) or '—'}"


class PlanPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("import_plan_page")
        self.setTitle(self.tr("What the import would do"))
        self.setSubTitle(
            self.tr(
                "Nothing has been written yet. Import writes all of it at once; Edit → Undo "
                "takes all of it back."
            )
        )
        captions = {
            "created": self.tr("To create:"),
            "updated": self.tr("To update:"),
            "skipped": self.tr("Skipped:"),
            "rejected": self.tr("Rejected:"),
        }
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        for column, group in enumerate(GROUPS):
            label = QLabel()
            label.setObjectName(f"import_count_{group}")
            grid.addWidget(QLabel(captions[group]), 0, 2 * column)
            grid.addWidget(label, 0, 2 * column + 1)
            self.counts[group] = label
        grid.setColumnStretch(8, 1)
        self.details = QTreeWidget()
        self.details.setObjectName("import_details")
        self.details.setHeaderLabels(
            [
                self.tr("Record"),
                self.tr("File"),
                self.tr("Line / UID"),
                self.tr("Field"),
                self.tr("Details"),
            ]
        )
        self.details.setRootIsDecorated(True)
        self.details.setUniformRowHeights(True)
        header = self.details.header()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.skip_invalid = QCheckBox(self.tr("&Skip the rejected records and import the others"))
        self.skip_invalid.setObjectName("import_skip_invalid")
        self.advice = QLabel()
        self.advice.setObjectName("import_advice")
        self.advice.setWordWrap(True)
        self.problem = problem_label("import_plan_problem")
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.advice)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.problem)
        self.skip_invalid.toggled.connect(self.completeChanged)
        self.skip_invalid.toggled.connect(lambda: self.problem.setText(""))

    def _wizard(self) -> ImportWizard:
        return cast("ImportWizard", self.wizard())

    def initializePage(self) -> None:  # noqa: N802 - Qt's API
        self.problem.setText("")
        self.skip_invalid.setChecked(False)
        self.show_plan()

    def show_plan(self) -> None:
        plan = self._wizard().plan
        assert plan is not None
        for group, count in plan.counts().items():
            self.counts[group].setText(str(count))
        rejected = bool(plan.rejections)
        self.skip_invalid.setVisible(rejected)
        if rejected:
            self.advice.setText(
                self.tr(
                    "Rejected records stop the import: go Back to fix the mapping or the "
                    "file, or skip them."
                )
            )
        elif not plan.records:
            self.advice.setText(self.tr("There is nothing new to import."))
        else:
            self.advice.setText("")
        self._fill(plan)
        self.completeChanged.emit()

    def _fill(self, plan: ImportPlan) -> None:
        self.details.clear()
        kind = plan.kind
        title = "title" if kind is Kind.CONTENT_ITEM else "name"
        start = "planned_start" if kind is Kind.CONTENT_ITEM else "start_date"
        groups = {
            "rejected": self.tr("Rejected (%1)"),
            "created": self.tr("To create (%1)"),
            "updated": self.tr("To update (%1)"),
            "skipped": self.tr("Skipped (%1)"),
        }
        rows: dict[str, list[list[str]]] = {group: [] for group in groups}
        for rejection in plan.rejections:
            field = target_label(kind, rejection.field) if rejection.field else ""
            rows["rejected"].append(
                [
                    "",
                    rejection.origin.file,
                    where(rejection.origin),
                    field,
                    rejection.reason.render(marked),
                ]
            )
        for record in plan.records:
            notes = " ".join(note.render(marked) for note in record.notes)
            if record.action is Action.CREATE:
                name = str(record.values.get(title) or "")
                text = shown(record.values.get(start))
                rows["created"].append(
                    [
                        name,
                        record.origin.file,
                        where(record.origin),
                        "",
                        " ".join(filter(None, (text, notes))),
                    ]
                )
            else:
                changes = "; ".join(
                    _change(kind, name, record.before.get(name), value)
                    for name, value in record.values.items()
                )
                rows["updated"].append(
                    [
                        "",
                        record.origin.file,
                        where(record.origin),
                        "",
                        " ".join(filter(None, (changes, notes))),
                    ]
                )
        for skipped in plan.skipped:
            rows["skipped"].append(
                ["", skipped.origin.file, where(skipped.origin), "", skipped.reason.render(marked)]
            )
        for group, caption in groups.items():
            top = QTreeWidgetItem([caption.replace("%1", str(len(rows[group])))])
            top.setData(0, Qt.ItemDataRole.UserRole, group)
            self.details.addTopLevelItem(top)
            for row in rows[group]:
                child = QTreeWidgetItem(row)
                child.setToolTip(len(row) - 1, row[-1])
                top.addChild(child)
            top.setExpanded(group == "rejected" or (group == "created" and not rows["rejected"]))
            top.setFirstColumnSpanned(True)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's API
        wizard = self._wizard()
        plan = wizard.plan if wizard else None
        return plan is not None and (not plan.rejections or self.skip_invalid.isChecked())

    def validatePage(self) -> bool:  # noqa: N802 - Qt's API
        """Import; on failure say why, plan again, and stay here with everything as it was."""
        wizard = self._wizard()
        failure = wizard.run_import(self.skip_invalid.isChecked())
        if failure is None:
            return True
        skip = self.skip_invalid.isChecked()
        try:
            wizard.dry_run()
        except ImportRefusedError as error:
            failure += "\n" + wizard.refusal(error)
        else:
            self.show_plan()
            self.skip_invalid.setChecked(skip)
        self.problem.setText(failure)
        return False
