import math

import pytest

from verifier.facts import extract, negated, negation_scope, same_word, tokenize, with_formulas


def kinds(text, kind):
    return [(f.text, f.value, f.unit) for f in extract(text).of(kind)]


def test_quantities_digits_words_and_units():
    assert kinds("The 52 prisoners join 314 others.", "quantity") == [
        ("52", "52", "prisoners"),
        ("314", "314", "others"),
    ]
    assert kinds("Fifteen prisoners", "quantity") == [("Fifteen", "15", "prisoners")]
    assert kinds("three hundred and fourteen released", "quantity") == [
        ("three hundred and fourteen", "314", "released")
    ]
    assert kinds("a three-year jail term", "quantity") == [("three", "3", "year")]
    assert kinds("a 69-year-old philosopher", "quantity") == [("69", "69", "year")]
    assert kinds("3,000 people and 1.5 million votes", "quantity") == [
        ("3,000", "3000", "people"),
        ("1.5 million", "1.5e+06", "votes"),
    ]


def test_scores_and_tallies_are_one_fact():
    assert kinds("The council voted 7-2 on Monday.", "score") == [("7-2", "7-2", "")]
    assert kinds("The council voted 7-2 on Monday.", "quantity") == []
    assert kinds("beat Stourleigh 27-24 in the final", "score") == [("27-24", "27-24", "")]
    assert kinds("in a 5–4 decision", "score") == [("5–4", "5-4", "")]
    # The loser's side first is the same tally.
    assert kinds("lost 1-3 at home", "score") == [("1-3", "3-1", "")]
    # A range of a count, a season and a share are no scores.
    assert kinds("between 10-15 people", "score") == []
    assert kinds("the 2019-20 season", "score") == []
    assert kinds("rates of 1-2% a year", "score") == []


def test_ratios_and_fractions_of_a_point():
    (share,) = extract("Roughly one in three participants").of("quantity")
    assert (share.value, share.unit) == ("33.3333", "percent")
    assert share.low <= 33.3 <= share.high
    assert kinds("9 in 10 doctors", "quantity") == [("9 in 10", "90", "percent")]
    assert kinds("cut by a quarter of a percentage point", "quantity") == [
        ("a quarter of a percentage point", "0.25", "point")
    ]
    assert kinds("by half a percentage point", "quantity") == [
        ("half a percentage point", "0.5", "point")
    ]
    assert kinds("up 0.25 percentage points", "quantity") == [("0.25", "0.25", "point")]


def test_and_a_half_and_spelled_percent():
    assert kinds("a pay rise of four and a half percent", "quantity") == [
        ("four and a half percent", "4.5", "percent")
    ]


def test_declined_to_refuses_but_declined_to_a_number_falls():
    assert [f.text for f in extract("She declined to comment.").of("negation")] == ["declined"]
    assert extract("Prices declined to 3 percent.").of("negation") == []


def test_fractions_are_shares():
    (q,) = extract("Less than half of adults").of("quantity")
    assert (q.text, q.value, q.unit, q.low) == ("Less than half", "50", "percent", 0.0)
    assert q.high < 50
    assert kinds("a quarter of homes", "quantity") == [("a quarter", "25", "percent")]
    assert extract("in the second half of the year").of("quantity") == []


def test_money():
    assert kinds("a $125 billion lesson and £3,000 fines", "quantity") == [
        ("$125 billion", "1.25e+11", "dollars"),
        ("£3,000", "3000", "pounds"),
    ]


def test_percent_and_approximations():
    (q,) = extract("more than 20% of the world's oxygen").of("quantity")
    assert (q.value, q.unit, q.high) == ("20", "percent", math.inf)
    assert q.low > 20.0 and q.low == pytest.approx(20.0)  # strictly more
    (q,) = extract("More than a thousand nurses").of("quantity")
    assert (q.value, q.unit, q.high) == ("1000", "nurses", math.inf)
    (q,) = extract("about 100 people").of("quantity")
    assert q.low == 90 and q.high > 109
    (q,) = extract("up to 40 people").of("quantity")
    assert (q.low, q.high) == (0.0, 40.0)


def test_may_is_a_month_after_a_date_relation_or_before_a_day():
    assert kinds("It may fall in May.", "date") == [("May", "month-05", "in")]
    assert kinds("May 3 was cold.", "date") == [("May 3", "month-05-03", "")]
    assert kinds("The train derailed on 3 May.", "date") == [("3 May", "month-05-03", "on")]
    assert kinds("May we begin?", "date") == []


