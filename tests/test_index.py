import ast
import contextlib
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import warnings

import numpy as np
import pytest
from filelock import FileLock
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier import config
from verifier.errors import CorpusError, CorpusWarning
from verifier.index import Cache, Index
from verifier.passages import Passage

from .conftest import DEMO_CORPUS, ROOT


def write(folder, name, text):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_unchanged_files_are_not_embedded_again(tmp_path, encoder, cache_dir):
    docs = tmp_path / "docs"
    write(docs, "a.txt", "Alpha was released in 2020.")
    write(docs, "b.txt", "Beta was pardoned on Thursday.")
    first = Index.build([docs], encoder, cache_dir)
    assert (first.stats.embedded, first.stats.reused) == (2, 0)

    again = Index.build([docs], encoder, cache_dir)
    assert (again.stats.embedded, again.stats.reused) == (0, 2)
    np.testing.assert_allclose(again.vectors, first.vectors, atol=1e-3)

    write(docs, "b.txt", "Beta was pardoned on Friday.")  # changed
    write(docs, "c.txt", "Gamma is new.")  # added
    (docs / "a.txt").unlink()  # removed
    changed = Index.build([docs], encoder, cache_dir)
    assert (changed.stats.embedded, changed.stats.reused) == (2, 0)
    assert [p.text for p in changed.passages] == ["Beta was pardoned on Friday.", "Gamma is new."]


def test_no_temporary_folders_left_behind(tmp_path, encoder, cache_dir):
    write(tmp_path / "d", "a.txt", "Some text.")
    Index.build([tmp_path / "d"], encoder, cache_dir)
    leftovers = [p for p in cache_dir.rglob("*") if p.name.startswith(".")]
    assert leftovers == []


def test_damaged_cache_entry_is_detected_and_rebuilt(tmp_path, encoder, cache_dir):
    write(tmp_path / "d", "a.txt", "Alpha was released in 2020.")
    Index.build([tmp_path / "d"], encoder, cache_dir)
    (vectors,) = cache_dir.rglob("vectors.npy")
    vectors.write_bytes(vectors.read_bytes()[:-10])  # truncated
    with pytest.warns(CorpusWarning, match="damaged"):
        rebuilt = Index.build([tmp_path / "d"], encoder, cache_dir)
    assert rebuilt.stats.embedded == 1
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert Index.build([tmp_path / "d"], encoder, cache_dir).stats.reused == 1


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_cache_falls_back_to_memory(tmp_path, encoder):
    write(tmp_path / "d", "a.txt", "Alpha.")
    cache = tmp_path / "ro"
    cache.mkdir()
    cache.chmod(0o500)
    with pytest.warns(CorpusWarning, match="in-memory index"):
        index = Index.build([tmp_path / "d"], encoder, cache)
    assert len(index) == 1


def test_unwritable_cache_location_falls_back_to_memory(tmp_path, encoder):
    write(tmp_path / "d", "a.txt", "Alpha.")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.warns(CorpusWarning, match="in-memory index"):
        index = Index.build([tmp_path / "d"], encoder, blocker / "cache")
    assert len(index) == 1


def test_unreadable_files_skipped_others_indexed(tmp_path, encoder, cache_dir):
    docs = tmp_path / "d"
    write(docs, "good.txt", "Good text about prisoners.")
    (docs / "bad.txt").write_bytes(b"\x00\x00binary")
    with pytest.warns(CorpusWarning, match="bad.txt"):
        index = Index.build([docs], encoder, cache_dir)
    assert [p.text for p in index.passages] == ["Good text about prisoners."]


def test_corpus_without_readable_text_is_an_error(tmp_path, encoder, cache_dir):
    docs = tmp_path / "d"
    docs.mkdir()
    (docs / "bad.txt").write_bytes(b"\x00\x00binary")
    with pytest.warns(CorpusWarning), pytest.raises(CorpusError, match="no readable text"):
        Index.build([docs], encoder, cache_dir)


def test_lexical_scores(tmp_path, encoder, cache_dir):
    write(tmp_path / "d", "a.txt", "Prisoners were pardoned.\n\nThe weather was fine.")
    index = Index.build([tmp_path / "d"], encoder, cache_dir)
    scores = index.lexical.scores("pardoned prisoners")
    assert scores[0] > 0 and scores[1] == 0
    assert not index.lexical.scores("the of and").any()


