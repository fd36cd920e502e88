"""The process exit codes the command line and the window share (DESIGN.md §Command line).

0 done, 1 import with rejected rows, 2 refused (nothing written). An internal error also leaves
nothing written (every write is one transaction) and exits 2, as DESIGN.md's table says for every
command; the message names the log file with the traceback.
"""

from __future__ import annotations

EXIT_OK, EXIT_REJECTED, EXIT_REFUSED = 0, 1, 2
EXIT_BUG = EXIT_REFUSED

__all__ = ["EXIT_BUG", "EXIT_OK", "EXIT_REFUSED", "EXIT_REJECTED"]
