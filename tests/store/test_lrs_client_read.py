"""Reading statements over real HTTP on 127.0.0.1: paging, and every kind of bad answer refused whole."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pytest

from literacy_app.services.lrs_class import LrsClassCancelled, LrsClassError, open_class_from_lrs, read_statements
from literacy_app.store.lrs_client import LrsClient, LrsError
from tests.store.lrs_stand_in import StandInLrs
from tests.store.test_lrs_reader import _simulated, course, dump, read


@pytest.fixture
def lrs() -> Iterator[StandInLrs]:
    server = StandInLrs()
    yield server
    server.close()


@pytest.fixture
def elsewhere() -> Iterator[StandInLrs]:
    server = StandInLrs()
    yield server
    server.close()


def _paged(lrs: StandInLrs, statements: list[dict], size: int) -> None:
    """Serve statements in pages of `size`, linked by relative `more` links as Ralph writes them."""
    chunks = [statements[i:i + size] for i in range(0, len(statements), size)]
    for number, chunk in enumerate(chunks):
        path = "/xAPI/statements?limit=50" if number == 0 else f"/xAPI/statements?limit=50&page={number}"
        more = f"/xAPI/statements?limit=50&page={number + 1}" if number + 1 < len(chunks) else ""
        lrs.page(path, chunk, more)


def test_every_page_is_read_and_the_class_is_the_one_the_statements_make(lrs):
    _, statements = _simulated()
    _paged(lrs, statements, 50)
    seen: list[int] = []
    db = open_class_from_lrs(lrs.endpoint, "school-17", "secret", course(), progress=seen.append, page_size=50)
    pages = -(-len(statements) // 50)
    assert len(lrs.requests) == pages and seen == [min(n * 50, len(statements)) for n in range(1, pages + 1)]
    assert all(auth.startswith("Basic ") for _, auth in lrs.requests)
    assert dump(db) == dump(read(statements))


def test_filters_are_sent_as_xapi_asks():
    server = StandInLrs()
    try:
        server.page("*", [])
        client = LrsClient(server.endpoint, "u", "p")
        agent = {"objectType": "Agent", "account": {"homePage": "https://school.invalid/", "name": "acc-1"}}
        list(client.get_statements(since="2026-03-01T00:00:00+00:00", limit=7, agent=agent,
                                   activity="https://medialiteracylab.invalid/xapi/lessons/x"))
        query = parse_qs(urlsplit(server.requests[0][0]).query)
        assert query["since"] == ["2026-03-01T00:00:00+00:00"] and query["limit"] == ["7"]
        assert json.loads(query["agent"][0]) == agent
        assert query["activity"] == ["https://medialiteracylab.invalid/xapi/lessons/x"]
    finally:
        server.close()


def test_a_refused_password_is_said_plainly(lrs):
    lrs.page("/xAPI/statements?limit=500", status=401, body=b'{"detail": "Invalid authentication credentials"}')
    with pytest.raises(LrsClassError) as caught:
        open_class_from_lrs(lrs.endpoint, "school-17", "wrong", course())
    message = str(caught.value)
    assert "refused the user name or password (HTTP 401)" in message and "No class was opened" in message


def test_a_page_that_is_not_json_stops_the_reading(lrs):
    lrs.page("/xAPI/statements?limit=500", body=b"<html><body>Please log in to the school Wi-Fi</body></html>",
             headers={"Content-Type": "text/html"})
    with pytest.raises(LrsClassError, match="not JSON.*<html><body>Please log in"):
        open_class_from_lrs(lrs.endpoint, "u", "p", course())


def test_json_that_is_not_a_statement_result_stops_the_reading(lrs):
    lrs.page("/xAPI/statements?limit=500", body=b'{"version": "1.0.3"}')
    with pytest.raises(LrsClassError, match="not an xAPI statement result"):
        open_class_from_lrs(lrs.endpoint, "u", "p", course())


def test_a_more_link_to_another_server_is_not_followed(lrs, elsewhere):
    _, statements = _simulated()
    lrs.page("/xAPI/statements?limit=500", statements[:10], more=elsewhere.endpoint + "statements?page=2")
    elsewhere.page("/xAPI/statements?page=2", statements[10:20])
    with pytest.raises(LrsClassError, match=r"points to another server \(http://127\.0\.0\.1:\d+\)"):
        open_class_from_lrs(lrs.endpoint, "u", "secret", course())
    assert elsewhere.requests == []  # the password never went there


def test_a_redirect_to_another_server_is_not_followed(lrs, elsewhere):
    lrs.page("/xAPI/statements?limit=500", status=302, body=b"",
             headers={"Location": elsewhere.endpoint + "statements"})
    elsewhere.page("/xAPI/statements", [])
    with pytest.raises(LrsClassError, match="redirected to another server"):
        open_class_from_lrs(lrs.endpoint, "u", "secret", course())
    assert elsewhere.requests == []


def test_a_more_link_that_loops_stops_the_reading(lrs):
    _, statements = _simulated()
    lrs.page("/xAPI/statements?limit=500", statements[:5], more="/xAPI/statements?page=2")
    lrs.page("/xAPI/statements?page=2", statements[5:10], more="/xAPI/statements?limit=500")
    with pytest.raises(LrsClassError, match="leads back to a page already read"):
        open_class_from_lrs(lrs.endpoint, "u", "p", course())


def test_a_failure_on_a_later_page_gives_no_class(lrs):
    _, statements = _simulated()
    lrs.page("/xAPI/statements?limit=500", statements[:500], more="/xAPI/statements?page=2")
    lrs.page("/xAPI/statements?page=2", status=500, body=b'{"detail": "xAPI statements query failed"}')
    seen: list[int] = []
    with pytest.raises(LrsClassError, match="500 Internal Server Error: xAPI statements query failed"):
        open_class_from_lrs(lrs.endpoint, "u", "p", course(), progress=seen.append)
    assert seen == [len(statements[:500])]  # the first page was read, and still no class came out


def test_reading_can_be_stopped(lrs):
    _, statements = _simulated()
    _paged(lrs, statements, 50)
    seen: list[int] = []
    with pytest.raises(LrsClassCancelled):
        read_statements(lrs.endpoint, "u", "p", page_size=50, progress=seen.append, should_stop=lambda: len(seen) == 2)
    assert len(lrs.requests) == 2


def test_a_server_that_is_not_there():
    gone = StandInLrs()
    endpoint = gone.endpoint
    gone.close()
    with pytest.raises(LrsClassError, match="could not be reached.*Check the address"):
        open_class_from_lrs(endpoint, "u", "p", course())
    with pytest.raises(LrsError):
        list(LrsClient(endpoint, "u", "p").get_statements())


def test_a_bad_since_or_roster_fails_before_any_request(lrs, tmp_path):
    with pytest.raises(LrsClassError, match="not a date and time"):
        open_class_from_lrs(lrs.endpoint, "u", "p", course(), since="last tuesday")
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,Student ID\nAna,S1\n", encoding="utf-8")
    with pytest.raises(LrsClassError, match="no 'account' column"):
        open_class_from_lrs(lrs.endpoint, "u", "p", course(), roster=roster)
    with pytest.raises(LrsClassError, match="could not be read"):
        open_class_from_lrs(lrs.endpoint, "u", "p", course(), roster=tmp_path / "missing.csv")
    assert lrs.requests == []
