"""Text → unit-length embedding vectors, with the all-MiniLM-L6-v2 model shipped in a wheel."""

from __future__ import annotations

import os
from functools import cached_property

import numpy as np

from . import config

#: Claims and passages are encoded in batches of this size.
BATCH_SIZE = 64


class Encoder:
    """Loads the model on first use, so building a `Verifier` is cheap."""

    model_id = config.MODEL_ID
    dim = config.EMBEDDING_DIM

    @cached_property
    def model(self):
        # The weights are on disk; never let a library reach for the network or draw its
        # own progress bars on our terminal.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        return SentenceTransformer(str(config.model_path()), device="cpu")

    def encode(self, texts: list[str], batch_size: int = BATCH_SIZE) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self.model.encode(
            texts,
            batch_size=batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)
