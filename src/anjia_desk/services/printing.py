"""Printing to PDF: the one entry point the command line and the window call for every paper.

Each paper's data is assembled, checked and audited in its own module of `services.papers`
(`receipt`, `subscription`, `choice`, `customer_record`, `visitor_form`, `dunning`); they all
write through `pdf.document.build` with the letterhead from settings and the print time in the
office's zone (`services.papers.common`).
"""

from __future__ import annotations

from anjia_desk.services.papers.choice import print_choice
from anjia_desk.services.papers.common import letterhead_from_settings, office_time
from anjia_desk.services.papers.customer_record import print_customer_record
from anjia_desk.services.papers.dunning import print_dunning
from anjia_desk.services.papers.receipt import print_receipt
from anjia_desk.services.papers.subscription import print_subscription
from anjia_desk.services.papers.visitor_form import print_visitor_form

__all__ = [
    "letterhead_from_settings",
    "office_time",
    "print_choice",
    "print_customer_record",
    "print_dunning",
    "print_receipt",
    "print_subscription",
    "print_visitor_form",
]
