"""The first Markdown render loads neither urllib.request nor SSL (pymdownx only wants two path helpers from it),
nor importlib.metadata (an extension added by name is imported by its module path, as Markdown would after
finding no entry point); the helpers pymdownx got still answer as the real ones, and a later import gets the real
module. In a fresh process: what a process has loaded cannot be unloaded."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

FIRST_RENDER = """
import json, sys
from literacy_app.content.render import render_markdown
html = render_markdown("See https://example.org, ~~old~~ and **this**.\\n\\n- a\\n- b\\n")
loaded = {name: name in sys.modules for name in ("urllib.request", "ssl", "http.client", "email.parser",
                                                 "importlib.metadata", "socket")}
import pymdownx.util as util
helpers = [util.pathname2url("/a b/c.png"), util.url2pathname("/a%20b/c.png")]
import urllib.request
real = [urllib.request.pathname2url("/a b/c.png"), urllib.request.url2pathname("/a%20b/c.png")]
print(json.dumps({"html": html, "loaded": loaded, "helpers": helpers, "real": real,
                  "opener": hasattr(urllib.request, "urlopen")}))
"""


def test_the_first_render_leaves_the_url_opener_ssl_and_package_metadata_unloaded():
    done = subprocess.run([sys.executable, "-c", FIRST_RENDER], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert not any(result["loaded"].values()), result["loaded"]
    assert '<a href="https://example.org" rel="noopener noreferrer">https://example.org</a>' in result["html"]
    assert "<del>old</del>" in result["html"] and "<li>b</li>" in result["html"]
    assert result["helpers"] == result["real"]  # the stand-in's helpers call the real ones
    assert result["opener"]  # a later import gets the real module, not the stand-in


def test_the_markdown_entry_point_scan_is_back_once_the_converter_is_built():
    import markdown.util

    from literacy_app.content import render

    before = markdown.util.get_installed_extensions
    with render._extensions_by_module_path():
        assert list(markdown.util.get_installed_extensions()) == []
    assert markdown.util.get_installed_extensions is before


WITH_A_THREAD = """
import json, sys, threading
waiting = threading.Event()
worker = threading.Thread(target=waiting.wait)  # e.g. LRS delivery: its own import must never see a stand-in
worker.start()
from literacy_app.content.render import render_markdown
render_markdown("See **this**.\\n\\n- a\\n")
real = sys.modules.get("urllib.request")
waiting.set()
worker.join()
print(json.dumps({"opener": hasattr(real, "urlopen")}))
"""


def test_with_another_thread_running_pymdownx_gets_the_real_module():
    done = subprocess.run([sys.executable, "-c", WITH_A_THREAD], capture_output=True, text=True, cwd=ROOT,
                          timeout=120, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"opener": True}
