"""Timeline geometry, no Qt and no database: date <-> x, zoom and pan, tiers, buckets, lanes."""

from __future__ import annotations

import itertools
import math
import random
from datetime import date, timedelta

import pytest

from app.core.timeline import (
    MAX_PX_PER_DAY,
    MIN_BUCKET_PX,
    MIN_ITEM_PX,
    MIN_LABEL_PX,
    MIN_PX_PER_DAY,
    SHORTEST_DAYS,
    LaneKey,
    LaneLayout,
    LaneRows,
    Span,
    Tier,
    TimeScale,
    assign_lanes,
    density_tier,
    lane_at,
    lane_tops,
    next_period,
    pack_rows,
    period_start,
    periods,
    tiers_for,
)

ORDER = [Tier.DAY, Tier.WEEK, Tier.MONTH, Tier.QUARTER, Tier.YEAR]  # finest first

# Days around month ends, year ends and leap days, where off-by-one errors live.
AWKWARD_DAYS = [
    date(2023, 12, 31),
    date(2024, 1, 1),
    date(2024, 1, 31),
    date(2024, 2, 1),
    date(2024, 2, 28),
    date(2024, 2, 29),
    date(2024, 3, 1),
    date(2024, 12, 31),
    date(2025, 1, 1),
    date(2025, 2, 28),
    date(2025, 3, 1),
    date(2025, 6, 30),
    date(2025, 12, 31),
    date(2026, 1, 1),
    date(2000, 2, 29),
    date(2100, 3, 1),
]

SCALES = [
    TimeScale(date(2025, 1, 1), 10.0),
    TimeScale(date(2024, 2, 29), 1 / 3),
    TimeScale(date(2025, 6, 15), 7.3, 0.25),
    TimeScale(date(2023, 12, 31), MIN_PX_PER_DAY, 0.999),
    TimeScale(date(2025, 3, 1), MAX_PX_PER_DAY, 0.5),
    TimeScale(date(1999, 1, 1), 0.1),
    TimeScale(date(2030, 7, 4), 28.0, 0.1),
]


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _below(x: float) -> float:
    return math.nextafter(x, -math.inf)


# TimeScale: x_of, x_of_end, day_at, nearest_day_edge


def test_x_of_is_exact_for_whole_days_at_a_whole_origin() -> None:
    scale = TimeScale(date(2024, 1, 1), 10.0)
    assert scale.x_of(date(2024, 1, 1)) == 0.0
    assert scale.x_of(date(2024, 2, 1)) == 310.0
    assert scale.x_of(date(2024, 3, 1)) == 600.0  # 31 + 29: the leap day counts
    assert scale.x_of(date(2025, 1, 1)) == 3660.0
    assert scale.x_of(date(2023, 12, 31)) == -10.0
    assert scale.x_of_end(date(2024, 2, 29)) == 600.0
    assert scale.x_of_end(date(2023, 12, 31)) == 0.0


def test_the_offset_shifts_the_start_of_the_origin_left() -> None:
    scale = TimeScale(date(2025, 6, 1), 10.0, offset=0.5)
    assert scale.x_of(date(2025, 6, 1)) == -5.0
    assert scale.x_of_end(date(2025, 6, 1)) == 5.0
    assert scale.x_of(date(2025, 6, 2)) == 5.0
    assert scale.day_at(0.0) == date(2025, 6, 1)
    assert scale.day_at(-5.0) == date(2025, 6, 1)
    assert scale.day_at(-5.001) == date(2025, 5, 31)
    assert scale.day_at(5.0) == date(2025, 6, 2)


@pytest.mark.parametrize("scale", SCALES, ids=repr)
def test_day_at_inverts_x_of_at_both_edges_of_every_awkward_day(scale: TimeScale) -> None:
    for day in AWKWARD_DAYS:
        start, end = scale.x_of(day), scale.x_of_end(day)
        assert end > start
        assert math.isclose(end - start, scale.px_per_day, rel_tol=1e-6, abs_tol=1e-6)
        assert scale.x_of_end(day) == scale.x_of(day + timedelta(days=1))
        assert scale.day_at(start) == day
        assert scale.day_at((start + end) / 2) == day
        # The last representable x before the end is still the same day, not the next.
        assert scale.day_at(_below(end)) == day
        assert scale.day_at(end) == day + timedelta(days=1)
        assert scale.day_at(_below(start)) == day - timedelta(days=1)


@pytest.mark.parametrize("scale", SCALES, ids=repr)
def test_consecutive_days_tile_the_axis_across_a_leap_year_end(scale: TimeScale) -> None:
    days = _days(date(2023, 12, 25), date(2025, 1, 5))
    for day, following in zip(days, days[1:], strict=False):
        assert scale.x_of_end(day) == scale.x_of(following)
        assert scale.x_of(following) > scale.x_of(day)


def test_day_at_floors_negative_positions() -> None:
    scale = TimeScale(date(2025, 1, 1), 10.0)
    assert scale.day_at(-0.1) == date(2024, 12, 31)
    assert scale.day_at(-10.0) == date(2024, 12, 31)
    assert scale.day_at(-10.1) == date(2024, 12, 30)
    assert scale.day_at(9.99) == date(2025, 1, 1)
    assert scale.day_at(-3660.0) == date(2024, 1, 1)  # 366 days back over a leap year


def test_nearest_day_edge_rounds_to_the_closest_day_start() -> None:
    scale = TimeScale(date(2025, 12, 31), 10.0)
    assert scale.nearest_day_edge(0.0) == date(2025, 12, 31)
    assert scale.nearest_day_edge(4.9) == date(2025, 12, 31)
    assert scale.nearest_day_edge(5.1) == date(2026, 1, 1)
    assert scale.nearest_day_edge(5.0) == date(2026, 1, 1)  # a tie goes to the later edge
    assert scale.nearest_day_edge(-4.9) == date(2025, 12, 31)
    assert scale.nearest_day_edge(-5.1) == date(2025, 12, 30)
    assert scale.nearest_day_edge(14.9) == date(2026, 1, 1)
    assert scale.nearest_day_edge(15.1) == date(2026, 1, 2)


