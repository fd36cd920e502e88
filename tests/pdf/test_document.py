"""The paper protocol: every paper goes through the one render/build, and a layout decides how it
goes onto paper. (Sizes and import cycles of every module: tests/test_structure.py.)"""

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
