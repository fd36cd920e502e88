"""The window's colours, one name each: every page, dialog and table takes its colours here, so an
overdue row, a refused field and a cancelled deal are the same red everywhere."""

from __future__ import annotations

#: The navigation selection and primary buttons: a calm green.
ACCENT = "#1f6f5c"
#: Errors, refusals, overdue money, cancelled deals, urgent to-dos: the one error red.
ERROR = "#b42318"
#: Warnings and "look at this" (duplicates, skipped rows, pending approvals): amber.
WARNING = "#8a5a00"
#: Hints and secondary text beside a field.
HINT = "#6b7280"
#: Plain informative text in summaries (a count, a total).
INFO = "#1f3b57"
#: Something done or in good standing.
OK = "#1b5e20"
#: Rows that no longer count (voided, cancelled, inactive users, ruled disputes, a skipped
#: turn): a muted grey.
INACTIVE = "#8a8a8a"
#: Due soon, and "有未保存的修改": an orange amber, brighter than WARNING.
DUE_SOON = "#b45309"

# Backgrounds: a pale tint of each meaning, behind a row, a cell or a message line.
ERROR_TINT = "#fdecea"
WARNING_TINT = "#fff8e1"
INFO_TINT = "#eef4fb"
OK_TINT = "#e8f5e9"
