"""Front matter reads the same with libyaml's fast loader as with PyYAML's pure-Python fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from literacy_app.content import parse
from literacy_app.content.library import lesson_files
from literacy_app.content.validate import check_lesson
from tests.conftest import FIXTURE_COURSE, ROOT
from tests.hostile.corpus import CASES, build

FRONT_MATTER_CASES = [name for name, _expectation, _builder in CASES
                      if name.startswith(("billion-laughs", "nested-yaml", "front-matter", "many-front-matter",
                                          "duplicate-front-matter"))]
LESSONS = lesson_files([ROOT / "lessons", FIXTURE_COURSE])


def _check_with(loader: type, path: Path, monkeypatch: pytest.MonkeyPatch):
    with monkeypatch.context() as patch:
        patch.setattr(parse, "YAML_LOADER", loader)
        return check_lesson(path)


def test_libyaml_loader_is_used_where_pyyaml_has_it():
    expected = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
    assert parse.YAML_LOADER is expected


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.parent.name)
def test_real_lessons_are_identical_with_either_loader(path: Path, monkeypatch: pytest.MonkeyPatch):
    fast = check_lesson(path)
    fallback = _check_with(yaml.SafeLoader, path, monkeypatch)
    assert fast.errors == []
    assert (fast.id, fast.title, fast.module, fast.order, fast.objectives, fast.tags) == (
        fallback.id, fallback.title, fallback.module, fallback.order, fallback.objectives, fallback.tags)
    assert fast == fallback


@pytest.mark.parametrize("case", FRONT_MATTER_CASES)
def test_hostile_front_matter_gets_the_same_verdict_from_either_loader(case: str, tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch):
    path, _outside = build(case, tmp_path)
    fast = check_lesson(path)
    fallback = _check_with(yaml.SafeLoader, path, monkeypatch)
    assert bool(fast.errors) == bool(fallback.errors), [p.format() for p in fast.problems + fallback.problems]
    assert (fast.id, fast.title, fast.order, fast.tags) == (fallback.id, fallback.title, fallback.order, fallback.tags)
    for problem in fast.errors:
        assert problem.line >= 1 and problem.col >= 1
