from verifier import corpus, passages


def test_demo_passages_cite_their_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(
        "Title line\n\nThe first sentence. The second one is here.\n\nA third, later.\n",
        encoding="utf-8",
    )
    (doc,) = corpus.parse(corpus.load(path))
    found = passages.split(doc)
    assert [p.text for p in found] == [
        "Title line",
        "The first sentence.",
        "The second one is here.",
        "A third, later.",
    ]
    assert [p.line for p in found] == [1, 3, 3, 5]
    for p in found:
        assert doc.text[p.start : p.end] == p.text
    assert found[2].context == "The first sentence. The second one is here. A third, later."


def test_overlong_sentence_is_cut():
    doc = corpus.Document("x.txt", "word " * 400, "")
    found = passages.split(doc)
    assert len(found) > 1
    assert all(len(p.text) <= passages.MAX_PASSAGE_CHARS for p in found)


def test_a_sentence_context_reaches_back_to_its_paragraph_start():
    text = "One. Two. Three. Four. Five.\nSix. Seven."
    doc = corpus.Document("x.txt", text, "")
    found = passages.split(doc)
    # Up to LEAD_SENTENCES earlier sentences of the paragraph, and the next sentence.
    assert found[3].context == "One. Two. Three. Four. Five."
    assert found[4].context == "Two. Three. Four. Five. Six."
    # A new paragraph (a new line) keeps only the sentence before it.
    assert found[6].context == "Six. Seven."
    assert found[5].context == "Five. Six. Seven."
