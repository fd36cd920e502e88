"""The deal dialogs' old address: they live in ui/deals/ now (progress_dialogs, payment_dialogs,
ticket_dialogs, subscribe) and the print flow in ui/printing.py.

shim: removed when issue 12 is integrated (ui/pages/units_page.py imports from here)."""

from __future__ import annotations

from anjia_desk.ui.deals.payment_dialogs import PAY_METHODS, PaymentDialog, TicketPaymentDialog
from anjia_desk.ui.deals.progress_dialogs import DeliverDialog, SignDialog, StepDialog
from anjia_desk.ui.deals.subscribe import SubscribeDialog, open_subscribe
from anjia_desk.ui.deals.ticket_dialogs import TicketDialog
from anjia_desk.ui.printing import PdfPrinter

__all__ = [
    "PAY_METHODS",
    "DeliverDialog",
    "PaymentDialog",
    "PdfPrinter",
    "SignDialog",
    "StepDialog",
    "SubscribeDialog",
    "TicketDialog",
    "TicketPaymentDialog",
    "open_subscribe",
]
