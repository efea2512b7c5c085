"""Editorial calendar and content planner for newsroom communication campaigns."""

__version__ = "0.1.0"
