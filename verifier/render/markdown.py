"""Markdown: a summary, a table of claims, then each claim's reasons and best evidence."""

from __future__ import annotations

from typing import TextIO

from ..report import Report, best_evidence, summary


def cell(text: str) -> str:
    """Text that cannot break a Markdown table or start markup of its own."""
    text = " ".join(text.split())
    for ch in "\\|*_`[]<>#":
        text = text.replace(ch, "\\" + ch)
    return text


def render(report: Report, stream: TextIO) -> None:
    write = stream.write
    if report.mode == "review":
        title = f"Review of {report.source}"
    else:
        title = f"Claims in {report.source}" if report.source else "Claims"
    write(f"# {cell(title)}\n\n{cell(summary(report))}\n\n")
    write("| id | line | claim | verdict | confidence | evidence |\n")
    write("|---:|---:|---|---|---:|---|\n")
    for item in report.items:
        v = item.verdict
        best = best_evidence(v)
        line = "" if item.line is None else str(item.line)
        citation = f"`{best.passage.citation}`" if best else "—"
        write(
            f"| {cell(item.id or '')} | {line} | {cell(v.claim)} | **{v.label.value}** "
            f"| {v.confidence:.2f} | {citation} |\n"
        )
    write("\n## Reasons\n")
    for item in report.items:
        v = item.verdict
        where = f", line {item.line}" if item.line is not None else ""
        write(f"\n### {cell(item.id or '')}{where}: {v.label.value}\n\n> {cell(v.claim)}\n\n")
        for reason in v.reasons:
            write(f"- {cell(reason)}\n")
        best = best_evidence(v)
        if best:
            write(
                f"\nEvidence (`{best.passage.citation}`, {best.stance}): {cell(best.passage.text)}\n"
            )
    if report.skipped:
        heading = "Not checked" if report.mode == "review" else "Skipped rows"
        write(f"\n## {heading}\n\n")
        for message in report.skipped:
            write(f"- {cell(message)}\n")
