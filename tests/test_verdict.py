from dataclasses import replace

import pytest

from verifier import Label

DEMO = [
    ("314 released since July 2023", Label.SUPPORTED),
    ("315 released since July 2023", Label.CONTRADICTED),
    ("The Eiffel Tower is 330 metres tall", Label.NOT_ENOUGH_EVIDENCE),
]


@pytest.mark.parametrize(("claim", "label"), DEMO)
def test_demo_claims(demo, claim, label):
    result = demo.check(claim)
    assert result.label == label
    assert 0.0 <= result.confidence <= 1.0
    assert result.reasons


def test_supported_cites_the_corpus_line(demo):
    result = demo.check("314 released since July 2023")
    best = result.evidence[0]
    assert best.stance == "supports"
    assert (
        best.passage.citation == "corpus/belarus-prisoners-2025.txt:5"
        or best.passage.citation.endswith("belarus-prisoners-2025.txt:5")
    )
    assert any("314 = 314" in str(c) for c in result.checks)


def test_number_mismatch_names_both_values_and_the_slot(demo):
    result = demo.check("53 prisoners were pardoned on Thursday.")
    assert result.label == Label.CONTRADICTED
    assert any(
        r.startswith("quantity 53 ≠ 52 (prisoners pardoned on Thursday") for r in result.reasons
    )
    (contra,) = [e for e in result.evidence if e.stance == "contradicts"]
    spans = [contra.passage.text[s:e] for s, e, kind in contra.highlights if kind == "mismatch"]
    assert spans == ["52"]


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        (
            "Larissa Shchyrakova served a two-year jail term.",
            Label.CONTRADICTED,
            "quantity two ≠ three",
        ),
        ("Mikola Statkevich ran for president in 2020.", Label.CONTRADICTED, "date 2020 ≠ 2010"),
        (
            "The freed prisoners crossed the border into Poland.",
            Label.CONTRADICTED,
            "entity Poland ≠ Lithuania",
        ),
        (
            "Lukashenko said the Americans are taking a very hostile stance on political prisoners.",
            Label.CONTRADICTED,
            "quote differs",
        ),
        (
            "Statkevich sat in no man's land at the border.",
            Label.SUPPORTED,
            "2025.txt:17 states the claim: 100% of its content words found",
        ),
        ("Tikhanovskaya is an exiled opposition leader.", Label.SUPPORTED, "2025.txt:7 states"),
        ("Lukashenko has ruled Belarus since 1994.", Label.NOT_ENOUGH_EVIDENCE, "not found"),
        (
            "Lithuania granted asylum to all 52 freed prisoners.",
            Label.NOT_ENOUGH_EVIDENCE,
            "closest passage",
        ),
    ],
)
def test_seed_examples(demo, claim, label, reason):
    result = demo.check(claim)
    assert result.label == label, result.reasons
    assert any(reason in r for r in result.reasons), result.reasons


def test_the_number_compared_is_the_one_counting_the_same_thing(demo):
    result = demo.check(
        "Among the 25 freed were philosopher Vladimir Matskevich and journalist Igor Losik."
    )
    assert result.label == Label.CONTRADICTED
    assert any(r.startswith("quantity 25 ≠ 52 (freed") for r in result.reasons), result.reasons


def test_a_passage_less_about_the_claim_does_not_outweigh_one_that_states_it(demo):
    # Line 5 has "314 others released", line 7 "Thirteen others were released and forced
    # into exile": the claim is about the second.
    result = demo.check("13 others were released and forced into exile.")
    assert result.label == Label.SUPPORTED, result.reasons


def test_a_passage_about_something_else_never_contradicts(demo):
    # The corpus says 52 prisoners were pardoned on Thursday and 14 in June: a claim about
    # June must not be contradicted by the Thursday passage.
    result = demo.check("14 prisoners were pardoned in June when a US special envoy visited.")
    assert result.label == Label.SUPPORTED
    assert all(e.stance != "contradicts" for e in result.evidence)


def test_spelling_variant_of_a_name_still_matches(demo):
    result = demo.check("Mikola Statkevič ran for president in 2010.")
    assert result.label == Label.SUPPORTED


def test_seed_dev_benchmark_is_all_correct(demo):
    """The 24 labelled seed-dev claims (read from ../shared/bench, never copied here)."""
    import json

    from .conftest import SHARED

    path = SHARED / "bench" / "seed-dev.jsonl"
    if not path.exists():
        pytest.skip(f"benchmark data not found at {path}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    results = list(demo.check_many([r["claim"] for r in rows]))
    wrong = [
        (r["claim"], r["label"], v.label.value)
        for r, v in zip(rows, results, strict=True)
        if v.label.value != r["label"]
    ]
    assert wrong == []


# --- polarity, direction and meaning, on a small corpus of news sentences ------------------

NEWS = """\
Heatwaves in Europe have become more frequent over the past 40 years, the weather service said.
The minister did not sign the agreement with the union.
Unemployment in the province fell to 4 percent last year, the statistics office said.
Wildlife surveys show that the polar bear population has been declining for a decade.
Not only did exports rise in March, imports rose as well.
Atmospheric CO 2 concentrations have risen sharply since 1850, the observatory reported.
The council approved the budget on Tuesday, though it did not publish the details.
The mayor said the tram line would open in 2027, not in 2026 as first planned.
The court rejected the appeal and upheld the five-year sentence.
"""


@pytest.fixture(scope="module")
def news(encoder, tmp_path_factory):
    from verifier import Verifier

    folder = tmp_path_factory.mktemp("news")
    (folder / "news.txt").write_text(NEWS, encoding="utf-8")
    return Verifier(corpus=folder, cache_dir=folder / ".cache", encoder=encoder)


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        # The negation covers its whole clause: what it negates is stated in the passage.
        (
            "There is no evidence that heatwaves in Europe have become more frequent.",
            Label.CONTRADICTED,
            "polarity differs: claim negates ('no'), evidence affirms at ",
        ),
        (
            "The minister signed the agreement with the union.",
            Label.CONTRADICTED,
            "polarity differs: claim affirms, evidence negates ('not') at ",
        ),
        # Both sides negate: they agree.
        ("The minister did not sign the agreement with the union.", Label.SUPPORTED, ""),
        # "Not only" affirms.
        ("Exports rose in March.", Label.SUPPORTED, ""),
        # The change goes the other way.
        (
            "Unemployment in the province rose last year.",
            Label.CONTRADICTED,
            "direction rose ≠ fell (Unemployment province last year) at ",
        ),
        ("Unemployment in the province fell last year.", Label.SUPPORTED, ""),
        # A formula whose subscript was lost in the passage's text still matches.
        (
            "Atmospheric CO2 concentrations have risen sharply since 1850.",
            Label.SUPPORTED,
            "entity Atmospheric CO2 = CO 2",
        ),
        # A negation about something else leaves the passage stating the claim. (Its "not"
        # drew it nearer to the claim negated, which once gave CONTRADICTED.)
        ("The council approved the budget on Tuesday.", Label.SUPPORTED, ""),
        # A value the passage names only to deny it.
        ("The tram line will open in 2026.", Label.CONTRADICTED, "date 2026 ≠ not in 2026 at "),
        ("The tram line will open in 2027.", Label.SUPPORTED, ""),
        # After a negating verb, "and" starts the next thing done: not rejected.
        ("The court upheld the five-year sentence.", Label.SUPPORTED, ""),
        (
            "The polar bear population has been growing.",
            Label.CONTRADICTED,
            "direction growing ≠ declining",
        ),
    ],
)
def test_polarity_and_direction(news, claim, label, reason):
    result = news.check(claim)
    _expect(result, label, reason)


def _judged(
    claim: str,
    text: str,
    similarity: float = 0.75,
    negated_similarity: float | None = None,
    document: str = "stats.txt",
    context: str | None = None,
    headline: str = "",
):
    """The judge alone, on one passage (in its paragraph) with fixed similarities."""
    from verifier.facts import extract
    from verifier.passages import Passage
    from verifier.retrieval import Evidence
    from verifier.verdict import judge

    passage = Passage(0, document, 1, 0, len(text), text, context or text, "", headline)
    evidence = Evidence(passage, 1.0, similarity, 1.0, 0.0)
    evidence = replace(evidence, negated_similarity=negated_similarity)
    return judge(extract(claim), [(evidence, extract(text))])


def _judged_as(claim: str, text: str, expected: str) -> None:
    """The judge gives `expected`, or with "!X" anything but X."""
    got = _judged(claim, text).label.value
    assert got != expected[1:] if expected.startswith("!") else got == expected, got


def _expect(result, label, reason: str) -> None:
    """The verdict has this label and a reason that starts with `reason`."""
    assert result.label == label, result.reasons
    assert any(r.startswith(reason) for r in result.reasons), result.reasons


def _wrong_and_right(text: str, wrong: str, reason: str, right: str) -> None:
    """`wrong` is CONTRADICTED by the passage `text`, with `reason`, and `right` SUPPORTED."""
    _expect(_judged(wrong, text), Label.CONTRADICTED, reason)
    supported = _judged(right, text)
    assert supported.label == Label.SUPPORTED, supported.reasons


def test_a_passage_nearer_to_the_claim_negated_contradicts_it():
    """The judge's side of the negation probe, with similarities as the encoder gives them."""

    def verdict(similarity, negated_similarity):
        return _judged(
            "The council has approved the budget.",
            "The council voted the budget down.",
            similarity,
            negated_similarity,
            "council.txt",
        )

    nearer = verdict(0.80, 0.85)
    assert nearer.label == Label.CONTRADICTED
    assert nearer.reasons == (
        'nearer in meaning to the claim negated ("The council has not approved the budget.") '
        "than to the claim: similarity 0.85 vs 0.80 at council.txt:1",
    )
    assert verdict(0.85, 0.80).label == Label.SUPPORTED  # worded like the claim, not its negation
    assert verdict(0.80, None).label == Label.SUPPORTED  # not asked


def test_each_passage_is_compared_with_the_claim_negated_unless_the_claim_negates(news):
    affirming = news.check("Unemployment in the province fell last year.")
    assert affirming.evidence
    assert all(-1.0 <= e.negated_similarity <= 1.0 for e in affirming.evidence)
    negating = news.check("The minister did not sign the agreement with the union.")
    assert all(e.negated_similarity is None for e in negating.evidence)


def test_a_negated_change_goes_neither_way():
    # The encoder puts the passage nearer to the claim negated (0.78 against 0.72): its "not"
    # draws it there, which is no evidence that unemployment did not rise.
    result = _judged(
        "Unemployment in the province rose last year.",
        "Unemployment in the province did not fall last year.",
        0.72,
        0.78,
        "jobs.txt",
    )
    assert not [c for c in result.checks if c.kind in ("direction", "meaning")], result.checks
    # Nor is it a polarity mismatch ("last year" is when, not what was negated), and a fall
    # that did not happen does not say that unemployment rose either.
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons
    assert "not found there: rose" in result.reasons[0]


def test_a_negation_contradicts_a_claim_that_states_what_it_negates():
    text = "The hospital did not close its emergency ward, although it cut night-time staff."

    def verdict(claim):
        return _judged(claim, text, document="ward.txt")

    closed = verdict("The hospital closed its emergency ward.")
    assert closed.label == Label.CONTRADICTED
    assert closed.reasons == (
        "polarity differs: claim affirms, evidence negates ('not') at ward.txt:1",
    )
    # "Kept open" says "did not close" in other words: the claim never states "close".
    kept = verdict("The hospital kept its emergency ward open.")
    assert not [c for c in kept.checks if c.outcome == "mismatch"], kept.checks
    assert kept.label != Label.CONTRADICTED


BY_SEX = "Among adults, the unemployment rate was 5.1 percent for men and 4.3 percent for women."
MOVED = "Nearly fourteen thousand people moved to the capital in 2022, while 300 families left."


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        # The number is in the passage, but the claim's words around it belong to another.
        (
            "Among adults, the unemployment rate for men was 4.3 percent.",
            BY_SEX,
            Label.CONTRADICTED,
            "quantity 4.3 percent ≠ 5.1 percent (unemployment rate … men) at stats.txt:1",
        ),
        (
            "Among adults, the unemployment rate for women was 4.3 percent.",
            BY_SEX,
            Label.SUPPORTED,
            "",
        ),
        (
            "Three hundred people moved to the capital in 2022.",
            MOVED,
            Label.CONTRADICTED,
            "quantity Three hundred ≠ Nearly fourteen thousand",
        ),
        ("About 14,000 people moved to the capital in 2022.", MOVED, Label.SUPPORTED, ""),
        # Bounds: "nearly" stays below, "more than" above, "up to" at most.
        ("More than 14,000 people moved to the capital in 2022.", MOVED, Label.CONTRADICTED, ""),
        (
            "More than 40,000 patients are waiting for surgery.",
            "Up to 40,000 patients are waiting for surgery.",
            Label.CONTRADICTED,
            "quantity More than 40,000 ≠ Up to 40,000",
        ),
        # Opposites: "un-", comparatives and superlatives, and cuts against increases.
        (
            "The court ruled that the new voting maps were constitutional.",
            "The court ruled in June that the new voting maps were unconstitutional.",
            Label.CONTRADICTED,
            "polarity differs: claim constitutional, evidence unconstitutional",
        ),
        (
            "Inflation rose to 3.8 per cent in June, the lowest level since 2019.",
            "Inflation rose to 3.8 per cent in June, the highest level since 2019.",
            Label.CONTRADICTED,
            "direction lowest ≠ highest",
        ),
        (
            "The health ministry's budget was cut for 2025.",
            "The health ministry's budget for 2025 is £12.4 billion, an increase of £800 million.",
            Label.CONTRADICTED,
            "direction cut ≠ increase",
        ),
        # A number supports only with every word of its clause: this 18 percent is not
        # about transport. A word going the same way counts ("dropped" for "fell").
        (
            "Transport emissions fell by 18 percent between 2010 and 2020.",
            "Greenhouse gas emissions fell by 18 percent between 2010 and 2020.",
            Label.NOT_ENOUGH_EVIDENCE,
            "closest passage stats.txt:1 (similarity 0.75) holds 75% of the claim's content "
            "words; not found there: Transport",
        ),
        (
            "Greenhouse gas emissions dropped by 18 percent between 2010 and 2020.",
            "Greenhouse gas emissions fell by 18 percent between 2010 and 2020.",
            Label.SUPPORTED,
            "",
        ),
        # The same bound is the same number ("children under five"), and an opposite with
        # "un-" only counts in the same place, not as another noun.
        (
            "Over 60 percent of children under five in Eastvale received a flu vaccine.",
            "The Eastvale authority said more than 62 percent of children under five in the "
            "district received a flu vaccine.",
            Label.SUPPORTED,
            "",
        ),
        (
            "The bureau said the number of people in employment rose by about 210,000.",
            "The unemployment rate fell, the bureau said, while the number of people in work "
            "rose by about 210,000.",
            Label.NOT_ENOUGH_EVIDENCE,
            "closest passage stats.txt:1 (similarity 0.75) holds 80% of the claim's content "
            "words; not found there: employment",
        ),
        # Opposites news claims turn, with a name found by its surname counting whole.
        (
            "Daniel Okafor admitted the charges against him.",
            "Okafor denied all charges throughout the trial.",
            Label.CONTRADICTED,
            "direction admitted ≠ denied",
        ),
        (
            "The new law allows smoking in restaurants.",
            "The new law bans smoking in all restaurants and bars from January.",
            Label.CONTRADICTED,
            "direction allows ≠ bans",
        ),
        # A quotation changed in its last word.
        (
            'Claire Fontenay said, "We wanted a building that keeps people away."',
            'Museum director Claire Fontenay said, "We wanted a building that keeps people out."',
            Label.CONTRADICTED,
            'quote differs: "keeps people away" vs "keeps people out"',
        ),
        # Numbers swapped between the two clauses of a claim; percent is not degrees.
        (
            "Average rents fell 6.3% in the year to June, while house prices rose 2.1%.",
            "Average rents fell 2.1% in the year to June, while house prices rose 6.3%.",
            Label.CONTRADICTED,
            "quantity 6.3% ≠ 2.1%",
        ),
        (
            "Coral cover fell by 14.5 percent.",
            "Coral cover fell by 0.8 percent, while sea temperatures rose by 14.5 degrees.",
            Label.CONTRADICTED,
            "quantity 14.5 percent ≠ 0.8 percent",
        ),
        # Only the part of the sentence that holds the claim's number says which way it went.
        (
            "Average rents in Marlow fell 2.1% in the year to June.",
            "Average rents in Marlow rose 2.1% in the year to June, while house prices fell.",
            Label.CONTRADICTED,
            "direction fell ≠ rose",
        ),
        # Shares said as fractions are percentages.
        (
            "Less than half of adults over 65 have received a booster dose.",
            "More than 60 percent of adults over 65 have received a booster dose.",
            Label.CONTRADICTED,
            "quantity Less than half ≠ More than 60 percent",
        ),
        (
            "Two thirds of voters backed the plan.",
            "67 percent of voters backed the plan.",
            Label.SUPPORTED,
            "",
        ),
        # Another number about something the claim's clause does not name is no contradiction.
        (
            "Youth unemployment was 11.3 percent in March 2024.",
            "The national unemployment rate was 4.7 percent in March 2024.",
            Label.NOT_ENOUGH_EVIDENCE,
            "",
        ),
    ],
)
def test_numbers_bounds_and_opposites(claim, text, label, reason):
    result = _judged(claim, text)
    _expect(result, label, reason)


# --- a paragraph names its subject once ------------------------------------------------------

PARAGRAPHS = """\
Kestrel Foods reported pre-tax profits of £86.4 million for the year to June, up 12% on the previous year. Chief executive Martin Oyelaran said the company had no plans to raise prices before the spring. Shares in the group closed 3.5% higher.
Green Alliance candidate Tobias Ferrante won the Rowe Valley by-election on Thursday with 14,208 votes. Turnout was 38.6%, down from 61% at the general election two years earlier.
"""


@pytest.fixture(scope="module")
def paragraphs(encoder, tmp_path_factory):
    from verifier import Verifier

    folder = tmp_path_factory.mktemp("paragraphs")
    (folder / "wire.txt").write_text(PARAGRAPHS, encoding="utf-8")
    return Verifier(corpus=folder, cache_dir=folder / ".cache", encoder=encoder)


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        # The sentence says "the group"; the paragraph named it.
        ("Shares in Kestrel Foods closed 5.3% higher.", Label.CONTRADICTED, "quantity 5.3% ≠ 3.5%"),
        ("Shares in Kestrel Foods closed 3.5% higher.", Label.SUPPORTED, ""),
        (
            "Martin Oyelaran said Kestrel Foods would raise its prices before the spring.",
            Label.CONTRADICTED,
            "polarity differs: claim affirms, evidence negates ('no')",
        ),
        # "down from 61%" is a change, and the other way.
        (
            "Turnout in the Rowe Valley by-election rose to 38.6%.",
            Label.CONTRADICTED,
            "direction rose ≠ down",
        ),
        ("Kestrel Foods' profits were down 12% on the previous year.", Label.CONTRADICTED, ""),
    ],
)
def test_a_name_given_earlier_in_the_paragraph(paragraphs, claim, label, reason):
    result = paragraphs.check(claim)
    _expect(result, label, reason)


def test_up_and_down_are_changes_only_before_a_number():
    assert _judged("Sales fell 4%.", "Sales were up 4%.").label == Label.CONTRADICTED
    assert _judged("Sales rose to 38.6%.", "Sales were 38.6%, down from 61%.").label == (
        Label.CONTRADICTED
    )
    # A bound, and a phrasal verb.
    assert _judged("Sales fell to 40,000.", "Sales were up to 40,000.").label != (
        Label.CONTRADICTED
    )
    stayed = "Paul Greer refused to step down from the county planning board."
    assert _judged(stayed, stayed).label == Label.SUPPORTED


def test_the_paragraph_names_do_not_count_as_the_sentence_stating_the_claim(paragraphs):
    # The first sentence has "Kestrel Foods" and a rise ("climbed" goes the way of "raise"),
    # and the paragraph has Martin Oyelaran: without his name it holds too little to support.
    result = paragraphs.check("Martin Oyelaran said Kestrel Foods would raise its prices.")
    assert result.label != Label.SUPPORTED, result.reasons


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        # "whether" asks; it does not state.
        (
            "The operator missed a scheduled inspection of the line.",
            "Investigators refused to say whether the operator had missed a scheduled "
            "inspection of the line.",
            Label.NOT_ENOUGH_EVIDENCE,
            "closest passage stats.txt:1",
        ),
        # Two things happening together are no cause.
        (
            "Rising sea temperatures caused the decline of the reef's coral cover.",
            "Coral cover on the reef went into decline as sea temperatures were rising.",
            Label.NOT_ENOUGH_EVIDENCE,
            "closest passage stats.txt:1",
        ),
        (
            "Rising sea temperatures caused the decline of the reef's coral cover.",
            "Rising sea temperatures caused the decline of the reef's coral cover, the study found.",
            Label.SUPPORTED,
            "",
        ),
    ],
)
def test_questions_causes_and_changes(claim, text, label, reason):
    result = _judged(claim, text)
    _expect(result, label, reason)
    if label == Label.NOT_ENOUGH_EVIDENCE and reason:
        assert "whether" in result.reasons[0] or "caused" in result.reasons[0], result.reasons


def test_a_passage_sharing_only_the_claims_names_needs_to_be_worded_much_like_it():
    claim = "The Green Alliance will form a coalition with the Liberal Party to govern Westmoor."
    text = (
        "In Sunday's regional election in Westmoor, the Green Alliance won 41.2% of the vote, "
        "while the Liberal Party took 27.5%."
    )
    result = _judged(claim, text, similarity=0.65)
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons
    assert "not found there: " in result.reasons[0]
    # A claim that shares more than names is supported at that similarity.
    shared = _judged("The Green Alliance won the vote in the regional election.", text, 0.65)
    assert shared.label == Label.SUPPORTED, shared.reasons


def test_a_number_and_its_verb_of_change_moved_to_another_subject():
    text = "Exports through the port rose 4.3% in the third quarter while imports fell 2.1%."
    swapped = _judged("Exports through the port fell 2.1% in the third quarter.", text)
    assert swapped.label == Label.CONTRADICTED, swapped.reasons
    assert swapped.reasons[0].startswith("quantity 2.1% ≠ 4.3% (Exports"), swapped.reasons
    assert _judged("Imports fell 2.1%.", text).label == Label.SUPPORTED
    # The period said once for both numbers goes with both.
    text = (
        "Average weekly earnings grew by 5.9 percent in the year to May, while real earnings "
        "grew by 1.2 percent."
    )
    moved = _judged("Real earnings grew by 5.9 percent in the year to May.", text)
    assert moved.reasons[0].startswith("quantity 5.9 percent ≠ 1.2 percent (real)"), moved.reasons
    assert _judged("Real earnings grew by 1.2 percent.", text).label == Label.SUPPORTED


