"""Bar charts drawn as SVG by the templates (no script): counts per month laid out with axes. Pure.

>>> chart = month_chart({"2022-03": 4, "2022-05": 10})
>>> [(bar.value, bar.count) for bar in chart.bars]
[('2022-03', 4), ('2022-04', 0), ('2022-05', 10)]
>>> [tick.label for tick in chart.y_ticks]
['0', '5', '10']
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field


@dataclass
class Bar:
    value: str  # "2022-04"
    count: int
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0


@dataclass
class Tick:
    label: str
    x: float = 0.0
    y: float = 0.0


@dataclass
class MonthChart:
    bars: list[Bar]
    peak: int
    width: int
    height: int
    left: int  # the plot area starts here (room for the y labels)
    bottom: float  # the x axis (baseline)
    y_ticks: list[Tick] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(b.count for b in self.bars)


def _step(peak: int, ticks: int = 4) -> int:
    """A round step (1, 2, 5 × 10^n) giving at most `ticks` intervals up to the peak."""
    raw = max(peak / ticks, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _months(first: str, last: str) -> list[str]:
    y, m = map(int, first.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def month_chart(counts: dict[str, int], *, width: int = 720, height: int = 180) -> MonthChart | None:
    """Every month from the first to the last key ("YYYY-MM" → count; missing months are 0), as bars
    in a width × height box with a y axis of round values; the x axis names each January (and the first
    month), or every month when there are six or fewer."""
    counts = {k: v for k, v in counts.items() if v > 0}
    if not counts:
        return None
    months = _months(min(counts), max(counts))
    peak = max(counts.values())
    step = _step(peak)
    top = step * math.ceil(peak / step)
    left, bottom, head = 36, height - 22, 8
    plot_h, plot_w = bottom - head, width - left - 4
    slot = plot_w / len(months)
    bars, x_ticks = [], []
    for i, month in enumerate(months):
        count = counts.get(month, 0)
        h = round(plot_h * count / top, 2)
        x = round(left + i * slot, 2)
        bars.append(Bar(month, count, x, round(bottom - h, 2), round(max(slot - 1, 1), 2), h))
        if len(months) <= 6 or i == 0 or month.endswith("-01"):
            label = month[:4] if month.endswith("-01") and len(months) > 6 else month
            x_ticks.append(Tick(label, x, height - 6))
    y_ticks = [Tick(str(v), left - 4, round(bottom - plot_h * v / top, 2)) for v in range(0, top + 1, step)]
    return MonthChart(bars, peak, width, height, left, bottom, y_ticks, x_ticks)
