import sys
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier import Verifier, facts
from verifier.errors import UsageError
from verifier.verdict import Label, Verdict
from verifier.verifier import MAX_CLAIM_CHARS, clean_claim

from .conftest import DEMO_CORPUS

ODD_CLAIMS = {
    "100 KB": "314 released since July 2023. " * 3500,
    "control characters": "314\x07 released\x1b[31m since\x0b July\x7f 2023\u200b",
    "NUL bytes": "314\x00 released\x00since July 2023\x00",
    "right to left": "\u202e314 released since July 2023\u202c",
    "Arabic": "أُطلق سراح 314 سجيناً منذ يوليو 2023",
    "Hebrew and Latin": "314 שוחררו since July 2023 לפי Human Rights Watch",
    "mixed scripts": "314 освобождены since July 2023 (Лукашенко, 卢卡申科, Łukaszenka)",
    "emoji": "314 🧑‍⚖️ released since July 2023 🇧🇾🎉",
    "lone surrogate": "314 released \ud800 since July 2023",
    "combining marks": "3̶1̶4̶ released since J̈ul̃y 2023",
}


@pytest.mark.parametrize("name", list(ODD_CLAIMS))
def test_odd_claims_get_a_verdict(name, demo):
    verdict = demo.check(ODD_CLAIMS[name])
    assert isinstance(verdict, Verdict) and verdict.label in set(Label)
    assert "\x00" not in verdict.claim and len(verdict.claim) <= MAX_CLAIM_CHARS


def test_odd_claims_keep_their_facts(demo):
    assert demo.check(ODD_CLAIMS["NUL bytes"]).label is Label.SUPPORTED
    assert demo.check(ODD_CLAIMS["right to left"]).label is Label.SUPPORTED
    assert demo.check(ODD_CLAIMS["emoji"]).label is Label.SUPPORTED


@pytest.mark.parametrize("claim", ["", " \t\n", "\x00\x00", "\u200b\u202e", "\x1b\x07"])
def test_claims_with_nothing_printable_are_usage_errors(claim, demo):
    with pytest.raises(UsageError, match="the claim is empty"):
        demo.check(claim)


@pytest.mark.parametrize("claim", [None, 314, b"314 released"])
def test_a_claim_that_is_not_text_is_a_usage_error(claim, demo):
    with pytest.raises(UsageError, match="a claim must be text"):
        demo.check(claim)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec=None), max_size=300))
def test_clean_claim_gives_printable_text_or_a_usage_error(text):
    try:
        cleaned = clean_claim(text)
    except UsageError:
        return
    assert cleaned and len(cleaned) <= MAX_CLAIM_CHARS
    assert cleaned == cleaned.strip()
    assert all(ch == " " or ch.isprintable() for ch in cleaned)


# Text that looks like the facts the extractor reads, mixed with anything at all.
FACTISH = st.lists(
    st.one_of(
        st.sampled_from(
            "314 1,000 3.5 52% 1e9 −7 ½ £5m $1.2bn 2023 July Thursday since in on not no "
            "more than about around at least 'quote' \"Quote\" « » “ ” according to said "
            "Lukashenko Human Rights Watch Mr. U.S. EU — - . , ; : ( ) thousand million "
            "first second twenty-one hundred Jan. 1st 31/12/2023 2023-07-01 10:30 "
            "rose fell is has not only no doubt refused "
            "\u202e \u0000 🎉 ٣١٤ 三百 Ⅻ".split(" ")
        ),
        st.text(max_size=8),
    ),
    max_size=40,
).map(" ".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(FACTISH, st.text(max_size=200)))
def test_fact_extraction_never_fails(text):
    found = facts.extract(text)
    assert found is not None
    for negation in found.of("negation"):
        assert all(
            negation.start < t.start < negation.end for t in facts.negation_scope(found, negation)
        )
    wording = facts.negated(found)
    assert wording is None or "not" in wording


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(FACTISH, st.text(min_size=1, max_size=120)))
def test_any_claim_gets_a_verdict_or_a_usage_error(demo, text):
    try:
        verdict = demo.check(text)
    except UsageError:
        assert not clean_claim_or_none(text)
        return
    assert verdict.label in set(Label) and 0.0 <= verdict.confidence <= 1.0


def clean_claim_or_none(text):
    try:
        return clean_claim(text)
    except UsageError:
        return None


def test_paths_in_claims_are_never_opened(demo, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("314 released since July 2023", encoding="utf-8")
    opened = []

    def audit(event, args):
        # Every open() of a file goes through this audit event, whatever the library.
        if event == "open" and args and str(args[0]).startswith(str(tmp_path)):
            opened.append(args[0])

    demo.index  # noqa: B018  built before we start watching
    sys.addaudithook(audit)  # hooks cannot be removed; this one only records tmp_path
    for claim in (
        str(secret),
        f"file://{secret}",
        f"see {secret} for 314 released",
        "~/.ssh/id_rsa",
    ):
        demo.check(claim)
    assert opened == []


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


def varied_claims(count):
    names = ["Lukashenko", "Statkevich", "Human Rights Watch", "the EU", "Tsikhanouskaya"]
    months = ["January", "March", "July", "September", "December"]
    for i in range(count):
        if i % 10 == 0:
            yield ("314", "315", "316")[i % 3] + " released since July 2023"
            continue
        yield (
            f"{(i * 7919) % 100000} prisoners were released by {names[i % 5]} "
            f"since {months[i % 5]} {1990 + i % 40}, {unicodedata.name(chr(0x41 + i % 26))}"
        )


@pytest.mark.parametrize("count", [1000, pytest.param(5000, marks=pytest.mark.slow)])
def test_soak_memory_stays_flat(count, encoder, tmp_path):
    verifier = Verifier(corpus=DEMO_CORPUS, cache_dir=tmp_path / "cache", encoder=encoder)
    mark = count // 5
    labels = set()
    for n, verdict in enumerate(verifier.check_many(varied_claims(count)), start=1):
        labels.add(verdict.label)
        if n == mark:
            start = rss_bytes()
    growth = rss_bytes() - start
    print(f"{count} claims: RSS grew {growth / 2**20:.1f} MB after claim {mark}")
    assert n == count and len(labels) >= 2
    # A leak of 4 KB a claim would add well over this between the marks.
    assert growth < 12 << 20, f"RSS grew {growth >> 20} MB from claim {mark} to {count}"
