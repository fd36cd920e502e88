"""One demo customer's life, simulated event by event with the rules the services use
(services.demo_customers drives it over many customers and writes the rows in bulk)."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from anjia_desk.core.customers import (
    GENDERS,
    Grade,
    Relation,
    VisitKind,
    in_public_pool,
    next_due,
    renewed_protection,
)
from anjia_desk.core.names import name_initials
from anjia_desk.core.risk import Dimension, Level, high_streaks, risk_index
from anjia_desk.core.rotation import TurnEvent, TurnKind, next_consultant
from anjia_desk.db.bulk import bulk_insert
from anjia_desk.db.models import (
    Customer,
    CustomerRelative,
    FollowUp,
    GradeChange,
    OwnershipChange,
    ReferralPoint,
    RiskMark,
    RiskWarning,
    RotationTurn,
    Visit,
)
from anjia_desk.services.customer_state import Rules, options, rules
from anjia_desk.services.demo_dice import Dice, weighted
from anjia_desk.services.demo_words import (
    CONTENTS,
    FLOORS,
    GIVEN,
    GRADE_REASONS,
    LAYOUTS,
    REFERRAL_CHANNEL,
    REFERRAL_NOTES,
    RESULTS,
    SURNAMES,
)


@dataclass
class CustomerRows:
    customers: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    grade_changes: list[dict[str, Any]] = field(default_factory=list)
    ownership: list[dict[str, Any]] = field(default_factory=list)
    relatives: list[dict[str, Any]] = field(default_factory=list)
    points: list[dict[str, Any]] = field(default_factory=list)
    marks: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    turns: list[dict[str, Any]] = field(default_factory=list)

    def flush(self, session: Session) -> None:
        for model, rows in (
            (Customer, self.customers),
            (CustomerRelative, self.relatives),
            (Visit, self.visits),
            (FollowUp, self.follow_ups),
            (GradeChange, self.grade_changes),
            (OwnershipChange, self.ownership),
            (ReferralPoint, self.points),
            (RiskMark, self.marks),
            (RiskWarning, self.warnings),
            (RotationTurn, self.turns),
        ):
            if rows:
                bulk_insert(session, cast(Table, model.__table__), rows)
                rows.clear()


#: How many days back a monitored customer's generated risk marks go.
MARKED_DAYS = 10


class CustomerGenerator:
    """One pass over `count` customers; every random draw comes from `rng` (repeatable)."""

    def __init__(
        self,
        session: Session,
        *,
        rng: random.Random,
        now: datetime,
        consultant_ids: Sequence[int],
        senior_ids: Sequence[int],
        front_desk_id: int | None,
    ) -> None:
        self.session = session
        self.rng = Dice(rng)
        self.now = now
        self.rule: Rules = rules(session)
        self.opts = options(session)
        self.today = self.rule.today(now)
        self.consultants = list(consultant_ids)
        self.seniors = list(senior_ids) or self.consultants[:1]
        self.front_desk_id = front_desk_id
        self.surnames, self.surname_cum = weighted(SURNAMES)
        # 老带新 comes with a referrer, below; the others are drawn evenly.
        self.channels = [c for c in self.opts.channels if c != REFERRAL_CHANNEL] or ["自然到访"]
        self.awareness = list(self.opts.awareness) or [""]
        self.age_bands = list(self.opts.age_bands) or [""]
        self.families = list(self.opts.family_structures) or [""]
        self.focus = list(self.opts.focus_points) or [""]
        self.fu_channels = list(self.opts.follow_up_channels) or ["电话"]
        self._midnight: dict[date, datetime] = {}
        self._initials: dict[str, str] = {}
        self.rows = CustomerRows()
        #: Customer id → days since the first visit, for the ones whose story must start on a
        #: given day (the report days: services.demo_days).
        self.first_ages: dict[int, int] = {}
        self.ids = {"visit": 0, "follow_up": 0}
        self.counts = dict.fromkeys(
            (
                "visits",
                "follow_ups",
                "grade_changes",
                "relatives",
                "referrals",
                "marks",
                "warnings",
                "pool",
                "overdue",
            ),
            0,
        )
        # Today's rotation: the duty list and the board's events as the services would log them.
        self.roster = list(self.consultants)
        self.turn_events: list[TurnEvent] = []

    # --- time

    def at(self, day: date, minute: int) -> datetime:
        """An aware UTC moment `minute` minutes after the office's local midnight of `day`."""
        midnight = self._midnight.get(day)
        if midnight is None:
            midnight = datetime.combine(day, time(0), self.rule.zone).astimezone(UTC)
            self._midnight[day] = midnight
        return midnight + timedelta(minutes=minute)

    def office_minute(self, day: date) -> int:
        """A moment in opening hours (09:00–20:30), never after now on today."""
        minute = self.rng.randint(9 * 60, 20 * 60 + 30)
        if day == self.today:
            now_minute = int((self.now - self.at(day, 0)).total_seconds() // 60)
            minute = min(minute, max(now_minute - 1, 0))
        return minute

    # --- people

    def name(self) -> str:
        rng = self.rng
        surname = rng.choices(self.surnames, cum_weights=self.surname_cum)[0]
        given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
        return surname + given

    def initials(self, name: str) -> str:
        value = self._initials.get(name)
        if value is None:
            value = self._initials[name] = name_initials(name)
        return value

    # --- one customer

    def customer(self, cid: int, phone: str, relative_phone: str) -> None:
        rng, rule, today = self.rng, self.rule, self.today
        rows = self.rows
        # How long ago the first visit was: mostly recent months, a few long dormant.
        roll = rng.random()
        if roll < 0.003:
            age = 0  # today's walk-ins
        elif roll < 0.72:
            age = rng.randint(0, 120)
        elif roll < 0.985:
            age = rng.randint(121, 540)
        else:
            age = rng.randint(735, 900)  # past the retention period: the anonymisation job's
        age = self.first_ages.get(cid, age)
        day0 = today - timedelta(days=age)
        # Active customers keep in touch until near today; others go quiet at some point.
        active = rng.random() < 0.6
        quiet_after = age if active else int(age * rng.random())
        last_day = day0 + timedelta(days=quiet_after)
        name = self.name() if rng.random() > 0.01 else ""
        channel = (
            REFERRAL_CHANNEL if rng.random() < 0.06 and cid > 20 else rng.choice(self.channels)
        )
        phone_kind, phone_key = "mobile", cast(str | None, phone)
        if rng.random() < 0.012:
            phone, phone_kind, phone_key = f"{phone[:3]}****{phone[-4:]}", "masked", None
        elif rng.random() < 0.006:
            phone, phone_kind, phone_key = f"{phone}转{rng.randint(100, 9999)}", "virtual", None

        # First visit: the consultant (today: the rotation's next) becomes the owner.
        minute0 = self.office_minute(day0)
        at0 = self.at(day0, minute0)
        if day0 == today:
            owner = next_consultant(self.roster, self.turn_events) or self.consultants[0]
        else:
            owner = rng.choice(self.consultants)
        state = _State(owner=owner, protected=renewed_protection(None, day0, rule.protection_days))
        rows.ownership.append(self._ownership(cid, None, owner, "register", at0))
        visit_id = self._visit(cid, at0, VisitKind.FIRST, owner, channel, state, day0)
        if day0 == today:
            self.turn_events.append(TurnEvent(owner, TurnKind.SERVE, at0))
            rows.turns.append(self.turn(owner, at0, visit_id))

        # Later contacts: return visits and follow-ups on days between the first and the last.
        n_visits = rng.choices((0, 1, 2, 3), cum_weights=(55, 80, 92, 100))[0]
        n_follow = rng.choices((0, 1, 2, 3, 4, 6), cum_weights=(15, 40, 62, 80, 92, 100))[0]
        span = (last_day - day0).days
        if span > 0:
            days = [day0 + timedelta(days=rng.randint(1, span)) for _ in range(n_visits + n_follow)]
            events = sorted(
                (day, self.office_minute(day), "visit" if i < n_visits else "follow_up")
                for i, day in enumerate(days)
            )
            for day, minute, kind in events:
                at = self.at(day, minute)
                if kind == "visit":
                    if in_public_pool(state.owner, state.protected, day):
                        # A pool customer returning goes to the consultant on turn, who owns it.
                        new_owner = rng.choice(self.consultants)
                        rows.ownership.append(
                            self._ownership(cid, state.owner, new_owner, "visit", at)
                        )
                        state.owner = new_owner
                        state.protected = renewed_protection(None, day, rule.protection_days)
                    self._visit(cid, at, VisitKind.RETURN, state.owner, channel, state, day)
                else:
                    self._follow_up(cid, at, day, state)
        if active and age > 0:
            # Consultants keep up with their live customers: a recent follow-up.
            day = max(today - timedelta(days=rng.randint(0, 5)), day0 + timedelta(days=1))
            if state.last_day is not None and day > state.last_day:
                self._follow_up(cid, self.at(day, self.office_minute(day)), day, state)

        # A few pool customers were claimed lately by another consultant.
        if (
            in_public_pool(state.owner, state.protected, today)
            and rng.random() < 0.08
            and state.last_day is not None
        ):
            gap = (today - state.last_day).days
            day = today - timedelta(days=rng.randint(0, min(gap, 20)))
            at = self.at(day, self.office_minute(day))
            claimer = rng.choice(self.consultants)
            rows.ownership.append(self._ownership(cid, state.owner, claimer, "claim", at))
            state.owner = claimer
            state.protected = renewed_protection(None, day, rule.protection_days)

        due = next_due(
            grade=state.grade, last_contact=state.last_day, planned=state.planned,
            cadence=rule.cadence,
        )  # fmt: skip
        if in_public_pool(state.owner, state.protected, today):
            self.counts["pool"] += 1
        if due is not None and due < today:
            self.counts["overdue"] += 1

        referrer_id = None
        if channel == REFERRAL_CHANNEL:
            referrer_id = rng.randint(1, cid - 1)
            thanked = at0 + timedelta(days=3) if age > 14 else None
            rows.points.append(
                {
                    "referrer_id": referrer_id,
                    "referred_id": cid,
                    "points": rule.points_visit,
                    "kind": "visit",
                    "note": REFERRAL_NOTES,
                    "user_id": self.front_desk_id,
                    "thanked_at": thanked,
                    "created_at": at0,
                    "updated_at": thanked or at0,
                }
            )
            self.counts["referrals"] += 1

        birthday = self.birthday(cid)
        risk_on, index = False, None
        if cid % 100 == 7 or (state.grade == Grade.A.value and age <= 60 and rng.random() < 0.04):
            # Monitoring on (by hand, or from 认购 later); some with a streak that warns.
            risk_on = True
            index = self.risk(cid, state.owner, hot=cid % 200 == 7 or rng.random() < 0.4)

        low, high = self.budget()
        area = rng.choice((70, 89, 100, 120, 140, 160))
        rows.customers.append(
            {
                "id": cid,
                "version": 1,
                "created_at": at0,
                "updated_at": state.last_at,
                "name": name,
                "name_initials": self.initials(name),
                "phone": phone,
                "phone_key": phone_key,
                "phone_kind": phone_kind,
                "gender": rng.choice(GENDERS),
                "age_band": rng.choice(self.age_bands),
                "family_structure": rng.choice(self.families),
                "budget_min": low,
                "budget_max": high,
                "area_min": Decimal(area),
                "area_max": Decimal(area + 20) if rng.random() < 0.5 else Decimal(area),
                "layout": rng.choice(LAYOUTS),
                "floor_preference": rng.choice(FLOORS),
                "purpose": "投资" if rng.random() < 0.15 else "自住",
                "buyer_type": rng.choice(("刚需", "改善", "改善", "投资")),
                "focus": "、".join(
                    rng.sample(self.focus, k=min(len(self.focus), rng.randint(1, 3)))
                ),
                "channel": channel,
                "awareness": rng.choice(self.awareness),
                "owner_id": state.owner,
                "protected_until": state.protected,
                "grade": state.grade,
                "referrer_id": referrer_id,
                "birthday": birthday,
                "birthday_md": birthday.strftime("%m-%d") if birthday else None,
                "notes": "",
                "consent_at": at0,
                "marketing_opt_in": rng.random() < 0.4,
                "do_not_disturb": rng.random() < 0.03,
                "visit_count": state.visits,
                "first_visit_at": state.first_visit,
                "last_visit_at": state.last_visit,
                "last_follow_up_at": state.last_follow_up,
                "last_contact_at": state.last_at,
                "planned_follow_up_on": state.planned,
                "next_follow_up_on": due,
                "risk_monitoring": risk_on,
                "risk_index": index,
                "anonymised_at": None,
                "created_by_id": self.front_desk_id,
            }
        )
        if relative_phone and rng.random() < 0.12:
            relation = rng.choices(list(Relation), cum_weights=(60, 85, 95, 100))[0]
            rel_phone = relative_phone if rng.random() < 0.9 else None
            rows.relatives.append(
                {
                    "customer_id": cid,
                    "relation": relation.value,
                    "name": self.name(),
                    "phone": rel_phone,
                    "phone_key": rel_phone,
                    "created_at": at0,
                    "updated_at": at0,
                }
            )
            self.counts["relatives"] += 1

    def birthday(self, cid: int) -> date | None:
        rng = self.rng
        year = rng.randint(1958, 2000)
        if cid % 40 == 0:  # some birthdays within the care reminder's days ahead
            soon = self.today + timedelta(days=(cid // 40) % (self.rule.care_days_ahead + 1))
            month, day = soon.month, soon.day
        elif rng.random() < 0.55:
            month, day = rng.randint(1, 12), rng.randint(1, 28)
        else:
            return None
        if (month, day) == (2, 29):
            year = 1988
        return date(year, month, day)

    def budget(self) -> tuple[Decimal | None, Decimal | None]:
        if self.rng.random() < 0.2:
            return None, None
        low = self.rng.randrange(100, 800, 50)
        return Decimal(low), Decimal(low + self.rng.choice((0, 50, 100, 200)))

    # --- rows

    def _ownership(
        self, cid: int, before: int | None, after: int | None, kind: str, at: datetime
    ) -> dict[str, Any]:
        return {
            "customer_id": cid,
            "from_user_id": before,
            "to_user_id": after,
            "kind": kind,
            "reason": "",
            "user_id": self.front_desk_id if kind in ("register", "visit") else after,
            "created_at": at,
            "updated_at": at,
        }

    def _visit(
        self,
        cid: int,
        at: datetime,
        kind: VisitKind,
        consultant: int | None,
        channel: str,
        state: _State,
        day: date,
    ) -> int:
        self.ids["visit"] += 1
        self.rows.visits.append(
            {
                "id": self.ids["visit"],
                "customer_id": cid,
                "visited_at": at,
                "kind": kind.value,
                "party_size": self.rng.choices((1, 2, 3, 4), cum_weights=(35, 75, 92, 100))[0],
                "channel": channel,
                "awareness": "",
                "consultant_id": consultant,
                "invalid_reason": None,
                "note": "",
                "created_at": at,
                "updated_at": at,
            }
        )
        self.counts["visits"] += 1
        state.contact(at, day, "visit", self.rule)
        return self.ids["visit"]

    def _follow_up(self, cid: int, at: datetime, day: date, state: _State) -> None:
        rng, rule = self.rng, self.rule
        before = state.grade
        after = before
        if rng.random() < 0.3:
            after = rng.choice([g for g in ("A", "B", "C") if g != before])
            self.rows.grade_changes.append(
                {
                    "customer_id": cid,
                    "user_id": state.owner,
                    "from_grade": before,
                    "to_grade": after,
                    "reason": GRADE_REASONS[after],
                    "created_at": at,
                    "updated_at": at,
                }
            )
            self.counts["grade_changes"] += 1
            state.grade = after
        next_on = None
        if rng.random() < 0.5:
            next_on = day + timedelta(days=rng.randint(1, rule.cadence[Grade(after)] + 3))
        self.rows.follow_ups.append(
            {
                "customer_id": cid,
                "user_id": state.owner,
                "at": at,
                "channel": rng.choice(self.fu_channels),
                "content": rng.choice(CONTENTS),
                "result": rng.choice(RESULTS),
                "next_on": next_on,
                "grade_before": before,
                "grade_after": after,
                "created_at": at,
                "updated_at": at,
            }
        )
        self.counts["follow_ups"] += 1
        state.planned = next_on  # log_follow_up: the plan is the latest follow-up's next date
        # Only the owner logs follow-ups here, so each renews the protection (record_contact).
        state.contact(at, day, "follow_up", rule)

    def turn(self, user_id: int, at: datetime, visit_id: int | None) -> dict[str, Any]:
        return {
            "day": self.today,
            "user_id": user_id,
            "kind": TurnKind.SERVE.value,
            "visit_id": visit_id,
            "invalid_reason": None,
            "note": "",
            "created_at": at,
            "updated_at": at,
        }

    def risk(self, cid: int, owner: int | None, *, hot: bool) -> int | None:
        """Marks on the last days for a customer under monitoring; warnings per high streak."""
        rng, today = self.rng, self.today
        marks: list[tuple[date, str]] = []
        high_counts: dict[date, int] = {}
        hot_start = rng.randint(1, 5)
        for back in range(MARKED_DAYS - 1, -1, -1):
            day = today - timedelta(days=back)
            if rng.random() < 0.3 and not (hot and back in (hot_start, hot_start - 1)):
                continue  # not every day is marked
            at = self.at(day, 18 * 60 + rng.randint(0, 120)) if day < today else self.now
            p_high = 0.75 if hot and back in (hot_start, hot_start - 1) else 0.15
            for dimension in Dimension:
                level = Level.HIGH if rng.random() < p_high else Level.LOW
                marks.append((day, level.value))
                high_counts[day] = high_counts.get(day, 0) + (level is Level.HIGH)
                self.rows.marks.append(
                    {
                        "customer_id": cid,
                        "day": day,
                        "dimension": dimension.value,
                        "level": level.value,
                        "user_id": owner,
                        "created_at": at,
                        "updated_at": at,
                    }
                )
        self.counts["marks"] += len(marks)
        streaks = high_streaks(
            high_counts, signals=self.rule.high_signals, days=self.rule.streak_days
        )
        for n, streak in enumerate(streaks):
            assigned = n % 2 == 1 or rng.random() < 0.5
            at = self.at(streak.end, 20 * 60 + 30) if streak.end < today else self.now
            self.rows.warnings.append(
                {
                    "customer_id": cid,
                    "version": 1,
                    "level": 2,
                    "start_day": streak.start,
                    "end_day": streak.end,
                    "status": "assigned" if assigned else "open",
                    "assignee_id": rng.choice(self.seniors) if assigned else None,
                    "assigned_by_id": None,
                    "done_note": "",
                    "created_at": at,
                    "updated_at": at,
                }
            )
            self.counts["warnings"] += 1
        return risk_index(marks, today=today)


@dataclass
class _State:
    """What record_contact and set_owner keep on the customer, during the simulation."""

    owner: int | None
    protected: date | None
    grade: str = Grade.C.value  # a registration starts at C
    visits: int = 0
    first_visit: datetime | None = None
    last_visit: datetime | None = None
    last_follow_up: datetime | None = None
    last_at: datetime | None = None
    last_day: date | None = None  # local date of last_at
    planned: date | None = None

    def contact(self, at: datetime, day: date, kind: str, rule: Rules) -> None:
        """customer_state.record_contact on the simulated fields; `day` is `at`'s local date."""
        if kind == "visit":
            self.visits += 1
            if self.first_visit is None or at < self.first_visit:
                self.first_visit = at
            if self.last_visit is None or at > self.last_visit:
                self.last_visit = at
        elif self.last_follow_up is None or at > self.last_follow_up:
            self.last_follow_up = at
        if self.last_at is None or at > self.last_at:
            self.last_at, self.last_day = at, day
        if self.owner is not None:
            self.protected = renewed_protection(self.protected, day, rule.protection_days)
