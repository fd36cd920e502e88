"""Reading produced PDFs back: text, page count, embedded fonts, glyph coverage, line starts."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader

from anjia_desk.pdf.fonts import CjkFont

#: Punctuation that must never open a line of Chinese text.
BAD_LINE_STARTS = "，。、；：！？）》」"


@dataclass
class PdfFacts:
    pages: list[str]
    fonts: list[dict[str, object]]
    metadata: dict[str, str]

    @property
    def text(self) -> str:
        return "\n".join(self.pages)


def read_pdf(source: bytes | Path) -> PdfFacts:
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    assert data.startswith(b"%PDF-"), "not a PDF file"
    reader = PdfReader(io.BytesIO(data))
    fonts: list[dict[str, object]] = []
    for page in reader.pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).get_object().values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts.append(
                {
                    "name": str(font.get("/BaseFont")),
                    "subtype": str(font.get("/Subtype")),
                    "embedded": "/FontFile2" in descriptor,
                    "any_font_file": any(
                        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                    ),
                }
            )
    meta = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
    return PdfFacts([page.extract_text() or "" for page in reader.pages], fonts, meta)


def assert_fonts_embedded(facts: PdfFacts) -> None:
    assert facts.fonts, "no fonts found"
    for font in facts.fonts:
        assert font["embedded"], f"font not embedded as TrueType: {font}"


def assert_glyphs_in_font(facts: PdfFacts, font: CjkFont) -> None:
    missing = font.missing(facts.text)
    assert not missing, f"characters without a glyph in {font.path.name}: {sorted(missing)}"


def assert_no_bad_line_starts(facts: PdfFacts) -> None:
    for line in facts.text.splitlines():
        stripped = line.strip()
        assert not (stripped and stripped[0] in BAD_LINE_STARTS), f"line starts badly: {line!r}"


def assert_sound(facts: PdfFacts, font: CjkFont) -> None:
    """Every check DESIGN.md asks of a printed document."""
    assert_fonts_embedded(facts)
    assert_glyphs_in_font(facts, font)
    assert_no_bad_line_starts(facts)
