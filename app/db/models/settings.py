"""Settings the whole newsroom shares, kept in the database rather than on one desktop."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, Versioned


class AppSetting(Versioned, Base):
    """One named value (JSON text), such as the default days from due date to publication."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(100), unique=True)
    value: Mapped[str] = mapped_column(Text)
