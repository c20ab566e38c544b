"""The ONNX query path and the sentence-transformers reference compute the same vectors."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from verifier.embedding import Encoder, OnnxBackend, export_onnx, onnx_path
from verifier.errors import UsageError

from .conftest import DEMO_CORPUS, ROOT

SENTENCES = [
    "314 released since July 2023",
    "315 released since July 2023",
    "The 52 prisoners pardoned on Thursday join 314 others released since July 2023 in an "
    "attempt to soften Belarus’s relationship with the EU and the US, according to Human "
    "Rights Watch.",
    "Statkevič / Statkevich",
    "Global warming is driving polar bears toward extinction.",
    "“Hostile” or “friendly”?",
    "Ünïcödé, emoji 🙂 and CJK 漢字 survive tokenisation.",
    "x",
    "",
    # Longer than the model's 256-token window: both paths must truncate the same way.
    "A very long passage about sea ice, temperature records and carbon dioxide. " * 40,
]


@pytest.fixture(scope="module")
def reference() -> np.ndarray:
    return Encoder(backend="sentence-transformers").encode(SENTENCES)


@pytest.fixture(scope="module")
def onnx_encoder() -> Encoder:
    return Encoder(backend="onnx")


def test_onnx_matches_sentence_transformers_on_every_sentence(onnx_encoder, reference):
    vectors = onnx_encoder.encode(SENTENCES)
    assert vectors.shape == reference.shape == (len(SENTENCES), 384)
    cosines = (vectors * reference).sum(axis=1)
    assert cosines.min() >= 0.999, dict(zip(SENTENCES, cosines.round(5), strict=True))
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_batching_and_padding_do_not_change_vectors(onnx_encoder, reference):
    one_by_one = np.vstack([onnx_encoder.encode([s]) for s in SENTENCES])
    small_batches = onnx_encoder.encode(SENTENCES, batch_size=3)
    assert (one_by_one * reference).sum(axis=1).min() >= 0.999
    assert np.allclose(one_by_one, small_batches, atol=1e-4)


def test_default_encoder_is_interchangeable(encoder, reference):
    assert encoder.encode([]).shape == (0, 384)
    assert (encoder.encode(SENTENCES) * reference).sum(axis=1).min() >= 0.999


def test_export_is_cached_keyed_and_atomic(tmp_path, reference, capsys):
    path = onnx_path(tmp_path)
    assert path.parent == tmp_path / "models"
    assert "all-MiniLM-L6-v2" in path.name and "-x" in path.name
    fresh = Encoder(cache_dir=tmp_path)
    vectors = fresh.encode(SENTENCES[:3])
    assert "exporting the embedding model to ONNX once" in capsys.readouterr().err
    assert isinstance(fresh.backend, OnnxBackend)
    # The export and its optimised graph, and no temporary file left behind.
    optimized = path.with_suffix(".optimized.onnx").name
    assert sorted(p.name for p in path.parent.iterdir()) == sorted([path.name, optimized])
    assert (vectors * reference[:3]).sum(axis=1).min() >= 0.999
    again = Encoder(cache_dir=tmp_path)
    again.encode(["x"])
    assert capsys.readouterr().err == ""  # exported once, reused after
    assert export_onnx(tmp_path / "other.onnx").is_file()


def test_unknown_backend_is_a_usage_error():
    with pytest.raises(UsageError, match="choose from auto, onnx, sentence-transformers"):
        Encoder(backend="tensorflow")


QUERY_PATH = """
import sys
from verifier.cli import main
status = main(sys.argv[1:])
heavy = sorted(m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules)
print("HEAVY", heavy)
sys.exit(status)
"""


def test_query_path_never_imports_torch(tmp_path, encoder):
    # A cache that already holds the ONNX export, as after a first run.
    encoder.encode(["export the model if this session has not yet"])
    cache = tmp_path / "cache"
    exported = onnx_path(cache)
    exported.parent.mkdir(parents=True)
    exported.symlink_to(onnx_path(encoder.cache_dir))
    env = {**os.environ, "VERIFIER_CACHE": str(cache), "COLUMNS": "100"}
    for _ in range(2):  # a cold index build, then a warm start
        result = subprocess.run(
            [sys.executable, "-c", QUERY_PATH, "314 released since July 2023"]
            + ["--corpus", str(DEMO_CORPUS), "--format", "json"],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr
        assert "HEAVY []" in result.stdout
        assert "exporting" not in result.stderr
