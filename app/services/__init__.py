"""Use cases: one unit of work per user action; each returns what it changed. No Qt here."""
