"""Calendar events out of an iCalendar file: dates resolved so nothing shifts a day.

- An all-day event (VALUE=DATE) keeps its days; its DTEND is exclusive, so a DTEND of the 24th
  ends it on the 23rd. A floating time (no zone) is taken as written.
- A time with a zone (TZID, or UTC "Z") is converted to the newsroom's zone, and the day is the
  day there; a timed event ending at midnight ends on the day before.
- A TZID is looked up as an IANA name, then in the file's VTIMEZONE (through icalendar, which
  also knows Windows zone names); an unknown one rejects the event rather than guess.
- A recurring event is expanded within the window (see `recurrence`); each occurrence is keyed
  UID#RECURRENCE-ID, the recurrence id written as wall-clock time in the event's zone, so a
  second import finds it again and a RECURRENCE-ID override replaces it. EXDATE removes
  occurrences, RDATE adds some.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import icalendar
from dateutil import tz as dateutil_tz

from app.imports.budgets import Budget, Deadline
from app.imports.ics_lexer import Component, Property
from app.imports.problems import (
    BAD_DURATION,
    BAD_ICS_DATE,
    BAD_LINE,
    BAD_RRULE,
    CANCELLED_EVENT,
    NO_OCCURRENCE,
    NO_START,
    TOO_MANY_OCCURRENCES,
    TOO_MANY_RECORDS,
    TOO_MANY_STEPS,
    UNKNOWN_ZONE,
    ImportRefusedError,
    Origin,
    Problem,
    Rejection,
    problem,
)
from app.imports.recurrence import (
    RuleError,
    TooFarBeforeError,
    TooManyOccurrencesError,
    Window,
    expand,
)

_DATE_TIME = re.compile(r"(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)")
_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")
_DURATION = re.compile(r"([+-]?)P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?")
_UNESCAPE = re.compile(r"\\([\\;,nN])")
# Properties kept as text for the field mapping, besides every X- property.
KEPT = ("CATEGORIES", "STATUS", "LOCATION", "URL", "CLASS", "COMMENT")


def unescape(value: str) -> str:
    """TEXT as RFC 5545 escapes it: \\n, \\, \\; and \\\\."""
    if "\\" not in value:
        return value
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


@dataclass(frozen=True)
class CalendarEvent:
    """One event (or one occurrence of a recurring event) as the newsroom's days see it."""

    key: str  # what `external_id` remembers: the UID, or UID#RECURRENCE-ID for an occurrence
    uid: str
    line: int
    summary: str | None
    description: str | None
    start: dt.date
    end: dt.date  # the last day it covers (inclusive)
    time: dt.time | None  # None: all day
    properties: dict[str, str] = field(default_factory=dict)
    rule: str | None = None  # the RRULE it is an occurrence of


@dataclass
class EventsRead:
    events: list[CalendarEvent] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    # Events not imported, and not wrong either: cancelled, or no occurrence in the window.
    skipped: list[tuple[Origin, Problem]] = field(default_factory=list)


class _EventError(Exception):
    def __init__(self, field_name: str | None, reason: Problem) -> None:
        super().__init__(reason.render())
        self.field_name = field_name
        self.reason = reason


@dataclass(frozen=True)
class _Moment:
    """A DTSTART-like value: wall-clock time in its own zone (midnight for a date)."""

    wall: dt.datetime
    zone: dt.tzinfo | None  # None: floating, or a date
    is_date: bool

    def recurrence_id(self) -> str:
        if self.is_date:
            return self.wall.strftime("%Y%m%d")
        return self.wall.strftime("%Y%m%dT%H%M%S")

    def local(self, target: dt.tzinfo) -> dt.datetime:
        """Wall-clock time in the newsroom's zone (a date or a floating time: unchanged)."""
        if self.zone is None:
            return self.wall
        return self.wall.replace(tzinfo=self.zone).astimezone(target).replace(tzinfo=None)


