"""Ask a build's own ICU libraries what QtCore asks them: `python icu_probe.py QT_LIB_DIR` prints JSON.

Run in a fresh interpreter (not inside pytest, where PySide6 may already have loaded the full ICU under the same
soname): the libraries are opened by path, and their RUNPATH ($ORIGIN) finds the build's libicudata.
"""

from __future__ import annotations

import ctypes
import json
import sys
from pathlib import Path

Status = ctypes.POINTER(ctypes.c_int)


def utf16(text: str) -> tuple[ctypes.Array, int]:
    data = text.encode("utf-16-le")
    return ctypes.create_string_buffer(data, len(data) + 2), len(data) // 2


def main(lib_dir: Path) -> dict[str, object]:
    i18n_path = next(lib_dir.glob("libicui18n.so.*"))
    suffix = "_" + i18n_path.name.rsplit(".", 1)[1]  # ICU's C functions carry the major version: ucol_open_73
    i18n, common = ctypes.CDLL(str(i18n_path)), ctypes.CDLL(str(next(lib_dir.glob("libicuuc.so.*"))))

    def function(library: ctypes.CDLL, name: str, restype: object, *argtypes: object):  # noqa: ANN202
        found = getattr(library, name + suffix)
        found.restype, found.argtypes = restype, argtypes
        return found

    c_void, c_char, c_int = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int32
    ucol_open = function(i18n, "ucol_open", c_void, c_char, Status)
    ucol_strcoll = function(i18n, "ucol_strcoll", ctypes.c_int, c_void, c_char, c_int, c_char, c_int)
    ucal_open = function(i18n, "ucal_open", c_void, c_char, c_int, c_char, ctypes.c_int, Status)
    zone_name = function(i18n, "ucal_getTimeZoneDisplayName", c_int, c_void, ctypes.c_int, c_char, c_char, c_int,
                         Status)
    ucnv_open = function(common, "ucnv_open", c_void, c_char, Status)

    found: dict[str, object] = {}
    status = ctypes.c_int(0)
    for locale in ("en", "es", "fr"):
        status.value = 0
        collator = ucol_open(locale.encode(), ctypes.byref(status))
        (first, first_length), (second, second_length) = utf16("ñu"), utf16("nube")
        order = ucol_strcoll(collator, first, first_length, second, second_length) if status.value <= 0 else None
        found[f"ñu vs nube in {locale}"] = order  # -1 before, 1 after (Spanish: ñ is a letter after n)
        status.value = 0
        zone, zone_length = utf16("Europe/Madrid")
        calendar = ucal_open(zone, zone_length, locale.encode(), 0, ctypes.byref(status))
        name = ctypes.create_string_buffer(512)
        length = zone_name(calendar, 0, locale.encode(), name, 256, ctypes.byref(status))  # 0: standard time
        found[f"Europe/Madrid in {locale}"] = name.raw[:2 * length].decode("utf-16-le") if status.value <= 0 else None
    for encoding in ("windows-1252", "ISO-8859-15", "KOI8-R"):
        status.value = 0
        converter = ucnv_open(encoding.encode(), ctypes.byref(status))
        found[f"{encoding} opens"] = bool(converter) and status.value <= 0
    return found


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), ensure_ascii=False))
