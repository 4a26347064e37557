"""Channel adapters: one small interface (`ChannelAdapter.send`) per way of reaching a customer, so
another channel (Zalo, say) is one more module here and one more line in `build_adapter`.

An adapter raises `SendFailure` saying whether the provider certainly did not take the message
(`retry`: the outbox tries again later) and whether it may have taken it (`maybe_sent`: a time-out after
the request went out to a provider that does not deduplicate; the row is then left *unknown* for a person
to check, never sent again automatically)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from salesapp.domain.errors import SalesappError
from salesapp.domain.messaging import Outgoing


class SendFailure(SalesappError):
    """The provider refused the message or could not be reached: `text` is an English template of ours
    (translated on screen), `params` fill it (the provider's own words among them)."""

    def __init__(self, reason: str, *, retry: bool, maybe_sent: bool = False, **params: object) -> None:
        self.retry = retry
        self.maybe_sent = maybe_sent
        super().__init__(reason, **params)


@dataclass(frozen=True)
class Sent:
    """The provider took the message: its id for it (may be empty)."""

    provider_id: str


class ChannelAdapter(Protocol):
    """Sends one message to one address."""

    deduplicates: bool
    """The provider drops a second request with the same idempotency key (`Outgoing.key`): a row left
    *sending* by a stopped desktop may then be sent again safely, and a time-out retried."""

    def send(self, message: Outgoing) -> Sent:
        """Hand the message to the provider; raises SendFailure."""
        ...
