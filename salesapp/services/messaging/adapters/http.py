"""A small HTTP client for the gateways' APIs (standard library): one request, a time-out, and the
failures sorted into "not taken, try again", "refused" and "may have been taken"."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from salesapp.domain.errors import msg
from salesapp.services.messaging.adapters import SendFailure

UNREACHABLE = msg("The provider could not be reached ({detail}).")
TIMED_OUT = msg("The provider did not answer in time; the message may have been sent.")
HTTP_ERROR = msg("The provider answered with an error (HTTP {status}): {detail}")


@dataclass(frozen=True)
class Answer:
    """The status and body of the provider's answer."""

    status: int
    body: bytes

    def json(self) -> Any:
        """The body as JSON (None when it is not JSON)."""
        try:
            return json.loads(self.body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            return None

    def text(self, limit: int = 300) -> str:
        """The body as text, shortened."""
        return self.body.decode("utf-8", "replace").strip()[:limit]


def request(
    method: str,
    url: str,
    body: bytes | None,
    headers: dict[str, str],
    timeout: float,
    deduplicates: bool,
) -> Answer:
    """Send one request. A refused connection or an unknown host: retry (nothing went out). A time-out
    or a connection cut after sending: retry when the provider deduplicates on our key, else the message
    may have gone out (maybe_sent). 5xx and 429: retry; other 4xx: refused for good."""
    req = urllib.request.Request(url, data=body, method=method.upper(), headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return Answer(response.status, response.read())
    except urllib.error.HTTPError as exc:
        answer = Answer(exc.code, exc.read() or b"")
        retry = exc.code >= 500 or exc.code == 429
        raise SendFailure(HTTP_ERROR, retry=retry, status=exc.code, detail=answer.text(200)) from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, (TimeoutError, socket.timeout)):
            raise SendFailure(TIMED_OUT, retry=deduplicates, maybe_sent=not deduplicates) from exc
        raise SendFailure(UNREACHABLE, retry=True, detail=str(exc.reason)) from exc
    except TimeoutError as exc:
        raise SendFailure(TIMED_OUT, retry=deduplicates, maybe_sent=not deduplicates) from exc
    except (ConnectionError, OSError) as exc:  # reset while reading the answer: it may have gone out
        raise SendFailure(TIMED_OUT, retry=deduplicates, maybe_sent=not deduplicates) from exc


def basic_auth(user: str, password: str) -> str:
    """An Authorization header value for HTTP Basic."""
    import base64

    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
