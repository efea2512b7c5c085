"""Persistence: SQLAlchemy models, engine setup, unit of work and migrate-on-open."""