# --- Faults: damaged entries, interrupted and concurrent runs, full or read-only disks ---


def only_entry(cache_dir):
    (params,) = cache_dir.rglob("params.json")
    return params.parent


def reseal(folder, **changes):
    """Rewrite params.json with `changes` and checksums that match, as a real writer would."""
    params = json.loads((folder / "params.json").read_text("utf-8"))
    params.update(changes)
    for name in ("passages.jsonl", "vectors.npy"):
        params["checksums"][name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    (folder / "params.json").write_text(json.dumps(params), "utf-8")


def truncate(path):
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])


DAMAGE = {
    "truncated vectors": lambda f: truncate(f / "vectors.npy"),
    "truncated params": lambda f: truncate(f / "params.json"),
    "truncated passages": lambda f: truncate(f / "passages.jsonl"),
    "garbage params": lambda f: (f / "params.json").write_bytes(os.urandom(300)),
    "garbage vectors": lambda f: (f / "vectors.npy").write_bytes(os.urandom(300)),
    "empty vectors": lambda f: (f / "vectors.npy").write_bytes(b""),
    "missing vectors": lambda f: (f / "vectors.npy").unlink(),
    "params not an object": lambda f: (f / "params.json").write_text("[1, 2]"),
    "edited text": lambda f: (f / "passages.jsonl").write_text(
        json.dumps(
            {"line": 1, "start": 0, "end": 4, "text": "EVIL", "context": "EVIL", "title": ""}
        )
        + "\n"
    ),
    "old format version": lambda f: reseal(f, format=1),
    "another model": lambda f: reseal(f, model="someone/other-model"),
    "another dimension": lambda f: reseal(f, dim=768),
    "wrong row fields": lambda f: (
        (f / "passages.jsonl").write_text('{"text": "EVIL", "id": 3}\n'),
        reseal(f),
    ),
    "object array": lambda f: (
        np.save(f / "vectors.npy", np.array([None], dtype=object), allow_pickle=True),
        reseal(f),
    ),
    "NaN vectors": lambda f: (
        np.save(f / "vectors.npy", np.full((1, 384), np.nan, dtype=np.float16)),
        reseal(f),
    ),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damaged_entry_is_reported_once_rebuilt_and_never_trusted(
    damage, tmp_path, encoder, cache_dir
):
    docs = tmp_path / "d"
    write(docs, "a.txt", "Alpha was released in 2020.")
    first = Index.build([docs], encoder, cache_dir)
    DAMAGE[damage](only_entry(cache_dir))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rebuilt = Index.build([docs], encoder, cache_dir)
    messages = [str(w.message) for w in caught]
    assert len(messages) == 1 and "damaged" in messages[0], messages
    assert (rebuilt.stats.embedded, rebuilt.stats.reused) == (1, 0)
    assert [p.text for p in rebuilt.passages] == ["Alpha was released in 2020."]
    np.testing.assert_allclose(rebuilt.vectors, first.vectors, atol=1e-3)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = Index.build([docs], encoder, cache_dir)
    assert (again.stats.embedded, again.stats.reused) == (0, 1)


def test_entries_of_an_older_format_are_ignored(tmp_path, encoder, cache_dir):
    docs = tmp_path / "d"
    write(docs, "a.txt", "Alpha was released in 2020.")
    Index.build([docs], encoder, cache_dir)
    # The same entry moved under an old format's folder must not be found.
    current = cache_dir / f"v{config.INDEX_FORMAT}"
    current.rename(cache_dir / "v1")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        index = Index.build([docs], encoder, cache_dir)
    assert index.stats.embedded == 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(["params.json", "passages.jsonl", "vectors.npy"]), data=st.binary())
