"""Dense top-k search over passage vectors, behind one small interface.

- `ExactStore` (up to `EXACT_LIMIT` passages): one float32 matrix product per claim. Exact,
  and at 50k passages it costs a few milliseconds and 77 MB.
- `HnswStore` (above it): an HNSW graph from usearch over float16 vectors. The graph is built
  once per corpus and saved next to the index cache, then memory-mapped by later runs.

Both return the same thing: passage ids, best first, and their cosine similarities.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from pathlib import Path
from typing import Protocol

import numpy as np

from .errors import CorpusWarning

#: Up to this many passages, search is exact.
EXACT_LIMIT = 50_000
#: HNSW parameters: neighbours per node, and candidate-list sizes when adding and searching.
#: With EF_SEARCH 256, recall@10 against exact search was 0.999 at 100k and 0.887 at 1M
#: synthetic "topic" vectors: at 1M the graph built with these settings is the limit, not
#: EF_SEARCH (docs/benchmarks.md, "Scale"); a denser graph (larger EF_ADD, CONNECTIVITY)
#: should raise it, at a build cost not measured yet.
CONNECTIVITY = 16
EF_ADD = 64
EF_SEARCH = 256


class VectorStore(Protocol):
    def __len__(self) -> int: ...

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The `k` nearest passage ids, best first, and their cosine similarities."""
        ...

    def similarity(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Exact cosine similarity of `query` with the given passages."""
        ...


def top_k(scores: np.ndarray, k: int) -> np.ndarray:
    """Indices of the `k` largest scores, best first."""
    k = min(k, len(scores))
    if k <= 0:
        return np.zeros(0, dtype=np.int64)
    top = np.argpartition(-scores, k - 1)[:k]
    return top[np.argsort(-scores[top], kind="stable")]


class ExactStore:
    def __init__(self, vectors: np.ndarray):
        self.matrix = np.ascontiguousarray(vectors, dtype=np.float32)

    def __len__(self) -> int:
        return len(self.matrix)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        scores = self.matrix @ np.asarray(query, dtype=np.float32)
        ids = top_k(scores, k)
        return ids, scores[ids]

    def similarity(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        return self.matrix[np.asarray(ids, dtype=np.int64)] @ np.asarray(query, dtype=np.float32)


class HnswStore:
    """Approximate search with usearch; `vectors` (float16 is enough) give exact similarities."""

    def __init__(self, graph, vectors: np.ndarray):
        self.graph = graph
        self.vectors = vectors

    def __len__(self) -> int:
        return len(self.vectors)

    @classmethod
    def open(cls, vectors: np.ndarray, path: Path | None = None) -> HnswStore:
        """Memory-map the graph saved at `path`, or build it (and save it there)."""
        usearch = _usearch()
        if path is not None and path.is_file():
            try:
                graph = usearch.Index.restore(str(path), view=True)
            except (ValueError, RuntimeError, OSError) as exc:
                # A damaged graph is never trusted: say so once, then build a new one.
                warnings.warn(
                    f"saved search graph {path} is damaged ({exc}); rebuilding it",
                    CorpusWarning,
                    stacklevel=2,
                )
                graph = None
            if graph is not None and len(graph) == len(vectors):
                graph.expansion_search = EF_SEARCH
                return cls(graph, vectors)
        graph = usearch.Index(
            ndim=vectors.shape[1],
            metric="ip",
            dtype="f16",
            connectivity=CONNECTIVITY,
            expansion_add=EF_ADD,
            expansion_search=EF_SEARCH,
        )
        chunk = 65_536  # bounded float32 copies while adding
        for start in range(0, len(vectors), chunk):
            block = np.asarray(vectors[start : start + chunk], dtype=np.float32)
            graph.add(np.arange(start, start + len(block), dtype=np.uint64), block)
        if path is not None:
            _save_atomically(graph, path)
        return cls(graph, vectors)

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        k = min(k, len(self))
        if k <= 0:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        matches = self.graph.search(np.asarray(query, dtype=np.float32), max(k, 1))
        ids = np.asarray(matches.keys, dtype=np.int64)
        # Rescore exactly, so the similarities shown do not carry float16 graph error.
        scores = self.similarity(query, ids)
        order = np.argsort(-scores, kind="stable")
        return ids[order], scores[order]

    def similarity(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        rows = np.asarray(self.vectors[np.asarray(ids, dtype=np.int64)], dtype=np.float32)
        return rows @ np.asarray(query, dtype=np.float32)


def open_store(
    vectors: np.ndarray, path: Path | None = None, exact_limit: int = EXACT_LIMIT
) -> VectorStore:
    """Exact search for small corpora, HNSW above `exact_limit` passages."""
    if len(vectors) <= exact_limit:
        return ExactStore(vectors)
    return HnswStore.open(vectors, path)


def _usearch():
    try:
        from usearch import index
    except ImportError as exc:  # the one place that needs usearch
        raise ImportError(
            f"corpora over {EXACT_LIMIT:,} passages need usearch: pip install usearch"
        ) from exc
    return index


def _save_atomically(graph, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        os.close(fd)
        try:
            graph.save(tmp)
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError:
        pass  # a read-only cache: the graph is rebuilt next time, search still works
