"""A tiny benchmark harness: run the app's case and its bare counterpart interleaved in one run,
then print medians and the ratio. Absolute times vary with the machine; the ratio is the figure."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(
    cases: dict[str, Callable[[], object]], *, rounds: int = 7, warmup: int = 1
) -> dict[str, list[float]]:
    """Each round runs every case once, in turn, so noise hits them alike."""
    for _ in range(warmup):
        for fn in cases.values():
            fn()
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, fn in cases.items():
            samples[name].append(measure(fn))
    return samples


def report(title: str, samples: dict[str, list[float]], *, app: str, bare: str) -> str:
    med = {name: statistics.median(values) for name, values in samples.items()}
    lines = [f"{title} (median of {len(samples[app])} interleaved runs)"]
    for name, value in med.items():
        spread = max(samples[name]) - min(samples[name])
        lines.append(f"  {name:<28} {value * 1000:8.1f} ms   (spread {spread * 1000:.1f} ms)")
    lines.append(f"  ratio {app} / {bare}: {med[app] / med[bare]:.2f}x")
    text = "\n".join(lines)
    print(text)
    return text