def test_dates_with_relations():
    assert kinds("released since July 2023", "date") == [("July 2023", "2023-07", "since")]
    assert kinds("pardoned on Thursday in June", "date") == [
        ("Thursday", "thursday", "on"),
        ("June", "month-06", "in"),
    ]
    assert kinds("a candidate in 2010.", "date") == [("2010", "2010", "in")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("launched on 12 June, as planned", [("12 June", "month-06-12", "on")]),
        ("born on 3 June 1933 in Fenwick", [("3 June 1933", "1933-06-03", "on")]),
        ("born on June 3, 1933, in Fenwick", [("June 3, 1933", "1933-06-03", "on")]),
        ("from 31st December 2024", [("31st December 2024", "2024-12-31", "from")]),
        ("starting June 1, the spokesperson said", [("June 1", "month-06-01", "")]),
        # A number after a month that counts something is no day.
        ("In May 5 people died.", [("May", "month-05", "in")]),
    ],
)
def test_a_day_is_part_of_its_date(text, dates):
    assert kinds(text, "date") == dates
    assert not [q for q in extract(text).of("quantity") if q.value in ("12", "3", "31", "1")]


def test_entities_quotes_negation_attribution():
    text = (
        "Mikola Statkevich refused to cross, according to Human Rights Watch. "
        "Lukashenko said “We do not need political prisoners”."
    )
    facts = extract(text)
    names = [f.value for f in facts.of("entity")]
    assert "mikola statkevich" in names and "human rights watch" in names
    assert [f.text for f in facts.of("quote")] == ["We do not need political prisoners"]
    assert [f.value for f in facts.of("negation")] == ["refused", "not"]
    assert {f.value for f in facts.of("attribution")} == {"human rights watch", "lukashenko"}


def test_units_are_not_names():
    text = "Warming of 2 degrees Celsius (3.6 degrees Fahrenheit) worries the Met Office."
    assert [f.value for f in extract(text).of("entity")] == ["met office"]


def test_a_formula_with_its_subscript_apart_is_also_one_word():
    # Text extracted from HTML loses subscripts: CO<sub>2</sub> becomes "CO 2".
    tokens = tokenize("Atmospheric CO 2 rose by 2 percent in the UK 5 years ago.")
    joined = [t.norm for t in with_formulas(tokens)[len(tokens) :]]
    assert joined == ["co2", "uk5"]
    assert [f.value for f in extract("CO 2 rose by 2 percent").of("quantity")] == ["2", "2"]


def test_same_word_handles_inflections_and_transliterations():
    assert same_word("presidential", "president")
    assert same_word("statkevic", "statkevich")
    assert same_word("visited", "visit")
    # forms whose shared prefix is short, by their stem
    assert same_word("asked", "asking")
    assert same_word("filed", "filing")
    assert not same_word("busy", "business")
    assert not same_word("hostile", "constructive")
    assert not same_word("june", "july")


def test_a_negation_covers_the_rest_of_its_clause():
    facts = extract("There is no evidence that warming intensifies droughts, critics say.")
    (negation,) = facts.of("negation")
    scope = [t.text for t in negation_scope(facts, negation)]
    assert scope == ["evidence", "warming", "intensifies", "droughts"]


def test_a_negation_does_not_negate_when():
    facts = extract("Unemployment did not fall last year.")
    (negation,) = facts.of("negation")
    assert [t.text for t in negation_scope(facts, negation)] == ["fall"]


def test_after_a_negating_verb_and_starts_the_next_thing_done():
    def scope(text):
        facts = extract(text)
        return [[t.text for t in negation_scope(facts, n)] for n in facts.of("negation")]

    assert scope("The court rejected the appeal and upheld the sentence.") == [["appeal"]]
    assert scope("He did not sign the treaty and the protocol.") == [["sign", "treaty", "protocol"]]


def test_not_only_and_no_doubt_affirm():
    assert extract("Not only did exports rise, imports rose too.").of("negation") == []
    assert extract("There is no doubt that it rained.").of("negation") == []


@pytest.mark.parametrize(
    "text",
    [
        "There is no question that the council acted lawfully.",
        "There is no question whatsoever that the CO2 increase is human-caused.",
        "There is no denying that the council acted lawfully.",
        "Nobody disputes that the council acted lawfully.",
        "No one doubts that the council acted lawfully.",
        "No one denied that the council acted lawfully.",
    ],
)
def test_nobody_doubting_affirms(text):
    assert extract(text).of("negation") == []