@pytest.mark.parametrize("scale", SCALES, ids=repr)
def test_nearest_day_edge_of_an_edge_is_its_day(scale: TimeScale) -> None:
    for day in AWKWARD_DAYS:
        assert scale.nearest_day_edge(scale.x_of(day)) == day
        assert scale.nearest_day_edge(scale.x_of_end(day)) == day + timedelta(days=1)
        quarter = scale.px_per_day / 4
        assert scale.nearest_day_edge(scale.x_of(day) + quarter) == day
        assert scale.nearest_day_edge(scale.x_of(day) - quarter) == day


@pytest.mark.parametrize(
    ("px_per_day", "offset"),
    [(0.0, 0.0), (-1.0, 0.0), (math.nan, 0.0), (math.inf, 0.0), (1.0, math.nan)],
)
def test_a_scale_needs_a_positive_finite_scale_and_a_finite_offset(
    px_per_day: float, offset: float
) -> None:
    with pytest.raises(ValueError):
        TimeScale(date(2025, 1, 1), px_per_day, offset)


# TimeScale.zoomed


def _anchored_fraction(scale: TimeScale, anchor_x: float, reference: date) -> float:
    """How many days after the start of `reference` the point under anchor_x is."""
    return (anchor_x - scale.x_of(reference)) / scale.px_per_day


def test_zooming_scales_distances_from_the_anchor() -> None:
    scale = TimeScale(date(2025, 6, 1), 10.0, 0.3)
    anchor = 337.5
    zoomed = scale.zoomed(2.0, anchor)
    assert zoomed.px_per_day == 20.0
    assert 0.0 <= zoomed.offset < 1.0
    for day in (date(2025, 5, 1), date(2025, 6, 1), date(2025, 6, 30), date(2025, 9, 1)):
        expected = anchor + (scale.x_of(day) - anchor) * 2.0
        assert zoomed.x_of(day) == pytest.approx(expected, abs=1e-9)
    assert zoomed.day_at(anchor) == scale.day_at(anchor)


def test_zooming_out_keeps_the_anchor_and_moves_the_origin() -> None:
    scale = TimeScale(date(2025, 6, 1), 10.0)
    zoomed = scale.zoomed(0.5, 500.0)
    assert zoomed.px_per_day == 5.0
    # 50 days were under x in [0, 500); the anchor (start of 21 July) stays at 500 and
    # x = 0 is now 100 days before it.
    assert zoomed.x_of(date(2025, 7, 21)) == 500.0
    assert zoomed.origin == date(2025, 4, 12)
    assert zoomed.offset == 0.0
    assert zoomed.day_at(0.0) == date(2025, 4, 12)


def test_fifty_zoom_steps_in_a_row_keep_the_anchored_moment_fixed() -> None:
    rng = random.Random(20250601)
    scale = TimeScale(date(2025, 6, 1), 12.0, 0.37)
    anchor = 913.25
    reference = scale.day_at(anchor)
    fraction = _anchored_fraction(scale, anchor, reference)
    for _ in range(50):
        scale = scale.zoomed(rng.choice([1.15, 1 / 1.15, 1.5, 0.7, 1.0001]), anchor)
        assert 0.0 <= scale.offset < 1.0
        assert scale.x_of(reference) == pytest.approx(
            anchor - fraction * scale.px_per_day, abs=1e-6
        )
        assert scale.day_at(anchor) == reference


def test_zooming_in_fifty_times_then_out_fifty_times_through_both_clamps() -> None:
    start = TimeScale(date(2025, 6, 1), 10.0, 0.2)
    anchor = 640.0
    reference = start.day_at(anchor)
    fraction = _anchored_fraction(start, anchor, reference)
    scale = start
    seen = set()
    for factor in [1.25] * 50 + [1 / 1.25] * 100 + [1.25] * 30:
        scale = scale.zoomed(factor, anchor)
        seen.add(scale.px_per_day)
        assert MIN_PX_PER_DAY <= scale.px_per_day <= MAX_PX_PER_DAY
        assert scale.x_of(reference) == pytest.approx(
            anchor - fraction * scale.px_per_day, abs=1e-6
        )
    assert {MIN_PX_PER_DAY, MAX_PX_PER_DAY} <= seen
    # Steps after a clamp count from the clamp.
    assert scale.px_per_day == pytest.approx(MIN_PX_PER_DAY * 1.25**30)
    assert scale.day_at(anchor) == reference


def test_zooming_into_a_clamp_lands_on_it_and_keeps_the_anchor() -> None:
    near_max = TimeScale(date(2025, 6, 1), 300.0, 0.6)
    at_max = near_max.zoomed(2.0, 250.0)
    assert at_max.px_per_day == MAX_PX_PER_DAY
    for day in (date(2025, 6, 1), date(2025, 6, 3)):
        expected = 250.0 + (near_max.x_of(day) - 250.0) * (MAX_PX_PER_DAY / 300.0)
        assert at_max.x_of(day) == pytest.approx(expected, abs=1e-9)

    near_min = TimeScale(date(2025, 6, 1), 0.08, 0.1)
    at_min = near_min.zoomed(0.1, 700.0)
    assert at_min.px_per_day == MIN_PX_PER_DAY
    expected = 700.0 + (near_min.x_of(date(2020, 1, 1)) - 700.0) * (MIN_PX_PER_DAY / 0.08)
    assert at_min.x_of(date(2020, 1, 1)) == pytest.approx(expected, abs=1e-9)


def test_zooming_further_at_a_clamp_changes_nothing() -> None:
    at_max = TimeScale(date(2025, 6, 1), MAX_PX_PER_DAY, 0.3)
    assert at_max.zoomed(1.5, 123.0) == at_max
    at_min = TimeScale(date(2025, 6, 1), MIN_PX_PER_DAY, 0.3)
    assert at_min.zoomed(0.5, 123.0) == at_min
    # Zooming back the other way still works.
    assert at_max.zoomed(0.5, 123.0).px_per_day == MAX_PX_PER_DAY / 2
    assert at_min.zoomed(2.0, 123.0).px_per_day == MIN_PX_PER_DAY * 2