SATELLITE = "The satellite, built by Tarrant Aerospace, was launched from the Skerra range."


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        # Two names that share only their last word are two names.
        (
            "The satellite was built by Skerra Aerospace.",
            SATELLITE,
            Label.CONTRADICTED,
            "entity Skerra Aerospace ≠ Tarrant Aerospace",
        ),
        ("The satellite was built by Tarrant Aerospace.", SATELLITE, Label.SUPPORTED, ""),
        # A title is no part of a name.
        (
            "Daniel Okafor denied the charges.",
            "Mr Okafor denied the charges.",
            Label.SUPPORTED,
            "entity Daniel Okafor = Okafor",
        ),
    ],
)
def test_names_that_share_a_last_word(claim, text, label, reason):
    result = _judged(claim, text)
    _expect(result, label, reason)


MATCH = (
    "Eastbridge Rovers beat Kilner Athletic 3-1 at Fenwick Park on Saturday. Hannah Pryce "
    "defeated the top seed, Laila Voss, to win the Westmarch Open."
)


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        (
            "Kilner Athletic beat Eastbridge Rovers 3-1 at Fenwick Park.",
            Label.CONTRADICTED,
            "role Kilner Athletic beat Eastbridge Rovers ≠ Eastbridge Rovers beat Kilner Athletic",
        ),
        ("Eastbridge Rovers beat Kilner Athletic 3-1 at Fenwick Park.", Label.SUPPORTED, ""),
        # The passive keeps the roles; the verb's other forms match.
        ("Kilner Athletic were beaten by Eastbridge Rovers.", Label.SUPPORTED, ""),
        (
            "Eastbridge Rovers were beaten by Kilner Athletic.",
            Label.CONTRADICTED,
            "role Eastbridge Rovers were beaten by Kilner Athletic ≠ ",
        ),
        (
            "Laila Voss beat Hannah Pryce to win the Westmarch Open.",
            Label.CONTRADICTED,
            "role Laila Voss beat Hannah Pryce ≠ Hannah Pryce defeated the top seed, Laila Voss",
        ),
        # "knocked ... out" is a win too.
        (
            "Kilner Athletic knocked Eastbridge Rovers out of the cup.",
            Label.CONTRADICTED,
            "role Kilner Athletic knocked Eastbridge Rovers ≠ Eastbridge Rovers beat",
        ),
    ],
)
def test_who_did_what_to_whom(claim, label, reason):
    result = _judged(claim, MATCH)
    _expect(result, label, reason)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        (
            "A Harlow County jury found Martin Kell guilty of obstruction of justice.",
            Label.CONTRADICTED,
        ),
        (
            # ("Jurors ..." opening the claim reads as a name: no word of the model's vocabulary)
            "The jurors in Harlow County acquitted Martin Kell of obstruction of justice.",
            Label.SUPPORTED,
        ),
        ("A Harlow County jury found Martin Kell guilty of evidence tampering.", Label.SUPPORTED),
    ],
)
def test_the_other_way_in_another_part_of_the_sentence(claim, label):
    text = (
        "A Harlow County jury on Friday found former police sergeant Martin Kell guilty of two "
        "counts of evidence tampering but acquitted him of the more serious charge of "
        "obstruction of justice."
    )
    result = _judged(claim, text)
    assert result.label == label, result.reasons
    if label == Label.CONTRADICTED:
        assert result.reasons[0].startswith("direction guilty ≠ acquitted (acquitted him"), (
            result.reasons
        )


def test_below_a_target_missed_it():
    text = (
        "Vaccination coverage for measles among two-year-olds stood at 91.6 percent in 2023, "
        "below the target of 95 percent."
    )
    met = _judged(
        "Measles vaccination coverage among two-year-olds met the 95 percent target.", text
    )
    _expect(met, Label.CONTRADICTED, "direction met ≠ below")
    missed = _judged(
        "Measles vaccination coverage among two-year-olds missed the 95 percent target.", text
    )
    assert missed.label != Label.CONTRADICTED, missed.reasons


def test_lost_to_names_the_winner_second():
    text = "Harlow Athletic beat Kingsmoor United 3-1 at Fenwick Park on Saturday."
    swapped = _judged("Harlow Athletic lost 3-1 to Kingsmoor United at Fenwick Park.", text)
    _expect(swapped, Label.CONTRADICTED, "role Harlow Athletic lost 3-1 to Kingsmoor United ≠")
    right = _judged("Kingsmoor United lost 3-1 to Harlow Athletic at Fenwick Park.", text)
    assert right.label == Label.SUPPORTED, right.reasons


def test_a_name_that_opens_the_claim_is_a_name_where_a_passage_says_so():
    text = (
        "Pellham scored 15 unanswered points in the closing minutes to overturn a 12-point "
        "deficit and beat Stourleigh 27-24 in the regional cup final on Saturday."
    )
    swapped = _judged("Stourleigh beat Pellham 27-24 in the regional cup final.", text)
    _expect(swapped, Label.CONTRADICTED, "role Stourleigh beat Pellham ≠ Pellham … beat Stourleigh")
    right = _judged("Pellham beat Stourleigh 27-24 in the regional cup final.", text)
    assert right.label == Label.SUPPORTED, right.reasons


def test_a_score_or_a_tally_is_compared_whole():
    text = "Ashcombe District Council voted 7-2 on Monday to reject plans for the Tellbury estate."
    wrong = _judged("Ashcombe District Council voted 6-3 to reject the Tellbury plans.", text)
    assert wrong.label == Label.CONTRADICTED, wrong.reasons
    assert wrong.reasons[0].startswith("score 6-3 ≠ 7-2 (Ashcombe District Council voted"), (
        wrong.reasons
    )
    right = _judged("Ashcombe District Council voted 7-2 to reject the Tellbury plans.", text)
    assert right.label == Label.SUPPORTED, right.reasons


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        # A claim that quotes is held to its quoted words.
        (
            'Tomas Lind said the bank would "act boldly and without haste" in the coming months.',
            'Governor Tomas Lind said the bank would "act cautiously and without haste".',
            Label.CONTRADICTED,
            'quote differs: "would act boldly and without" vs "act cautiously and without"',
        ),
        # A claim that reproduces a quotation to its end, but for the last word, misquotes it.
        (
            "Judge Okonjo said Kellaway had betrayed the trust of people who regarded her as a "
            "colleague.",
            'Judge Philippa Okonjo said Kellaway had "betrayed the trust of people who regarded '
            'her as a friend".',
            Label.CONTRADICTED,
            'quote differs: "as a colleague" vs "as a friend"',
        ),
        # A number written out in the quote is no change of words.
        (
            "Human influence has been the dominant cause of the observed warming since the mid "
            "twentieth century.",
            'The IPCC said "human influence has been the dominant cause of the observed warming '
            'since the mid-20th century".',
            Label.SUPPORTED,
            "",
        ),
        # The two ends of a change swapped.
        (
            "The unemployment rate fell to 4.1 percent in April from 3.8 percent in March.",
            "The unemployment rate fell to 3.8 percent in April from 4.1 percent in March.",
            Label.CONTRADICTED,
            "quantity to 4.1 percent ≠ from 4.1 percent",
        ),
        (
            "The unemployment rate fell from 4.1 percent to 3.8 percent.",
            "The unemployment rate fell to 3.8 percent in April from 4.1 percent in March.",
            Label.SUPPORTED,
            "",
        ),
        # Above or below a number; ahead of or behind schedule.
        (
            "The average temperature in July was 2.1 degrees below the long-term average.",
            "The average temperature in July was 2.1 degrees above the long-term average.",
            Label.CONTRADICTED,
            "direction below ≠ above",
        ),
        (
            "The Crossway rail tunnel opened ahead of schedule.",
            "The Crossway rail tunnel opened eight months behind schedule.",
            Label.CONTRADICTED,
            "direction ahead ≠ behind",
        ),
        # Shares said as ratios, and fractions of a point.
        (
            "Roughly one in three participants reported mild side effects.",
            "About a third of participants reported mild side effects.",
            Label.SUPPORTED,
            "",
        ),
        (
            "The bank cut its benchmark rate by half a percentage point.",
            "The bank cut its benchmark rate by a quarter of a percentage point to 3.75%.",
            Label.CONTRADICTED,
            "quantity half a percentage point ≠ a quarter of a percentage point",
        ),
    ],
)
def test_quotes_ends_comparisons_and_shares(claim, text, label, reason):
    result = _judged(claim, text)
    _expect(result, label, reason)


def test_a_number_that_goes_with_another_name():
    text = (
        "Governor Thomas Reyes won re-election with 54 percent of the vote, defeating "
        "challenger Linda Marsh, who received 44 percent."
    )
    wrong = _judged("Linda Marsh won the governor's race with 54 percent of the vote.", text)
    assert wrong.label == Label.CONTRADICTED, wrong.reasons
    assert wrong.reasons[0].startswith("quantity 54 percent ≠ 44 percent (Linda Marsh)")
    assert _judged("Linda Marsh received 44 percent.", text).label == Label.SUPPORTED
    right = _judged("Thomas Reyes won the governor's race with 54 percent of the vote.", text)
    assert right.label == Label.SUPPORTED, right.reasons


def test_a_number_said_of_the_winner_is_not_the_runner_up_s():
    text = (
        "Labour's Fiona Wetherall won the Ashby Vale North by-election with 9,214 votes, ahead "
        "of the Liberal Democrat candidate Tom Haskins on 7,880 and the Conservative Gareth "
        "Pym on 3,105."
    )
    wrong = _judged("Tom Haskins won the Ashby Vale North by-election with 9,214 votes.", text)
    _expect(wrong, Label.CONTRADICTED, "quantity 9,214 ≠ 7,880 (Tom Haskins)")
    right = _judged("Fiona Wetherall beat Tom Haskins with 9,214 votes.", text)
    assert right.label != Label.CONTRADICTED, right.reasons


def test_targets_sources_and_exact_values():
    homes = (
        "At least 12,000 new homes were completed in Marlow last year, well short of the "
        "government's target of 20,000."
    )
    exceeded = _judged("Marlow exceeded the government's target of 20,000 new homes.", homes)
    assert exceeded.label == Label.CONTRADICTED, exceeded.reasons
    assert exceeded.reasons[0].startswith("direction exceeded ≠ short"), exceeded.reasons
    # The claim's 20,000 is the passage's 20,000, not "at least 12,000".
    target = _judged("The government's target was 20,000 new homes in Marlow.", homes)
    assert any("quantity 20,000 = 20,000" in r for r in target.reasons), target.reasons
    # "X of Y" names X.
    quote = 'Lead author Dr. Amara Voss of Kesterfield University said, "The decline is faster."'
    said = _judged('Dr. Amara Voss said, "The decline is faster."', quote)
    assert said.label == Label.SUPPORTED, said.reasons


def test_a_number_of_something_else_after_a_name_is_no_rival():
    # 24 is an age, not years in prison; "more than six" is no exact value to swap.
    text = "Kieran Doyle, 24, was jailed for six years and four months at Westbridge Crown Court."
    result = _judged("Kieran Doyle was jailed for six years.", text)
    assert result.label != Label.CONTRADICTED, result.reasons


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        (
            "The train derailed near Brenford on 3 May.",
            "A regional passenger train derailed near Brenford on the morning of 3 March.",
            Label.CONTRADICTED,
            "date 3 May ≠ 3 March",
        ),
        (
            "The train derailed near Brenford in March.",
            "A regional passenger train derailed near Brenford on the morning of 3 March.",
            Label.SUPPORTED,
            "",
        ),
        (
            "The train derailed near Brenford on 3 March.",
            "A regional passenger train derailed near Brenford in March.",
            Label.NOT_ENOUGH_EVIDENCE,
            "",
        ),
        # A number's own date: said right after it.
        (
            "Inflation in the region was 3.8 percent in March.",
            "Inflation in the region rose to 3.8 percent in April from 3.1 percent in March.",
            Label.CONTRADICTED,
            "date 3.8 percent in March ≠ 3.8 percent in April",
        ),
        (
            "Inflation in the region was 3.1 percent in March.",
            "Inflation in the region rose to 3.8 percent in April from 3.1 percent in March.",
            Label.SUPPORTED,
            "",
        ),
        # The same end of a change fills the same slot.
        (
            "Day-to-day health spending will rise by £4.2bn to £168bn.",
            "She said day-to-day health spending would rise by £4.2bn to £186bn and that the "
            "defence budget would reach 2.5% of national output by 2028.",
            Label.CONTRADICTED,
            "quantity £168bn ≠ £186bn",
        ),
        # A weekday dates its whole clause, however far from the verb it is said.
        (
            "The budget was approved on Wednesday.",
            "The city council approved a budget of 2.4 billion euros on Tuesday, despite protests.",
            Label.CONTRADICTED,
            "date Wednesday ≠ Tuesday",
        ),
    ],
)
def test_days_of_the_month_and_of_the_week(claim, text, label, reason):
    _expect(_judged(claim, text), label, reason)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # The claim's number is the passage's, for another year: nothing is said of its year.
        (
            "Life expectancy at birth for women was 83.1 years in 2012.",
            "Life expectancy at birth was 79.4 years for men and 83.1 years for women in 2022.",
        ),
        # A count of years is no rival of a share.
        (
            "House prices in Marlow have fallen for three consecutive years.",
            "Average house prices in Marlow fell 6.3% in the year to June.",
        ),
        # Two sums of money share only their currency.
        (
            "The library closures will save Harrowmere District Council £1.1m a year.",
            "Members of Harrowmere District Council voted on Tuesday to approve a £4.2m package "
            "of budget cuts, including the closure of three libraries.",
        ),
    ],
)
def test_another_value_for_something_else_is_no_contradiction(claim, text):
    result = _judged(claim, text)
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        (
            "Imports from China grew by 12 percent last year.",
            "Exports to China grew by 12 percent last year, while imports from China remained flat.",
            Label.NOT_ENOUGH_EVIDENCE,
            "imports from China remained flat",
        ),
        (
            "The port authority at Halvik has offered dock workers a 9 percent pay rise.",
            "Dock workers at the Port of Halvik went on strike on Monday, demanding a 9 percent "
            "pay rise, while the port authority has offered 4 percent.",
            Label.CONTRADICTED,
            "quantity 9 percent ≠ 4 percent (the port authority has offered 4 percent)",
        ),
        # A negation is no subject.
        (
            "Eastmere Rail did not challenge the £2.3 million fine.",
            "Eastmere Rail was fined £2.3 million last year; Eastmere did not appeal the penalty.",
            Label.SUPPORTED,
            "",
        ),
        # The subject said once for both clauses.
        (
            "Kestrel Foods said its profit fell 3% last year.",
            "Kestrel Foods said revenue rose to £5m last year, but its profit fell 3%.",
            Label.SUPPORTED,
            "",
        ),
    ],
)
def test_a_number_said_of_another_clause_s_subject(claim, text, label, reason):
    result = _judged(claim, text)
    assert result.label == label, result.reasons
    assert reason in " ".join(result.reasons), result.reasons


def test_what_is_to_come_needs_a_passage_that_says_it_is():
    text = "The High Court ruled that Holmwood Borough Council acted unlawfully in closing its library."
    appeal = _judged("Holmwood Borough Council will appeal against the library ruling.", text)
    assert appeal.label == Label.NOT_ENOUGH_EVIDENCE, appeal.reasons
    assert "will (nothing there is to come)" in appeal.reasons[0], appeal.reasons
    planned = (
        "Holmwood Borough Council said it would appeal against the High Court's library ruling."
    )
    assert _judged(
        "Holmwood Borough Council will appeal against the library ruling.", planned
    ).label == (Label.SUPPORTED)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # The amount of a change, from its two ends.
        (
            "Borrowing is forecast to fall by £23bn this year, to £98bn.",
            "Borrowing is forecast to fall from £121bn last year to £98bn this year.",
        ),
        # A number in a clause that goes on with the one before is that clause's.
        (
            "The North West saw the strongest rise in house prices of any region, at 6.8%.",
            "London was the weakest region, with house prices down 1.1% on a year earlier, "
            "while the North West recorded the strongest rise, at 6.8%.",
        ),
        # "twice" is two; "defeated" does to Kilner Athletic what "beat" does.
        (
            "Tomasz Wren scored two goals as Eastbridge Rovers defeated Kilner Athletic 3-1.",
            "Eastbridge Rovers beat Kilner Athletic 3-1 at Fenwick Park on Saturday, with striker "
            "Tomasz Wren scoring twice.",
        ),
        # A range's unit said before the number.
        (
            "More than 1,700 households in Norcaster are in temporary accommodation.",
            "In Norcaster the number of households in temporary accommodation reached 1,712.",
        ),
        # A name is what a negation is about, not what it negates.
        (
            "Sir Alan Brightwater denied that Northwind had refused to negotiate.",
            "Northwind's chief executive, Sir Alan Brightwater, said 120 flights had been "
            "cancelled and denied that the company had refused to negotiate.",
        ),
        # "warned Meridian Rail's board" names who heard it, not who said it.
        (
            "Ashby told MPs he had warned Meridian Rail's board of a £230m funding gap.",
            "Mr Ashby told MPs he had warned the board of Meridian Rail about a £230m funding gap.",
        ),
    ],
)
def test_the_same_fact_said_another_way(claim, text):
    result = _judged(claim, text)
    assert result.label == Label.SUPPORTED, result.reasons


def test_he_said_is_the_last_speaker_the_paragraph_named(encoder, tmp_path):
    from verifier import Verifier

    (tmp_path / "airline.txt").write_text(
        "The Cabin Crew Union said its members had rejected a 4.5% offer. Northwind's chief "
        "executive, Sir Alan Brightwater, said about 120 flights had been cancelled. "
        '"Our door remains open to the union," he said.\n',
        encoding="utf-8",
    )
    verifier = Verifier(corpus=tmp_path, cache_dir=tmp_path / ".cache", encoder=encoder)
    wrong = verifier.check('"Our door remains open to the union," the Cabin Crew Union said.')
    _expect(wrong, Label.CONTRADICTED, "attribution Cabin Crew Union ≠ he (Sir Alan Brightwater)")
    right = verifier.check('"Our door remains open to the union," Sir Alan Brightwater said.')
    assert right.label == Label.SUPPORTED, right.reasons


def test_a_claim_at_an_extreme_needs_the_passage_to_say_so():
    harvest = "Farmers in Valdera harvested 1.2 million tonnes of wheat this year, up 18 percent."
    largest = _judged("Valdera's wheat harvest this year was the largest on record.", harvest)
    assert largest.label == Label.NOT_ENOUGH_EVIDENCE, largest.reasons
    assert "not found there: largest" in largest.reasons[0], largest.reasons
    rents = (
        "Average rents in Marlow rose 6.3% in the year to June, the sharpest increase since 2018."
    )
    every = _judged("Rents in Marlow have risen every year since 2018.", rents)
    assert every.label == Label.NOT_ENOUGH_EVIDENCE, every.reasons
    fire = "Crews had contained about a third of the blaze by Tuesday evening."
    fully = _judged("Crews had fully contained the blaze by Tuesday evening.", fire)
    assert fully.label == Label.NOT_ENOUGH_EVIDENCE, fully.reasons
    # A superlative said another way.
    fastest = _judged("Rents in Marlow rose at their fastest rate since 2018.", rents)
    assert fastest.label == Label.SUPPORTED, fastest.reasons


def test_words_only_under_a_negation_neither_support_nor_contradict():
    result = _judged(
        "Colin Broadhurst publicly criticised the penalty decision.",
        "Athletic manager Colin Broadhurst refused to comment on the penalty decision.",
    )
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons
    assert "only under a negation ('refused')" in result.reasons[0], result.reasons


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # nobody doubting it affirms it
        (
            "The council acted lawfully.",
            "There is no question that the council acted lawfully, the judge said.",
            "SUPPORTED",
        ),
        (
            "The council acted lawfully.",
            "No one doubts that the council acted lawfully, the judge said.",
            "SUPPORTED",
        ),
        (
            "The board disputed the findings of the audit.",
            "Nobody disputed the findings of the audit at the board meeting.",
            "CONTRADICTED",
        ),
        (
            "The school will close in July.",
            "There is no question of the school closing in July, the council said.",
            "CONTRADICTED",
        ),
        # a short verb said in another form is the verb the claim negates
        (
            "The council did not act lawfully.",
            "The council acted lawfully, the judge said.",
            "CONTRADICTED",
        ),
        (
            "The council did not act lawfully.",
            "Nobody disputes that the council acted lawfully, the judge said.",
            "CONTRADICTED",
        ),
        # ... and an irregular verb's past form
        ("The club did not win the cup.", "The club won the cup on Saturday.", "CONTRADICTED"),
        (
            "Harlow did not pay the fine.",
            "Harlow paid the fine in full last month.",
            "CONTRADICTED",
        ),
        (
            "The mayor did not know about the deal.",
            "The mayor knew about the deal.",
            "CONTRADICTED",
        ),
        ("The club won the cup.", "The club did not win the cup this year.", "CONTRADICTED"),
        ("The club won the cup.", "The club lifted the cup after it won the final.", "SUPPORTED"),
        # a refusal said in words that negate nothing is the refusal
        (
            "Plans for 300 homes were thrown out by councillors.",
            "Councillors voted to reject plans for 300 homes on Tuesday.",
            "SUPPORTED",
        ),
        (
            "Councillors blocked plans for 300 homes.",
            "Councillors rejected plans for 300 homes on Tuesday.",
            "SUPPORTED",
        ),
        ("The appeal was turned down by the court.", "The court refused the appeal.", "SUPPORTED"),
        (
            "Councillors rejected plans for 300 homes.",
            "Plans for 300 homes were thrown out by councillors on Tuesday.",
            "!CONTRADICTED",
        ),
        # ... said in the passive, of the same thing, or in a headline with its number
        (
            "The 420-home scheme was thrown out by councillors.",
            "Plans for 420 homes on the edge of Haddlesford were rejected by councillors.",
            "SUPPORTED",
        ),
        (
            "The 420-home scheme was thrown out by councillors.",
            "Councillors reject 420-home scheme",
            "SUPPORTED",
        ),
        # ... but not a denial, nor a refusal negated, of a refusal or of something else
        ("The plans were thrown out.", "The committee did not reject the plans.", "CONTRADICTED"),
        (
            "The council blocked the scheme.",
            "The council rejected calls to block the scheme.",
            "!SUPPORTED",
        ),
        (
            "The mayor vetoed the budget.",
            "The mayor refused demands to veto the budget.",
            "!SUPPORTED",
        ),
        (
            "The council threw out residents' objections to the plans.",
            "The council rejected the plans after residents' objections.",
            "!SUPPORTED",
        ),
        (
            "Linda Coates admitted that the campaign was opposed to any new housing.",
            "Linda Coates denied that the campaign was opposed to any new housing.",
            "!SUPPORTED",
        ),
        (
            "Hallen has refused to concede defeat.",
            "Hallen conceded defeat on Monday but refused to say whether he would stay on.",
            "CONTRADICTED",
        ),
        (
            "Councillors blocked plans for 300 homes.",
            "Councillors approved plans for 300 homes on Tuesday.",
            "CONTRADICTED",
        ),
    ],
)
def test_doubts_denied_and_short_verbs(claim, text, label):
    _judged_as(claim, text, label)


