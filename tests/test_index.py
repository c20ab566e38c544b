import os
import warnings

import numpy as np
import pytest

from verifier.errors import CorpusError, CorpusWarning
from verifier.index import Index


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
