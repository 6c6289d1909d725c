"""The feed block: made-up social posts; the learner tags the cues each post contains, all at once."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from literacy_app.content.blocks.feed_parse import parse_feed
from literacy_app.content.blocks.registry import BlockType, DemoLearner, ItemScore, Submission, Template, register
from literacy_app.content.model import Feed, Post

FEED = """\
::: feed spot-the-ad
<!-- A simulated social feed. The heading is the display name and @handle. 'Cues:' lists what the
     post really contains ('none' for a clean post); the learner tags the cues they see.
     An optional 'Image: images/picture.png' shows a picture from the lesson folder.
     The '>' paragraph explains the post after the learner submits. -->
cues: undisclosed-sponsorship, affiliate-link, engagement-bait, urgency, manufactured-intimacy

### Juno Park @junoplays {#post-hoodie}
Time: 2h
Likes: 12400
Comments: 310
Cues: affiliate-link, urgency
Only 3 hours left on my code JUNO20!!! Link in bio, don't miss it
> The code earns Juno money (affiliate link), and "only 3 hours left" pushes you to hurry (urgency).

### Sam Ortiz @samcooks {#post-soup}
Time: 5h
Likes: 880
Comments: 41
Cues: none
Tried my grandma's soup recipe tonight. Still not as good as hers.
> A plain post: no product, no pressure.
:::
"""


@dataclass(frozen=True)
class PostResult:
    """One post of a feed scored: the cues found, missed and wrongly tagged."""

    post_id: str
    found: list[str]
    missed: list[str]
    wrong: list[str]
    score: int
    max_score: int


def score_post(post: Post, tagged: list[str]) -> PostResult:
    actual = set(post.cues)
    given = set(tagged)
    found = sorted(actual & given)
    missed = sorted(actual - given)
    wrong = sorted(given - actual)
    if actual:
        score = max(0, len(found) - len(wrong))
    else:
        score = 0 if wrong else 1
    return PostResult(post.id, found, missed, wrong, score, max(len(actual), 1))


def score_feed(feed: Feed, tags: dict[str, list[str]]) -> list[PostResult]:
    return [score_post(post, tags.get(post.id, [])) for post in feed.posts]


def submit_feed(feed: Feed, tags: dict[str, list[str]]) -> Submission:
    """Every post scored; each post's tags are one stored answer; the results are shown back per post."""
    results = score_feed(feed, tags)
    items = [
        ItemScore(result.post_id, {"tags": sorted(tags.get(result.post_id, [])), "found": result.found,
                                   "missed": result.missed, "wrong": result.wrong},
                  result.score == result.max_score, result.score, result.max_score)
        for result in results
    ]
    extensions = {"cues-found": sum(len(r.found) for r in results),
                  "cues-missed": sum(len(r.missed) for r in results),
                  "wrong-tags": sum(len(r.wrong) for r in results)}
    return Submission(items, extensions, details=results)


def describe_tags(response: dict[str, Any]) -> str | None:
    if "tags" in response:
        return ", ".join(response["tags"]) or "(no cue tagged)"
    return None


def _demo(feed: Feed, learner: DemoLearner) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for post in feed.posts:
        chosen = [cue for cue in post.cues if learner.knows(post.id, 0.0)]
        others = [cue for cue in feed.cues if cue not in post.cues]
        if others and learner.chance(0.2):
            chosen.append(learner.pick(others))
        tags[post.id] = chosen
    return tags


FEED_TYPE = register(BlockType(
    name="feed",
    label="Feed",
    model=Feed,
    parse=parse_feed,
    template=Template("feed", "Feed", FEED),
    answers="whole",
    graded=True,
    model_classes=(Post,),
    ids=lambda feed: [(post.id, post.line, "post") for post in feed.posts],
    max_score=lambda feed: float(feed.max_score),
    score=submit_feed,
    items=lambda feed: [(post.id, f"Post by {post.author}: {post.text[:80]}") for post in feed.posts],
    describe=describe_tags,
    counts=lambda feed: {"feeds": 1, "posts": len(feed.posts)},
    images=lambda feed: [(post.image, post.line) for post in feed.posts if post.image],
    demo=_demo,
))