_KENT = '"These results are very encouraging," said Dr Sarah Kent, who led the trial.'
_ONS = "Inflation fell to 3.1%, according to the Office for National Statistics."


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # a short quotation with a word changed, added or dropped is a misquote
        ('Dr Sarah Kent said the results were "hugely encouraging".', _KENT, "CONTRADICTED"),
        (
            'Kent said the findings were "deeply disappointing".',
            'Kent said the findings were "disappointing but not surprising".',
            "CONTRADICTED",
        ),
        (
            'Jones described the deal as "a good start".',
            'Smith called the deal "a good start", while Jones said it was "a poor start".',
            "CONTRADICTED",
        ),
        # ... not a part of the passage's quotation, word for word (articles and contractions
        # aside; numbers are left to the long check)
        (
            'The minister called it "a good deal".',
            '"This is a very good deal for Britain," the minister said.',
            "SUPPORTED",
        ),
        (
            'The MP called the scheme "a disgrace".',
            'The MP said the scheme was "an absolute disgrace".',
            "SUPPORTED",
        ),
        ('The coach said "we\'ll fight on".', '"We will fight on," the coach said.', "SUPPORTED"),
        (
            'The chancellor called it a "£5m mistake".',
            'The chancellor said it was a "£5 million mistake".',
            "SUPPORTED",
        ),
        ('Dr Sarah Kent said the results were "very encouraging".', _KENT, "SUPPORTED"),
        (
            'Kent said the vote was "a travesty".',
            'Kent said the vote was "a travesty of democracy" and vowed to appeal.',
            "SUPPORTED",
        ),
        (
            'The leader called the scheme a "game changer".',
            'The council leader said the scheme would be a "game-changer for the town".',
            "SUPPORTED",
        ),
        # a rate is counted over its span of time
        (
            "The bridge carries 40,000 vehicles a week.",
            "The bridge, which opened in 1998, carries 40,000 vehicles a day.",
            "CONTRADICTED",
        ),
        (
            "The scheme costs £5 a month.",
            "The scheme costs £5 per week, the council said.",
            "CONTRADICTED",
        ),
        (
            "The bridge carries 40,000 vehicles per day.",
            "The bridge, which opened in 1998, carries 40,000 vehicles a day.",
            "SUPPORTED",
        ),
        ("Prices rose 3% a year ago.", "Prices rose 3% a month ago.", "!CONTRADICTED"),
        (
            "Fares rose by £2 a day.",
            "Daily fares rose by £2, a month into the new contract.",
            "!CONTRADICTED",
        ),
        (
            "The council spends £2m a year on the bridge.",
            "The bridge, which cost £2m, closes for a day next week.",
            "!CONTRADICTED",
        ),
        # an acronym is its name written out; "According to" opens a claim
        ("According to the ONS, inflation fell to 3.1%.", _ONS, "SUPPORTED"),
        ("The ONS said inflation fell to 3.1%.", _ONS, "SUPPORTED"),
        (
            "According to the Office for National Statistics, inflation fell to 3.1%.",
            "Inflation fell to 3.1%, the ONS said.",
            "SUPPORTED",
        ),
        (
            "According to the PM, the trade deal is done.",
            "The trade deal is done, Pat McFadden said.",
            "!SUPPORTED",
        ),
        # a word opening the claim that is no word of English is a name
        (
            "Hallworth resigned as chairman on Monday.",
            "Jones resigned as chairman on Monday.",
            "!SUPPORTED",
        ),
        (
            "Hallworth resigned as chairman on Monday.",
            "Tom Hallworth resigned as chairman on Monday.",
            "SUPPORTED",
        ),
        (
            "Jurors acquitted Martin Kell of fraud.",
            "The jurors acquitted Martin Kell of fraud.",
            "SUPPORTED",
        ),
        ("According to the Bank of England, inflation fell to 3.1%.", _ONS, "CONTRADICTED"),
        (
            "According to Human Rights Watch, 52 prisoners were freed.",
            "According to Amnesty International, 52 prisoners were freed on Thursday.",
            "CONTRADICTED",
        ),
    ],
)
def test_short_quotes_rates_and_sources(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        (
            "Tuvalu sea level isn't rising.",
            "Sea level at Tuvalu is rising, tide gauges show.",
            "CONTRADICTED",
        ),
        # the same denial, its words said beyond the reach of its negation
        (
            "Priya Lall denied that a row over leaked emails had hurt her campaign.",
            "Lall denied that her campaign had been damaged by a row over leaked emails.",
            "SUPPORTED",
        ),
        # what did not happen in a past that did not happen happened
        (
            "The company entered an early guilty plea.",
            "The fine would have been £3.5m had the company not entered an early guilty plea.",
            "SUPPORTED",
        ),
        ("Smith paid the fine.", "Smith had still not paid the fine.", "CONTRADICTED"),
        # a negation ends where "and I" starts another clause
        (
            "The medical director apologised to every patient who had waited too long.",
            '"These figures are not acceptable and I apologise to every patient who has waited '
            'too long," said Dr Anjali Rao, the medical director.',
            "SUPPORTED",
        ),
        # a span of years and months
        (
            "Ashcombe was jailed for four and a half years.",
            "Ashcombe was sentenced to four years and six months in prison.",
            "!CONTRADICTED",
        ),
        (
            "Ashcombe was jailed for five and a half years.",
            "Ashcombe was sentenced to four years and six months in prison.",
            "CONTRADICTED",
        ),
        # a judge of another case is no rival
        (
            "Judge Patricia Lowe turned down a request for Marchetti's sentence to be suspended.",
            "Judge Alan Mercer said the fine would have been £3.5 million but for the early plea.",
            "!CONTRADICTED",
        ),
    ],
)
def test_from_held_out_19_and_20(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "had" as a verb, and a condition, are no past that did not happen
        (
            "The driver had insurance.",
            "The driver had a licence but not insurance.",
            "CONTRADICTED",
        ),
        (
            "Residents paid the charge by March.",
            "The council said that if residents had not paid the charge by March they would "
            "face court action.",
            "!SUPPORTED",
        ),
        # a thing negated is denied by its verb
        (
            "Police made no arrests.",
            "Police arrested three men after the disturbance.",
            "CONTRADICTED",
        ),
        ("There were no injuries.", "Three people were injured in the crash.", "CONTRADICTED"),
        # a denial joined by "and" to another statement is no denial of it
        (
            "The minister denied the report was leaked.",
            "The minister denied wrongdoing and admitted the report was leaked by an aide.",
            "CONTRADICTED",
        ),
        # a span in two units against another, or against its whole years
        (
            "Smith was jailed for six years and eight months.",
            "Smith was jailed for six years and four months.",
            "CONTRADICTED",
        ),
        (
            "Smith was jailed for six years.",
            "Smith was jailed for six years and four months.",
            "SUPPORTED",
        ),
        (
            "Smith was jailed for seven years.",
            "Smith was jailed for six years and four months.",
            "CONTRADICTED",
        ),
        (
            "The final lasted more than two and a half hours.",
            "She needed two hours and 41 minutes to win the final.",
            "!CONTRADICTED",
        ),
        (
            "Jones was jailed for four months.",
            "Smith and Jones were jailed for two years and four months respectively.",
            "!CONTRADICTED",
        ),
        # an opening word that is no word of English is nobody's rival
        (
            "Jurors found Smith guilty of murder.",
            "A jury at Leeds Crown Court found Smith guilty of murder.",
            "!CONTRADICTED",
        ),
        (
            "Paramedics treated the man at the scene.",
            "West Midlands Ambulance Service said crews treated the man at the scene.",
            "!CONTRADICTED",
        ),
    ],
)
def test_from_the_second_review(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        ("The river rose about 8 inches.", "The river rose 20 cm overnight, the agency said."),
        ("The haul weighed 3 tonnes.", "The haul weighed 2,900 kg, customs officers said."),
    ],
)
def test_a_number_in_another_unit_of_the_same_measure_is_no_rival(claim, text):
    assert _judged(claim, text).label == Label.NOT_ENOUGH_EVIDENCE


def test_a_number_in_the_same_unit_is_a_rival():
    result = _judged("The river rose 8 inches.", "The river rose 5 inches overnight.")
    _expect(result, Label.CONTRADICTED, "quantity 8 ≠ 5")


def test_a_change_said_with_another_verb_fills_the_same_slot():
    result = _judged(
        "The study found that seagrass cover in Carrow Bay fell by 48 per cent.",
        "Seagrass meadows in Carrow Bay have shrunk by 38 per cent in fifteen years, "
        "according to a study published on Tuesday.",
    )
    _expect(result, Label.CONTRADICTED, "quantity 48 per cent ≠ 38 per cent")


@pytest.mark.parametrize(
    ("claim", "text", "reason"),
    [
        (
            "Two people were killed when a train derailed near Brenford.",
            "A train derailed near Brenford on Monday, injuring 27 passengers, but no one was "
            "killed.",
            "quantity Two ≠ no one was killed",
        ),
        (
            "Voss had dropped two sets before reaching the Westmarch final.",
            "Voss had not dropped a set all week before the Westmarch final.",
            "quantity two ≠ not dropped a set",
        ),
    ],
)
def test_a_count_the_passage_negates_is_contradicted(claim, text, reason):
    _expect(_judged(claim, text), Label.CONTRADICTED, reason)


def test_a_count_the_passage_declines_to_give_is_not_contradicted():
    result = _judged(
        "Two people were killed in the crash near Brenford.",
        "Police near Brenford refused to say how many people were killed in the crash.",
    )
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        (
            "About 1,800 cabin crew began a two-day strike on Friday.",
            Label.SUPPORTED,
            "quantity two day = 48 hour",
        ),
        (
            "About 1,800 cabin crew began a three-day strike on Friday.",
            Label.CONTRADICTED,
            "quantity three ≠ 48",
        ),
    ],
)
def test_a_span_of_time_is_compared_in_any_unit(claim, label, reason):
    text = "About 1,800 cabin crew at the Glasgow base began a 48-hour strike on Friday over pay."
    _expect(_judged(claim, text), label, reason)


def test_the_claims_doer_is_the_one_the_passage_does_it_to():
    text = "The software group also agreed to buy Brightlake Analytics for $1.1 billion."
    paragraph = f"Corvane Systems said on Wednesday that revenue rose 14 per cent. {text}"
    claim = "Brightlake Analytics agreed to acquire Corvane Systems for $1.1 billion."
    result = _judged(claim, text, context=paragraph)
    _expect(result, Label.CONTRADICTED, "role Brightlake Analytics agreed to acquire")
    claim = "Corvane Systems agreed to acquire Brightlake Analytics for $1.1 billion."
    assert _judged(claim, text, context=paragraph).label == Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        (
            "Council Approves £4.2m Budget Cuts At Thursday Meeting",
            Label.CONTRADICTED,
            "date Thursday ≠ Tuesday",
        ),
        ("Council Approves £4.2m Budget Cuts At Tuesday Meeting", Label.SUPPORTED, ""),
    ],
)
def test_a_claim_written_as_a_headline_is_read_as_a_sentence(claim, label, reason):
    text = (
        "Members of Harrowmere District Council voted 31 to 12 on Tuesday 4 February to "
        "approve a £4.2m package of budget cuts for 2025/26."
    )
    result = _judged(claim, text)
    _expect(result, label, reason)
    assert result.claim == claim


_PROFIT = (
    "Northwind Airways reported a pre-tax profit of £412m for the year to December, up from "
    "£206m a year earlier, as passenger numbers rose by 14% to nearly 31 million."
)


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        (
            "Northwind Airways doubled its pre-tax profit to £412m.",
            _PROFIT,
            Label.SUPPORTED,
            "quantity doubled = £412m for the year to December, up from £206m (factor)",
        ),
        (
            "Northwind Airways tripled its pre-tax profit to £412m.",
            _PROFIT,
            Label.CONTRADICTED,
            "quantity tripled ≠ £412m for the year to December, up from £206m (2 times)",
        ),
        (
            "Quillon's net income more than tripled.",
            "Quillon's net income rose to $910 million from $655 million.",
            Label.CONTRADICTED,
            "quantity more than tripled ≠ $910 million from $655 million (1.4 times)",
        ),
        (
            "Measles cases roughly tripled in 2024.",
            "Confirmed measles cases rose to 1,126 in 2024 from 368 the year before.",
            Label.SUPPORTED,
            "",
        ),
        (
            "Eastmere Rail's on-time performance fell by more than five percentage points.",
            "Eastmere Rail ran 81.2 per cent of its trains on time in the year to March, down "
            "from 86.5 per cent a year earlier.",
            Label.SUPPORTED,
            "",
        ),
    ],
)
def test_a_change_is_computed_from_its_two_ends(claim, text, label, reason):
    _expect(_judged(claim, text), label, reason)


def test_a_change_of_another_thing_is_no_rival():
    result = _judged(
        "Corvane's spending on data centres more than doubled during the quarter.",
        "Corvane's net profit fell from $410 million to $355 million as the company increased "
        "spending on data centres during the quarter.",
    )
    assert result.label != Label.CONTRADICTED, result.reasons


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        (
            "more than a third",
            Label.SUPPORTED,
            "quantity more than a third = 41 of the county's 118 (share)",
        ),
        (
            "more than half",
            Label.CONTRADICTED,
            "quantity more than half ≠ 41 of the county's 118 (34.7 percent)",
        ),
    ],
)
def test_a_share_is_computed_from_a_part_and_its_whole(claim, label, reason):
    text = "Kowalczyk said that 41 of the county's 118 secondary schools were running deficits."
    result = _judged(
        f"Kowalczyk said {claim} of the county's secondary schools were running deficits.", text
    )
    _expect(result, label, reason)


@pytest.mark.parametrize(
    ("claim", "label", "reason"),
    [
        (
            "Marsh Institute climbed to 48th place in the index.",
            Label.CONTRADICTED,
            "quantity 48 ≠ 73",
        ),
        ("Halden University climbed to 48th place in the index.", Label.SUPPORTED, ""),
    ],
)
def test_a_name_opening_another_clause_has_that_clauses_number(claim, label, reason):
    text = (
        "Halden University climbed to 48th place in the index, up from 61st, while its rival "
        "Marsh Institute fell to 73rd."
    )
    _expect(_judged(claim, text), label, reason)


def test_an_open_range_states_no_exact_number():
    # "more than 18 weeks" neither holds the claim's 410 nor its "more than two years".
    result = _judged(
        "At Harwick Valley, the number of patients waiting more than two years went up from "
        "410 to 655.",
        "The number of patients waiting more than 18 weeks at Harwick Valley Health Board fell "
        "by 11% in the year to September.",
    )
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons


def test_spans_of_time_in_two_units_must_be_the_same_span():
    result = _judged("The strike lasted two days.", "The strike lasted 50 hours.")
    _expect(result, Label.CONTRADICTED, "quantity two ≠ 50")


@pytest.mark.parametrize(
    ("quote", "label"),
    [("real and lasting", Label.CONTRADICTED), ("real but fragile", Label.SUPPORTED)],
)
def test_a_short_quotation_that_goes_on_differently_is_a_misquote(quote, label):
    result = _judged(
        f'Dr Aidan Rourke described the improvement in waiting times as "{quote}".',
        'Chief executive Dr Aidan Rourke described the improvement in waiting times as "real '
        'but fragile".',
    )
    _expect(
        result,
        label,
        'quote differs: "times as real and lasting"' if label == Label.CONTRADICTED else "",
    )


def test_is_to_says_what_is_to_come():
    result = _judged(
        "More than 300 jobs will go when Brackwell shuts its gearbox factory in Ashby Fenwick.",
        "Brackwell is to shut its gearbox factory in Ashby Fenwick with the loss of 314 jobs.",
    )
    assert result.label == Label.SUPPORTED, result.reasons


@pytest.mark.parametrize(
    ("owner", "label"),
    [("Castlegate's", Label.SUPPORTED), ("Redfield's", Label.NOT_ENOUGH_EVIDENCE)],
)
def test_a_name_said_with_its_owner_is_found_with_the_owner_next_to_it(owner, label):
    text = "Castlegate, who had Ben Hollis sent off in the 71st minute, have lost five games."
    paragraph = f"Redfield Albion came from behind to beat Castlegate United 3-1. {text}"
    result = _judged(
        f"{owner} Ben Hollis was sent off in the 71st minute.", text, context=paragraph
    )
    assert result.label == label, result.reasons


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (
            "Quillon's net income climbed from $655m to $910m.",
            "Quillon's net income rose to $910 million from $655 million.",
        ),
        (
            "Helen Strand announced an additional £48m for Westbridge schools for 2025-26.",
            "Education minister Helen Strand announced an extra £48 million for schools in "
            "Westbridge for 2025-26.",
        ),
    ],
)
def test_a_number_written_another_way_counts_as_its_words(claim, text):
    result = _judged(claim, text, similarity=0.55)
    assert result.label == Label.SUPPORTED, result.reasons


def test_an_article_names_its_subject_in_its_headline_and_lead(encoder, tmp_path):
    """Later paragraphs say "the company": the article's headline and lead name it."""
    from verifier import Verifier

    body = (
        "Quillfire, the San Francisco maker of collaboration software, will cut about 1,800 "
        "jobs, chief executive Marcus Feld told staff on Wednesday. It has offices in 14 "
        "countries.\n\n"
        "Feld wrote that the company had hired ahead of demand during 2021 and 2022, when "
        "headcount doubled from about 7,500 to 15,000.\n"
    )
    (tmp_path / "article.txt").write_text("Quillfire to cut 1,800 jobs\n\n" + body, "utf-8")
    verifier = Verifier(corpus=tmp_path, cache_dir=tmp_path / ".cache", encoder=encoder)
    right = verifier.check("Quillfire's headcount doubled during 2021 and 2022.")
    assert right.label == Label.SUPPORTED, right.reasons
    # The reason says where the name was found.
    assert any("Quillfire (named earlier in the paragraph or article)" in r for r in right.reasons)
    wrong = verifier.check("Quillfire's headcount tripled during 2021 and 2022.")
    _expect(wrong, Label.CONTRADICTED, "quantity tripled ≠ about 7,500 to 15,000 (2 times)")
    # Without a headline the text is no article: its second paragraph, and the sentence
    # before it, name no company.
    (tmp_path / "article.txt").write_text(body, "utf-8")
    plain = Verifier(corpus=tmp_path, cache_dir=tmp_path / ".cache", encoder=encoder)
    unnamed = plain.check("Quillfire's headcount doubled during 2021 and 2022.")
    assert unnamed.label == Label.NOT_ENOUGH_EVIDENCE, unnamed.reasons


def test_a_comparison_and_a_change_say_the_same_thing():
    turnout = "Turnout was 38.9%, down from 61.4% at the general election two years ago."
    higher = _judged("Turnout was higher than at the previous general election.", turnout)
    _expect(higher, Label.CONTRADICTED, "direction higher ≠ down")
    lower = _judged("Turnout was lower than at the general election.", turnout)
    assert lower.label == Label.SUPPORTED, lower.reasons
    # "worse" judges, it does not measure: no change is its opposite.
    vapour = "Rising CO2 increased atmospheric water vapour, which makes warming much worse."
    worse = _judged(
        "Rising CO2 increased atmospheric water vapour, which makes warming much worse.", vapour
    )
    assert worse.label == Label.SUPPORTED, worse.reasons


def test_a_rival_said_of_someone_else_fills_no_slot(encoder, tmp_path):
    from verifier import Verifier

    (tmp_path / "census.txt").write_text(
        "Valdoria's population passes nine million\n\n"
        "Valdoria's population has passed 9 million for the first time, according to census "
        "results published on Tuesday.\n\n"
        "The census counted 9,142,600 residents, up 6.8% from 8,560,300 at the previous census "
        "in 2014. The capital, Port Serrin, grew fastest, by 14%, to 1.62 million, while the "
        "northern province of Halvik lost nearly 5% of its population.\n",
        encoding="utf-8",
    )
    verifier = Verifier(corpus=tmp_path, cache_dir=tmp_path / ".cache", encoder=encoder)
    grew = verifier.check("Valdoria's population grew by almost 7% since the previous census.")
    assert grew.label == Label.SUPPORTED, grew.reasons
    # The part that names the claim's own subject still contradicts it.
    lost = verifier.check("Halvik lost nearly 8% of its population.")
    _expect(lost, Label.CONTRADICTED, "quantity nearly 8% ≠ nearly 5%")


def test_a_name_from_an_earlier_paragraph_of_the_article_is_found(encoder, tmp_path):
    from verifier import Verifier

    (tmp_path / "port.txt").write_text(
        "Container ship aground blocks approach to Averna\n\n"
        "A container ship ran aground in the approach channel to the port of Averna early on "
        "Thursday.\n\n"
        "The Liberian-flagged MV Halden Star grounded at about 3.40am after losing propulsion, "
        "according to the maritime authority.\n\n"
        "The ship's operator said the vessel had been travelling from Singapore. The authority's "
        "director, Jonas Ekdahl, denied reports that the pilot had left the ship before it "
        "grounded.\n",
        encoding="utf-8",
    )
    verifier = Verifier(corpus=tmp_path, cache_dir=tmp_path / ".cache", encoder=encoder)
    claim = (
        "Jonas Ekdahl confirmed reports that the pilot had left the Halden Star before it grounded."
    )
    _expect(verifier.check(claim), Label.CONTRADICTED, "polarity differs")


