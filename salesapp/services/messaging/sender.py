"""The outbox sender: a thread of its own (its own database connection, neither the GUI thread nor the
window's database worker) that claims due rows, hands them to the channel adapters and records the
result. It runs while the app runs; a row queued when no sender ran is picked up at the next start.

Only channels this computer can send (account set up, secret in this keyring) are claimed.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable

from salesapp.db.models import database_proxy
from salesapp.domain.changes import ChangeSet
from salesapp.domain.enums import EntityKind
from salesapp.domain.errors import msg
from salesapp.domain.messaging import DeliveryState, MessageChannel, failure_json
from salesapp.services.messaging import outbox
from salesapp.services.messaging.accounts import MessagingAccountsService
from salesapp.services.messaging.adapters import ChannelAdapter, SendFailure
from salesapp.services.shared.context import ServiceContext

log = logging.getLogger(__name__)
UNEXPECTED = msg("Sending stopped on an unexpected error: {detail}")


class OutboxSender:
    """Sends due outbox rows one at a time; `run_once` is one step (tests call it directly)."""

    def __init__(
        self,
        ctx: ServiceContext,
        accounts: MessagingAccountsService,
        on_change: Callable[[ChangeSet], None] | None = None,
        idle_seconds: float = 3.0,
    ) -> None:
        self.ctx, self.accounts = ctx, accounts
        self.on_change = on_change
        self.idle_seconds = idle_seconds
        self.token = uuid.uuid4().hex  # this sender's claims
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def adapters(self) -> dict[MessageChannel, ChannelAdapter]:
        """The channels this computer can send now."""
        found = {c: self.accounts.adapter(c) for c in MessageChannel}
        return {c: a for c, a in found.items() if a is not None}

    def run_once(self) -> bool:
        """Recover lapsed claims of deduplicating providers, then claim and send one due row; True when a
        row was handled."""
        db = self.ctx.db.pw
        adapters = self.adapters()
        if not adapters:  # nothing this computer can send: no write, no lock taken
            return False
        now = self.ctx.clock()
        outbox.recover(db, [c for c, a in adapters.items() if a.deduplicates], now)
        outbox.mark_unknown(db, now)
        claimed = outbox.claim(db, self.token, adapters.keys(), now)
        if claimed is None:
            return False
        adapter = adapters[claimed.message.channel]
        try:
            sent = adapter.send(claimed.message)
        except SendFailure as exc:
            reason = failure_json(exc.text, exc.params)
            state = outbox.finish_failed(
                db, claimed, self.token, reason, exc.retry, exc.maybe_sent, self.ctx.clock()
            )
            log.info("outbox row %s: %s (%s)", claimed.outbox_id, exc.message, state.value)
        except Exception as exc:  # a bug or an odd answer: it may have gone out
            log.exception("outbox row %s failed unexpectedly", claimed.outbox_id)
            reason = failure_json(UNEXPECTED, {"detail": str(exc) or type(exc).__name__})
            dedup = adapter.deduplicates
            outbox.finish_failed(db, claimed, self.token, reason, dedup, not dedup, self.ctx.clock())
        else:
            outbox.finish_sent(db, claimed, self.token, sent.provider_id, self.ctx.clock())
        if self.on_change is not None and claimed.customer_id is not None:
            self.on_change(ChangeSet.of(EntityKind.CUSTOMER, [claimed.customer_id]))
        return True

    def run_until_idle(self, limit: int = 1000) -> int:
        """Handle due rows until none is left (tests, a command line); returns how many."""
        count = 0
        while count < limit and self.run_once():
            count += 1
        return count

    # ---- the thread ----------------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the thread (once)."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._loop, name="salesapp-outbox", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Look for due rows now (a message was just queued)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop after the row in hand (a send in progress finishes or times out)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        """The thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def current(self) -> bool:
        """The models still work on this sender's database: another one opened since (a switch of
        database, a test's next database) means this sender's job is over."""
        return database_proxy.obj is self.ctx.db.pw

    def _loop(self) -> None:
        try:
            while not self._stop.is_set() and self.current():
                busy = False
                try:
                    busy = self.run_once()
                except Exception:  # a lost server, a locked file: try again after a pause
                    log.warning("the outbox sender will try again", exc_info=True)
                if not busy:
                    self._wake.wait(self.idle_seconds)
                    self._wake.clear()
        finally:
            self._close_connection()

    def _close_connection(self) -> None:
        """Close this thread's own connection, even a broken one (never leave it to the collector)."""
        try:
            self.ctx.db.close()
        except Exception:
            state = getattr(self.ctx.db.pw, "_state", None)
            conn = getattr(state, "conn", None)
            if conn is not None:
                try:
                    conn.close()
                except Exception:
                    log.debug("closing a broken connection failed", exc_info=True)
            if state is not None:
                state.reset()


__all__ = ["DeliveryState", "OutboxSender"]
