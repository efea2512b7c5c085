"""Who may import whom, read from the source with `ast` so nothing is imported to check it."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
ENTRY_POINT = "app.cli"

# Layer → the imports it must not make (a name and everything under it).
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "app.core": ("PySide6", "sqlalchemy", "alembic", "app.db", "app.services", "app.ui"),
    "app.db": ("PySide6", "app.services", "app.ui"),
    "app.services": ("PySide6", "app.ui"),
    # Reading and writing files is pure Python, usable by the command line without Qt.
    "app.imports": ("PySide6", "app.ui"),
    "app.exports": ("PySide6", "app.ui"),
}

# Modules allowed some of what their layer forbids, and why; nothing else is exempt.
EXEMPT: dict[str, tuple[str, ...]] = {
    # The PDF is laid out by Qt (QTextDocument, QPdfWriter): the same pages as the printer.
    "app.exports.pages": ("PySide6",),
    # The exported words are translated by Qt's translator, as the UI's are (QtCore only).
    "app.exports.labels": ("PySide6.QtCore",),
}


@dataclass(frozen=True)
class Import:
    module: str  # the importing module, dotted
    path: Path
    line: int
    target: str  # what it imports, dotted and absolute

    def __str__(self) -> str:
        return f"{self.path.relative_to(APP.parent)}:{self.line} imports {self.target}"


def module_name(path: Path) -> str:
    parts = path.relative_to(APP.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _absolute(module: str, is_package: bool, level: int, name: str | None) -> str:
    """Resolve `from ..x import y`'s `..x` against the importing module."""
    if level == 0:
        return name or ""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def imports_of(source: str, module: str, path: Path, is_package: bool = False) -> list[Import]:
    """Every module `source` imports; `from a import b` counts as both `a` and `a.b`."""
    found: list[Import] = []
    for node in ast.walk(ast.parse(source, filename=str(path))):
        if isinstance(node, ast.Import):
            found.extend(Import(module, path, node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            origin = _absolute(module, is_package, node.level, node.module)
            found.append(Import(module, path, node.lineno, origin))
            found.extend(
                Import(module, path, node.lineno, f"{origin}.{alias.name}")
                for alias in node.names
                if alias.name != "*"
            )
    return found


def all_imports() -> list[Import]:
    found: list[Import] = []
    for path in sorted(APP.rglob("*.py")):
        found.extend(
            imports_of(
                path.read_text(encoding="utf-8"),
                module_name(path),
                path,
                is_package=path.name == "__init__.py",
            )
        )
    return found


def _within(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


def _exempt(found: Import) -> bool:
    return any(_within(found.target, allowed) for allowed in EXEMPT.get(found.module, ()))


def layer_violations(imports: list[Import]) -> list[str]:
    problems = []
    for found in imports:
        if _exempt(found):
            continue
        for layer, forbidden in FORBIDDEN.items():
            if not _within(found.module, layer):
                continue
            for name in forbidden:
                if _within(found.target, name):
                    problems.append(f"{found} ({layer} must not import {name})")
    return problems


def ui_violations(imports: list[Import]) -> list[str]:
    return [
        f"{found} (only app.ui and {ENTRY_POINT} may import app.ui)"
        for found in imports
        if _within(found.target, "app.ui")
        and not _within(found.module, "app.ui")
        and found.module != ENTRY_POINT
    ]


def test_the_walk_sees_the_layers() -> None:
    modules = {found.module for found in all_imports()}
    for layer in FORBIDDEN:
        assert any(_within(m, layer) for m in modules), f"no module of {layer} was read"


def test_each_layer_imports_only_what_lies_below_it() -> None:
    problems = layer_violations(all_imports())
    assert not problems, "layering broken:\n" + "\n".join(problems)


def test_nothing_but_the_ui_and_the_entry_point_imports_the_ui() -> None:
    problems = ui_violations(all_imports())
    assert not problems, "layering broken:\n" + "\n".join(problems)


# The checker itself, on made-up modules: it must see every way of writing an import.

FAKE = APP / "services" / "fake.py"


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("import PySide6.QtCore", "PySide6.QtCore"),
        ("from PySide6 import QtWidgets", "PySide6.QtWidgets"),
        ("from app import ui", "app.ui"),
        ("from app.ui.main_window import MainWindow", "app.ui.main_window"),
        ("from ..ui import main_window", "app.ui.main_window"),
        ("from ..ui.commands import *", "app.ui.commands"),
        ("if TYPE_CHECKING:\n    from app.ui import notifier", "app.ui.notifier"),
        ("def later():\n    import app.ui.dialogs", "app.ui.dialogs"),
    ],
)
def test_the_checker_reports_module_and_import(source: str, target: str) -> None:
    imports = imports_of(source, "app.services.fake", FAKE)
    assert target in {found.target for found in imports}
    problems = layer_violations(imports)
    assert problems
    assert all(p.startswith("app/services/fake.py:") for p in problems)
    assert any(f"imports {target}" in p for p in problems)


def test_the_checker_resolves_relative_imports_in_packages() -> None:
    init = APP / "core" / "__init__.py"
    [package, name] = imports_of("from .text import fold", "app.core", init, is_package=True)
    assert (package.target, name.target) == ("app.core.text", "app.core.text.fold")
    [up, _] = imports_of("from ..db import base", "app.core.records", APP / "core" / "records.py")
    assert up.target == "app.db"
    assert layer_violations([up])


def test_the_checker_allows_the_ui_itself_and_the_entry_point() -> None:
    source = "from app.ui.application import run"
    for module in ("app.ui.main_window", ENTRY_POINT):
        assert ui_violations(imports_of(source, module, APP / "x.py")) == []
    assert ui_violations(imports_of(source, "app.__main__", APP / "__main__.py"))


def test_the_file_layers_stay_free_of_qt_but_for_their_named_exemptions() -> None:
    pdf = imports_of("from PySide6.QtGui import QPdfWriter", "app.exports.pages", APP / "x.py")
    assert layer_violations(pdf) == []
    translated = "from PySide6.QtCore import QCoreApplication"
    assert layer_violations(imports_of(translated, "app.exports.labels", APP / "x.py")) == []
    widgets = "from PySide6.QtWidgets import QWidget"
    assert layer_violations(imports_of(widgets, "app.exports.labels", APP / "x.py"))
    for module in ("app.imports.plan", "app.exports.xlsx"):
        assert layer_violations(imports_of(translated, module, APP / "x.py"))
        ui = "from app.ui.i18n import marked"
        assert layer_violations(imports_of(ui, module, APP / "x.py"))
