"""Random input never makes the parser or the checker raise: every problem is reported, not thrown."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from literacy_app.content.render import render_markdown
from literacy_app.content.validate import check_lesson

EXAMPLES = int(os.environ.get("LITERACY_PROPERTY_EXAMPLES", "300"))
PIECES = [
    "---\n", "id: a\n", "title: T\n", "module: M\n", "order: 1\n", "order: x\n", "tags: [a, b]\n", "&a [1]\n",
    "*a\n", "## Step\n", "### Q {#q1}\n", "### Q\n", "{#", "::: quiz q\n", "::: scenario s\n", "::: feed f\n",
    "::: reflection r\n", "::: teacher\n", ":::\n", "::: \n", "- [x] yes\n", "- [ ] no\n", "- [go](#q1)\n",
    "- [go](#nowhere) +1\n", "> feedback\n", "Hint: h\n", "Points: 2\n", "Points: -x\n", "Ending: e\n", "Score: 3\n",
    "Image: ../x.png\n", "![i](../../etc/passwd)\n", "<script>x</script>\n", "```\n", "\t", "\r\n", "\ufeff",
    "\x00", "[", "]", "(", ")", "*", "_", "`", "<", ">", "&", "#", "\n",
]


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=12)), max_size=60),
       st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "utf-16"]))
def test_check_lesson_never_raises_on_random_input(pieces: list[str], encoding: str) -> None:
    text = "".join(pieces)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "lesson.md"
        path.write_bytes(text.encode(encoding, errors="replace"))
        lesson = check_lesson(path)
    for problem in lesson.problems:
        assert problem.line >= 1 and problem.col >= 1 and problem.message
    if not lesson.errors:
        for step in lesson.steps:
            for item in step.items:
                if hasattr(item, "markdown"):
                    render_markdown(item.markdown)
