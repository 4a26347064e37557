"""Real servers on 127.0.0.1 standing in for the messaging providers: an SMTP server (aiosmtpd) that keeps
what it receives, and one HTTP server (standard library, a thread) answering as eSMS.vn, SpeedSMS.vn,
a generic gateway and the LINE Messaging API would, deduplicating where the real one does."""

from __future__ import annotations

import email
import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.policy import default
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def free_port() -> int:
    """A free TCP port on 127.0.0.1 (aiosmtpd's Controller cannot take port 0)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _SmtpHandler:
    def __init__(self) -> None:
        self.received: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(email.message_from_bytes(envelope.original_content, policy=default))  # type: ignore[arg-type]
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 Message accepted for delivery"


@contextmanager
def smtp_server() -> Iterator[tuple[int, _SmtpHandler]]:
    """An SMTP server on 127.0.0.1 (no TLS, no login): its port and what it received."""
    from aiosmtpd.controller import Controller

    handler = _SmtpHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield port, handler
    finally:
        controller.stop()


@dataclass
class Request:
    """One request the gateway received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body.decode("utf-8"))


@dataclass
class Gateway:
    """What the HTTP server received and what it will answer next (a script of failures)."""

    requests: list[Request] = field(default_factory=list)
    delivered: list[Request] = field(default_factory=list)  # requests that made a message
    script: list[tuple[str, float]] = field(default_factory=list)  # ("status", code) or ("sleep", seconds)
    seen_keys: dict[str, str] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    port: int = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def fail_next(self, *steps: tuple[str, float]) -> None:
        with self.lock:
            self.script.extend(steps)


def _answer(gw: Gateway, req: Request) -> tuple[int, dict[str, Any]]:
    n = len(gw.delivered) + 1
    path = req.path
    if "SendMultipleMessage_V4_post_json" in path:  # eSMS: RequestId deduplicates
        key = str(req.json().get("RequestId", ""))
        if key and key in gw.seen_keys:
            return 200, {"CodeResult": "100", "SMSID": gw.seen_keys[key]}
        gw.delivered.append(req)
        gw.seen_keys[key] = f"esms-{n}"
        return 200, {"CodeResult": "100", "SMSID": f"esms-{n}", "CountRegenerate": 0}
    if path.endswith("/index.php/sms/send"):  # SpeedSMS
        gw.delivered.append(req)
        return 200, {"status": "success", "code": "00", "data": {"tranId": 1000 + n, "totalSMS": 1}}
    if path.endswith("/v2/bot/message/push"):  # LINE: X-Line-Retry-Key deduplicates with 409
        key = req.headers.get("X-Line-Retry-Key", "")
        if key in gw.seen_keys:
            return 409, {"message": "The retry key is already accepted"}
        gw.delivered.append(req)
        gw.seen_keys[key] = f"line-{n}"
        return 200, {"sentMessages": [{"id": f"line-{n}", "quoteToken": "q"}]}
    gw.delivered.append(req)  # the generic gateway
    return 200, {"id": f"gen-{n}"}


@contextmanager
def http_gateway() -> Iterator[Gateway]:
    """The HTTP server standing in for every gateway, on 127.0.0.1 in a thread."""
    gw = Gateway()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            pass

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            req = Request(self.command, self.path, dict(self.headers.items()), self.rfile.read(length))
            with gw.lock:
                gw.requests.append(req)
                step = gw.script.pop(0) if gw.script else None
            if step is not None and step[0] == "sleep":
                time.sleep(step[1])  # the client has given up by now: it may still have been delivered
            if step is not None and step[0] == "status":
                self._reply(int(step[1]), {"error": "gateway trouble"})
                return
            with gw.lock:
                status, body = _answer(gw, req)
            try:
                self._reply(status, body)
            except OSError:
                pass

        def _reply(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = _handle

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    gw.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield gw
    finally:
        server.shutdown()
        server.server_close()
