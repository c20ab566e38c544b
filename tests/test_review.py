import pytest

from verifier import review
from verifier.errors import CorpusWarning, InputError
from verifier.verdict import Label

from .conftest import ROOT

DRAFT = ROOT / "claims" / "draft-example.md"


def claims_of(text: str, kind: str = "md") -> list[tuple[str, int]]:
    return [(c.text, c.line) for c in review.parse(text, kind=kind).claims]


def test_spans_and_lines_point_into_the_draft():
    text = "# Title\n\nIntro line.\n\nThe bridge opened in 1999 in Paris.\n"
    draft = review.parse(text)
    (claim,) = draft.claims
    assert (claim.text, claim.line) == ("The bridge opened in 1999 in Paris.", 5)
    assert text[claim.start : claim.end] == "The bridge opened in 1999 in Paris."


def test_markdown_structure_that_is_not_prose_is_not_checked():
    text = (
        "---\n"
        "title: Bridge opened in 1999\n"
        "---\n"
        "# The bridge opened in 1999\n"
        "\n"
        "Opened in 1999\n"
        "==============\n"
        "\n"
        "```\n"
        "The bridge opened in 1999.\n"
        "```\n"
        "\n"
        "    The bridge opened in 1999 (indented code).\n"
        "\n"
        "| year | event |\n"
        "|---|---|\n"
        "| 1999 | The bridge opened in 1999. |\n"
        "\n"
        "<!-- The bridge opened in 1999.\n"
        "still a comment -->\n"
        "\n"
        "The bridge opened in **1999** in [Paris](https://example.org).\n"
    )
    assert claims_of(text) == [("The bridge opened in 1999 in Paris.", 22)]


def test_list_items_and_quotes_are_claims_of_their_own():
    text = "- 52 prisoners were pardoned on Thursday\n- 14 were freed in June\n> Losik was freed in 2025.\n"
    assert claims_of(text) == [
        ("52 prisoners were pardoned on Thursday", 1),
        ("14 were freed in June", 2),
        ("Losik was freed in 2025.", 3),
    ]


def test_questions_opinion_and_factless_sentences_are_reported_not_checked():
    text = (
        "Will Lukashenko free 52 more prisoners? Critics say the deal is a disgrace. "
        "Some observers think Lukashenko should go further. It was a good day. "
        "Lukashenko freed 52 prisoners on Thursday.\n"
    )
    draft = review.parse(text)
    assert [(u.reason, u.text) for u in draft.unchecked] == [
        ("question", "Will Lukashenko free 52 more prisoners?"),
        ("no checkable fact", "Critics say the deal is a disgrace."),
        ("opinion", "Some observers think Lukashenko should go further."),
        ("no checkable fact", "It was a good day."),
    ]
    assert [c.text for c in draft.claims] == ["Lukashenko freed 52 prisoners on Thursday."]


def test_a_number_or_quote_outweighs_an_opinion_word():
    text = "Officials believe 52 prisoners were freed. Lukashenko said: “We must free them all.”\n"
    assert [c.text for c in review.parse(text).claims] == [
        "Officials believe 52 prisoners were freed.",
        "Lukashenko said: “We must free them all.”",
    ]


def test_a_sentence_with_several_facts_is_split_into_atomic_claims():
    text = (
        "Belarus pardoned 52 prisoners on Thursday; they join 314 others released since "
        "July 2023, according to Human Rights Watch.\n"
    )
    draft = review.parse(text)
    assert [c.text for c in draft.claims] == [
        "Belarus pardoned 52 prisoners on Thursday",
        "they join 314 others released since July 2023, according to Human Rights Watch.",
    ]
    assert [text[c.start : c.end] for c in draft.claims] == [c.text for c in draft.claims]


@pytest.mark.parametrize(
    ("sentence", "parts"),
    [
        # ", and" between two clauses that each carry a fact
        (
            "Another 14 prisoners were pardoned in June, and Statkevich ran for president in 2010.",
            ["Another 14 prisoners were pardoned in June", "Statkevich ran for president in 2010."],
        ),
        # " and" before a number
        (
            "52 prisoners were pardoned on Thursday and 314 others were released since July 2023.",
            [
                "52 prisoners were pardoned on Thursday",
                "314 others were released since July 2023.",
            ],
        ),
        # a part without a fact of its own stays with its sentence
        (
            "52 prisoners were pardoned on Thursday, and they left at once.",
            ["52 prisoners were pardoned on Thursday, and they left at once."],
        ),
        # names joined by "and" are not clauses
        (
            "Matskevich and Losik were freed on Thursday.",
            ["Matskevich and Losik were freed on Thursday."],
        ),
        # never inside a quotation
        (
            "Lukashenko said “we freed 52 in June; and 14 more in July” on Thursday.",
            ["Lukashenko said “we freed 52 in June; and 14 more in July” on Thursday."],
        ),
    ],
)
def test_splitting_rules(sentence, parts):
    assert [c.text for c in review.parse(sentence + "\n").claims] == parts


