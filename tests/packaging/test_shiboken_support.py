"""packaging/shiboken_support.py: PySide6's signature support compiled ahead for the frozen build."""

from __future__ import annotations

import importlib.util
import marshal
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from tests.conftest import ROOT


def load_shiboken_support() -> ModuleType:
    """packaging/ is no package: load the module from its file."""
    spec = importlib.util.spec_from_file_location("shiboken_support", ROOT / "packaging" / "shiboken_support.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_embedded_module_is_compiled_for_this_python(tmp_path):
    support = load_shiboken_support()
    sources = support.embedded_sources(tmp_path / "sources")
    written = support.write_compiled_support(tmp_path / "files.dir")
    expected = {s.relative_to(tmp_path / "sources").with_suffix(".pyc").as_posix() for s in sources} - {
        "signature_bootstrap.pyc"}
    assert {w.relative_to(tmp_path / "files.dir").as_posix() for w in written} == expected
    assert "shibokensupport/signature/loader.pyc" in expected and len(expected) >= 10
    for compiled in written:
        data = compiled.read_bytes()
        assert data[:4] == importlib.util.MAGIC_NUMBER, compiled
        code = marshal.loads(data[16:])
        assert code.co_filename == compiled.relative_to(tmp_path / "files.dir").with_suffix(".py").as_posix()


def test_a_second_build_leaves_nothing_from_the_first(tmp_path):
    support = load_shiboken_support()
    target = tmp_path / "files.dir"
    (target / "shibokensupport" / "old_module.pyc").parent.mkdir(parents=True)
    (target / "shibokensupport" / "old_module.pyc").write_bytes(b"stale")
    support.write_compiled_support(target)
    assert not (target / "shibokensupport" / "old_module.pyc").exists()
    assert (target / "shibokensupport" / "signature" / "loader.pyc").is_file()


def test_shiboken_loads_the_compiled_support_from_files_dir(tmp_path):
    """A copy of shiboken6 with the compiled folder beside it: PySide6 imports, and its support modules are
    the .pyc files (the layout shiboken checks before its embedded copy), and a wrong call is explained with
    the supported signatures, which that package works out."""
    import shiboken6

    support = load_shiboken_support()
    packages = tmp_path / "site"
    copy = packages / "shiboken6"
    copy.mkdir(parents=True)
    for item in Path(shiboken6.__file__).parent.iterdir():
        if item.is_file():  # copies: shiboken resolves links before it looks beside its module
            shutil.copy2(item, copy / item.name)
    support.write_compiled_support(copy / "files.dir")
    probe = ("import sys; import PySide6.QtCore as core\n"
             "print(sys.modules['shiboken6'].__file__)\n"
             "print(sys.modules['shibokensupport.signature.loader'].__file__)\n"
             "try: core.QObject().setObjectName(5)\n"
             "except TypeError as error: print(str(error).splitlines()[-1].strip())")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(packages), *sys.path[1:]]), QT_QPA_PLATFORM="offscreen")
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert completed.returncode == 0, completed.stderr
    shiboken_file, loader_file, explained = completed.stdout.splitlines()
    assert Path(shiboken_file).parent == copy
    assert Path(loader_file) == copy / "files.dir" / "shibokensupport" / "signature" / "loader.pyc"
    assert explained == "PySide6.QtCore.QObject.setObjectName(name: str, /)"