def test_any_bytes_in_an_entry_give_a_trusted_entry_or_none(tmp_path_factory, name, data):
    cache = Cache(tmp_path_factory.mktemp("c"), "model")
    found = [Passage(0, "", 1, 0, 5, "Alpha", "Alpha", "")]
    cache.put("ab" * 32, found, np.ones((1, 4), dtype=np.float32) / 2)
    (cache._folder("ab" * 32) / name).write_bytes(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        entry = cache.get("ab" * 32)
    if entry is not None:  # only if the bytes were exactly what had been written
        assert [p.text for p in entry[0]] == ["Alpha"] and entry[1].shape == (1, 4)


def test_no_pickle_anywhere():
    """The cache holds JSON and .npy arrays only; every np.load refuses pickles."""
    loads = 0
    for path in (ROOT / "verifier").rglob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] + [getattr(node, "module", None) or ""]
                assert not {"pickle", "dill", "joblib", "shelve", "marshal"} & set(names), path
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                called = ast.unparse(node.func)
                assert called != "torch.load", path
                if called in ("np.load", "numpy.load"):
                    loads += 1
                    flags = {k.arg: ast.unparse(k.value) for k in node.keywords}
                    assert flags.get("allow_pickle") == "False", (path, ast.unparse(node))
    assert loads >= 1


def test_stale_temporary_folders_are_ignored_and_removed(tmp_path, encoder, cache_dir):
    docs = tmp_path / "d"
    write(docs, "a.txt", "Alpha was released in 2020.")
    Index.build([docs], encoder, cache_dir)
    entry = only_entry(cache_dir)
    digest = entry.name
    # What a run killed mid-write leaves: a half-written temporary folder of this entry,
    # and one of an entry whose file has since left the corpus.
    root = entry.parent.parent
    stale = [entry.parent / f".{digest}.tmp-x1", root / "cd" / f".{'cd' * 32}.tmp-x2"]
    for folder in stale:
        folder.mkdir(parents=True)
        (folder / "vectors.npy").write_bytes(b"half")
    # A temporary folder of an entry that another process is building right now stays.
    busy = root / "ef" / f".{'ef' * 32}.tmp-x3"
    busy.mkdir(parents=True)
    with FileLock(root / "ef" / f"{'ef' * 32}.lock"), warnings.catch_warnings():
        warnings.simplefilter("error")
        index = Index.build([docs], encoder, cache_dir)
    assert index.stats.reused == 1
    assert [p for p in root.rglob(".*")] == [busy]


# A separate process that checks a claim. Its encoder keeps its exported model in the default
# place (as the session's `encoder` fixture does), so each test's cache holds the index only.
CHILD_BUILD = """
import json, os, sys, time
from pathlib import Path
from verifier import Verifier
from verifier.embedding import Encoder
encoder = Encoder()
encoder.encode(["warm up"])
if len(sys.argv) > 4:  # start indexing together: wait until every child has its model loaded
    ready = Path(sys.argv[4])
    (ready / str(os.getpid())).touch()
    while len(list(ready.iterdir())) < int(sys.argv[5]):
        time.sleep(0.01)
v = Verifier(corpus=sys.argv[1], cache_dir=sys.argv[2], encoder=encoder)
verdict = v.check(sys.argv[3])
print(json.dumps({
    "label": verdict.label.value,
    "cited": verdict.evidence[0].passage.citation,
    "embedded": v.index.stats.embedded,
    "reused": v.index.stats.reused,
}))
"""


