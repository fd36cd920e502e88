"""Printing to PDF: the one entry point the command line and the window call for every paper.

Each paper's data is assembled, checked and audited in its own module of `services.papers`
(`receipt`, `subscription`, `choice`, `customer_record`, `visitor_form`, `dunning`, and a change
order's papers: `change_form`, `refund_confirmation`, `refund_voucher`, `change_brief`, `thanks`,
`termination`; a complaint's: `complaint_form`, `satisfaction`, `feedback`, dated by the case's
data so a reprint is the same paper, and its 赔付凭证 `compensation_voucher`; a deal's
`risk_notice`); they all write through `pdf.document` with the letterhead from settings and the
print time in the office's zone (`services.papers.common`; a change order's papers and the
赔付凭证 through `services.papers.change_common`, the same bytes for the same paper).
"""

from __future__ import annotations

from anjia_desk.services.papers.change_brief import print_change_brief
from anjia_desk.services.papers.change_form import print_change_form
from anjia_desk.services.papers.choice import print_choice
from anjia_desk.services.papers.common import letterhead_from_settings, office_time
from anjia_desk.services.papers.compensation_voucher import print_compensation_voucher
from anjia_desk.services.papers.complaint_form import print_complaint_form
from anjia_desk.services.papers.customer_record import print_customer_record
from anjia_desk.services.papers.dunning import print_dunning
from anjia_desk.services.papers.feedback import print_feedback
from anjia_desk.services.papers.receipt import print_receipt
from anjia_desk.services.papers.refund_confirmation import print_refund_confirmation
from anjia_desk.services.papers.refund_voucher import print_refund_voucher
from anjia_desk.services.papers.risk_notice import print_risk_notice
from anjia_desk.services.papers.satisfaction import print_satisfaction
from anjia_desk.services.papers.subscription import print_subscription
from anjia_desk.services.papers.termination import print_termination
from anjia_desk.services.papers.thanks import print_thanks
from anjia_desk.services.papers.visitor_form import print_visitor_form

__all__ = [
    "letterhead_from_settings",
    "office_time",
    "print_change_brief",
    "print_change_form",
    "print_choice",
    "print_compensation_voucher",
    "print_complaint_form",
    "print_customer_record",
    "print_dunning",
    "print_feedback",
    "print_receipt",
    "print_refund_confirmation",
    "print_refund_voucher",
    "print_risk_notice",
    "print_satisfaction",
    "print_subscription",
    "print_termination",
    "print_thanks",
    "print_visitor_form",
]
