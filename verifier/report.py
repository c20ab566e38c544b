"""The result of one run (a claim, a claims file or a draft): what every renderer renders."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .retrieval import Evidence
from .verdict import Label, Verdict


@dataclass(frozen=True)
class Item:
    """One checked claim, with where it came from."""

    verdict: Verdict
    id: str | None = None  # claim id from a claims file, or a running number
    line: int | None = None  # line in the claims file or draft
    span: tuple[int, int] | None = None  # character span in the draft


@dataclass(frozen=True)
class Report:
    """Every checked claim of a run, and what was skipped."""

    items: tuple[Item, ...]
    mode: str = "claim"  # claim | file | review
    source: str | None = None  # the claims file or draft
    skipped: tuple[str, ...] = field(default_factory=tuple)  # one message per skipped row
    text: str | None = None  # review: the draft's text, which the items' spans point into

    def counts(self) -> dict[str, int]:
        found = Counter(item.verdict.label for item in self.items)
        return {label.value: found.get(label, 0) for label in Label}


def verdict_dict(verdict: Verdict) -> dict:
    """The machine-readable form of a verdict, shared by the JSON, JSONL and CSV outputs."""
    return {
        "claim": verdict.claim,
        "verdict": verdict.label.value,
        "confidence": verdict.confidence,
        "reasons": list(verdict.reasons),
        "checks": [
            {
                "kind": c.kind,
                "outcome": c.outcome,
                "claim": c.claim,
                "evidence": c.evidence,
                "citation": c.citation,
                "detail": c.detail,
                "text": str(c),
            }
            for c in verdict.checks
        ],
        "evidence": [
            {
                "document": e.passage.document,
                "line": e.passage.line,
                "start": e.passage.start,
                "end": e.passage.end,
                "text": e.passage.text,
                "score": e.score,
                "similarity": round(e.similarity, 4),
                "stance": e.stance,
            }
            for e in verdict.evidence
        ],
    }


def item_dict(item: Item) -> dict:
    row = {}
    if item.id is not None:
        row["id"] = item.id
    if item.line is not None:
        row["line"] = item.line
    if item.span is not None:
        row["span"] = list(item.span)
    return row | verdict_dict(item.verdict)


#: The stance of the passage that best explains each label.
_DECIDING_STANCE = {
    Label.SUPPORTED: "supports",
    Label.CONTRADICTED: "contradicts",
    Label.CONFLICTING: "contradicts",
}


def best_evidence(verdict: Verdict) -> Evidence | None:
    """The passage that decided the verdict; None for NOT ENOUGH EVIDENCE, where no passage
    did (a nearest passage shown as "evidence" would mislead a reader of a table)."""
    wanted = _DECIDING_STANCE.get(verdict.label)
    return next((e for e in verdict.evidence if e.stance == wanted), None)


def summary(report: Report) -> str:
    """One line: how many claims, by verdict, and how many rows were skipped."""
    counts = report.counts()
    total = len(report.items)
    parts = [f"{total} claim{'' if total == 1 else 's'} checked"]
    parts += [f"{n} {label}" for label, n in counts.items() if n]
    line = ", ".join(parts)
    if report.skipped:
        n = len(report.skipped)
        what = ("sentence", "not checked") if report.mode == "review" else ("row", "skipped")
        line += f"; {n} {what[0]}{'' if n == 1 else 's'} {what[1]}"
    return line