def child(docs, cache, claim="a claim", cwd=None, barrier=()):
    return subprocess.Popen(
        [sys.executable, "-c", CHILD_BUILD, str(docs), str(cache), claim, *map(str, barrier)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=cwd,
    )


def many_files(folder, count, sentences=30, tag=""):
    for i in range(count):
        body = " ".join(
            f"Report {tag}{i} notes that station {j} recorded {i * 100 + j} visitors in May."
            for j in range(sentences)
        )
        write(folder, f"f{i:02d}.txt", body)


def test_concurrent_runs_all_finish_correctly_and_embed_each_file_once(tmp_path):
    docs = tmp_path / "d"
    many_files(docs, 5, sentences=20)
    shutil.copy(DEMO_CORPUS / "belarus-prisoners-2025.txt", docs)
    cache = tmp_path / "cache"
    claim = "314 released since July 2023"
    ready = tmp_path / "ready"
    ready.mkdir()
    procs = [child(docs, cache, claim, cwd=tmp_path, barrier=(ready, 3)) for _ in range(3)]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "warning" not in err, err
        results.append(json.loads(out))
    assert {r["label"] for r in results} == {"SUPPORTED"}
    assert {r["cited"] for r in results} == {"d/belarus-prisoners-2025.txt:5"}
    assert all(r["embedded"] + r["reused"] == 6 for r in results)
    assert sum(r["embedded"] for r in results) == 6  # the lock: nobody embeds a file twice
    assert len(list(cache.rglob("params.json"))) == 6
    assert not [p for p in cache.rglob(".*")]


class InterruptedEncoder:
    """The real encoder, with a real SIGINT (Ctrl-C) delivered after `calls` files."""

    def __init__(self, encoder, calls):
        self.encoder, self.model_id, self.calls = encoder, encoder.model_id, calls

    def encode(self, texts):
        vectors = self.encoder.encode(texts)
        self.calls -= 1
        if self.calls == 0:
            signal.raise_signal(signal.SIGINT)  # after embedding, before the entry is written
        return vectors


def test_ctrl_c_during_indexing_keeps_the_cache_and_the_next_run_finishes(
    tmp_path, encoder, ctrl_c
):
    docs = tmp_path / "d"
    many_files(docs, 3, sentences=5)
    cache = tmp_path / "cache"
    Index.build([docs], encoder, cache)
    kept = {p.parent: (p.parent / "vectors.npy").read_bytes() for p in cache.rglob("params.json")}
    many_files(docs / "more", 5, sentences=5, tag="m")
    with pytest.raises(KeyboardInterrupt):
        Index.build([docs], InterruptedEncoder(encoder, calls=3), cache)
    assert len(list(cache.rglob("params.json"))) == 3 + 2
    for folder, vectors in kept.items():
        assert (folder / "vectors.npy").read_bytes() == vectors
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        after = Index.build([docs], encoder, cache)
    assert (after.stats.reused, after.stats.embedded) == (5, 3)
    assert not [p for p in cache.rglob(".*")]


def test_killed_indexing_keeps_the_cache_and_the_next_run_finishes(tmp_path, encoder):
    docs = tmp_path / "d"
    many_files(docs, 4)
    cache = tmp_path / "cache"
    before = Index.build([docs], encoder, cache)  # the previous, complete cache
    kept = {p.parent: (p.parent / "vectors.npy").read_bytes() for p in cache.rglob("params.json")}
    many_files(docs / "more", 20, sentences=20, tag="m")  # new work for the run we kill

    proc = child(docs, cache)
    while len(list(cache.rglob("params.json"))) < len(kept) + 2 and proc.poll() is None:
        time.sleep(0.01)
    proc.kill()
    proc.communicate(timeout=60)
    assert proc.returncode == -signal.SIGKILL
    done = len(list(cache.rglob("params.json")))
    assert len(kept) + 2 <= done < len(kept) + 20, "the run was not killed mid-build"

    # The previous entries are untouched and trusted; the next run does only what is left.
    for folder, vectors in kept.items():
        assert (folder / "vectors.npy").read_bytes() == vectors
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        after = Index.build([docs], encoder, cache)
    assert after.stats.reused == done
    assert after.stats.embedded == len(kept) + 20 - done
    assert len(after) == len(before) + 20 * 20
    assert not [p for p in cache.rglob(".*")]


@contextlib.contextmanager
def tmpfs(where, options):
    """A small tmpfs mounted at `where` (root only): a real full or read-only file system."""
    where.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(where)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here (needs root and CAP_SYS_ADMIN)")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=True)


def test_full_disk_falls_back_to_memory(tmp_path, encoder):
    docs = tmp_path / "d"
    write(docs, "a.txt", "Alpha was released in 2020.")
    with tmpfs(tmp_path / "full", "size=64k") as disk:
        (disk / "cache").mkdir()
        with open(disk / "filler", "wb", buffering=0) as filler, contextlib.suppress(OSError):
            while True:  # fill the disk until the kernel says ENOSPC
                filler.write(b"x" * 4096)
        with pytest.warns(CorpusWarning, match="No space left on device.*in-memory index"):
            index = Index.build([docs], encoder, disk / "cache")
    assert [p.text for p in index.passages] == ["Alpha was released in 2020."]


def test_read_only_file_system_falls_back_to_memory(tmp_path, encoder):
    docs = tmp_path / "d"
    write(docs, "a.txt", "Alpha was released in 2020.")
    with tmpfs(tmp_path / "ro", "ro,size=64k") as disk:
        with pytest.warns(CorpusWarning, match="Read-only file system.*in-memory index") as caught:
            index = Index.build([docs], encoder, disk)
        assert len(caught) == 1
    assert [p.text for p in index.passages] == ["Alpha was released in 2020."]
