"""File → Import…: a wizard over app.imports (file, column mapping, dry run, undoable import)."""

from app.ui.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
