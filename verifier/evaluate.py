"""Labelled claims + corpus → accuracy, per-class P/R/F1, macro-F1, confusion matrix,
evidence recall@k and a calibration table. Drives `verify --eval FILE`."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz

from .errors import InputError
from .verdict import Label, Verdict

#: Labels as other datasets spell them (CLIMATE-FEVER, FEVER) → ours.
LABEL_ALIASES = {
    "SUPPORTS": Label.SUPPORTED,
    "SUPPORTED": Label.SUPPORTED,
    "REFUTES": Label.CONTRADICTED,
    "CONTRADICTED": Label.CONTRADICTED,
    "NOT_ENOUGH_INFO": Label.NOT_ENOUGH_EVIDENCE,
    "NOT ENOUGH EVIDENCE": Label.NOT_ENOUGH_EVIDENCE,
    "NOT_ENOUGH_EVIDENCE": Label.NOT_ENOUGH_EVIDENCE,
    "DISPUTED": Label.CONFLICTING,
    "CONFLICTING": Label.CONFLICTING,
}
#: A retrieved passage is a gold evidence sentence when they agree at least this much.
GOLD_MATCH = 90.0
RECALL_AT = (1, 5, 10)
CALIBRATION_BINS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True)
class LabelledClaim:
    claim: str
    label: Label
    line: int
    gold_evidence: tuple[str, ...] = ()  # sentences that support or refute the claim


@dataclass(frozen=True)
class ClassScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Scores:
    """Metrics over one set of labels."""

    labels: tuple[Label, ...]
    n: int
    accuracy: float
    per_class: dict[Label, ClassScores]
    macro_f1: float
    confusion: dict[Label, dict[Label, int]]  # gold → predicted → count


@dataclass(frozen=True)
class Evaluation:
    scores: tuple[Scores, ...]  # all labels first; then without CONFLICTING when present
    recall_at: dict[int, float]  # k → share of claims with gold evidence found in the top k
    recall_n: int  # claims that have gold evidence
    calibration: tuple[tuple[float, float, int, float], ...]  # (low, high, count, accuracy)


def read_labelled(path: Path) -> Iterator[LabelledClaim]:
    """Labelled claims, one JSON object a line: `claim` and `label` (or CLIMATE-FEVER's
    `claim_label` with `evidences`)."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read labelled claims {path}: {exc.strerror or exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            raw = row.get("label", row.get("claim_label"))
            label = LABEL_ALIASES[str(raw).upper()]
            claim = row["claim"]
        except (json.JSONDecodeError, KeyError, AttributeError) as exc:
            raise InputError(f"{path}:{number}: not a labelled claim ({exc})") from None
        gold = tuple(
            e["evidence"]
            for e in row.get("evidences", ())
            if e.get("evidence_label") in ("SUPPORTS", "REFUTES")
        )
        gold += tuple(row.get("gold_evidence", ()))
        yield LabelledClaim(claim, label, number, gold)


def is_gold(passage_text: str, gold: Iterable[str]) -> bool:
    return any(
        fuzz.ratio(passage_text, g) >= GOLD_MATCH or (len(passage_text) > 40 and passage_text in g)
        for g in gold
    )


def evaluate(
    items: list[LabelledClaim], verdicts: list[Verdict], rankings: list[list[str]]
) -> Evaluation:
    """Score verdicts against gold labels; `rankings` are retrieved passage texts, best first."""
    pairs = [(item.label, v.label) for item, v in zip(items, verdicts, strict=True)]
    present = tuple(label for label in Label if any(gold == label for gold, _ in pairs))
    scores = [_scores(pairs, present)]
    if any(gold == Label.CONFLICTING for gold, _ in pairs):
        three = tuple(label for label in Label if label != Label.CONFLICTING)
        scores.append(_scores([p for p in pairs if p[0] != Label.CONFLICTING], three))
    with_gold = [(i, r) for i, r in zip(items, rankings, strict=True) if i.gold_evidence]
    recall = {
        k: sum(any(is_gold(t, i.gold_evidence) for t in r[:k]) for i, r in with_gold)
        / max(len(with_gold), 1)
        for k in RECALL_AT
    }
    return Evaluation(tuple(scores), recall, len(with_gold), _calibration(pairs, verdicts))


def _scores(pairs: list[tuple[Label, Label]], labels: tuple[Label, ...]) -> Scores:
    confusion = {g: {p: 0 for p in Label} for g in labels}
    for gold, predicted in pairs:
        confusion[gold][predicted] += 1
    per_class = {}
    for label in labels:
        tp = confusion[label][label]
        predicted = sum(confusion[g][label] for g in labels)
        actual = sum(confusion[label].values())
        p = tp / predicted if predicted else 0.0
        r = tp / actual if actual else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_class[label] = ClassScores(p, r, f1, actual)
    n = len(pairs)
    accuracy = sum(g == p for g, p in pairs) / n if n else 0.0
    macro = sum(c.f1 for c in per_class.values()) / len(labels)
    return Scores(labels, n, accuracy, per_class, macro, confusion)


def _calibration(pairs: list[tuple[Label, Label]], verdicts: list[Verdict]):
    bins: dict[int, list[bool]] = defaultdict(list)
    for (gold, predicted), v in zip(pairs, verdicts, strict=True):
        for i, high in enumerate(CALIBRATION_BINS):
            if v.confidence < high:
                bins[i].append(gold == predicted)
                break
    rows = []
    low = 0.0
    for i, high in enumerate(CALIBRATION_BINS):
        hits = bins.get(i, [])
        rows.append((low, min(high, 1.0), len(hits), sum(hits) / len(hits) if hits else 0.0))
        low = high
    return tuple(rows)


def rankings(verdicts: list[Verdict]) -> list[list[str]]:
    """Each verdict's evidence texts in retrieval order (best fused score first)."""
    return [[e.passage.text for e in sorted(v.evidence, key=lambda e: -e.score)] for v in verdicts]


def write_climate_fever_corpus(source: Path, folder: Path) -> Path:
    """The CLIMATE-FEVER evidence corpus: every distinct evidence sentence, one document
    (one JSON line) per Wikipedia article, one sentence per paragraph."""
    articles: dict[str, list[str]] = {}
    for line in source.read_text(encoding="utf-8").splitlines():
        for e in json.loads(line)["evidences"]:
            sentences = articles.setdefault(e["article"], [])
            if e["evidence"] not in sentences:
                sentences.append(e["evidence"])
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "climate-fever-evidence.jsonl"
    with target.open("w", encoding="utf-8") as out:
        for title, sentences in articles.items():
            out.write(json.dumps({"title": title, "text": "\n\n".join(sentences)}) + "\n")
    return target
