"""A small HTTP proxy on 127.0.0.1 between the sync and the Radicale fixture that makes the
faults a real network makes: an error answer (503, 500) for chosen requests, a server that
takes longer than the client waits, and a connection that breaks off half-way through an
answer. Everything else goes through to Radicale unchanged.

Each fault applies to requests of one HTTP method (or any) and path (or any), after `skip`
such requests went through, for `times` requests. A hang waits at most HANG_SECONDS (or until
`stop`) and then closes the connection without an answer; it can first let the request reach
the server, as an answer lost on the way back. `seen` lists the requests that came in, as
"METHOD path".
"""

import http.client
import re
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

HANG_SECONDS = 15
_HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host",
               "proxy-connection", "te", "trailer", "upgrade"}  # fmt: skip


@dataclass
class Fault:
    """What to do instead of an answer, and to which requests."""

    kind: str  # "status", "hang", "drop" or "item" (one item of a 207 answer fails)
    method: str | None
    skip: int
    times: int
    status: int = 503
    forward: bool = False  # hang: the server gets the request, the answer never comes back
    length: bool = True  # drop: the cut answer still declares its full length
    path: str = ""  # only requests whose path starts with this


_PROPSTAT = re.compile(r"<(\w+:)?propstat>.*?</\1?propstat>", re.DOTALL)


class FaultProxy:
    """Forwards to the server at `upstream` (a root URL); `url` is the proxy's root."""

    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self._upstream = (parts.hostname or "127.0.0.1", parts.port or 80)
        self._upstream_url = upstream.rstrip("/")
        self._faults: list[Fault] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self.seen: list[str] = []
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def start(self) -> "FaultProxy":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(10)

    def via(self, url: str) -> str:
        """The same address on the server, reached through the proxy."""
        return self.url.rstrip("/") + url.removeprefix(self._upstream_url)

    def answer(
        self, status: int, method: str | None = None, skip: int = 0, times: int = 1, path: str = ""
    ) -> None:
        self._add(Fault("status", method, skip, times, status=status, path=path))

    def hang(
        self, method: str | None = None, skip: int = 0, times: int = 1, forward: bool = False
    ) -> None:
        self._add(Fault("hang", method, skip, times, forward=forward))

    def drop(
        self, method: str | None = None, skip: int = 0, times: int = 1, length: bool = True
    ) -> None:
        self._add(Fault("drop", method, skip, times, length=length))

    def fail_item(self, status: int, method: str = "REPORT", skip: int = 0, path: str = "") -> None:
        """The first item of a multi-status answer says `status` instead of its data."""
        self._add(Fault("item", method, skip, 1, status=status, path=path))

    def heal(self) -> None:
        """No more faults: every request goes through."""
        with self._lock:
            self._faults.clear()

    def _add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    def _fault_for(self, method: str, path: str) -> Fault | None:
        with self._lock:
            self.seen.append(f"{method} {path}")
            for fault in self._faults:
                if fault.method not in (None, method) or fault.times == 0:
                    continue
                if not path.startswith(fault.path):
                    continue
                if fault.skip > 0:
                    fault.skip -= 1
                    continue
                fault.times -= 1
                return fault
            return None

    def _forward(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, str, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(*self._upstream, timeout=30)
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            data = response.read()
            kept = [(k, v) for k, v in response.getheaders() if k.lower() not in _HOP_BY_HOP]
            return response.status, response.reason, kept, data
        finally:
            connection.close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: object) -> None:
                pass  # quiet: the tests say what matters

            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k: v for k, v in self.headers.items() if k.lower() not in _HOP_BY_HOP}
                fault = proxy._fault_for(self.command, self.path)
                if fault is not None and fault.kind == "status":
                    self._send(fault.status, "Fault", [("Content-Type", "text/plain")], b"fault")
                    return
                if fault is not None and fault.kind == "hang":
                    if fault.forward:
                        proxy._forward(self.command, self.path, headers, body)
                    proxy._stopping.wait(HANG_SECONDS)
                    self.close_connection = True
                    return
                if fault is not None and fault.kind == "item":  # an answer it can rewrite
                    headers = {k: v for k, v in headers.items() if k.lower() != "accept-encoding"}
                    headers["Accept-Encoding"] = "identity"
                status, reason, kept, data = proxy._forward(self.command, self.path, headers, body)
                if fault is not None and fault.kind == "item":
                    failed = f"<\\1status>HTTP/1.1 {fault.status} Fault</\\1status>"
                    data = _PROPSTAT.sub(failed, data.decode("utf-8"), count=1).encode("utf-8")
                if fault is not None and fault.kind == "drop":
                    self._cut(status, reason, kept, data, fault.length)
                    return
                self._send(status, reason, kept, data)

            def _cut(
                self,
                status: int,
                reason: str,
                headers: list[tuple[str, str]],
                data: bytes,
                length: bool,
            ) -> None:
                """Half the answer, then the connection closes: half the body, or half the
                head when there is no body."""
                lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers]
                if length:
                    lines.append(f"Content-Length: {len(data)}")
                lines.append("Connection: close")
                head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
                whole = head + data
                self.wfile.write(whole[: len(head) + len(data) // 2 if data else len(head) // 2])
                self.wfile.flush()
                self.close_connection = True

            def _send(
                self, status: int, reason: str, headers: list[tuple[str, str]], data: bytes
            ) -> None:
                self.send_response(status, reason)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_PUT = do_DELETE = do_PROPFIND = do_REPORT = _any  # noqa: N815
            do_OPTIONS = do_POST = do_MKCALENDAR = do_PROPPATCH = do_HEAD = _any  # noqa: N815

        return Handler
