"""Parse a `::: feed` block: simulated social posts, each with the cues it really contains."""

from __future__ import annotations

import re

from literacy_app.content.model import KNOWN_CUES, Feed, Post
from literacy_app.content.syntax import (
    FEEDBACK_RE,
    KEY_LINE_RE,
    Line,
    Reporter,
    collect_text,
    near_key,
    parse_heading,
    parse_number,
    parse_settings,
    split_sections,
)

FEED_SETTINGS = ("cues",)
POST_KEYS = ("time", "likes", "comments", "image", "cues")
HANDLE_RE = re.compile(r"^(?P<author>.*?)\s*(?P<handle>@[\w.]+)?$")


def split_cues(value: str) -> list[str]:
    return [c.strip().lower() for c in value.split(",") if c.strip()]


def parse_feed(block_id: str, opening: Line, lines: list[Line], reporter: Reporter) -> Feed:
    feed = Feed(id=block_id, line=opening.number)
    settings, used = parse_settings(lines, FEED_SETTINGS, reporter)
    declared = bool(settings.get("cues"))
    if declared:
        feed.cues = split_cues(settings["cues"][0])
    _, sections = split_sections(lines[used:])
    for section in sections:
        feed.posts.append(_parse_post(section, feed, declared, reporter))
    if not feed.posts:
        reporter.error(opening.number, 1, f"feed '{block_id}' has no posts",
                       "add posts: '### Author Name @handle {#post-id}'")
    return feed


def _parse_post(section: list[Line], feed: Feed, declared: bool, reporter: Reporter) -> Post:
    heading = section[0]
    title, post_id = parse_heading(heading, reporter, "post")
    names = HANDLE_RE.match(title)
    assert names is not None  # the pattern matches any title
    post = Post(id=post_id, author=names.group("author") or title, handle=names.group("handle") or "",
                line=heading.number)
    text: list[str] = []
    explanation: list[str] = []
    cues_seen = False
    for line in section[1:]:
        raw = line.text
        stripped = raw.strip()
        quote = FEEDBACK_RE.match(raw)
        if quote and stripped.startswith(">"):
            explanation.append(quote.group("text").strip())
            continue
        key_line = KEY_LINE_RE.match(stripped)
        if key_line and not text:
            key = key_line.group("key").strip().lower()
            value = key_line.group("value").strip()
            if key in POST_KEYS:
                if key in ("likes", "comments"):
                    number = parse_number(value.replace(",", ""), line, reporter, key)
                    setattr(post, key, int(number or 0))
                elif key == "cues":
                    cues_seen = True
                    post.cues = [] if value.lower() == "none" else split_cues(value)
                    for cue in post.cues:
                        if cue not in feed.cues:
                            _unknown_cue(cue, feed, declared, line, reporter)
                else:
                    setattr(post, key, value)
                continue
            guess = near_key(key, POST_KEYS)
            if guess:
                reporter.warning(line.number, raw.index(key_line.group("key")) + 1,
                                 f"unknown key '{key_line.group('key')}'",
                                 f"did you mean '{guess.capitalize()}:'?")
                continue
        text.append(raw)
    post.text = collect_text(text)
    post.explanation = " ".join(explanation).strip()
    if not cues_seen:
        reporter.warning(heading.number, 1, f"post '{post_id}' does not say which cues it contains",
                         "add 'Cues: none' or e.g. 'Cues: affiliate-link, urgency'")
    if not post.explanation:
        reporter.warning(heading.number, 1, f"post '{post_id}' has no explanation",
                         "add a '> ' line explaining the post's cues")
    return post


def _unknown_cue(cue: str, feed: Feed, declared: bool, line: Line, reporter: Reporter) -> None:
    """An error: learners tag only the feed's cues, so a cue outside them could never be found."""
    col = line.text.lower().find(cue) + 1
    guess = near_key(cue, feed.cues)
    maybe = f"did you mean '{guess}'? " if guess else ""
    if declared:
        reporter.error(line.number, col, f"cue '{cue}' is not in this feed's 'cues:' line",
                       f"{maybe}learners can tag only the cues listed there: add it to 'cues:', or fix the spelling")
    else:
        reporter.error(line.number, col, f"unknown cue '{cue}'",
                       f"{maybe}known cues: {', '.join(KNOWN_CUES)}; "
                       "a cue of your own must be listed in a 'cues:' line on the feed")
