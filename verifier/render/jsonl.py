"""JSON Lines: one object per claim, with the single-claim JSON's fields plus id, line, span."""

from __future__ import annotations

import json
from typing import TextIO

from ..report import Report, item_dict


def render(report: Report, stream: TextIO) -> None:
    for item in report.items:
        stream.write(json.dumps(item_dict(item), ensure_ascii=False))
        stream.write("\n")
