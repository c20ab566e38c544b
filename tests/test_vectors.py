"""Exact and HNSW dense search agree; the HNSW graph is saved once and memory-mapped after."""

from __future__ import annotations

import numpy as np
import pytest

from verifier import vectors as vs
from verifier.errors import CorpusWarning
from verifier.index import Index


def unit_rows(n: int, seed: int = 0, topics: int = 0) -> np.ndarray:
    """Random unit vectors; with `topics`, scattered around that many centres, like text."""
    rng = np.random.default_rng(seed)
    rows = rng.standard_normal((n, 384)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    if topics:
        centres = np.random.default_rng(99).standard_normal((topics, 384)).astype(np.float32)
        centres /= np.linalg.norm(centres, axis=1, keepdims=True)
        rows = centres[rng.integers(0, topics, n)] + 0.9 * rows
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    return rows.astype(np.float16)


def test_small_corpora_are_searched_exactly():
    vectors = unit_rows(500)
    store = vs.open_store(vectors)
    assert isinstance(store, vs.ExactStore)
    query = vectors[42].astype(np.float32)
    ids, scores = store.search(query, 5)
    assert ids[0] == 42 and scores[0] > 0.99
    assert np.all(np.diff(scores) <= 0)
    expected = vectors.astype(np.float32) @ query
    assert np.allclose(store.similarity(query, ids), expected[ids], atol=1e-5)
    assert len(store.search(query, 0)[0]) == 0


def test_hnsw_agrees_with_exact_search_and_is_reopened_from_disk(tmp_path):
    vectors = unit_rows(3000, seed=1, topics=100)
    queries = unit_rows(50, seed=2, topics=100).astype(np.float32)
    path = tmp_path / "ann" / "graph.usearch"
    hnsw = vs.open_store(vectors, path, exact_limit=1000)
    assert isinstance(hnsw, vs.HnswStore) and path.is_file()
    exact = vs.ExactStore(vectors)
    recall = []
    for q in queries:
        ids, scores = hnsw.search(q, 10)
        truth, _ = exact.search(q, 10)
        recall.append(len(set(ids) & set(truth)) / 10)
        assert np.allclose(scores, exact.similarity(q, ids), atol=1e-5)  # rescored exactly
    assert np.mean(recall) >= 0.98
    again = vs.open_store(vectors, path, exact_limit=1000)
    assert np.array_equal(again.search(queries[0], 10)[0], hnsw.search(queries[0], 10)[0])
    assert [p.name for p in path.parent.iterdir()] == ["graph.usearch"]


@pytest.mark.parametrize("damage", [b"", b"garbage" * 100, "truncate"])
def test_a_damaged_saved_graph_is_reported_and_rebuilt(tmp_path, damage):
    vectors = unit_rows(1200, seed=3, topics=50)
    path = tmp_path / "graph.usearch"
    vs.open_store(vectors, path, exact_limit=1000)
    good = path.read_bytes()
    path.write_bytes(good[: len(good) // 3] if damage == "truncate" else damage)
    with pytest.warns(CorpusWarning, match="damaged"):
        store = vs.open_store(vectors, path, exact_limit=1000)
    query = vectors[7].astype(np.float32)
    assert store.search(query, 1)[0][0] == 7
    assert path.read_bytes() != (damage if isinstance(damage, bytes) else b"")


def test_index_answers_dense_top_and_similarity(demo):
    index: Index = demo.index
    assert index.vectors.dtype == np.float16
    query = index.vectors[3].astype(np.float32)
    query /= np.linalg.norm(query)
    ids, scores = index.dense_top(query, 3)
    assert ids[0] == 3
    assert np.allclose(index.similarity(query, ids), scores)
    assert index.ann_file is not None and index.ann_file.suffix == ".usearch"
