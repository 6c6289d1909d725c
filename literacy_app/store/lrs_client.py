"""A small xAPI 1.0.3 client for a Learning Record Store, on the standard library's urllib."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urljoin

if TYPE_CHECKING:
    from urllib.error import HTTPError

XAPI_VERSION_HEADER = "X-Experience-API-Version"
XAPI_VERSION = "1.0.3"


class LrsError(Exception):
    """The LRS could not take a request. `status` is the HTTP status, or None when it was not reached."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status

    @property
    def refuses_statements(self) -> bool:
        """The server looked at the statements and will never take them as they are."""
        return self.status in (400, 409, 413)


def normalise_endpoint(endpoint: str) -> str:
    """The LRS base ends with a slash, so that 'statements' is resolved below it."""
    endpoint = endpoint.strip()
    return endpoint if endpoint.endswith("/") else endpoint + "/"


class LrsClient:
    def __init__(self, endpoint: str, user: str, password: str, timeout: float = 30.0) -> None:
        self.endpoint = normalise_endpoint(endpoint)
        token = base64.b64encode(f"{user}:{password}".encode()).decode("ascii")
        self.headers = {"Authorization": f"Basic {token}", XAPI_VERSION_HEADER: XAPI_VERSION}
        self.timeout = timeout

    def post_statements(self, statements: list[dict[str, Any]]) -> list[str]:
        """POST a batch; returns the ids the LRS stored now (ids it already had are left out)."""
        body = json.dumps(statements, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        status, payload = self._request("POST", self.endpoint + "statements", body)
        if status == 204 or not payload:
            return []
        return list(json.loads(payload))

    def get_statements(self, **params: str | int) -> Iterator[dict[str, Any]]:
        """Every statement matching the query, following the `more` links page by page."""
        url: str | None = self.endpoint + "statements" + (f"?{urlencode(params)}" if params else "")
        while url:
            _, payload = self._request("GET", url)
            page = json.loads(payload)
            statements = page.get("statements", [])
            yield from statements
            more = page.get("more") or ""
            url = urljoin(self.endpoint, more) if more and statements else None

    def _request(self, method: str, url: str, body: bytes | None = None) -> tuple[int, bytes]:
        # loaded on the first request, not at start-up: most PCs never have an LRS configured
        import urllib.error
        import urllib.request

        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 (configured URL)
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            detail = _detail(exc)
            raise LrsError(f"the LRS answered {exc.code} {exc.reason}{': ' + detail if detail else ''}",
                           exc.code) from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise LrsError(f"the LRS could not be reached ({reason})") from exc


def _detail(exc: HTTPError) -> str:
    try:
        text = exc.read().decode("utf-8", "replace")
    except OSError:
        return ""
    try:
        detail = json.loads(text).get("detail", text)
    except (ValueError, AttributeError):
        detail = text
    return str(detail)[:300]
