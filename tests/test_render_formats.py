import csv
import io
import json

import pytest
from rich.console import Console

from verifier.passages import Passage
from verifier.render import FORMATS, renderer
from verifier.render.table import ClaimsTable
from verifier.render.terminal import ReviewView
from verifier.report import Item, Report, best_evidence, item_dict, summary
from verifier.retrieval import Evidence
from verifier.verdict import Check, Label, Verdict

CITE = "corpus/belarus.txt:5"
PASSAGE = Passage(
    id=0,
    document="corpus/belarus.txt",
    line=5,
    start=100,
    end=160,
    text="The 52 prisoners pardoned on Thursday <b>join</b> 314 others.",
    context="",
    title="Belarus",
)


def evidence(stance: str, highlights=()) -> Evidence:
    return Evidence(PASSAGE, 0.0328, 0.61234, 3.2, 0.0, stance, highlights)


CONTRADICTED = Verdict(
    claim="Belarus pardoned 25 prisoners <script>alert(1)</script>",
    label=Label.CONTRADICTED,
    confidence=0.9,
    reasons=(f"quantity 25 ≠ 52 (prisoners pardoned on Thursday) at {CITE}",),
    checks=(Check("quantity", "mismatch", "25", "52", CITE, "prisoners pardoned on Thursday"),),
    evidence=(evidence("contradicts", ((4, 6, "mismatch"), (7, 16, "match"))),),
)
SUPPORTED = Verdict(
    claim="They join 314 others | more",
    label=Label.SUPPORTED,
    confidence=0.84,
    reasons=(f"quantity 314 = 314 (others) at {CITE}",),
    checks=(Check("quantity", "match", "314", "314", CITE, "others"),),
    evidence=(evidence("neutral"), evidence("supports", ((49, 52, "match"),))),
)
UNKNOWN = Verdict(
    claim="The Eiffel Tower is 330 metres tall",
    label=Label.NOT_ENOUGH_EVIDENCE,
    confidence=0.91,
    reasons=("no passage in the corpus is about this claim",),
    checks=(),
    evidence=(evidence("neutral"),),
)
DRAFT = (
    "# Title\n"
    "\n"
    "Belarus pardoned 25 prisoners <script>alert(1)</script>; They join 314 others | more.\n"
    "The Eiffel Tower is 330 metres tall.\n"
)


@pytest.fixture
def bulk() -> Report:
    items = (
        Item(CONTRADICTED, id="a", line=2),
        Item(SUPPORTED, id="b", line=3),
        Item(UNKNOWN, id="3", line=5),
    )
    return Report(
        items, mode="file", source="claims.jsonl", skipped=("claims.jsonl:4: skipped: empty claim",)
    )


@pytest.fixture
def reviewed() -> Report:
    verdicts = (CONTRADICTED, SUPPORTED, UNKNOWN)
    spans = [(DRAFT.index(v.claim), DRAFT.index(v.claim) + len(v.claim)) for v in verdicts]
    items = tuple(
        Item(v, id=str(i + 1), line=DRAFT.count("\n", 0, s) + 1, span=(s, e))
        for i, ((s, e), v) in enumerate(zip(spans, verdicts, strict=True))
    )
    return Report(
        items,
        mode="review",
        source="draft.md",
        skipped=("draft.md:9: not checked (question): Why?",),
        text=DRAFT,
    )


def rendered(report: Report, fmt: str) -> str:
    stream = io.StringIO()
    renderer(fmt)(report, stream)
    return stream.getvalue()


def test_every_format_is_registered():
    assert list(FORMATS) == ["rich", "table", "json", "jsonl", "csv", "markdown", "html"]


def test_best_evidence_is_the_deciding_passage_and_none_without_one():
    assert best_evidence(SUPPORTED).stance == "supports"  # not the neutral one ranked first
    assert best_evidence(CONTRADICTED).stance == "contradicts"
    assert best_evidence(UNKNOWN) is None


def test_summary_counts_verdicts_and_skipped_rows(bulk, reviewed):
    assert summary(bulk) == (
        "3 claims checked, 1 SUPPORTED, 1 CONTRADICTED, 1 NOT ENOUGH EVIDENCE; 1 row skipped"
    )
    assert summary(reviewed).endswith("; 1 sentence not checked")


def test_jsonl_rows_carry_the_single_claim_fields_plus_id_line_span(reviewed):
    lines = rendered(reviewed, "jsonl").splitlines()
    assert len(lines) == 3
    first = json.loads(lines[0])
    assert list(first)[:3] == ["id", "line", "span"]
    assert (first["id"], first["line"], first["span"]) == ("1", 3, [9, 64])
    assert first == item_dict(reviewed.items[0])
    assert set(first) >= {"claim", "verdict", "confidence", "reasons", "checks", "evidence"}
    assert first["evidence"][0] == {
        "document": "corpus/belarus.txt",
        "line": 5,
        "start": 100,
        "end": 160,
        "text": PASSAGE.text,
        "score": 0.0328,
        "similarity": 0.6123,
        "stance": "contradicts",
    }