@pytest.mark.parametrize("factor", [0.0, -2.0, math.nan, math.inf])
def test_zooming_needs_a_positive_finite_factor(factor: float) -> None:
    with pytest.raises(ValueError):
        TimeScale(date(2025, 6, 1), 10.0).zoomed(factor, 100.0)


# TimeScale.panned


def test_panning_right_moves_content_right_and_shows_earlier_days() -> None:
    scale = TimeScale(date(2026, 1, 1), 10.0)
    moved = scale.panned(25.0)
    assert moved.px_per_day == 10.0
    assert moved.x_of(date(2026, 1, 1)) == pytest.approx(25.0)
    assert moved.day_at(0.0) == date(2025, 12, 29)  # 2.5 days back, across the year end
    assert 0.0 <= moved.offset < 1.0

    back = scale.panned(-25.0)
    assert back.x_of(date(2026, 1, 1)) == pytest.approx(-25.0)
    assert back.day_at(0.0) == date(2026, 1, 3)


def test_panning_there_and_back_and_in_many_small_steps() -> None:
    scale = TimeScale(date(2024, 2, 28), 3.7, 0.4)
    round_trip = scale.panned(1234.5).panned(-1234.5)
    for day in AWKWARD_DAYS:
        assert round_trip.x_of(day) == pytest.approx(scale.x_of(day), abs=1e-6)
    stepped = scale
    for _ in range(1000):
        stepped = stepped.panned(0.37)
    assert stepped.x_of(date(2024, 2, 29)) == pytest.approx(
        scale.x_of(date(2024, 2, 29)) + 370.0, abs=1e-6
    )


def test_panning_past_the_representable_dates_clamps_instead_of_raising() -> None:
    early = TimeScale(date(1, 1, 10), 1.0).panned(1e9)
    assert early.day_at(0.0) == date.min
    assert early.visible_days(1000.0)[0] == date.min
    late = TimeScale(date(9999, 12, 20), 1.0).panned(-1e9)
    assert late.day_at(500.0) == date.max
    assert late.visible_days(1000.0)[1] == date.max


# TimeScale.visible_days


def test_visible_days_are_those_touching_the_width() -> None:
    scale = TimeScale(date(2025, 12, 30), 10.0)
    assert scale.visible_days(50.0) == (date(2025, 12, 30), date(2026, 1, 3))
    assert scale.visible_days(50.5) == (date(2025, 12, 30), date(2026, 1, 4))
    assert scale.visible_days(49.5) == (date(2025, 12, 30), date(2026, 1, 3))
    assert scale.visible_days(10.0) == (date(2025, 12, 30), date(2025, 12, 30))
    assert scale.visible_days(0.0) == (date(2025, 12, 30), date(2025, 12, 30))
    assert scale.visible_days(-25.0) == (date(2025, 12, 30), date(2025, 12, 30))


def test_visible_days_with_a_fractional_offset_include_the_cut_days() -> None:
    scale = TimeScale(date(2024, 2, 27), 10.0, 0.5)
    # x = 0 is midday on the 27th; x < 50 reaches midday on 3 March, over the leap day.
    assert scale.visible_days(50.0) == (date(2024, 2, 27), date(2024, 3, 3))
    assert scale.visible_days(45.0) == (date(2024, 2, 27), date(2024, 3, 2))
    assert scale.visible_days(45.01) == (date(2024, 2, 27), date(2024, 3, 3))


# TimeScale.fit


def test_fit_fills_the_width_less_the_margins() -> None:
    first, last = date(2024, 1, 1), date(2024, 12, 31)
    scale = TimeScale.fit(first, last, 1000.0)
    assert scale.px_per_day == pytest.approx((1000.0 - 48.0) / 366)
    assert scale.x_of(first) == pytest.approx(24.0)
    assert scale.x_of_end(last) == pytest.approx(976.0)
    assert 0.0 <= scale.offset < 1.0
    # The 24 px margins are 9.2 days at 2.6 px/day.
    assert scale.visible_days(1000.0) == (date(2023, 12, 22), date(2025, 1, 10))


def test_fit_takes_a_margin_and_a_single_day() -> None:
    scale = TimeScale.fit(date(2025, 6, 1), date(2025, 6, 30), 600.0, margin_px=0)
    assert scale.px_per_day == pytest.approx(20.0)
    assert scale.x_of(date(2025, 6, 1)) == pytest.approx(0.0)
    assert scale.visible_days(600.0) == (date(2025, 6, 1), date(2025, 6, 30))


def test_fit_centres_a_range_too_short_for_the_maximum_scale() -> None:
    day = date(2025, 12, 31)
    scale = TimeScale.fit(day, day, 1000.0)
    assert scale.px_per_day == MAX_PX_PER_DAY
    assert scale.x_of(day) == pytest.approx(300.0)
    assert scale.x_of_end(day) == pytest.approx(700.0)


def test_fit_centres_a_range_too_long_for_the_minimum_scale() -> None:
    first, last = date(1900, 1, 1), date(2099, 12, 31)
    scale = TimeScale.fit(first, last, 1000.0)
    assert scale.px_per_day == MIN_PX_PER_DAY
    width = ((last - first).days + 1) * MIN_PX_PER_DAY
    assert scale.x_of(first) == pytest.approx((1000.0 - width) / 2)
    assert (scale.x_of(first) + scale.x_of_end(last)) / 2 == pytest.approx(500.0)


def test_fit_refuses_a_backwards_range() -> None:
    with pytest.raises(ValueError):
        TimeScale.fit(date(2025, 6, 2), date(2025, 6, 1), 1000.0)


# tiers_for


