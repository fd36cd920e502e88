"""报表: the reports section (issue 19)."""
