"""A small xAPI 1.0.3 client for a Learning Record Store, on the standard library's urllib."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urljoin, urlsplit

if TYPE_CHECKING:
    import urllib.request
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

    def get_statements(self, **params: Any) -> Iterator[dict[str, Any]]:
        """Every statement matching the query, following the `more` links page by page."""
        for page in self.statement_pages(**params):
            yield from page

    def statement_pages(self, since: str | None = None, limit: int | None = None,
                        agent: dict[str, Any] | None = None, activity: str | None = None,
                        **params: Any) -> Iterator[list[dict[str, Any]]]:
        """GET /statements page by page: `since` (stored after, ISO 8601), `limit` (per page), `agent` (an
        Agent object, sent as JSON), `activity` (an activity id), other xAPI filters as they are.

        Raises LrsError for a page that is not an xAPI statement result, and for a `more` link that leaves
        the LRS's own server: the password is never sent anywhere else."""
        query: dict[str, Any] = dict(params)
        if since is not None:
            query["since"] = since
        if limit is not None:
            query["limit"] = limit
        if agent is not None:
            query["agent"] = json.dumps(agent, separators=(",", ":"))
        if activity is not None:
            query["activity"] = activity
        url: str | None = self.endpoint + "statements" + (f"?{urlencode(query)}" if query else "")
        seen: set[str] = set()
        while url:
            seen.add(url)
            _, payload = self._request("GET", url)
            statements, more = _statement_page(payload, url)
            if statements:
                yield statements
            url = self._next_page(more, seen) if more and statements else None

    def _next_page(self, more: str, seen: set[str]) -> str:
        url = urljoin(self.endpoint, more)
        here, there = urlsplit(self.endpoint), urlsplit(url)
        if (there.scheme, there.netloc) != (here.scheme, here.netloc):
            raise LrsError(f"the LRS's link to the next page points to another server ({there.scheme}://"
                           f"{there.netloc}); it was not followed, so the password stays with {here.netloc}")
        if url in seen:
            raise LrsError("the LRS's link to the next page leads back to a page already read")
        return url

    def _request(self, method: str, url: str, body: bytes | None = None) -> tuple[int, bytes]:
        # loaded on the first request, not at start-up: most PCs never have an LRS configured
        import urllib.error
        import urllib.request

        headers = dict(self.headers)
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        opener = urllib.request.build_opener(_redirects_on_this_server())
        try:
            with opener.open(request, timeout=self.timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as exc:
            detail = _detail(exc)
            raise LrsError(f"the LRS answered {exc.code} {exc.reason}{': ' + detail if detail else ''}",
                           exc.code) from exc
        except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise LrsError(f"the LRS could not be reached ({reason})") from exc


def _redirects_on_this_server() -> urllib.request.HTTPRedirectHandler:
    """A redirect handler that follows redirects on the LRS's own server only: urllib would otherwise send
    the Authorization header (the password) to whatever server a redirect names."""
    import urllib.error
    import urllib.request

    class SameServer(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                             newurl: str) -> urllib.request.Request | None:
            here, there = urlsplit(req.full_url), urlsplit(urljoin(req.full_url, newurl))
            if (there.scheme, there.netloc) != (here.scheme, here.netloc):
                raise urllib.error.HTTPError(
                    req.full_url, code, f"redirected to another server ({there.scheme}://{there.netloc}), "
                    "not followed so that the password stays with the LRS", headers, fp)
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return SameServer()


def _statement_page(payload: bytes, url: str) -> tuple[list[dict[str, Any]], str]:
    """(statements, more) of one GET /statements answer; LrsError when it is not one."""
    try:
        page = json.loads(payload)
    except ValueError:
        start = payload[:60].decode("utf-8", "replace").strip()
        raise LrsError(f"the LRS answered {url} with a page that is not JSON (it starts with {start!r}); "
                       "check the LRS address") from None
    statements = page.get("statements") if isinstance(page, dict) else None
    more = page.get("more") if isinstance(page, dict) else None
    if not isinstance(statements, list) or not all(isinstance(s, dict) for s in statements) \
            or not isinstance(more, (str, type(None))):
        raise LrsError(f"the LRS answered {url} with JSON that is not an xAPI statement result; "
                       "check the LRS address")
    return statements, more or ""


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