def test_nobody_disputing_a_thing_did_not_dispute_it():
    facts = extract("Nobody disputed the findings of the audit.")
    assert [n.text for n in facts.of("negation")] == ["Nobody"]


def test_no_question_of_rules_out():
    facts = extract("There is no question of the school closing in July.")
    (negation,) = facts.of("negation")
    assert [t.text for t in negation_scope(facts, negation)] == ["question", "school", "closing"]


def test_without_opening_a_clause_is_a_condition():
    assert extract("Without carbon dioxide, all life on Earth would die.").of("negation") == []
    assert extract("In a drought, without rain, crops wither.").of("negation") == []
    facts = extract("The plant ran without a licence.")
    (negation,) = facts.of("negation")
    assert [t.text for t in negation_scope(facts, negation)] == ["licence"]


def test_negated_claim():
    assert (
        negated(extract("The polar bear population has been growing."))
        == "The polar bear population has not been growing."
    )
    assert (
        negated(extract("Volcanoes emit more CO2."))
        == "It is not true that Volcanoes emit more CO2."
    )
    assert negated(extract("The minister did not sign the deal.")) is None  # already negates
    # Only the first sentence's verb is negated ("Mr." ends no sentence).
    two = "Sewage was dumped 1,430 times. Mr. Hale should be ashamed."
    assert negated(extract(two)) == "Sewage was not dumped 1,430 times. Mr. Hale should be ashamed."
    # Nor a relative clause's: the claim's own verb is the one after it.
    keeling = "The Keeling curve, which is widely used, is based on data from Mauna Loa."
    assert negated(extract(keeling)) == (
        "The Keeling curve, which is widely used, is not based on data from Mauna Loa."
    )
    offer = "The union wants a 14% rise, double what the airline has offered."
    assert negated(extract(offer)) == f"It is not true that {offer}"
    kent = "Sewage was dumped 1,430 times in Kent. Ministers should be ashamed."
    assert negated(extract(kent)).startswith("Sewage was not dumped")
    polls = "Polls opened at 7 A.M. and voters queued."
    assert negated(extract(polls)) == f"It is not true that {polls}"
    verbless = "Shocking: sewage dumped 1,430 times. Southmere Water should be ashamed."
    assert negated(extract(verbless)) == f"It is not true that {verbless}"


def test_an_opening_word_is_a_name_only_when_known_to_be_one():
    text = "Stourleigh beat Pellham on Saturday."
    assert [e.text for e in extract(text).of("entity")] == ["Pellham"]
    known = extract(text, frozenset({"stourleigh"}))
    assert [e.text for e in known.of("entity")] == ["Stourleigh", "Pellham"]


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Shoplifting rose by almost a quarter.", "25", 22.5, 25),
        ("The budget was cut by half.", "50", 47.5, 52.5),
        ("Less than half of adults agreed.", "50", 0, 50),
        ("Striker Callum Briggs scored twice.", "2", 2, 2),
        ("Over four-fifths of the participants were white.", "80", 80, math.inf),
        ("Nine tenths of the homes were empty.", "90", 85.5, 94.5),
    ],
)
def test_shares_by_a_fraction_and_times(text, value, low, high):
    (q,) = extract(text).of("quantity")
    assert q.value == value and q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize(
    "text",
    [
        "A third party said so.",
        "in the second half of the year",
        "twice as many wolves",
        "twice its target",
    ],
)
def test_no_share_or_count_where_none_is_said(text):
    assert extract(text).of("quantity") == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("save £1.1m a year", "1.1e+06", "pounds"),
        ("a $90k salary", "90000", "dollars"),
        ("a 5m wall", "5", "metres"),
    ],
)
def test_m_and_k_after_a_currency_sign_are_millions_and_thousands(text, value, unit):
    (q,) = extract(text).of("quantity")
    assert (q.value, q.unit) == (value, unit)


