"""The paper protocol: every paper goes through the one render/build, a layout decides how it goes
onto paper, and the papers' modules stay small and free of import cycles (over the AST, imports
inside functions included)."""

from __future__ import annotations

import ast
from datetime import datetime
from pathlib import Path

import pytest
from reportlab.platypus import Flowable

from anjia_desk.pdf.document import Document, LetterheadA4, Sheet, build, render
from anjia_desk.pdf.page import Letterhead, make_styles
from anjia_desk.pdf.visitor_form import VisitorForm
from tests.pdf import test_choice as choice_case
from tests.pdf import test_customer_record as record_case
from tests.pdf import test_receipt as receipt_case
from tests.pdf import test_subscription as subscription_case
from tests.pdf.pdfcheck import read_pdf

SRC = Path(__file__).resolve().parents[2] / "src"
PRINTED = datetime(2026, 3, 5, 9, 5)
OFFICE = Letterhead("安家置业（杭州）有限公司", "安家·云栖府", "", "0571-8888 6666")


def papers() -> list[Document]:
    return [
        receipt_case.paper(),
        subscription_case.paper(),
        choice_case.paper(),
        record_case.record(2),
        VisitorForm(),
    ]


class Recorder:
    """A layout that only notes what it was given (as an overlay layout would be handed it)."""

    def __init__(self) -> None:
        self.seen: list[tuple[Document, Letterhead, datetime]] = []

    def render(self, doc: Document, *, letterhead: Letterhead, printed_at: datetime) -> bytes:
        self.seen.append((doc, letterhead, printed_at))
        return b"%PDF-overlay"


@pytest.mark.parametrize("doc", papers(), ids=lambda d: type(d).__name__)
def test_every_paper_is_a_document_with_a_story(doc: Document) -> None:
    sheet = Sheet(styles=make_styles(), letterhead=OFFICE, title=doc.title, subtitle=doc.subtitle)
    story = doc.story(sheet)
    assert doc.title and story and all(isinstance(f, Flowable) for f in story)


@pytest.mark.parametrize("doc", papers(), ids=lambda d: type(d).__name__)
def test_the_layout_decides_how_a_paper_goes_onto_paper(doc: Document, tmp_path: Path) -> None:
    layout = Recorder()
    assert render(doc, letterhead=OFFICE, printed_at=PRINTED, layout=layout) == b"%PDF-overlay"
    out = build(tmp_path / "x.pdf", doc, letterhead=OFFICE, printed_at=PRINTED, layout=layout)
    assert out.read_bytes() == b"%PDF-overlay"
    assert layout.seen == [(doc, OFFICE, PRINTED)] * 2


def test_the_default_layout_is_the_letterhead_page() -> None:
    doc = receipt_case.paper()
    default = render(doc, letterhead=OFFICE, printed_at=PRINTED)
    facts = read_pdf(default)
    assert facts.metadata["/Title"] == doc.title and "No. SJ-000123" in facts.text
    explicit = read_pdf(LetterheadA4().render(doc, letterhead=OFFICE, printed_at=PRINTED))
    assert explicit.text == facts.text


def test_no_paper_has_its_own_render_or_build() -> None:
    own = []
    for path in sorted((SRC / "anjia_desk" / "pdf").glob("*.py")):
        if path.name in {"page.py", "document.py"}:
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and node.name.startswith(("render", "build")):
                own.append(f"{path.name}:{node.name}")
    assert own == []


# --------------------------------------------------------------------------- imports and sizes

#: The modules this seam owns: papers, their services, the command line and the window's start.
OWNED = (
    "anjia_desk.pdf",
    "anjia_desk.services.papers",
    "anjia_desk.services.printing",
    "anjia_desk.services.customer_profile",
    "anjia_desk.services.customer_detail",
    "anjia_desk.services.customer_merge",
    "anjia_desk.cli",
    "anjia_desk.ui.app",
    "anjia_desk.exit_codes",
)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, modules: set[str]) -> set[str]:
    """Every project module `tree` imports at run time, imports inside functions included."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name in modules)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                found.add(full if full in modules else node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return {name for name in found if name in modules}


def _graph() -> dict[str, set[str]]:
    paths = {
        _module_name(p): p
        for p in (SRC / "anjia_desk").rglob("*.py")
        if "migrations" not in p.parts
    }
    modules = set(paths)
    return {
        name: _imports(ast.parse(path.read_text(encoding="utf-8")), modules) - {name}
        for name, path in paths.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                components.append(component)

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return components


def test_no_import_cycle_through_the_papers_the_cli_or_the_app_start() -> None:
    tangled = [
        sorted(component)
        for component in _cycles(_graph())
        if any(m == o or m.startswith(o + ".") for m in component for o in OWNED)
    ]
    assert tangled == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [{"a", "b", "c"}]


def test_the_papers_modules_stay_under_600_lines() -> None:
    graph = _graph()
    owned = [m for m in graph if any(m == o or m.startswith(o + ".") for o in OWNED)]
    assert "anjia_desk.services.customer_profile" in owned
    too_long = []
    for name in owned:
        base = SRC / Path(*name.split("."))
        path = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > 600:
            too_long.append((name, lines))
    assert too_long == []
