import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import tracemalloc
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier import corpus, passages
from verifier.errors import CorpusError, CorpusWarning
from verifier.index import Index


def documents(path):
    loaded = corpus.load(path)
    assert loaded is not None
    return corpus.parse(loaded)


def test_text_file_maps_offsets_to_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("First line.\n\nThird line here.\n", encoding="utf-8")
    (doc,) = documents(path)
    assert doc.line_at(doc.text.index("Third")) == 3
    assert doc.line_at(0) == 1


def test_markdown_title_from_heading(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Prison releases\n\nBody text.\n", encoding="utf-8")
    (doc,) = documents(path)
    assert doc.title == "Prison releases"


def test_html_keeps_visible_text_only_and_source_lines(tmp_path):
    path = tmp_path / "a.html"
    path.write_text(
        "<html><head><title>T</title><style>p{}</style></head>\n<body>\n"
        "<script>alert('x')</script>\n<p>Visible one.</p>\n<!-- hidden -->\n<p>Visible two.</p>\n"
        "</body></html>",
        encoding="utf-8",
    )
    (doc,) = documents(path)
    assert "alert" not in doc.text and "hidden" not in doc.text and "p{}" not in doc.text
    assert doc.title == "T"
    assert doc.line_at(doc.text.index("Visible two")) == 6


@pytest.mark.parametrize("text", [".TXT", "https://example.org/page", "index.html"])
def test_html_that_looks_like_a_file_name_is_read_without_a_warning(tmp_path, text):
    path = tmp_path / "a.html"
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # found by test_any_bytes_give_documents_or_a_warning
        (doc,) = documents(path)
    assert doc.text == text


def test_jsonl_one_document_per_line(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"text": "One.", "title": "A", "url": "u", "date": "2025"}, {"text": "Two."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs = documents(path)
    assert [d.text for d in docs] == ["One.", "Two."]
    assert docs[0].url == "u" and docs[0].date == "2025"
    assert docs[1].line_at(0) == 2


def test_jsonl_bad_line_is_skipped_with_warning(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"text": "Good."}\n{broken\n{"no_text": 1}\n', encoding="utf-8")
    with pytest.warns(CorpusWarning) as caught:
        docs = documents(path)
    assert [d.text for d in docs] == ["Good."]
    messages = [str(w.message) for w in caught]
    assert any(":2: skipped line" in m for m in messages)
    assert any(":3: skipped line" in m for m in messages)


def test_missing_path_names_it(tmp_path):
    with pytest.raises(CorpusError, match="corpus path not found: .*nowhere"):
        corpus.discover([tmp_path / "nowhere"])


def test_no_path_at_all_is_an_error():
    with pytest.raises(CorpusError, match="no corpus path given"):
        corpus.discover([])


def test_empty_folder_names_it(tmp_path):
    with pytest.raises(CorpusError, match=str(tmp_path)):
        corpus.discover([tmp_path])


def test_unsupported_file_skipped_with_note(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    with pytest.warns(CorpusWarning, match="unsupported file type .pdf"):
        found = corpus.discover([tmp_path])
    assert [p.name for p in found] == ["a.txt"]


def test_binary_file_skipped(tmp_path):
    path = tmp_path / "bin.txt"
    path.write_bytes(b"\x00\x01\x02binary")
    with pytest.warns(CorpusWarning, match="binary"):
        assert corpus.load(path) is None


def test_non_utf8_replaced_with_warning(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Statkevič café".encode("latin-1", errors="replace"))
    with pytest.warns(CorpusWarning, match="not valid UTF-8"):
        (doc,) = documents(path)
    assert "\ufffd" in doc.text


# --- Bad input: every file is read, skipped with a warning, or named in a clear error ---


def test_zero_byte_and_blank_files_are_skipped(tmp_path):
    (tmp_path / "zero.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_bytes(b" \n\r\n\t ")
    for name in ("zero.txt", "blank.md"):
        with pytest.warns(CorpusWarning, match=f"skipped .*{name}: empty file"):
            assert corpus.load(tmp_path / name) is None


def test_binary_file_with_text_name_is_skipped_late_nul_too(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.warns(CorpusWarning, match="image.txt: looks like a binary file"):
        assert corpus.load(path) is None


def test_fifo_is_skipped_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block for ever
    with pytest.warns(CorpusWarning, match="pipe.txt: not a regular file"):
        assert corpus.load(tmp_path / "pipe.txt") is None
    with pytest.raises(CorpusError, match="neither a file nor a folder: .*pipe.txt"):
        corpus.discover([tmp_path / "pipe.txt"])


def test_symlink_loops_neither_hang_nor_crash(tmp_path):
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "up").symlink_to(tmp_path, target_is_directory=True)  # folder loop
    (tmp_path / "self.txt").symlink_to(tmp_path / "self.txt")  # a link to itself
    (tmp_path / "ping.md").symlink_to(tmp_path / "pong.md")
    (tmp_path / "pong.md").symlink_to(tmp_path / "ping.md")
    found = corpus.discover([tmp_path])
    assert sorted(p.name for p in found) == ["a.txt", "ping.md", "pong.md", "self.txt"]
    with pytest.warns(CorpusWarning) as caught:
        loaded = [corpus.load(p) for p in found]
    assert [f.source for f in loaded if f] == [corpus.display_path(tmp_path / "a.txt")]
    assert len(caught) == 3
    assert all("Too many levels of symbolic links" in str(w.message) for w in caught)


UNREADABLE = """
import sys, warnings
from pathlib import Path
from verifier import corpus
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    found = corpus.discover([Path(sys.argv[1]).parent])
    result = corpus.load(Path(sys.argv[1]))
print(result, [p.name for p in found], [str(w.message) for w in caught])
"""


def test_file_and_folder_without_read_permission_are_skipped(tmp_path):
    # root reads any file whatever its mode, so as root the check runs as `nobody`.
    folder = Path(tempfile.mkdtemp(prefix="verifier-perm-"))
    try:
        folder.chmod(0o755)
        path = folder / "secret.txt"
        path.write_text("Secret text.", encoding="utf-8")
        path.chmod(0o000)
        (folder / "closed").mkdir()
        (folder / "closed" / "hidden.txt").write_text("Hidden text.", encoding="utf-8")
        (folder / "closed").chmod(0o000)
        command = [sys.executable, "-c", UNREADABLE, str(path)]
        if os.geteuid() == 0:
            if not shutil.which("setpriv"):
                pytest.skip("running as root without setpriv to drop privileges")
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        result = subprocess.run(command, capture_output=True, text=True, cwd=folder)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("None ['secret.txt']")
        assert "closed: cannot read (Permission denied)" in result.stdout
        assert "secret.txt: cannot read (Permission denied)" in result.stdout
    finally:
        (folder / "closed").chmod(0o755)
        shutil.rmtree(folder)


def read_all(path):
    loaded = corpus.load(path)
    return [] if loaded is None else list(corpus.documents(loaded))


def peak_reading(path):
    """Peak Python memory while a file is checked, hashed and read to the last block."""
    tracemalloc.start()
    try:
        count = chars = 0
        for document in corpus.documents(corpus.load(path)):
            count += 1
            chars += len(document.text)
        return tracemalloc.get_traced_memory()[1], count, chars
    finally:
        tracemalloc.stop()


def test_large_file_is_streamed_in_bounded_memory(tmp_path):
    paragraph = "Officials said 314 prisoners were released since July 2023. " * 20
    peaks = []
    for paragraphs in (2000, 16000):  # about 2.5 MB, then 20 MB
        path = tmp_path / f"big{paragraphs}.txt"
        with open(path, "w", encoding="utf-8") as out:
            for i in range(paragraphs):
                out.write(f"{paragraph}\nParagraph {i} ends here.\n\n")
        peak, count, chars = peak_reading(path)
        assert count > 5 and chars == path.stat().st_size  # every character, in many blocks
        peaks.append(peak)
    # Eight times the file, the same memory: it is streamed, not loaded whole.
    assert peaks[1] < 1.5 * peaks[0] and peaks[1] < 8 << 20, peaks


def test_blocks_keep_offsets_lines_and_title(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "BLOCK_CHARS", 200)
    monkeypatch.setattr(corpus, "CHUNK_BYTES", 64)
    text = "# Title\n\n" + "".join(
        f"Line {i} says café {i}.\r\n" + ("\r\n" if i % 3 == 0 else "") for i in range(300)
    )
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    docs = read_all(path)
    whole = text.replace("\r\n", "\n")
    assert len(docs) > 5 and "".join(d.text for d in docs) == whole
    for doc in docs:
        assert doc.title == "Title"
        assert whole[doc.offset : doc.offset + len(doc.text)] == doc.text
        for at in range(0, len(doc.text), 37):
            assert doc.line_at(at) == whole[: doc.offset + at].count("\n") + 1
    found = [p for d in docs for p in passages.split(d)]
    assert all(whole[p.start : p.end] == p.text for p in found if "\n" not in p.text)


@settings(max_examples=200, deadline=None)
@given(data=st.binary(max_size=300), chunk=st.integers(1, 9))
def test_streamed_decoding_equals_whole_file_decoding(tmp_path_factory, data, chunk):
    path = tmp_path_factory.mktemp("s") / "a.txt"
    path.write_bytes(data)
    expected = data.decode("utf-8", errors="replace").removeprefix("\ufeff")
    expected = expected.replace("\r\n", "\n").replace("\r", "\n")
    file = corpus.CorpusFile(path, "a.txt", "", len(data))
    hasher = hashlib.sha256()
    old = corpus.CHUNK_BYTES
    corpus.CHUNK_BYTES = chunk
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CorpusWarning)
            text = "".join(corpus._text_chunks(file, hasher))
    finally:
        corpus.CHUNK_BYTES = old
    assert text == expected
    assert hasher.hexdigest() == hashlib.sha256(data).hexdigest()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl"]),
    data=st.one_of(
        st.binary(max_size=400),
        st.text(max_size=400).map(lambda t: t.encode("utf-8", "surrogatepass")),
        st.lists(
            st.sampled_from(
                [
                    "<p>",
                    "</p>",
                    "<script>",
                    "<!--",
                    "-->",
                    "{",
                    '"text"',
                    ":",
                    "}",
                    "\n",
                    "#",
                    "x",
                    "é",
                    "\r",
                    "\ufeff",
                    "<![CDATA[",
                    "&amp;",
                    "[",
                    "]",
                    "\x00",
                    "\u202e",
                ]
            ),
            max_size=60,
        ).map(lambda parts: "".join(parts).encode("utf-8")),
    ),
)
def test_any_bytes_give_documents_or_a_warning(tmp_path_factory, suffix, data):
    path = tmp_path_factory.mktemp("p") / f"f{suffix}"
    path.write_bytes(data)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        docs = read_all(path)
        found = [p for d in docs for p in passages.split(d)]
    assert all(issubclass(w.category, CorpusWarning) for w in caught)
    assert all(isinstance(d.text, str) for d in docs)
    assert all(p.line >= 1 and p.start <= p.end for p in found)


def test_files_deleted_or_changed_while_indexing(tmp_path, encoder, monkeypatch):
    docs = tmp_path / "d"
    docs.mkdir()
    for name in "abc":
        (docs / f"{name}.txt").write_text(f"File {name} was written in 2020.", encoding="utf-8")
    real_load = corpus.load

    def racing_load(path):
        # Another program edits c.txt just after it was hashed, before it is read.
        loaded = real_load(path)
        if path.name == "c.txt":
            path.write_text("File c was rewritten in 2021.", encoding="utf-8")
        return loaded

    def progress(done, total, description):
        if description.endswith("a.txt"):
            (docs / "b.txt").unlink()  # deleted between discovery and reading

    monkeypatch.setattr(corpus, "load", racing_load)
    with pytest.warns(CorpusWarning) as caught:
        index = Index.build([docs], encoder, tmp_path / "cache", progress)
    messages = [str(w.message) for w in caught]
    assert any("b.txt: cannot read (No such file or directory)" in m for m in messages)
    assert any("c.txt changed while it was being indexed" in m for m in messages)
    assert [p.text for p in index.passages] == [
        "File a was written in 2020.",
        "File c was rewritten in 2021.",
    ]
    monkeypatch.setattr(corpus, "load", real_load)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the entry was stored under what was read
        again = Index.build([docs], encoder, tmp_path / "cache")
    assert (again.stats.embedded, again.stats.reused) == (0, 2)
