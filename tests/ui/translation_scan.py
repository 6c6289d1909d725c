"""Find user-visible strings in literacy_app/ui/ that are not marked for translation.

A string is user-visible when it reaches a widget: passed to a method such as setText, setToolTip or
addAction, to a widget or action constructor (QLabel, QPushButton, QAction ...), or to a message box or
file dialog. It is marked when it goes through self.tr(...) or QCoreApplication.translate(...), whose
text must be a plain literal (lupdate cannot read an f-string or a variable). The scanner follows the
expression a widget receives through concatenation, %, .format(), .join(), f-strings and `a if c else b`;
the result of any other call (a helper, str(), a number) is not a literal and is not reported.

Text without a letter (symbols, numbers, "{0}%", "→") needs no translation. EXCEPTIONS lists the few
literal words that stay as they are, each with its reason.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

# methods whose string arguments a person reads (on widgets, actions, dialogs, the status bar)
TEXT_METHODS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setAccessibleName",
    "setAccessibleDescription", "setPlaceholderText", "setTitle", "setLabelText", "setInformativeText",
    "setDetailedText", "showMessage", "setIconText", "setSuffix", "setPrefix", "setSpecialValueText",
    "setTabText", "setTabToolTip", "setItemText", "addTab", "insertTab", "addItem", "addItems", "insertItem",
    "addMenu", "addAction", "addRow", "insertRow", "setHeaderLabels", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "addButton", "setButtonText", "setHtml", "setMarkdown", "setPlainText",
    "setCancelButtonText", "setOkButtonText", "setNameFilter", "setNameFilters", "setHeaderData",
    "information", "warning", "critical", "question", "about", "getSaveFileName", "getOpenFileName",
    "getOpenFileNames", "getExistingDirectory", "getText", "getInt", "getDouble", "getItem", "setFormat",
    "setToolTipText", "setLabel", "setWindowIconText", "setEmptyText",
}
MESSAGE_BOX_CALLS = {"information", "warning", "critical", "question", "about"}  # only as QMessageBox.NAME(...)
# methods whose later arguments are data, not text: only the text argument is read
TEXT_ARGUMENT = {"addItem": 0, "insertItem": 1, "setItemText": 1, "setTabText": 1, "addTab": 1, "insertTab": 2}
# calls that build something a person reads: Qt's widgets, actions and items, and the app's own widgets
CONSTRUCTOR = re.compile(r"^Q\w*(Label|Button|Box|Action|Menu|Item|Bar|Widget|Dialog|Edit)$"
                         r"|^(WrappingButton|LinkButton|Heading|Caption|Hint|Notice)\w*$")
# lower-case method calls whose receiver a person reads (the arguments are values, not text)
PASS_THROUGH = {"format", "join", "strip", "rstrip", "lstrip", "upper", "lower", "capitalize", "title", "replace"}
TRANSLATE_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3"}

# literal words that are not translated, with the reason
EXCEPTIONS = {
    "A-": "the 'smaller text' button's face, as in every app; its tooltip and accessible name are translated",
    "A+": "the 'bigger text' button's face; its tooltip and accessible name are translated",
    "xAPI": "a standard's name",
    "LRS": "a standard's abbreviation (Learning Record Store), used as is in every language",
    "PIN": "used as is in Spanish and French",
    "Ctrl+": "a key name, shown by Qt in every language",
    "Moodle": "a product's name",
    "GIFT": "a file format's name",
    "CSV": "a file format's name",
    "JSON": "a file format's name",
    "PDF": "a file format's name",
    "Markdown": "a file format's name",
}
TAG = re.compile(r"<[^>]*>|&\w+;|&#\d+;|\{[^{}]*\}|%[\dn]|%[sdf]|\b[a-z]+://\S+")


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def needs_translation(text: str) -> bool:
    """Whether a literal piece of text holds words (markup, placeholders and links taken out)."""
    words = TAG.sub(" ", text)
    for exception in sorted(EXCEPTIONS, key=len, reverse=True):
        words = words.replace(exception, " ")
    return re.search(r"[^\W\d_]", words) is not None


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


class Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, declares: bool = False) -> None:
        self.path = path
        self.findings: list[Finding] = []
        # the module marks texts with QT_TRANSLATE_NOOP (or imports such texts): tr(NAME) may look them up
        self.declares = declares

    def report(self, node: ast.AST, text: str, why: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), text, why))

    # -- what a widget receives ---------------------------------------------------------------
    def shown(self, node: ast.expr | None) -> None:
        """NODE is text a person reads: report every literal word in it that is not marked."""
        if node is None:
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if needs_translation(node.value):
                self.report(node, node.value, "not marked for translation")
        elif isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            if needs_translation(literal):
                self.report(node, literal, "f-string shown as is")
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    self.shown(value.value)
        elif isinstance(node, ast.BinOp):
            self.shown(node.left)
            self.shown(node.right)
        elif isinstance(node, ast.IfExp):
            self.shown(node.body)
            self.shown(node.orelse)
        elif isinstance(node, ast.BoolOp):
            for value in node.values:
                self.shown(value)
        elif isinstance(node, (ast.List, ast.Tuple)):
            for element in node.elts:
                self.shown(element)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in PASS_THROUGH:
                self.shown(node.func.value)
                if node.func.attr == "join" and node.args:
                    self.shown(node.args[0])
            elif node.func.attr not in TRANSLATE_CALLS:
                return
        elif isinstance(node, (ast.GeneratorExp, ast.ListComp)):
            self.shown(node.elt)

    # -- where text is shown ------------------------------------------------------------------
    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 (ast's name)
        name = _name(node.func)
        receiver = _name(node.func.value) if isinstance(node.func, ast.Attribute) else ""
        if name in MESSAGE_BOX_CALLS and receiver != "QMessageBox":
            name = ""  # log.warning(...), a QMessageBox's question about nothing shown
        if name == "translate" and receiver not in ("", "QCoreApplication", "QApplication", "QGuiApplication"):
            name = ""  # QPainter.translate(x, y)
        if name in TRANSLATE_CALLS:
            self.check_marked(node, name)
        elif name in TEXT_METHODS or CONSTRUCTOR.match(name):
            arguments = node.args
            if name in TEXT_ARGUMENT and isinstance(node.func, ast.Attribute):
                first = TEXT_ARGUMENT[name]
                if len(arguments) > first + 1 and _is_icon(arguments[first]):
                    first += 1  # addItem(icon, text, data)
                arguments = arguments[first:first + 1]
            for argument in arguments:
                self.shown(argument)
            for keyword in node.keywords:
                if keyword.arg in {"text", "title", "toolTip", "statusTip", "placeholderText", "windowTitle",
                                   "caption", "filter", "label", "informativeText"}:
                    self.shown(keyword.value)
        self.generic_visit(node)

    def check_marked(self, node: ast.Call, name: str) -> None:
        """A marked text must be a literal lupdate can read, in a context the running app looks up."""
        if any(keyword.arg is not None for keyword in node.keywords):
            # lupdate skips a call with keyword arguments, and reads a plural only from (text, "", n)
            self.report(node, ast.unparse(node), f"{name}() with keyword arguments (lupdate skips it)")
        if name == "tr":
            if isinstance(node.func, ast.Attribute):
                receiver = node.func.value
                # lupdate files `other.tr("text")` under the context "other"; Qt looks it up under other's class
                # (other.tr(NAME) only looks up a text marked elsewhere, under other's class)
                if node.args and _is_literal(node.args[0]) and not (
                        isinstance(receiver, ast.Name) and (receiver.id == "self" or receiver.id[:1].isupper())):
                    self.report(node, ast.unparse(node.func), "tr() on another object (use self.tr or Class.tr)")
            else:  # lupdate files a bare tr() (`tr = self.tr` first) under no context at all
                self.report(node, "tr", "tr() alone (write self.tr or SomeClass.tr)")
            text = node.args[0] if node.args else None
        elif name == "translate":
            if node.args and not (isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                self.report(node, ast.unparse(node.args[0]), "translate() needs a literal context")
            if len(node.args) > 3:  # lupdate does not see translate()'s plural: the catalogue would lack its forms
                self.report(node, ast.unparse(node), "a plural through translate() (use self.tr(text, '', n))")
            text = node.args[1] if len(node.args) > 1 else None
        else:
            text = node.args[-1] if node.args else None
        if text is not None and not _is_literal(text) and not (self.declares and name in ("tr", "translate")):
            self.report(node, ast.unparse(text), f"{name}() of something lupdate cannot read")


def _is_icon(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and _name(node.func) in {"icon", "QIcon", "fromTheme", "standardIcon"}


def _is_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return True
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and _is_literal(node.left) \
        and _is_literal(node.right)


def _marks_texts(tree: ast.AST) -> bool:
    return any(isinstance(node, ast.Call) and _name(node.func) in {"QT_TR_NOOP", "QT_TRANSLATE_NOOP"}
               for node in ast.walk(tree))


def scan_file(path: Path, marking_modules: set[str] = frozenset()) -> list[Finding]:
    """The findings of one file; MARKING_MODULES: dotted names of the modules that mark texts with a _NOOP."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    imports = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    scanner = Scanner(path, declares=_marks_texts(tree) or bool(imports & marking_modules))
    scanner.visit(tree)
    return scanner.findings


def scan(folder: Path) -> list[Finding]:
    paths = sorted(folder.rglob("*.py"))
    package = folder.parent
    marking = {".".join(path.relative_to(package.parent).with_suffix("").parts) for path in paths
               if _marks_texts(ast.parse(path.read_text(encoding="utf-8")))}
    findings: list[Finding] = []
    for path in paths:
        findings += scan_file(path, marking)
    return findings


if __name__ == "__main__":  # python tests/ui/translation_scan.py: list what is left
    import sys

    root = Path(__file__).resolve().parents[2] / "literacy_app" / "ui"
    found = scan(root)
    print("\n".join(str(f.path.relative_to(root.parent.parent)) + str(f)[len(str(f.path)):] for f in found))
    sys.exit(1 if found else 0)
