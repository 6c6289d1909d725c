"""The Linux check before Qt starts: which system libraries Qt's xcb plugin needs, and what the app says
when one is missing. The libraries are "found" by a fake loader, so each case runs on any machine."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from literacy_app import platform_check
from literacy_app.platform_check import (
    EXIT_MISSING_LIBRARIES,
    XCB_LIBRARIES,
    check_before_qt,
    install_advice,
    uses_xcb,
)

ROOT = Path(__file__).resolve().parent.parent


def loader_without(*absent: str):
    tried: list[str] = []

    def load(name: str) -> bool:
        tried.append(name)
        return name not in absent

    load.tried = tried
    return load


@pytest.mark.parametrize(("environ", "platform", "expected"), [
    ({}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:nograb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_the_check_runs_only_where_qt_would_use_xcb(environ, platform, expected):
    assert uses_xcb(environ, platform, has_wayland=lambda: False) is expected


def test_a_wayland_session_needs_xcb_only_when_qt_has_no_wayland_plugin():
    session = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}
    assert uses_xcb(session, "linux", has_wayland=lambda: True) is False
    assert uses_xcb(session, "linux", has_wayland=lambda: False) is True  # the frozen build: X11 through XWayland


def test_missing_libraries_are_named_with_the_packages_that_bring_them(capsys):
    shown: list[str] = []
    load = loader_without("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    code = check_before_qt({"QT_QPA_PLATFORM": "xcb"}, load=load, show=lambda text, env: shown.append(text),
                           platform="linux")
    assert code == EXIT_MISSING_LIBRARIES == 3
    printed = capsys.readouterr().err
    assert shown == [printed]
    assert "libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-keysyms.so.1" in printed
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1\n" in printed
    assert "sudo dnf install xcb-util-cursor xcb-util-keysyms xcb-util-wm\n" in printed
    assert set(load.tried) == set(XCB_LIBRARIES)


def test_nothing_is_said_when_every_library_loads(capsys):
    shown: list[str] = []
    assert check_before_qt({}, load=loader_without(), show=lambda *a: shown.append(a), platform="linux") == 0
    assert shown == [] and capsys.readouterr().err == ""


def test_offscreen_and_other_systems_skip_the_libraries_entirely():
    load = loader_without("libxcb.so.1")
    assert check_before_qt({"QT_QPA_PLATFORM": "offscreen"}, load=load, platform="linux") == 0
    assert check_before_qt({}, load=load, platform="win32") == 0
    assert load.tried == []


def test_one_package_is_named_once_even_for_several_of_its_libraries():
    advice = install_advice(["libxcb-randr.so.0", "libxcb-shape.so.0", "libglib-2.0.so.0", "libgthread-2.0.so.0"])
    fedora_line = next(line for line in advice.splitlines() if "dnf install" in line)
    assert fedora_line.split("install ")[1].split() == ["glib2", "libxcb"]


@pytest.mark.skipif(os.name == "nt", reason="a shell script stands in for the dialog tool")
def test_the_advice_is_shown_in_a_desktop_dialog_where_a_tool_for_it_exists(tmp_path):
    record = tmp_path / "args.txt"
    zenity = tmp_path / "zenity"
    zenity.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{record}"\n', encoding="utf-8")
    zenity.chmod(0o755)
    platform_check.show_dialog("install libxcb-cursor0", {"DISPLAY": ":0", "PATH": str(tmp_path)})
    assert "--text=install libxcb-cursor0" in record.read_text(encoding="utf-8").splitlines()
    record.unlink()
    platform_check.show_dialog("no screen", {"PATH": str(tmp_path)})  # no display: printed only
    assert not record.exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb check is for Linux")
def test_literacy_app_exits_with_the_advice_before_loading_qt():
    code = ("import sys; from literacy_app import platform_check as p; "
            "p.load_library = lambda name: name != 'libxcb-cursor.so.0'; p.show_dialog = lambda *a: None; "
            "from literacy_app.cli import main; rc = main(sys.argv[1:]); "
            "print(sorted(m for m in sys.modules if m.startswith('PySide6'))); sys.exit(rc)")
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env["QT_QPA_PLATFORM"] = "xcb"
    for command in ([], ["selftest"]):
        result = subprocess.run([sys.executable, "-c", code, *command], capture_output=True, text=True,
                                env=env, cwd=ROOT, timeout=60)
        assert result.returncode == EXIT_MISSING_LIBRARIES, result.stderr
        assert result.stdout.strip() == "[]"
        assert "sudo apt-get install libxcb-cursor0\n" in result.stderr


def elf_needed(path: Path) -> list[str]:
    """DT_NEEDED entries of a 64-bit little-endian ELF file (what `readelf -d` lists as NEEDED)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, f"{path} is not a 64-bit little-endian ELF"
    section_offset, = struct.unpack_from("<Q", data, 0x28)
    entry_size, count = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, section_offset + i * entry_size) for i in range(count)]
    needed: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, *_ in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strings = sections[link][4]
        for position in range(offset, offset + size, 16):
            tag, value = struct.unpack_from("<qQ", data, position)
            if tag == 1:  # DT_NEEDED
                needed.append(data[strings + value:data.index(b"\0", strings + value)].decode())
    return needed


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's xcb plugin exists on Linux only")
def test_the_list_covers_every_system_library_the_installed_xcb_plugin_links():
    from importlib.util import find_spec

    qt = Path(find_spec("PySide6").submodule_search_locations[0]) / "Qt"
    needed: set[str] = set()
    for binary in (qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                   qt / "lib" / "libQt6Gui.so.6"):
        needed.update(elf_needed(binary))
    assert "libxcb-cursor.so.0" in needed  # the parser reads the real plugin
    everywhere = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libz.so.1"}
    from_system = {name for name in needed if not name.startswith(("libQt6", "libicu"))} - everywhere
    assert from_system <= set(XCB_LIBRARIES), sorted(from_system - set(XCB_LIBRARIES))


@pytest.mark.parametrize("guide", ["README.md", "docs/deployment.md"])
def test_the_guides_list_every_package_the_check_can_ask_for(guide):
    words = set((ROOT / guide).read_text(encoding="utf-8").replace("\\", " ").split())
    wanted = {package for pair in XCB_LIBRARIES.values() for package in pair}
    assert wanted <= words, sorted(wanted - words)
