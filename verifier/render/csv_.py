"""CSV: one row per claim, flat columns for a spreadsheet."""

from __future__ import annotations

import csv
from typing import TextIO

from ..report import Report, best_evidence

COLUMNS = (
    "id",
    "line",
    "start",
    "end",
    "claim",
    "verdict",
    "confidence",
    "evidence",
    "evidence_text",
    "reasons",
)


def render(report: Report, stream: TextIO) -> None:
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(COLUMNS)
    for item in report.items:
        v = item.verdict
        best = best_evidence(v)
        start, end = item.span if item.span else ("", "")
        writer.writerow(
            [
                item.id or "",
                "" if item.line is None else item.line,
                start,
                end,
                v.claim,
                v.label.value,
                f"{v.confidence:.2f}",
                best.passage.citation if best else "",
                best.passage.text if best else "",
                " | ".join(v.reasons),
            ]
        )
