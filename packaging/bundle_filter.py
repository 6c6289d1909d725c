"""Which Qt pieces the build keeps: only the modules, plugins and translations the app uses.

The app imports QtCore, QtGui and QtWidgets. Everything else Qt ships is left out, which keeps
the folder small and the start quick.
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

# plugin folder -> plugin names kept (file name without "lib"/"q" prefix and extension); other folders go
KEPT_PLUGINS = {
    "platforms": {"offscreen", "xcb", "windows", "cocoa", "minimal"},
    "imageformats": {"jpeg", "gif", "ico"},  # PNG is built into QtGui; JPEG and GIF are common in lessons
    "styles": {"windowsvista", "modernwindowsstyle", "macstyle"},  # native look on Windows and macOS
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
}

# Qt's own words (standard buttons, file dialogs) in each language the app has a catalogue for; no other
APP_CATALOGUES = Path(__file__).resolve().parent.parent / "literacy_app" / "translations"
KEPT_QT_TRANSLATIONS = {f"qtbase_{path.stem.removeprefix('literacy_')}.qm"
                        for path in APP_CATALOGUES.glob("literacy_*.qm")}

# Qt libraries only the dropped modules and plugins need (QtDBus stays: QtGui links it on Linux)
UNUSED_QT_LIBRARIES = (
    "Network", "Qml", "Quick", "Pdf", "OpenGL", "Svg", "VirtualKeyboard", "Wayland", "WlShell", "EglFs", "EglFS",
    "Designer", "Sql", "Test", "Xml", "Concurrent", "PrintSupport", "Multimedia", "Help", "UiTools",
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
