"""The application icon: every committed size is what its name says, the .ico and .icns hold real PNG
pictures, and the window, the .desktop file and the build all name the same icon."""

from __future__ import annotations

import configparser
import struct

import pytest

from literacy_app import resources
from tests.conftest import ROOT

ASSETS = ROOT / "assets"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG picture"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_png_has_the_size_in_its_name_and_is_not_blank(size):
    data = (ASSETS / f"literacy-app-{size}.png").read_bytes()
    assert png_size(data) == (size, size)
    assert len(data) > 200  # an empty transparent square compresses to far less


def test_the_windows_icon_holds_every_size_up_to_256():
    data = (ASSETS / "literacy-app.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        side = width or 256
        assert png_size(data[offset:offset + length]) == (side, height or 256)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_the_macos_icon_holds_retina_sizes():
    data = (ASSETS / "literacy-app.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    entries, position = {}, 8
    while position < len(data):
        kind, length = data[position:position + 4].decode(), struct.unpack_from(">I", data, position + 4)[0]
        entries[kind] = png_size(data[position + 8:position + length])[0]
        position += length
    assert entries["ic10"] == 1024 and entries["ic09"] == 512 and entries["ic07"] == 128 and entries["icp4"] == 16


def test_the_source_checkout_finds_its_assets():
    assert resources.asset_path("literacy-app-48.png") == ASSETS / "literacy-app-48.png"
    assert resources.bundled_lessons() == ROOT / "lessons"


def test_an_installed_package_prefers_its_bundled_copy(tmp_path, monkeypatch):
    package = tmp_path / "site-packages" / "literacy_app"
    (package / "bundled" / "lessons").mkdir(parents=True)
    (package / "bundled" / "assets").mkdir()
    monkeypatch.setattr(resources, "PACKAGE_DIR", package)
    assert resources.bundled_lessons() == package / "bundled" / "lessons"
    assert resources.asset_path("literacy-app-16.png") == package / "bundled" / "assets" / "literacy-app-16.png"


def test_the_frozen_build_looks_in_its_own_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(resources.sys, "frozen", True, raising=False)
    monkeypatch.setattr(resources.sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources.bundled_lessons() == tmp_path / "_internal" / "lessons"
    assert resources.asset_path("literacy-app-16.png") == tmp_path / "_internal" / "assets" / "literacy-app-16.png"


def test_the_desktop_entry_names_the_icon_and_the_window_class():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(ROOT / "packaging" / "literacy-app.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Icon"] == "literacy-app" == desktop["StartupWMClass"]
    assert desktop["Exec"].split()[0] == "literacy-app"


def test_the_app_window_carries_the_icon_in_every_size(qapp, tmp_path):
    from literacy_app.cli import main

    assert main(["--data-dir", str(tmp_path / "data"), "--screenshot", str(tmp_path / "shot.png")]) == 0
    sizes = sorted(size.width() for size in qapp.windowIcon().availableSizes())
    assert sizes == list(PNG_SIZES)
    assert qapp.desktopFileName() == "literacy-app"
