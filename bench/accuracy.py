"""Accuracy: seed-dev against the demo corpus, CLIMATE-FEVER dev against its evidence corpus,
an ablation of the retrieval signals, a plain-similarity baseline, and the news probes in
bench/news/ (news and statistics claims written for this project, each set with its own
small corpus), all in one run.

    python -m bench.accuracy            # prints Markdown for docs/benchmarks.md
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from verifier import Verifier, retrieval
from verifier.evaluate import (
    evaluate,
    is_gold,
    rankings,
    read_labelled,
    write_climate_fever_corpus,
)
from verifier.render.evaluation import markdown
from verifier.verdict import Label

from .common import BENCH_DATA, CLIMATE_FEVER, DEMO_CORPUS


def run_eval(verifier: Verifier, path: Path) -> tuple[str, list, list]:
    items = list(read_labelled(path))
    verdicts = list(verifier.check_many(i.claim for i in items))
    return markdown(evaluate(items, verdicts, rankings(verdicts))), items, verdicts


def ablation(verifier: Verifier, items: list) -> list[tuple[str, float]]:
    """Evidence recall@5 with each combination of retrieval signals."""
    with_gold = [i for i in items if i.gold_evidence]
    vectors = verifier.encoder.encode([i.claim for i in with_gold])
    index = verifier.index
    rows = []
    variants = [
        ("dense", ("dense",), {}),
        ("BM25", ("lexical",), {}),
        ("dense + BM25", ("dense", "lexical"), {}),
        ("dense + BM25 + fuzzy (weight 0.5, default)", ("dense", "lexical", "fuzzy"), {}),
        ("dense + BM25 + fuzzy (equal weight 1.0)", ("dense", "lexical", "fuzzy"), {"fuzzy": 1.0}),
    ]
    default = dict(retrieval.WEIGHTS)
    for name, signals, weights in variants:
        retrieval.WEIGHTS.update(weights)
        try:
            hits = [
                any(
                    is_gold(e.passage.text, i.gold_evidence)
                    for e in retrieval.retrieve(i.claim, v, index, k=5, signals=signals)
                )
                for i, v in zip(with_gold, vectors, strict=True)
            ]
        finally:
            retrieval.WEIGHTS.clear()
            retrieval.WEIGHTS.update(default)
        rows.append((name, float(np.mean(hits))))
    return rows


def similarity_baseline(items: list, verdicts: list) -> tuple[float, float]:
    """Macro-F1 (3 classes) of the best single threshold on the top passage's similarity:
    SUPPORTED above it, NOT ENOUGH EVIDENCE below; it never finds a contradiction."""
    pairs = [
        (i.label, max((e.similarity for e in v.evidence), default=0.0))
        for i, v in zip(items, verdicts, strict=True)
        if i.label != Label.CONFLICTING
    ]
    labels = (Label.SUPPORTED, Label.CONTRADICTED, Label.NOT_ENOUGH_EVIDENCE)
    best = (0.0, 0.0)
    for threshold in np.arange(0.3, 0.9, 0.01):
        predicted = [
            Label.SUPPORTED if s >= threshold else Label.NOT_ENOUGH_EVIDENCE for _, s in pairs
        ]
        f1s = []
        for label in labels:
            tp = sum(p == label and g == label for p, (g, _) in zip(predicted, pairs, strict=True))
            pp = sum(p == label for p in predicted)
            gg = sum(g == label for g, _ in pairs)
            precision, recall = (tp / pp if pp else 0.0), (tp / gg if gg else 0.0)
            f1s.append(2 * precision * recall / (precision + recall) if tp else 0.0)
        best = max(best, (float(np.mean(f1s)), float(threshold)))
    return best


NEWS = Path(__file__).parent / "news"


def news_probes(verifier: Verifier, cache: Path) -> tuple[str, list[tuple[str, int, int, int]]]:
    """Every set in bench/news/ against its own corpus: the report over all of them, and per
    set the claims, the wrong SUPPORTED and the wrong CONTRADICTED."""
    items, verdicts, rows = [], [], []
    for claims in sorted(NEWS.glob("*.jsonl")):
        corpus = claims.with_suffix(".txt")
        checker = Verifier(corpus=corpus, cache_dir=cache, top_k=10, encoder=verifier.encoder)
        labelled = list(read_labelled(claims))
        judged = list(checker.check_many(i.claim for i in labelled))
        wrong = [
            (i.label, v.label) for i, v in zip(labelled, judged, strict=True) if i.label != v.label
        ]
        rows.append(
            (
                claims.stem,
                len(labelled),
                sum(p == Label.SUPPORTED for _, p in wrong),
                sum(p == Label.CONTRADICTED for _, p in wrong),
            )
        )
        items += labelled
        verdicts += judged
    return markdown(evaluate(items, verdicts, rankings(verdicts))), rows


def main() -> None:
    started = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "cache"
        demo = Verifier(corpus=DEMO_CORPUS, cache_dir=cache, top_k=10)
        seed, _, _ = run_eval(demo, BENCH_DATA / "seed-dev.jsonl")
        corpus = write_climate_fever_corpus(CLIMATE_FEVER, Path(tmp) / "climate-fever")
        cf = Verifier(corpus=corpus, cache_dir=cache, top_k=10, encoder=demo.encoder)
        report, items, verdicts = run_eval(cf, CLIMATE_FEVER)
        signals = ablation(cf, items)
        baseline, threshold = similarity_baseline(items, verdicts)
        news, news_rows = news_probes(demo, cache)
    print(f"Measured {started} with `python -m bench.accuracy`.\n")
    print("### seed-dev (24 claims, demo corpus)\n")
    print(seed)
    print(f"### CLIMATE-FEVER dev ({len(items)} claims, {len(cf.index)} passages)\n")
    print(report)
    print("Retrieval signals, evidence recall@5 on the claims with gold evidence:\n")
    print("| signals | recall@5 |\n|---|---|")
    for name, value in signals:
        print(f"| {name} | {value:.3f} |")
    print(
        f"\nPlain embedding-similarity threshold (best threshold {threshold:.2f}, chosen on this "
        f"data): macro-F1 {baseline:.3f} (3 classes)."
    )
    print(f"\n### News probes ({sum(r[1] for r in news_rows)} claims, bench/news/)\n")
    print(news)
    print("| set | claims | wrong SUPPORTED | wrong CONTRADICTED |\n|---|---|---|---|")
    for name, n, wrong_supported, wrong_contradicted in news_rows:
        print(f"| {name} | {n} | {wrong_supported} | {wrong_contradicted} |")


if __name__ == "__main__":
    main()