def test_csv_output_is_exact(reviewed):
    assert rendered(reviewed, "csv") == (
        "id,line,start,end,claim,verdict,confidence,evidence,evidence_text,reasons\n"
        "1,3,9,64,Belarus pardoned 25 prisoners <script>alert(1)</script>,CONTRADICTED,0.90,"
        f"corpus/belarus.txt:5,The 52 prisoners pardoned on Thursday <b>join</b> 314 others.,"
        f"quantity 25 ≠ 52 (prisoners pardoned on Thursday) at {CITE}\n"
        "2,3,66,93,They join 314 others | more,SUPPORTED,0.84,corpus/belarus.txt:5,"
        f"The 52 prisoners pardoned on Thursday <b>join</b> 314 others.,quantity 314 = 314 (others) at {CITE}\n"
        "3,4,95,130,The Eiffel Tower is 330 metres tall,NOT ENOUGH EVIDENCE,0.91,,,"
        "no passage in the corpus is about this claim\n"
    )
    rows = list(csv.DictReader(io.StringIO(rendered(reviewed, "csv"))))
    assert [r["verdict"] for r in rows] == ["CONTRADICTED", "SUPPORTED", "NOT ENOUGH EVIDENCE"]


def test_json_for_many_claims_has_summary_and_skipped(bulk):
    data = json.loads(rendered(bulk, "json"))
    assert data["source"] == "claims.jsonl"
    assert data["summary"] == {
        "SUPPORTED": 1,
        "CONTRADICTED": 1,
        "CONFLICTING": 0,
        "NOT ENOUGH EVIDENCE": 1,
        "skipped": 1,
    }
    assert data["skipped"] == ["claims.jsonl:4: skipped: empty claim"]
    assert [r["id"] for r in data["results"]] == ["a", "b", "3"]


def test_markdown_output_is_exact(bulk):
    assert rendered(bulk, "markdown") == (
        "# Claims in claims.jsonl\n"
        "\n"
        "3 claims checked, 1 SUPPORTED, 1 CONTRADICTED, 1 NOT ENOUGH EVIDENCE; 1 row skipped\n"
        "\n"
        "| id | line | claim | verdict | confidence | evidence |\n"
        "|---:|---:|---|---|---:|---|\n"
        "| a | 2 | Belarus pardoned 25 prisoners \\<script\\>alert(1)\\</script\\> "
        "| **CONTRADICTED** | 0.90 | `corpus/belarus.txt:5` |\n"
        "| b | 3 | They join 314 others \\| more | **SUPPORTED** | 0.84 | `corpus/belarus.txt:5` |\n"
        "| 3 | 5 | The Eiffel Tower is 330 metres tall | **NOT ENOUGH EVIDENCE** | 0.91 | — |\n"
        "\n"
        "## Reasons\n"
        "\n"
        "### a, line 2: CONTRADICTED\n"
        "\n"
        "> Belarus pardoned 25 prisoners \\<script\\>alert(1)\\</script\\>\n"
        "\n"
        "- quantity 25 ≠ 52 (prisoners pardoned on Thursday) at corpus/belarus.txt:5\n"
        "\n"
        "Evidence (`corpus/belarus.txt:5`, contradicts): The 52 prisoners pardoned on Thursday "
        "\\<b\\>join\\</b\\> 314 others.\n"
        "\n"
        "### b, line 3: SUPPORTED\n"
        "\n"
        "> They join 314 others \\| more\n"
        "\n"
        "- quantity 314 = 314 (others) at corpus/belarus.txt:5\n"
        "\n"
        "Evidence (`corpus/belarus.txt:5`, supports): The 52 prisoners pardoned on Thursday "
        "\\<b\\>join\\</b\\> 314 others.\n"
        "\n"
        "### 3, line 5: NOT ENOUGH EVIDENCE\n"
        "\n"
        "> The Eiffel Tower is 330 metres tall\n"
        "\n"
        "- no passage in the corpus is about this claim\n"
        "\n"
        "## Skipped rows\n"
        "\n"
        "- claims.jsonl:4: skipped: empty claim\n"
    )


def console_text(renderable, width=100) -> str:
    stream = io.StringIO()
    Console(file=stream, width=width, color_system=None, highlight=False).print(renderable)
    return "\n".join(line.rstrip() for line in stream.getvalue().splitlines())


def test_claims_table_is_exact(bulk):
    assert console_text(ClaimsTable(bulk), width=120) == (
        "                                                 Claims in claims.jsonl\n"
        "┏━━━━┳━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┓\n"
        "┃ id ┃ line ┃ claim                                               ┃ verdict             ┃ conf. ┃ evidence             ┃\n"
        "┡━━━━╇━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━┩\n"
        "│ a  │    2 │ Belarus pardoned 25 prisoners                       │ CONTRADICTED        │  0.90 │ corpus/belarus.txt:5 │\n"
        "│    │      │ <script>alert(1)</script>                           │                     │       │                      │\n"
        "│ b  │    3 │ They join 314 others | more                         │ SUPPORTED           │  0.84 │ corpus/belarus.txt:5 │\n"
        "│ 3  │    5 │ The Eiffel Tower is 330 metres tall                 │ NOT ENOUGH EVIDENCE │  0.91 │ —                    │\n"
        "└────┴──────┴─────────────────────────────────────────────────────┴─────────────────────┴───────┴──────────────────────┘\n"
        "3 claims checked, 1 SUPPORTED, 1 CONTRADICTED, 1 NOT ENOUGH EVIDENCE; 1 row skipped"
    )


