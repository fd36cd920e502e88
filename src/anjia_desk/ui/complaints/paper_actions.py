"""The complaint window's papers (issue 18): 投诉处理单, 满意度确认单 and 回访表, made by
services.printing on the writer (printing is audited) and shown in the print preview
(ui/printing.py PdfPrinter), as the change-order window prints its papers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from anjia_desk.ui.complaints.actions import CaseActions

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from anjia_desk.services.context import Actor


class PaperActions(CaseActions):
    """The case's papers through the print preview."""

    def _print(
        self, name: str, produce: Callable[[Session, Actor, int, Path, datetime], Path]
    ) -> None:
        d = self.w.detail
        if d is None:
            return
        complaint_id, now = d.id, self.w.ctx.clock()

        def work(session: Session, actor: Actor, out: Path) -> Path:
            return produce(session, actor, complaint_id, out, now)

        self.w.printer.run(f"{name}-{d.code}", work, f"正在生成{name}…")

    def print_form(self) -> None:
        from anjia_desk.services.printing import print_complaint_form

        self._print(
            "投诉处理单", lambda s, a, i, out, now: print_complaint_form(s, a, i, out, now=now)
        )

    def print_satisfaction(self) -> None:
        from anjia_desk.services.printing import print_satisfaction

        self._print(
            "满意度确认单", lambda s, a, i, out, now: print_satisfaction(s, a, i, out, now=now)
        )

    def print_feedback(self) -> None:
        from anjia_desk.services.printing import print_feedback

        self._print("回访表", lambda s, a, i, out, now: print_feedback(s, a, i, out, now=now))
