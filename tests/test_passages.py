import pytest

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
    # "Title line" reads as the headline of what follows.
    assert (
        found[2].context == "Title line The first sentence. The second one is here. A third, later."
    )


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


ARTICLES = """Quillfire to cut 1,800 jobs

Quillfire, the maker of collaboration software, will cut about 1,800 jobs, its chief executive said on Wednesday.

The cuts will fall most heavily on sales teams. Headcount doubled during 2021 and 2022.

Shares in the company rose 4% after the announcement.

Hosepipe ban for 1.4 million as reservoirs hit 1976 lows

Tamsford Water will introduce a hosepipe ban from Friday.
"""


def test_a_headline_starts_an_article_whose_lead_names_its_subject():
    doc = corpus.Document("news.txt", ARTICLES, "")
    found = {p.text: p for p in passages.split(doc)}
    # The headlines themselves belong to no article.
    assert found["Quillfire to cut 1,800 jobs"].headline == ""
    assert found["Hosepipe ban for 1.4 million as reservoirs hit 1976 lows"].headline == ""
    lead = found[
        "Quillfire, the maker of collaboration software, will cut about 1,800 jobs, its chief executive said on Wednesday."
    ]
    assert lead.headline == "Quillfire to cut 1,800 jobs"
    later = found["Headcount doubled during 2021 and 2022."]
    assert later.headline == "Quillfire to cut 1,800 jobs"
    # A later paragraph's context starts with the headline and the article's lead.
    assert later.context.startswith("Quillfire to cut 1,800 jobs Quillfire, the maker")
    assert later.context.endswith(
        "2021 and 2022. Shares in the company rose 4% after the announcement."
    )
    # ... and a later one, the first sentence of each paragraph before it as well.
    shares = found["Shares in the company rose 4% after the announcement."]
    assert shares.context.startswith(
        "Quillfire to cut 1,800 jobs Quillfire, the maker of collaboration software, will cut "
        "about 1,800 jobs, its chief executive said on Wednesday. The cuts will fall most "
        "heavily on sales teams. Headcount doubled"
    )
    # The next article has its own headline, and none of the first's context.
    ban = found["Tamsford Water will introduce a hosepipe ban from Friday."]
    assert ban.headline.startswith("Hosepipe ban")
    assert "Quillfire" not in ban.context


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quillfire to cut 1,800 jobs", "Quillfire to cut 1,800 jobs"),
        ("## Results by region", "Results by region"),
        ('Minister calls cuts "unavoidable"', 'Minister calls cuts "unavoidable"'),
        ("The company said it would appeal.", None),  # a sentence
        ("Asked why, she said:", None),
        ("and then the rest of the line", None),  # not capitalised
        ("A very long line " + "of words " * 12, None),
        ("Two lines\nof a wrapped paragraph", None),
    ],
)
def test_headline(text, expected):
    assert passages.headline(text) == expected


def test_text_without_headlines_has_no_articles():
    text = "Kestrel Foods reported a loss.\n\nThe group said sales fell.\n"
    found = passages.split(corpus.Document("x.txt", text, ""))
    assert [p.headline for p in found] == ["", ""]
    assert found[1].context == "Kestrel Foods reported a loss. The group said sales fell."