def test_hours_and_minutes_are_one_span_of_time():
    (q,) = extract("She won in two hours and 41 minutes.").of("quantity")
    assert (q.text, q.unit) == ("two hours and 41 minutes", "hours")
    assert q.low == q.high == pytest.approx(2 + 41 / 60)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("The plan is dead, said Lukashenko.", ["lukashenko"]),
        ("Lukashenko said the plan is dead.", ["lukashenko"]),
        ("Ashby told MPs he had warned Meridian Rail's board.", ["ashby"]),
        ("He told Reuters the plan was dead.", []),
        # An appositive between the speaker and the verb says who the speaker is.
        ("Gareth Pryce, the MP for Lowmoor, said the plan was dead.", ["gareth pryce"]),
        ("Helen Marsh, a spokeswoman for the company, said it was dead.", ["helen marsh"]),
        ("Pieter Vandersloot, 26, said the plan was dead.", ["pieter vandersloot"]),
        (
            "Greg Holland from the Centre for Weather Research, who read it, noted: “No.”",
            ["greg holland"],
        ),
        ("John Smith, 54, of Leeds, said the road was shut.", ["john smith"]),
        ("Police in Lowmoor, the county town, said the road was shut.", []),
        # "called" says something only of what it quotes, and by the name before it.
        ('Union leader Niamh Brophy called the strike "reckless".', ["niamh brophy"]),
        ("The merger with Zento was called off in March.", []),
        ("Winds of 90mph hit a village called Lowmoor.", []),
    ],
)
def test_who_said_it_not_who_heard_it(text, sources):
    assert [f.value for f in extract(text).of("attribution")] == sources


def test_an_appositive_keeps_who_the_speaker_speaks_for():
    (source,) = extract("Helen Marsh, a spokeswoman for Redvale Homes, said so.").of("attribution")
    assert (source.value, source.unit) == ("helen marsh", "Redvale Homes")
    text = "Greg Holland from the Centre for Weather Research, who read it, said no."
    (source,) = extract(text).of("attribution")
    assert (source.value, source.unit) == ("greg holland", "Centre for Weather Research")
    # Only a body the appositive says the speaker is *of* or *for*.
    (source,) = extract("Jane Doe, a lawyer for families suing Acme, said so.").of("attribution")
    assert (source.value, source.unit) == ("jane doe", "")


def test_a_plural_is_the_same_word():
    assert same_word("set", "sets") and same_word("boxes", "box")
    assert not same_word("set", "sit")


def test_according_to_opens_a_sentence_and_names_a_body_for_something():
    (source,) = extract("According to the Bank of England, prices rose.").of("attribution")
    assert source.value == "bank of england"
    (source,) = extract("Prices rose, according to the Office for National Statistics.").of(
        "attribution"
    )
    assert source.value == "office for national statistics"


def test_a_short_verb_is_the_same_word_as_its_forms():
    assert same_word("act", "acted") and same_word("cutting", "cut") and same_word("ban", "banned")
    assert same_word("use", "used") and same_word("add", "adding")
    assert not same_word("act", "actor") and not same_word("bid", "bide")
    assert same_word("won", "win") and same_word("paid", "pays") and same_word("sold", "selling")
    assert not same_word("won", "want") and not same_word("found", "find")
    # forms that are as often other words are not the verb
    assert not same_word("car", "caring") and not same_word("see", "seed")
    assert not same_word("row", "rowing") and not same_word("lead", "led")
    assert not same_word("shot", "shoot") and not same_word("broke", "break")


def test_a_change_said_as_a_factor_is_a_quantity():
    (doubled,) = extract("Northwind doubled its profit.").of("quantity")
    assert (doubled.value, doubled.unit) == ("2", "times")
    (tripled,) = extract("Cases roughly tripled.").of("quantity")
    assert tripled.text == "roughly tripled" and tripled.low < 3 < tripled.high


def test_plural_acronyms_are_no_names():
    found = extract("Ronan Gilchrist told MPs and GPs that NASA had briefed the BBC.")
    assert [e.text for e in found.of("entity")] == ["Ronan Gilchrist", "NASA", "BBC"]


def test_a_span_said_with_a_and_a_cue_is_a_quantity():
    def spans(text):
        return [(q.text, q.unit, q.low, q.high) for q in extract(text).of("quantity")]

    assert spans("She won by less than a minute.") == [
        ("less than a minute", "minute", 0.0, 1 - 1e-9)
    ]
    assert spans("He was mayor for nearly a decade.")[0][:2] == ("nearly a decade", "decade")
    assert spans("It took a year to build.") == []  # no cue: "a year" is rarely a figure


def test_a_number_counts_no_word_past_its_clause():
    found = extract("Dame Eileen Marsh, who has died aged 91, joined the company in 1956.")
    assert [(q.text, q.unit) for q in found.of("quantity")] == [("91", "")]
    assert extract("It rose to 1.62 million, while the north lost 5%.").of("quantity")[0].unit == ""
    assert extract("The 52 prisoners pardoned on Thursday").of("quantity")[0].unit == "prisoners"


