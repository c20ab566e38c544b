"""Claim → ranked evidence passages: dense + BM25 fused by reciprocal rank fusion,
with rapidfuzz matching of names and quotes as a third, lighter signal."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from rapidfuzz import fuzz, process, utils

from . import facts as facts_mod
from .index import Index
from .passages import Passage
from .vectors import top_k

#: How many passages each signal proposes before fusion.
CANDIDATES = 50
#: Reciprocal rank fusion constant. Cormack et al. (2009) use 60; 10 lets the top of each
#: ranking count for more, which raised CLIMATE-FEVER dev recall@5 from 0.695 to 0.710.
RRF_K = 10
#: Weights of each ranking in the fusion. Fuzzy matching only votes for passages that
#: contain the claim's names or quotes, and with less weight: as an equal third ranking
#: it lowered recall on general claims.
WEIGHTS = {"dense": 1.0, "lexical": 1.0, "fuzzy": 0.5}
#: A name counts as present in a passage at this rapidfuzz partial_ratio or above.
FUZZY_CUTOFF = 85.0
#: Above this many passages, fuzzy matching only re-ranks the dense and lexical candidates:
#: scanning every passage for every claim was a third of bulk checking time on 3,000.
FUZZY_FULL_SCAN_LIMIT = 2_000


@dataclass(frozen=True)
class Evidence:
    """A passage retrieved for a claim, with the scores that put it there."""

    passage: Passage
    score: float  # fused retrieval score: higher ranks first
    similarity: float  # cosine similarity of claim and passage embeddings
    lexical: float  # BM25 score
    fuzzy: float  # best rapidfuzz match of the claim's names and quotes, 0-100
    stance: str = "unjudged"  # set by the judge: supports, contradicts or neutral
    #: (start, end, kind) spans of passage.text the judge matched ("match") or found
    #: differing from the claim ("mismatch"), for highlighting.
    highlights: tuple[tuple[int, int, str], ...] = ()
    #: cosine similarity with the claim negated (see facts.negated); None when not asked
    negated_similarity: float | None = None


def fuzzy_targets(claim: str) -> list[str]:
    """What fuzzy matching looks for: the claim's names and quotations."""
    # A name opening the claim counts here too: looking it up costs nothing if it is not one.
    names = [f.text for f in facts_mod.names(claim)] + [q.text for q in facts_mod.quotes(claim)]
    return [n for n in dict.fromkeys(names) if len(n) >= 4]


def retrieve(
    claim: str,
    vector: np.ndarray,
    index: Index,
    k: int = 5,
    signals: tuple[str, ...] = ("dense", "lexical", "fuzzy"),
) -> list[Evidence]:
    """The `k` best passages for a claim, by weighted reciprocal rank fusion."""
    # The index answers the dense top-N itself: exact for small corpora, HNSW for large ones.
    dense_ids, _ = index.dense_top(vector, CANDIDATES) if "dense" in signals else (None, None)
    lexical = index.lexical.scores(claim) if "lexical" in signals else np.zeros(len(index))
    rankings: dict[str, np.ndarray] = {}
    if "dense" in signals:
        rankings["dense"] = dense_ids
    if "lexical" in signals:
        rankings["lexical"] = top_k(lexical, CANDIDATES)[: int(np.count_nonzero(lexical))]
    fuzzy = np.zeros(len(index), dtype=np.float32)
    if "fuzzy" in signals:
        pool = None
        if len(index) > FUZZY_FULL_SCAN_LIMIT:
            pool = np.unique(np.concatenate(list(rankings.values()) or [np.zeros(0, np.int64)]))
        fuzzy = _fuzzy_scores(fuzzy_targets(claim), index.passages, pool)
        rankings["fuzzy"] = top_k(fuzzy, CANDIDATES)[: int(np.count_nonzero(fuzzy))]
    fused: dict[int, float] = {}
    for name, ids in rankings.items():
        for position, pid in enumerate(ids):
            fused[int(pid)] = fused.get(int(pid), 0.0) + WEIGHTS[name] / (RRF_K + position + 1)
    best = sorted(fused.items(), key=lambda item: -item[1])[:k]
    similarity = index.similarity(vector, np.array([pid for pid, _ in best], dtype=np.int64))
    return [
        Evidence(
            passage=index.passages[pid],
            score=round(score, 6),
            similarity=float(cosine),
            lexical=float(lexical[pid]),
            fuzzy=float(fuzzy[pid]),
        )
        for (pid, score), cosine in zip(best, similarity, strict=True)
    ]


@lru_cache(maxsize=1_000_000)
def _folded(passage: Passage) -> str:
    return utils.default_process(facts_mod.fold(passage.text))


def _fuzzy_scores(targets: list[str], items: list[Passage], pool: np.ndarray | None) -> np.ndarray:
    """Sum over the claim's names of their best partial match in each passage."""
    scores = np.zeros(len(items), dtype=np.float32)
    if not targets:
        return scores
    ids = range(len(items)) if pool is None else [int(i) for i in pool]
    texts = [_folded(items[i]) for i in ids]
    for target in targets:
        matrix = process.cdist(
            [utils.default_process(facts_mod.fold(target))],
            texts,
            scorer=fuzz.partial_ratio,
            score_cutoff=FUZZY_CUTOFF,
            workers=1,
        )[0]
        for column, value in enumerate(matrix):
            if value:
                scores[ids[column]] += value / len(targets)
    return scores