@lru_cache(maxsize=256)
def _known_zone(tzid: str) -> dt.tzinfo | None:
    name = tzid.strip().strip('"')
    for candidate in (name, name.lstrip("/"), name.split("/", 3)[-1] if "/" in name else name):
        try:
            return zoneinfo.ZoneInfo(candidate)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            continue
    found = icalendar.timezone.tzp.timezone(name)
    return found if isinstance(found, dt.tzinfo) else None


def _serialise(component: Component) -> str:
    lines = [f"BEGIN:{component.name}"]
    for props in component.properties.values():
        for prop in props:
            params = "".join(
                f';{k}="{v}"' if any(c in v for c in ":;,") else f";{k}={v}"
                for k, v in prop.params.items()
            )
            lines.append(f"{prop.name}{params}:{prop.value}")
    lines.extend(_serialise(child) for child in component.children)
    lines.append(f"END:{component.name}")
    return "\r\n".join(lines)


class _Zones:
    """TZIDs to time zones: IANA names first, then the file's VTIMEZONE definitions."""

    def __init__(self, definitions: Iterable[Component]) -> None:
        self._definitions = {}
        for component in definitions:
            tzid = component.first("TZID")
            if tzid is not None:
                self._definitions[tzid.value.strip()] = component
        self._made: dict[str, dt.tzinfo | None] = {}

    def get(self, tzid: str) -> dt.tzinfo | None:
        if tzid in self._made:
            return self._made[tzid]
        found = _known_zone(tzid)
        if found is None and tzid in self._definitions:
            try:
                parsed = icalendar.Timezone.from_ical(_serialise(self._definitions[tzid]))
                made = parsed.to_tz() if isinstance(parsed, icalendar.Timezone) else None
                found = made if isinstance(made, dt.tzinfo) else None
            except Exception:  # noqa: BLE001 - a broken VTIMEZONE is an unknown zone
                found = None
        self._made[tzid] = found
        return found


def _parse_value(name: str, value: str, is_date: bool) -> tuple[dt.datetime, bool, bool]:
    """(wall-clock, is a date, is UTC) of one DATE or DATE-TIME value."""
    value = value.strip()
    if not is_date:
        matched = _DATE_TIME.fullmatch(value)
        if matched:
            y, mo, d, h, mi, s, utc = matched.groups()
            try:
                moment = dt.datetime(int(y), int(mo), int(d), int(h), int(mi), min(int(s), 59))
            except ValueError:
                raise _EventError(
                    name.lower(), problem(BAD_ICS_DATE, name=name, value=value)
                ) from None
            return moment, False, bool(utc)
    matched = _DATE.fullmatch(value)
    if matched:
        try:
            day = dt.date(int(matched[1]), int(matched[2]), int(matched[3]))
        except ValueError:
            raise _EventError(name.lower(), problem(BAD_ICS_DATE, name=name, value=value)) from None
        return dt.datetime.combine(day, dt.time()), True, False
    raise _EventError(name.lower(), problem(BAD_ICS_DATE, name=name, value=value[:80]))


def _moments(prop: Property, zones: _Zones) -> list[_Moment]:
    """Every value of a (possibly comma-separated) DATE or DATE-TIME property."""
    is_date = prop.params.get("VALUE", "").upper() == "DATE"
    zone: dt.tzinfo | None = None
    tzid = prop.params.get("TZID")
    found = []
    for text in prop.value.split(","):
        if prop.params.get("VALUE", "").upper() == "PERIOD":
            text = text.split("/", 1)[0]
        wall, date_only, utc = _parse_value(prop.name, text, is_date)
        if utc:
            zone = dt.UTC
        elif tzid and not date_only:
            zone = zones.get(tzid)
            if zone is None:
                raise _EventError(prop.name.lower(), problem(UNKNOWN_ZONE, zone=tzid))
        else:
            zone = None
        found.append(_Moment(wall, zone, date_only))
    return found


