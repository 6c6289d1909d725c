"""A real Ralph LRS for the integration tests: installed once per machine, one fresh server per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.integration.ralph_server import RalphServer, RalphUnavailable, ensure_ralph


@pytest.fixture(scope="session")
def ralph_python() -> Path:
    try:
        return ensure_ralph()
    except RalphUnavailable as exc:  # the only reason to skip: no way to install the real server
        pytest.skip(str(exc))


@pytest.fixture
def ralph(ralph_python: Path, tmp_path: Path):
    server = RalphServer(ralph_python, tmp_path / "ralph")
    server.start()
    yield server
    server.stop()
