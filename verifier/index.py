"""Passages → searchable index: embeddings cached on disk, plus a BM25 lexical index.

The cache is content-addressed: one folder per (format, model, file content hash), holding
`params.json` (format, model id, checksums), `passages.jsonl` and `vectors.npy`. An unchanged
file is never embedded again; a changed file has a new hash, so it gets a new entry; a removed
file is simply not loaded. Entries are written to a temporary folder and renamed into place,
under a per-entry file lock, so a crash never leaves a half-written entry that is later
trusted and concurrent runs embed each file once.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import io
import json
import os
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import numpy as np
from filelock import FileLock, Timeout

from . import config, corpus, passages
from .embedding import Encoder
from .errors import CorpusError, CorpusWarning
from .lexical import Lexical  # bm25s's scores in numpy: no scipy import on every run
from .passages import Passage
from .vectors import VectorStore, open_store

#: progress(done, total, description) is called while files are read and embedded.
Progress = Callable[[int, int, str], None]

_PASSAGE_FIELDS = ("line", "start", "end", "text", "context", "title", "headline")
_ENTRY_FILES = ("passages.jsonl", "vectors.npy")
#: How long to wait for another process that is embedding the same file.
LOCK_TIMEOUT_S = 600.0


@dataclass(frozen=True)
class CacheStats:
    files: int
    reused: int
    embedded: int  # files embedded in this run
    passages: int


class Index:
    """All passages of a corpus with their unit embeddings and a lexical index."""

    def __init__(
        self,
        items: list[Passage],
        vectors: np.ndarray,
        stats: CacheStats | None = None,
        ann_file: Path | None = None,
    ):
        if len(items) != len(vectors):
            raise ValueError("one vector per passage expected")
        self.passages = items
        self.vectors = vectors
        self.stats = stats or CacheStats(0, 0, 0, len(items))
        self.ann_file = ann_file  # where a large corpus keeps its HNSW graph between runs

    def __len__(self) -> int:
        return len(self.passages)

    @cached_property
    def lexical(self) -> Lexical:
        return Lexical([f"{p.heading} {p.text}" for p in self.passages])

    @cached_property
    def store(self) -> VectorStore:
        """Exact search for small corpora, an HNSW graph (usearch) for large ones."""
        return open_store(self.vectors, self.ann_file)

    def dense_top(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The `k` passages nearest to a unit query vector, best first, and their cosines."""
        return self.store.search(query, k)

    def similarity(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Cosine similarity of a unit query vector with the given passages."""
        return self.store.similarity(query, ids)

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
        digests: list[str] = []
        for done, path in enumerate(files):
            if progress:
                progress(done, len(files), f"indexing {corpus.display_path(path)}")
            loaded = corpus.load(path)
            if loaded is None:
                continue
            entry = cache.get(loaded.digest)
            if entry is None:
                # Another process may be embedding this very file: wait for it, then reuse
                # its work. The damage, if any, was reported by the first look.
                with cache.building(loaded.digest):
                    entry = cache.get(loaded.digest, report=False)
                    if entry is None:
                        entry = _embed_and_store(loaded, encoder, cache)
                        if entry is None:
                            continue
                        embedded += 1
                    else:
                        reused += 1
            else:
                reused += 1
            found, vectors = entry
            digests.append(loaded.digest)
            first = len(items)
            items.extend(
                Passage(
                    id=first + i,
                    document=loaded.source,
                    **{k: getattr(p, k) for k in _PASSAGE_FIELDS},
                )
                for i, p in enumerate(found)
            )
            blocks.append(vectors.astype(np.float16))  # compact: 768 bytes a passage
        if progress:
            progress(len(files), len(files), "indexed")
        cache.sweep()
        if not items:
            names = ", ".join(str(p) for p in paths)
            raise CorpusError(f"no readable text in corpus: {names}")
        stats = CacheStats(len(files), reused, embedded, len(items))
        corpus_key = hashlib.sha256("\n".join([*digests, str(len(items))]).encode()).hexdigest()
        ann_file = cache.root / "ann" / f"{corpus_key}.usearch"
        return cls(items, np.concatenate(blocks), stats, ann_file)


def _embed_and_store(
    loaded: corpus.CorpusFile, encoder: Encoder, cache: Cache
) -> tuple[list[Passage], np.ndarray] | None:
    """Embed a file and cache the result under the hash of the bytes actually read."""
    hasher = hashlib.sha256()
    try:
        entry = _embed_file(loaded, encoder, hasher)
    except OSError as exc:  # deleted or made unreadable since it was hashed
        warnings.warn(
            f"skipped {loaded.source}: cannot read ({exc.strerror or exc})",
            CorpusWarning,
            stacklevel=3,
        )
        return None
    digest = hasher.hexdigest()
    if digest != loaded.digest:
        warnings.warn(
            f"{loaded.source} changed while it was being indexed; indexed as last read",
            CorpusWarning,
            stacklevel=3,
        )
    cache.put(digest, *entry)
    return entry


def _embed_file(
    file: corpus.CorpusFile, encoder: Encoder, hasher: corpus.Hasher | None = None
) -> tuple[list[Passage], np.ndarray]:
    found: list[Passage] = []
    for document in corpus.documents(file, hasher):
        found.extend(passages.split(document, first_id=len(found)))
    return found, encoder.encode([embedding_text(p) for p in found])


def embedding_text(passage: Passage) -> str:
    """What is embedded for a passage: its sentence, led by its article's headline or else its
    document's title, when there is one."""
    return f"{passage.heading}: {passage.text}" if passage.heading else passage.text


class Cache:
    """Content-addressed, versioned store of per-file passages and vectors.

    An entry is trusted only when its params.json names this format and model and the
    checksums of its files match; anything else is reported and rebuilt. Writers hold a
    per-entry file lock, build in a temporary folder and rename it into place, so readers
    never see a half-written entry and concurrent runs embed each file once. Temporary
    folders left by a killed run are removed by the next run that holds their lock.
    """

    def __init__(self, root: Path, model_id: str):
        slug = model_id.replace("/", "__")
        self.root = Path(root) / f"v{config.INDEX_FORMAT}" / slug
        self.model_id = model_id
        self.writable = True

    def _folder(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def _lock(self, digest: str, timeout: float) -> FileLock:
        return FileLock(self.root / digest[:2] / f"{digest}.lock", timeout=timeout)

    def get(self, digest: str, report: bool = True) -> tuple[list[Passage], np.ndarray] | None:
        """The cached entry, or None when there is none or it cannot be trusted."""
        folder = self._folder(digest)
        if not folder.is_dir():
            return None
        try:
            return self._read(folder)
        except (OSError, ValueError, EOFError) as exc:
            if not folder.is_dir():  # replaced by another process while we read it
                return None
            if report:
                warnings.warn(
                    f"index cache entry {folder} is damaged ({exc}); rebuilding it",
                    CorpusWarning,
                    stacklevel=2,
                )
            return None

    def _read(self, folder: Path) -> tuple[list[Passage], np.ndarray]:
        params = json.loads((folder / "params.json").read_text("utf-8"))
        if not isinstance(params, dict):
            raise ValueError("params.json is not an object")
        if params.get("format") != config.INDEX_FORMAT:
            raise ValueError(f"format {params.get('format')!r}, expected {config.INDEX_FORMAT}")
        if params.get("model") != self.model_id:
            raise ValueError(f"built by model {params.get('model')!r}, not {self.model_id}")
        checksums = params.get("checksums")
        dim = params.get("dim")
        if not isinstance(checksums, dict) or not isinstance(dim, int):
            raise ValueError("params.json lacks checksums or dim")
        raw = {name: (folder / name).read_bytes() for name in _ENTRY_FILES}
        for name, data in raw.items():
            if hashlib.sha256(data).hexdigest() != checksums.get(name):
                raise ValueError(f"{name} checksum mismatch")
        found = [
            Passage(id=i, document="", **_passage_row(line))
            for i, line in enumerate(raw["passages.jsonl"].decode("utf-8").splitlines())
        ]
        vectors = np.load(io.BytesIO(raw["vectors.npy"]), allow_pickle=False)
        if vectors.shape != (len(found), dim) or vectors.dtype.kind != "f":
            raise ValueError("vectors do not match the passages")
        if not np.isfinite(vectors).all():
            raise ValueError("vectors hold NaN or infinity")
        return found, vectors

    @contextlib.contextmanager
    def building(self, digest: str) -> Iterator[None]:
        """Hold the entry's lock while it is built, so other processes wait and reuse it.

        When the lock cannot be had (a read-only cache, or another process has held it for
        LOCK_TIMEOUT_S) the entry is built anyway; the atomic rename still keeps it whole.
        """
        lock = None
        if self.writable:
            lock = self._lock(digest, LOCK_TIMEOUT_S)
            try:
                (self.root / digest[:2]).mkdir(parents=True, exist_ok=True)
                lock.acquire()
            except Timeout:
                warnings.warn(
                    f"index cache entry {digest[:12]} is locked by another process; "
                    "building it without the lock",
                    CorpusWarning,
                    stacklevel=3,
                )
                lock = None
            except OSError as exc:
                self._unwritable(exc)
                lock = None
        try:
            if lock is not None:
                # Only a lock holder writes this entry's temporary folders: any found now
                # were left by a killed run.
                for stale in self._folder(digest).parent.glob(f".{digest}.tmp-*"):
                    shutil.rmtree(stale, ignore_errors=True)
            yield
        finally:
            if lock is not None:
                lock.release()

    def put(self, digest: str, found: list[Passage], vectors: np.ndarray) -> None:
        if not self.writable:
            return
        folder = self._folder(digest)
        trash: Path | None = None
        try:
            folder.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".{digest}.tmp-", dir=folder.parent))
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
                        for name in _ENTRY_FILES
                    },
                }
                (tmp / "params.json").write_text(json.dumps(params, indent=1), "utf-8")
                if folder.exists():  # a damaged entry: move it aside, then swap in the new one
                    trash = Path(tempfile.mkdtemp(prefix=f".{digest}.tmp-", dir=folder.parent))
                    os.rename(folder, trash)
                try:
                    os.rename(tmp, folder)
                except OSError as exc:
                    # Without the lock another process may have put the same entry first.
                    if exc.errno not in (errno.EEXIST, errno.ENOTEMPTY):
                        raise
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
                if trash is not None:
                    shutil.rmtree(trash, ignore_errors=True)
        except OSError as exc:
            self._unwritable(exc)

    def sweep(self) -> int:
        """Remove temporary folders left by killed runs (those whose lock is free)."""
        if not self.writable:
            return 0
        removed = 0
        for stale in self.root.glob("*/.*.tmp-*"):
            digest = stale.name[1:].split(".tmp-")[0]
            try:
                with self._lock(digest, timeout=0):
                    shutil.rmtree(stale, ignore_errors=True)
                    removed += 1
            except (Timeout, OSError):  # being built right now, or not ours to remove
                continue
        return removed

    def _unwritable(self, exc: OSError) -> None:
        self.writable = False
        warnings.warn(
            f"cannot write the index cache under {self.root} ({exc.strerror or exc}); "
            "using an in-memory index for this run",
            CorpusWarning,
            stacklevel=4,
        )


def _passage_row(line: str) -> dict[str, object]:
    """One passages.jsonl row, checked field by field."""
    row = json.loads(line)
    if not isinstance(row, dict) or set(row) != set(_PASSAGE_FIELDS):
        raise ValueError("passages.jsonl row has the wrong fields")
    for key in _PASSAGE_FIELDS:
        kind = str if key in ("text", "context", "title", "headline") else int
        if type(row[key]) is not kind:
            raise ValueError(f"passages.jsonl field {key} is not {kind.__name__}")
    return row
