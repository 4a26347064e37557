"""Appointment use cases: schedule an in-person meeting, move or cancel it, record how it went, and list
a customer's meetings or one person's week.

Each change writes two activity rows in its transaction: one on the appointment and one on the customer,
so that the customer's history shows the meeting too.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.customers.appointments import (
    MAX_MINUTES,
    MIN_MINUTES,
    AppointmentRecord,
    to_minute,
    week_start,
)
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.limits import bounded_line, bounded_note, check_ahead
from salesapp.domain.records import UserRecord
from salesapp.services.customers.customer_service import check_customer_id_access, with_customer
from salesapp.services.shared.acting import acts_as_stored_user
from salesapp.services.shared.audit import log_activity, versioned_update
from salesapp.services.shared.context import ServiceContext

GONE = msg("This record no longer exists: it was deleted on another desktop.")


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"naive datetime {value!r}: an aware datetime is required")
    return value


def _line(starts_at: datetime, place: str, purpose: str) -> str:
    """The appointment in one line for the customer's history (UTC ISO time: the UI shows it local)."""
    return " · ".join(
        p for p in (to_db(starts_at).isoformat(sep=" ", timespec="minutes"), place, purpose) if p
    )


@acts_as_stored_user
class AppointmentService:
    """Schedules and follows up in-person meetings; sales staff book and change only their own."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- reading ---------------------------------------------------------------------------------------
    def _query(self) -> Any:
        a = m.Appointment
        return (
            a.select(
                a.id,
                a.customer_id,
                m.Customer.name,
                a.owner_id,
                m.User.display_name,
                a.starts_at,
                a.minutes,
                a.place,
                a.purpose,
                a.outcome,
                a.done_at,
                a.created_at,
                a.updated_at,
                a.version,
            )
            .join(m.Customer, on=(a.customer == m.Customer.id))
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(a.owner == m.User.id))
        )

    def _records(self, query: Any) -> list[AppointmentRecord]:
        out = []
        for row in m.tuples(query):
            aid, cid, cname, owner_id, owner_name, starts, minutes, place, purpose, outcome = row[:10]
            done, created, updated, version = row[10:]
            starts_at, created_at, updated_at = from_db(starts), from_db(created), from_db(updated)
            assert starts_at is not None and created_at is not None and updated_at is not None
            out.append(
                AppointmentRecord(
                    aid,
                    cid,
                    cname,
                    owner_id,
                    owner_name or "",
                    starts_at,
                    minutes,
                    place,
                    purpose,
                    outcome,
                    from_db(done),
                    created_at,
                    updated_at,
                    version,
                )
            )
        return out

    def get(self, actor: UserRecord, appointment_id: int) -> AppointmentRecord:
        """One appointment, if the actor may see it."""
        found = self._records(self._query().where(m.Appointment.id == appointment_id))
        if not found:
            raise NotFound(GONE)
        self._check_customer(actor, found[0].customer_id)
        return found[0]

    def _check_customer(self, actor: UserRecord, customer_id: int) -> None:
        """Sales staff see and book meetings only with their own customers."""
        check_customer_id_access(actor, customer_id)

    def for_customer(self, actor: UserRecord, customer_id: int) -> list[AppointmentRecord]:
        """Every appointment with the customer, newest first."""
        self._check_customer(actor, customer_id)
        a = m.Appointment
        return self._records(
            self._query().where(a.customer == customer_id).order_by(a.starts_at.desc(), a.id)
        )

    def upcoming_for_customer(self, actor: UserRecord, customer_id: int) -> list[AppointmentRecord]:
        """The customer's appointments without an outcome yet, soonest first: meetings that are past but
        still wait for their outcome come first, so they are not forgotten."""
        self._check_customer(actor, customer_id)
        a = m.Appointment
        query = self._query().where((a.customer == customer_id) & a.done_at.is_null())
        return self._records(query.order_by(a.starts_at, a.id))

    def week(
        self, actor: UserRecord, monday: date, tz: tzinfo, user_id: int | None = None
    ) -> list[AppointmentRecord]:
        """One person's appointments of the week (Monday to Sunday as lived in `tz`) that holds `monday`,
        in time order. Staff see their own; managers may ask for anyone's (`user_id`)."""
        owner = actor.id if user_id is None else user_id
        if owner != actor.id and not actor.is_manager:
            raise PermissionDenied(msg("Only managers can see other people's appointments."))
        first = week_start(monday)
        start = datetime.combine(first, time(0), tzinfo=tz)
        end = datetime.combine(first + timedelta(days=7), time(0), tzinfo=tz)
        a = m.Appointment
        query = self._query().where(
            (a.owner == owner) & (a.starts_at >= to_db(start)) & (a.starts_at < to_db(end))
        )  # appointments_owner (owner_id, starts_at) answers this range
        return self._records(query.order_by(a.starts_at, a.id))

    # -- changing --------------------------------------------------------------------------------------
    def _validated(
        self, starts_at: datetime, minutes: int, place: str, purpose: str
    ) -> tuple[datetime, int, str, str]:
        starts_at = to_minute(_aware(starts_at))
        now = self.ctx.clock()
        if starts_at < to_minute(now):
            raise ValidationError(msg("Choose a time that is not in the past."), field="starts_at")
        check_ahead(starts_at, now, "starts_at")
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            raise ValidationError(
                msg("A meeting lasts {low} to {high} minutes."),
                field="minutes",
                low=MIN_MINUTES,
                high=MAX_MINUTES,
            )
        place, purpose = bounded_line(place, "place"), bounded_note(purpose, "purpose")
        if not place and not purpose:
            raise ValidationError(msg("Enter the place or the purpose of the meeting."), field="place")
        return starts_at, minutes, place, purpose

    def _row(self, actor: UserRecord, appointment_id: int) -> m.Appointment:
        row = m.Appointment.get_or_none(m.Appointment.id == appointment_id)
        if row is None:
            raise NotFound(GONE)
        if not actor.is_manager and row.owner_id != actor.id:
            raise PermissionDenied(msg("This appointment belongs to another salesperson."))
        return row

    def _changes(self, appointment_id: int, customer_id: int) -> ChangeSet:
        return with_customer(EntityKind.APPOINTMENT, appointment_id, customer_id)

    def schedule(
        self,
        actor: UserRecord,
        customer_id: int,
        starts_at: datetime,
        minutes: int,
        place: str,
        purpose: str,
    ) -> tuple[AppointmentRecord, ChangeSet]:
        """Book a meeting with the customer for the actor; the time may not be in the past."""
        starts_at, minutes, place, purpose = self._validated(starts_at, minutes, place, purpose)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            self._check_customer(actor, customer_id)
            appointment_id = int(
                m.Appointment.insert(
                    customer=customer_id,
                    owner=actor.id,
                    starts_at=to_db(starts_at),
                    minutes=minutes,
                    place=place,
                    purpose=purpose,
                    created_at=to_db(now),
                    updated_at=to_db(now),
                    updated_by=actor.id,
                ).execute()
            )
            values = {"customer_id": customer_id, "starts_at": starts_at, "minutes": minutes}
            values |= {"place": place, "purpose": purpose}
            log_activity(
                actor,
                EntityKind.APPOINTMENT,
                appointment_id,
                Action.CREATED,
                now,
                {k: (None, v) for k, v in values.items() if v not in ("", None)},
            )
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                customer_id,
                Action.UPDATED,
                now,
                {"appointment": (None, _line(starts_at, place, purpose))},
            )
            record = self.get(actor, appointment_id)
        return record, self._changes(appointment_id, customer_id)

    def reschedule(
        self,
        actor: UserRecord,
        appointment_id: int,
        expected_version: int,
        starts_at: datetime,
        minutes: int,
        place: str,
        purpose: str,
    ) -> tuple[AppointmentRecord, ChangeSet]:
        """Move a meeting or change its place or purpose; a meeting that took place cannot be moved."""
        starts_at, minutes, place, purpose = self._validated(starts_at, minutes, place, purpose)
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(actor, appointment_id)
            if row.done_at is not None:
                raise ValidationError(msg("This meeting took place already: its outcome is recorded."))
            old_start = from_db(row.starts_at)
            assert old_start is not None
            old: dict[str, Any] = {"starts_at": old_start, "minutes": row.minutes}
            old |= {"place": row.place, "purpose": row.purpose}
            new = {"starts_at": starts_at, "minutes": minutes, "place": place, "purpose": purpose}
            changes = {k: (old[k], v) for k, v in new.items() if old[k] != v}
            versioned_update(
                m.Appointment,
                appointment_id,
                expected_version,
                new | {"starts_at": to_db(starts_at)},
                actor,
                now,
            )
            if changes:
                log_activity(actor, EntityKind.APPOINTMENT, appointment_id, Action.UPDATED, now, changes)
                log_activity(
                    actor,
                    EntityKind.CUSTOMER,
                    row.customer_id,
                    Action.UPDATED,
                    now,
                    {
                        "appointment": (
                            _line(old_start, row.place, row.purpose),
                            _line(starts_at, place, purpose),
                        )
                    },
                )
            record = self.get(actor, appointment_id)
        return record, self._changes(appointment_id, row.customer_id)

    def record_outcome(
        self, actor: UserRecord, appointment_id: int, expected_version: int, outcome: str
    ) -> tuple[AppointmentRecord, ChangeSet]:
        """Write down how the meeting went (once it has started); it then counts as done.

        Recording it again corrects the text and keeps the first done time.
        """
        outcome = bounded_note(outcome, "outcome")
        if not outcome:
            raise ValidationError(msg("Enter how the meeting went."), field="outcome")
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(actor, appointment_id)
            starts_at = from_db(row.starts_at)
            assert starts_at is not None
            if starts_at > now:
                raise ValidationError(
                    msg("This meeting has not started yet: record its outcome afterwards."), field="outcome"
                )
            done_at = row.done_at if row.done_at is not None else to_db(now)
            versioned_update(
                m.Appointment,
                appointment_id,
                expected_version,
                {"outcome": outcome, "done_at": done_at},
                actor,
                now,
            )
            first_time = row.done_at is None
            changes: dict[str, tuple[Any, Any]] = {"outcome": (row.outcome or None, outcome)}
            if first_time:
                changes["done_at"] = (None, now)
            log_activity(
                actor,
                EntityKind.APPOINTMENT,
                appointment_id,
                Action.CLOSED if first_time else Action.UPDATED,
                now,
                changes,
            )
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                row.customer_id,
                Action.UPDATED,
                now,
                {"appointment_outcome": (row.outcome or None, outcome)},
                _line(starts_at, row.place, row.purpose),
            )
            record = self.get(actor, appointment_id)
        return record, self._changes(appointment_id, row.customer_id)

    def cancel(self, actor: UserRecord, appointment_id: int, expected_version: int) -> ChangeSet:
        """Call a meeting off: the appointment is deleted, its activity rows stay."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            row = self._row(actor, appointment_id)
            if row.done_at is not None:
                raise ValidationError(msg("This meeting took place already: its outcome is recorded."))
            # The version check and the delete in one statement: a stale cancel deletes nothing.
            deleted = (
                m.Appointment.delete()
                .where((m.Appointment.id == appointment_id) & (m.Appointment.version == expected_version))
                .execute()
            )
            if deleted != 1:
                versioned_update(m.Appointment, appointment_id, expected_version, {}, actor, now)  # raises
            starts_at = from_db(row.starts_at)
            assert starts_at is not None
            line = _line(starts_at, row.place, row.purpose)
            log_activity(
                actor,
                EntityKind.APPOINTMENT,
                appointment_id,
                Action.DELETED,
                now,
                {"starts_at": (starts_at, None), "place": (row.place, None), "purpose": (row.purpose, None)},
            )
            log_activity(
                actor,
                EntityKind.CUSTOMER,
                row.customer_id,
                Action.UPDATED,
                now,
                {"appointment": (line, None)},
            )
        return self._changes(appointment_id, row.customer_id)
