"""The PySide6 window. The only package that imports Qt."""

import ctypes
import sys

if sys.version_info < (3, 12):  # pragma: no branch
    # PySide6 6.12.0 (shiboken) drops one reference to None on every Qt call that returns nothing
    # (setText, fillRect, …); on Python 3.11, where None is not yet immortal, the count reaches
    # zero after some tens of thousands of calls and the process aborts ("none_dealloc"). A
    # painted 销控表 makes ~2,500 such calls per repaint. Give None references it can never run
    # out of. (6.11.3 has no such bug, but QtPdf for 6.11 comes only with the 160 MB Addons.)
    # True and False suffer the same on calls returning a bool: with the task runner's worker
    # threads a UI test run aborted at exit with "bool_dealloc".
    for _constant in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_constant)).value += 1 << 40
