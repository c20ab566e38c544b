"""Scale benchmark: dense search latency, recall and peak memory at N passages.

Random unit vectors (the hardest case for an approximate index: no clusters to exploit),
stored as float16 in a memory-mapped .npy file like the index cache stores them. Each phase
runs in its own process so that its peak RSS is its own:

    python -m bench.scale build KIND N DIR   # vectors + store (HNSW above the exact limit)
    python -m bench.scale serve KIND N DIR   # a later run: map the saved graph, answer queries

Each prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

import numpy as np

from verifier import vectors as vs

DIM = 384
QUERIES = 200
K = 10
CHUNK = 65_536


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def unit(rows: np.ndarray) -> np.ndarray:
    return rows / np.linalg.norm(rows, axis=1, keepdims=True)


#: "uniform": unit vectors uniformly at random on the sphere, the worst case for an
#: approximate index (every point is about equally far from every other). "topics": random
#: unit vectors scattered around 1,000 random topic centres (noise of the same norm as the
#: centre), so that a query's nearest passage has cosine ~0.6 and unrelated pairs ~0.0, as
#: with text embeddings. Queries are drawn the same way, never from the stored vectors.
KINDS = ("uniform", "topics")
TOPICS = 1000


def sample(rng: np.random.Generator, size: int, kind: str) -> np.ndarray:
    noise = unit(rng.standard_normal((size, DIM), dtype=np.float32))
    if kind == "uniform":
        return noise
    centres = unit(np.random.default_rng(12345).standard_normal((TOPICS, DIM), dtype=np.float32))
    return unit(centres[rng.integers(0, TOPICS, size)] + 0.9 * noise)


def make_vectors(n: int, folder: Path, kind: str) -> np.ndarray:
    """N random unit vectors as float16 on disk, written chunk by chunk."""
    path = folder / f"vectors-{kind}-{n}.npy"
    if not path.exists():
        out = np.lib.format.open_memmap(path, mode="w+", dtype=np.float16, shape=(n, DIM))
        rng = np.random.default_rng(n)
        for start in range(0, n, CHUNK):
            out[start : start + CHUNK] = sample(rng, min(CHUNK, n - start), kind)
        out.flush()
        del out
    return np.load(path, mmap_mode="r")


def queries(kind: str) -> np.ndarray:
    return sample(np.random.default_rng(7), QUERIES, kind)


def exact_top(vectors: np.ndarray, q: np.ndarray, k: int) -> np.ndarray:
    """Ground truth, chunk by chunk (float32 products of float16 rows)."""
    best_ids = np.zeros((len(q), 0), dtype=np.int64)
    best = np.zeros((len(q), 0), dtype=np.float32)
    for start in range(0, len(vectors), CHUNK):
        block = np.asarray(vectors[start : start + CHUNK], dtype=np.float32)
        scores = q @ block.T
        ids = np.broadcast_to(np.arange(start, start + len(block)), scores.shape)
        best = np.concatenate([best, scores], axis=1)
        best_ids = np.concatenate([best_ids, ids], axis=1)
        keep = np.argsort(-best, axis=1)[:, :k]
        best = np.take_along_axis(best, keep, axis=1)
        best_ids = np.take_along_axis(best_ids, keep, axis=1)
    return best_ids


def graph_path(n: int, folder: Path, kind: str) -> Path:
    return folder / f"graph-{kind}-{n}.usearch"


def build(n: int, folder: Path, kind: str) -> dict:
    vectors = make_vectors(n, folder, kind)
    start = time.perf_counter()
    store = vs.open_store(vectors, graph_path(n, folder, kind))
    built = time.perf_counter() - start
    return {"phase": "build", "kind": kind, "n": n, "store": type(store).__name__, "build_s": built,
            "peak_rss_mb": peak_rss_mb()}  # fmt: skip


def serve(n: int, folder: Path, kind: str) -> dict:
    start = time.perf_counter()
    vectors = np.load(folder / f"vectors-{kind}-{n}.npy", mmap_mode="r")
    store = vs.open_store(vectors, graph_path(n, folder, kind))
    opened = time.perf_counter() - start
    q = queries(kind)
    found, latencies = [], []
    for row in q:  # one claim at a time, as `verify` asks
        t = time.perf_counter()
        ids, _ = store.search(row, K)
        latencies.append(time.perf_counter() - t)
        found.append(ids[:K])
    serving_rss = peak_rss_mb()  # before the ground truth below, which needs memory of its own
    truth = exact_top(vectors, q, K)
    recall = float(np.mean([len(set(f) & set(t)) / K for f, t in zip(found, truth, strict=True)]))
    # Exact search time per claim at this size, for comparison (float16 rows, chunked).
    t = time.perf_counter()
    exact_top(vectors, q[:20], K)
    exact_ms = (time.perf_counter() - t) / 20 * 1e3
    return {
        "phase": "serve",
        "kind": kind,
        "n": n,
        "store": type(store).__name__,
        "open_s": opened,
        "search_ms_median": float(np.median(latencies) * 1e3),
        "search_ms_p95": float(np.percentile(latencies, 95) * 1e3),
        "recall_at_10": recall,
        "exact_scan_ms": exact_ms,
        "peak_rss_mb": serving_rss,
    }


if __name__ == "__main__":
    phase, kind, size, where = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
    where.mkdir(parents=True, exist_ok=True)
    print(json.dumps({"build": build, "serve": serve}[phase](size, where, kind)))
