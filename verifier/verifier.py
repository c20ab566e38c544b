"""The library API: `Verifier` runs the pipeline from corpus to verdict."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

import numpy as np

from . import config, facts, retrieval, verdict
from .embedding import BATCH_SIZE, Encoder
from .errors import UsageError
from .index import Index, Progress
from .retrieval import Evidence
from .verdict import Verdict

#: The judge reads this many retrieved passages, even when fewer are shown.
JUDGE_K = 10
#: Claims longer than this are cut for retrieval and judgement (a claim is a sentence or two).
MAX_CLAIM_CHARS = 2000


class Verifier:
    """Checks claims against a corpus.

    >>> v = Verifier(corpus="corpus")                       # doctest: +SKIP
    >>> v.check("314 released since July 2023").label     # doctest: +SKIP
    <Label.SUPPORTED: 'SUPPORTED'>
    """

    def __init__(
        self,
        corpus: str | Path | Sequence[str | Path] | None = None,
        *,
        top_k: int = 5,
        cache_dir: str | Path | None = None,
        nli_model: str | None = None,
        encoder: Encoder | None = None,
        progress: Progress | None = None,
    ):
        if top_k < 1:
            raise UsageError(f"top_k must be at least 1, got {top_k}")
        if corpus is None:
            self.corpus = config.default_corpus()
        elif isinstance(corpus, str | Path):
            self.corpus = [Path(corpus)]
        else:
            self.corpus = [Path(p) for p in corpus]
        self.top_k = top_k
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self.encoder = encoder or Encoder(cache_dir=self.cache_dir)
        self.progress = progress
        self._index: Index | None = None
        self._passage_facts: dict[int, facts.Facts] = {}
        self.nli = None
        if nli_model:
            from .nli import NLIModel

            self.nli = NLIModel(nli_model)

    @property
    def index(self) -> Index:
        if self._index is None:
            self._index = Index.build(self.corpus, self.encoder, self.cache_dir, self.progress)
        return self._index

    def check(self, claim: str) -> Verdict:
        """The verdict on one claim."""
        return next(self.check_many([claim]))

    def check_many(self, claims: Iterable[str], batch_size: int = BATCH_SIZE) -> Iterator[Verdict]:
        """Verdicts for many claims, in order; claims are embedded in batches."""
        batch: list[str] = []
        for claim in claims:
            batch.append(clean_claim(claim))
            if len(batch) == batch_size:
                yield from self._check_batch(batch)
                batch = []
        if batch:
            yield from self._check_batch(batch)

    def _check_batch(self, claims: list[str]) -> list[Verdict]:
        index = self.index
        claim_facts = [facts.extract(c) for c in claims]
        # Each claim is embedded with its negation (see facts.negated), in one batch.
        negations = [facts.negated(f) for f in claim_facts]
        vectors = self.encoder.encode(claims + [n for n in negations if n])
        negated_vectors = iter(vectors[len(claims) :])
        return [
            self._judge(f, vector, next(negated_vectors) if n else None, index)
            for f, n, vector in zip(claim_facts, negations, vectors, strict=False)
        ]

    def _judge(self, claim_facts: facts.Facts, vector, negated_vector, index: Index) -> Verdict:
        claim = claim_facts.text
        found = retrieval.retrieve(claim, vector, index, k=max(JUDGE_K, self.top_k))
        if negated_vector is not None and found:
            ids = np.array([e.passage.id for e in found])
            found = [
                replace(e, negated_similarity=float(s))
                for e, s in zip(found, index.similarity(negated_vector, ids), strict=True)
            ]
        candidates = [(e, self.passage_facts(e)) for e in found]
        nli_scores = self.nli.scores(claim, [e.passage.text for e in found]) if self.nli else None
        result = verdict.judge(claim_facts, candidates, nli_scores)
        return _shown(result, self.top_k)

    def passage_facts(self, evidence: Evidence) -> facts.Facts:
        """Each passage's facts are extracted once per Verifier, not once per claim."""
        pid = evidence.passage.id
        if pid not in self._passage_facts:
            self._passage_facts[pid] = facts.extract(evidence.passage.text)
        return self._passage_facts[pid]


def clean_claim(claim: str) -> str:
    """Normalise whitespace and control characters; an empty claim is a usage error."""
    if not isinstance(claim, str):
        raise UsageError(f"a claim must be text, got {type(claim).__name__}")
    text = "".join(ch if ch.isprintable() or ch.isspace() else " " for ch in claim)
    text = " ".join(text.split())
    if not text:
        raise UsageError("the claim is empty: give the text of a claim to check")
    return text[:MAX_CLAIM_CHARS]


def _shown(result: Verdict, top_k: int) -> Verdict:
    return replace(result, evidence=result.evidence[:top_k])