def test_a_name_is_not_found_as_a_common_word():
    ruling = "The High Court has quashed planning permission for 850 homes at Ashcombe Meadows."
    built = _judged("Larchmont Homes had built homes at Ashcombe Meadows.", ruling)
    assert built.label == Label.NOT_ENOUGH_EVIDENCE, built.reasons
    assert "not found there: Larchmont Homes" in built.reasons[0], built.reasons


def test_people_named_by_a_plural_acronym_need_not_be_named_again():
    fleet = (
        "Strandline chief executive Ronan Gilchrist said the cancellations were caused by the "
        "age of the fleet, with four of its seven vessels more than 30 years old."
    )
    claim = "Ronan Gilchrist told MPs that five of Strandline's seven vessels are more than 30 years old."
    _expect(_judged(claim, fleet), Label.CONTRADICTED, "quantity five ≠ four")
    headline = _judged(
        "MPs Approve Strandline Ferry Budget", "MPs approved the Strandline ferry budget."
    )
    assert headline.label == Label.SUPPORTED, headline.reasons


def test_a_name_said_with_its_owner_finds_the_owner_by_any_of_its_words():
    count = "Unity candidate Priya Laddha took 18,432 votes, a 46.2% share."
    unity = _judged("Unity Party's Priya Laddha took a 46.2% share.", count)
    assert unity.label == Label.SUPPORTED, unity.reasons
    other = _judged("Heritage Party's Priya Laddha took a 46.2% share.", count)
    assert other.label == Label.NOT_ENOUGH_EVIDENCE, other.reasons


def test_a_name_given_only_as_the_source_is_not_the_subject():
    prices = (
        "Average UK house prices fell for a second consecutive month in August, according to "
        "the Meridian Building Society, as higher mortgage costs weighed on demand."
    )
    cut = _judged("Meridian Building Society cut its mortgage costs in August.", prices)
    assert cut.label == Label.NOT_ENOUGH_EVIDENCE, cut.reasons
    assert "only as the source" in cut.reasons[0], cut.reasons
    said = _judged("According to Meridian Building Society, house prices fell in August.", prices)
    assert said.label == Label.SUPPORTED, said.reasons
    fell = _judged("House prices fell in August, the Meridian Building Society said.", prices)
    assert fell.label == Label.SUPPORTED, fell.reasons


def test_a_qualifier_the_headline_gives_holds_for_the_article():
    prices = "Prices were 1.9% lower than in August last year, the steepest annual fall since 2012."
    claim = "House prices were 1.9% lower than in August last year."
    headed = _judged(claim, prices, headline="UK house prices fall for second month")
    assert headed.label == Label.SUPPORTED, headed.reasons
    # Without it, the sentence says nothing of *house* prices.
    bare = _judged(claim, prices)
    assert bare.label == Label.NOT_ENOUGH_EVIDENCE, bare.reasons
    assert "not found there: House" in bare.reasons[0], bare.reasons


def test_spans_of_time_said_with_a():
    race = (
        "Kenya's Faith Wanjiru retained her title in 2:21:30, finishing more than a minute "
        "ahead of the runner-up."
    )
    close = _judged("Faith Wanjiru finished less than a minute ahead of the runner-up.", race)
    _expect(close, Label.CONTRADICTED, "quantity less than a minute ≠ more than a minute")
    # A count's unit said before it is not a span of time that happens to overlap it.
    waits = "Almost 3,000 patients have waited more than a year for planned treatment."
    more = _judged("More than 3,000 patients have waited over a year for planned treatment.", waits)
    _expect(more, Label.CONTRADICTED, "quantity More than 3,000 ≠ Almost 3,000")


def test_more_likely_against_less_likely():
    asthma = (
        "Children living within 2km of the ring road were 18% more likely to be diagnosed with "
        "asthma, the study found."
    )
    less = _judged(
        "Children living within 2km of the ring road were 18% less likely to be diagnosed with asthma.",
        asthma,
    )
    _expect(less, Label.CONTRADICTED, "direction less ≠ more")
    more = _judged(
        "Children living within 2km of the ring road were 18% more likely to be diagnosed with asthma.",
        asthma,
    )
    assert more.label == Label.SUPPORTED, more.reasons


def test_the_winner_the_passage_says_was_beaten():
    awards = "Best actor went to Declan Obi for King Lear, beating the favourite, Hugo Farrant."
    farrant = _judged("Hugo Farrant won best actor for King Lear.", awards)
    _expect(
        farrant, Label.CONTRADICTED, "role Hugo Farrant won ≠ beating the favourite, Hugo Farrant"
    )
    obi = _judged("Declan Obi won best actor for King Lear.", awards)
    assert obi.label != Label.CONTRADICTED, obi.reasons


def test_a_name_is_not_pieced_together_from_the_paragraph():
    seats = "The two parties hold 78 of the 150 seats in parliament."
    lead = "The People's Alliance and the Greens have agreed to form a coalition. " + seats
    greens = _judged("The Green Party holds 78 of the 150 seats.", seats, context=lead)
    assert greens.label == Label.NOT_ENOUGH_EVIDENCE, greens.reasons


def test_wholly_said_as_entirely():
    funding = "The company would fund the new runway entirely from private investment."
    wholly = _judged(
        "The company would fund the new runway wholly from private investment.", funding
    )
    assert wholly.label == Label.SUPPORTED, wholly.reasons
    partly = "The company would fund the new runway partly from private investment."
    still = _judged("The company would fund the new runway wholly from private investment.", partly)
    assert still.label == Label.NOT_ENOUGH_EVIDENCE, still.reasons


def test_the_direction_of_a_claim_number_is_the_word_before_it():
    shares = (
        "Shares in Fenwell's fell 6.3 per cent by the close of trading, while shares in larger "
        "rival Tolland & Price dropped 2.1 per cent."
    )
    rose = _judged(
        "Shares in Fenwell's rose 6.3 per cent after it unveiled the price cuts.", shares
    )
    _expect(rose, Label.CONTRADICTED, "direction rose ≠ fell")


def test_falling_short_is_missing_a_mark():
    offer = (
        "The offer, which would take the starting salary for a newly qualified teacher from "
        "£31,650 to £32,980, falls short of the 7 per cent demanded by the union."
    )
    rise = _judged(
        "The offer would take the starting salary for a newly qualified teacher to £32,980.", offer
    )
    assert rise.label == Label.SUPPORTED, rise.reasons
    appeal = "The public appeal raised £300,000 and closed a week early after reaching its target."
    short = _judged("The public appeal raised £300,000 but fell short of its target.", appeal)
    _expect(short, Label.CONTRADICTED, "direction short ≠ reaching")


def test_a_post_held_by_another_or_owned_by_another():
    director = "Dr Samuel Achterberg, the trust's medical director, said the building would help."
    other = _judged(
        "The hospital was opened by Priya Nandakumar, the trust's medical director.", director
    )
    _expect(
        other, Label.CONTRADICTED, "role Priya Nandakumar ≠ Dr Samuel Achterberg (medical director)"
    )
    summit = "Belvania's foreign minister, Agnes Dorval, who chaired the summit, called the treaty binding."
    owned = _judged("Kestria's foreign minister, Agnes Dorval, chaired the summit.", summit)
    _expect(owned, Label.CONTRADICTED, "role Kestria ≠ Belvania (foreign minister, Agnes Dorval)")
    right = _judged("Belvania's foreign minister, Agnes Dorval, chaired the summit.", summit)
    assert right.label == Label.SUPPORTED, right.reasons
    # Two people in one post's words, both named: no swap is claimed.
    both = (
        "Dr Samuel Achterberg, the trust's medical director, and Priya Nandakumar, the trust's "
        "medical director for surgery, opened the building."
    )
    named = _judged("Priya Nandakumar, the trust's medical director, opened the building.", both)
    assert named.label != Label.CONTRADICTED, named.reasons


def test_a_time_is_compared_whole_in_any_notation():
    race = "Amos Kiprono won the Dunmoor marathon on Sunday in 2:08:30, ahead of Lelo Dube."
    slower = _judged("Kiprono won the Dunmoor marathon in 2:07:12.", race)
    _expect(slower, Label.CONTRADICTED, "quantity 2:07:12 ≠ 2:08:30")
    polls = _judged("Polls closed at 10pm on Thursday.", "Polls closed at 22:00 on Thursday.")
    _expect(polls, Label.SUPPORTED, "stats.txt:1 states the claim")
    assert "quantity 10pm = 22:00 (clock) at stats.txt:1" in polls.reasons


def test_a_name_of_the_same_kind_is_a_rival_not_the_name():
    text = (
        "Graham Pelling, 58, was convicted on Friday at Brackenfield Crown Court of 11 counts of "
        "fraud following a three-week trial."
    )
    _wrong_and_right(
        text,
        "Graham Pelling was convicted at Kestwick Crown Court.",
        "entity Kestwick Crown Court ≠ Brackenfield Crown Court",
        "Graham Pelling was convicted at Brackenfield Crown Court.",
    )


def test_a_negated_verb_contradicts_a_claim_that_states_it_of_another_object():
    text = "The county highways authority did not object to the scheme."
    lead = "Plans for 240 homes off Fenley Road have been approved by the district council."
    claim = "The county highways authority objected to the Fenley Road development."
    objected = _judged(claim, text, context=f"{lead} {text}")
    _expect(objected, Label.CONTRADICTED, "polarity differs: claim affirms, evidence negates")


def test_a_quotation_is_said_by_the_speaker_named_next_to_it():
    text = (
        'Finance Minister Aleksander Roth said the figures showed "the worst of the price shock '
        'is behind us", but opposition spokeswoman Mira Lindqvist said ministers had "lost '
        'control of housing".'
    )
    _wrong_and_right(
        text,
        'Opposition spokeswoman Mira Lindqvist said "the worst of the price shock is behind us".',
        "attribution Mira Lindqvist ≠ Finance Minister Aleksander Roth",
        'Mira Lindqvist said ministers had "lost control of housing".',
    )


def test_a_change_said_by_its_amount_after_its_verb_is_the_difference_of_the_ends():
    text = "The governing National Union fell to 97 seats, down from 131, on 27.8%."
    shed = _judged("The National Union shed 34 seats.", text)
    _expect(shed, Label.SUPPORTED, "stats.txt:1 states the claim")
    assert "quantity 34 = 97 seats, down from 131 (difference) at stats.txt:1" in shed.reasons
    lost = _judged("The National Union lost 43 seats.", text)
    _expect(lost, Label.CONTRADICTED, "quantity 43 ≠")


@pytest.mark.parametrize(
    ("claim", "text", "reason"),
    [
        (
            "The Bank of Veltria hiked interest rates on Thursday.",
            "The Bank of Veltria cut its benchmark interest rate to 4.25% on Thursday.",
            "direction hiked ≠ cut",
        ),
        (
            "Brennock Foods shares jumped 7% on Tuesday.",
            "Brennock Foods shares fell 7% on Tuesday.",
            "direction jumped ≠ fell",
        ),
        (
            "The bank raised its key rate by 25 basis points on Thursday.",
            "The bank trimmed its key rate by 25 basis points on Thursday.",
            "direction raised ≠ trimmed",
        ),
        (  # "up" before an amount after "by" and a cue
            "Eastfold's wheat yields went up by about 20% this year.",
            "Eastfold's wheat yields fell by about 20% this year after the drought.",
            "direction up ≠ fell",
        ),
        (  # assent against refusal
            "The Upland Estates Association agreed with the trust's conclusions.",
            "The Upland Estates Association disputed the trust's conclusions, saying farmers had "
            "restored wetland.",
            "direction agreed ≠ disputed",
        ),
        (  # jobs created are no jobs cut
            "Veltrix Systems said it would cut about 300 jobs at its Dunmore headquarters.",
            "Veltrix Systems said it would create about 300 jobs at its Dunmore headquarters "
            "over two years.",
            "direction cut ≠ create",
        ),
        (  # the same numbers make it the same change, however little else is worded alike
            "Brightwell's revenue fell 4% to £712 million in the quarter.",
            # (its opening name, no word of English, must be there too)
            "Brightwell said revenue rose 4% to £712 million, helped by higher prices.",
            "direction fell ≠ rose",
        ),
    ],
)
def test_words_going_the_other_way(claim, text, reason):
    _expect(_judged(claim, text), Label.CONTRADICTED, reason)


@pytest.mark.parametrize(
    ("claim", "word"),
    [
        ("Elsa Maren was the first woman to win the Halvorsen Prize.", "first"),
        ("Elsa Maren was the only architect to win the Halvorsen Prize.", "only"),
    ],
)
def test_first_and_only_are_extremes_the_passage_must_state(claim, word):
    text = "Elsa Maren, the architect, won the Halvorsen Prize in 1989."
    result = _judged(claim, text, similarity=0.8)
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons
    assert f"not found there: {word}" in result.reasons[0], result.reasons


def test_a_title_before_a_name_held_by_another():
    text = "Transport Secretary Daniel Ashworth said he had ordered an independent review."
    _wrong_and_right(
        text,
        "Transport Secretary Linda Farrow has ordered an independent review.",
        "role Linda Farrow ≠ Daniel Ashworth",
        "Transport Secretary Daniel Ashworth ordered an independent review.",
    )
    # Many people are doctors: "Dr" is no post.
    doctors = _judged(
        "Dr Imogen Sayle warned that heatwaves could become routine.",
        "Dr Aidan Rourke warned that heatwaves could become routine.",
    )
    assert not [c for c in doctors.checks if c.kind == "role"], doctors.checks


def test_a_quotation_admitted_by_another_is_misattributed():
    text = (
        'Committee chairman Cllr Peter Blythe said the council had "no sound planning reason" '
        "to refuse the application."
    )
    claim = 'Janet Corrie admitted there was "no sound planning reason" to refuse the application.'
    _expect(
        _judged(claim, text), Label.CONTRADICTED, "attribution Janet Corrie ≠ Cllr Peter Blythe"
    )


def test_the_ends_of_a_change_in_another_order_are_the_claims():
    text = (
        "Inflation in Vestmark fell to 3.1% in September, down from 3.8% in August, the National "
        "Statistics Office said on Wednesday."
    )
    claim = (
        "Inflation in Vestmark dropped from 3.8 per cent in August to 3.1 per cent in September."
    )
    _expect(_judged(claim, text), Label.SUPPORTED, "stats.txt:1 states the claim")
    swapped = (
        "Inflation in Vestmark dropped from 3.1 per cent in August to 3.8 per cent in September."
    )
    assert _judged(swapped, text).label == Label.CONTRADICTED


def test_a_number_conceded_in_a_clause_naming_nobody_else_is_the_names():
    text = (
        "Food manufacturer Brennock Foods reported a 12% fall in annual pre-tax profit to £148 "
        "million, even though sales reached a record £2.4 billion, up 6% on the previous year."
    )
    sales = _judged("Brennock Foods' sales hit a record £2.4bn.", text)
    _expect(sales, Label.SUPPORTED, "stats.txt:1 states the claim")
    # Two subjects set against each other keep their own numbers.
    prices = "Food prices were 4.6% higher than a year earlier, while energy costs were 2.3% lower."
    food = _judged("Food prices were 2.3% higher than a year earlier.", prices)
    assert food.label == Label.CONTRADICTED, food.reasons


@pytest.mark.parametrize(
    ("text", "other", "same", "reason"),
    [
        (  # a year with the same relation, of something else
            'Veltrail chief executive Helen Strand said members had "run out of patience" after '
            "going without a real-terms pay increase since 2021.",
            "Helen Strand has run Veltrail since 2019.",
            "Veltrail staff have gone without a real-terms pay increase since 2019.",
            "date 2019 ≠ 2021",
        ),
        (  # a number dated otherwise in its clause
            "Around 350 firefighters and four water-bombing aircraft were deployed on Monday, "
            "twice as many aircraft as on Saturday.",
            "Just two water-bombing aircraft were deployed on Saturday.",
            "Just two water-bombing aircraft were deployed on Monday.",
            "quantity two ≠ four",
        ),
    ],
)
def test_a_value_of_another_slot_is_no_rival(text, other, same, reason):
    result = _judged(other, text)
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons
    _expect(_judged(same, text), Label.CONTRADICTED, reason)


def test_the_day_a_paragraph_gives_holds_for_its_sentences_that_give_none():
    lead = "In Sunday's Marensk Marathon, Ruth Okafor won the women's race."
    text = "Around 18,000 runners started, organisers said."
    context = f"{lead} The men's race was won by Daniel Kiprop. {text}"
    sunday = _judged(
        "Some 18,000 runners set off in Sunday's Marensk Marathon.", text, context=context
    )
    _expect(sunday, Label.SUPPORTED, "stats.txt:1 states the claim")
    assert any("given earlier in the paragraph or article" in r for r in sunday.reasons)
    monday = _judged(
        "Some 18,000 runners set off in Monday's Marensk Marathon.", text, context=context
    )
    assert monday.label != Label.SUPPORTED, monday.reasons


def test_a_share_of_the_same_whole_fills_the_claims_slot():
    text = "Developer Larchfield Homes said 30% of the homes would be affordable."
    half = _judged("Half of the new homes will be affordable.", text)
    _expect(half, Label.CONTRADICTED, "quantity Half ≠ 30%")


def test_review_cases_stay_as_they_were():
    # The speaker named right after a quotation said it.
    after = _judged(
        'Lindqvist said "the worst is behind us".',
        'Roth said the plan was sound, but "the worst is behind us", Lindqvist said.',
    )
    assert after.label != Label.CONTRADICTED, after.reasons
    # A title's holder named by surname only is still the holder.
    farrow = _judged(
        "Transport Secretary Linda Farrow announced the review.",
        "Transport Secretary Farrow announced the review, replacing former Transport Secretary "
        "Grant Shapps.",
    )
    assert not [c for c in farrow.checks if c.kind == "role"], farrow.checks
    # Two people with one surname are no post held by another.
    marsh = _judged(
        "Peter Marsh won the seat in Leeds.",
        "Linda Marsh, a teacher, spoke in Leeds about the seat.",
    )
    assert marsh.label != Label.CONTRADICTED, marsh.reasons
    # "The first quarter" and "only 40 people" are no extremes.
    quarter = _judged(
        "Sales at Brisko rose 5% in the first quarter.",
        "Sales at Brisko rose 5% in the first quarter.",
    )
    assert quarter.label == Label.SUPPORTED, quarter.reasons
    few = _judged(
        "Only 40 people attended the Brisko meeting.", "40 people attended the Brisko meeting."
    )
    assert few.label == Label.SUPPORTED, few.reasons


def test_voted_down_against_passed():
    text = "The Regional Assembly voted on Thursday to pass the Renters' Security Bill by 61 votes to 48."
    _wrong_and_right(
        text,
        "The Renters' Security Bill was voted down by the Regional Assembly on Thursday.",
        "direction down ≠ pass",
        "The Regional Assembly passed the Renters' Security Bill on Thursday.",
    )


@pytest.mark.parametrize(
    ("claim", "text", "label", "reason"),
    [
        # A title leaves room for a first name: "Dr Achterberg" is "Dr Miriam Achterberg".
        (
            "Dr Achterberg said the findings were encouraging.",
            'Lead author Dr Miriam Achterberg said the findings were "encouraging".',
            Label.SUPPORTED,
            "entity Dr Achterberg = Achterberg",
        ),
        # The number of residents is not the inches of rain the claim's range would allow.
        (
            "More than six inches of rain fell on Pine Hollow.",
            "More than 400 residents of Pine Hollow were evacuated after nearly 6 inches of rain "
            "fell in less than four hours.",
            Label.CONTRADICTED,
            "quantity More than six ≠ nearly 6",
        ),
        # A day has one weekday.
        (
            "The strike will begin on Tuesday 10 March.",
            "The strike will run from Monday 10 March to Wednesday 12 March.",
            Label.CONTRADICTED,
            "date Tuesday ≠ Monday",
        ),
    ],
)
def test_names_ranges_and_weekdays_read_whole(claim, text, label, reason):
    _expect(_judged(claim, text), label, reason)


def test_two_open_ranges_going_the_same_way_are_no_rivals():
    # "over two years" and "more than 18 weeks" can both be true.
    result = _judged(
        "Most of the Harwick Valley patients waiting over two years were in orthopaedics.",
        "The number of patients waiting more than 18 weeks at Harwick Valley fell by 11%.",
    )
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons


def test_a_negating_verb_is_not_looked_for_in_a_passage_that_says_the_opposite():
    # "denied" is the claim's word for what the passage says the other way ("pleaded guilty"):
    # the passage is about the claim with "fraud" alone, once the claim's own names are set
    # aside.
    _expect(
        _judged(
            "Kellaway denied the fraud charge at Harlow Vale Crown Court.",
            "Deborah Kellaway, 54, pleaded guilty to fraud by abuse of position at Harlow Vale "
            "Crown Court on Tuesday.",
        ),
        Label.CONTRADICTED,
        "polarity differs: claim negates ('denied')",
    )


def test_a_winning_margin_is_the_difference_of_the_two_tallies():
    text = (
        "Rosa Delgado defeated Mayor Tom Whitaker with 11,842 votes, or 54.3 percent, to "
        "Whitaker's 9,967, according to unofficial results."
    )
    _expect(
        _judged("Rosa Delgado beat Whitaker by 1,875 votes.", text),
        Label.SUPPORTED,
        "",
    )
    assert _judged("Rosa Delgado beat Whitaker by 2,875 votes.", text).label == (Label.CONTRADICTED)


def test_a_difference_said_as_a_comparison_is_found_from_the_two_values():
    text = (
        "Those who met the walking target took an average of 14 minutes to fall asleep, "
        "compared with 23 minutes for those who walked less."
    )
    claim = (
        "Those who met the walking target fell asleep {} minutes sooner than those who walked less."
    )
    _expect(_judged(claim.format("nine"), text), Label.SUPPORTED, "")
    assert _judged(claim.format("five"), text).label != Label.SUPPORTED


def test_the_same_prize_won_by_another():
    text = (
        "Belgian rider Pieter Vandersloot won the fourth stage of the Tour of the Marrowdale "
        "Hills on Wednesday, finishing 14 seconds clear of Irishman Ciarán Dunleavy, while Mads "
        "Elkjær won the mountains prize."
    )
    _wrong_and_right(
        text,
        "Dunleavy won the fourth stage of the Tour of the Marrowdale Hills.",
        "role Dunleavy won ≠ Pieter Vandersloot won",
        "Vandersloot won the fourth stage of the Tour of the Marrowdale Hills.",
    )
    # Each prize has its own winner.
    for claim in ("Elkjær won the mountains prize.", "Dunleavy won the sprint prize."):
        other = _judged(claim, text)
        assert not any(r.startswith("role") for r in other.reasons), other.reasons


