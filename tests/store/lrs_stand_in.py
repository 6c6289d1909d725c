"""A stand-in LRS on 127.0.0.1 (http.server) that answers each GET from a table: for the cases a real LRS
never produces on purpose (a captive portal's HTML page, a `more` link or a redirect to another server, a
link that loops) and for GUI tests that need an LRS without installing one."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class StandInLrs:
    """Answers GET requests from `pages`: path with query (or '*') -> (status, headers, body)."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests: list[tuple[str, str]] = []  # (path with query, Authorization header)
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server name)
                owner.requests.append((self.path, self.headers.get("Authorization", "")))
                status, headers, body = owner.pages.get(self.path, owner.pages.get(
                    "*", (404, {}, b'{"detail": "no such page"}')))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def endpoint(self) -> str:
        return self.origin + "/xAPI/"

    def page(self, path: str, statements: list[dict] | None = None, more: str = "", status: int = 200,
             body: bytes | None = None, headers: dict[str, str] | None = None) -> None:
        if body is None:
            body = json.dumps({"statements": statements or [], **({"more": more} if more else {})}).encode()
        self.pages[path] = (status, {"Content-Type": "application/json", **(headers or {})}, body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
