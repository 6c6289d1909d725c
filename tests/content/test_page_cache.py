"""Rendered prose pages kept between runs: the same page as rendering afresh, renewed whenever any input
of the rendering changes, and never trusted when damaged or written by another version."""

from __future__ import annotations

import json
import os
from pathlib import Path

from literacy_app.content import page_cache
from literacy_app.content.page_cache import CACHE_NAME, PageCache
from literacy_app.content.render import render_markdown, render_page

TEXT = "A **parasocial** bond runs one way.\n\n- one\n- two"


def _fresh(text: str = TEXT, title: str = "", font_pt: float = 12.0, theme: str = "light") -> str:
    return render_page(render_markdown(text), title=title, font_pt=font_pt, theme=theme)


def test_a_page_from_the_cache_equals_a_fresh_render(tmp_path: Path):
    first = PageCache(tmp_path)
    assert first.page(TEXT, "Intro", 14.0, "dark") == _fresh(TEXT, "Intro", 14.0, "dark")
    assert first.hits == 0
    first.save()
    again = PageCache(tmp_path)
    assert again.page(TEXT, "Intro", 14.0, "dark") == _fresh(TEXT, "Intro", 14.0, "dark")
    assert again.hits == 1


def test_any_change_to_text_title_size_or_theme_renders_again(tmp_path: Path):
    first = PageCache(tmp_path)
    first.page(TEXT, "Intro", 12.0, "light")
    first.save()
    again = PageCache(tmp_path)
    assert again.page(TEXT + "!", "Intro", 12.0, "light") == _fresh(TEXT + "!", "Intro", 12.0, "light")
    assert again.page(TEXT, "Other", 12.0, "light") == _fresh(TEXT, "Other", 12.0, "light")
    assert again.page(TEXT, "Intro", 13.0, "light") == _fresh(TEXT, "Intro", 13.0, "light")
    assert again.page(TEXT, "Intro", 12.0, "high-contrast") == _fresh(TEXT, "Intro", 12.0, "high-contrast")
    assert again.hits == 0


def test_only_the_pages_shown_in_a_run_are_written_back(tmp_path: Path):
    first = PageCache(tmp_path)
    first.page("old page")
    first.save()
    second = PageCache(tmp_path)
    second.page("new page")
    second.save()
    pages = json.loads((tmp_path / CACHE_NAME).read_text(encoding="utf-8"))["pages"]
    assert list(pages.values()) == [_fresh("new page")]


def test_only_the_pages_at_the_last_text_size_and_theme_are_kept_and_at_most_max_pages(tmp_path: Path):
    cache = PageCache(tmp_path)
    for font_pt in (12.0, 16.0, 13.0):  # a learner trying text sizes
        cache.page(TEXT, "Intro", font_pt, "light")
        cache.page("Second page", "Intro", font_pt, "light")
    cache.page(TEXT, "Intro", 13.0, "light")  # shown again: the newest
    cache.save()
    pages = json.loads((tmp_path / CACHE_NAME).read_text(encoding="utf-8"))["pages"]
    assert [json.loads(key) for key in pages] == [["Second page", "Intro", 13.0, "light"],
                                                  [TEXT, "Intro", 13.0, "light"]]
    again = PageCache(tmp_path)
    assert again.page(TEXT, "Intro", 13.0, "light") == _fresh(TEXT, "Intro", 13.0, "light") and again.hits == 1

    many = PageCache(tmp_path / "many")
    for number in range(page_cache.MAX_PAGES + 25):
        many.page(f"Page {number}")
    many.save()
    kept = list(json.loads((tmp_path / "many" / CACHE_NAME).read_text(encoding="utf-8"))["pages"])
    assert len(kept) == page_cache.MAX_PAGES and json.loads(kept[0])[0] == "Page 25"  # the oldest went first


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path):
    (tmp_path / CACHE_NAME).write_text("{not json", encoding="utf-8")
    cache = PageCache(tmp_path)
    assert cache.page(TEXT) == _fresh()
    cache.save()
    assert PageCache(tmp_path).page(TEXT) == _fresh()