@pytest.mark.parametrize(
    ("px_per_day", "tiers"),
    [
        (MAX_PX_PER_DAY, (Tier.MONTH, Tier.DAY)),
        (28.0, (Tier.MONTH, Tier.DAY)),
        (27.9, (Tier.MONTH, Tier.WEEK)),
        (4.0, (Tier.MONTH, Tier.WEEK)),
        (3.99, (Tier.QUARTER, Tier.MONTH)),
        (1.0, (Tier.QUARTER, Tier.MONTH)),
        (0.99, (Tier.YEAR, Tier.QUARTER)),
        (0.312, (Tier.YEAR, Tier.QUARTER)),
        (0.311, (Tier.YEAR, Tier.YEAR)),
        (MIN_PX_PER_DAY, (Tier.YEAR, Tier.YEAR)),
    ],
)
def test_tiers_for_thresholds(px_per_day: float, tiers: tuple[Tier, Tier]) -> None:
    assert tiers_for(px_per_day) == tiers


def _zoom_out_sweep() -> list[float]:
    scales, px = [], MAX_PX_PER_DAY
    while px > MIN_PX_PER_DAY:
        scales.append(px)
        px *= 0.97
    return [*scales, MIN_PX_PER_DAY]


def test_tiers_only_coarsen_as_you_zoom_out_and_visit_every_tier() -> None:
    previous = (0, 0)
    lowers = set()
    for px in _zoom_out_sweep():
        upper, lower = tiers_for(px)
        ranks = (ORDER.index(upper), ORDER.index(lower))
        assert ranks[0] >= previous[0] and ranks[1] >= previous[1]
        assert ranks[0] >= ranks[1]  # the upper row is never finer than the lower
        lowers.add(lower)
        previous = ranks
    assert lowers == set(ORDER)


def test_lower_tier_cells_are_wide_enough_for_a_label() -> None:
    for px in _zoom_out_sweep():
        _, lower = tiers_for(px)
        if lower is Tier.YEAR:
            continue  # nothing coarser to fall back on
        cells = periods(lower, date(2023, 1, 1), date(2026, 12, 31))
        narrowest = min((end - start).days for start, end in cells)
        assert narrowest == SHORTEST_DAYS[lower]
        assert narrowest * px >= MIN_LABEL_PX
        # And the next finer tier would have been too narrow: the finest readable one is chosen.
        if lower is not Tier.DAY:
            finer = ORDER[ORDER.index(lower) - 1]
            assert SHORTEST_DAYS[finer] * px < MIN_LABEL_PX


# period_start, next_period, periods


@pytest.mark.parametrize(
    ("tier", "day", "start"),
    [
        (Tier.DAY, date(2024, 2, 29), date(2024, 2, 29)),
        (Tier.WEEK, date(2026, 1, 4), date(2025, 12, 29)),  # a Sunday belongs to the week before
        (Tier.WEEK, date(2026, 1, 5), date(2026, 1, 5)),  # a Monday starts its week
        (Tier.WEEK, date(2024, 3, 1), date(2024, 2, 26)),
        (Tier.MONTH, date(2024, 2, 29), date(2024, 2, 1)),
        (Tier.MONTH, date(2025, 12, 31), date(2025, 12, 1)),
        (Tier.QUARTER, date(2025, 1, 1), date(2025, 1, 1)),
        (Tier.QUARTER, date(2025, 3, 31), date(2025, 1, 1)),
        (Tier.QUARTER, date(2025, 4, 1), date(2025, 4, 1)),
        (Tier.QUARTER, date(2025, 6, 30), date(2025, 4, 1)),
        (Tier.QUARTER, date(2025, 8, 15), date(2025, 7, 1)),
        (Tier.QUARTER, date(2025, 12, 31), date(2025, 10, 1)),
        (Tier.YEAR, date(2025, 12, 31), date(2025, 1, 1)),
    ],
)
def test_period_start(tier: Tier, day: date, start: date) -> None:
    assert period_start(tier, day) == start


def test_every_day_of_a_quarter_starts_it_in_jan_apr_jul_oct() -> None:
    for day in _days(date(2024, 1, 1), date(2025, 12, 31)):
        start = period_start(Tier.QUARTER, day)
        assert start.day == 1 and start.month in (1, 4, 7, 10)
        assert start <= day < next_period(Tier.QUARTER, day)
        week = period_start(Tier.WEEK, day)
        assert week.weekday() == 0 and 0 <= (day - week).days < 7


@pytest.mark.parametrize(
    ("tier", "day", "following"),
    [
        (Tier.DAY, date(2024, 2, 28), date(2024, 2, 29)),
        (Tier.DAY, date(2025, 12, 31), date(2026, 1, 1)),
        (Tier.WEEK, date(2025, 12, 29), date(2026, 1, 5)),
        (Tier.WEEK, date(2025, 12, 31), date(2026, 1, 5)),  # from mid-week too
        (Tier.MONTH, date(2024, 1, 31), date(2024, 2, 1)),
        (Tier.MONTH, date(2024, 2, 1), date(2024, 3, 1)),
        (Tier.MONTH, date(2025, 12, 1), date(2026, 1, 1)),
        (Tier.QUARTER, date(2025, 10, 1), date(2026, 1, 1)),
        (Tier.QUARTER, date(2025, 2, 14), date(2025, 4, 1)),
        (Tier.YEAR, date(2024, 2, 29), date(2025, 1, 1)),
    ],
)
def test_next_period(tier: Tier, day: date, following: date) -> None:
    assert next_period(tier, day) == following


def test_weeks_across_the_year_end_start_on_monday() -> None:
    assert periods(Tier.WEEK, date(2025, 12, 31), date(2026, 1, 12)) == [
        (date(2025, 12, 29), date(2026, 1, 5)),
        (date(2026, 1, 5), date(2026, 1, 12)),
        (date(2026, 1, 12), date(2026, 1, 19)),
    ]


def test_months_over_a_leap_february() -> None:
    assert periods(Tier.MONTH, date(2024, 1, 15), date(2024, 3, 1)) == [
        (date(2024, 1, 1), date(2024, 2, 1)),
        (date(2024, 2, 1), date(2024, 3, 1)),
        (date(2024, 3, 1), date(2024, 4, 1)),
    ]