def _duration(value: str) -> dt.timedelta:
    matched = _DURATION.fullmatch(value.strip())
    if not matched or not any(matched.groups()[1:]):
        raise _EventError("duration", problem(BAD_DURATION, value=value[:80]))
    sign, weeks, days, hours, minutes, seconds = matched.groups()
    span = dt.timedelta(
        weeks=int(weeks or 0),
        days=int(days or 0),
        hours=int(hours or 0),
        minutes=int(minutes or 0),
        seconds=int(seconds or 0),
    )
    return -span if sign == "-" else span


@dataclass(frozen=True)
class _Span:
    """An event's start and how long it lasts, in its own zone's wall-clock time."""

    start: _Moment
    length: dt.timedelta  # for a date: whole days covered (1 for one day)

    def days(self, start: _Moment, target: dt.tzinfo) -> tuple[dt.date, dt.date, dt.time | None]:
        """First day, last day and time of day of the occurrence starting at `start`."""
        if start.is_date:
            first = start.wall.date()
            days = max(self.length.days, 1)
            return first, first + dt.timedelta(days=days - 1), None
        begin = start.local(target)
        end_moment = _Moment(start.wall + max(self.length, dt.timedelta()), start.zone, False)
        end = end_moment.local(target)
        last = end.date()
        if end > begin and end.time() == dt.time() and last > begin.date():
            last -= dt.timedelta(days=1)  # ending at midnight does not take the next day
        return begin.date(), max(last, begin.date()), begin.time()


def _span(event: Component, zones: _Zones) -> _Span:
    dtstart = event.first("DTSTART")
    if dtstart is None:
        raise _EventError("dtstart", problem(NO_START))
    start = _moments(dtstart, zones)[0]
    dtend, duration = event.first("DTEND"), event.first("DURATION")
    if dtend is not None:
        end = _moments(dtend, zones)[0]
        if start.is_date:
            return _Span(start, end.wall - start.wall)
        if end.zone is not None and start.zone is not None and end.zone is not start.zone:
            aware = end.wall.replace(tzinfo=end.zone).astimezone(start.zone)
            return _Span(start, aware.replace(tzinfo=None) - start.wall)
        return _Span(start, end.wall - start.wall)
    if duration is not None:
        return _Span(start, _duration(duration.value))
    return _Span(start, dt.timedelta(days=1) if start.is_date else dt.timedelta())


def _text(event: Component, name: str) -> str | None:
    prop = event.first(name)
    return unescape(prop.value) if prop is not None else None


def _kept(event: Component) -> dict[str, str]:
    kept: dict[str, str] = {}
    for name, props in event.properties.items():
        if name.startswith("X-") or name in KEPT:
            kept[name] = unescape(props[0].value)
    return kept


def _uid(event: Component) -> str:
    uid = event.first("UID")
    if uid is not None and uid.value.strip():
        return uid.value.strip()
    # No UID (RFC 5545 requires one): a key from what the event says, stable across imports.
    seed = "\n".join(f"{p.name}:{p.value}" for n in ("DTSTART", "SUMMARY") for p in event.all(n))
    return "no-uid-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]


def _broken(event: Component) -> int | None:
    lines = list(event.broken_lines)
    for child in event.children:
        lines.extend(child.broken_lines)
    return min(lines) if lines else None