def test_pages_from_another_version_or_template_are_not_used(tmp_path: Path, monkeypatch):
    first = PageCache(tmp_path)
    first.page(TEXT)
    first.save()
    data = json.loads((tmp_path / CACHE_NAME).read_text(encoding="utf-8"))
    key = next(iter(data["pages"]))
    data["pages"][key] = "<p>planted by an older version</p>"
    (tmp_path / CACHE_NAME).write_text(json.dumps(data), encoding="utf-8")
    assert PageCache(tmp_path).page(TEXT) == "<p>planted by an older version</p>"  # same renderer: trusted

    monkeypatch.setattr(page_cache, "__version__", "0.0.0-other")
    other = PageCache(tmp_path)
    assert other.page(TEXT) == _fresh()
    assert other.hits == 0


def test_an_unwritable_folder_costs_speed_not_pages(tmp_path: Path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    cache = PageCache(blocker)
    assert cache.page(TEXT) == _fresh()
    cache.save()
    assert not list(tmp_path.glob("*.tmp"))


def test_without_a_folder_pages_are_rendered_and_nothing_is_written(tmp_path: Path):
    cache = PageCache(None)
    assert cache.page(TEXT, "T") == _fresh(TEXT, "T")
    cache.save()
    assert list(tmp_path.iterdir()) == []


def test_a_change_to_the_renderer_makes_old_pages_stale(monkeypatch):
    """The identity covers the renderer's own source, not only the app version and template."""
    full = page_cache._renderer_identity()
    monkeypatch.setattr(page_cache, "RENDERER_SOURCES", ("render.py",))
    assert page_cache._renderer_identity() != full


# -- how a step opens: what a returning learner's first frame shows without reading the lesson's body ----------
def _lesson_file(tmp_path: Path, text: str = "---\nid: a\n---\n\n## Step\n\nText.\n") -> Path:
    path = tmp_path / "lesson.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_kept_opening_is_read_back_while_the_lesson_file_is_unchanged(tmp_path: Path):
    lesson = _lesson_file(tmp_path)
    first = PageCache(tmp_path)
    opening = ("Who knows whom", [(True, "Some text."), (False, "A note for the teacher.")])
    first.keep_opening(lesson, 2, opening)
    assert first.opening(lesson, 2) is None  # what an earlier run kept, not this one
    first.save()
    again = PageCache(tmp_path)
    assert again.opening(lesson, 2) == opening
    assert again.opening(lesson, 1) is None  # another step
    assert again.opening(tmp_path / "other.md", 2) is None


def test_an_opening_is_stale_once_the_lesson_file_changes(tmp_path: Path):
    lesson = _lesson_file(tmp_path)
    first = PageCache(tmp_path)
    first.keep_opening(lesson, 0, ("Step", [(True, "Text.")]))
    first.save()
    stat = lesson.stat()
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("Text.", "Txt!."), encoding="utf-8")
    os.utime(lesson, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))  # same size, a later time
    assert PageCache(tmp_path).opening(lesson, 0) is None
    lesson.unlink()
    assert PageCache(tmp_path).opening(lesson, 0) is None


def test_only_the_openings_shown_in_a_run_are_written_back(tmp_path: Path):
    lesson = _lesson_file(tmp_path)
    first = PageCache(tmp_path)
    first.keep_opening(lesson, 0, ("One", []))
    first.keep_opening(lesson, 1, ("Two", [(True, "Text.")]))
    first.save()
    second = PageCache(tmp_path)
    second.keep_opening(lesson, 1, ("Two", [(True, "Text.")]))  # shown again in the next run
    second.save()
    third = PageCache(tmp_path)
    assert third.opening(lesson, 0) is None and third.opening(lesson, 1) == ("Two", [(True, "Text.")])


def test_a_damaged_opening_is_not_used(tmp_path: Path):
    lesson = _lesson_file(tmp_path)
    first = PageCache(tmp_path)
    first.keep_opening(lesson, 0, ("Step", [(True, "Text.")]))
    first.save()
    data = json.loads((tmp_path / CACHE_NAME).read_text(encoding="utf-8"))
    [key] = data["openings"]
    for damaged in ([data["openings"][key][0], "Step", [["yes", "Text."]]], [data["openings"][key][0], 3, []],
                    [data["openings"][key][0], "Step", "Text."]):
        data["openings"][key] = damaged
        (tmp_path / CACHE_NAME).write_text(json.dumps(data), encoding="utf-8")
        assert PageCache(tmp_path).opening(lesson, 0) is None
