"""The layers of DESIGN.md: nothing below ui/ imports Qt; core/ imports nothing of the project."""

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "anjia_desk"
QT_FREE = ("core", "db", "services", "excel", "pdf")


def test_no_qt_below_the_ui():
    code = (
        "import importlib, pkgutil, sys\n"
        "import anjia_desk, anjia_desk.cli\n"
        f"for layer in {QT_FREE!r}:\n"
        "    try:\n"
        "        pkg = importlib.import_module('anjia_desk.' + layer)\n"
        "    except ModuleNotFoundError:\n"
        "        continue\n"
        "    for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if '.migrations' not in info.name:\n"
        "            importlib.import_module(info.name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_imports_nothing_of_the_project_and_no_io_frameworks():
    for path in (SRC / "core").rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith("anjia_desk.") or name.startswith("anjia_desk.core"), (
                path,
                name,
            )
            assert not name.startswith(("sqlalchemy", "PySide6", "reportlab")), (path, name)


def test_lower_layers_never_import_upper_ones():
    upper = {
        "db": ("anjia_desk.services", "anjia_desk.ui", "anjia_desk.cli"),
        "services": ("anjia_desk.ui", "anjia_desk.cli"),
        "pdf": ("anjia_desk.services", "anjia_desk.db", "anjia_desk.ui"),
        "excel": ("anjia_desk.services", "anjia_desk.db", "anjia_desk.ui", "sqlalchemy"),
    }
    for layer, forbidden in upper.items():
        for path in (SRC / layer).rglob("*.py"):
            for name in _imports(path):
                assert not name.startswith(forbidden), (path, name)


def test_the_app_needs_no_development_packages():
    """Tests run with the dev extras installed; the app is installed without them."""
    dev_only = (
        "fontTools",
        "pytest",
        "pytestqt",
        "hypothesis",
        "pypdf",
        "PyInstaller",
        "mypy",
        "xlwt",
    )
    for path in SRC.rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith(dev_only), (path, name)


def test_the_window_starts_without_the_heavy_libraries():
    """The login dialog shows before SQLAlchemy (~0.4 s), reportlab and Alembic are imported:
    the database opens on the worker thread while the person types (PITFALLS.md)."""
    code = (
        "import sys\n"
        "import anjia_desk.__main__, anjia_desk.cli, anjia_desk.ui.app\n"
        "heavy = ('sqlalchemy', 'reportlab', 'alembic', 'openpyxl', 'cryptography', 'pypinyin')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith(heavy)}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


#: Start-up and login open sessions before anyone is logged in; everything else in ui/ goes
#: through the operation layer (DESIGN.md, STYLE.md §3–5).
SESSION_CODE = {"ui/ops.py", "ui/login.py", "ui/app.py"}
SESSION_CALLS = {"session", "sessions", "session_scope", "unit_of_work", "Session"}


def _called_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _ui_files() -> list[tuple[str, ast.AST]]:
    return [
        (path.relative_to(SRC).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted((SRC / "ui").rglob("*.py"))
    ]


def test_only_the_operation_layer_opens_sessions_in_the_ui():
    offenders = []
    for rel, tree in _ui_files():
        if rel in SESSION_CODE:
            continue
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and _called_name(node) in SESSION_CALLS:
                offenders.append(f"{rel}:{node.lineno}")
    assert offenders == []


def test_what_changed_is_computed_never_typed_in_the_ui():
    """Only ui/ops.py builds or emits a broadcast; nothing types a list of tables or topics."""
    offenders = []
    for rel, tree in _ui_files():
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module == "anjia_desk.services.changes":
                offenders.append(f"{rel}:{node.lineno} imports services.changes")
            if rel == "ui/ops.py" or not isinstance(node, ast.Call):
                continue
            name = _called_name(node)
            func = node.func
            emits = (
                name == "emit"
                and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Attribute)
                and func.value.attr == "changed"
            )
            if name in {"Changed", "notify"} or emits:
                offenders.append(f"{rel}:{node.lineno} {name}")
    assert offenders == []