@pytest.mark.parametrize(
    ("text", "written", "seconds"),
    [
        ("She won the marathon in 2:07:12, a course record.", "2:07:12", 7632),
        ("The 1500m final was won in 3:31.45.", "3:31.45", 211.45),
        ("The train left at 7:30pm on Friday.", "7:30pm", 70200),
        ("The meeting began at 10.30am.", "10.30am", 37800),
        ("Police were called at 3 a.m. on Monday.", "3 a.m.", 10800),
        ("Polls closed at 22:00.", "22:00", 79200),
    ],
)
def test_a_time_is_one_quantity(text, written, seconds):
    (time,) = extract(text).of("quantity")[-1:]
    assert (time.text, time.unit, time.number) == (written, "clock", seconds)


def test_about_a_time_is_a_quarter_of_an_hour_either_side_and_ratios_are_no_times():
    (time,) = extract("The fire broke out at about 3am.").of("quantity")
    assert (time.low, time.high) == (3 * 3600 - 900, 3 * 3600 + 900)
    (race,) = extract("She ran it in about 3:31.45.").of("quantity")
    assert (race.low, race.high) == pytest.approx((210.45, 212.45))
    assert extract("Doors open at 3 p.m, not before.").of("quantity")[0].number == 15 * 3600
    assert [q.unit for q in extract("He is a three time champion, at 13pm.").of("quantity")] == [
        "time",
        "",
    ]
    assert [q.text for q in extract("The ratio was 3:1.").of("quantity")] == ["3", "1"]
    assert extract("Profits rose 10.30 per cent.").of("quantity")[0].unit == "percent"


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "low", "high"),
    [
        (
            "It has scorched upwards of 4,000 hectares.",
            "upwards of 4,000",
            4000,
            "hectares",
            4000,
            math.inf,
        ),
        ("Four out of five services did not run.", "Four out of five", 80, "percent", 76, 84),
        ("It cut its key rate by 25 basis points.", "25 basis points", 0.25, "point", 0.25, 0.25),
    ],
)
def test_upwards_of_out_of_and_basis_points(text, written, value, unit, low, high):
    (q,) = extract(text).of("quantity")
    assert (q.text, q.number, q.unit) == (written, value, unit)
    assert q.low == pytest.approx(low) and q.high == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "written", "value", "unit"),
    [
        ("It would give half a million renters security.", "half a million", 500_000, "renters"),
        (
            "Jewellery worth a quarter of a million pounds",
            "a quarter of a million pounds",
            250_000,
            "pounds",
        ),
        ("three quarters of a million people", "three quarters of a million", 750_000, "people"),
    ],
)
def test_a_fraction_of_a_million_is_one_number(text, written, value, unit):
    (q,) = extract(text).of("quantity")
    assert (q.text, q.number, q.unit) == (written, value, unit)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # The first number of a range takes the scale, percent and unit that the second gives.
        ("guidance of 240 to 255 million pounds", ("240", "2.4e+08", "pounds")),
        ("between £240 and £255m", ("£240", "2.4e+08", "pounds")),
        ("between 3 and 4 percent", ("3", "3", "percent")),
        ("between 10 and 12 people were hurt", ("10", "10", "people")),
        # Not a year ("from 58% in 2019 to 63%"), nor two numbers joined by "and" alone.
        ("up from 58% in 2019 to 63%", ("58%", "58", "percent")),
        ("on routes 1 and 7", ("1", "1", "")),
        # A change's first number says its own size; "m" is millions only after a currency.
        ("The number rose 12,000 to 1.5 million.", ("12,000", "12000", "")),
        ("Sales grew from 300 to 1.2 million units.", ("300", "300", "")),
        ("Sea levels could rise 1 to 2m by 2100.", ("1", "1", "")),
        ("Rates rose between 25 and 50 basis points.", ("25", "0.25", "point")),
    ],
)
def test_a_range_says_its_scale_once(text, first):
    assert kinds(text, "quantity")[0] == first
    assert kinds("up from 58% in 2019 to 63%", "date") == [("2019", "2019", "in")]


