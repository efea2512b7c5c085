"""Pure domain code: value types, enums, validation and date rules; no Qt, no SQLAlchemy."""