def test_html_draft_uses_visible_text_and_source_lines(tmp_path):
    path = tmp_path / "draft.html"
    path.write_text(
        "<html><head><title>Draft</title><script>var n = 'Freed 99 in 1990.';</script></head>\n"
        "<body><h1>Belarus frees prisoners</h1>\n"
        "<!-- 77 prisoners were freed in 1977. -->\n"
        "<p>Belarus pardoned 52 prisoners on <b>Thursday</b>.</p>\n"
        "<p>Is this the end?</p>\n"
        "<h2>Statkevich was a candidate in 2010.</h2>\n"
        "<div><p>Unclosed <i>tags: 314 released since July 2023\n"
        "</body></html>\n"
    )
    draft = review.read(path)
    # HTML tags say what a heading is; a line without final punctuation is still prose
    assert [(c.text, c.line) for c in draft.claims] == [
        ("Belarus pardoned 52 prisoners on Thursday.", 4),
        ("Unclosed tags: 314 released since July 2023", 7),
    ]
    assert "Freed 99" not in draft.text and "77 prisoners" not in draft.text
    assert [u.reason for u in draft.unchecked] == ["question"]


def test_txt_draft_and_crlf(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(
        b"\xef\xbb\xbfBelarus frees prisoners\r\n\r\nBelarus pardoned 52 prisoners\r\non Thursday.\r\n"
    )
    draft = review.read(path)
    assert [(c.text, c.line) for c in draft.claims] == [
        ("Belarus pardoned 52 prisoners on Thursday.", 3)
    ]


def test_draft_file_problems_are_input_errors(tmp_path):
    with pytest.raises(InputError, match="draft not found"):
        review.read(tmp_path / "gone.md")
    with pytest.raises(InputError, match="draft is a directory"):
        review.read(tmp_path)
    (tmp_path / "d.docx").write_text("x")
    with pytest.raises(InputError, match=r"draft must be \.md, \.txt or \.html"):
        review.read(tmp_path / "d.docx")
    (tmp_path / "b.md").write_bytes(b"\x00\x01binary")
    with pytest.raises(InputError, match="draft looks binary"):
        review.read(tmp_path / "b.md")


def test_example_draft_flags_each_deliberate_error(demo):
    draft = review.read(DRAFT)
    report = review.to_report(draft, demo.check_many(c.text for c in draft.claims))
    verdicts = {item.verdict.claim: item.verdict.label for item in report.items}
    errors = {
        "Belarus pardoned 25 prisoners on Thursday",  # 52
        "Mikola Statkevich, a veteran dissident, was a presidential candidate in 2015.",  # 2010
        "Tikhanovskaya met some of the released prisoners as they crossed the border into "
        "neighbouring Poland.",  # Lithuania
    }
    assert errors <= set(verdicts)
    for claim, label in verdicts.items():
        expected = Label.CONTRADICTED if claim in errors else Label.SUPPORTED
        assert label is expected, claim
    assert len(verdicts) == 10
    assert [m.split(": not checked ")[1].split(")")[0] for m in report.skipped] == [
        "(no checkable fact",
        "(question",
        "(opinion",
    ]
    for item in report.items:
        start, end = item.span
        assert " ".join(draft.text[start:end].split()) == item.verdict.claim
        assert draft.text.count("\n", 0, start) + 1 == item.line


def test_non_utf8_draft_is_read_with_a_warning(tmp_path):
    path = tmp_path / "draft.md"
    path.write_bytes("Caf\xe9 owner Ivan said 7 tables were full.\n".encode("latin-1"))
    with pytest.warns(CorpusWarning, match="not valid UTF-8"):
        draft = review.read(path)
    assert [c.text for c in draft.claims] == ["Caf\ufffd owner Ivan said 7 tables were full."]


def test_a_line_taken_for_a_heading_is_reported_not_dropped():
    draft = review.parse("52 prisoners were pardoned on Thursday", "d.txt", "txt")
    assert draft.claims == ()
    (skipped,) = draft.unchecked
    assert (skipped.text, skipped.line, skipped.reason) == (
        "52 prisoners were pardoned on Thursday",
        1,
        "looks like a heading",
    )
