"""Fills an empty database with a deterministic demo drawn from the seed documents."""

# Three real plans (Hanoi's Directive 156-HD/BTGTU towards the 14th Congress, Hung Yen's Plan
# 147/KH-UBND on external information in 2024, the Politburo's Directive 01-CT/TW on the 14th
# Congress Resolution), the milestones they are planned around, the outlets and newsroom that carry
# them, columns, special pages and about two hundred content items with assignments.

from app.services.demo.builder import build_demo
from app.services.demo.constants import DEMO_SEED, DEMO_STAMP, DEMO_TODAY
from app.services.demo.summary import DemoError, DemoSummary

__all__ = [
    "DEMO_SEED",
    "DEMO_STAMP",
    "DEMO_TODAY",
    "DemoError",
    "DemoSummary",
    "build_demo",
]
