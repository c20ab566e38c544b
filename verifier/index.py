"""Passages → searchable index: embeddings cached on disk, plus a BM25 lexical index.

The cache is content-addressed: one folder per (format, model, file content hash), holding
`params.json` (format, model id, checksums), `passages.jsonl` and `vectors.npy`. An unchanged
file is never embedded again; a changed file has a new hash, so it gets a new entry; a removed
file is simply not loaded. Entries are written to a temporary folder and renamed into place,
so a crash never leaves a half-written entry that is later trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np

from . import config, corpus, passages
from .embedding import Encoder
from .errors import CorpusError, CorpusWarning
from .passages import Passage

#: progress(done, total, description) is called while files are read and embedded.
Progress = Callable[[int, int, str], None]

_PASSAGE_FIELDS = ("line", "start", "end", "text", "context", "title")


@dataclass(frozen=True)
class CacheStats:
    files: int
    reused: int
    embedded: int  # files embedded in this run
    passages: int


class Index:
    """All passages of a corpus with their unit embeddings and a lexical index."""

    def __init__(self, items: list[Passage], vectors: np.ndarray, stats: CacheStats | None = None):
        if len(items) != len(vectors):
            raise ValueError("one vector per passage expected")
        self.passages = items
        self.vectors = vectors
        self.stats = stats or CacheStats(0, 0, 0, len(items))

    def __len__(self) -> int:
        return len(self.passages)

    @cached_property
    def lexical(self) -> Lexical:
        return Lexical([f"{p.title} {p.text}" for p in self.passages])

    def dense_scores(self, query: np.ndarray) -> np.ndarray:
        """Cosine similarity of one unit query vector with every passage."""
        return self.vectors @ query.astype(np.float32)

    @classmethod
    def build(
        cls,
        paths: Iterable[Path | str],
        encoder: Encoder,
        cache_dir: Path | None = None,
        progress: Progress | None = None,
    ) -> Index:
        files = corpus.discover(paths)
        cache = Cache(cache_dir or config.default_cache_dir(), encoder.model_id)
        items: list[Passage] = []
        blocks: list[np.ndarray] = []
        reused = embedded = 0
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files), f"indexing {corpus.display_path(path)}")
            loaded = corpus.load(path)
            if loaded is None:
                continue
            entry = cache.get(loaded.digest)
            if entry is None:
                entry = _embed_file(loaded, encoder)
                cache.put(loaded.digest, *entry)
                embedded += 1
            else:
                reused += 1
            found, vectors = entry
            first = len(items)
            items.extend(
                Passage(
                    id=first + i,
                    document=loaded.source,
                    **{k: getattr(p, k) for k in _PASSAGE_FIELDS},
                )
                for i, p in enumerate(found)
            )
            blocks.append(vectors.astype(np.float32))
        if progress:
            progress(len(files), len(files), "indexed")
        if not items:
            names = ", ".join(str(p) for p in paths)
            raise CorpusError(f"no readable text in corpus: {names}")
        stats = CacheStats(len(files), reused, embedded, len(items))
        return cls(items, np.concatenate(blocks), stats)


def _embed_file(file: corpus.CorpusFile, encoder: Encoder) -> tuple[list[Passage], np.ndarray]:
    found: list[Passage] = []
    for document in corpus.parse(file):
        found.extend(passages.split(document, first_id=len(found)))
    return found, encoder.encode([embedding_text(p) for p in found])


def embedding_text(passage: Passage) -> str:
    """What is embedded for a passage: its sentence, led by the document title when there is one."""
    return f"{passage.title}: {passage.text}" if passage.title else passage.text


class Cache:
    """Content-addressed, versioned store of per-file passages and vectors."""

    def __init__(self, root: Path, model_id: str):
        slug = model_id.replace("/", "__")
        self.root = Path(root) / f"v{config.INDEX_FORMAT}" / slug
        self.model_id = model_id
        self.writable = True

    def _folder(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def get(self, digest: str) -> tuple[list[Passage], np.ndarray] | None:
        folder = self._folder(digest)
        if not folder.is_dir():
            return None
        try:
            params = json.loads((folder / "params.json").read_text("utf-8"))
            if params.get("format") != config.INDEX_FORMAT or params.get("model") != self.model_id:
                raise ValueError("built by another format or model")
            raw = {name: (folder / name).read_bytes() for name in ("passages.jsonl", "vectors.npy")}
            for name, data in raw.items():
                if hashlib.sha256(data).hexdigest() != params["checksums"][name]:
                    raise ValueError(f"{name} checksum mismatch")
            rows = [json.loads(line) for line in raw["passages.jsonl"].decode("utf-8").splitlines()]
            found = [Passage(id=i, document="", **row) for i, row in enumerate(rows)]
            vectors = np.load(folder / "vectors.npy", allow_pickle=False)
            if vectors.shape != (len(found), params["dim"]):
                raise ValueError("vector shape does not match passages")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            warnings.warn(
                f"index cache entry {folder} is damaged ({exc}); rebuilding it",
                CorpusWarning,
                stacklevel=2,
            )
            return None
        return found, vectors

    def put(self, digest: str, found: list[Passage], vectors: np.ndarray) -> None:
        if not self.writable:
            return
        folder = self._folder(digest)
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{digest[:12]}-", dir=folder.parent))
            try:
                rows = "".join(
                    json.dumps({k: getattr(p, k) for k in _PASSAGE_FIELDS}, ensure_ascii=False)
                    + "\n"
                    for p in found
                ).encode("utf-8")
                (tmp / "passages.jsonl").write_bytes(rows)
                np.save(tmp / "vectors.npy", vectors.astype(np.float16), allow_pickle=False)
                params = {
                    "format": config.INDEX_FORMAT,
                    "model": self.model_id,
                    "digest": digest,
                    "dim": int(vectors.shape[1]) if vectors.ndim == 2 else config.EMBEDDING_DIM,
                    "count": len(found),
                    "checksums": {
                        name: hashlib.sha256((tmp / name).read_bytes()).hexdigest()
                        for name in ("passages.jsonl", "vectors.npy")
                    },
                }
                (tmp / "params.json").write_text(json.dumps(params, indent=1), "utf-8")
                if folder.exists():  # a damaged entry, or another process won the race
                    shutil.rmtree(folder, ignore_errors=True)
                os.rename(tmp, folder)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        except OSError as exc:
            self.writable = False
            warnings.warn(
                f"cannot write the index cache under {self.root} ({exc.strerror or exc}); "
                "using an in-memory index for this run",
                CorpusWarning,
                stacklevel=2,
            )


class Lexical:
    """BM25 over passage texts (bm25s), with English stop words removed."""

    def __init__(self, texts: list[str]):
        import bm25s

        self._bm25s = bm25s
        self.model = bm25s.BM25()
        tokens = bm25s.tokenize(texts, stopwords="en", show_progress=False)
        self.model.index(tokens, show_progress=False)
        self.size = len(texts)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of `query` against every passage (0 where no term matches)."""
        tokens = self._bm25s.tokenize(
            [query], stopwords="en", show_progress=False, return_ids=False
        )[0]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self.model.get_scores(tokens), dtype=np.float32)
