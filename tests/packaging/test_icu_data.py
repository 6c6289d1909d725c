"""packaging/icu_data.py: Qt's ICU data package read, cut down to the app's languages and written back."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("nm"),
                                reason="PySide6 bundles ICU on Linux; reading it needs binutils' nm")


def load_icu_data() -> ModuleType:
    """packaging/ is no package: load the module from its file."""
    spec = importlib.util.spec_from_file_location("icu_data", ROOT / "packaging" / "icu_data.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def qt_icu_package() -> tuple[ModuleType, bytes]:
    import PySide6

    icu_data = load_icu_data()
    library = next((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    _, offset, size = icu_data.data_symbol(library)
    with library.open("rb") as file:
        file.seek(offset)
        return icu_data, file.read(size)


def test_the_package_is_written_back_byte_for_byte(qt_icu_package):
    icu_data, blob = qt_icu_package
    header, items = icu_data.read_package(blob)
    assert len(items) > 1000
    assert icu_data.write_package(header, items) == blob


def test_the_app_languages_keep_collation_zone_names_and_single_byte_encodings_and_nothing_else(qt_icu_package):
    icu_data, blob = qt_icu_package
    trimmed = icu_data.trim_package(blob, lambda name, data: icu_data.item_kept(name, data, {"en", "es", "fr"}))
    names = {name.split("/", 1)[1] for name, _ in icu_data.read_package(trimmed)[1]}
    for kept in ("coll/root.res", "coll/ucadata.icu", "coll/es.res", "coll/fr_CA.res", "zone/fr.res", "es_MX.res",
                 "root.res", "res_index.res", "zoneinfo64.res", "metaZones.res", "cnvalias.icu",
                 "ibm-5348_P100-1997.cnv"):  # windows-1252
        assert kept in names, kept
    for dropped in ("coll/de.res", "zone/ja.res", "de.res", "brkitr/cjdict.dict", "translit/root.res",
                    "curr/en.res", "gb18030.cnv", "ibm-943_P15A-2003.cnv"):  # Shift_JIS
        assert dropped not in names, dropped
    assert len(trimmed) < len(blob) / 6
