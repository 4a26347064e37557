"""Notes with images and logged calls on upsell cases (the notes and calls side of UpsellService).

Notes are separate from the order's notes. Images are stored in the database (every desktop of an office
sees them); their count, size and type are checked before anything is written. Notes do not bump the
case's version: writing one must not make an outcome someone is typing on another desktop stale.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import peewee as pw

from salesapp.db import models as m
from salesapp.domain.changes import ChangeSet
from salesapp.domain.clock import from_db, to_db
from salesapp.domain.enums import Action, EntityKind
from salesapp.domain.errors import NotFound, PermissionDenied, ValidationError, msg
from salesapp.domain.images import check_image, check_images_total
from salesapp.domain.limits import NAME_CHARS, bounded_note, preview
from salesapp.domain.records import UserRecord
from salesapp.domain.text import clean_line
from salesapp.domain.upsell import (
    MAX_IMAGE_BYTES,
    MAX_NOTE_IMAGES,
    MAX_THUMB_BYTES,
    CallRecord,
    NoteImage,
    NoteImageInput,
    NoteImageMeta,
    UpsellNoteRecord,
    UpsellStatus,
)
from salesapp.services.shared.audit import log_activity
from salesapp.services.shared.context import ServiceContext
from salesapp.services.shared.hidden import refuse_missing
from salesapp.services.upsell._upsell_common import case_changes, check_act, check_view, load_case

NOT_AUTHOR = msg("Only the note's author or a manager can delete it.")
NOTE_GONE = msg("This note no longer exists: it was deleted on another desktop.")
PREVIEW_CHARS = 300
CALL_PURPOSE = "upsell"


def _checked_images(images: Sequence[NoteImageInput]) -> list[tuple[str, str, bytes, bytes | None]]:
    """(name, mime, data, thumb) of every image, or the first refusal (nothing written yet)."""
    if len(images) > MAX_NOTE_IMAGES:
        raise ValidationError(
            msg("A note can carry at most {max} images; you attached {count}."),
            field="image",
            max=MAX_NOTE_IMAGES,
            count=len(images),
        )
    out = []
    for image in images:
        name = preview(clean_line(image.name), NAME_CHARS) or "image"
        mime = check_image(image.data, name, MAX_IMAGE_BYTES)
        if image.thumb is not None:
            check_image(image.thumb, name, MAX_THUMB_BYTES)
        out.append((name, mime, image.data, image.thumb))
    check_images_total(len(data) + len(thumb or b"") for _, _, data, thumb in out)
    return out


class UpsellNotes:
    """Case notes, their images, and calls."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- notes -----------------------------------------------------------------------------------------
    def notes(self, actor: UserRecord, case_id: int) -> list[UpsellNoteRecord]:
        """The case's notes, pinned first, then newest first; deleted notes are left out."""
        row = load_case(case_id)
        check_view(actor, UpsellStatus(row.status), row.assignee_id)
        n = m.UpsellNote
        query = (
            n.select(n.id, n.text, n.pinned, n.at, n.user_id, m.User.display_name)
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(n.user == m.User.id))
            .where((n.case == case_id) & n.deleted_at.is_null())
            .order_by(n.pinned.desc(), n.at.desc(), n.id.desc())
        )
        notes = list(m.tuples(query))
        images = self._image_metas([r[0] for r in notes])
        out = []
        for nid, text, pinned, at, user_id, author in notes:
            when = from_db(at)
            assert when is not None
            out.append(
                UpsellNoteRecord(
                    nid, case_id, text, bool(pinned), when, user_id, author or "", tuple(images.get(nid, ()))
                )
            )
        return out

    def _image_metas(self, note_ids: list[int]) -> dict[int, list[NoteImageMeta]]:
        if not note_ids:
            return {}
        i = m.UpsellNoteImage
        query = (
            i.select(i.id, i.note_id, i.position, i.name, i.mime, i.size, i.thumb)
            .where(i.note.in_(note_ids))
            .order_by(i.note_id, i.position)
        )
        out: dict[int, list[NoteImageMeta]] = {}
        for iid, nid, position, name, mime, size, thumb in m.tuples(query):
            meta = NoteImageMeta(iid, position, name, mime, size, bytes(thumb) if thumb is not None else None)
            out.setdefault(nid, []).append(meta)
        return out

    def _note(self, actor: UserRecord, note_id: int) -> UpsellNoteRecord:
        row = m.UpsellNote.get_or_none(m.UpsellNote.id == note_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(NOTE_GONE)
        found = [n for n in self.notes(actor, row.case_id) if n.id == note_id]
        if not found:
            raise NotFound(NOTE_GONE)
        return found[0]

    def image(self, actor: UserRecord, image_id: int) -> NoteImage:
        """One full image of a note (of a case the actor may see)."""
        i, n = m.UpsellNoteImage, m.UpsellNote
        row = (
            i.select(i.id, i.name, i.mime, i.data, n.case_id, n.deleted_at)
            .join(n, on=(i.note == n.id))
            .where(i.id == image_id)
            .tuples()
            .first()
        )
        if row is None or row[5] is not None:
            raise NotFound(NOTE_GONE)
        case = load_case(row[4])
        check_view(actor, UpsellStatus(case.status), case.assignee_id)
        return NoteImage(row[0], row[1], row[2], bytes(row[3]))

    def add_note(
        self, actor: UserRecord, case_id: int, text: str, images: Sequence[NoteImageInput] = ()
    ) -> tuple[UpsellNoteRecord, ChangeSet]:
        """Add a note (text NFC) with up to MAX_NOTE_IMAGES PNG/JPEG images (limits: each at most
        IMAGE_MAX_BYTES, together at most NOTE_IMAGES_MAX_BYTES).

        Who: the assignee, or a manager (on any case, pending ones included). Refused before anything is
        written: no text and no image, text over MAX_NOTE_CHARS, too many images, an image too big, damaged
        or not PNG/JPEG (the message names the file), images too big together, a thumbnail over 1 MB or not
        PNG/JPEG.
        """
        body = bounded_note(text)
        if not body and not images:
            raise ValidationError(msg("Write a note or attach an image."), field="note")
        checked = _checked_images(images)
        now = self.ctx.clock()
        at = to_db(now)
        with self.ctx.db.atomic():
            case = load_case(case_id)
            check_act(actor, case.assignee_id)
            note_id = int(m.UpsellNote.insert(case=case_id, text=body, at=at, user=actor.id).execute())
            for position, (name, mime, data, thumb) in enumerate(checked, start=1):
                m.UpsellNoteImage.insert(
                    note=note_id,
                    position=position,
                    name=name,
                    mime=mime,
                    size=len(data),
                    data=data,
                    thumb=thumb,
                ).execute()
            m.UpsellCase.update(note_count=m.UpsellCase.note_count + 1).where(
                m.UpsellCase.id == case_id
            ).execute()
            changes = {"images": (None, len(checked))} if checked else {}
            log_activity(
                actor, EntityKind.UPSELL_CASE, case_id, Action.NOTE_ADDED, now, changes, body[:PREVIEW_CHARS]
            )
        return self._note(actor, note_id), case_changes(case_id)

    def delete_note(self, actor: UserRecord, note_id: int) -> ChangeSet:
        """Delete a note softly (kept for the record, no longer shown): its author or a manager."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            note = m.UpsellNote.get_or_none(m.UpsellNote.id == note_id)
            if note is None:  # or one on a colleague's case, which the database hid from a salesperson
                raise refuse_missing(m.UpsellNote, note_id, NOTE_GONE, NOT_AUTHOR)
            if note.deleted_at is not None:
                raise NotFound(NOTE_GONE)
            if not actor.is_manager and note.user_id != actor.id:
                raise PermissionDenied(NOT_AUTHOR)
            deleted = (
                m.UpsellNote.update(deleted_at=to_db(now), deleted_by=actor.id)
                .where((m.UpsellNote.id == note_id) & m.UpsellNote.deleted_at.is_null())
                .execute()
            )
            if not deleted:  # deleted on another desktop since it was read: count it once
                raise NotFound(NOTE_GONE)
            m.UpsellCase.update(note_count=m.UpsellCase.note_count - 1).where(
                m.UpsellCase.id == note.case_id
            ).execute()
            log_activity(
                actor,
                EntityKind.UPSELL_CASE,
                note.case_id,
                Action.NOTE_DELETED,
                now,
                {"note": (note.text[:PREVIEW_CHARS], None)},
                note.text[:PREVIEW_CHARS],
            )
        return case_changes(note.case_id)

    def set_pinned(self, actor: UserRecord, note_id: int, pinned: bool) -> tuple[UpsellNoteRecord, ChangeSet]:
        """Pin a note to the top of the case's notes, or unpin it (the assignee or a manager)."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            note = m.UpsellNote.get_or_none(m.UpsellNote.id == note_id)
            if note is None or note.deleted_at is not None:
                raise NotFound(NOTE_GONE)
            case = load_case(note.case_id)
            check_act(actor, case.assignee_id)
            if bool(note.pinned) != pinned:
                m.UpsellNote.update(pinned=pinned).where(m.UpsellNote.id == note_id).execute()
                action = Action.NOTE_PINNED if pinned else Action.NOTE_UNPINNED
                log_activity(
                    actor,
                    EntityKind.UPSELL_CASE,
                    note.case_id,
                    action,
                    now,
                    {"pinned": (not pinned, pinned)},
                    note.text[:PREVIEW_CHARS],
                )
        return self._note(actor, note_id), case_changes(note.case_id)

    # -- calls -----------------------------------------------------------------------------------------
    def calls(self, actor: UserRecord, case_id: int) -> list[CallRecord]:
        """The case's calls, newest first."""
        case = load_case(case_id)
        check_view(actor, UpsellStatus(case.status), case.assignee_id)
        return self._calls((m.Call.entity == EntityKind.UPSELL_CASE.value) & (m.Call.entity_id == case_id))

    def _calls(self, where: pw.Expression) -> list[CallRecord]:
        k = m.Call
        query = (
            k.select(
                k.id,
                k.entity,
                k.entity_id,
                k.customer_id,
                k.user_id,
                m.User.display_name,
                k.started_at,
                k.ended_at,
                k.seconds,
                k.purpose,
            )
            .join(m.User, pw.JOIN.LEFT_OUTER, on=(k.user == m.User.id))
            .where(where)
            .order_by(k.started_at.desc(), k.id.desc())
        )
        out = []
        for cid, entity, eid, customer, user_id, name, started, ended, seconds, purpose in m.tuples(query):
            start = from_db(started)
            assert start is not None
            out.append(
                CallRecord(
                    cid, entity, eid, customer, user_id, name or "", start, from_db(ended), seconds, purpose
                )
            )
        return out

    def running_call(self, actor: UserRecord, case_id: int) -> CallRecord | None:
        """The actor's call on the case that is started and not stopped, if any."""
        k = m.Call
        found = self._calls(
            (k.entity == EntityKind.UPSELL_CASE.value)
            & (k.entity_id == case_id)
            & (k.user == actor.id)
            & k.ended_at.is_null()
        )
        return found[0] if found else None

    def start_call(self, actor: UserRecord, case_id: int) -> tuple[CallRecord, ChangeSet]:
        """Start the call timer on an open case (its assignee or a manager). A call of the actor already
        running on the case is returned as it is (a second press, or a desktop restarted mid-call)."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            # Locked: a second press on another desktop waits here, then finds this call running.
            case = load_case(case_id, lock=True)
            check_act(actor, case.assignee_id)
            if not UpsellStatus(case.status).is_open:
                raise ValidationError(
                    msg("Calls are logged on cases being worked on (assigned or follow-up)."), field="call"
                )
            running = self.running_call(actor, case_id)
            if running is not None:
                return running, ChangeSet()
            m.Call.insert(
                entity=EntityKind.UPSELL_CASE.value,
                entity_id=case_id,
                customer=case.customer_id,
                user=actor.id,
                started_at=to_db(now),
                purpose=CALL_PURPOSE,
            ).execute()
            m.UpsellCase.update(call_count=m.UpsellCase.call_count + 1).where(
                m.UpsellCase.id == case_id
            ).execute()
            started = self.running_call(actor, case_id)
            assert started is not None
        return started, case_changes(case_id)

    def stop_call(self, actor: UserRecord, call_id: int) -> tuple[CallRecord, ChangeSet]:
        """Stop a running call: its end and duration are kept, and the case's history gets a CALLED row.
        Only the caller (or a manager) stops it; a stopped call is refused."""
        now = self.ctx.clock()
        with self.ctx.db.atomic():
            call = m.Call.get_or_none(m.Call.id == call_id)
            if call is None:
                raise NotFound(msg("This call no longer exists."))
            if not actor.is_manager and call.user_id != actor.id:
                raise PermissionDenied(msg("Only the person who made the call can stop it."))
            if call.ended_at is not None:
                raise ValidationError(msg("This call has already been stopped."), field="call")
            started = from_db(call.started_at)
            assert started is not None
            seconds = call_seconds(started, now)
            stopped = (
                m.Call.update(ended_at=to_db(now), seconds=seconds)
                .where((m.Call.id == call_id) & m.Call.ended_at.is_null())
                .execute()
            )
            if not stopped:  # stopped on another desktop since it was read
                raise ValidationError(msg("This call has already been stopped."), field="call")
            log_activity(
                actor,
                EntityKind.UPSELL_CASE,
                call.entity_id,
                Action.CALLED,
                now,
                {"seconds": (None, seconds), "started_at": (None, started)},
                "",
            )
            (record,) = self._calls(m.Call.id == call_id)
        return record, case_changes(call.entity_id)


def call_seconds(start: datetime, end: datetime) -> int:
    """Whole seconds between two moments, never negative."""
    return max(0, int((end - start).total_seconds()))
