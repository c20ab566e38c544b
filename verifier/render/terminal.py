"""The terminal view: rich renderables over the verdict data, which knows nothing of rich."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..report import Report
from ..retrieval import Evidence
from ..verdict import Label, Verdict

LABEL_STYLES = {
    Label.SUPPORTED: "bold green",
    Label.CONTRADICTED: "bold red",
    Label.CONFLICTING: "bold magenta",
    Label.NOT_ENOUGH_EVIDENCE: "bold yellow",
}
STANCE_STYLES = {"supports": "green", "contradicts": "red", "neutral": "dim", "unjudged": "dim"}
HIGHLIGHT_STYLES = {"match": "bold green underline", "mismatch": "bold white on red"}


def evidence_text(evidence: Evidence) -> Text:
    """The passage with the judge's matched and differing spans highlighted."""
    text = Text(evidence.passage.text)
    for start, end, kind in evidence.highlights:
        text.stylize(HIGHLIGHT_STYLES[kind], start, end)
    return text


class VerdictView:
    """A verdict as a rich renderable: label, claim, reasons, then evidence."""

    def __init__(self, verdict: Verdict):
        self.verdict = verdict

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        v = self.verdict
        style = LABEL_STYLES[v.label]
        heading = Text.assemble(
            (v.label.value, style), "  ", (f"confidence {v.confidence:.2f}", "dim")
        )
        reasons = Text("\n").join(Text(f"• {r}") for r in v.reasons)
        yield Panel(
            Group(Text.assemble(("Claim: ", "bold"), v.claim), Text(""), reasons),
            title=heading,
            title_align="left",
            border_style=style.replace("bold ", ""),
        )
        if not v.evidence:
            return
        yield Text("Evidence", style="bold")
        table = Table.grid(padding=(0, 1), expand=True)
        table.add_column(justify="right", width=3)
        table.add_column(ratio=1)
        for i, e in enumerate(v.evidence, start=1):
            header = Text.assemble(
                (f"{e.stance:<13}", STANCE_STYLES.get(e.stance, "")),
                (e.passage.citation, "cyan"),
                (f"  similarity {e.similarity:.2f}", "dim"),
            )
            table.add_row(f"{i}.", Group(header, evidence_text(e)))
        yield table


class ReviewView:
    """A reviewed draft: each claim by line, coloured by verdict, with its best evidence and
    reasons; then the summary and the sentences that were not checked."""

    def __init__(self, report: Report):
        self.report = report

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        from ..report import best_evidence, summary

        report = self.report
        yield Text.assemble(("Review of ", "bold"), (report.source or "the draft", "bold cyan"))
        for item in report.items:
            v = item.verdict
            style = LABEL_STYLES[v.label]
            yield Text("")
            yield Text.assemble(
                (f"line {item.line:>3} ", style.replace("bold ", "")),
                (v.label.value, style),
                (f"  {v.confidence:.2f}", "dim"),
            )
            body = Table.grid(padding=(0, 1))
            body.add_column(width=8)
            body.add_column(ratio=1)
            body.add_row("", Text(v.claim, style="bold"))
            best = best_evidence(v)
            if best is not None:
                body.add_row(
                    "",
                    Text.assemble(
                        (f"{best.stance} ", STANCE_STYLES.get(best.stance, "")),
                        (best.passage.citation, "cyan"),
                        ": ",
                        evidence_text(best),
                    ),
                )
            for reason in v.reasons:
                body.add_row("", Text(f"• {reason}", style="dim"))
            yield body
        yield Text("")
        yield Text(summary(report), style="bold")
        for message in report.skipped:
            yield Text(message, style="dim")


def render(report: Report, stream: TextIO) -> None:
    """The terminal view of any report: verdict panels, a review, or a claims table."""
    console = Console(file=stream, soft_wrap=False, highlight=False)
    if report.mode == "review":
        console.print(ReviewView(report))
    elif report.mode == "claim":
        for item in report.items:
            console.print(VerdictView(item.verdict))
    else:
        from .table import ClaimsTable

        console.print(ClaimsTable(report))
