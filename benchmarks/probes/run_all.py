"""Run every probe of issue 14 in turn and print their figures side by side.

    python benchmarks/probes/run_all.py [--quick] [--only NAME ...] [--json OUT.json]

Each probe runs in its own process (so one that breaks cannot stop the others); its last line
of output is its JSON figures. Exits 0: the probes measure, they do not judge.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PROBES = ("hostile_files", "kills", "databases", "concurrency", "privacy")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--only", nargs="*", choices=PROBES, default=None)
    parser.add_argument("--json", type=Path, default=None, help="write all figures here")
    args = parser.parse_args(argv)
    figures: dict[str, dict[str, object]] = {}
    for name in args.only or PROBES:
        command = [sys.executable, str(HERE / f"{name}.py"), *(["--quick"] if args.quick else [])]
        print(f"\n######## {name}", flush=True)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        sys.stdout.write(done.stdout)
        if done.stderr.strip():
            sys.stdout.write(done.stderr)
        try:
            figures[name] = json.loads(done.stdout.strip().splitlines()[-1])
        except (ValueError, IndexError):
            figures[name] = {"probe": name, "error": f"no figures (rc {done.returncode})"}
        figures[name]["wall_seconds"] = round(time.perf_counter() - start, 1)
    print("\n######## summary")
    for name, values in figures.items():
        print(f"{name:<14} findings {values.get('findings', '?'):>4}   " + json.dumps(values))
    if args.json is not None:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=2), encoding="utf-8")
    print(json.dumps({"probe": "all", **{k: v.get("findings") for k, v in figures.items()}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
