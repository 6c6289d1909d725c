"""The teacher's LRS tab: counts, the last error, saving a connection and sending, against a real Ralph."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from literacy_app.config import resolve_settings
from literacy_app.content.library import load_library
from literacy_app.services.class_simulation import simulate_class
from literacy_app.services.teacher import TeacherService
from literacy_app.store.db import open_database
from literacy_app.store.lrs_sender import LrsDelivery
from literacy_app.store.outbox import Outbox
from literacy_app.ui.teacher.lrs_status import LrsStatusWidget
from tests.conftest import click
from tests.integration.ralph_server import free_port

# generous: the first test on a fresh machine also installs Ralph into its own virtual environment
pytestmark = [pytest.mark.integration, pytest.mark.timeout(1200)]


@pytest.fixture
def class_db(data_dir):
    db, _ = open_database(data_dir)
    simulate_class(db, load_library(resolve_settings(str(data_dir)).lesson_dirs), 2, seed=11, attempts=1,
                   end=datetime(2026, 3, 20, tzinfo=timezone.utc))
    yield db
    db.close()


def test_teacher_connects_and_sees_everything_delivered(qtbot, class_db, ralph):
    total = Outbox(class_db).status().pending
    delivery = LrsDelivery(class_db, poll_interval=0.05)
    library = load_library(resolve_settings().lesson_dirs[:1])
    widget = LrsStatusWidget(TeacherService(class_db, library, delivery=delivery))
    qtbot.addWidget(widget)
    with qtbot.waitExposed(widget):
        widget.show()
    assert widget.pending_label.text() == f"Waiting: {total}"
    assert "No Learning Record Store is set" in widget.summary.text()

    # a wrong address first: the error is shown and nothing is lost
    qtbot.keyClicks(widget.endpoint_edit, f"http://127.0.0.1:{free_port()}/xAPI/")
    qtbot.keyClicks(widget.user_edit, ralph.user)
    qtbot.keyClicks(widget.password_edit, ralph.password)
    click(qtbot, widget.save_button)
    qtbot.waitUntil(lambda: (widget.refresh() or "could not be reached" in widget.error_label.text()), timeout=20000)
    assert widget.pending_label.text() == f"Waiting: {total}"

    widget.endpoint_edit.clear()
    qtbot.keyClicks(widget.endpoint_edit, ralph.endpoint)
    with qtbot.waitSignal(widget.connectionSaved) as saved:
        click(qtbot, widget.save_button)
    assert saved.args == [ralph.endpoint]
    assert Outbox(class_db).saved_connection() == {"endpoint": ralph.endpoint, "user": ralph.user,
                                                   "password": ralph.password}
    qtbot.waitUntil(lambda: (widget.refresh() or widget.sent_label.text() == f"Delivered: {total}"), timeout=60000)
    assert widget.pending_label.text() == "Waiting: 0"
    assert widget.error_label.isHidden()
    assert ralph.endpoint in widget.summary.text() and "teacher settings" in widget.summary.text()
    assert len(ralph.stored_lines()) == total
    delivery.stop()
