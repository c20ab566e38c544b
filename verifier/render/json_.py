"""JSON: one object for a single claim, else {source, summary, skipped, results}."""

from __future__ import annotations

import json
from typing import TextIO

from ..report import Report, item_dict, verdict_dict


def render(report: Report, stream: TextIO) -> None:
    if report.mode == "claim" and len(report.items) == 1:
        data = verdict_dict(report.items[0].verdict)
    else:
        data = {
            "source": report.source,
            "summary": report.counts() | {"skipped": len(report.skipped)},
            "skipped": list(report.skipped),
            "results": [item_dict(item) for item in report.items],
        }
    json.dump(data, stream, ensure_ascii=False, indent=2)
    stream.write("\n")
