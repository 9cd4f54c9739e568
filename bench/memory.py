"""The memory of a process and all its descendants, sampled from /proc while it runs (Linux).

A forked child's RSS counts every page it still shares with its parent, so RSS figures of a parent
and its children do not add up. PSS (proportional set size: a shared page counts 1/n in each of the
n processes mapping it) does: the sum of the tree's PSS is the memory the whole tree holds, each
page counted once. USS (private pages) is what a process holds that no other does.

    with TreeSampler(pid) as sampler:  # a thread reading /proc/PID*/smaps_rollup every interval
        ...
    sampler.peaks()  # {"pss_total_mb", "rss_root_mb", "rss_child_mb", "uss_child_mb", "processes"}

Used by bench/search.py (the index build) and bench/build_memory.py (the build, phase by phase).
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path


def descendants(pid: int) -> list[int]:
    """pid and every process below it (children of each of its threads, recursively)."""
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        try:
            tasks = os.listdir(f"/proc/{p}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                todo += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
            except OSError:
                continue
    return found


def rollup(pid: int) -> dict[str, int] | None:
    """{"rss", "pss", "uss"} of one process in kB (None once it has gone)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    kb = {}
    for line in text.splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts and parts[0].isdigit():
            kb[name] = int(parts[0])
    return {
        "rss": kb.get("Rss", 0),
        "pss": kb.get("Pss", 0),
        "uss": kb.get("Private_Clean", 0) + kb.get("Private_Dirty", 0),
    }


class TreeSampler:
    """Samples the tree under `pid` every `interval` seconds in a thread, from entry to exit. Each
    sample of the timeline: (monotonic time, PSS sum, root RSS, largest child RSS, largest child USS,
    processes), memory in MB."""

    def __init__(self, pid: int, interval: float = 0.2) -> None:
        self.pid, self.interval = pid, interval
        self.timeline: list[tuple[float, float, float, float, float, int]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        pids = descendants(self.pid)
        stats = {p: rollup(p) for p in pids}
        root = stats.get(self.pid)
        if root is None:
            return
        children = [s for p, s in stats.items() if s is not None and p != self.pid]
        self.timeline.append(
            (
                time.monotonic(),
                sum(s["pss"] for s in stats.values() if s) / 1024,
                root["rss"] / 1024,
                max((s["rss"] for s in children), default=0) / 1024,
                max((s["uss"] for s in children), default=0) / 1024,
                1 + len(children),
            )
        )

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(self.interval)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def peaks(self, start: float = float("-inf"), end: float = float("inf")) -> dict[str, float]:
        """The largest of each measure over the samples taken between start and end (monotonic)."""
        rows = [r for r in self.timeline if start <= r[0] <= end]
        if not rows:
            return {}
        return {
            "pss_total_mb": max(r[1] for r in rows),
            "rss_root_mb": max(r[2] for r in rows),
            "rss_child_mb": max(r[3] for r in rows),
            "uss_child_mb": max(r[4] for r in rows),
            "processes": max(r[5] for r in rows),
        }
