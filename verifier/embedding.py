"""Text → unit-length embedding vectors, with the all-MiniLM-L6-v2 model shipped in a wheel.

Two interchangeable backends compute the same vectors (cosine ≥ 0.999, see
tests/test_embedding.py), so an index built by one serves queries from the other:

- ``sentence-transformers`` loads the packaged model with torch. It defines the model, but
  importing it costs seconds.
- ``onnx`` runs the same network with onnxruntime and the `tokenizers` package, then applies
  the same mean pooling and L2 normalisation. It starts in a fraction of a second. Its ONNX
  file is exported locally from the packaged model (by torch, through sentence-transformers)
  the first time it is needed, and cached under the verifier cache folder.

``auto`` (the default) uses ``onnx`` and exports the file once when it is missing; it falls
back to ``sentence-transformers`` when onnxruntime is not installed or the export fails.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from functools import cached_property
from pathlib import Path
from typing import Protocol

import numpy as np

from . import config
from .errors import UsageError

#: Claims and passages are encoded in batches of this size.
BATCH_SIZE = 64
#: Bumped when the export (wrapper, opset, input names) changes, so old files are not reused.
EXPORT_VERSION = 1
ONNX_OPSET = 17
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class Backend(Protocol):
    def encode(self, texts: list[str], batch_size: int) -> np.ndarray: ...


class SentenceTransformerBackend:
    """The reference: sentence-transformers with torch on the CPU."""

    def __init__(self) -> None:
        self.model = load_sentence_transformer()

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


class OnnxBackend:
    """The same network in onnxruntime: BERT → mean pooling over real tokens → L2 norm."""

    def __init__(self, onnx_file: Path) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        folder = config.model_path()
        self.max_length = _max_seq_length(folder)
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        # Same truncation as sentence-transformers; padding is done per batch below.
        self.tokenizer.enable_truncation(self.max_length)
        self.tokenizer.no_padding()
        options = ort.SessionOptions()
        options.log_severity_level = 3  # no graph-optimizer chatter on stderr
        # The graph optimised once (fused attention and layer norms) is saved beside the
        # export and loaded as is later: session creation is the largest cost of a cold start.
        optimized = onnx_file.with_suffix(".optimized.onnx")
        level = ort.GraphOptimizationLevel
        if optimized.is_file():
            options.graph_optimization_level = level.ORT_DISABLE_ALL
            self.session = ort.InferenceSession(
                str(optimized), options, providers=["CPUExecutionProvider"]
            )
            return
        # EXTENDED, not ALL: the saved graph must not hold machine-specific layouts.
        options.graph_optimization_level = level.ORT_ENABLE_EXTENDED
        tmp = None
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{optimized.name}-", dir=optimized.parent)
            os.close(fd)
            options.optimized_model_filepath = tmp
        except OSError:
            pass  # a read-only cache: optimise in memory, every time
        try:
            self.session = ort.InferenceSession(
                str(onnx_file), options, providers=["CPUExecutionProvider"]
            )
            if tmp is not None:
                os.replace(tmp, optimized)
        finally:
            if tmp is not None and os.path.exists(tmp):
                os.unlink(tmp)

    def encode(self, texts: list[str], batch_size: int) -> np.ndarray:
        encoded = self.tokenizer.encode_batch(texts)
        lengths = np.array([len(e.ids) for e in encoded])
        out = np.zeros((len(texts), config.EMBEDDING_DIM), dtype=np.float32)
        # Longest first, like sentence-transformers: batches of similar length pad little.
        order = np.argsort(-lengths, kind="stable")
        for start in range(0, len(texts), batch_size):
            rows = order[start : start + batch_size]
            width = int(lengths[rows].max())
            ids = np.zeros((len(rows), width), dtype=np.int64)
            mask = np.zeros((len(rows), width), dtype=np.int64)
            for r, row in enumerate(rows):
                n = lengths[row]
                ids[r, :n] = encoded[row].ids
                mask[r, :n] = 1
            (hidden,) = self.session.run(
                None,
                {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)},
            )
            weights = mask[..., None].astype(np.float32)
            pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
            out[rows] = pooled / norms
        return out


BACKENDS = ("auto", "onnx", "sentence-transformers")


class Encoder:
    """Loads a backend on first use, so building a `Verifier` is cheap.

    `backend` is one of `BACKENDS`; `cache_dir` is where the exported ONNX file is kept
    (default: the verifier cache folder).
    """

    model_id = config.MODEL_ID
    dim = config.EMBEDDING_DIM

    def __init__(self, backend: str = "auto", cache_dir: Path | str | None = None) -> None:
        if backend not in BACKENDS:
            raise UsageError(
                f"unknown encoder backend {backend!r}: choose from {', '.join(BACKENDS)}"
            )
        self.backend_name = backend
        self.cache_dir = Path(cache_dir) if cache_dir else None

    @cached_property
    def backend(self) -> Backend:
        if self.backend_name == "sentence-transformers":
            return SentenceTransformerBackend()
        path = onnx_path(self.cache_dir)
        if self.backend_name == "onnx":
            return OnnxBackend(path if path.is_file() else export_onnx(path))
        try:
            if not path.is_file():
                print(
                    f"verifier: exporting the embedding model to ONNX once ({path}); "
                    "later runs start faster",
                    file=sys.stderr,
                )
                export_onnx(path)
            return OnnxBackend(path)
        except (ImportError, OSError, RuntimeError) as exc:
            print(
                f"verifier: ONNX encoder unavailable ({exc}); using sentence-transformers",
                file=sys.stderr,
            )
            return SentenceTransformerBackend()

    @property
    def model(self):
        """The sentence-transformers model (imports torch): for exports and comparisons."""
        return load_sentence_transformer()

    def encode(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.backend.encode(list(texts), batch_size)


_loaded: dict[str, object] = {}


def load_sentence_transformer():
    """The packaged model in sentence-transformers, loaded once per process."""
    if "model" not in _loaded:
        # The weights are on disk; never let a library reach for the network or draw its
        # own progress bars on our terminal.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        _loaded["model"] = SentenceTransformer(str(config.model_path()), device="cpu")
    return _loaded["model"]


def onnx_path(cache_dir: Path | None = None) -> Path:
    """Where the exported model lives: keyed by model id, packaged weights and export version."""
    folder = config.model_path()
    weights = folder / "model.safetensors"
    size = weights.stat().st_size if weights.exists() else 0
    slug = config.MODEL_ID.replace("/", "__")
    name = f"{slug}-w{size}-x{EXPORT_VERSION}-op{ONNX_OPSET}.onnx"
    return Path(cache_dir or config.default_cache_dir()) / "models" / name


def export_onnx(path: Path) -> Path:
    """Export the packaged model's transformer to ONNX at `path`, atomically.

    Uses torch's TorchScript exporter (``dynamo=False``), which needs the `onnx` package
    but not onnxscript. Only the transformer is exported: pooling and normalisation are
    a few numpy lines in `OnnxBackend`.
    """
    try:
        import torch
    except ImportError as exc:
        raise ImportError("exporting to ONNX needs torch (pip install torch==2.13.0)") from exc

    model = load_sentence_transformer()
    bert = model[0].auto_model.eval()

    class LastHiddenState(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            out = self.inner(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            )
            return out.last_hidden_state

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
    os.close(fd)
    try:
        # Padding in the sample makes the traced graph honour the attention mask.
        ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]], dtype=torch.long)
        mask = (ids != 0).long()
        dynamic = {name: {0: "batch", 1: "tokens"} for name in (*_INPUTS, "last_hidden_state")}
        import warnings

        with torch.no_grad(), warnings.catch_warnings():
            warnings.simplefilter("ignore")  # tracer warnings about constant shapes
            torch.onnx.export(
                LastHiddenState(bert),
                (ids, mask, torch.zeros_like(ids)),
                tmp,
                dynamo=False,
                input_names=list(_INPUTS),
                output_names=["last_hidden_state"],
                dynamic_axes=dynamic,
                opset_version=ONNX_OPSET,
            )
        os.replace(tmp, path)
    except Exception as exc:
        raise RuntimeError(f"ONNX export failed: {exc}") from exc
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def _max_seq_length(folder: Path) -> int:
    try:
        return int(json.loads((folder / "sentence_bert_config.json").read_text())["max_seq_length"])
    except (OSError, ValueError, KeyError):
        return 256
