"""GUI tests start and end with the app in English, its plural forms loaded ("1 attempt", "2 attempts"),
as the app itself does at start; a test that switches to Spanish or French leaves no trace."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _english_ui(qapp):
    from literacy_app.ui.shell import language

    def reset() -> None:
        language.STATE.chosen = language.STATE.configured = ""
        language.install(language.SOURCE_LANGUAGE)

    reset()
    yield
    reset()
