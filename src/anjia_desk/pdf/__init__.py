"""Paper: A4 PDF documents (a Chinese font, the letterhead page, the forms). No database here.

Every paper is two things kept apart (`pdf.document`):

- *What to print* — a `Document`: the paper's frozen data class of plain values, already in
  Chinese (`ReceiptPaper`, `SubscriptionPaper`, `ChoicePaper`, `CustomerRecord`, `VisitorForm`),
  with its `title`, `subtitle` and `story(sheet)` (the flowables that say those values). One
  module per paper: `receipt`, `subscription`, `choice`, `customer_record`, `visitor_form`.
- *How it goes onto paper* — a `Layout`: today `LetterheadA4` (letterhead, title, the story
  flowing over A4 pages, footer with the print time and page numbers; `pdf.page`).

`document.render(doc, letterhead=, printed_at=)` gives the bytes for a preview and
`document.build(out, doc, ...)` writes the file atomically; no paper has its own render/build.
Shared pieces: `page` (the sheet, styles, atomic writing), `parts` (section bars, ruled tables,
signature lines), `widgets` (form grids, boxes to tick, blanks to fill), `amounts` (money in
figures and capitals), `fonts` (finding and embedding a Chinese font).

Room for pre-printed stock: printing onto forms that already carry their lines and labels is a
second `Layout` — an overlay that places each value at a position in millimetres on the stock,
shifted by per-printer offsets (a setting per printer), with no letterhead and no flowing story.
Such a layout reads the values from the document, not its story: a paper printable that way
will add a method giving its values by field name (a second, small protocol beside `Document`),
and `render`/`build` already take `layout=`. Nothing in `Document` or in the services that
assemble the papers assumes the letterhead page.
"""