def test_another_half_of_the_same_year():
    text = "She expected the deal to close in the first half of 2025."
    _wrong_and_right(
        text,
        "She expected the deal to close in the second half of 2025.",
        "date second half of 2025 ≠ first half of 2025",
        "She expected the deal to close in 2025.",
    )


def test_a_date_given_earlier_is_not_ruled_out_by_one_with_another_relation():
    # "since 2015" says nothing of which year the sentence after it is about; "in 2023" does.
    text = "Residential break-ins rose 17% to 1,845."
    context = (
        "Reported violent crime in Kelderby fell 9% in 2023 to 2,310 incidents, the lowest level "
        f"since 2015. {text}"
    )
    result = _judged(
        "Residential break-ins in Kelderby fell by 17% in 2023.", text, context=context
    )
    _expect(result, Label.CONTRADICTED, "direction fell ≠ rose")


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An acronym is its name spelt out, and the same written with full stops.
        (
            "The EU fined the company €2 million.",
            "The European Union fined the company €2 million on Monday.",
            Label.SUPPORTED,
        ),
        (
            "Its lead drug has not been approved by US regulators.",
            "Its lead drug, BW-207, has not yet been approved by U.S. regulators.",
            Label.SUPPORTED,
        ),
        # Not from a sentence's first word, nor a pronoun ("us").
        (
            "The EU fined the company €2 million.",
            "Earlier, UK regulators fined the company €2 million.",
            Label.CONTRADICTED,  # entity EU ≠ UK
        ),
        (
            "The U.S. imposed new tariffs on steel.",
            "Officials told us that new tariffs on steel were imposed by China.",
            Label.NOT_ENOUGH_EVIDENCE,
        ),
        # ... and a passage that names no such place says nothing of it.
        (
            "Record warmth across the U.S. is part of a long-term trend.",
            "This long-term trend is the main cause for the record warmth of 2015 and 2016.",
            Label.NOT_ENOUGH_EVIDENCE,
        ),
    ],
)
def test_acronyms(claim, text, label):
    result = _judged(claim, text)
    assert result.label == label, result.reasons


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        # Two ages are no tallies.
        ("Rosa Delgado beat Whitaker by 12 votes.", "Rosa Delgado, 54, beat Tom Whitaker, 66."),
        # "after" compares nothing.
        (
            "He scored 3 goals after more than 10 minutes.",
            "He scored 7 goals after more than 10 minutes.",
        ),
    ],
)
def test_no_difference_where_nothing_is_compared(claim, text):
    result = _judged(claim, text)
    assert result.label != Label.SUPPORTED, result.reasons


def test_changes_computed_from_two_values_said_other_ways():
    # The same way said with another verb.
    text = "The figures show the median age in the coastal town fell to 37 from 41."
    context = f"The population of Wattle Bay grew by 18.4% to 52,730. {text}"
    claim = "Wattle Bay's median age dropped by four years to 37."
    _expect(_judged(claim, text, context=context), Label.SUPPORTED, "")
    # A margin said as "a margin of", from a tally "48 votes to 41".
    tally = (
        "The Dunmere Regional Assembly has rejected a government bill that would have closed 14 "
        "rural libraries, voting it down by 48 votes to 41 in a defeat for the First Minister."
    )
    margin = "The bill to shut 14 rural libraries was defeated by a margin of seven votes."
    assert _judged(margin, tally).label != Label.CONTRADICTED
    # "created" goes up only before an amount: the assembly rose nowhere.
    created = (
        "It is the first time since the assembly was created in 1999 that a government bill "
        "has been defeated at its final reading."
    )
    fallen = (
        "Never before since the assembly was set up in 1999 had a government bill fallen at its "
        "final reading."
    )
    assert not any(r.startswith("direction") for r in _judged(fallen, created).reasons)


@pytest.mark.parametrize(
    "claim",
    [
        "Two people died when their car was swept off Route 9.",
        "Two firefighters have been killed battling the Ridgeback Fire.",
    ],
)
def test_deaths_denied_contradict_a_claim_of_deaths(claim):
    text = (
        "No deaths were reported, but two firefighters and two people whose car was swept off "
        "Route 9 were treated for minor injuries while battling the Ridgeback Fire."
    )
    _expect(_judged(claim, text), Label.CONTRADICTED, "polarity differs: claim affirms")


def test_a_quotation_word_for_word_said_by_another():
    text = (
        '"This is the darkest day in the history of our company," Redvale chief executive '
        "Fiona Castellan told reporters outside the mine gate."
    )
    _wrong_and_right(
        text,
        'Darren Mulholland described the collapse as "the darkest day in the history of our '
        'company".',
        "attribution Darren Mulholland ≠ Fiona Castellan",
        'Fiona Castellan described the collapse as "the darkest day in the history of our '
        'company".',
    )


def test_a_light_verb_qualifies_nothing():
    text = (
        "Rescue crews reached the last trapped worker shortly after 9pm, more than 14 hours "
        "after the collapse."
    )
    claim = "It took rescuers more than 14 hours to reach the last trapped worker."
    _expect(_judged(claim, text), Label.SUPPORTED, "")


def test_a_speaker_set_off_by_an_appositive_is_the_speaker():
    """ "Gareth Pryce, the MP for Lowmoor, said" is said by Pryce, not by Lowmoor; and the
    body a spokeswoman speaks for may be named as the source."""
    pryce = (
        'Gareth Pryce, the MP for Lowmoor, said the decision was "a betrayal of local families".'
    )
    marsh = (
        "Helen Marsh, a spokeswoman for Redvale Homes, said the company would start building "
        "in the spring."
    )
    for claim, text in (
        ('Gareth Pryce said the decision was "a betrayal of local families".', pryce),
        ("Helen Marsh said Redvale Homes would start building in the spring.", marsh),
        ("Redvale Homes said it would start building in the spring.", marsh),
    ):
        result = _judged(claim, text)
        assert result.label == Label.SUPPORTED, (claim, result.reasons)
    _expect(
        _judged('Ann Ryde said the decision was "a betrayal of local families".', pryce),
        Label.CONTRADICTED,
        "attribution Ann Ryde ≠ Gareth Pryce",
    )


def test_a_number_said_as_an_ordinal_of_the_same_thing():
    """ "stage four" is "the fourth stage"; "stage five" and "round four" are not."""
    text = (
        "Belgian rider Pieter Vandersloot won the fourth stage of the Tour on Wednesday, "
        "finishing 14 seconds clear of Ciarán Dunleavy."
    )
    said = "Pieter Vandersloot won {} of the Tour, finishing 14 seconds clear of Ciarán Dunleavy."
    assert _judged(said.format("stage four"), text).label == Label.SUPPORTED
    assert _judged(said.format("stage 4"), text).label == Label.SUPPORTED
    assert _judged(said.format("stage five"), text).label != Label.SUPPORTED
    assert _judged(said.format("round four"), text).label != Label.SUPPORTED


def test_a_majority_and_a_price_difference_from_the_two_values():
    """Found as the difference of the two values the passage gives, like a win's margin."""
    votes = (
        "The Regional Assembly voted on Thursday to pass the Renters' Security Bill by 64 votes "
        "to 51."
    )
    fares = (
        "The Dunmarren Transport Authority will raise single fares from January 5, taking a "
        "standard adult single from £2.50 to £2.65."
    )
    for claim, text in (
        ("The Renters' Security Bill cleared the Regional Assembly with a majority of 13.", votes),
        ("A standard adult single in Dunmarren will cost 15p more from January.", fares),
    ):
        assert _judged(claim, text).label == Label.SUPPORTED, claim
    majority = "The Renters' Security Bill cleared the Regional Assembly with a majority of 15."
    assert _judged(majority, votes).label != Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "text", "not_label"),
    [
        # Two tallies make a majority, but any two counts do not; a change over time is no
        # majority.
        (
            "The bill passed with a majority of 13.",
            "The bill passed by 64 votes to 49; 16 members abstained and 3 were absent.",
            Label.SUPPORTED,
        ),
        (
            "The Tories held the seat with a majority of 2,000.",
            "The Tories held the seat; turnout was 52,000, up from 50,000 in 2019.",
            Label.SUPPORTED,
        ),
        # "15 more engineers" counts the ones added; two prices are not one price's change.
        (
            "Acme hired 15 more engineers last year.",
            "Acme, which has 40 engineers, hired 25 engineers last year.",
            Label.SUPPORTED,
        ),
        (
            "Stamps will cost 20p more from April.",
            "From April a first-class stamp will cost £1.35 and a second-class stamp £1.15.",
            Label.SUPPORTED,
        ),
        # A difference is not contradicted by a value.
        (
            "Stamps will cost 20p more from April.",
            "From April a first-class stamp will cost £1.35 and a second-class stamp £1.15.",
            Label.CONTRADICTED,
        ),
        # An ordinal is found only for a number that follows a noun and counts nothing.
        (
            "Acme has factories in 3 countries.",
            "Acme, third in Europe by sales, has factories across Asia.",
            Label.SUPPORTED,
        ),
        (
            "Jane Doe won the final in 5 sets.",
            "Jane Doe, seeded fifth in the draw, won the final in straight sets.",
            Label.SUPPORTED,
        ),
        ("Acme cut 5 jobs.", "It was Acme's fifth cut in jobs this year.", Label.SUPPORTED),
        # "called" names a village; "called off" is no speech.
        (
            "Winds of 90mph hit Lowmoor, the BBC reported.",
            "Winds of 90mph hit a village called Lowmoor.",
            Label.CONTRADICTED,
        ),
        (
            "Acme called off the merger with Zento in March.",
            "The merger with Zento was called off in March, Reuters reported.",
            Label.CONTRADICTED,
        ),
        # A place is no speaker, nor is a name the speaker is only said near.
        (
            "Police said the road was shut.",
            "Police in Lowmoor, the county town, said the road was shut.",
            Label.CONTRADICTED,
        ),
        (
            "Acme said profits would drop.",
            "Acme shares fell after analyst Jane Doe said profits would drop.",
            Label.SUPPORTED,
        ),
    ],
)
def test_differences_ordinals_and_speakers_are_not_overread(claim, text, not_label):
    assert _judged(claim, text).label != not_label


def test_a_value_set_against_another_is_not_its_rival():
    """The record a value beat is the record's, not the value's."""
    text = "The Tessaly River's previous record of 17.9 feet was set in April 1998."
    result = _judged("The Tessaly River's crest of 19.4 feet beat a record set in 1998.", text)
    assert result.label != Label.CONTRADICTED, result.reasons
    _expect(
        _judged("The previous record of 18.9 feet was set in April 1998.", text),
        Label.CONTRADICTED,
        "quantity 18.9 ≠ 17.9",
    )


def test_a_difference_is_compared_with_a_difference():
    """A change or a margin is found from the two values the passage compares, and is
    contradicted by the difference the passage says or by the one between its two values,
    never by a value of another thing."""
    curlews = (
        "Volunteers counted 212 breeding pairs on the Hollinmoor uplands this spring, compared "
        "with 331 in the last full survey in 2014."
    )
    claim = "The number of breeding pairs on the Hollinmoor uplands dropped by {} since 2014."
    assert _judged(claim.format(119), curlews).label == Label.SUPPORTED
    budget = (
        "The health ministry's budget for 2025 is £12.4 billion, an increase of £800 million "
        "on the previous year."
    )
    _expect(
        _judged(
            "The health ministry's budget for 2025 is £1.2 billion higher than the previous year.",
            budget,
        ),
        Label.CONTRADICTED,
        "quantity £1.2 billion ≠ £800 million",
    )
    race = (
        "In the women's race, Kenya's Faith Wanjiru retained her title in 2:21:30, finishing "
        "more than a minute ahead of the runner-up."
    )
    _expect(
        _judged("Faith Wanjiru won the women's race by less than a minute.", race),
        Label.CONTRADICTED,
        "quantity less than a minute ≠ more than a minute",
    )
    votes = (
        "The Liberal Democrat candidate, Owen Tebbutt, came third with 6,140 votes, while the "
        "Conservatives' Helena Stroud was fourth on 5,872."
    )
    result = _judged("Priya Halloran beat Reform UK's Gareth Minshull by 2,317 votes.", votes)
    assert result.label != Label.CONTRADICTED, result.reasons


def test_more_differences_and_sources():
    # A difference of percentage points, said with "than".
    turnout = "Turnout in the by-election was 38.4%, down from 61.2% at last year's election."
    claim = "Turnout in the by-election was almost {} percentage points lower than at last year's election."
    assert _judged(claim.format(23), turnout).label == Label.SUPPORTED
    assert _judged(claim.format(30), turnout).label != Label.SUPPORTED
    # "800 years later" is a difference, no rival of a value of the passage.
    text = "CO2 rose by about 150 ppm over roughly 5,000 years after the warming began."
    result = _judged("After the warming began, CO2 rose 800 years later.", text)
    assert result.label != Label.CONTRADICTED, result.reasons
    # "Officers in Leeds said" is said by the officers, not by Leeds.
    text = "Officers in Leeds said the road would reopen on Monday."
    assert _judged("Police said the road would reopen on Monday.", text).label == Label.SUPPORTED
    # A negation ends at "as": "not by theft as had been suggested".
    text = (
        "Network Rail said the fault had been caused by cable damage, not by theft as had "
        "initially been suggested on social media."
    )
    _expect(
        _judged("Network Rail said the fault was caused by cable theft.", text),
        Label.CONTRADICTED,
        "polarity",
    )


REVIEW_CASES = [
    (
        "Revenue of $3.2 billion beat expectations.",
        "Revenue was $2.8 billion, which beat expectations of $2.6 billion.",
        "CONTRADICTED",
    ),
    (
        "Inflation of 4.1% exceeded the Bank's 2% target.",
        "Inflation of 3.8% exceeded the Bank's 2% target.",
        "CONTRADICTED",
    ),
    (
        "A crowd of 20,000 saw Ashvale beat Redmarsh.",
        "A crowd of 35,000 saw Ashvale beat Redmarsh.",
        "CONTRADICTED",
    ),
    (
        "The Tessaly River's crest of 19.4 feet beat a record set in 1998.",
        "The Tessaly River's previous record of 17.9 feet was set in April 1998.",
        "!CONTRADICTED",
    ),
    (
        "The Bill was passed with a majority of 13.",
        "The Bill was passed after the government's lead in the polls rose by 5.",
        "!CONTRADICTED",
    ),
    (
        "Tickets cost £5 more.",
        "Tickets went on sale as the club's revenue rose by £2m.",
        "!CONTRADICTED",
    ),
    (
        "Train journeys are 10 minutes longer than by car.",
        "The train journey takes 50 minutes, and the walk to the station another 5 minutes.",
        "!CONTRADICTED",
    ),
    (
        "Hamilton won by 5 seconds.",
        "Hamilton won, finishing 14 seconds clear of Verstappen.",
        "CONTRADICTED",
    ),
    (
        "Journeys are 30 minutes longer.",
        "Journeys are 40 minutes longer than before the closure.",
        "CONTRADICTED",
    ),
    ("The attack was terrorism.", "Police are not treating the attack as terrorism.", "!SUPPORTED"),
    (
        "The company apologised to customers.",
        "The company did not so much as apologise to customers.",
        "!SUPPORTED",
    ),
    (
        "The bill was passed as law.",
        "The bill was not passed as quickly as ministers had hoped.",
        "!CONTRADICTED",
    ),
    (
        "Police said the line would reopen on Monday.",
        "A spokeswoman for Network Rail said the line would reopen on Monday.",
        "!SUPPORTED",
    ),
    (
        "Network Rail said the fault was caused by cable theft.",
        "Network Rail said the fault had been caused by cable damage, not by theft as had initially been suggested.",
        "CONTRADICTED",
    ),
]


@pytest.mark.parametrize(("claim", "text", "expected"), REVIEW_CASES)
def test_the_second_review_cases(claim, text, expected):
    """Inputs from a review of the round's second diff: a value that beats another keeps
    its rival; a said difference is a rival only of the same thing; "not ... as" negations;
    a spokeswoman for a body speaks for it. "!X" means anything but X."""
    _judged_as(claim, text, expected)


def test_a_change_by_an_amount_is_not_contradicted_by_a_level():
    text = (
        "Crowds of about 18,000 attended over the four days, according to tournament "
        "organisers, up from 12,500 last year."
    )
    claim = "Attendance rose by about 5,500 on last year, according to the organisers."
    result = _judged(claim, text)
    assert result.label != Label.CONTRADICTED, result.reasons
    # ... but by another amount said as a change.
    text = "Attendance rose by about 2,000 on last year, according to tournament organisers."
    _expect(_judged(claim, text), Label.CONTRADICTED, "quantity about 5,500 ≠ about 2,000")


def test_a_number_keeps_its_own_unit_and_its_clause_may_refer_back():
    # "aged between 45 and 70 for 12 weeks": the weeks are the 12's, not the 70's.
    text = "Researchers followed 212 adults aged between 45 and 70 for 12 weeks."
    claim = "The researchers followed more than 200 adults for twelve weeks."
    assert _judged(claim, text).label == Label.SUPPORTED
    # A pronoun right before a number refers back; one that opens a clause does not keep
    # the men's number from being the men's.
    text = "The council will draw £6.5m from its reserves, leaving them at £19m."
    assert _judged("The council will draw £19m from its reserves.", text).label == (
        Label.CONTRADICTED
    )
    text = "Police said they arrested 4 men and 12 women."
    assert _judged("Police arrested 12 men.", text).label == Label.CONTRADICTED
    # A change said without "by" is still a said difference: "rose 20p to £4.70", "up £85".
    text = "The price of a pint rose 20p to £4.70."
    assert _judged("The price of a pint rose by 30p.", text).label == Label.CONTRADICTED
    text = "Rents increased to £1,250 a month, up £85."
    assert _judged("Rents increased by £100 a month.", text).label == Label.CONTRADICTED


def test_a_word_of_a_name_is_not_the_claims_subject():
    """ "Trains" of "Northway Trains cancelled 47 services" is not the claim's "trains"."""
    text = (
        "Northway Trains cancelled 47 services and part-cancelled a further 19, while others "
        "were diverted via Ellerby, adding about 40 minutes to journeys."
    )
    result = _judged(
        "Diverted trains ran via Ellerby, making journeys roughly 40 minutes longer.", text
    )
    assert result.label != Label.CONTRADICTED, result.reasons


ONE_OF_A_SET_OR_A_WAY = [
    # A side of the compass, a rank, a sex, how often: a thing has one of each.
    (
        "The fire is burning in the hills west of Carrow.",
        "Crews said the fire was burning in the hills east of Carrow on Tuesday.",
        "CONTRADICTED",
    ),
    (
        "Forecasters said Ingrid was the sixth named storm of the season.",
        "Forecasters said Ingrid was the eighth named storm of the season.",
        "CONTRADICTED",
    ),
    (
        "Ruth Amadi won the women's race in Dunford.",
        "Ruth Amadi won the men's race in Dunford.",
        "CONTRADICTED",
    ),
    (
        "The drug is given as a weekly injection.",
        "The drug is given as a monthly injection, the company said.",
        "CONTRADICTED",
    ),
    # The same value said another way; the claim has both ranks; the passage both sexes.
    (
        "The council capped yearly rent rises at 5%.",
        "The council capped annual rent rises at 5%.",
        "!CONTRADICTED",
    ),
    (
        "Before its rise to fifth place, Carrow College was ranked eighth in the index.",
        "Carrow College rose three places to fifth in the index.",
        "!CONTRADICTED",
    ),
    (
        "Ruth Amadi won the women's race in Dunford.",
        "Ruth Amadi won the women's race in Dunford, and Paul Ode won the men's race.",
        "SUPPORTED",
    ),
    (
        "Lena Marr won the prize for her second novel.",
        "Lena Marr won the prize for her debut novel, which took four years to write.",
        "CONTRADICTED",
    ),
    # The claim's value said of another thing does not stop a rival in the claim's place ...
    (
        "Forecasters confirmed a red warning for high winds covered the coast.",
        "A red flood warning stayed in place inland, while an amber warning for high winds covered the coast.",
        "CONTRADICTED",
    ),
    # ... but one it cannot tell from the claim's does: "5.1 percent for men and 4.3 for women".
    (
        "The unemployment rate for women was 4.3 percent.",
        "The unemployment rate was 5.1 percent for men and 4.3 percent for women.",
        "!CONTRADICTED",
    ),
    (
        "The patrol scheme was launched in the autumn of 2022.",
        "The patrol scheme was launched in the spring of 2022, police said.",
        "CONTRADICTED",
    ),
    # The word a number goes with says which way, whatever else went up.
    (
        "Harlow Foods reported a 9% rise in annual profit.",
        "Harlow Foods reported a 9% fall in annual profit as soaring wheat prices offset higher sales.",
        "CONTRADICTED",
    ),
    (
        "Kelm shares fell 8% in late trading.",
        "Kelm shares climbed 8% in late trading after the results.",
        "CONTRADICTED",
    ),
    (
        "Kelm shares fell 8% on Monday.",
        "Kelm shares fell 8% on Monday, having climbed 8% on Friday.",
        "SUPPORTED",
    ),
    (
        "The operator agreed to the council's request to keep the early sailing.",
        "The council asked the operator to keep the early sailing, but the request was turned down.",
        "CONTRADICTED",
    ),
    # A change against "unchanged" said of the same number; not "a steady rise", nor another
    # thing's number.
    (
        "The board proposed raising the final dividend to 11.2p a share.",
        "The board proposed a final dividend of 11.2p a share, unchanged from last year.",
        "CONTRADICTED",
    ),
    (
        "The board proposed raising the final dividend to 11.2p a share.",
        "The board proposed raising the final dividend to 11.2p a share, after a steady rise in sales.",
        "SUPPORTED",
    ),
    (
        "Monthly rents rose to £950.",
        "Council tax was unchanged at £950 a year.",
        "!CONTRADICTED",
    ),
    # A difference computed from two values has no word of its own: "grew 21%, down from 29%".
    (
        "Growth in the cloud unit slowed by eight percentage points.",
        "The cloud unit grew 21%, down from 29% in the previous quarter.",
        "!CONTRADICTED",
    ),
]