def test_spans_and_counts_of_times():
    # "a year and a half" is one span; "287 times" counts occasions, "five times" before a
    # comparison is a factor.
    assert kinds("tracked for a year and a half", "quantity") == [
        ("a year and a half", "1.5", "year")
    ]
    assert kinds("moved money 287 times.", "quantity") == [("287", "287", "")]
    assert kinds("dumped sewage 300 times this year", "quantity") == [("300", "300", "")]
    assert kinds("five times higher than", "quantity") == [("five", "5", "times")]
    assert kinds("three times as many", "quantity") == [("three", "3", "times")]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("She will be sworn in on Jan. 6.", [("Jan. 6", "month-01-06", "on")]),
        ("for the three months to Sept. 30", [("Sept. 30", "month-09-30", "")]),
        ("LONDON, Oct 24 (Reporting Wire) -", [("Oct 24", "month-10-24", "")]),
        ("in Dec. 2019", [("Dec. 2019", "2019-12", "in")]),
        # "Jan" is a first name too: a short month needs its day or year.
        ("Jan Novak said 6 people", []),
    ],
)
def test_months_as_news_agencies_shorten_them(text, dates):
    assert kinds(text, "date") == dates
    assert all(e.text not in ("Jan", "Sept", "Oct", "Dec") for e in extract(text).of("entity"))


def test_a_half_or_quarter_of_a_year_is_part_of_its_date():
    assert kinds("to close in the first half of 2025", "date") == [
        ("first half of 2025", "2025-h1", "in")
    ]
    assert kinds("in the third quarter of 2024", "date") == [
        ("third quarter of 2024", "2024-q3", "in")
    ]
    assert kinds("in the third quarter of 2024", "quantity") == []  # a period, not 25 percent


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("No fewer than 23 riders pulled out.", 23, math.inf),
        ("not less than 40% of them", 40, math.inf),
        ("no more than 5 people", 0, 5),
    ],
)
def test_no_fewer_than_is_a_bound_not_a_negation(text, low, high):
    (q,) = extract(text).of("quantity")
    assert (q.low, q.high) == (low, high)
    assert extract(text).of("negation") == []
    assert extract("There were no more trains.").of("negation") != []


def test_an_acronym_with_full_stops_is_one_word():
    assert [(t.text, t.norm) for t in tokenize("by U.S. regulators")][1] == ("U.S.", "us")
    assert [e.value for e in extract("The U.K. economy grew.").of("entity")] == ["uk"]


def test_not_yet_and_yet_to_negate():
    (n,) = extract("It has not yet been approved by regulators.").of("negation")
    assert [t.norm for t in negation_scope(extract("It has not yet been approved."), n)][-1] == (
        "approved"
    )
    (n,) = extract("BW-207 has yet to win approval.").of("negation")
    assert n.text == "yet"
    assert extract("the yet to be named film").of("negation") == []


@pytest.mark.parametrize(
    ("text", "value"), [("It will cost 15p more.", "0.15"), ("a rise of 20 pence", "0.2")]
)
def test_pence_are_hundredths_of_a_pound(text, value):
    (price,) = extract(text).of("quantity")
    assert (price.value, price.unit) == (value, "pounds")


def test_a_span_of_years_and_months_is_one_span():
    (span,) = extract("She was jailed for three years and four months.").of("quantity")
    assert (span.text, span.unit) == ("three years and four months", "years")
    assert abs(float(span.value) - 40 / 12) < 1e-3


def test_a_past_that_did_not_happen_negates_nothing():
    assert (
        extract("Had the firm not pleaded guilty, the fine would be higher.").of("negation") == []
    )
    assert extract("The firm had still not paid the fine.").of("negation")


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("About 2m homes lost power.", "2e+06", "homes"),
        ("Sales hit 45m units.", "4.5e+07", "units"),
        ("The wall is 2m high.", "2", "metres"),
        ("The bridge is 1.2km long.", "1.2", "km"),
        ("Gusts reached 94mph.", "94", "mph"),
    ],
)
def test_a_unit_written_against_its_number(text, value, unit):
    """ "2m" before a plural noun counts millions of it; otherwise "m" and "km" are lengths."""
    (q,) = extract(text).of("quantity")
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The council approved 1,200 new homes.", "homes"),
        ("Over 200 extra officers were hired.", "officers"),
    ],
)
def test_a_count_counts_the_noun_past_new_or_extra(text, unit):
    (q,) = extract(text).of("quantity")
    assert q.unit == unit


def test_a_range_of_days_is_no_score():
    assert extract("The festival runs 20-22 July.").of("score") == []