def test_quarters_across_the_year_end() -> None:
    assert periods(Tier.QUARTER, date(2025, 11, 20), date(2026, 5, 1)) == [
        (date(2025, 10, 1), date(2026, 1, 1)),
        (date(2026, 1, 1), date(2026, 4, 1)),
        (date(2026, 4, 1), date(2026, 7, 1)),
    ]


def test_days_and_years() -> None:
    assert periods(Tier.DAY, date(2024, 2, 28), date(2024, 3, 1)) == [
        (date(2024, 2, 28), date(2024, 2, 29)),
        (date(2024, 2, 29), date(2024, 3, 1)),
        (date(2024, 3, 1), date(2024, 3, 2)),
    ]
    assert periods(Tier.YEAR, date(2024, 12, 31), date(2025, 1, 1)) == [
        (date(2024, 1, 1), date(2025, 1, 1)),
        (date(2025, 1, 1), date(2026, 1, 1)),
    ]
    assert periods(Tier.YEAR, date(2025, 3, 1), date(2025, 3, 1)) == [
        (date(2025, 1, 1), date(2026, 1, 1))
    ]


@pytest.mark.parametrize("tier", ORDER)
def test_periods_tile_the_range_without_gaps(tier: Tier) -> None:
    first, last = date(2023, 11, 17), date(2026, 2, 3)
    cells = periods(tier, first, last)
    assert cells[0][0] <= first < cells[0][1]
    assert cells[-1][0] <= last < cells[-1][1]
    for (_, end), (start, _) in zip(cells, cells[1:], strict=False):
        assert end == start
    for start, end in cells:
        assert period_start(tier, start) == start
        assert next_period(tier, start) == end
        assert (end - start).days >= SHORTEST_DAYS[tier]


@pytest.mark.parametrize("tier", ORDER)
def test_no_periods_for_a_backwards_range(tier: Tier) -> None:
    assert periods(tier, date(2025, 6, 2), date(2025, 6, 1)) == []


# density_tier


@pytest.mark.parametrize(
    ("px_per_day", "span", "tier"),
    [
        (10.0, 1.0, None),
        (MIN_ITEM_PX, 1.0, None),  # exactly wide enough
        (2.99, 1.0, Tier.WEEK),
        (0.5, 10.0, None),  # a ten-day item at 5 px is still drawn
        (0.29, 10.0, Tier.MONTH),  # 2.9 px: counted, in months since a week is 2 px
        (0.86, 1.0, Tier.WEEK),
        (0.85, 1.0, Tier.MONTH),  # a week would be 5.95 px
        (0.22, 1.0, Tier.MONTH),
        (0.21, 1.0, Tier.QUARTER),  # a February would be 5.88 px
        (0.067, 1.0, Tier.QUARTER),
        (0.066, 1.0, Tier.YEAR),  # a 90-day quarter would be 5.94 px
        (MIN_PX_PER_DAY, 1.0, Tier.YEAR),
        (MIN_PX_PER_DAY, 60.0, None),  # two-month items are 3 px even at the widest zoom
    ],
)
def test_density_tier_thresholds(px_per_day: float, span: float, tier: Tier | None) -> None:
    assert density_tier(px_per_day, span) == tier


def test_density_buckets_coarsen_as_you_zoom_out_and_stay_readable() -> None:
    previous = -1
    seen = set()
    for px in _zoom_out_sweep():
        tier = density_tier(px)
        rank = -1 if tier is None else ORDER.index(tier)
        assert rank >= previous
        if tier is None:
            assert px >= MIN_ITEM_PX
        else:
            assert px < MIN_ITEM_PX
            assert tier is Tier.YEAR or SHORTEST_DAYS[tier] * px >= MIN_BUCKET_PX
        seen.add(tier)
        previous = rank
    assert seen == {None, Tier.WEEK, Tier.MONTH, Tier.QUARTER, Tier.YEAR}


# pack_rows


def _span(id_: int, start: int, end: int) -> Span:
    """A span over days `start`..`end` of June 2025."""
    return Span(id_, date(2025, 6, start), date(2025, 6, end))


def test_pack_rows_of_nothing() -> None:
    assert pack_rows([]) == {}


def test_disjoint_spans_share_row_zero() -> None:
    spans = [_span(1, 1, 3), _span(2, 5, 9), _span(3, 10, 10), _span(4, 20, 30)]
    assert pack_rows(spans) == {1: 0, 2: 0, 3: 0, 4: 0}


def test_overlapping_spans_stack_and_free_rows_are_reused() -> None:
    spans = [_span(1, 1, 10), _span(2, 2, 3), _span(3, 2, 12), _span(4, 4, 5), _span(5, 11, 12)]
    # 1 takes row 0 to the 10th; 2 row 1 to the 3rd; 3 row 2; 4 reuses row 1; 5 reuses row 0.
    assert pack_rows(spans) == {1: 0, 2: 1, 3: 2, 4: 1, 5: 0}


def test_touching_spans_share_a_day_so_they_stack() -> None:
    assert pack_rows([_span(1, 1, 5), _span(2, 5, 8)]) == {1: 0, 2: 1}
    assert pack_rows([_span(1, 1, 5), _span(2, 6, 8)]) == {1: 0, 2: 0}


def test_gap_days_keep_free_days_between_spans_in_a_row() -> None:
    spans = [_span(1, 1, 5), _span(2, 6, 8)]
    assert pack_rows(spans, gap_days=1) == {1: 0, 2: 1}
    assert pack_rows([_span(1, 1, 5), _span(2, 7, 8)], gap_days=1) == {1: 0, 2: 0}
    assert pack_rows([_span(1, 1, 5), _span(2, 7, 8)], gap_days=2) == {1: 0, 2: 1}
    assert pack_rows([_span(1, 1, 5), _span(2, 8, 8)], gap_days=2) == {1: 0, 2: 0}