@dataclass
class _Reader:
    file: str
    window: Window
    zone: dt.tzinfo
    budget: Budget
    deadline: Deadline
    zones: _Zones
    result: EventsRead = field(default_factory=EventsRead)
    made: int = 0

    def origin(self, event: Component, uid: str) -> Origin:
        return Origin(self.file, event.line, uid)

    def count(self, more: int = 1) -> None:
        self.made += more
        if self.made > self.budget.max_records:
            raise ImportRefusedError(problem(TOO_MANY_RECORDS, limit=self.budget.max_records))

    def event_of(
        self, event: Component, uid: str, span: _Span, start: _Moment, key: str, rule: str | None
    ) -> CalendarEvent:
        first, last, time = span.days(start, self.zone)
        return CalendarEvent(
            key=key,
            uid=uid,
            line=event.line,
            summary=_text(event, "SUMMARY"),
            description=_text(event, "DESCRIPTION"),
            start=first,
            end=last,
            time=time,
            properties=_kept(event),
            rule=rule,
        )

    def add(self, event: Component, uid: str, made: CalendarEvent) -> None:
        status = event.first("STATUS")
        if status is not None and status.value.strip().upper() == "CANCELLED":
            self.result.skipped.append((self.origin(event, made.key), problem(CANCELLED_EVENT)))
            return
        self.count()
        self.result.events.append(made)

    def reject(self, event: Component, uid: str, error: _EventError) -> None:
        self.result.rejections.append(
            Rejection(self.origin(event, uid), error.field_name, error.reason)
        )

    def single(self, event: Component, uid: str) -> None:
        span = _span(event, self.zones)
        self.add(event, uid, self.event_of(event, uid, span, span.start, uid, None))

    def recurring(
        self, master: Component, uid: str, changed: list[tuple[_Moment, Component]]
    ) -> list[tuple[str, Component]]:
        """Expand `master`; returns the overrides (by recurrence id) no occurrence took."""
        span = _span(master, self.zones)
        overrides = {
            _Moment(self._in_zone_of(m, span.start), span.start.zone, m.is_date).recurrence_id(): e
            for m, e in changed
        }
        rrule = master.first("RRULE")
        assert rrule is not None
        try:
            walls = expand(
                rrule.value,
                span.start.wall,
                self.window,
                span.start.zone,
                self.budget.max_occurrences_per_event,
                self.budget.max_steps_per_rule,
            )
        except TooFarBeforeError:
            raise _EventError(
                "rrule",
                problem(
                    TOO_MANY_STEPS,
                    start=span.start.wall.strftime("%d/%m/%Y"),
                    first=self.window.first.strftime("%d/%m/%Y"),
                    limit=self.budget.max_steps_per_rule,
                ),
            ) from None
        except TooManyOccurrencesError:
            raise _EventError(
                "rrule",
                problem(
                    TOO_MANY_OCCURRENCES,
                    limit=self.budget.max_occurrences_per_event,
                    first=self.window.first.strftime("%d/%m/%Y"),
                    last=self.window.last.strftime("%d/%m/%Y"),
                ),
            ) from None
        except RuleError as error:
            raise _EventError("rrule", problem(BAD_RRULE, reason=error.reason)) from None
        starts = {span.start.wall, *walls} if self._in_window(span.start.wall) else set(walls)
        for prop in master.all("RDATE"):
            starts.update(m.wall for m in _moments(prop, self.zones) if self._in_window(m.wall))
        for prop in master.all("EXDATE"):
            for moment in _moments(prop, self.zones):
                starts.discard(self._in_zone_of(moment, span.start))
                if moment.is_date:
                    starts = {s for s in starts if s.date() != moment.wall.date()}
        if len(starts) > self.budget.max_occurrences_per_event:
            raise _EventError(
                "rrule",
                problem(
                    TOO_MANY_OCCURRENCES,
                    limit=self.budget.max_occurrences_per_event,
                    first=self.window.first.strftime("%d/%m/%Y"),
                    last=self.window.last.strftime("%d/%m/%Y"),
                ),
            )
        made = 0
        for wall in sorted(starts):
            moment = _Moment(wall, span.start.zone, span.start.is_date)
            rid = moment.recurrence_id()
            key = f"{uid}#{rid}"
            override = overrides.pop(rid, None)
            if override is not None:
                self.override(override, uid, key)
            else:
                self.add(master, uid, self.event_of(master, uid, span, moment, key, rrule.value))
            made += 1
        if not made and not overrides:
            self.result.skipped.append(
                (
                    self.origin(master, uid),
                    problem(
                        NO_OCCURRENCE,
                        first=self.window.first.strftime("%d/%m/%Y"),
                        last=self.window.last.strftime("%d/%m/%Y"),
                    ),
                )
            )
        return list(overrides.items())

    def override(self, event: Component, uid: str, key: str) -> None:
        try:
            span = _span(event, self.zones)
            self.add(event, uid, self.event_of(event, uid, span, span.start, key, None))
        except _EventError as error:
            self.reject(event, key, error)

    def _in_window(self, wall: dt.datetime) -> bool:
        return self.window.first <= wall.date() <= self.window.last

    @staticmethod
    def _in_zone_of(moment: _Moment, start: _Moment) -> dt.datetime:
        if moment.zone is None or start.zone is None or moment.zone is start.zone:
            return moment.wall
        aware = moment.wall.replace(tzinfo=moment.zone).astimezone(start.zone)
        return aware.replace(tzinfo=None)


