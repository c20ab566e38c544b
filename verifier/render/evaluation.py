"""Renders an `Evaluation` (from `verify --eval`) as rich tables, Markdown or JSON."""

from __future__ import annotations

import json
from typing import TextIO

from ..errors import UsageError
from ..evaluate import Evaluation, Scores
from ..verdict import Label

SHORT = {
    Label.SUPPORTED: "SUP",
    Label.CONTRADICTED: "CON",
    Label.CONFLICTING: "CNF",
    Label.NOT_ENOUGH_EVIDENCE: "NEE",
}


def to_dict(result: Evaluation) -> dict:
    return {
        "scores": [
            {
                "labels": [label.value for label in s.labels],
                "n": s.n,
                "accuracy": round(s.accuracy, 4),
                "macro_f1": round(s.macro_f1, 4),
                "per_class": {
                    label.value: {
                        "precision": round(c.precision, 4),
                        "recall": round(c.recall, 4),
                        "f1": round(c.f1, 4),
                        "support": c.support,
                    }
                    for label, c in s.per_class.items()
                },
                "confusion": {
                    gold.value: {p.value: n for p, n in row.items()}
                    for gold, row in s.confusion.items()
                },
            }
            for s in result.scores
        ],
        "evidence_recall": {f"@{k}": round(v, 4) for k, v in result.recall_at.items()},
        "evidence_recall_claims": result.recall_n,
        "calibration": [
            {"confidence": [lo, hi], "claims": n, "accuracy": round(acc, 4)}
            for lo, hi, n, acc in result.calibration
        ],
    }


def markdown(result: Evaluation) -> str:
    lines: list[str] = []
    for s in result.scores:
        lines += [f"**{_title(s)}**: accuracy {s.accuracy:.3f}, macro-F1 {s.macro_f1:.3f}", ""]
        lines += ["| class | precision | recall | F1 | support |", "|---|---|---|---|---|"]
        for label, c in s.per_class.items():
            lines.append(
                f"| {label.value} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.support} |"
            )
        predicted = [p for p in Label if any(row[p] for row in s.confusion.values())] or list(Label)
        lines += ["", "| gold \\ predicted | " + " | ".join(SHORT[p] for p in predicted) + " |"]
        lines.append("|---" * (len(predicted) + 1) + "|")
        for gold, row in s.confusion.items():
            lines.append(f"| {SHORT[gold]} | " + " | ".join(str(row[p]) for p in predicted) + " |")
        lines.append("")
    if result.recall_n:
        recall = ", ".join(f"@{k} {v:.3f}" for k, v in result.recall_at.items())
        lines += [f"Evidence recall ({result.recall_n} claims with gold evidence): {recall}", ""]
    lines += ["| confidence | claims | accuracy |", "|---|---|---|"]
    for lo, hi, n, acc in result.calibration:
        if n:
            lines.append(f"| {lo:.1f}–{hi:.1f} | {n} | {acc:.3f} |")
    return "\n".join(lines) + "\n"


def _title(s: Scores) -> str:
    return f"{len(s.labels)} classes, {s.n} claims"


def _rich(result: Evaluation, stream: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(file=stream, highlight=False)
    for s in result.scores:
        table = Table(title=f"{_title(s)}: accuracy {s.accuracy:.3f}, macro-F1 {s.macro_f1:.3f}")
        for column in ("class", "precision", "recall", "F1", "support"):
            table.add_column(column, justify="left" if column == "class" else "right")
        for label, c in s.per_class.items():
            table.add_row(
                label.value, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.support)
            )
        console.print(table)
        confusion = Table(title="confusion (rows: gold, columns: predicted)")
        confusion.add_column("gold")
        for p in Label:
            confusion.add_column(SHORT[p], justify="right")
        for gold, row in s.confusion.items():
            confusion.add_row(SHORT[gold], *(str(row[p]) for p in Label))
        console.print(confusion)
    if result.recall_n:
        recall = ", ".join(f"@{k} {v:.3f}" for k, v in result.recall_at.items())
        console.print(f"evidence recall ({result.recall_n} claims with gold evidence): {recall}")
    calibration = Table(title="calibration: accuracy by confidence")
    for column in ("confidence", "claims", "accuracy"):
        calibration.add_column(column, justify="right")
    for lo, hi, n, acc in result.calibration:
        if n:
            calibration.add_row(f"{lo:.1f}–{hi:.1f}", str(n), f"{acc:.3f}")
    console.print(calibration)


def render(result: Evaluation, stream: TextIO, format: str = "rich") -> None:
    if format == "json":
        json.dump(to_dict(result), stream, indent=2)
        stream.write("\n")
    elif format == "markdown":
        stream.write(markdown(result))
    elif format in ("rich", "table"):
        _rich(result, stream)
    else:
        raise UsageError(f"--eval prints rich, table, markdown or json, not {format!r}")
