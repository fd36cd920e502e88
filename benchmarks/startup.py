"""Process start → login dialog shown, against a bare PySide6 window shown the same way.

    .venv/bin/python benchmarks/startup.py [--rounds 9]

Both children exit as soon as their window is shown; offscreen unless DISPLAY is set. Target:
the app within 0.5 s and 3× the bare window.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.harness import interleaved, report

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit
app = QApplication(sys.argv)
dialog = QDialog()
form = QFormLayout(dialog)
form.addRow("登录名", QLineEdit())
form.addRow("密码", QLineEdit())
dialog.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="anjia-bench-"))
    env = dict(os.environ, ANJIA_DESK_HOME=str(work / "home"), ANJIA_DESK_BENCH_EXIT_ON_LOGIN="1")
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    db = work / "bench.db"
    subprocess.run(
        [sys.executable, "-m", "anjia_desk", "--db", str(db), "demo"],
        env=env,
        check=True,
        capture_output=True,
    )

    def app() -> None:
        subprocess.run(
            [sys.executable, "-m", "anjia_desk", "--db", str(db)],
            env=env,
            check=True,
            stderr=subprocess.DEVNULL,
        )

    def bare() -> None:
        subprocess.run([sys.executable, "-c", BARE], env=env, check=True, stderr=subprocess.DEVNULL)

    samples = interleaved(
        {"anjia-desk → login dialog": app, "bare PySide6 dialog": bare}, rounds=args.rounds
    )
    report("Start-up", samples, app="anjia-desk → login dialog", bare="bare PySide6 dialog")


if __name__ == "__main__":
    main()