def _events_of(roots: list[Component]) -> tuple[list[Component], list[Component]]:
    events: list[Component] = []
    zones: list[Component] = []
    for root in roots:
        for child in root.children:
            if child.name == "VEVENT":
                events.append(child)
            elif child.name == "VTIMEZONE":
                zones.append(child)
    return events, zones


def read_events(
    roots: list[Component],
    file: str,
    window: Window,
    zone: dt.tzinfo | None,
    budget: Budget,
    deadline: Deadline,
    passed_over: Callable[[str], Problem | None] | None = None,
) -> EventsRead:
    """The VEVENTs of the parsed file as days in `zone` (None: this computer's zone).

    `passed_over(uid)` says why an event is not wanted at all (another kind of record), so a
    recurring one is skipped once, before it is expanded.
    """
    events, definitions = _events_of(roots)
    reader = _Reader(
        file, window, zone or dateutil_tz.tzlocal(), budget, deadline, _Zones(definitions)
    )
    masters: dict[str, Component] = {}
    changed: dict[str, list[tuple[_Moment, Component]]] = {}
    order: list[tuple[str, Component]] = []
    for event in events:
        uid = _uid(event)
        recurrence_id = event.first("RECURRENCE-ID")
        if recurrence_id is None:
            masters.setdefault(uid, event)
            order.append((uid, event))
            continue
        try:
            moment = _moments(recurrence_id, reader.zones)[0]
            changed.setdefault(uid, []).append((moment, event))
        except _EventError as error:
            reader.reject(event, uid, error)
    left: list[tuple[str, str, Component]] = []
    for index, (uid, event) in enumerate(order):
        if index % 256 == 0:
            deadline.check()
        reason = passed_over(uid) if passed_over is not None else None
        if reason is not None:
            reader.result.skipped.append((reader.origin(event, uid), reason))
            changed.pop(uid, None)
            continue
        broken = _broken(event)
        if broken is not None:
            reader.reject(event, uid, _EventError(None, problem(BAD_LINE, line=broken)))
            continue
        try:
            if event.first("RRULE") is not None and masters[uid] is event:
                for rid, override in reader.recurring(event, uid, changed.pop(uid, [])):
                    left.append((uid, rid, override))
            else:
                reader.single(event, uid)
        except _EventError as error:
            reader.reject(event, uid, error)
    for uid, pairs in changed.items():
        left.extend((uid, m.recurrence_id(), e) for m, e in pairs)
    for uid, rid, event in left:
        # Overrides no occurrence took (outside the window, or no master): taken as they are,
        # when their own day is in the window or there is no master to expand.
        key = f"{uid}#{rid}"
        try:
            span = _span(event, reader.zones)
            made = reader.event_of(event, uid, span, span.start, key, None)
        except _EventError as error:
            reader.reject(event, key, error)
            continue
        if uid not in masters or reader.window.first <= made.start <= reader.window.last:
            reader.add(event, uid, made)
    return reader.result
