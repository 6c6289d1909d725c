"""A learner tags cues in a simulated feed by clicking, submits, reopens it, and tries again."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from literacy_app.content.blocks.feed import FEED_TYPE
from literacy_app.ui.activities.feed_widget import FeedWidget
from literacy_app.ui.app import build_window
from tests.conftest import click, gui_args

FEED_STEP = "2"  # "Spot the cues": the feed block's own template (the one the Insert menu offers)


def starter_course(tmp_path: Path) -> Path:
    course = tmp_path / "course"
    (course / "starter").mkdir(parents=True)
    (course / "starter" / "lesson.md").write_text(
        "---\nid: starter\ntitle: Starter\nmodule: Tests\norder: 1\n---\n\n## Read\n\nHello.\n\n"
        f"## Spot the cues\n\n{FEED_TYPE.template.text}", encoding="utf-8")
    return course


def open_feed(qtbot, data_dir: Path, course: Path) -> tuple[object, FeedWidget]:
    window, _notice = build_window(gui_args(data_dir, "--lessons", str(course), "--profile", "Ana",
                                            "--lesson", "starter", "--step", FEED_STEP))
    qtbot.addWidget(window)
    window.show()
    feed = window.lesson_view.scroll.widget().findChild(FeedWidget)
    assert feed is not None
    return window, feed


def test_feed_looks_like_a_feed_with_named_check_boxes(qtbot, data_dir, tmp_path):
    _window, feed = open_feed(qtbot, data_dir, starter_course(tmp_path))
    hoodie, soup = feed.cards
    assert hoodie.details_label.text() == "@junoplays · 2h"
    assert "12K likes" in " ".join(label.text() for label in hoodie.findChildren(type(hoodie.details_label)))
    assert list(hoodie.boxes) == ["undisclosed-sponsorship", "affiliate-link", "engagement-bait", "urgency",
                                  "manufactured-intimacy"]
    assert hoodie.boxes["affiliate-link"].text() == "Affiliate link"
    assert hoodie.boxes["affiliate-link"].accessibleName() == "Affiliate link, in the post by Juno Park"
    assert soup.accessibleName() == "Post 2 of 2, by Sam Ortiz"
    assert not hoodie.result_label.isVisible()


def test_tag_submit_reopen_and_try_again(qtbot, data_dir, tmp_path):
    course = starter_course(tmp_path)
    window, feed = open_feed(qtbot, data_dir, course)
    hoodie, soup = feed.cards
    click(qtbot, hoodie.boxes["affiliate-link"])
    click(qtbot, hoodie.boxes["engagement-bait"])
    with qtbot.waitSignal(feed.feedSubmitted) as signal:
        click(qtbot, feed.submit_button)
    assert signal.args == ["spot-the-ad", 1]

    text = hoodie.result_label.text()
    assert "Found: Affiliate link" in text
    assert "Missed: Urgency" in text
    assert "Not in this post: Engagement bait" in text
    assert "Points: 0 of 2" in text
    assert "only 3 hours left" in text  # the explanation
    assert "Right: this post has no cues." in soup.result_label.text()
    assert feed.total_label.text() == (
        "You found 1 of 2 cues. Missed: 1. Wrongly tagged: 1. Score: 1 of 3 points.")
    assert not hoodie.boxes["urgency"].isEnabled()
    assert hoodie.boxes["urgency"].accessibleDescription() == "missed: this cue is in the post"
    assert not feed.submit_button.isEnabled()

    db = sqlite3.connect(data_dir / "literacy.sqlite3")
    assert db.execute("SELECT block_id, kind, score, max_score, finished_at IS NOT NULL FROM attempts").fetchall() \
        == [("spot-the-ad", "feed", 1.0, 3.0, 1)]
    stored = db.execute("SELECT question_id, response, score FROM answers ORDER BY id").fetchall()
    assert stored[0][0] == "post-hoodie" and '"tags": ["affiliate-link", "engagement-bait"]' in stored[0][1]
    assert stored[1] == ("post-soup", '{"tags": [], "found": [], "missed": [], "wrong": []}', 1.0)
    window.close()

    # reopened later: the last submission is shown again, locked, with its results
    window, feed = open_feed(qtbot, data_dir, course)
    hoodie, soup = feed.cards
    assert hoodie.boxes["affiliate-link"].isChecked() and hoodie.boxes["engagement-bait"].isChecked()
    assert not hoodie.boxes["urgency"].isChecked()
    assert "Missed: Urgency" in hoodie.result_label.text()
    assert feed.total_label.text().endswith("Score: 1 of 3 points.")
    assert feed.retry_button.isVisible()

    click(qtbot, feed.retry_button)
    assert not hoodie.boxes["affiliate-link"].isChecked()
    assert hoodie.boxes["affiliate-link"].isEnabled()
    assert not hoodie.result_label.isVisible()
    click(qtbot, hoodie.boxes["affiliate-link"])
    click(qtbot, hoodie.boxes["urgency"])
    click(qtbot, feed.submit_button)
    assert "Found: Affiliate link, Urgency" in hoodie.result_label.text()
    assert feed.total_label.text() == (
        "You found 2 of 2 cues. Missed: 0. Wrongly tagged: 0. Score: 3 of 3 points.")
    scores = db.execute("SELECT score FROM attempts ORDER BY id").fetchall()
    assert scores == [(1.0,), (3.0,)]


def test_a_hashtag_at_the_start_of_a_post_is_not_a_heading(qtbot, data_dir, tmp_path):
    course = tmp_path / "course"
    (course / "tags").mkdir(parents=True)
    (course / "tags" / "lesson.md").write_text(
        "---\nid: tags\ntitle: Tags\nmodule: T\norder: 1\n---\n\n## Feed\n\n::: feed f\n\n"
        "### Milo Tran @milofits {#p1}\nCues: disclosed-sponsorship\n#ad Day 40 of my plan\n> Labelled.\n:::\n",
        encoding="utf-8")
    window, _ = build_window(gui_args(data_dir, "--lessons", str(course), "--profile", "Ana", "--lesson", "tags"))
    qtbot.addWidget(window)
    feed = window.lesson_view.scroll.widget().findChild(FeedWidget)
    html = feed.cards[0].text_label.text()
    assert "<h1" not in html
    assert "#ad Day 40 of my plan" in html
