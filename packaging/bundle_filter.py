"""Which Qt pieces the build keeps: only the modules, plugins, translations and ICU data the app uses.

The app imports QtCore, QtGui and QtWidgets. Everything else Qt ships is left out, which keeps
the folder small and the start quick. What is kept was measured: the libraries and plugins mapped
(/proc/PID/maps) after the GUI tests had been through every room, and those the frozen build loads
(LD_DEBUG=libs, QT_DEBUG_PLUGINS=1) on X11 in each theme and language, with pictures in every format,
printing and certificates. That is the platform plugin, the image plugins for lesson pictures and the
style sheet's SVG check marks and arrows, the input method plugins; the accessibility bridge (AT-SPI)
is part of QtGui and talks over QtDBus.
"""

from __future__ import annotations

from pathlib import Path, PurePath

UNUSED_QT_MODULES = [
    f"PySide6.{name}"
    for name in (
        "QtNetwork", "QtQml", "QtQuick", "QtQuickWidgets", "QtQuickControls2", "QtPdf", "QtPdfWidgets", "QtDBus",
        "QtOpenGL", "QtOpenGLWidgets", "QtSql", "QtTest", "QtXml", "QtConcurrent", "QtDesigner", "QtUiTools",
        "QtHelp", "QtPrintSupport", "QtSvg", "QtSvgWidgets", "QtMultimedia", "QtMultimediaWidgets",
        "QtNetworkAuth", "QtStateMachine", "QtCharts", "QtDataVisualization", "QtWebChannel", "QtWebSockets",
        "QtHttpServer", "QtSerialPort", "QtBluetooth", "QtPositioning", "QtLocation", "QtSensors",
        "QtTextToSpeech", "QtSpatialAudio", "QtRemoteObjects", "QtScxml", "QtAxContainer", "QtGraphs",
        "Qt3DCore", "Qt3DRender", "Qt3DInput", "Qt3DLogic", "Qt3DAnimation", "Qt3DExtras",
    )
]

# Standard library modules that other modules name but that no code path of the app reaches (found with
# PyInstaller's xref report): asyncio only for Jinja2's async templates; multiprocessing only for
# concurrent.futures' process pool, and leaving it out also drops PyInstaller's multiprocessing runtime hook,
# which imported it at every start; the pure-Python decimal fallback (the C _decimal is there); smtplib and
# ftplib only for logging's mail handler and ftp:// URLs; tracemalloc only when tracing; tarfile only for
# shutil's tar archives (lesson packs are zip files).
UNUSED_STDLIB = ["asyncio", "multiprocessing", "concurrent.futures.process", "_pydecimal", "smtplib", "ftplib",
                 "tracemalloc", "tarfile"]

# plugin folder -> plugin names kept (file name without "lib"/"q" prefix and extension); other folders go
KEPT_PLUGINS = {
    "platforms": {"offscreen", "xcb", "windows", "cocoa"},  # offscreen: printing and --screenshot without a screen
    # lesson pictures may be PNG (built into QtGui), JPEG, GIF, WebP or SVG (content/packs.py); the style sheet's
    # check marks and drop-down arrows are SVG files (ui/look/style.py), which Qt draws through the SVG icon
    # engine, sharp at every text size. No style plugin: the app always uses Fusion, built into QtWidgets.
    "imageformats": {"jpeg", "gif", "webp", "svg"},
    "iconengines": {"svgicon"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
}

# Qt's own words (standard buttons, file dialogs) in each language the app has a catalogue for; no other
APP_CATALOGUES = Path(__file__).resolve().parent.parent / "literacy_app" / "translations"
APP_LANGUAGES = sorted(path.stem.removeprefix("literacy_") for path in APP_CATALOGUES.glob("literacy_*.qm"))
KEPT_QT_TRANSLATIONS = {f"qtbase_{code}.qm" for code in APP_LANGUAGES}

# Qt libraries only the dropped modules and plugins need (QtDBus stays: QtGui links it on Linux, and the
# accessibility bridge uses it; QtSvg stays for the SVG image plugin, without its Python module)
UNUSED_QT_LIBRARIES = (
    "Network", "Qml", "Quick", "Pdf", "OpenGL", "SvgWidgets", "VirtualKeyboard", "Wayland", "WlShell", "EglFs",
    "EglFS", "Designer", "Sql", "Test", "Xml", "Concurrent", "PrintSupport", "Multimedia", "Help", "UiTools",
)


def _plugin_name(file_name: str) -> str:
    stem = file_name.split(".")[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return stem[1:] if stem.startswith("q") else stem


def keep_plugin(plugin_type: str, file_name: str) -> bool:
    return _plugin_name(file_name) in KEPT_PLUGINS.get(plugin_type, set())


def restrict_qt_plugins() -> None:
    """Make PyInstaller's Qt hooks collect only the kept plugins.

    Filtering afterwards is not enough: by then the dropped plugins' own dependencies (GTK, Wayland,
    Kerberos...) have been collected too.
    """
    from PyInstaller.utils.hooks import qt

    collect = qt.QtLibraryInfo.collect_plugins
    if getattr(collect, "restricted", False):
        return

    def collect_kept_plugins(self, plugin_type):
        return [(src, dst) for src, dst in collect(self, plugin_type) if keep_plugin(plugin_type, PurePath(src).name)]

    collect_kept_plugins.restricted = True
    qt.QtLibraryInfo.collect_plugins = collect_kept_plugins


def keep_entry(destination: str) -> bool:
    """Whether a file PyInstaller collected (given by its path inside the bundle) belongs in the build."""
    parts = PurePath(destination.replace("\\", "/")).parts
    if "__pycache__" in parts:  # stale bytecode beside the data folders copied whole (templates, migrations)
        return False
    if any(f"Qt6{lib}" in parts[-1] or f"Qt{lib}." in parts[-1] for lib in UNUSED_QT_LIBRARIES):
        return False
    if "PySide6" not in parts:
        return True
    inside = parts[parts.index("PySide6") + 1:]
    if inside[:2] == ("Qt", "translations") or inside[:1] == ("translations",):
        return parts[-1] in KEPT_QT_TRANSLATIONS
    if "plugins" in inside:
        rest = inside[inside.index("plugins") + 1:]
        return len(rest) < 2 or keep_plugin(rest[0], rest[-1])
    return True


def with_trimmed_icu_data(binaries: list, folder: Path) -> list:
    """The binaries with Qt's libicudata (Linux) swapped for one holding only the data the app can use
    (packaging/icu_data.py): 32 MB -> 4 MB. Unchanged where no C compiler is found."""
    from icu_data import trimmed_icu_data

    result = []
    for destination, source, kind in binaries:
        if kind == "BINARY" and PurePath(destination).name.startswith("libicudata.so"):
            trimmed = trimmed_icu_data(Path(source), APP_LANGUAGES, folder)
            if trimmed is None:
                print("WARNING: no C compiler (cc): Qt's ICU data is bundled whole (32 MB)")
            else:
                source = str(trimmed)
        result.append((destination, source, kind))
    return result
