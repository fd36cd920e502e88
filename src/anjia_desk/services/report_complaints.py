"""(issue 19: filled by its report work) The reports of this module, registered in
services.reports."""

from __future__ import annotations

from anjia_desk.services.report_base import ReportSpec

SPECS: tuple[ReportSpec, ...] = ()
