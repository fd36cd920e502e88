"""What the 催款 page and the deal tab print (issue 16), each as a `Produce` for ui/printing.py's
`PdfPrinter.run` — the PDF made on the writer, then the print preview:

- `issue_and_print`: the letters due on the day for the chosen deals are issued (numbered and
  logged, once per deal per day — those already issued that day come back as they are) and
  their PDF made; a day after today only previews (`preview`): nothing is logged.
- `reprint`: letters already issued, the same paper again, each counted as a reprint.
- `envelopes` and `mailing_list` (交寄清单) for letters already issued.

services.papers.dunning is imported on the first print: reportlab is heavy and most sessions
never print a letter.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from anjia_desk.core.errors import UserError
from anjia_desk.services.dunning import issue_letters
from anjia_desk.ui.printing import Produce

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


def _written(out: Path, pdf: bytes) -> Path:
    out.write_bytes(pdf)
    return out


def issue_and_print(deal_ids: Sequence[int], day: date, now: datetime) -> Produce:
    """Issue the day's letters for `deal_ids` and make their PDF."""
    wanted = list(deal_ids)

    def produce(session: Session, actor: Actor, out: Path) -> Path:
        from anjia_desk.services.papers.dunning import letters_pdf

        letter_ids = issue_letters(session, actor, wanted, day=day, now=now)
        if not letter_ids:
            raise UserError("所选交易当天没有应出具的催款函")
        return _written(out, letters_pdf(session, actor, letter_ids, now=now, reprint=False))

    return produce


def preview(deal_ids: Sequence[int], day: date, now: datetime) -> Produce:
    """The letters a later day would bring, nothing logged."""
    wanted = list(deal_ids)

    def produce(session: Session, actor: Actor, out: Path) -> Path:
        from anjia_desk.services.papers.dunning import preview_pdf

        pdf = preview_pdf(session, actor, day, wanted, now=now)
        if pdf is None:
            raise UserError("所选交易在该日没有应出具的催款函")
        return _written(out, pdf)

    return produce


def reprint(letter_ids: Sequence[int], now: datetime) -> Produce:
    """The same letters again, each logged as a reprint (never a second letter)."""
    wanted = list(letter_ids)

    def produce(session: Session, actor: Actor, out: Path) -> Path:
        from anjia_desk.services.papers.dunning import letters_pdf

        return _written(out, letters_pdf(session, actor, wanted, now=now, reprint=True))

    return produce


def envelopes(letter_ids: Sequence[int]) -> Produce:
    wanted = list(letter_ids)

    def produce(session: Session, actor: Actor, out: Path) -> Path:
        from anjia_desk.services.papers.dunning import envelopes_pdf

        return _written(out, envelopes_pdf(session, actor, wanted))

    return produce


def mailing_list(letter_ids: Sequence[int], now: datetime) -> Produce:
    wanted = list(letter_ids)

    def produce(session: Session, actor: Actor, out: Path) -> Path:
        from anjia_desk.services.papers.dunning import mailing_list_pdf

        return _written(out, mailing_list_pdf(session, actor, wanted, now=now))

    return produce