def test_a_negation_ends_where_another_verb_starts():
    """ "no previous convictions and had co-operated fully": "and had" starts what she did,
    which "no" does not negate ("no shops and cafes" goes on)."""
    text = "The judge noted that Dunn had no previous convictions and had co-operated fully."
    _expect(
        _judged("The judge noted that Dunn had previous convictions.", text),
        Label.CONTRADICTED,
        "polarity differs",
    )
    text = "The village has no shops and cafes."
    _expect(_judged("The village has shops and cafes.", text), Label.CONTRADICTED, "polarity")


#: Inputs from a review of this round's rules: a value of the set, a number's way, "unchanged",
#: a name in a slot, said of something else; a negation that goes on past "or had".
REVIEW_OF_THE_SET_CASES = [
    (
        "The snow fell across eastern England on Monday.",
        "Snow fell across southern England on Monday, with eastern areas also affected.",
        "!CONTRADICTED",
    ),
    (
        "The third phase will open in 2026.",
        "The first and second phases opened in 2024, and the third will open in 2026.",
        "!CONTRADICTED",
    ),
    (
        "Annual inflation was 2.5% in May.",
        "Monthly inflation was 0.3% in May, and the annual figure was 2.5%.",
        "!CONTRADICTED",
    ),
    (
        "The club's women's team won the cup.",
        "The club's men's team were knocked out, but its women's side won the cup.",
        "!CONTRADICTED",
    ),
    (
        "Smith was shown a yellow card.",
        "Jones was shown a red card, and Smith was booked.",
        "!CONTRADICTED",
    ),
    (
        "The summer festival was cancelled.",
        "The winter festival went ahead but the summer event was cancelled.",
        "!CONTRADICTED",
    ),
    (
        "Kane scored twice in the second half.",
        "Kane, who missed a penalty in the first half, scored twice after the break.",
        "!CONTRADICTED",
    ),
    (
        "The suspect was arrested in south London.",
        "The shooting happened in north London and the suspect was arrested in Croydon.",
        "!CONTRADICTED",
    ),
    (
        "The FTSE 100 rose 1% on Monday.",
        "Most stocks in the FTSE 100 fell on Monday, but the index rose 1% thanks to gains in BP.",
        "!CONTRADICTED",
    ),
    (
        "Sales rose 5% last year.",
        "Sales last year were up 5%, lower than the 7% analysts had expected.",
        "!CONTRADICTED",
    ),
    (
        "Trees came down across the region in the storm.",
        "The storm brought trees down across the region as wind speeds increased.",
        "!CONTRADICTED",
    ),
    (
        "The Bank of England raised its base rate to 5.25%.",
        "The Bank of England's base rate now stands at 5.25%, with the inflation target unchanged at 2%.",
        "!CONTRADICTED",
    ),
    (
        "Average rents rose to £1,200 a month.",
        "Average rents reached £1,200 a month and wages were unchanged.",
        "!CONTRADICTED",
    ),
    (
        "Police have made arrests.",
        "Police have not named the victim or have made any arrests.",
        "!SUPPORTED",
    ),
    ("He had taken money.", "It was never shown that he lied or had taken money.", "!SUPPORTED"),
]


def test_a_name_in_the_slot_said_of_someone_else():
    """ "born in Cork" is her brother's: the clause has nothing else of the claim's."""
    text = "Her brother was born in Cork."
    context = "She was born in Dublin in 1970. " + text
    assert _judged("She was born in Dublin.", text, context=context).label != Label.CONTRADICTED


def test_a_tally_is_no_said_difference():
    """ "defeated by 59 votes to 56" is a tally, so a margin is compared with its difference,
    not with 59; "fell by 12,000 to 1.3 million" and "went up by 2,000 to 60,000" are changes
    by an amount. A margin said as "short by" or "lost by" says who lost, which a difference
    alone does not, so it is left alone."""
    text = (
        "An amendment to cap annual rent increases at 5%, tabled by Deborah Quayle, was "
        "defeated by 59 votes to 56."
    )
    claim = "Deborah Quayle's amendment to cap rent increases at 5% was defeated by three votes."
    assert _judged(claim, text).label == Label.SUPPORTED
    claim = "Deborah Quayle's amendment to cap rent increases at 5% was defeated by four votes."
    _expect(_judged(claim, text), Label.CONTRADICTED, "quantity four ≠ 59 votes to 56 (3)")
    text = "The motion was carried by 230 votes to 200."
    assert _judged("The motion lost by 30 votes.", text).label != Label.SUPPORTED
    text = "The motion was passed by 52 votes to 50."
    assert _judged("The motion fell short by just two votes.", text).label != Label.SUPPORTED
    text = "The appeal raised £12,000, exceeding its £10,000 target."
    assert _judged("The appeal fell short by £2,000.", text).label != Label.SUPPORTED
    text = "Unemployment fell by 12,000 to 1.3 million."
    assert _judged("Unemployment fell by 20,000.", text).label == Label.CONTRADICTED
    text = "The number of homeless families went up by 2,000 to 60,000."
    claim = "The number of homeless families rose by 5,000."
    assert _judged(claim, text).label == Label.CONTRADICTED


#: Inputs from a second review: the same, and a name in a slot after "in" (a place may be
#: inside the claim's), "turned down" the heating, "unchanged at" a rate the passage says was
#: cut, a negation over a clause with its own verb.
SECOND_REVIEW_OF_THE_SET_CASES = [
    (
        "Crime fell 8% in the city.",
        "Violent crime rose 8% in the city even as overall crime fell 8%.",
        "!CONTRADICTED",
    ),
    (
        "Output rose by 3%.",
        "Output, which fell by 3% in 2022, rose by 3% last year.",
        "!CONTRADICTED",
    ),
    (
        "The mayor supported plans to dim the city's lights.",
        "The mayor backed plans to have the city's lights turned down at night.",
        "!CONTRADICTED",
    ),
    (
        "The central bank cut its main rate to 3.5%.",
        "The central bank left its main rate unchanged at 3.5% on Thursday, having lowered it from 4% in June.",
        "!CONTRADICTED",
    ),
    (
        "Rents increased to £1,000 a month in 2022.",
        "Rents have been steady at £1,000 a month since 2022.",
        "!CONTRADICTED",
    ),
    (
        "The driver was using his phone.",
        "There was no evidence the driver was speeding and was using his phone.",
        "!SUPPORTED",
    ),
    (
        "The men's final will be played on Sunday.",
        "The final will be played on Sunday, while the women's final was played on Saturday.",
        "!CONTRADICTED",
    ),
    (
        "The eastern section of the road opened on Monday.",
        "The section of the road opened on Monday, and the western section is due to open in June.",
        "!CONTRADICTED",
    ),
    (
        "A red warning for wind is in place.",
        "A warning for wind is in place across the region, after an amber warning for wind ended on Monday.",
        "!CONTRADICTED",
    ),
    (
        "The report was published in the summer.",
        "The report was published by Winter, the council's auditor, in July.",
        "!CONTRADICTED",
    ),
]


#: Inputs from a third review: who lost, a target missed, a refusal refused, "unchanged at",
#: a number that went no way, a negated "have", a club or an airport in the slot, a quotation.
THIRD_REVIEW_OF_THE_SET_CASES = [
    (
        "The amendment fell short by only four votes.",
        "The amendment was rejected by 312 votes to 308.",
        "!CONTRADICTED",
    ),
    (
        "The pound gained against the euro on Friday.",
        "The pound lost to the euro on Friday as traders sold sterling.",
        "!SUPPORTED",
    ),
    (
        "The charges were thrown out.",
        "The judge refused to throw out the charges and set a trial date.",
        "!SUPPORTED",
    ),
    (
        "The lawsuit was thrown out.",
        "The judge rejected an application to have the lawsuit thrown out.",
        "!SUPPORTED",
    ),
    (
        "The ECB cut its deposit rate to 4%.",
        "The ECB left its deposit rate unchanged at 4% for a fifth meeting.",
        "CONTRADICTED",
    ),
    (
        "Sales rose 5% last year.",
        "Sales growth was 5% last year, while costs fell 5%.",
        "!CONTRADICTED",
    ),
    (
        "The patient was discharged on Friday.",
        "The patient did not have Covid and was discharged on Friday.",
        "!CONTRADICTED",
    ),
    (
        "The summer festival was cancelled.",
        '"Winter festival was cancelled," organisers said.',
        "!SUPPORTED",
    ),
]


#: Inputs from a fourth review: a refusal to do something else, a negation over a "that"
#: clause, "unchanged" of a rate of change or of another thing, "thrown out of" a car, a
#: count followed by its verb ("a further 200 fell ill"), a change "by X to Y".
FOURTH_REVIEW_OF_THE_SET_CASES = [
    (
        "The council threw out the housing plans.",
        "The council refused to publish the housing plans.",
        "!SUPPORTED",
    ),
    (
        "The firm missed its profit target.",
        "The firm refused to comment on its profit target.",
        "!SUPPORTED",
    ),
    ("The drug is safe.", "There is no evidence that the drug works and is safe.", "!SUPPORTED"),
    ("The man was armed.", "There was no suggestion the man fired and was armed.", "!SUPPORTED"),
    (
        "Consumer prices rose 2.4% in the year to March.",
        "Consumer price inflation in the year to March was 2.4%, unchanged from February.",
        "!CONTRADICTED",
    ),
    (
        "Petrol prices rose to 150p a litre last week.",
        "Diesel prices were unchanged at 150p a litre last week.",
        "!CONTRADICTED",
    ),
    (
        "Police confirmed the driver died at the scene.",
        "The driver was thrown out of the car and died at the scene, police said.",
        "!CONTRADICTED",
    ),
    (
        "Cases rose by 200 on Tuesday.",
        "A further 200 fell ill on Tuesday, health officials said.",
        "!CONTRADICTED",
    ),
    (
        "The number of homeless families rose by 5,000.",
        "The number of homeless families went up by 2,000 to 60,000.",
        "CONTRADICTED",
    ),
]


#: Inputs from a fifth review, of ordinary wire copy: a denial of something else, a
#: "by" with many holders, a rate raised and unchanged since, a second yellow card, an
#: ordinal that counts goals or days, a public and a private sector.
FIFTH_REVIEW_OF_THE_SET_CASES = [
    (
        "The government banned smoking in pub gardens.",
        "The government denied reports it would outlaw smoking in pub gardens.",
        "!SUPPORTED",
    ),
    (
        "The union rejected the pay offer and approved strike action.",
        "The union refused strike action on Monday.",
        "!SUPPORTED",
    ),
    (
        "The Bank of England raised interest rates to 5.25% in August.",
        "The Bank of England raised interest rates in August, but they have been unchanged at 5.25% since.",
        "!CONTRADICTED",
    ),
    (
        "Smith was shown a red card in the second half.",
        "Smith was shown a second yellow card in the second half and sent off.",
        "!CONTRADICTED",
    ),
    (
        "Haaland scored in the first half.",
        "Haaland scored his second goal just before half-time.",
        "!CONTRADICTED",
    ),
    (
        "The strike will take place in the second week of June.",
        "The strike will take place on the tenth day of June.",
        "!CONTRADICTED",
    ),
    (
        "Public sector pay grew 6.2% in the year.",
        "Private sector pay grew 6.2% in the year, the ONS said.",
        "!CONTRADICTED",
    ),
]


#: From held-out-17 and held-out-18, read once their blind scores were recorded.
LAST_BLIND_SETS_CASES = [
    # "compared with" gives a change's start, as "from" does; swapped ends still differ.
    (
        "The adult social care budget will grow from £171 million to £187 million.",
        "Spending on adult social care will rise to £187 million, compared with £171 million this year.",
        "!CONTRADICTED",
    ),
    (
        "Ambulance handover times improved from 52 minutes in September to 47 minutes in October.",
        "Ambulances waited an average of 47 minutes to hand over patients in October, compared with 52 minutes in September.",
        "!CONTRADICTED",
    ),
    (
        "Ambulance handover times went from 47 minutes in September to 52 minutes in October.",
        "Ambulances waited an average of 47 minutes to hand over patients in October, compared with 52 minutes in September.",
        "CONTRADICTED",
    ),
    # "Lord Mayor of Bristol Helen Darby" is Helen Darby; many are councillors.
    (
        "Lord Mayor of Bristol Helen Darby said flags at City Hall would fly at half-mast on Friday.",
        "The Lord Mayor of Bristol, Councillor Helen Darby, said flags at City Hall would fly at half-mast on Friday.",
        "SUPPORTED",
    ),
    (
        "Councillor Rashid Hussain, who chairs the planning committee, backed the scheme.",
        "Councillor Fiona Grant voted against the scheme, and the planning committee backed it by six votes to three.",
        "!CONTRADICTED",
    ),
]


@pytest.mark.parametrize(
    ("claim", "text", "expected"),
    ONE_OF_A_SET_OR_A_WAY
    + REVIEW_OF_THE_SET_CASES
    + SECOND_REVIEW_OF_THE_SET_CASES
    + THIRD_REVIEW_OF_THE_SET_CASES
    + FOURTH_REVIEW_OF_THE_SET_CASES
    + FIFTH_REVIEW_OF_THE_SET_CASES
    + LAST_BLIND_SETS_CASES,
)
def test_one_of_a_set_and_which_way_things_went(claim, text, expected):
    """ "!X" means anything but X."""
    _judged_as(claim, text, expected)


def test_thrown_out_refuses():
    text = "The council voted 7-2 on Monday to approve plans for 450 homes in Tellbury."
    claim = "Plans for 450 homes in Tellbury were thrown out by the council in a 7-2 vote."
    _expect(_judged(claim, text), Label.CONTRADICTED, "direction")


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        ("Women's unemployment rose 2% last year.", "Men's unemployment rose 2% last year."),
        ("The summer festival was cancelled.", '"Winter festival was cancelled," organisers said.'),
    ],
)
def test_another_of_the_set_says_another_thing(claim, text):
    """A value of the set among the claim's first words says which thing it is about: a
    passage about another one neither supports nor contradicts it."""
    result = _judged(claim, text)
    assert result.label == Label.NOT_ENOUGH_EVIDENCE, result.reasons


#: A claim's value, place or name said in the paragraph, and another in the sentence that is
#: not its rival: a place inside the claim's, one more of a kind, a "by" with many holders.
NO_RIVAL_IN_CONTEXT = [
    (
        "The singer was born in Texas.",
        "The singer was born in Houston and raised in Dallas.",
        "The singer grew up in Texas. ",
    ),
    (
        "The fire started in a flat in Bristol.",
        "The fire started in a flat in Clifton, fire crews said.",
        "Firefighters were called to a house in Bristol on Monday. ",
    ),
    # One more of the kind, or a value the paragraph gives the claim: no rival.
    (
        "Two men were arrested on suspicion of murder.",
        "Two women were also arrested on suspicion of murder.",
        "Two men were arrested on suspicion of murder on Friday. ",
    ),
    (
        "A yellow warning for snow is in place across Scotland.",
        "An amber warning for snow is also in place across Scotland's higher ground.",
        "A yellow warning for snow is in place across Scotland until Friday. ",
    ),
    (
        "The film was funded by the BFI.",
        "The film was also funded by Film4.",
        "The film was funded by the BFI and took three years to make. ",
    ),
    (
        "The appeal was heard by Lord Justice Singh.",
        "The appeal was heard by Mrs Justice Cockerill and two other judges.",
        "Lord Justice Singh sat on the panel. ",
    ),
    (
        "The bill was backed by Labour.",
        "The bill was backed by the Liberal Democrats and the SNP, but opposed by the Conservatives.",
        "Labour MPs voted for the bill at second reading. ",
    ),
]


@pytest.mark.parametrize(("claim", "text", "context"), NO_RIVAL_IN_CONTEXT)
def test_no_rival_in_its_paragraph(claim, text, context):
    assert _judged(claim, text, context=context + text).label != Label.CONTRADICTED


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # forms a suffix-stripper alone misses: "asked" / "asking"
        # a rate held steady is no rise or fall, but not one steady since a later date
        ("Inflation fell to 3.1% in May.", "Inflation held steady at 3.1% in May.", "CONTRADICTED"),
        (
            "Unemployment rose to 4.2%.",
            "The unemployment rate was stable at 4.2 per cent.",
            "CONTRADICTED",
        ),
        # ... but a flat is a home
        (
            "The price rose to £250,000.",
            "The price was £250,000 for a flat on the seafront.",
            "!CONTRADICTED",
        ),
        # a rank with no noun after it, found by the word before it
        ("Lall finished second.", "Lall finished third.", "CONTRADICTED"),
        (
            "The team finished fourth in the league.",
            "The team finished sixth in the league.",
            "CONTRADICTED",
        ),
        ("Haaland scored in the first half.", "Haaland scored his second goal.", "!CONTRADICTED"),
        # the side a vote was cast on
        (
            "The council voted against the plan.",
            "The council voted in favour of the plan.",
            "CONTRADICTED",
        ),
        (
            "The union voted against strike action.",
            "Union members voted for strike action.",
            "CONTRADICTED",
        ),
        (
            "Shareholders voted against the pay deal.",
            "Shareholders rejected the pay deal.",
            "SUPPORTED",
        ),
        (
            "Residents voted for the first time in the new ward.",
            "Residents voted for the first time in the new ward on Thursday.",
            "SUPPORTED",
        ),
        # one meaning in other words, and a refusal of another thing
        (
            "The company refused to pay compensation.",
            "The company declined to comment on the compensation claims.",
            "!SUPPORTED",
        ),
        ("Sales declined.", "The company declined to comment on its sales figures.", "!SUPPORTED"),
        # the side a vote was cast on is no outcome; a win hoped for is no win
        (
            "The bill was approved.",
            "Twelve Conservative MPs voted against the bill.",
            "!CONTRADICTED",
        ),
        (
            "England beat Scotland at Twickenham.",
            "Scotland's hopes of a first win over England since 2021 ended at Twickenham.",
            "!CONTRADICTED",
        ),
        # comparatives before a noun still compare amounts
        (
            "Women make up a smaller share of the workforce than in 2000.",
            "Women now make up a bigger share of the workforce than in 2000.",
            "CONTRADICTED",
        ),
        (
            "The council set a lower tax rate.",
            "The council set a higher tax rate this year.",
            "CONTRADICTED",
        ),
        # open ranges from zero, and sums of money written otherwise
        ("Fewer than 50 people applied.", "Fewer than 100 people applied.", "!SUPPORTED"),
        ("No one was injured in the blaze.", "Nobody was hurt in the blaze.", "SUPPORTED"),
        ("Two people were injured in the fire.", "Nobody was hurt in the fire.", "CONTRADICTED"),
        (
            "The deal is worth €3bn.",
            "The deal is worth EUR 3bn, the company said.",
            "!CONTRADICTED",
        ),
        (
            "The firm raised £3bn.",
            "The firm raised 3bn through the share sale, it said.",
            "SUPPORTED",
        ),
        # a sum of money is no span of time, and one open range does not say another
        ("The exhibition ran for 12 weeks.", "Tickets to the exhibition cost £12.", "!SUPPORTED"),
        (
            "Dr Wells has studied curlews on Hollinmoor for more than 20 years.",
            "Dr Wells has studied curlews on Hollinmoor for over five years.",
            "!SUPPORTED",
        ),
        (
            "Dr Wells has studied curlews on Hollinmoor for more than 20 years.",
            "Dr Wells has studied curlews on Hollinmoor for more than 25 years.",
            "SUPPORTED",
        ),
    ],
)
def test_from_plain_probes(claim, text, label):
    _judged_as(claim, text, label)