def test_spans_across_the_year_end_pack_by_date_not_day_of_month() -> None:
    december = Span(1, date(2025, 12, 20), date(2026, 1, 3))
    january = Span(2, date(2026, 1, 2), date(2026, 1, 2))
    after = Span(3, date(2026, 1, 4), date(2026, 1, 9))
    assert pack_rows([after, january, december]) == {1: 0, 2: 1, 3: 0}


def test_ties_are_broken_by_end_then_id_whatever_the_input_order() -> None:
    spans = [_span(9, 1, 3), _span(4, 1, 3), _span(7, 1, 2), _span(2, 3, 4), _span(5, 4, 6)]
    expected = {7: 0, 4: 1, 9: 2, 2: 0, 5: 1}
    rng = random.Random(11)
    for _ in range(30):
        shuffled = list(spans)
        rng.shuffle(shuffled)
        assert pack_rows(shuffled) == expected


def _random_spans(rng: random.Random, count: int) -> list[Span]:
    base = date(2025, 12, 1)
    spans = []
    for id_ in range(count):
        start = base + timedelta(days=rng.randrange(90))
        spans.append(Span(id_, start, start + timedelta(days=rng.randrange(12))))
    return spans


@pytest.mark.parametrize("gap_days", [0, 1, 3])
def test_packing_never_overlaps_and_uses_each_lowest_free_row(gap_days: int) -> None:
    rng = random.Random(gap_days)
    spans = _random_spans(rng, 200)
    rows = pack_rows(spans, gap_days)
    assert set(rows) == {s.id for s in spans}

    def clash(a: Span, b: Span) -> bool:
        return a.start <= b.end + timedelta(days=gap_days) and b.start <= a.end + timedelta(
            days=gap_days
        )

    by_id = {s.id: s for s in spans}
    for a in spans:
        for b in spans:
            if a.id < b.id and rows[a.id] == rows[b.id]:
                assert not clash(a, b)
        # Greedy: every lower row held something in the way when `a` was placed.
        for lower in range(rows[a.id]):
            assert any(
                rows[other] == lower and by_id[other].start <= a.start and clash(by_id[other], a)
                for other in rows
            )


def test_with_no_gap_the_rows_equal_the_most_spans_on_one_day() -> None:
    spans = _random_spans(random.Random(5), 300)
    rows = pack_rows(spans)
    busiest = max(
        sum(s.start <= day <= s.end for s in spans)
        for day in _days(date(2025, 12, 1), date(2026, 3, 15))
    )
    assert max(rows.values()) + 1 == busiest


def test_an_end_before_the_start_counts_as_one_day() -> None:
    backwards = Span(1, date(2025, 6, 5), date(2025, 6, 1))
    assert pack_rows([backwards, _span(2, 6, 7)]) == {1: 0, 2: 0}
    assert pack_rows([backwards, _span(2, 5, 7)]) == {1: 0, 2: 1}
    assert pack_rows([backwards, _span(2, 1, 4)]) == {2: 0, 1: 0}


def test_pack_rows_refuses_an_id_twice() -> None:
    with pytest.raises(ValueError):
        pack_rows([_span(1, 1, 2), _span(1, 5, 6)])


# assign_lanes


def _keys(lanes: list[LaneLayout]) -> list[LaneKey]:
    return [lane.key for lane in lanes]


def test_an_item_with_two_keys_is_in_both_lanes() -> None:
    a, b = _span(1, 1, 5), _span(2, 3, 4)
    lanes = assign_lanes([(a, [10, 20]), (b, [20])], [(10, "Economy"), (20, "Health")], "None")
    assert _keys(lanes) == [10, 20]
    economy, health = lanes
    assert (economy.label, economy.count, economy.rows, economy.placements) == (
        "Economy",
        1,
        1,
        {1: 0},
    )
    assert (health.label, health.count, health.rows, health.placements) == (
        "Health",
        2,
        2,
        {1: 0, 2: 1},
    )


def test_empty_catalogue_lanes_are_kept_with_one_row() -> None:
    lanes = assign_lanes([(_span(1, 1, 2), [2])], [(1, "A"), (2, "B"), (3, "C")], "None")
    assert _keys(lanes) == [1, 2, 3]
    assert [(lane.rows, lane.count, lane.placements) for lane in lanes] == [
        (1, 0, {}),
        (1, 1, {1: 0}),
        (1, 0, {}),
    ]
    assert assign_lanes([], [(1, "A")], "None") == [LaneLayout(1, "A", 1, {}, 0)]
    assert assign_lanes([], [], "None") == []


def test_the_none_lane_comes_last_and_only_when_needed() -> None:
    catalogue = [(1, "A"), (2, "B")]
    with_keys = assign_lanes([(_span(1, 1, 2), [1])], catalogue, "No theme")
    assert _keys(with_keys) == [1, 2]

    lanes = assign_lanes(
        [(_span(1, 1, 2), []), (_span(2, 1, 3), [2]), (_span(3, 2, 4), ())], catalogue, "No theme"
    )
    assert _keys(lanes) == [1, 2, None]
    assert lanes[-1] == LaneLayout(None, "No theme", 2, {1: 0, 3: 1}, 2)


def test_unknown_keys_are_appended_in_order_of_appearance_before_the_none_lane() -> None:
    memberships: list[tuple[Span, list[LaneKey]]] = [
        (_span(1, 1, 2), []),
        (_span(2, 1, 2), ["desk-b"]),
        (_span(3, 1, 2), [99, 1]),
        (_span(4, 1, 2), ["desk-b"]),
    ]
    lanes = assign_lanes(memberships, [(1, "A"), (2, "B")], "-")
    assert [(lane.key, lane.label, lane.count) for lane in lanes] == [
        (1, "A", 1),
        (2, "B", 0),
        ("desk-b", "desk-b", 2),
        (99, "99", 1),
        (None, "-", 1),
    ]
    assert lanes[2].placements == {2: 0, 4: 1}


