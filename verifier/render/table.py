"""The claims table: one row per claim (id, claim, verdict, confidence, best evidence)."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from ..report import Report, best_evidence, summary
from .terminal import LABEL_STYLES

#: Below this many columns for the claim, the citation moves under the claim.
MIN_CLAIM_WIDTH = 30


class ClaimsTable:
    """A report as a rich table, then its summary line."""

    def __init__(self, report: Report):
        self.report = report

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        report = self.report
        best = [best_evidence(item.verdict) for item in report.items]
        widest = max((len(e.passage.citation) for e in best if e), default=1)
        labels = max((len(item.verdict.label.value) for item in report.items), default=7)
        # id, line, verdict, confidence, and 3 characters of border and padding per column
        fixed = 4 + 4 + labels + 5 + 6 * 3 + 1
        own_column = options.max_width - fixed - widest - 3 >= MIN_CLAIM_WIDTH
        table = Table(header_style="bold", expand=True)
        table.add_column("id", no_wrap=True)
        table.add_column("line", justify="right", no_wrap=True)
        table.add_column("claim", ratio=1, overflow="fold")
        table.add_column("verdict", no_wrap=True)
        table.add_column("conf.", justify="right", no_wrap=True)
        if own_column:
            table.add_column("evidence", no_wrap=True)
        for item, evidence in zip(report.items, best, strict=True):
            verdict = item.verdict
            if evidence is None:
                citation = Text("—", style="dim")
            else:
                citation = Text(evidence.passage.citation, style="cyan")
            claim = Text(verdict.claim)
            if not own_column:
                claim = Text.assemble(claim, "\n", citation)
            row = [
                item.id or "",
                "" if item.line is None else str(item.line),
                claim,
                Text(verdict.label.value, style=LABEL_STYLES[verdict.label]),
                f"{verdict.confidence:.2f}",
            ]
            table.add_row(*row, *([citation] if own_column else []))
        if report.source:
            what = "Review of" if report.mode == "review" else "Claims in"
            table.title = f"{what} {report.source}"
        if report.items:  # an empty table says nothing the summary does not
            yield table
        yield Text(summary(report), style="bold")


def render(report: Report, stream: TextIO) -> None:
    console = Console(file=stream, highlight=False)
    console.print(ClaimsTable(report))