def test_one_word_in_common_needs_a_passage_very_like_the_claim():
    # (the model's similarities for these pairs: 0.61 and 0.82)
    unlike = _judged("The mayor resigned.", "The mayor declined to comment.", similarity=0.61)
    assert unlike.label == Label.NOT_ENOUGH_EVIDENCE
    alike = _judged("The minister quit.", "The minister resigned on Tuesday.", similarity=0.82)
    assert alike.label == Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # the one beaten in "a 2-1 win over X"
        (
            "Kilbride Athletic beat Dunmore Rovers 2-1 at Glenview Park.",
            "A header from Kwame Mensah secured Dunmore Rovers a 2-1 win over Kilbride Athletic.",
            "CONTRADICTED",
        ),
        (
            "Dunmore Rovers beat Kilbride Athletic 2-1.",
            "A header from Kwame Mensah secured Dunmore Rovers a 2-1 win over Kilbride Athletic.",
            "SUPPORTED",
        ),
        # a value held where it was is no rise
        (
            "Harwell Foods raised its interim dividend to 4.1p a share.",
            "Harwell Foods held its interim dividend at 4.1p a share.",
            "CONTRADICTED",
        ),
        (
            "Harwell Foods kept its interim dividend at 4.1p a share.",
            "Harwell Foods held its interim dividend at 4.1p a share.",
            "SUPPORTED",
        ),
        # above or below an average with no number before the word
        (
            "Attendance at Millbrook Academy was above the national average of 91.5%.",
            "Attendance at Millbrook Academy stood at 89.2%, below the national average of 91.5%.",
            "CONTRADICTED",
        ),
        # a comparative that names a thing compares no amounts
        (
            "About 260 jobs will be lost when Harwell shuts its Wakefield bakery.",
            "Harwell will shut its Wakefield bakery with the loss of about 260 jobs and move "
            "production to its larger site.",
            "SUPPORTED",
        ),
        (
            "Harrowgate play in a higher division than Dunmere.",
            "Harrowgate play one division below Dunmere.",
            "CONTRADICTED",
        ),
    ],
)
def test_from_held_out_21_and_22(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # the claim's value counting other things, where the claim's things have a number
        (
            "The bushfire on the NSW far south coast destroyed 30 homes.",
            "A fast-moving bushfire destroyed 14 homes and damaged at least 30 other structures "
            "on the NSW far south coast on Tuesday, forcing the evacuation of about 2,300 "
            "residents from the towns of Kalaru and Wolumla.",
            "CONTRADICTED",
        ),
        (
            "The bushfire destroyed 14 homes.",
            "A bushfire destroyed 14 homes and damaged at least 30 other structures on Tuesday.",
            "SUPPORTED",
        ),
        (
            "Calado scored 27 league goals in 34 games last season.",
            "Calado, 24, scored 27 goals in 34 league games last season.",
            "SUPPORTED",
        ),
        # a fraction written with a hyphen before a noun
        (
            "Judge Whitfield gave Loxley a one-third reduction in his sentence for his guilty plea.",
            "Judge Whitfield gave Loxley a 25% reduction for his guilty plea.",
            "CONTRADICTED",
        ),
    ],
)
def test_from_held_out_23_and_24(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # an outcome turned into its opposite, in the claim's place
        ("The patient survived.", "The patient died in hospital.", "CONTRADICTED"),
        ("The deal was completed in March.", "The deal collapsed in March.", "CONTRADICTED"),
        (
            "Ashcombe won the toss.",
            "Put in to bat after losing the toss, Ashcombe posted 268 for 6.",
            "CONTRADICTED",
        ),
        ("Labour kept the seat.", "Labour held the seat.", "SUPPORTED"),
        # ... not where it names the winner, or is said of another
        ("Smith won the final.", "Jones lost the final to Smith.", "!CONTRADICTED"),
        ("Labour held the seat.", "Labour held the seat it lost in 2019.", "SUPPORTED"),
    ],
)
def test_outcomes_turned_over(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # a place or an outlet after "said" or "told" is no speaker
        (
            'Sadiq Khan said the budget was "a missed opportunity".',
            'Sadiq Khan criticised the budget. "It is a missed opportunity," he said at City Hall.',
            "!CONTRADICTED",
        ),
        (
            'Ann Smith said it was "time for someone new".',
            'Ann Smith is standing down. "It is time for someone new," she told the BBC.',
            "!CONTRADICTED",
        ),
        # the name opening the next sentence did not say the quotation before it
        (
            'Brown said the plan was "a disgrace".',
            '"This plan," said Brown, "is a disgrace." Ann Green said she supported it.',
            "!CONTRADICTED",
        ),
        # another count of the claim's things, by another verb, is no rival
        (
            "The crash injured 12 people.",
            "The crash injured 12 passengers, and 2 people were taken to hospital.",
            "!CONTRADICTED",
        ),
        # the passage's only number, said of something else
        (
            "Turnout was 65% in the by-election.",
            "Turnout in the by-election was up 5% on the general election.",
            "!CONTRADICTED",
        ),
        # votes cast for a while, or by others
        (
            "Members voted against the merger.",
            "Members voted for hours before rejecting the merger.",
            "!CONTRADICTED",
        ),
        (
            "The council voted against the plan.",
            "The council voted for the plan, although the mayor voted against it.",
            "CONTRADICTED",
        ),
        # a share quoted in words the passage writes with a sign
        (
            'The firm said profits rose "by 12 per cent".',
            "The firm said profits rose by 12% in the first half of the year.",
            "SUPPORTED",
        ),
        # "lost seats" is not "no seats"
        (
            "The party has no seats in Wales.",
            "The party lost seats in Wales at the election.",
            "!SUPPORTED",
        ),
        # winning voters over is no win; a first win is one
        (
            "Labour beat the Greens.",
            "The Greens tried to win over Labour voters in the city.",
            "!CONTRADICTED",
        ),
        (
            "Leeds beat Hull.",
            "Hull claimed their first win over Leeds in a decade.",
            "CONTRADICTED",
        ),
    ],
)
def test_from_the_second_review_of_this_round(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # outcomes in other senses, and of other things
        (
            "The team lost the final.",
            "The team held the final training session on Friday.",
            "!CONTRADICTED",
        ),
        (
            "The stadium was completed in 2010.",
            "The stadium roof collapsed in 2010 during a storm.",
            "!CONTRADICTED",
        ),
        (
            "Rangers lost to Celtic.",
            "Celtic secured a 2-1 win over Rangers at Parkhead on Sunday.",
            "!CONTRADICTED",
        ),
        ("Rovers lost the derby 2-1.", "Rovers won the derby 2-1 on Saturday.", "CONTRADICTED"),
        (
            "Jones was elected.",
            "Jones was defeated by 300 votes in the Riverside ward.",
            "CONTRADICTED",
        ),
        # a question answered in the passage, or asked by someone, is no mere question
        (
            "The council broke the law.",
            "Did the council break the law? Yes, the council broke the law, the ombudsman ruled.",
            "SUPPORTED",
        ),
        # a speaker after a role, whatever the verb of speech
        (
            "Ann Green warned that prices would rise.",
            "Prices will rise sharply, warned chief economist Tom Brown.",
            "CONTRADICTED",
        ),
        # the only number, where both end their sentences
        ("Turnout was 45%.", "Turnout was 52 per cent, the highest since 1992.", "CONTRADICTED"),
        (
            "The council raised council tax by 5%.",
            "The council raised council tax after its budget was cut by 10%.",
            "!CONTRADICTED",
        ),
        # the thing voted on may hold a number or an ordinal
        (
            "MPs voted against the third runway.",
            "MPs voted for the third runway at Heathrow.",
            "CONTRADICTED",
        ),
        (
            "Nurses voted against a two-year pay deal.",
            "Nurses voted for a two-year pay deal.",
            "CONTRADICTED",
        ),
    ],
)
def test_from_the_third_review_of_this_round(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # a title with a full stop is part of the speaker's name
        (
            'Ann Green said the ruling was "a travesty".',
            'Tom Brown welcomed the ruling. "It is a travesty," said Dr. Ann Green.',
            "SUPPORTED",
        ),
        (
            'Tom Brown said the ruling was "a travesty".',
            'Tom Brown welcomed the ruling. "It is a travesty," said Dr. Ann Green.',
            "CONTRADICTED",
        ),
        # an age is no span of time, and a count of other things no rival
        (
            "The man, 45, was jailed.",
            "The man was jailed for 6 years at Leeds Crown Court.",
            "!CONTRADICTED",
        ),
        (
            "The festival attracted 50,000 visitors.",
            "The festival attracted visitors from 30 countries.",
            "!CONTRADICTED",
        ),
        (
            "The festival attracted 50,000 visitors.",
            "The festival attracted 40,000 visitors.",
            "CONTRADICTED",
        ),
    ],
)
def test_titles_ages_and_other_counts(claim, text, label):
    _judged_as(claim, text, label)


def test_a_question_asks_whether_and_states_nothing():
    asked = _judged(
        "Polar bear populations are increasing.",
        '"Ask the experts: Are polar bear populations increasing?".',
    )
    assert asked.label == Label.NOT_ENOUGH_EVIDENCE
    assert "only asks whether" in asked.reasons[0]
    # ... unless it takes the claim as known
    known = _judged(
        "More CO2 is causing warming.", '"How do we know more CO2 is causing warming?".'
    )
    assert known.label == Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # a sentence with every other word of the claim and one number of its measure
        (
            "The vaccine was 70% effective.",
            "The vaccine was found to be 90 per cent effective in the trial.",
            "CONTRADICTED",
        ),
        (
            "The MP was suspended for ten days.",
            "The MP was suspended from the Commons for five sitting days.",
            "CONTRADICTED",
        ),
        (
            "The vaccine was 90% effective.",
            "The vaccine was found to be 90 per cent effective in the trial.",
            "SUPPORTED",
        ),
        # a quotation is supported only by its own words, and is the speaker's who said them
        (
            'Brown said the decision was "a triumph".',
            '"This decision is a disgrace," said Brown.',
            "!SUPPORTED",
        ),
        (
            'Green said the decision was "a disgrace".',
            '"This decision is a disgrace," said Brown, while Green called it "overdue".',
            "CONTRADICTED",
        ),
        (
            'Brown said the decision was "a disgrace".',
            '"This decision is a disgrace," said Brown, while Green called it "overdue".',
            "SUPPORTED",
        ),
        # ... said by one named after a role ("said developer Tom Brown")
        (
            'Ann Green said the decision was "a disgrace".',
            '"This decision is a disgrace," said developer Tom Brown, while committee chair Ann '
            'Green called it "overdue".',
            "CONTRADICTED",
        ),
        (
            'Tom Brown said the decision was "a disgrace".',
            '"This decision is a disgrace," said developer Tom Brown, while committee chair Ann '
            'Green called it "overdue".',
            "SUPPORTED",
        ),
        # a thing lost is a thing without
        (
            "The storm left 40,000 homes without power.",
            "About 40,000 homes lost power during the storm.",
            "!CONTRADICTED",
        ),
    ],
)
def test_from_probes_of_quotes_and_numbers(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # a lack of a thing is no evidence of it ...
        (
            "The inquiry found no evidence of fraud.",
            "The judge said there was a lack of evidence of fraud.",
            "!CONTRADICTED",
        ),
        (
            "Investigators found no evidence of wrongdoing by the firm.",
            "The inquiry cleared the firm, lacking any evidence of wrongdoing by the firm.",
            "!CONTRADICTED",
        ),
        # ... but a thing lost is not a thing there never was
        (
            "The party has no seats on the council.",
            "The party lost seats on the council.",
            "!SUPPORTED",
        ),
        # "little or no" allows a little
        (
            "Satellite data show only slight warming above the surface.",
            "Satellite data showed little or no warming above the surface.",
            "!CONTRADICTED",
        ),
        (
            "Satellite data show warming above the surface.",
            "Satellite data showed little or no warming above the surface.",
            "CONTRADICTED",
        ),
        # "ruled out" negates what follows it ...
        (
            "Moriarty said a new surgical wing would be built before 2030.",
            "Declan Moriarty announced an extra €25 million for the hospital but ruled out "
            "building a new surgical wing before 2030.",
            "CONTRADICTED",
        ),
        (
            "Moriarty ruled out a new surgical wing before 2030.",
            "Health Minister Declan Moriarty ruled out building a new surgical wing before 2030.",
            "SUPPORTED",
        ),
        # ... unless it is itself negated: "did not rule out", "refused to rule out"
        (
            "Pembury ruled out any arrangement with independent councillors.",
            "Council leader Richard Pembury said the party would run the authority as a "
            "minority and did not rule out an informal arrangement with independent councillors.",
            "CONTRADICTED",
        ),
        (
            "Owen Reyes ruled out further price rises.",
            "Chief executive Owen Reyes said costs had squeezed margins, but he refused to rule "
            "out further price rises.",
            "CONTRADICTED",
        ),
        (
            "Owen Reyes refused to rule out further price rises.",
            "Chief executive Owen Reyes said costs had squeezed margins, but he refused to rule "
            "out further price rises.",
            "SUPPORTED",
        ),
        (
            "Brown denied the charge of fraud.",
            "Brown did not deny the charge of fraud.",
            "CONTRADICTED",
        ),
        # a word going the negating verb's way is not the verb ("declined" is no "cut")
        (
            "Tom Ashdown refused to say which services might be cut to make up the savings.",
            "Tom Ashdown declined to say which services could face cuts.",
            "!CONTRADICTED",
        ),
        # "short of" a majority is not one; "stopped short of" did not
        (
            "Labour holds an overall majority on the council.",
            "The result means Labour now holds 40 of the council's 84 seats, short of an "
            "overall majority, while the Greens have 15.",
            "CONTRADICTED",
        ),
        (
            "The report called for his resignation.",
            "The report stopped short of calling for his resignation.",
            "CONTRADICTED",
        ),
        (
            "The report stopped short of calling for his resignation.",
            "The report stopped short of calling for his resignation.",
            "SUPPORTED",
        ),
        # ... but a target missed is a direction, and "action short of a strike" a kind of action
        (
            "Westmarch Police recruited 437 new officers, against a target of 600.",
            "Westmarch Police recruited 437 new officers in the year to March, well short of its "
            "target of 600.",
            "SUPPORTED",
        ),
        (
            "More than nine in ten drivers who voted supported strike action.",
            "Some 91% of those voting backed strike action, and 94% supported action short of a "
            "strike.",
            "SUPPORTED",
        ),
        (
            "The party missed its target of 40 seats.",
            "The party fell short of its target of 40 seats.",
            "SUPPORTED",
        ),
        ("The party reached its target.", "The party fell short of its target.", "CONTRADICTED"),
        (
            "The recovery was a miracle, doctors said.",
            "The recovery was nothing short of a miracle, doctors said.",
            "SUPPORTED",
        ),
        # "come down" and "gone up" are changes ...
        (
            "The cost of the riverside scheme has come down from an original estimate of £31m.",
            "Sillitoe said the cost of the riverside scheme had risen from an original estimate "
            "of £31m.",
            "CONTRADICTED",
        ),
        (
            "Bus fares went up in January.",
            "Bus fares fell in January, the authority said.",
            "CONTRADICTED",
        ),
        (
            "Bus fares went up in January.",
            "Bus fares rose in January, the authority said.",
            "SUPPORTED",
        ),
        # ... but not where another way is said beside them, or a phrase is meant
        (
            "Pre-tax profit went up even though revenue went down.",
            "Pre-tax profit rose 12 per cent to £71.4 million, while revenue fell 3 per cent.",
            "!CONTRADICTED",
        ),
        (
            "The council came up with a plan to cut fares.",
            "The council drew up a plan to cut fares after fares fell.",
            "!CONTRADICTED",
        ),
        # what one chose "rather than" the other
        (
            "Achterberg said the signal failure was caused by faulty equipment rather than cable "
            "theft.",
            "Simon Achterberg said the signal failure had been caused by the theft of copper "
            "cable rather than by an equipment fault.",
            "CONTRADICTED",
        ),
        (
            "Achterberg said the signal failure was caused by cable theft rather than faulty "
            "equipment.",
            "Simon Achterberg said the signal failure had been caused by the theft of copper "
            "cable rather than by an equipment fault.",
            "SUPPORTED",
        ),
        (
            "The council chose to repair the bridge instead of replacing it.",
            "The council chose to replace the bridge instead of repairing it.",
            "CONTRADICTED",
        ),
        (
            "The council chose to repair the bridge rather than replace it.",
            "The council chose to repair the bridge instead of replacing it.",
            "SUPPORTED",
        ),
        # a place said with another verb: "finished second" against "came third"
        (
            "Reform UK's Craig Dobson finished second in the by-election.",
            "Reform UK's Craig Dobson came third with 894 votes, while the Liberal Democrats "
            "polled 402.",
            "CONTRADICTED",
        ),
        (
            "Reform UK's Craig Dobson finished third in the by-election.",
            "Reform UK's Craig Dobson came third with 894 votes, while the Liberal Democrats "
            "polled 402.",
            "SUPPORTED",
        ),
        # an honour turned down is refused
        (
            "Marguerite Okafor accepted a damehood in 2021.",
            "Marguerite Okafor was appointed OBE in 2015 but turned down a damehood in 2021.",
            "CONTRADICTED",
        ),
        (
            "Marguerite Okafor turned down a damehood in 2021.",
            "Marguerite Okafor was appointed OBE in 2015 but turned down a damehood in 2021.",
            "SUPPORTED",
        ),
        # from the review of the round's negations: "ruled out" in other senses ...
        (
            "The patient has a fracture.",
            "Doctors ordered a scan to rule out a fracture.",
            "!CONTRADICTED",
        ),
        (
            "Kane suffered an ankle injury before the final.",
            "Kane has been ruled out of the World Cup final after suffering an ankle injury "
            "before the final.",
            "!CONTRADICTED",
        ),
        (
            "The umpire ruled the ball out of bounds.",
            "The ball was ruled out of bounds by the umpire.",
            "!CONTRADICTED",
        ),
        (
            "New rules ban smoking in cars carrying children.",
            "New rules out this week ban smoking in cars carrying children.",
            "!CONTRADICTED",
        ),
        (
            "The club will sell its star striker in January.",
            "The club declined to rule out selling its star striker in January.",
            "!CONTRADICTED",
        ),
        # ... a negating verb in the passive says it of what comes before it ...
        (
            "Detectives have ruled out a link to the earlier attack.",
            "A link to the earlier attack has been ruled out by detectives.",
            "SUPPORTED",
        ),
        (
            "The council rejected Tesco's application for a superstore.",
            "Tesco's application for a superstore was rejected by the council.",
            "SUPPORTED",
        ),
        ("He was granted bail.", "He was denied bail.", "CONTRADICTED"),
        # ... and a negating verb negated on both sides agrees
        (
            "The minister did not deny the report.",
            "The minister declined to deny the report.",
            "!CONTRADICTED",
        ),
        (
            "The athlete has never failed a drug test.",
            "The athlete has not failed a drug test in her career.",
            "!CONTRADICTED",
        ),
        (
            "The council did little to help.",
            "The council did little or nothing to help.",
            "!CONTRADICTED",
        ),
        ("The clinic was without a doctor.", "The clinic lacked a doctor.", "!CONTRADICTED"),
        (
            "The report called for his resignation.",
            "The report stopped just short of calling for his resignation.",
            "CONTRADICTED",
        ),
        # from the review of the round's changes of direction: an amount goes up or comes
        # down, a thing that moves does not ...
        (
            "The number of empty shops went up last year.",
            "The number of empty shops fell last year, the British Retail Consortium said.",
            "CONTRADICTED",
        ),
        (
            "Ticket prices at the club have gone up for next season.",
            "Ticket prices at the club have been cut for next season.",
            "CONTRADICTED",
        ),
        (
            "The helicopter came down shortly after take-off.",
            "The helicopter climbed steeply shortly after take-off, investigators said.",
            "!CONTRADICTED",
        ),
        (
            "The two climbers came down from the summit on Sunday.",
            "The two climbers climbed to the summit on Sunday.",
            "!CONTRADICTED",
        ),
        (
            "Rescuers resumed the search for the missing walkers as the sun came up.",
            "Rescuers resumed the search for the missing walkers as the temperature dropped.",
            "!CONTRADICTED",
        ),
        (
            "The contest came down to 312 votes after a recount.",
            "The contest was decided by 312 votes after a recount as turnout rose.",
            "!CONTRADICTED",
        ),
        # ... nor hides the one the passage turned: "came down" of a jet is no fall
        (
            "Shares in the airline rose after one of its jets came down in the Atlantic.",
            "Shares in the airline fell after one of its jets came down in the Atlantic.",
            "CONTRADICTED",
        ),
        # "rather than": every choice of the passage, the rest of the claim all there, no question
        (
            "Inflation in March was driven by food rather than energy prices.",
            "In February energy rather than food drove inflation, but in March it was driven by "
            "food rather than energy prices.",
            "!CONTRADICTED",
        ),
        (
            "The company described the stoppage as a pause rather than a halt to production.",
            "The union described the stoppage as a halt to production rather than a pause.",
            "!CONTRADICTED",
        ),
        (
            "Police believe the attack was targeted rather than random.",
            "Police said it was too early to say whether the attack was random rather than "
            "targeted.",
            "!CONTRADICTED",
        ),
        # a place in a race is of the one named before it
        (
            "Kiplagat finished third in Berlin on Sunday.",
            "Kipchoge came first in Berlin on Sunday, and Kiplagat said he was pleased with his "
            "run.",
            "!CONTRADICTED",
        ),
        # a change said with its number before or after the word of change is one change ...
        (
            "Halvorsen's pre-tax profit fell by 13 per cent to $214 million.",
            "Halvorsen Foods reported an 18% fall in annual pre-tax profit to $214 million on "
            "Wednesday, as record cocoa prices pushed up its costs.",
            "CONTRADICTED",
        ),
        (
            "Halvorsen's pre-tax profit fell by 18 per cent to $214 million.",
            "Halvorsen Foods reported an 18% fall in annual pre-tax profit to $214 million on "
            "Wednesday, as record cocoa prices pushed up its costs.",
            "SUPPORTED",
        ),
        # ... but not one said of another thing
        (
            "Curlew numbers in the Fennick Hills have dropped by a third over the past decade.",
            "Lapwing numbers also fell, by 18%, while the number of golden plover pairs rose "
            "slightly.",
            "!CONTRADICTED",
        ),
        # a change's start, where its end is the claim's
        (
            "Labour's majority in Castlebrook and Eddington was cut from 11,482 to 3,217.",
            "Labour retained the Castlebrook and Eddington seat in Thursday's by-election, but "
            "its majority fell from 11,482 at the general election to 2,317, according to "
            "figures declared by the returning officer shortly after 3am on Friday.",
            "CONTRADICTED",
        ),
        # a tally is a score said in words, and the other way round
        (
            "The council approved the plan by five votes to four.",
            "The council voted 5-4 on Monday to approve the plan.",
            "SUPPORTED",
        ),
        (
            "The council approved the plan 5-4.",
            "The council voted by five votes to four on Monday to approve the plan.",
            "SUPPORTED",
        ),
        (
            "The council approved the plan by six votes to four.",
            "The council voted 5-4 on Monday to approve the plan.",
            "CONTRADICTED",
        ),
        (
            "The council approved the plan 6-3.",
            "The council voted by five votes to four on Monday to approve the plan.",
            "CONTRADICTED",
        ),
        # ... but a change to a number is no tally
        (
            "Kovar Motors sales rose 18% to 486,000 vehicles in 2023.",
            "Kovar Motors said its sales rose 18 per cent to 486,000 vehicles in 2023, while "
            "sales in China fell 7 per cent to 58,000 vehicles.",
            "SUPPORTED",
        ),
        # from the review of the round's numbers: a change of another thing of the same owner
        (
            "Ardent Bank's pre-tax profit fell by 13 per cent.",
            "Ardent Bank reported an 18% fall in annual revenue and said profit figures would "
            "follow next month.",
            "!CONTRADICTED",
        ),
        (
            "Halvorsen's operating profit fell by 10 per cent.",
            "Halvorsen Foods reported an 18% fall in annual pre-tax profit, citing higher "
            "ingredient costs.",
            "!CONTRADICTED",
        ),
        # ... and a result of another kind of contest
        (
            "The council approved the stadium plan by six votes to four.",
            "The council approved the stadium plan on the night Rovers won 2-1.",
            "!CONTRADICTED",
        ),
        (
            "Sale lost by 30 points to 10 at Exeter.",
            "Sale beat Bath 24-17, a week after losing 30-10 at Exeter.",
            "SUPPORTED",
        ),
        # from the search for true paraphrases left unsupported: a number's own words ...
        (
            "The volunteers in the study were tracked for a year and a half.",
            "The volunteers in the study were tracked for 18 months.",
            "SUPPORTED",
        ),
        (
            "Add-ons could push the fee up to 45 million pounds.",
            "Add-ons could push the fee up to £45 million.",
            "SUPPORTED",
        ),
        # ... (but not a word after "was", which may be all the claim adds)
        (
            "Two men were wrongly convicted of three counts of fraud.",
            "Two men were convicted of three counts of fraud at Leeds Crown Court.",
            "!SUPPORTED",
        ),
        # ... "fallen behind" compares, it does not fall ...
        (
            "The drivers' union is demanding a seven per cent pay rise.",
            "The union is seeking 7%, saying drivers' pay has fallen behind that of "
            "neighbouring operators.",
            "!CONTRADICTED",
        ),
        # ... a unit against its number, a decade ...
        (
            "About two million homes lost power.",
            "About 2m homes lost power after the storm.",
            "SUPPORTED",
        ),
        ("The bridge is 1.2km long.", "The bridge is 1,200 metres long.", "!CONTRADICTED"),
        (
            "The firm was founded in the 1980s.",
            "The firm was founded in 1987 by two brothers.",
            "SUPPORTED",
        ),
        (
            "The firm was founded in the 1990s.",
            "The firm was founded in 1987 by two brothers.",
            "CONTRADICTED",
        ),
        (
            "The firm was founded in 1987.",
            "The firm was founded in the 1980s by two brothers.",
            "!SUPPORTED",
        ),
        # ... a one-word name that is a word of the longer one, not its rival (but no name
        # cut short: "Fed" may be the Federal Court, "Man Utd" Maidstone United) ...
        (
            "Dunmore said it would cut 300 jobs.",
            "Carmaker Dunmore Motors said it would cut 300 jobs at its Coventry plant.",
            "SUPPORTED",
        ),
        (
            "The Fed ruled against the merger.",
            "The Federal Court ruled against the merger.",
            "!SUPPORTED",
        ),
        ("Man Utd won 3-1 on Saturday.", "Maidstone United won 3-1 on Saturday.", "!SUPPORTED"),
        (
            "Sea ice in the Arctic has declined over the past decade.",
            "Sea ice in the Antarctic has increased over the past decade.",
            "!SUPPORTED",
        ),
        # ... and "..., ministers confirmed" reports, it assents to nothing
        (
            "The government will ban smoking in cars carrying children.",
            "The government will prohibit smoking in cars carrying children, ministers confirmed.",
            "SUPPORTED",
        ),
        (
            "Investigators confirmed that the operator had missed an inspection.",
            "Investigators refused to confirm that the operator had missed an inspection.",
            "CONTRADICTED",
        ),
        (
            "The council approved more than 1,000 homes.",
            "The council approved 1,200 new homes.",
            "SUPPORTED",
        ),
        (
            "The mill closed in the late 1980s.",
            "The mill closed in 1981, with 300 jobs lost.",
            "CONTRADICTED",
        ),
        (
            "The mill closed in the late 1980s.",
            "The mill closed in 1988, with 300 jobs lost.",
            "SUPPORTED",
        ),
        # "people" counts one group of them, not two ...
        (
            "More than 200 people were evacuated.",
            "Emergency services evacuated 214 residents from homes along the river.",
            "SUPPORTED",
        ),
        (
            "Fewer than 150 people were on board.",
            "The ferry carried 148 passengers and six crew.",
            "!SUPPORTED",
        ),
        (
            "Around 200 patients were evacuated.",
            "Some 214 people were evacuated from the hospital.",
            "!SUPPORTED",
        ),
        # ... "not unable" is able, and a negation in a relative clause ends with it
        (
            "The airline was unable to pay its staff.",
            "Contrary to reports, the airline was not unable to pay its staff.",
            "!SUPPORTED",
        ),
        (
            "Fans watched the match on big screens.",
            "Fans who were unable to get tickets watched the match on big screens in the city "
            "centre.",
            "SUPPORTED",
        ),
        ("The minister was not able to attend.", "The minister was unable to attend.", "SUPPORTED"),
        # a claim of what "would" happen needs a passage that says what is to come ("would
        # not" refuses, as "refused to" does)
        (
            "Okonedo said council tax would rise next year.",
            "Pre-tax profits at the council's housing company rose from £2m to £3m in the year "
            "to March, Okonedo said.",
            "!SUPPORTED",
        ),
        (
            "Gareth Pimlott would not rule out further flooding from surface water.",
            "The agency's area director, Gareth Pimlott, said the defences were designed to "
            "withstand a one-in-200-year flood, but he refused to rule out further flooding from "
            "surface water.",
            "SUPPORTED",
        ),
        # a tally quoted whole in the reason
        (
            "The council approved the budget 6-3.",
            "The council approved the budget by five votes to four.",
            "CONTRADICTED",
        ),
        # what "would not be able to run" negates is running
        (
            "Redline Coaches said it would run a reduced timetable during the strike.",
            "Redline Coaches said it would not be able to run any services during the walkout.",
            "!SUPPORTED",
        ),
    ],
)
def test_from_probes_of_the_ninth_round(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text"),
    [
        (
            "The president pledged $2 billion in aid.",
            "President Elena Marquez promised $2 billion in reconstruction aid to the flood-hit "
            "north.",
        ),
        ("The concert was scrapped.", "The concert was cancelled because of the storm."),
        # "backed" assents, as "approved" and "supported" do
        ("Councillors backed the scheme.", "Councillors approved the scheme on Tuesday."),
    ],
)
def test_words_news_copy_swaps_for_one_another(claim, text):
    """With the similarity the encoder gives such pairs (about 0.55), only the words found
    say the claim is stated: "pledged" is "promised", "scrapped" is "cancelled", "backed" is
    "approved"."""
    assert _judged(claim, text, similarity=0.55).label == Label.SUPPORTED


