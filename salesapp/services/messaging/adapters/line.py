"""LINE Messaging API push messages to a customer whose LINE user id is known.

POST {base}/v2/bot/message/push with "Authorization: Bearer {channel access token}" and
{"to": userId, "messages": [{"type": "text", "text": …}]}; 200 with {"sentMessages": [{"id": …}]}.
The "X-Line-Retry-Key" header (a UUID) makes a retried request safe: LINE answers 409 Conflict with the
first request's result instead of sending again. The outbox row's key is that UUID. Documented at
https://developers.line.biz/en/reference/messaging-api/#send-push-message
"""

from __future__ import annotations

import json
import uuid

from salesapp.domain.messaging import LineSettings, Outgoing
from salesapp.services.messaging.adapters import SendFailure, Sent
from salesapp.services.messaging.adapters.http import request


class LineAdapter:
    """Pushes a text message to one LINE user."""

    deduplicates = True

    def __init__(self, settings: LineSettings, token: str) -> None:
        self.settings = settings
        self.token = token

    def send(self, message: Outgoing) -> Sent:
        """Push the text; 409 (already accepted under this retry key) counts as sent."""
        body = {"to": message.to, "messages": [{"type": "text", "text": message.body}]}
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Authorization": f"Bearer {self.token}",
            "X-Line-Retry-Key": str(uuid.UUID(message.key)),
        }
        url = self.settings.base_url.rstrip("/") + "/v2/bot/message/push"
        try:
            answer = request(
                "POST",
                url,
                json.dumps(body, ensure_ascii=False).encode("utf-8"),
                headers,
                self.settings.timeout,
                True,
            )
        except SendFailure as exc:
            if exc.params.get("status") == 409:  # accepted before under the same retry key
                return Sent("")
            raise
        data = answer.json() or {}
        sent = data.get("sentMessages") or [{}]
        return Sent(str(sent[0].get("id", "")))
