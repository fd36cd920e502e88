"""The deal screens' shape (issue 12): every module of ui/deals/ and of the print flow has a
docstring and stays under 600 lines, and none of them is in an import cycle — imports inside
functions and under TYPE_CHECKING included."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[3] / "src"
UI = SRC / "anjia_desk" / "ui"
OWN = [
    *sorted((UI / "deals").glob("*.py")),
    UI / "printing.py",
    UI / "print_job.py",
    UI / "print_preview.py",
    UI / "modal.py",
    UI / "seams.py",
    UI / "deal_dialogs.py",
    UI / "deal_window.py",
    UI / "pages" / "deals_page.py",
]


def _name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, known: set[str]) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                inner = f"{node.module}.{alias.name}"
                found.add(inner if inner in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found & known


def test_every_module_is_small_and_says_what_it_is_for() -> None:
    for path in OWN:
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 600, path
        assert ast.get_docstring(ast.parse(text)), path


def test_no_import_cycle_reaches_the_deal_screens_or_the_print_flow() -> None:
    modules = {_name(p): p for p in (SRC / "anjia_desk").rglob("*.py")}
    known = set(modules)
    graph = {name: _imports(path, known) - {name} for name, path in modules.items()}

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            here = todo.pop()
            for there in graph[here]:
                if there == goal:
                    return True
                if there not in seen:
                    seen.add(there)
                    todo.append(there)
        return False

    for path in OWN:
        name = _name(path)
        assert not reaches(name, name), name