def test_narrow_claims_table_puts_the_citation_under_the_claim(bulk):
    text = console_text(ClaimsTable(bulk), width=80)
    assert "│ a  │    2 │ Belarus pardoned 25 prisoners" in text
    assert "corpus/belarus.txt:5" in text and "evidence" not in text.splitlines()[2]


def test_review_view_is_exact(reviewed):
    assert console_text(ReviewView(reviewed)) == (
        "Review of draft.md\n"
        "\n"
        "line   3 CONTRADICTED  0.90\n"
        "         Belarus pardoned 25 prisoners <script>alert(1)</script>\n"
        "         contradicts corpus/belarus.txt:5: The 52 prisoners pardoned on Thursday <b>join</b> 314\n"
        "         others.\n"
        "         • quantity 25 ≠ 52 (prisoners pardoned on Thursday) at corpus/belarus.txt:5\n"
        "\n"
        "line   3 SUPPORTED  0.84\n"
        "         They join 314 others | more\n"
        "         supports corpus/belarus.txt:5: The 52 prisoners pardoned on Thursday <b>join</b> 314\n"
        "         others.\n"
        "         • quantity 314 = 314 (others) at corpus/belarus.txt:5\n"
        "\n"
        "line   4 NOT ENOUGH EVIDENCE  0.91\n"
        "         The Eiffel Tower is 330 metres tall\n"
        "         • no passage in the corpus is about this claim\n"
        "\n"
        "3 claims checked, 1 SUPPORTED, 1 CONTRADICTED, 1 NOT ENOUGH EVIDENCE; 1 sentence not checked\n"
        "draft.md:9: not checked (question): Why?"
    )


def test_review_view_colours_line_numbers_by_verdict(reviewed):
    stream = io.StringIO()
    Console(file=stream, width=100, color_system="standard", force_terminal=True).print(
        ReviewView(reviewed)
    )
    out = stream.getvalue()
    assert "\x1b[31mline   3 \x1b[0m\x1b[1;31mCONTRADICTED\x1b[0m" in out
    assert "\x1b[32mline   3 \x1b[0m\x1b[1;32mSUPPORTED\x1b[0m" in out


def test_rich_format_picks_the_view_for_the_mode(bulk, reviewed):
    assert "┃ id" in rendered(bulk, "rich")
    assert rendered(reviewed, "rich").startswith("Review of draft.md\n")


def test_html_is_self_contained_and_escapes_every_text(reviewed):
    page = rendered(reviewed, "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "script-src" not in page and "default-src 'none'" in page  # CSP: no scripts at all
    assert "<script" not in page.lower() and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;join&lt;/b&gt;" in page
    for external in ("http://", "https://", "src=", "<link", "@import", "url("):
        assert external not in page
    # the draft, line by line, with each claim a link coloured by its verdict
    assert '<span class="n">3</span>' in page
    assert (
        '<a class="claim v-contradicted" href="#claim-1" title="CONTRADICTED 0.90: Belarus '
        'pardoned 25 prisoners &lt;script&gt;alert(1)&lt;/script&gt;">Belarus pardoned 25 '
        "prisoners &lt;script&gt;alert(1)&lt;/script&gt;<sup>1</sup></a>"
    ) in page
    assert page.count('<a class="claim v-supported"') == 1
    assert page.count('<details class="card') == 3
    assert '<div class="body" id="claim-2">' in page
    # evidence with the judge's highlights, and reasons
    assert '<mark class="mismatch">52</mark> <mark class="match">prisoners</mark>' in page
    assert (
        "<li>quantity 25 ≠ 52 (prisoners pardoned on Thursday) at corpus/belarus.txt:5</li>" in page
    )
    assert "<li>draft.md:9: not checked (question): Why?</li>" in page


def test_html_claim_over_two_lines_stays_well_nested():
    text = "Belarus pardoned 52\nprisoners on Thursday.\n"
    item = Item(SUPPORTED, id="1", line=1, span=(0, len(text) - 1))
    page = rendered(Report((item,), mode="review", source="d.md", text=text), "html")
    assert page.count('<a class="claim v-supported" href="#claim-1"') == 2
    assert "prisoners on Thursday.<sup>1</sup></a>" in page


def test_html_for_bulk_has_no_draft(bulk):
    page = rendered(bulk, "html")
    assert "<h1>Claims in claims.jsonl</h1>" in page
    assert '<div class="draft">' not in page and page.count('<details class="card') == 3
    assert "<h2>Skipped rows</h2>" in page


def test_an_empty_run_prints_only_its_summary():
    report = Report((), mode="file", source="c.txt", skipped=("c.txt:2: skipped: empty claim",))
    assert console_text(ClaimsTable(report)) == "0 claims checked; 1 row skipped"
