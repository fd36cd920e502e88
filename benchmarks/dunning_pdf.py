"""1,000 dunning letters into one PDF, against bare reportlab drawing the same strings.

    .venv/bin/python benchmarks/dunning_pdf.py [--letters 1000] [--rounds 3]

The app's case: `pdf.document.render_many` over DunningLetterPaper values of every stage (0..6,
two installments each, one of them coming), each letter from a new page with its own footer. The
bare case: a reportlab canvas in the same font, invariant like the app's, drawing the same strings
— letterhead, title, number, the recipient, the stage's paragraphs cut into lines of a fixed
number of characters, the table's cells, the totals in capitals, the signature, the footer — one
page per letter, with no layout at all. Both are timed interleaved in the same run; the ratio is
the figure (target ≤ 1.5×). Also checks both PDFs have one page per letter.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import report

if TYPE_CHECKING:
    from anjia_desk.pdf.dunning import DunningLetterPaper

TARGET = 1.5
ISSUED = datetime(2026, 3, 5, 10, 30)
LINE_CHARS = 48  # about a line of the letter's body at 10.5 pt


def letters(count: int) -> list[tuple[DunningLetterPaper, datetime]]:
    from anjia_desk.core.dunning_texts import LetterLine, LetterValues
    from anjia_desk.pdf.dunning import DunningLetterPaper

    out: list[tuple[DunningLetterPaper, datetime]] = []
    for index in range(count):
        stage = index % 7
        overdue = (7, 30, 45, 60, 75, 90, 95)[stage]
        penalty = Decimal(index) + Decimal("0.37") if stage else Decimal(0)
        first = LetterLine("首付款", date(2026, 1, 5), Decimal("696132.50"),
                           Decimal(500000 + index), overdue if stage else 0, penalty)  # fmt: skip
        coming = LetterLine("房款", date(2026, 3, 25), Decimal("400000"), Decimal("400000"), 0,
                            Decimal(0))  # fmt: skip
        lines = (first, coming)
        values = LetterValues(
            buyer=f"客户{index:04d}", project="安家·云栖府",
            unit=f"{index % 9 + 1}栋{index % 30 + 1:02d}01",
            contract_no=f"HT-2026-{index:04d}", lines=lines,
            total_outstanding=first.outstanding + coming.outstanding, total_penalty=first.penalty,
            penalty_per_10k=Decimal("5"), clause_no="第九条",
            clause_text="买受人逾期付款的，按日计算向出卖人支付逾期应付款万分之五的违约金。",
            letter_on=date(2026, 3, 5), pay_by=date(2026, 3, 20) if stage == 6 else None,
            cancel_from=date(2026, 4, 5) if stage == 6 else None, office_phone="0571-8888 6666",
            consultant="林晓雯",
        )  # fmt: skip
        address = "浙江省杭州市西湖区文三路 478 号"
        paper = DunningLetterPaper(f"CK-{index + 1:06d}", stage, values, address=address,
                                   postcode="310012")  # fmt: skip
        out.append((paper, ISSUED))
    return out


def strings(paper: object, head: object) -> list[str]:
    """What one letter prints, as the strings a bare canvas draws."""
    from anjia_desk.core.dunning_texts import letter_paragraphs, rate_cn
    from anjia_desk.pdf.amounts import chinese_amount, figures
    from anjia_desk.pdf.dunning import DunningLetterPaper
    from anjia_desk.pdf.page import Letterhead
    from anjia_desk.pdf.parts import day_text

    assert isinstance(paper, DunningLetterPaper) and isinstance(head, Letterhead)
    v = paper.values
    out = [head.project, head.company, f"地址：{head.address}", f"电话：{head.phone}"]
    out += [paper.title, paper.subtitle, f"致：{v.buyer}（买受人）"]
    out += [f"通讯地址：{paper.address}（邮编 {paper.postcode}）", f"房源：{v.project} {v.unit}"]
    for text in letter_paragraphs(paper.stage, v):
        out += [text[i : i + LINE_CHARS] for i in range(0, len(text), LINE_CHARS)]
    out += ["款项", "应付日期", "应付金额（元）", "未付金额（元）", "逾期天数", "违约金（元）"]
    for line in v.lines:
        out += [line.name, line.due_on.isoformat(), figures(line.amount, symbol=False),
                figures(line.outstanding, symbol=False), f"{line.days_overdue} 天",
                figures(line.penalty, symbol=False)]  # fmt: skip
    out += ["合计", figures(v.total_outstanding, symbol=False)]
    out.append(
        f"未付款项合计：{figures(v.total_outstanding)}（大写：人民币{chinese_amount(v.total_outstanding)}）"
    )
    if paper.stage >= 3:
        out.append(
            f"逾期付款违约金：{figures(v.total_penalty)}（大写：人民币{chinese_amount(v.total_penalty)}）"
        )
        out.append(f"违约金按{rate_cn(v.penalty_per_10k)}计至{day_text(v.letter_on)}")
    out += [
        "当面送达时由买受人填写：",
        "买受人签收：",
        "签收日期：",
        f"出卖人（盖章）：{head.company}",
    ]
    out += [
        f"日期：{day_text(v.letter_on)}",
        f"打印时间：{ISSUED:%Y-%m-%d %H:%M}",
        "第 1 页 / 共 1 页",
    ]
    return out


def bare(batch: list[tuple[DunningLetterPaper, datetime]], head: object) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from anjia_desk.pdf.fonts import register_cjk_font

    font = register_cjk_font()
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=A4, invariant=1, initialFontName=font)
    for paper, _at in batch:
        y = 800.0
        canv.setFont(font, 10)
        for text in strings(paper, head):
            canv.drawString(42, y, text)
            y -= 14
        canv.showPage()
    canv.save()
    return buffer.getvalue()


def pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    from anjia_desk.pdf.cjk_text import _break_lines
    from anjia_desk.pdf.document import render_many
    from anjia_desk.pdf.dunning import BATCH_TITLE
    from anjia_desk.pdf.page import Letterhead

    head = Letterhead(
        "安家置业（杭州）有限公司", "安家·云栖府", "杭州市余杭区文一西路 2688 号", "0571-8888 6666"
    )
    batch = letters(args.letters)

    def app() -> bytes:
        _break_lines.cache_clear()  # cold: a batch is printed once, not round after round
        return render_many(batch, letterhead=head, title=BATCH_TITLE)

    def canvas() -> bytes:
        return bare(batch, head)

    app_pdf, bare_pdf = app(), canvas()
    assert pages(app_pdf) == pages(bare_pdf) == args.letters, "one page per letter"
    sizes = f"app {len(app_pdf) / 1e6:.1f} MB, bare {len(bare_pdf) / 1e6:.1f} MB"
    print(f"{args.letters} letters, one page each: {sizes}")
    cases = {"render_many": app, "bare canvas": canvas}
    wall: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(args.rounds):  # interleaved, as harness.interleaved, timing the CPU too
        for name, fn in cases.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    title = f"{args.letters} dunning letters into one PDF"
    report(title, wall, app="render_many", bare="bare canvas")
    ratio = statistics.median(wall["render_many"]) / statistics.median(wall["bare canvas"])
    cpu_app, cpu_bare = (statistics.median(cpu[name]) for name in cases)
    cpu_ratio = cpu_app / cpu_bare
    print(f"  CPU time: render_many {cpu_app:.2f} s, bare {cpu_bare:.2f} s, ratio {cpu_ratio:.2f}x")
    print("  (a shared machine: the CPU time is the steadier of the two figures)")

    def verdict(value: float) -> str:
        return "met" if value <= TARGET else "NOT met"

    print(f"  target ≤ {TARGET:.1f}x: wall {verdict(ratio)}, CPU {verdict(cpu_ratio)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
