import json

import pytest

from verifier import corpus
from verifier.errors import CorpusError, CorpusWarning


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