def test_a_tally_is_quoted_whole_in_the_reason():
    result = _judged(
        "The council approved the budget 6-3.",
        "The council approved the budget by five votes to four after a three-hour meeting.",
    )
    _expect(result, Label.CONTRADICTED, "score 6-3 ≠ five votes to four")


def test_a_verb_not_negated_is_no_count_of_none():
    """ "We do not need political prisoners" says nothing of how many were freed (the demo
    corpus's sentence gave the reason "quantity 25 ≠ not need political prisoners")."""
    result = _judged(
        "Lukashenko freed 25 prisoners.",
        '"We do not need political prisoners or any other prisoners," Lukashenko was quoted as '
        "saying.",
    )
    assert not any("not need" in r for r in result.reasons), result.reasons


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "lowered", "weakened", "widened", "narrowed" are changes as "cut" and "rose" are
        (
            "The central bank lowered interest rates to 4% on Thursday.",
            "The central bank raised interest rates to 4% on Thursday.",
            "CONTRADICTED",
        ),
        (
            "The central bank lowered interest rates to 4% on Thursday.",
            "The central bank cut interest rates to 4% on Thursday.",
            "SUPPORTED",
        ),
        (
            "The pound weakened against the dollar on Friday.",
            "The pound strengthened against the dollar on Friday.",
            "CONTRADICTED",
        ),
        (
            "The gap between rich and poor widened last year.",
            "The gap between rich and poor narrowed last year.",
            "CONTRADICTED",
        ),
        # ... and "she" cut it, where the claim says who: "an analyst" qualifies nothing
        (
            "An analyst lowered her price target for the shares by 45p.",
            "She cut her price target for the shares from 180p to 135p.",
            "SUPPORTED",
        ),
        # a change the other way is no reason to doubt "unchanged", nor is a count a rival rate
        (
            "Veloria's central bank lowered its benchmark rate to 5.25 percent on Wednesday.",
            "The Central Bank of Veloria left its benchmark interest rate unchanged at 5.25 "
            "percent on Wednesday, pausing a tightening cycle that had seen eight consecutive "
            "increases since February 2022.",
            "CONTRADICTED",
        ),
        # above or below what was expected, and ahead of or short of it
        (
            "Tessaract's revenue forecast for next quarter came in above what analysts had "
            "expected.",
            "However, Tessaract lowered its revenue forecast for the next quarter to between "
            "$4.4 billion and $4.6 billion, below the $5.0 billion analysts had expected.",
            "CONTRADICTED",
        ),
        (
            "Quillon's revenue fell short of forecasts.",
            "Quillon reported revenue of $4.82 billion, ahead of analysts' forecasts of $4.6 "
            "billion.",
            "CONTRADICTED",
        ),
        (
            "Quillon's revenue beat forecasts.",
            "Quillon reported revenue of $4.82 billion, ahead of analysts' forecasts of $4.6 "
            "billion.",
            "SUPPORTED",
        ),
        (
            "The project is running ahead of schedule.",
            "The project is running behind schedule.",
            "CONTRADICTED",
        ),
        # "the University of Bern" is another university than "Utrecht University"; "Anita
        # Patel of Imperial College" is still Dr Patel
        (
            "The Corbassière study was led by researchers at Utrecht University.",
            "The study, led by researchers at the University of Bern, analysed 12 ice cores "
            "drilled from the Corbassière glacier.",
            "!SUPPORTED",
        ),
        (
            "Dr Patel led the study.",
            "The study, led by Professor Anita Patel of Imperial College London, was published "
            "in the Lancet on Wednesday.",
            "SUPPORTED",
        ),
        # done, against only to come ("is cutting" and "starts next year" are plans)
        (
            "Governor Elaine Marsh has signed the rent cap bill into law.",
            "The bill now goes to Governor Elaine Marsh, who is expected to sign the rent cap "
            "bill into law within fourteen days.",
            "NOT ENOUGH EVIDENCE",
        ),
        (
            "The council approved the plan.",
            "The council will approve the plan next week.",
            "NOT ENOUGH EVIDENCE",
        ),
        (
            "The ban starts next year.",
            "The government said that the ban would start in 2024.",
            "SUPPORTED",
        ),
    ],
)
def test_from_the_blind_sets_of_the_tenth_round(claim, text, label):
    _judged_as(claim, text, label)


def test_a_verb_only_to_come_says_so():
    result = _judged(
        "The council approved the plan.", "The council is expected to approve the plan."
    )
    _expect(result, Label.NOT_ENOUGH_EVIDENCE, "closest passage")
    assert any("approved (there only expected to approve)" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        (
            "Eastfield now ranks fourth of the state's 62 districts for reading proficiency.",
            "Eastfield, which serves about 48,000 students, ranked 14th out of 62 districts in the "
            "state for overall reading proficiency, up from 31st last year.",
            "CONTRADICTED",
        ),
        (
            "Eastfield ranked 14th of the state's 62 districts for reading.",
            "Eastfield ranked fourteenth out of 62 districts in the state for reading.",
            "SUPPORTED",
        ),
        (
            "Eastfield ranked fourteenth of the state's 62 districts for reading.",
            "Eastfield ranked 14th out of 62 districts in the state for reading.",
            "SUPPORTED",
        ),
        (
            "Harris finished fifth in the race.",
            "Harris finished 5th in the race, behind Lopez.",
            "SUPPORTED",
        ),
        (
            "It was the club's 3rd win of the season.",
            "It was the club's third win of the season.",
            "SUPPORTED",
        ),
        (
            "Danny Oduya struck the winning goal in the 89th minute.",
            "Danny Oduya struck the winning goal in the 78th minute.",
            "CONTRADICTED",
        ),
    ],
)
def test_a_rank_in_digits_is_the_rank_in_words(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # found by a review of this round's rules, and kept right
        (
            "The Spanish King opened the conference.",
            "The King of Spain opened the conference on Monday.",
            "SUPPORTED",
        ),
        (
            "The government increased the minimum wage.",
            "The government raised the minimum wage to £12 and will increase it again next year.",
            "SUPPORTED",
        ),
        (
            "Rescuers reached the village by boat.",
            "Rescuers could reach the village only by boat.",
            "SUPPORTED",
        ),
        (
            "The match was postponed after the pitch flooded.",
            "The match was postponed due to flooding on the pitch.",
            "SUPPORTED",
        ),
        (
            "The study found smokers developed lung cancer at higher rates.",
            "The study found smokers were three times more likely to develop lung cancer.",
            "SUPPORTED",
        ),
        (
            "The company has closed the plant.",
            "The company said it would close the plant next year.",
            "NOT ENOUGH EVIDENCE",
        ),
        # a part with "it" for its subject has the claim's subject too
        (
            "The company cut its full-year profit forecast.",
            "The company's sales rose 4% in the first half, but it cut its full-year profit "
            "forecast.",
            "SUPPORTED",
        ),
        # one currency rising against another is the other falling against it
        (
            "The yen weakened against the dollar on Tuesday.",
            "The dollar rose against the yen on Tuesday.",
            "SUPPORTED",
        ),
        (
            "The pound rose against the dollar.",
            "The pound fell against the dollar.",
            "CONTRADICTED",
        ),
    ],
)
def test_guards_of_the_tenth_round(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # names said with "'s" on the wrong sides of a verb of doing more than another
        (
            "Ferreira's campaign outspent Whitcombe's in the mayoral race.",
            "Whitcombe's campaign had outspent Ferreira's by nearly three to one.",
            "CONTRADICTED",
        ),
        (
            "Whitcombe outspent Ferreira in the mayoral race.",
            "Whitcombe outspent Ferreira by nearly three to one in the mayoral race.",
            "SUPPORTED",
        ),
        (
            "Apple outsold Samsung in the quarter.",
            "Samsung outsold Apple in the quarter.",
            "CONTRADICTED",
        ),
        # praise against criticism ("criticised ... to the riot" names no other side), and
        # the prosecution against the defence
        (
            "The mayor praised the police response.",
            "The mayor criticised the police response to the riot.",
            "CONTRADICTED",
        ),
        (
            "The mayor praised the police response.",
            "The mayor praised the police response to the riot.",
            "SUPPORTED",
        ),
        (
            "Moreau testified for the defence.",
            "Moreau testified for the prosecution.",
            "CONTRADICTED",
        ),
    ],
)
def test_sides_and_judgements_of_the_tenth_round(claim, text, label):
    _judged_as(claim, text, label)


def test_a_claim_whose_facts_are_all_found_is_not_contradicted_by_the_negation_probe():
    """Two facts found (an age and a place) outweigh a passage a little nearer to the claim
    negated than to the claim; one fact does not."""
    claim = "A 67-year-old man was killed when a tree came down on his car near Machynlleth."
    text = "A 67-year-old man died when a tree fell on his car on the A487 near Machynlleth."
    result = _judged(claim, text, similarity=0.54, negated_similarity=0.55)
    assert result.label != Label.CONTRADICTED, result.reasons
    one = "A man was killed when a tree came down on his car near Machynlleth."
    result = _judged(one, text, similarity=0.54, negated_similarity=0.55)
    assert result.label == Label.CONTRADICTED, result.reasons


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "all nine" against a part of the nine
        (
            "All nine members of the monetary policy committee backed Thursday's rate cut.",
            "Six of the nine members of the monetary policy committee voted for the cut, while "
            "three preferred to keep the rate on hold.",
            "CONTRADICTED",
        ),
        (
            "Six of the nine members backed the cut.",
            "Six of the nine members of the committee voted for the cut.",
            "SUPPORTED",
        ),
        (
            "All nine members backed the cut.",
            "All nine members of the committee voted for the cut.",
            "SUPPORTED",
        ),
        # left and right are a pair of which a thing has one
        (
            "The lorry was turning right into Stourbridge Road.",
            "The lorry was turning left into Stourbridge Road.",
            "CONTRADICTED",
        ),
        ("He injured his right leg.", "He injured his right leg in the fall.", "SUPPORTED"),
        (
            "The company said it had left the index.",
            "The company said it had left the index, and had the right to rejoin.",
            "SUPPORTED",
        ),
        # above or below inflation
        (
            "Pritchard called the rise above inflation.",
            "Pritchard said the rise was below inflation.",
            "CONTRADICTED",
        ),
    ],
)
def test_what_the_negation_probe_had_found_for_such_claims(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # stopped changing, against going one way
        (
            "Surface temperatures on Earth have stabilized.",
            "Surface temperatures on Earth are rising by about 0.2 °C per decade.",
            "CONTRADICTED",
        ),
        ("Prices were unchanged in March.", "Prices rose 0.3% in March.", "CONTRADICTED"),
        (
            "Unemployment was stable in the second quarter.",
            "Unemployment fell in the second quarter.",
            "CONTRADICTED",
        ),
        (
            "Prices were unchanged in March.",
            "Prices were unchanged in March after rising in February.",
            "SUPPORTED",
        ),
        (
            "The Reserve Bank of Lindmark left its key interest rate unchanged at 4.25%.",
            "The Reserve Bank of Lindmark held its benchmark interest rate at 4.25% on Thursday "
            "after inflation rose from 2.9% in March to 3.4% in April.",
            "!CONTRADICTED",
        ),
        # what held over the past 50 years held over the past 30, not the other way round
        (
            "Arctic sea ice has been retreating over the past 30 years.",
            "Arctic sea ice has been retreating over the past 50 years.",
            "!CONTRADICTED",
        ),
        (
            "Arctic sea ice has been retreating over the past 50 years.",
            "Arctic sea ice has been retreating over the past 30 years.",
            "CONTRADICTED",
        ),
        (
            "Graham Tolley was jailed for three years.",
            "Graham Tolley was jailed for five years.",
            "CONTRADICTED",
        ),
    ],
)
def test_changes_stopped_and_spans_looked_back_over(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # found by a second review, and kept right
        (
            "Liverpool are 3rd in the league.",
            "Liverpool have won only a third of their league games.",
            "!SUPPORTED",
        ),
        (
            "Hamilton qualified 2nd in Monaco.",
            "Hamilton was a second slower than pole-sitter Leclerc in Monaco.",
            "!SUPPORTED",
        ),
        (
            "Governor Marsh signed the bill.",
            "Governor Marsh, who was re-elected in May, is expected to sign the bill.",
            "NOT ENOUGH EVIDENCE",
        ),
        (
            "The council approved the plan.",
            "The council is due to approve the plan next week.",
            "NOT ENOUGH EVIDENCE",
        ),
        (
            "Exports rose in March.",
            "Exports fell in March, although they rose in April.",
            "CONTRADICTED",
        ),
        (
            "The pound rose against the dollar on Monday.",
            "The pound fell against the euro on Monday and fell against the dollar.",
            "CONTRADICTED",
        ),
        (
            "The coach praised his players.",
            "The coach did not criticise his players.",
            "!CONTRADICTED",
        ),
        (
            "The minister praised the police response.",
            "The minister rejected claims that she had criticised the police response.",
            "!CONTRADICTED",
        ),
        (
            "The review praised the software team.",
            "The review found a fault in the software.",
            "!CONTRADICTED",
        ),
        (
            "All five suspects appeared in court.",
            "Three of the five suspects appeared in court on Monday, and the other two on Tuesday.",
            "!CONTRADICTED",
        ),
        (
            "All 300 workers received a pay rise.",
            "100% of the 300 workers received a pay rise.",
            "!CONTRADICTED",
        ),
    ],
)
def test_guards_from_a_second_review(claim, text, label):
    _judged_as(claim, text, label)


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # a claim that something is not so, against a passage that states it as a fact
        (
            "Sea level rise predictions are exaggerated.",
            "Climate change simulations predicted that sea level rise would accelerate, and it has.",
            "CONTRADICTED",
        ),
        (
            "The claim that the bridge was unsafe was unfounded.",
            "Engineers found that the bridge was unsafe and closed it.",
            "CONTRADICTED",
        ),
        (
            "The theory that the fire was started deliberately has been debunked.",
            "Investigators concluded that the fire was started deliberately.",
            "CONTRADICTED",
        ),
        (
            "Fears of a housing shortage in Marlow are overstated.",
            "Marlow faces a severe housing shortage, with 2,000 families on the waiting list.",
            "CONTRADICTED",
        ),
        # ... which only reports it, or negates it, or says it is so
        (
            "The claim that the bridge was unsafe was unfounded.",
            "The council said the bridge was unsafe and closed it.",
            "NOT ENOUGH EVIDENCE",
        ),
        (
            "Fears of a housing shortage in Marlow are overstated.",
            "Marlow does not face a housing shortage, the council said.",
            "!CONTRADICTED",
        ),
        (
            "The council's forecast of 300 job losses was exaggerated.",
            "Only 120 jobs were lost, far fewer than the council's forecast of 300 job losses, "
            "which proved exaggerated.",
            "SUPPORTED",
        ),
        # "found errors in" is "flawed"
        (
            "Lindzen and Choi's paper is flawed.",
            "Andrew Dessler published a paper which found errors in Lindzen and Choi's paper.",
            "SUPPORTED",
        ),
    ],
)
def test_a_claim_that_something_is_not_so(claim, text, label):
    _judged_as(claim, text, label)


def test_a_claim_said_false_tells_why_it_is_contradicted():
    result = _judged(
        "Sea level rise predictions are exaggerated.",
        "Climate change simulations predicted that sea level rise would accelerate.",
    )
    _expect(
        result,
        Label.CONTRADICTED,
        "polarity differs: claim says it is not so ('exaggerated'), evidence states it",
    )


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # found by a third review, and kept right: a belief, a fear, a legend, a question or
        # a condition states nothing; "overdone" is no "false" of a thing named in two words
        (
            "The idea that the Earth is flat has been debunked.",
            "Many people in the Middle Ages believed the Earth is flat.",
            "!CONTRADICTED",
        ),
        (
            "The claim that the drug cures cancer was baseless.",
            "Researchers are testing whether the drug cures cancer.",
            "!CONTRADICTED",
        ),
        (
            "The idea that cold weather causes colds is a myth.",
            "If cold weather causes colds, then winters should see more of them.",
            "!CONTRADICTED",
        ),
        (
            "The actor's performance was exaggerated.",
            "The actor's performance earned him a Bafta nomination.",
            "!CONTRADICTED",
        ),
        (
            "Sea level rise predictions are not exaggerated.",
            "Sea level rise predictions are accurate, a new study of tide gauges confirms.",
            "!CONTRADICTED",
        ),
        (
            "The claims were untrue.",
            "The claims were false, the court found.",
            "!NOT ENOUGH EVIDENCE",
        ),
        # "levelled" flattens, "a stable condition" is no trend, and a word of change must be
        # said of the claim's thing
        (
            "The earthquake levelled entire villages.",
            "The earthquake flattened entire villages as the death toll climbed.",
            "!CONTRADICTED",
        ),
        (
            "A man is in a stable condition in hospital.",
            "A man is in hospital after knife crime in the city rose sharply.",
            "!CONTRADICTED",
        ),
        (
            "Unemployment was stable at 4% in March.",
            "Unemployment was 4% in March, the same as in February, while wages increased 5%.",
            "!CONTRADICTED",
        ),
        (
            "Greenhouse gas concentrations have not yet levelled off.",
            "Greenhouse gas concentrations rose again last year.",
            "!CONTRADICTED",
        ),
        # a longer span holds a shorter one only for a trend, not an amount or a change
        (
            "Sea levels have risen 20cm over the past 30 years.",
            "Sea levels have risen 20cm over the past 100 years.",
            "CONTRADICTED",
        ),
        (
            "Sales have doubled over the last five years.",
            "Sales have doubled over the last 10 years.",
            "CONTRADICTED",
        ),
    ],
)
def test_guards_from_a_third_review(claim, text, label):
    _judged_as(claim, text, label)
