"""The shape of the code (issue 12): modules of a readable size, no import cycles (imports inside
functions included), absolute imports only, one error red, and no left-over re-export shims.

Everything is read from the AST of `src/anjia_desk`, so a test fails with the module and line to
look at. Imports under `if TYPE_CHECKING:` are not imports at run time and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "anjia_desk"
MAX_LINES = 600


def _modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the app."""
    out: dict[str, Path] = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> list[ast.Import | ast.ImportFrom]:
    """Every import statement that runs, at module level or inside a function or class."""
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def _targets(node: ast.Import | ast.ImportFrom) -> set[str]:
    """The app's modules an import statement loads (a `from package import module` loads both)."""
    names: set[str] = set()
    if isinstance(node, ast.Import):
        candidates = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        candidates = [base] + [f"{base}.{alias.name}" for alias in node.names]
    for name in candidates:
        if name in MODULES:
            names.add(name)
    return names


def _graph() -> dict[str, dict[str, int]]:
    """module → {imported module: line}."""
    graph: dict[str, dict[str, int]] = {}
    for name, path in MODULES.items():
        edges: dict[str, int] = {}
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            for target in _targets(node):
                if target != name and not name.startswith(target + "."):
                    # A package's own modules importing the package's __init__ is no cycle of
                    # jobs; a package importing its modules is how a package exports them.
                    edges.setdefault(target, node.lineno)
        graph[name] = edges
    return graph


def _cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    counter = 0

    def connect(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, {}):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return components


def test_no_module_over_600_lines_except_migrations():
    too_long = {
        name: n
        for name, path in MODULES.items()
        if ".migrations." not in name
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not too_long, f"split these by responsibility (lines): {too_long}"


def test_no_import_cycles_inside_functions_included():
    graph = _graph()
    described = [
        " → ".join(
            f"{a} (line {graph[a][b]})"
            for a, b in zip(c, c[1:] + c[:1], strict=True)
            if b in graph[a]
        )
        or " ↔ ".join(c)
        for c in _cycles(graph)
    ]
    assert not described, "import cycles:\n" + "\n".join(described)


def test_the_cycle_finder_finds_a_cycle():
    graph = {"a": {"b": 1}, "b": {"c": 2}, "c": {"a": 3}, "d": {"a": 4}}
    assert _cycles(graph) == [["a", "b", "c"]]
    assert _cycles({"a": {"b": 1}, "b": {}}) == []


def test_absolute_imports_only():
    relative = [
        f"{name}:{node.lineno}"
        for name, path in MODULES.items()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and node.level
    ]
    assert not relative, relative


def _palette() -> dict[str, str]:
    tree = ast.parse((SRC / "ui" / "palette.py").read_text(encoding="utf-8"))
    return {
        node.value.value.lower(): node.targets[0].id
        for node in tree.body
        if isinstance(node, ast.Assign)
        and isinstance(node.targets[0], ast.Name)
        and isinstance(node.value, ast.Constant)
        and isinstance(node.value.value, str)
    }


def test_a_palette_colour_is_named_not_repeated():
    colours = _palette()
    repeated = [
        f"{name}: {hex_} (palette.{colours[hex_]})"
        for name, path in MODULES.items()
        if name != "anjia_desk.ui.palette"
        for hex_ in colours
        if hex_ in path.read_text(encoding="utf-8").lower()
    ]
    assert not repeated, repeated


def test_one_error_red_in_the_palette():
    reds = ("#b42318", "#c0392b")
    elsewhere = [
        name
        for name, path in MODULES.items()
        if name != "anjia_desk.ui.palette"
        and any(red in path.read_text(encoding="utf-8").lower() for red in reds)
    ]
    assert not elsewhere, f"use ui.palette.ERROR in: {elsewhere}"


def test_no_reexport_shims_left():
    shims = [
        name for name, path in MODULES.items() if "# shim:" in path.read_text(encoding="utf-8")
    ]
    assert not shims, shims


def test_every_module_says_what_it_is_for():
    silent = [
        name
        for name, path in MODULES.items()
        if ".migrations." not in name
        and path.stat().st_size
        and ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None
    ]
    assert not silent, f"add a module docstring to: {silent}"


def test_no_sqlite_only_sql_outside_db() -> None:
    """GLOB and the unary `+column` are SQLite's: outside `db/` queries use db.portable, so the
    same services run on PostgreSQL (issue 15)."""
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("anjia_desk.db"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and text.strip().upper() == "GLOB":
                offenders.append(f"{name}:{node.lineno} GLOB")
            if isinstance(node, ast.Call):
                called = node.func
                label = getattr(called, "attr", getattr(called, "id", ""))
                if label in ("custom_op", "UnaryExpression"):
                    offenders.append(f"{name}:{node.lineno} {label}")
    assert offenders == []