def test_string_keys_and_a_key_given_twice_on_one_item() -> None:
    lanes = assign_lanes([(_span(1, 1, 2), ["web", "web"])], [("web", "Web"), ("tv", "TV")], "-")
    assert [(lane.key, lane.count, lane.placements) for lane in lanes] == [
        ("web", 1, {1: 0}),
        ("tv", 0, {}),
    ]


def test_a_none_in_the_catalogue_keeps_its_place_and_label() -> None:
    catalogue: list[tuple[LaneKey, str]] = [(None, "Unassigned"), (1, "A")]
    assert _keys(assign_lanes([], catalogue, "-")) == [None, 1]
    lanes = assign_lanes([(_span(1, 1, 2), []), (_span(2, 1, 2), [7])], catalogue, "-")
    assert [(lane.key, lane.label, lane.count) for lane in lanes] == [
        (None, "Unassigned", 1),
        (1, "A", 0),
        (7, "7", 1),
    ]


def test_a_lane_twice_in_the_catalogue_is_refused() -> None:
    with pytest.raises(ValueError):
        assign_lanes([], [(1, "A"), (1, "again")], "-")


def test_lane_rows_are_packed_per_lane() -> None:
    spans = [_span(1, 1, 10), _span(2, 2, 3), _span(3, 4, 5), _span(4, 11, 12)]
    lanes = assign_lanes([(s, [1]) for s in spans] + [(spans[1], [2])], [(1, "A"), (2, "B")], "-")
    assert lanes[0].placements == pack_rows(spans) == {1: 0, 2: 1, 3: 1, 4: 0}
    assert lanes[0].rows == 2
    assert lanes[1].placements == {2: 0}  # alone in its lane, so row 0 there


# LaneRows: a lane's rows, moved along time


def _row_spans(spans: list[Span]) -> list[tuple[int, int, int]]:
    return [(s.start.toordinal(), s.end.toordinal(), s.id) for s in spans]


def _placements(rows: LaneRows) -> dict[int, int]:
    return {span_id: row for row, spans in enumerate(rows.spans) for _, _, span_id in spans}


def _assert_well_formed(rows: LaneRows, gap_days: int = 0) -> None:
    """Each row's spans in day order, never closer than `gap_days` free days, ends beside."""
    for ends, spans in zip(rows.ends, rows.spans, strict=True):
        assert ends == [end for _, end, _ in spans]
        for (_, end, _), (start, _, _) in itertools.pairwise(spans):
            assert start - end > gap_days


def test_lane_rows_of_a_packing_find_the_spans_reaching_days() -> None:
    spans = [_span(1, 1, 10), _span(2, 2, 3), _span(3, 4, 5), _span(4, 11, 12)]
    rows = LaneRows((span, pack_rows(spans)[span[2]]) for span in _row_spans(spans))
    assert _placements(rows) == pack_rows(spans)
    assert rows.count == 2
    day = date(2025, 6, 1).toordinal() - 1  # day n of June is day + n
    assert rows.reaching(0, day + 10, day + 11) == [1, 4]
    assert rows.reaching(1, day + 1, day + 3) == [2]
    assert rows.reaching(1, day + 6, day + 30) == []
    assert rows.reaching(5, day, day + 30) == []
    assert LaneRows().count == 1  # a lane shows a row even when empty


@pytest.mark.parametrize("gap_days", [0, 2])
def test_adding_after_carries_on_the_packing(gap_days: int) -> None:
    spans = _random_spans(random.Random(gap_days), 200)
    whole = pack_rows(spans, gap_days)
    split = date(2026, 1, 15)
    held = [s for s in spans if s.start < split]
    rows = LaneRows((span, whole[span[2]]) for span in _row_spans(held))
    added = rows.add_after(_row_spans([s for s in spans if s.start >= split]), gap_days)
    assert {**_placements(rows), **added} == _placements(rows) == whole
    _assert_well_formed(rows, gap_days)


@pytest.mark.parametrize("gap_days", [0, 2])
def test_adding_before_is_the_packing_of_the_mirrored_days(gap_days: int) -> None:
    spans = _random_spans(random.Random(10 + gap_days), 200)
    mirror = date(2030, 1, 1).toordinal()
    mirrored = [
        Span(
            s.id,
            date.fromordinal(mirror - s.end.toordinal()),
            date.fromordinal(mirror - s.start.toordinal()),
        )
        for s in spans
    ]
    rows = LaneRows()
    assert rows.add_before(_row_spans(spans), gap_days) == pack_rows(mirrored, gap_days)
    _assert_well_formed(rows, gap_days)
    assert rows.count == max(pack_rows(mirrored, gap_days).values()) + 1


def test_dropping_keeps_the_rest_in_their_rows() -> None:
    spans = _random_spans(random.Random(3), 150)
    rows = LaneRows()
    rows.add_after(_row_spans(spans))
    before = _placements(rows)
    first, last = date(2026, 1, 1), date(2026, 1, 31)
    dropped = rows.drop_outside(first.toordinal(), last.toordinal())
    outside = {s.id for s in spans if s.end < first or s.start > last}
    assert sorted(dropped) == sorted(outside)
    assert _placements(rows) == {i: row for i, row in before.items() if i not in outside}
    _assert_well_formed(rows)


def test_a_window_moved_to_and_fro_holds_its_spans_in_their_rows() -> None:
    """The spans touching the window, each once, never overlapping, none moving while held;
    rows at least as many as the most spans on one day, and never more than the most on one
    day of a window held so far: a span is put in a row only when every lower one is taken
    on a day it shares with them."""
    rng = random.Random(7)
    base = date(2025, 1, 1)
    spans = []
    for id_ in range(1500):
        start = base + timedelta(days=rng.randrange(700))
        spans.append(Span(id_, start, start + timedelta(days=rng.choice([0, 0, 0, 1, 3, 20, 90]))))
    first, last = date(2025, 10, 1), date(2025, 12, 31)

    def touching(a: date, b: date) -> list[Span]:
        return [s for s in spans if s.start <= b and s.end >= a]

    def busiest(a: date, b: date) -> int:
        window = touching(a, b)
        return max(sum(s.start <= day <= s.end for s in window) for day in _days(a, b))

    rows = LaneRows()
    rows.add_after(_row_spans(touching(first, last)))
    most = busiest(first, last)
    assert rows.count == most
    for _ in range(40):
        shift = timedelta(days=rng.choice([-50, -31, -8, -1, 1, 8, 31, 50]))
        new_first, new_last = first + shift, last + shift
        held = {s.id for s in touching(first, last)}
        kept = _placements(rows)
        rows.drop_outside(new_first.toordinal(), new_last.toordinal())
        fresh = [s for s in touching(new_first, new_last) if s.id not in held]
        rows.add_before(_row_spans([s for s in fresh if s.end < first]))
        rows.add_after(_row_spans([s for s in fresh if s.start > last]))
        first, last = new_first, new_last
        now = _placements(rows)
        assert set(now) == {s.id for s in touching(first, last)}
        assert all(now[i] == row for i, row in kept.items() if i in now)  # nobody moved
        _assert_well_formed(rows)
        now_most = busiest(first, last)
        most = max(most, now_most)
        assert now_most <= rows.count <= most


# lane_tops, lane_at


def _lanes(*rows: int) -> list[LaneLayout]:
    return [LaneLayout(index, f"lane {index}", n, {}, 0) for index, n in enumerate(rows)]


def test_lane_tops_stack_lanes_below_the_header() -> None:
    lanes = _lanes(2, 1, 3)
    assert lane_tops(lanes, 20.0) == [0.0, 40.0, 60.0, 120.0]
    assert lane_tops(lanes, 20.0, header_height=30.0) == [30.0, 70.0, 90.0, 150.0]
    assert lane_tops([], 20.0, header_height=30.0) == [30.0]


def test_lane_tops_with_collapsed_lanes() -> None:
    lanes = _lanes(2, 1, 3)
    assert lane_tops(lanes, 20.0, collapsed={2}, header_height=30.0) == [30.0, 70.0, 90.0, 110.0]
    assert lane_tops(lanes, 20.0, collapsed={0, 2}, collapsed_height=8.0) == [
        0.0,
        8.0,
        28.0,
        36.0,
    ]
    # A key that is not a lane collapses nothing.
    assert lane_tops(lanes, 20.0, collapsed={"x"}) == lane_tops(lanes, 20.0)


@pytest.mark.parametrize(
    ("y", "hit"),
    [
        (29.9, None),
        (30.0, (0, 0)),
        (49.9, (0, 0)),
        (50.0, (0, 1)),
        (69.9, (0, 1)),
        (70.0, (1, 0)),
        (89.9, (1, 0)),
        (90.0, (2, 0)),
        (110.0, (2, 1)),
        (149.9, (2, 2)),
        (150.0, None),
        (-5.0, None),
    ],
)
def test_lane_at(y: float, hit: tuple[int, int] | None) -> None:
    assert lane_at(_lanes(2, 1, 3), y, 20.0, header_height=30.0) == hit


def test_lane_at_with_a_collapsed_lane_has_only_its_first_row() -> None:
    lanes = _lanes(3, 2)
    assert lane_at(lanes, 5.0, 20.0, collapsed={0}, collapsed_height=10.0) == (0, 0)
    assert lane_at(lanes, 9.9, 20.0, collapsed={0}, collapsed_height=10.0) == (0, 0)
    assert lane_at(lanes, 10.0, 20.0, collapsed={0}, collapsed_height=10.0) == (1, 0)
    assert lane_at(lanes, 30.0, 20.0, collapsed={0}, collapsed_height=10.0) == (1, 1)
    assert lane_at(lanes, 50.0, 20.0, collapsed={0}, collapsed_height=10.0) is None
    # Collapsed at the default height, one row tall.
    assert lane_at(lanes, 19.9, 20.0, collapsed={0}) == (0, 0)
    assert lane_at(lanes, 20.0, 20.0, collapsed={0}) == (1, 0)
    # Taller than a row when collapsed, still only row 0.
    assert lane_at(lanes, 25.0, 20.0, collapsed={0}, collapsed_height=30.0) == (0, 0)
    assert lane_at(lanes, 30.0, 20.0, collapsed={0}, collapsed_height=30.0) == (1, 0)
    # A collapsed lane of zero height is skipped over.
    assert lane_at(lanes, 0.0, 20.0, collapsed={0}, collapsed_height=0.0) == (1, 0)


def test_lane_at_never_answers_a_row_past_the_lane_despite_rounding() -> None:
    lanes = _lanes(1, 4)
    tops = lane_tops(lanes, 0.7)
    assert tops == [0.0, 0.7, 3.5]
    last_y = math.nextafter(3.5, 0.0)  # (last_y - 0.7) // 0.7 rounds to 4.0
    assert lane_at(lanes, last_y, 0.7) == (1, 3)


def test_lane_at_of_no_lanes_is_nowhere() -> None:
    assert lane_at([], 0.0, 20.0) is None
    assert lane_at([], 10.0, 20.0, header_height=5.0) is None


def test_lane_at_agrees_with_lane_tops() -> None:
    lanes = [LaneLayout(key, str(key), n, {}, 0) for key, n in [("a", 2), (None, 1), (3, 4)]]
    collapsed: set[LaneKey] = {None}
    tops = lane_tops(lanes, 17.5, collapsed, header_height=24.0, collapsed_height=6.0)
    y = 0.0
    while y < tops[-1] + 20:
        hit = lane_at(lanes, y, 17.5, collapsed, header_height=24.0, collapsed_height=6.0)
        if y < tops[0] or y >= tops[-1]:
            assert hit is None
        else:
            assert hit is not None
            index, row = hit
            assert tops[index] <= y < tops[index + 1]
            assert 0 <= row < (1 if lanes[index].key in collapsed else lanes[index].rows)
            if lanes[index].key not in collapsed:
                assert tops[index] + row * 17.5 <= y < tops[index] + (row + 1) * 17.5
        y += 0.75
