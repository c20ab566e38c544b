"""Claim facts + evidence → verdict. All verdict logic lives in this module.

Read it top to bottom:

1. `judge` reads every retrieved passage with `assess`, then combines the stances:
   contradiction is looked for before support, and passages that disagree with each other
   give CONFLICTING.
2. `assess` decides one passage's stance. A passage that is not about the claim (too few of
   the claim's words) is neutral: it can neither support nor contradict.
3. The claim's *anchors* (quantities, dates, named entities) must all be found in a passage
   for it to support the claim, with every word of each number's clause. An anchor whose
   slot holds a different value in the passage (the number attached to the same noun, the
   date with the same relation, the name in the same place) contradicts it, but only when
   the passage is about the same thing: its other anchors are all found and most of the
   claim's other words, and of the anchor's clause, are there too. So does a number found
   in a clause about something else, or a value the passage names only to deny it.
4. Quotations and polarity are compared by aligning the claim with the passage word by word;
   a word going the other way ("rose" / "fell", "highest" / "lowest", "constitutional" /
   "unconstitutional") contradicts too.
5. A passage about the claim that is nearer in meaning to the claim negated than to the
   claim itself contradicts it: opposites said in other words, which no fact comparison sees.
   Only passages without a negation of their own, and without every word of the claim, are
   asked: a "not" anywhere draws a passage towards the claim negated.
6. A passage that is only worded like the claim does not outweigh one that contradicts a
   specific fact of it.

Every decision leaves a `Check` behind, so every verdict can say why.
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import lru_cache
from math import isclose

from .config import vocabulary
from .facts import (
    AUXILIARIES,
    BE_FORMS,
    CURRENCY_UNITS,
    DATE_RELATIONS,
    DIRECTION,
    FUNCTION_WORDS,
    MONTHS,
    NEGATION_WORDS,
    ORDINALS,
    RULE_VERBS,
    SENTENCE_END,
    SPAN_UNITS,
    SPEECH_VERBS,
    TIME_WORDS,
    TIMES,
    WEEKDAYS,
    Fact,
    Facts,
    Token,
    extract,
    fold,
    is_acronym,
    is_content,
    is_negation,
    is_number_word,
    negated,
    negation_scope,
    same_word,
    tokenize,
    with_formulas,
)
from .retrieval import Evidence


class Label(StrEnum):
    SUPPORTED = "SUPPORTED"
    CONTRADICTED = "CONTRADICTED"
    CONFLICTING = "CONFLICTING"
    NOT_ENOUGH_EVIDENCE = "NOT ENOUGH EVIDENCE"


#: A passage supports a claim when all anchors match and at least this share of the
#: claim's content words is found in it.
SUPPORT_COVERAGE = 0.7
#: ... or when its embedding similarity is at least this, with at least this share of the
#: words (tuned on CLIMATE-FEVER dev, see docs/benchmarks.md; a paraphrase rarely shares
#: most words, but a passage about something else rarely reaches this similarity).
SUPPORT_SIMILARITY = 0.6
SUPPORT_SIMILARITY_COVERAGE = 0.3
#: ... but where it shares less than this share of the claim's other words (those that are no
#: name, number or date), at least this similarity: shared names alone draw a passage near
#: a claim, whatever it says of them ("will form a coalition" against election results).
SUPPORT_TOPIC = 0.3
SUPPORT_SIMILARITY_NAMES_ONLY = 0.7
#: A differing slot only contradicts when at least this share of the claim's words that are
#: not anchors is found in the passage: the passage must be about the same thing.
SLOT_COVERAGE = 0.5
#: ... and this share of the words of the anchor's own clause: "youth unemployment was 11.3
#: percent" is not contradicted by "the unemployment rate was 4.7 percent".
SLOT_CLAUSE = 0.6
#: Polarity is only compared with passages that hold this share of the claim's words ...
POLARITY_COVERAGE = 0.4
#: ... and that have at least half of the words a negation covers, and two where there are two.
POLARITY_SCOPE_SHARE = 0.5
POLARITY_SCOPE_MIN = 2
#: A quote is compared with a claim that reproduces at least this many of its words in order,
#: and this share of the claim's words.
QUOTE_MIN_ALIGNED = 4
QUOTE_SHARE = 0.6
#: Words either side of a fact that describe its slot ...
CONTEXT_WINDOW = 4
#: ... and how many of them a claim number and a passage number must share to fill one slot.
SLOT_CONTEXT = 2

ANCHOR_KINDS = ("quantity", "date", "score", "entity")
#: The claim negated is only compared with passages at least this similar to the claim.
NEGATION_SIMILARITY = 0.5
#: ... and only for a claim of at most this many names, numbers and dates: where more are
#: all found, the facts compared outweigh a small difference of similarity (measured in
#: docs/benchmarks.md: on the news probes, most contradictions it gave such claims were wrong).
NEGATION_ANCHORS = 1
#: An optional NLI model's label counts when its probability reaches this.
NLI_THRESHOLD = 0.5


@dataclass(frozen=True)
class Check:
    """One comparison between a claim fact and a passage, and its outcome."""

    kind: str  # quantity | date | entity | quote | polarity | direction | meaning | attribution | role
    # | word (a word next to a claim number, missing) | nli
    outcome: str  # match | mismatch | missing | neutral (an NLI model that is not sure); a
    # "missing" polarity is a claim word the passage has only under a negation or "whether"
    claim: str  # the claim's side
    evidence: str  # the passage's side ("" when missing)
    citation: str  # file:line of the passage
    detail: str = ""  # what the fact is about, e.g. "prisoners pardoned on Thursday"

    def __str__(self) -> str:
        about = f" ({self.detail})" if self.detail else ""
        if self.kind == "nli":
            return f"NLI model: {self.claim} {self.evidence} at {self.citation}"
        if self.kind == "meaning":
            return (
                f'nearer in meaning to the claim negated ("{self.claim}") than to the claim: '
                f"similarity {self.evidence} at {self.citation}"
            )
        if self.outcome == "match":
            return f"{self.kind} {self.claim} = {self.evidence}{about} at {self.citation}"
        if self.outcome == "mismatch":
            if self.kind == "quote":
                return f'quote differs: "{self.claim}" vs "{self.evidence}" at {self.citation}'
            if self.kind == "polarity":
                return f"polarity differs: claim {self.claim}, evidence {self.evidence} at {self.citation}"
            return f"{self.kind} {self.claim} ≠ {self.evidence}{about} at {self.citation}"
        return f"{self.kind} {self.claim} not found{about}"


@dataclass(frozen=True)
class Verdict:
    """A claim's label, with the evidence and checks behind it."""

    claim: str
    label: Label
    confidence: float  # in [0, 1]; higher is more often right on the benchmarks
    reasons: tuple[str, ...]
    checks: tuple[Check, ...]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class Assessment:
    stance: str  # supports | contradicts | neutral
    coverage: float  # share of the claim's content words found in the passage
    checks: tuple[Check, ...]
    highlights: tuple[tuple[int, int, str], ...]
    unmatched: tuple[str, ...] = ()  # the claim's content words the passage lacks


# --- the verdict ---------------------------------------------------------------------------


def judge(
    claim: Facts,
    candidates: Sequence[tuple[Evidence, Facts]],
    nli_scores: Sequence[dict[str, float] | None] | None = None,
) -> Verdict:
    """Label a claim from its retrieved passages (each with its extracted facts)."""
    said = claim.text
    claim = _named_opener(_unheadlined(claim, candidates), candidates)
    judged: list[Evidence] = []
    assessments: list[Assessment] = []
    for i, (evidence, passage) in enumerate(candidates):
        nli = nli_scores[i] if nli_scores else None
        a = assess(claim, evidence, passage, nli)
        assessments.append(a)
        judged.append(replace(evidence, stance=a.stance, highlights=a.highlights))

    against = [
        (e, a) for e, a in zip(judged, assessments, strict=False) if a.stance == "contradicts"
    ]
    backing = [(e, a) for e, a in zip(judged, assessments, strict=False) if a.stance == "supports"]
    if backing and any(_strong(a) for _, a in against):
        # A passage that is only worded like the claim does not outweigh one that contradicts
        # a specific fact of it (a number, a date, a quote, its polarity), unless it states
        # the very fact the other passage gives differently.
        contested = {c.claim for _, a in against for c in a.checks if c.outcome == "mismatch"}
        loose = [
            (e, a)
            for e, a in backing
            if a.coverage < SUPPORT_COVERAGE
            and not any(c.outcome == "match" and c.claim in contested for c in a.checks)
        ]
        backing = [x for x in backing if x not in loose]
        judged = _neutral(judged, loose)
    if backing:
        # Many people can be journalists: a name swapped in one passage does not outweigh
        # another passage that states the claim with the claim's own name. Nor does a passage
        # that is much less about the claim than the one that states it.
        best = max(a.coverage for _, a in backing)
        weak = [(e, a) for e, a in against if not _strong(a) or a.coverage < best - COVERAGE_MARGIN]
        against = [x for x in against if x not in weak]
        judged = _neutral(judged, weak)
    checks = tuple(c for a in assessments for c in a.checks if c.outcome != "missing")

    if against and backing:
        label, confidence = (
            Label.CONFLICTING,
            0.5 + 0.2 * min(_strength(against), _strength(backing)),
        )
        reasons = (
            "the corpus disagrees with itself about this claim:",
            *_lines(against, "mismatch"),
            *_lines(backing, "match"),
        )
    elif against:
        label, confidence = Label.CONTRADICTED, 0.55 + 0.4 * _strength(against)
        reasons = tuple(_lines(against, "mismatch"))
    elif backing:
        label, confidence = Label.SUPPORTED, 0.55 + 0.4 * _strength(backing)
        e, a = backing[0]
        reasons = (
            f"{e.passage.citation} states the claim: {_share(a)} of its content words found"
            + (f" (not: {', '.join(a.unmatched)})" if a.unmatched else ""),
            *_lines(backing[:1], "match"),
        )
    else:
        label = Label.NOT_ENOUGH_EVIDENCE
        best = max((e.similarity for e in judged), default=0.0)
        confidence = 0.55 + 0.4 * max(0.0, min(1.0, 1.0 - best))
        reasons = _not_enough_reasons(claim, judged, assessments)
    ordered = sorted(judged, key=lambda e: _STANCE_ORDER[e.stance])
    return Verdict(
        claim=said,
        label=label,
        confidence=round(min(confidence, 1.0), 3),
        reasons=tuple(dict.fromkeys(reasons)),
        checks=checks,
        evidence=tuple(ordered),
    )


#: A claim is written as a headline when at least this share of its words are capitalised.
HEADLINE_SHARE = 0.7


def _unheadlined(claim: Facts, candidates: Sequence[tuple[Evidence, Facts]]) -> Facts:
    """The claim as a sentence where it is written as a headline ("Council Approves £4.2m
    Budget Cuts At Thursday Meeting"): a capitalised word is only a name where a passage
    names it, so its other words are lower-cased. Its first word is left to `_named_opener`."""
    words = [t for t in claim.tokens if t.text[:1].isalpha()]
    capitals = [t for t in words if t.text[:1].isupper()]
    if len(words) < 4 or len(capitals) < HEADLINE_SHARE * len(words):
        return claim
    known = {w for _, p in candidates for e in p.of("entity") for w in e.value.split()}
    text = claim.text
    for t in capitals[1:]:
        if (
            t.norm not in known
            and t.norm not in WEEKDAYS
            and t.norm not in MONTHS
            and not is_acronym(t.text)
        ):
            text = text[: t.start] + text[t.start].lower() + text[t.start + 1 :]
    return extract(text)


def _named_opener(claim: Facts, candidates: Sequence[tuple[Evidence, Facts]]) -> Facts:
    """The claim with its opening word read as a name where a passage names it mid-sentence:
    one capitalised word opening a sentence is usually not a name, but "Stourleigh" in
    "Stourleigh beat Pellham" is, when a passage says "Pellham beat Stourleigh"."""
    named = {w for e in claim.of("entity") for w in e.value.split()}
    openers = {t.norm for t in claim.tokens if t.text[:1].isupper() and t.norm not in named}
    if not openers:
        return claim
    known = {w for _, p in candidates for e in p.of("entity") for w in e.value.split()}
    if not openers <= known:
        # ... or its paragraph or article does ("Quillfire" of "the company" later on)
        known |= {w for e, _ in candidates for w in _context_names(e.passage.context)}
    names = frozenset(openers & known)
    return extract(claim.text, names) if names else claim


def _unknown_opener(claim: Facts, words: _Words, evidence: Evidence) -> list[Token]:
    """The claim's opening word where it is no word of English (most likely a name the claim
    is about: "Hallworth resigned as chairman") and neither the passage nor its paragraph has
    it: "Jones resigned as chairman" does not state the claim. It only keeps the passage from
    supporting the claim; as no name it is no one's rival."""
    first = next((t for t in claim.tokens if t.text[:1].isalpha()), None)
    if first is None or not first.text[:1].isupper() or words.match(first) is not None:
        return []
    if any(first.norm in e.value.split() for e in claim.of("entity")) or not _uncommon(first.norm):
        return []
    around = {t.norm for t in tokenize(evidence.passage.context)}
    return [] if first.norm in around else [first]


#: Endings a word of English may take that its entry in the vocabulary lacks.
_ENDINGS = ("s", "es", "ers", "ing", "ed", "ful", "ly", "ness", "ment")


def _uncommon(word: str) -> bool:
    """Neither the word nor its stem is a word of the model's vocabulary ("disgraceful" is
    "disgrace"), and it is a word at all ("Participants" is common, "Hallworth" is not)."""
    common = vocabulary()
    if not common or not word.isalpha() or not is_content(word) or len(word) < 3:
        return False
    stems = [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e)]
    return not any(s in common for s in stems)


def _context_names(context: str) -> frozenset[str]:
    """The names of one word a passage's context says: "Quillfire", not "Global Warming"."""
    return frozenset(e.value for e in _context_facts(context).of("entity") if " " not in e.value)


@lru_cache(maxsize=4096)  # asked for by every claim a passage is judged for
def _context_facts(context: str) -> Facts:
    return extract(context)


#: A contradicting passage this much less about the claim than a supporting one is outweighed.
COVERAGE_MARGIN = 0.2
#: Mismatches of these kinds cannot outweigh a supporting passage (see `judge`).
WEAK_KINDS = frozenset({"entity", "attribution"})


def _neutral(
    judged: list[Evidence], outweighed: list[tuple[Evidence, Assessment]]
) -> list[Evidence]:
    return [
        replace(e, stance="neutral") if any(e is o for o, _ in outweighed) else e for e in judged
    ]


def _strong(a: Assessment) -> bool:
    return any(c.outcome == "mismatch" and c.kind not in WEAK_KINDS for c in a.checks)


_STANCE_ORDER = {"contradicts": 0, "supports": 0, "neutral": 1, "unjudged": 2}


def _strength(pairs: list[tuple[Evidence, Assessment]]) -> float:
    e, a = pairs[0]
    return max(0.0, min(1.0, 0.5 * a.coverage + 0.5 * max(e.similarity, 0.0)))


def _share(a: Assessment) -> str:
    return f"{round(a.coverage * 100)}%"


def _lines(pairs: list[tuple[Evidence, Assessment]], outcome: str) -> list[str]:
    return [str(c) for _, a in pairs for c in a.checks if c.outcome == outcome]


def _not_enough_reasons(
    claim: Facts, judged: list[Evidence], assessments: list[Assessment]
) -> tuple[str, ...]:
    if not judged:
        return ("no passage of the corpus is about this claim",)
    best = max(range(len(judged)), key=lambda i: judged[i].similarity)
    e, a = judged[best], assessments[best]
    # The facts it lacks, or else the words.
    missing = [
        c.detail or c.claim for c in a.checks if c.outcome == "missing" and c.kind != "polarity"
    ]
    missing = missing or list(a.unmatched)
    asked = [c for c in a.checks if c.outcome == "missing" and c.kind == "polarity"]
    reason = (
        f"closest passage {e.passage.citation} (similarity {e.similarity:.2f}) "
        f"holds {_share(a)} of the claim's content words"
    )
    if missing:
        reason += "; not found there: " + ", ".join(dict.fromkeys(missing))
    if asked and asked[0].evidence.lower() in ("whether", "?"):
        reason += "; it only asks whether the claim is true"
    elif asked:
        reason += f"; it has \"{asked[0].claim}\" only under a negation ('{asked[0].evidence}')"
    return (reason, "no passage states or contradicts the claim's facts")


# --- one passage ---------------------------------------------------------------------------


def assess(
    claim: Facts, evidence: Evidence, passage: Facts, nli: dict[str, float] | None = None
) -> Assessment:
    """One passage's stance towards the claim, with the checks that decided it."""
    citation = evidence.passage.citation
    anchors = [f for f in claim.facts if f.kind in ANCHOR_KINDS]
    # The passage's words, its title's, and formulas written apart ("CO 2").
    tokens = with_formulas(passage.tokens + _title_tokens(evidence))
    found: dict[Fact, Fact | None] = {a: _find(a, claim, passage, tokens) for a in anchors}
    # A name the sentence leaves to its paragraph ("Shares in the group closed 3.5% higher")
    # is found there; numbers, dates and words must still be in the sentence.
    lead = [a for a, hit in found.items() if hit is None and a.kind == "entity"]
    for a in lead:
        found[a] = _find_entity(a, _placed(evidence.passage.context, _CONTEXT_OFFSET), nearby=True)
    lead = [a for a in lead if found[a] is not None]
    # So is the date of a sentence that gives none, said before it in the paragraph or article
    # ("Around 18,000 runners started" after "In Sunday's Marensk Marathon, ...").
    unplaced_dates = [a for a, hit in found.items() if hit is None and a.kind == "date"]
    at = evidence.passage.context.find(evidence.passage.text)
    if unplaced_dates and not passage.of("date") and at > 0:
        dates = [d for d in _context_facts(evidence.passage.context).of("date") if d.end <= at]
        for a in unplaced_dates:
            date = next((d for d in dates if _same_date(a, d)), None)
            if date is not None and not any(
                _other_date(a, d) and _same_relation(a.unit, d.unit) for d in dates
            ):
                shift = _CONTEXT_OFFSET  # a place outside the sentence, like a name's
                found[a] = replace(date, start=date.start + shift, end=date.end + shift)
                lead.append(a)
    # A change said by its amount may be found as the difference of the two ends given.
    computed = {
        a: diff
        for a, hit in found.items()
        if hit is None and (diff := _difference(a, claim, passage)) is not None
    }
    found.update(computed)
    words = _Words(tokens + _found_whole(claim, found, computed))
    # The sentence's share of the claim leaves out the names it leaves to its paragraph: they
    # say what it is about, not that it states the claim.
    coverage, matched_spans = _coverage(_outside(claim.content, lead), words)
    topic = _coverage(_outside(claim.content, anchors), words)[0]

    checks: list[Check] = []
    # Contradictions first: a value denied, a slot filled differently, a misquote, flipped
    # polarity.
    mismatches: list[tuple[Check, Fact | Token | tuple[int, int] | None]] = []
    displaced: list[Check] = []
    for anchor, hit in found.items():
        if hit is None:
            continue
        if anchor in computed:
            checks.append(
                Check(anchor.kind, "match", anchor.text, hit.text, citation, _change_kind(anchor))
            )
            continue
        cue = _denied_value(passage, hit)
        if cue is not None and _refused_alike(cue, passage, claim):
            cue = None  # "reject 420-home scheme" said of "the 420-home scheme was thrown out"
        if cue is not None and _denied_value(claim, anchor) is None:
            # "open in 2027, not in 2026": the passage names the claim's value to deny it.
            denial = passage.text[cue.start : hit.end]
            mismatches.append((Check(anchor.kind, "mismatch", anchor.text, denial, citation), hit))
        elif (
            anchor.kind == "quantity"
            and hit.value == anchor.value
            and {ours := _change_end(claim, anchor), theirs := _change_end(passage, hit)}
            == {"from", "to"}
        ):
            # "fell to 3.8 percent from 4.1 percent" against "fell to 4.1 percent from 3.8".
            said, stated = f"{ours} {anchor.text}", f"{theirs} {hit.text}"
            mismatches.append((Check(anchor.kind, "mismatch", said, stated, citation), hit))
        elif (part := _part_of_all(anchor, hit, claim, passage)) is not None:
            # "All nine members backed the cut" against "Six of the nine members voted for it"
            said = claim.text[_tokens_before(claim, anchor, 1)[0].start : anchor.end]
            stated = passage.text[part.start : hit.end]
            mismatches.append((Check(anchor.kind, "mismatch", said, stated, citation), part))
        elif (dated := _dated_elsewhere(anchor, hit, claim, passage)) is not None:
            # "3.8 percent in March" against "rose to 3.8 percent in April from 3.1 in March".
            ours, theirs = dated
            said, stated = claim.text[anchor.start : ours.end], passage.text[hit.start : theirs.end]
            mismatches.append((Check("date", "mismatch", said, stated, citation), theirs))
        elif topic >= SLOT_COVERAGE and (owned := _owned_elsewhere(anchor, hit, claim, passage)):
            owner, detail = owned
            mismatches.append(
                (Check(anchor.kind, "mismatch", anchor.text, owner.text, citation, detail), owner)
            )
        elif (moved := _subject_elsewhere(anchor, hit, claim, passage)) is not None:
            # "Imports grew by 12 percent" against "exports grew by 12 percent, while imports
            # remained flat": the claim's subject is another clause's.
            word, (start, end), rival = moved
            clause = _part_text(passage, start, end)
            if rival is None:
                detail = f"{word.text} said of another clause: {clause}"
                displaced.append(Check("word", "missing", word.text, "", citation, detail))
            else:
                check = Check(anchor.kind, "mismatch", anchor.text, rival.text, citation, clause)
                mismatches.append((check, rival))
        elif anchor.kind == "quantity" and (periods := _other_period(anchor, hit, claim, passage)):
            # "40,000 vehicles a week" against "40,000 vehicles a day"
            said, stated = f"{anchor.text} a {periods[0]}", f"{hit.text} a {periods[1]}"
            mismatches.append((Check(anchor.kind, "mismatch", said, stated, citation), hit))
        elif _converted(anchor, hit):
            said, stated = f"{anchor.text} {anchor.unit}", f"{hit.text} {hit.unit}"
            checks.append(Check(anchor.kind, "match", said, stated, citation))
        else:
            # A name left to the paragraph or article says where it was found.
            earlier = "named" if anchor.kind == "entity" else "given"
            where = (
                f"{earlier} earlier in the paragraph or article" if anchor in lead else anchor.unit
            )
            checks.append(Check(anchor.kind, "match", anchor.text, hit.text, citation, where))

    for anchor, hit in found.items():
        if hit is not None:
            continue
        if (weekday := _weekday_of_the_day(anchor, claim, passage, found)) is not None:
            # "Tuesday 10 March" against "Monday 10 March": a day has one weekday.
            mismatches.append(
                (Check("date", "mismatch", anchor.text, weekday.text, citation), weekday)
            )
            continue
        # (the other side of a tally is of one fact with it: "by six votes to four")
        tally = _tally(claim, anchor) if anchor.kind == "quantity" else None
        others_found = all(
            h is not None for a, h in found.items() if a is not anchor and a not in (tally or ())
        )
        about_it = topic >= SLOT_COVERAGE and _clause_coverage(anchor, claim, words) >= SLOT_CLAUSE
        if not (others_found and about_it):
            checks.append(Check(anchor.kind, "missing", anchor.text, "", citation))
            continue
        # A factor's rival is the change the passage gives: "tripled" against £206m to £412m;
        # a share's is the part of the whole it gives.
        factor = _difference(anchor, claim, passage, True) if _computed(anchor, claim) else None
        # A difference ("£1.2bn higher than", "beat Whitaker by 2,875 votes") is compared
        # only with a difference: the one the passage says ("an increase of £800m"), or the
        # one between its only two values of that kind ("11,842 votes ... to Whitaker's
        # 9,967"), never with a value ("£12.4bn").
        slots, one = passage, None
        if factor is None and _difference_said(claim, anchor):
            slots = _differences(passage)
            said = [q for q in slots.of("quantity") if _measure(q) == _measure(anchor)]
            values = [q for q in passage.of("quantity") if _measure(q) == _measure(anchor)]
            if (
                len(said) == 1
                and not _same_quantity(anchor, said[0])
                and same_word(anchor.unit or "-", said[0].unit or "-")
                and _overlap(_context(claim, anchor), _context(passage, said[0]))
            ):
                one = said[0]  # the passage's one difference of the kind, of the same thing
            elif not said and len(values) == 2 and _tallied(claim, passage, values, found):
                factor = _difference(anchor, claim, passage, True)
        rival = (
            factor
            or one
            or (None if _named_nearby(anchor, evidence) else _same_slot(anchor, claim, slots))
            or (None if slots is not passage else _sole_rival(anchor, claim, passage, words))
            or _other_tally(anchor, claim, passage)
        )
        if rival is None and (none := _counted_none(anchor, claim, passage)) is not None:
            said = passage.text[none[0] : none[1]]
            mismatches.append((Check(anchor.kind, "mismatch", anchor.text, said, citation), none))
            continue
        if (
            rival is None
            or _measured_another_year(anchor, found)
            or _another_day(anchor, rival, claim, passage)
            or _within_a_longer_span(anchor, rival, claim, passage)
        ):
            checks.append(Check(anchor.kind, "missing", anchor.text, "", citation))
            continue
        detail = _slot_words(passage, rival)
        if rival is factor:
            value = float(rival.value)
            detail = {
                "factor": f"{value:.2g} times",
                "share": f"{value:.3g} percent",
                "difference": f"a difference of {value:,.0f}" if value >= 10 else f"{value:g}",
            }[_change_kind(anchor)]
        mismatches.append(
            (Check(anchor.kind, "mismatch", anchor.text, rival.text, citation, detail), rival)
        )
    mismatches += _quote_mismatches(claim, passage, citation) or _short_misquotes(
        claim, passage, citation
    )
    all_found = all(h is not None for h in found.values())
    if all_found and _coverage(_affirmed(claim, anchors), words)[0] >= POLARITY_COVERAGE:
        mismatches += _polarity_mismatches(claim, passage, words, citation)
    speakers = passage.of("attribution") or _pronoun_speaker(passage, evidence)
    speakers = _who_said(claim, passage, speakers) or speakers
    mismatches += _attribution_mismatches(claim, speakers, citation, found, topic)
    mismatches += _quote_of_another(claim, passage, speakers, found, citation)
    # (a title held by another counts only in a passage that shares some of the claim's
    # other words: every court has a judge)
    mismatches += _post_mismatches(claim, passage, citation) or (
        _title_mismatches(claim, passage, citation) if topic > 0 else []
    )
    if all_found:
        mismatches += _role_mismatches(claim, passage, found, citation)
        numbers = [h for a, h in found.items() if a.kind == "quantity" and h is not None]
        mismatches += _direction_mismatches(claim, passage, words, numbers, citation)
        mismatches += _prefix_mismatches(claim, words, citation) or _outcome_mismatches(
            claim, passage, words, citation
        )
        mismatches += _swapped_alternatives(claim, passage, words, citation)
        mismatches += _said_to_be_false(claim, passage, words, citation)
        # Another value of a set in the claim's place contradicts it, or, among the claim's
        # first words, which say which thing it is about, only keeps the passage from
        # supporting it.
        for leading, check, rival in _alternatives(claim, passage, words, evidence, citation):
            if leading:
                detail = f"{check.claim} (the passage's is {check.evidence})"
                displaced.append(replace(check, outcome="missing", evidence="", detail=detail))
            else:
                mismatches.append((check, rival))
    # A passage that only says the claim's change did not happen ("did not fall" for "rose")
    # neither supports nor contradicts it.
    denied = _denied_change(claim, passage, words) if all_found and not mismatches else None
    # Nor does one that puts the claim's words under a negation without saying their opposite:
    # "refused to say whether the operator had missed an inspection".
    hedged = None
    if all_found and not mismatches:
        hedged = _lone_negation(passage, claim)
        if hedged is not None and _refused_alike(hedged[0], passage, claim):
            hedged = None
        hedged = hedged or _asked(claim, passage, words)
    # The negation probe is for opposites said in other words. A passage with a negation of
    # its own is drawn to the claim negated whatever it negates ("..., though it did not
    # publish the details"), and one with every word of the claim says no opposite that the
    # word checks above miss.
    probe = not passage.of("negation") and SLOT_COVERAGE <= coverage < 1.0
    probe = probe and len(anchors) <= NEGATION_ANCHORS
    if not mismatches and denied is None and all_found and probe:
        mismatches += _nearer_negation(claim, evidence, citation)

    if nli is not None and topic >= SLOT_COVERAGE:
        checks.append(_nli_check(nli, citation))

    highlights = [(s, e, "match") for s, e in matched_spans]
    highlights += [
        (h.start, h.end, "match")
        for h in found.values()
        if h is not None and h.end <= len(passage.text)
    ]
    for check, where in mismatches:
        checks.append(check)
        if where is not None:
            start, end = where if isinstance(where, tuple) else (where.start, where.end)
            highlights.append((start, end, "mismatch"))

    nli_says = next((c.outcome for c in checks if c.kind == "nli"), None)
    # Words shared with the passage, counting the numbers and dates found as words.
    shared = len(matched_spans) + sum(1 for a in anchors if a.kind != "entity")
    if mismatches or nli_says == "mismatch":
        stance = "contradicts"
    elif denied is not None:
        checks.append(Check("direction", "missing", denied.text, "", citation))
        stance = "neutral"
    elif hedged is not None:
        cue, stated = hedged
        checks.append(Check("polarity", "missing", stated.text, cue.text, citation))
        stance = "neutral"
    elif all_found and (
        _states_claim(coverage, evidence.similarity, topic, shared) or nli_says == "match"
    ):
        # A qualifier the article's headline gives ("UK house prices fall for second month")
        # is the sentence's too ("Prices were 1.9% lower than in August last year").
        unplaced = _unplaced(claim, anchors, words)
        if unplaced and evidence.passage.headline:
            around = _Words(_placed(evidence.passage.headline, _CONTEXT_OFFSET))
            unplaced = [t for t in unplaced if around.match(t) is None]
        unplaced += _uncaused(claim, words)
        unplaced += _unquoted(claim, words)
        unplaced += _unknown_opener(claim, words, evidence)
        unplaced += _overstated(claim, words)
        unplaced += _unrefuted(claim, words)
        displaced += [
            Check("word", "missing", t.text, "", citation, f"{t.text} (nothing there is to come)")
            for t in _unplanned(claim, words)
        ]
        displaced += [
            Check("word", "missing", t.text, "", citation, f"{t.text} (there only {cue} {m.text})")
            for t, cue, m in _unfulfilled(claim, words)
        ]
        if source := _only_the_source(claim, passage, found):
            anchor, said = source
            detail = f"{anchor.text} (only as the source: {said.text})"
            displaced.append(Check("entity", "missing", anchor.text, "", citation, detail))
        checks += [Check("word", "missing", t.text, "", citation) for t in unplaced] + displaced
        stance = "neutral" if unplaced or displaced else "supports"
    else:
        stance = "neutral"
    unmatched = tuple(dict.fromkeys(w.text for w in claim.content if words.match(w) is None))
    return Assessment(stance, coverage, tuple(checks), _merge(highlights), unmatched)


#: The span a rate is counted over: "40,000 vehicles a day", "£5 per month".
_PERIODS = {
    w: w.rstrip("s")
    for w in "minute minutes hour hours day days night nights week weeks month months year years".split()
} | {"annum": "year", "fortnight": "fortnight"}
_PER = frozenset("a an per each every".split())
#: "a year ago", "a week later", "a month into the contract": a time, not a rate.
_NOT_A_RATE = frozenset("ago earlier later before after into on since".split())


def _period(facts: Facts, quantity: Fact) -> str | None:
    """The span of time a number is counted over, said in its own clause right after it."""
    after, edge = [], quantity.end
    for t in _tokens_after(facts, quantity, 5):
        if _BREAK.search(facts.text[edge : t.start]):
            break
        after.append(t)
        edge = t.end
    for i, (per, span) in enumerate(zip(after, after[1:], strict=False)):
        if per.norm in _PER and span.norm in _PERIODS:
            if i + 2 < len(after) and after[i + 2].norm in _NOT_A_RATE:
                return None
            if i and after[i - 1].norm == "for":
                return None  # "closes for a day"
            return _PERIODS[span.norm]
    return None


def _other_period(anchor: Fact, hit: Fact, claim: Facts, passage: Facts) -> tuple[str, str] | None:
    """The claim's rate and the passage's, counted over different spans of time."""
    ours = _period(claim, anchor)
    theirs = _period(passage, hit) if ours else None
    return (ours, theirs) if theirs and theirs != ours else None


def _only_the_source(
    claim: Facts, passage: Facts, found: dict[Fact, Fact | None]
) -> tuple[Fact, Fact] | None:
    """The name the claim opens with, which the passage only gives as the source of what it
    says: "Meridian Building Society cut its mortgage rates" against "house prices fell,
    according to the Meridian Building Society"."""
    if claim.of("attribution"):
        return None
    subject = next(iter(claim.of("entity")), None)
    if subject is None or claim.text[: subject.start].strip(" \"“'‘("):
        return None
    hit = found.get(subject)
    if hit is None:
        return None
    for source in passage.of("attribution"):
        if source.text.lower().startswith("according to") and (
            source.start <= hit.start and hit.end <= source.end
        ):
            return subject, source
    return None


_CURRENCY_NAMES = {
    w: sign
    for sign, words in {"$": "dollar dollars", "£": "pound pounds", "€": "euro euros"}.items()
    for w in words.split()
}


def _found_whole(
    claim: Facts, found: dict[Fact, Fact | None], computed: dict[Fact, Fact]
) -> tuple[Token, ...]:
    """The claim's words that count as found where their fact was found, said another way."""

    def name(a: Fact, hit: Fact, t: Token) -> bool:  # "Daniel Okafor" in "Okafor denied"
        return a.kind == "entity" and a.start <= t.start < a.end

    # "$655m" in "$655 million", "a year and a half" in "18 months", and the currency said
    # after the number: "1.2 billion dollars" in "$1.2 billion"
    def number(a: Fact, hit: Fact, t: Token) -> bool:
        inside = a.start <= t.start < a.end or (
            t.norm in _CURRENCY_NAMES
            and a.end < t.start <= a.end + 1
            and hit.text[:1] == _CURRENCY_NAMES[t.norm]
        )
        return a.kind == "quantity" and a not in computed and inside

    def span_unit(a: Fact, hit: Fact, t: Token) -> bool:  # "two-day" in "48-hour"
        return a.kind == "quantity" and _converted(a, hit) and t.norm == a.unit and a.end <= t.start

    return tuple(
        Token(t.text, t.norm, hit.start, hit.end)
        for rule in (name, number, span_unit)
        for a, hit in found.items()
        if hit is not None
        for t in claim.tokens
        if rule(a, hit, t)
    )


def _unplaced(claim: Facts, anchors: list[Fact], words: _Words) -> list[Token]:
    """The words of a claim number's clause that the passage lacks while it has the word they
    qualify: "18 percent" found in "greenhouse gas emissions fell by 18 percent" says nothing
    of *transport* emissions. Other missing words are left to the coverage thresholds: they
    are mostly verbs said another way ("jailed" / "sentenced"), which a rule on words cannot
    tell from a change of meaning (measured in docs/benchmarks.md)."""
    near = {w for a in anchors if a.kind == "quantity" for w in _clause(claim, a)}
    tokens = claim.tokens
    following = {t: tokens[i + 1] for i, t in enumerate(tokens[:-1])}
    sums = [a for a in anchors if a.kind == "quantity" and _measure(a) in ("money", "share")]
    amounts = {t for t in tokens for a in sums if a.start <= t.start < a.end}
    return [
        t
        for t in claim.content
        if t.norm in near
        and t.norm not in _LIGHT_VERBS  # "it took rescuers 14 hours" qualifies nothing
        and words.match(t) is None
        and (n := following.get(t)) is not None
        and is_content(n.norm)
        and n not in amounts  # "an additional £48m" qualifies no word ("the early 20th" does)
        and (m := words.match(n)) is not None
        and _previous_word(words.tokens, m) not in _PERSONAL  # "An analyst cut" as "She cut"
    ]


#: Who a sentence names by a pronoun, standing for the claim's word before its verb.
_PERSONAL = frozenset("he she they".split())
#: Verbs that carry little of their own meaning before a noun.
_LIGHT_VERBS = frozenset("take takes took taken taking make makes made making".split())


def _asked(claim: Facts, passage: Facts, words: _Words) -> tuple[Token, Token] | None:
    """The "whether" before most of the claim's words in the passage, or the question they are
    in: "refused to say whether the operator had missed an inspection" asks the claim, it does
    not state it."""
    cue = next((t for t in passage.tokens if t.norm == "whether"), None)
    mark = passage.text.find("?")
    if cue is None and mark < 0:
        return None
    hits = [m for t in claim.content if (m := words.match(t)) is not None]
    if cue is not None:
        after = [m for m in hits if cue.end <= m.start < len(passage.text)]
        return (cue, after[0]) if after and len(after) * 2 >= len(hits) else None
    # ... and so does a question that asks whether, not one that takes it as known ("How do we
    # know more CO2 is causing warming?"): "Ask the experts: Are polar bear populations
    # increasing?"
    if passage.text[mark + 1 :].strip(" \"'”’.)"):
        return None  # answered, or asked by someone: "Did it? Yes, ...", '"...?" asked the mayor'
    start = max((m.end() for m in _QUESTION_STARTS.finditer(passage.text, 0, mark)), default=0)
    opening = next((t for t in passage.tokens if t.start >= start), None)
    asked = [m for m in hits if start <= m.start < mark]
    if opening is None or opening.norm not in _ASKING or not asked or len(asked) * 2 < len(hits):
        return None
    return Token("?", "?", mark, mark + 1), asked[0]


#: The words a question that asks whether opens with.
_ASKING = frozenset(
    """is are was were do does did has have had can could will would should may might""".split()
)
#: Where the question a "?" ends begins: after a sentence or a colon before it.
_QUESTION_STARTS = re.compile(r"[.!:;]\s")


#: Words that say one thing caused another. A passage that says two things happened says
#: nothing of whether one caused the other.
_CAUSAL = frozenset(
    """cause causes caused causing because due blame blames blamed blaming attribute attributes
    attributed attributing responsible result results resulted resulting driven trigger
    triggers triggered triggering""".split()
)


#: Words that say something is yet to come, in a claim ("will appeal") and in a passage, where
#: a plan, a forecast or a possibility may say so.
_FUTURE = frozenset("""will would expected expects intends going plans""".split())
_TO_COME = _FUTURE | frozenset(
    """would shall expect intend intended plan planned planning aims aim set due could may
    might likely projected predicted forecast forecasts scheduled proposed proposes""".split()
)


def _unquoted(claim: Facts, words: _Words) -> list[Token]:
    """The claim's quoted words that the passage lacks in any form: a quotation is supported
    only by its own words ('Brown called it "a triumph"' against '"This decision is a
    disgrace," said Brown')."""
    quotes = claim.of("quote")
    return [
        t
        for t in claim.content
        if any(q.start <= t.start < q.end for q in quotes)
        and not any(c in t.norm for c in "'’")  # "we'll" may be "we will"
        and not any(f.start <= t.start < f.end for f in claim.of("quantity"))  # "12 per cent"
        and not any(same_word(t.norm, u.norm) for u in words.tokens)
    ]


def _unplanned(claim: Facts, words: _Words) -> list[Token]:
    """The claim's word for what is to come, when the passage has none: "the council will
    appeal against the ruling" is not supported by "the council lost its case", nor "she said
    council tax would rise" by "profits rose"."""
    tokens = words.tokens
    if any(t.norm in _TO_COME for t in tokens):
        return []
    # "Brackwell is to close its factory" says what is to come as well.
    pairs = zip(tokens, tokens[1:], strict=False)
    if any(t.norm in ("is", "are") and u.norm == "to" for t, u in pairs):
        return []
    # ("would not" refuses: "would not rule out further flooding" is "refused to rule out")
    said = claim.tokens
    refused = {t for t, u in zip(said, said[1:], strict=False) if is_negation(u.norm)}
    return [t for t in said if t.norm in _FUTURE and not (t.norm == "would" and t in refused)][:1]


#: What puts a verb after it still to come: "is expected to sign", "plans to close".
#: (Not "due to flooding", "likely to develop", "the aim to", "hope to find more".)
_STILL_TO_COME = frozenset(
    "expected set plans planned intends intend aims going scheduled poised".split()
)


def _to_come(word: Token, before: dict[Token, Token]) -> bool:
    """ "expected", "due" or "likely" before "to" and a verb: "is due to approve" (not "more
    likely to develop", a risk)."""
    if word.norm in _STILL_TO_COME:
        return True
    ahead = before.get(word)
    return word.norm in _IF_NOT_COMPARED and (ahead is None or ahead.norm not in _COMPARING)


_IF_NOT_COMPARED = frozenset("due likely".split())
_COMPARING = frozenset("more less times as most least".split())
#: (Not "could": "could reach the village only by boat" is what was done.)
_MODALS = frozenset("will would may might shall".split())


def _unfulfilled(claim: Facts, words: _Words) -> list[tuple[Token, str, Token]]:
    """The claim's verb said as done ("has signed the bill") where the passage has it only
    as to come ("is expected to sign it within fourteen days", "will sign it"): with the
    word that makes it so. Not where the claim says it is to come too, nor where the passage
    says something else was done, which may be the claim's act in other words ("lifted rates
    and is expected to raise them again")."""
    said = claim.tokens
    before_ours = {u: t.norm for t, u in zip(said, said[1:], strict=False)}
    if any(t.norm in _MODALS for t in said) or any(
        u.norm == "to" and (t in _STILL_TO_COME or t in BE_FORMS) for u, t in before_ours.items()
    ):
        return []
    tokens = words.tokens
    before = {u: t for t, u in zip(tokens, tokens[1:], strict=False)}
    # another verb done to a thing the claim names after its verb: "lifted rates", "backed
    # the plan" (not "officials confirmed", "chaired by Ms Reid")
    verb = next((t for t in said if t.norm.endswith("ed")), None)
    after_verb = {w.norm for w in said if verb is not None and w.start > verb.start}
    done = [
        t
        for i, t in enumerate(tokens)
        if t.text.islower()
        and t.norm.endswith("ed")
        and t.norm not in _STILL_TO_COME
        and not any(same_word(t.norm, w.norm) for w in said)
        and any(
            u.norm in after_verb
            for u in [u for u in tokens[i + 1 : i + 4] if u.norm not in _DETERMINERS][:1]
        )
    ]
    if done:
        return []
    found = []
    for t in claim.content:
        m = words.exact.get(t.norm) or words.match(t)
        if m is None or m.norm == t.norm or before_ours.get(t) == "to" or m not in before:
            continue
        if not t.norm.endswith("ed") or m.norm.endswith("ing"):
            continue  # "is cutting its service", "the ban starts next year" are plans too,
            # and "postponed due to flooding" says why
        cue = before[m]
        if cue.norm in _MODALS:
            found.append((t, cue.text, m))
        elif cue.norm == "to" and (plan := before.get(cue)) is not None and _to_come(plan, before):
            found.append((t, f"{plan.text} to", m))
    return found[:1]


def _uncaused(claim: Facts, words: _Words) -> list[Token]:
    """The claim's word of cause, when the passage has none: "rising temperatures caused the
    decline" is not supported by "coral cover fell while temperatures rose"."""
    if any(t.norm in _CAUSAL for t in words.tokens):
        return []
    return [t for t in claim.tokens if t.norm in _CAUSAL][:1]


#: Words that put a statement at an extreme: "the largest on record", "every year".
_WHOLLY = frozenset({"fully", "completely", "entirely", "totally", "wholly"})
_EXTREME = frozenset({"every", "always"}) | _WHOLLY
#: ... and "the first woman to", "the only cause", "only an insignificant role" (a judgement
#: the passage must make too; not "the first quarter", nor "only 40 people", a count).
_SOLE_BEFORE = frozenset({"the", "its", "their", "his", "her"})
_SUPERLATIVE = re.compile(r"[a-z]{2,}est")
_NOT_SUPERLATIVE = frozenset(
    """interest forest request protest arrest honest invest harvest suggest west test rest
    modest earnest contest guest nest quest digest manifest conquest pest chest inquest priest
    behest unrest midwest attest detest infest divest vest zest crest jest lest latest""".split()
)


def _superlative(t: Token) -> bool:
    return (
        t.text[:1].islower()
        and bool(_SUPERLATIVE.fullmatch(t.norm))
        and t.norm not in _NOT_SUPERLATIVE
    )


def _overstated(claim: Facts, words: _Words) -> list[Token]:
    """The claim's word that puts it at an extreme, when the passage lacks it: "the largest
    harvest on record" is not "harvested 1.2 million tonnes". A passage with a superlative of
    its own may say it another way ("the sharpest increase" for "the fastest rate")."""
    theirs = any(_superlative(t) for t in words.tokens)
    whole = any(t.norm in _WHOLLY for t in words.tokens)  # "wholly" said as "entirely"
    tokens = claim.tokens
    counts = {q.start for q in claim.of("quantity")}
    sole = {
        t
        for i, t in enumerate(tokens)
        if t.norm == "first"
        and i > 0
        and tokens[i - 1].norm in _SOLE_BEFORE
        and any(u.norm == "to" for u in tokens[i + 1 : i + 4])
        or t.norm == "only"
        and not any(u.start in counts for u in tokens[i + 1 : i + 3])
    }
    return [
        t
        for t in tokens
        if (t.norm in _EXTREME or t in sole or (_superlative(t) and not theirs))
        and words.match(t) is None
        and not (whole and t.norm in _WHOLLY)
    ][:1]


def _states_claim(coverage: float, similarity: float, topic: float, shared: int) -> bool:
    """Most of the claim's words are there, or the passage is worded much like the claim and
    shares more than its names, and, unless it is very similar, more than one word ("The
    mayor resigned" against "The mayor declined to comment")."""
    return coverage >= SUPPORT_COVERAGE or (
        (shared > 1 or similarity >= SUPPORT_SIMILARITY_NAMES_ONLY)
        and similarity >= SUPPORT_SIMILARITY
        and coverage >= SUPPORT_SIMILARITY_COVERAGE
        and (topic >= SUPPORT_TOPIC or similarity >= SUPPORT_SIMILARITY_NAMES_ONLY)
    )


def _denied_value(facts: Facts, fact: Fact) -> Fact | None:
    """The negation that denies this very value: "not in 2026", "never Poland", with no
    other word of substance between them."""
    for negation in facts.of("negation"):
        cue_end = negation.start + len(negation.text)
        if not cue_end <= fact.start < negation.end:
            continue
        between = [t for t in facts.tokens if cue_end <= t.start < fact.start]
        if all(not is_content(t.norm) or t.text[:1].isupper() for t in between):
            return negation
    return None


def _named_nearby(anchor: Fact, evidence: Evidence) -> bool:
    """A name the passage's neighbouring sentences use is not replaced in this one."""
    if anchor.kind != "entity":
        return False
    return _find_entity(anchor, _placed(evidence.passage.context, _CONTEXT_OFFSET)) is not None


def _title_tokens(evidence: Evidence) -> tuple[Token, ...]:
    return _placed(evidence.passage.title, _TITLE_OFFSET)


#: Title and context words count as found, but are placed past the end of the passage's text
#: (never highlighted), each text in its own range.
_TITLE_OFFSET, _CONTEXT_OFFSET = 10**9, 2 * 10**9


@lru_cache(maxsize=4096)  # asked for by every claim a passage is judged for
@lru_cache(maxsize=4096)  # a passage's context and title, placed again for every claim
def _placed(text: str, offset: int) -> tuple[Token, ...]:
    return tuple(Token(t.text, t.norm, offset + t.start, offset + t.end) for t in tokenize(text))


class _Words:
    """A passage's words, indexed so a claim word is found without comparing it with every
    token (the judge's hot spot in bulk checks)."""

    def __init__(self, tokens: tuple[Token, ...]):
        self.tokens = tokens
        self.exact: dict[str, Token] = {}
        self.by_initial: dict[str, list[Token]] = {}
        self.by_direction: dict[int, Token] = {}
        self.by_role: dict[int, Token] = {}
        self.by_meaning: dict[int, Token] = {}
        self.by_rank: dict[int, Token] = {}
        for t in tokens:
            self.exact.setdefault(t.norm, t)
            self.by_initial.setdefault(t.norm[:1], []).append(t)
            if t.norm in DIRECTION:
                self.by_direction.setdefault(DIRECTION[t.norm], t)
            if t.norm in _ROLE_VERBS:
                self.by_role.setdefault(_ROLE_VERBS[t.norm], t)
            if t.norm in _SAME_MEANING:
                self.by_meaning.setdefault(_SAME_MEANING[t.norm], t)
            if (rank := _rank(t.norm)) is not None:
                self.by_rank.setdefault(rank, t)

    def match(self, word: Token) -> Token | None:
        """The first token that is `word` or a form of it (see `facts.same_word`), or a word
        going the same way ("dropped" for "fell"), or doing the same to someone ("defeated"
        for "beat")."""
        if word.norm in self.exact:
            return self.exact[word.norm]
        # same_word's forms share a prefix; only a spelling variant misspelt in its first letter
        # would be missed by looking among the words with the same initial.
        pool = self.by_initial.get(word.norm[:1], ())
        found = next((t for t in pool if same_word(word.norm, t.norm)), None)
        if found is None and word.norm in DIRECTION:
            found = self.by_direction.get(DIRECTION[word.norm])
        if found is None and word.norm in _ROLE_VERBS:
            found = self.by_role.get(_ROLE_VERBS[word.norm])
        if found is None and word.norm in _SAME_MEANING:
            found = self.by_meaning.get(_SAME_MEANING[word.norm])
        if found is None and (rank := _rank(word.norm)) is not None:
            found = self.by_rank.get(rank)  # "fourteenth" is "14th"
        return found


def _rank(norm: str) -> int | None:
    """The place an ordinal names, in words or digits: "fifth", "5th"."""
    if not norm[:1].isdigit():
        return ORDINALS.get(norm)
    digits = _ORDINAL_DIGITS.fullmatch(norm)
    return int(digits.group(1)) if digits else None


#: Words of one meaning that share no stem: "died" / "deaths" ("No deaths were reported"
#: against "Two people died").
_SAME_MEANING = {
    w: group
    for group, words in enumerate(
        (
            """die dies died dying dead death deaths killed fatal fatalities fatality""",
            """hurt injured injuring injury injuries wounded""",
            """acquitted cleared""",
            """unchanged unaltered steady stable""",
            # ... and the words news copy swaps for one another
            """jailed jail imprisoned imprisonment""",
            """cancelled cancel cancels scrapped scrap scraps axed axe""",
            """pledged pledges promised vowed""",
            """pupils pupil students student""",
            """flawed errors error mistakes faulty""",
        )
    )
    for w in words.split()
}


def _coverage(words: list[Token], index: _Words) -> tuple[float, list[tuple[int, int]]]:
    """Share of `words` found in a passage, and the spans of the tokens that matched."""
    if not words:
        return 1.0, []
    spans = [(t.start, t.end) for w in words if (t := index.match(w)) is not None]
    return len(spans) / len(words), spans


def _outside(words: list[Token], facts: list[Fact]) -> list[Token]:
    return [w for w in words if not any(f.start <= w.start < f.end for f in facts)]


def _find(anchor: Fact, claim: Facts, passage: Facts, tokens: tuple[Token, ...]) -> Fact | None:
    """The passage fact that states the same thing as a claim anchor, if any: the same value
    before one whose range allows it ("20,000" before "at least 12,000")."""
    if anchor.kind == "entity":
        return _find_entity(anchor, tokens)
    same = [f for f in passage.of(anchor.kind) if _same_value(anchor, f)]
    if not same and anchor.kind == "quantity":
        same = [
            f
            for f in passage.of("quantity")
            if _people_counted(anchor, f, passage) and _same_quantity(replace(anchor, unit=""), f)
        ]
    if not same and anchor.kind == "quantity" and anchor.unit:
        # A range's unit may be said before the number: "the number of households in temporary
        # accommodation reached 1,712" holds "more than 1,700 households".
        same = [
            f
            for f in passage.of("quantity")
            if _same_quantity(replace(anchor, unit=""), f)
            and not f.unit  # "more than 400 residents" does not count inches
            and any(same_word(anchor.unit, w) for w in _clause(passage, f))
        ]
    if not same and anchor.kind == "quantity":
        return _as_ordinal(anchor, claim, passage) or _tally_as_score(anchor, claim, passage)
    if not same and anchor.kind == "score":
        return _score_as_tally(anchor, claim, passage)
    if anchor.kind == "quantity" and _counted_otherwise(anchor, claim, same, passage):
        return None  # "destroyed 30 homes" against "destroyed 14 homes and damaged 30 others"
    return next((f for f in same if f.value == anchor.value), same[0] if same else None)


def _tally(facts: Facts, value: Fact) -> tuple[Fact, Fact] | None:
    """The tally a count is one side of, in order: "by five votes to four", "was carried by
    230 to 200" (not "rose 18% to 486,000", "fell by 30 to 20")."""
    numbers = facts.of("quantity")
    for first, second in zip(numbers, numbers[1:], strict=False):
        if value not in (first, second) or not _TALLY.fullmatch(
            facts.text, first.end, second.start
        ):
            continue
        if _measure(first) != "count" or _measure(second) != "count":
            continue
        between = _word_after(facts, first)
        before = [t.norm for t in _tokens_before(facts, first, 2)]
        if between in _TALLY_UNITS or (
            before[-1:] == ["by"] and before[:1] and before[0] in _DECIDED
        ):
            return first, second
    return None


_TALLY_UNITS = frozenset("votes vote goals points seats".split())
_VOTES = frozenset("voted votes vote approved rejected backed passed carried ruled split".split())
_MATCHES = frozenset(
    """won win wins winning beat beats beating beaten lost lose loses losing drew draw drawn
    defeat victory goals points""".split()
)
#: "carried by 230 to 200": a vote or a match, decided by a tally.
_DECIDED = frozenset(
    """voted carried passed approved rejected defeated won beat lost backed""".split()
)


def _pair(a: Fact, b: Fact) -> str:
    high, low = sorted((a.low, b.low), reverse=True)
    return f"{high:g}-{low:g}"


def _tally_as_score(anchor: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """A side of the claim's tally ("by five votes to four") in the passage's score of the
    same kind of contest ("voted 5-4")."""
    tally = _tally(claim, anchor)
    if tally is None or anchor.low != anchor.high:
        return None
    return next(
        (
            f
            for f in passage.of("score")
            if f.value == _pair(*tally) and _contest(passage, f) == _contest(claim, tally[0])
        ),
        None,
    )


def _score_as_tally(anchor: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """The claim's score ("approved the plan 5-4") as the passage's tally of the same kind of
    contest ("by five votes to four")."""
    for q in passage.of("quantity"):
        tally = _tally(passage, q)
        if (
            tally is not None
            and tally[0] is q
            and _pair(*tally) == anchor.value
            and _contest(passage, q) == _contest(claim, anchor)
        ):
            return _whole_tally(passage, tally)
    return None


def _results(facts: Facts) -> list[Fact]:
    """The results a text gives, as scores ("5-4") or tallies (the first side of "by five
    votes to four")."""
    tallies = [q for q in facts.of("quantity") if (t := _tally(facts, q)) and t[0] is q]
    return facts.of("score") + tallies


def _whole_tally(facts: Facts, tally: tuple[Fact, Fact]) -> Fact:
    """A tally as one fact, for a reason to quote whole: "five votes to four"."""
    first, second = tally
    text = facts.text[first.start : second.end]
    return Fact("score", text, _pair(first, second), first.start, second.end)


def _other_tally(anchor: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """The passage's only result, said the other way, with other numbers, of the same kind of
    contest: "by six votes to four" against "voted 5-4", "approved 6-3" against "by five votes
    to four" (not a vote against "the night Rovers won 2-1")."""
    results = _results(passage)
    if len(results) != 1 or results[0].kind == anchor.kind:
        return None
    (result,) = results
    if anchor.kind == "score":  # the passage's one result is a tally
        ours, said, rival = anchor, anchor.value, _whole_tally(passage, _tally(passage, result))
    else:  # the claim's tally against the passage's one score
        if (tally := _tally(claim, anchor)) is None:
            return None
        ours, said, rival = tally[0], _pair(*tally), result
    if rival.value == said or _contest(claim, ours) != _contest(passage, result):
        return None
    return rival


def _contest(facts: Facts, result: Fact) -> str:
    """What a result decided, by the words before it: a vote ("voted 5-4", "approved by six
    votes to four") or a match ("won 2-1", "beat Bath by 24 points to 17")."""
    before = {t.norm for t in _tokens_before(facts, result, 4)} | {_word_after(facts, result)}
    if before & _MATCHES:
        return "match"
    return "vote" if before & _VOTES else ""


def _counted_otherwise(anchor: Fact, claim: Facts, same: list[Fact], passage: Facts) -> bool:
    """The passage counts the claim's thing with another number, and its numbers with the
    claim's value count things the claim does not name."""
    if _measure(anchor) != "count" or not anchor.unit or anchor.unit in _SECONDS:
        return False
    # (counted by the claim's own verb: "destroyed 14 homes", not "and 30 homes were evacuated")
    verb = _word_before(claim, anchor)
    own = [
        f
        for f in passage.of("quantity")
        if f.unit and same_word(f.unit, anchor.unit) and same_word(_word_before(passage, f), verb)
    ]
    said = [t.norm for t in claim.tokens]
    return bool(own) and all(
        f not in own and _counted_thing(f.unit) and not any(same_word(f.unit, w) for w in said)
        for f in same
    )


#: "the 4th stage"
_ORDINAL_DIGITS = re.compile(r"(\d{1,2})(?:st|nd|rd|th)")
_ORDINAL_ENDING = re.compile(r"(?:st|nd|rd|th)\b")


def _as_ordinal(anchor: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """A number that names one of a series, "stage four" (or "stage 4"), found as "the fourth
    stage": the ordinal of the same value, before the word the claim puts before the number."""
    if _ORDINAL_ENDING.match(claim.text, anchor.end):  # "ranked 14th" as "fourteenth"
        # ... in the same place: a word next to it the claim has next to its own ("finished
        # third"; not "a third of their games", "a second slower")
        ours = _beside(claim.tokens, anchor)
        return next(
            (
                Fact("quantity", t.text, anchor.value, t.start, t.end, "", anchor.low, anchor.high)
                for t in passage.tokens
                if ORDINALS.get(t.norm) == anchor.low
                and any(same_word(a, b) for a in ours for b in _beside(passage.tokens, t))
            ),
            None,
        )
    before = _tokens_before(claim, anchor, 1)
    after = _tokens_after(claim, anchor, 1)
    # Not "in 3 countries", "cut 5 jobs": the number must follow a noun and count nothing.
    if not before or not is_content(before[-1].norm) or anchor.low != anchor.high:
        return None
    if after and is_content(after[0].norm) and claim.text[anchor.end : after[0].start].isspace():
        return None
    tokens = passage.tokens
    for t, following in zip(tokens, tokens[1:], strict=False):
        digits = _ORDINAL_DIGITS.fullmatch(t.norm)
        n = int(digits.group(1)) if digits else ORDINALS.get(t.norm)
        if n == anchor.low and same_word(following.norm, before[-1].norm):
            return Fact("quantity", t.text, str(n), t.start, t.end, "", n, n)
    return None


def _beside(tokens: tuple[Token, ...], at: Fact | Token) -> set[str]:
    """The words right before and after `at`, past a determiner ("the fifth day": "on", "day")."""
    before = [t for t in tokens if t.end <= at.start and t.norm not in _DETERMINERS][-1:]
    after = [t for t in tokens if t.start >= at.end and t.norm not in _DETERMINERS][:1]
    return {t.norm for t in before + after}


def _same_value(anchor: Fact, fact: Fact) -> bool:
    if anchor.kind == "quantity":
        return _same_quantity(anchor, fact)
    if anchor.kind == "date":
        return _same_date(anchor, fact)
    return anchor.value == fact.value


def _find_entity(anchor: Fact, tokens: tuple[Token, ...], nearby: bool = False) -> Fact | None:
    # Partial names agree ("Statkevich" = "Mikola Statkevich"): the surname must match,
    # and at least half of the name's words. An exact spelling is preferred to a variant.
    words = anchor.value.split()
    # "Dr Achterberg" is "Dr Miriam Achterberg": a title leaves room for a first name.
    untitled = [w for w in words if w not in _TITLES] or words

    acronym = _acronym(anchor.text) is not None

    def heads(same: Callable[[str], bool]) -> list[int]:
        # "Tarrant Aerospace" is not "Skerra Aerospace", nor "Peter Marsh" "Linda Marsh"; and
        # "US" is not "us".
        return [
            i
            for i, t in enumerate(tokens)
            if same(t.norm)
            and (not acronym or _acronym(t.text) is not None)
            and (len(untitled) == 1 or not _other_name_before(tokens, i, untitled))
        ]

    last_word = words[-1]
    if (spelt := _spelt_out(anchor, tokens)) is not None:
        return spelt
    # "Office for National Statistics" said as "ONS"
    initials = _initials(anchor.value)
    if initials and not any(t.norm == words[-1] for t in tokens):
        hit = next((t for t in tokens if t.norm == initials and t.text.isupper()), None)
        if hit is not None:
            return Fact("entity", hit.text, anchor.value, hit.start, hit.end)
    found_at = heads(last_word.__eq__) or heads(
        # A variant spelt alike shares its first letter (see _Words.match).
        lambda norm: norm[:1] == last_word[:1] and _same_name(last_word, norm)
    )
    if not found_at:
        return None
    last = tokens[found_at[0]]
    found = sum(1 for w in words if any(_same_name(w, t.norm) for t in tokens))
    if found * 2 < len(words):
        return None
    if found == 1 < len(untitled) and _named_after(tokens, found_at[0], words):
        return None  # "Utrecht University" is not "the University of Bern"
    if len(words) > 1 and last.text[:1].islower():
        # "Larchmont Homes" is not "850 homes"; and in the paragraph, where other things are
        # named too, "Green Party" is not "the two parties" (a name written in lower case is
        # still a phrase there: "the little ice age").
        i = found_at[0]
        if found == 1 or nearby and (i == 0 or not _same_name(words[-2], tokens[i - 1].norm)):
            return None
    # "Redfield's Ben Hollis" is not "Castlegate, who had Ben Hollis sent off": a name said
    # with its owner is found with the owner next to it.
    if owner := _POSSESSIVE.match(anchor.text):
        owner_words = fold(owner.group(1)).split()  # "Unity Party's Priya Laddha": "Unity"
        near = tokens[max(0, found_at[0] - OWNER_REACH) : found_at[0] + OWNER_REACH + 1]
        if not any(_same_name(w, t.norm) for w in owner_words for t in near):
            return None
    return Fact("entity", last.text, anchor.value, last.start, last.end)


def _acronym(text: str) -> str | None:
    """ "EU", "U.S.": the letters of an acronym of two to five capitals."""
    letters = text.replace(".", "")
    return letters if 2 <= len(letters) <= 5 and letters.isalpha() and letters.isupper() else None


#: The small words a name's initials pass over: "Office *for* National Statistics".
_PASSED_OVER = frozenset({"of", "and", "the", "for"})


def _spelt_out(anchor: Fact, tokens: tuple[Token, ...]) -> Fact | None:
    """An acronym's name written out where the acronym is not: "U.S." as "United States",
    "EU" as "European Union", "ONS" as "Office for National Statistics" (the initials of
    capitalised words, `_PASSED_OVER` passed over; not from a sentence's first word,
    capitalised whatever it is)."""
    letters = _acronym(anchor.text)
    if letters is None or any(t.norm == letters.lower() for t in tokens):
        return None  # no acronym, or said as the acronym: found the usual way
    for i in range(1, len(tokens)):
        run, k = [], i
        while k < len(tokens) and len(run) < len(letters):
            t = tokens[k]
            if t.norm in _PASSED_OVER and run:
                k += 1
                continue
            if t.text[:1] != letters[len(run)] or _acronym(t.text) is not None:
                break
            run.append(t)
            k += 1
        if len(run) == len(letters):
            return Fact(
                "entity", " ".join(t.text for t in run), anchor.value, run[0].start, run[-1].end
            )
    return None


#: A name said with its owner ("Redfield's Ben Hollis"), and how near the owner must be.
_POSSESSIVE = re.compile(r"(.+?)['’]s\s+\S")
OWNER_REACH = 8


#: Words before a name that are no part of it: "Mr Okafor" is "Daniel Okafor".
_TITLES = frozenset(
    """mr mrs ms miss dr sir dame lord lady professor prof judge justice president governor
    minister councillor mayor senator captain chief inspector detective sergeant officer
    king queen prince princess saint st father reverend""".split()
)


def _other_name_before(tokens: tuple[Token, ...], i: int, words: list[str]) -> bool:
    """The word right before `tokens[i]` (and before the name's words the text has too) is a
    capitalised word of another name."""
    # "Kestwick Crown Court" is not "Brackenfield Crown Court" either: the name's words
    # before its last are passed over where the text has them too.
    k = len(words) - 2
    while i > 0 and k >= 0 and _same_name(words[k], tokens[i - 1].norm):
        if tokens[i].start - tokens[i - 1].end > 1:
            return False
        i, k = i - 1, k - 1
    if i == 0 or k < 0:
        return False
    before, head = tokens[i - 1], tokens[i]
    return (
        head.start - before.end <= 1
        and before.text[:1].isupper()
        and before.norm not in _TITLES
        and is_content(before.norm)
        and not any(_same_name(w, before.norm) for w in words)
    )


def _named_after(tokens: tuple[Token, ...], i: int, words: list[str]) -> bool:
    """`tokens[i]` is the head of a name said with "the", "of" and a capitalised word that is
    no word of `words`: "the University of Bern", "the Bank of England" (not "Anita Patel of
    Imperial College", whose own name is "Patel")."""
    after = tokens[i + 1 : i + 3]
    return (
        i > 0
        and tokens[i - 1].norm == "the"
        and len(after) == 2
        and after[0].text == "of"
        and after[1].text[:1].isupper()
        and not any(_same_name(w, after[1].norm) for w in words)
    )


def _same_name(a: str, b: str) -> bool:
    if len(a) <= 3 or len(b) <= 3:
        return a == b
    return same_word(a, b)


def _same_quantity(a: Fact, b: Fact) -> bool:
    """The same number, or ranges that overlap: "nearly 4 per cent" holds 3.8 per cent, but
    "more than 40,000" is not "up to 40,000"; a span of time in another unit converted
    ("a two-day walkout" is "a 48-hour strike")."""
    if (a.unit == "percent") != (b.unit == "percent") or (a.unit == TIMES) != (b.unit == TIMES):
        return False  # 14.5 percent is not 14.5 degrees, nor "doubled" two years
    if {_measure(a), _measure(b)} == {"money", "count"} and (
        a.unit in _SECONDS or b.unit in _SECONDS
    ):
        return False  # "ran for 12 weeks" is not "tickets cost £12"
    exact_a, exact_b = a.low == a.high, b.low == b.high
    if _two_part(a) and _two_part(b):
        return a.value == b.value  # "six years and eight months" is not "... and four months"
    overlap = a.low <= b.high and b.low <= a.high
    if a.value == b.value and (exact_a or exact_b or overlap):
        return True
    if _converted(a, b):
        return _same_span(a, b)
    if exact_a and exact_b:
        return False
    if exact_a and (b.low == float("-inf") or b.high == float("inf")):
        return False  # "more than 18 weeks" says nothing of the claim's 410
    if _open(a) == _open(b) != 0 and not a.low <= b.low <= b.high <= a.high:
        return False  # "over five years" does not say "more than 20 years"
    return overlap and (not a.unit or not b.unit or same_word(a.unit, b.unit))


#: What "people" may count, said more exactly: "more than 200 people" for "214 residents".
_PEOPLE = frozenset(
    """residents patients passengers workers staff employees pupils students children adults
    migrants refugees voters fans spectators visitors members runners participants volunteers
    individuals""".split()
)


def _people_counted(anchor: Fact, fact: Fact, passage: Facts) -> bool:
    """The claim's "people" are the passage's one group of them: "more than 200 people" for
    "214 residents" (not "148 passengers and six crew", two groups; not "patients" for
    "people")."""
    if anchor.unit != "people" or fact.unit not in _PEOPLE:
        return False
    after = _tokens_after(passage, fact, 2)
    return not (after[1:] and after[1].norm == "and")


def _open(q: Fact) -> int:
    """Which way a range with one end goes: up ("more than 20") 1, down ("up to 300", "fewer
    than 50", from zero) -1, else 0."""
    if q.high == float("inf"):
        return 1
    return -1 if q.low == float("-inf") or q.low == 0 < q.high else 0


def _two_part(q: Fact) -> bool:
    """A span said in two units: "six years and four months" (not "two and a half hours")."""
    return _TWO_UNITS.search(q.text) is not None


_TWO_UNITS = re.compile(rf"\b(?:{'|'.join(SPAN_UNITS)})s?\s+and\s+", re.IGNORECASE)


def _converted(a: Fact, b: Fact) -> bool:
    return a.unit in _SECONDS and b.unit in _SECONDS and not same_word(a.unit, b.unit)


def _same_span(a: Fact, b: Fact) -> bool:
    """The same span of time in two units: "two days" and "48 hours", "about two days" and
    "nearly 48 hours", but not "more than two years" and "more than 18 weeks"."""
    a_value, b_value = (float(f.value) * _SECONDS[f.unit] for f in (a, b))
    exact = a.low == a.high and b.low == b.high
    if not isclose(a_value, b_value, rel_tol=1e-6 if exact else 0.1):
        return False
    (a_low, a_high), (b_low, b_high) = (
        (f.low * _SECONDS[f.unit], f.high * _SECONDS[f.unit]) for f in (a, b)
    )
    return exact or a_low <= b_high and b_low <= a_high


_RELATION_GROUPS = [{"since", "from", "after"}, {"in", "on", "during"}, {"before", "until", "by"}]


def _same_relation(a: str, b: str) -> bool:
    if not a or not b:
        return True
    return any(a in g and b in g for g in _RELATION_GROUPS) or a == b


def _date_parts(fact: Fact) -> dict[str, str]:
    """ "2023-06-12" → year, month, day; "month-06-12" → month, day; "tuesday" → weekday."""
    head, *rest = fact.value.split("-")
    if head == "month":
        return dict(zip(("month", "day"), rest, strict=False))
    if head == "decade":  # "the 1980s": "decade-198", which 1987 states
        return {"decade": rest[0]} | ({"third": rest[1]} if rest[1:] else {})
    # (a year gives its decade too: "in 1987" states "in the 1980s")
    decade = (
        {"decade": head[:3], "third": _THIRDS[head[3]]} if len(head) == 4 and head.isdigit() else {}
    )
    if head.isdigit() and rest and not rest[0].isdigit():  # "2025-h1", "2024-q3"
        return {"year": head, "part": rest[0]} | decade
    if head.isdigit():
        return dict(zip(("year", "month", "day"), [head, *rest], strict=False)) | decade
    return {"weekday": head}


#: "the early / mid / late 1980s": the third of its decade a year is in.
_THIRDS = {str(d): "early" if d < 4 else "mid" if d < 7 else "late" for d in range(10)}


def _same_date(a: Fact, b: Fact) -> bool:
    """b states a: every part of the date a gives is the same in b ("June" in "12 June")."""
    theirs = _date_parts(b)
    return all(theirs.get(k) == v for k, v in _date_parts(a).items())


def _other_date(a: Fact, b: Fact) -> bool:
    """b is another date in a's place: a part both give differs ("12 June", "14 June")."""
    ours, theirs = _date_parts(a), _date_parts(b)
    return any(theirs[k] != v for k, v in ours.items() if k in theirs)


def _weekday_of_the_day(
    anchor: Fact, claim: Facts, passage: Facts, found: dict[Fact, Fact | None]
) -> Fact | None:
    """The other weekday the passage gives next to the day the claim gives with `anchor`."""
    if "weekday" not in _date_parts(anchor):
        return None
    day = _next_to(claim, anchor, "day")
    hit = found.get(day) if day is not None else None
    theirs = (
        _next_to(passage, hit, "weekday")
        if hit is not None and hit.end <= len(passage.text)
        else None
    )
    return theirs if theirs is not None and theirs.value != anchor.value else None


def _next_to(facts: Facts, date: Fact, part: str) -> Fact | None:
    """The date right before or after `date` ("Monday 10 March", "Monday, March 10") that
    gives `part`."""
    return next(
        (
            f
            for f in facts.of("date")
            if part in _date_parts(f)
            and (0 <= date.start - f.end <= 2 or 0 <= f.start - date.end <= 2)
        ),
        None,
    )


def _context(facts: Facts, fact: Fact) -> set[str]:
    """Words within a few words of a fact (names, numbers and months included), without
    function words and without the fact itself."""
    tokens = facts.tokens
    inside = [i for i, t in enumerate(tokens) if fact.start <= t.start < fact.end]
    if not inside:
        return set()
    lo, hi = max(0, inside[0] - CONTEXT_WINDOW), inside[-1] + CONTEXT_WINDOW + 1
    # "half" of "the first half of 2025" says what it is about, as it would next to "2025".
    part = fact.kind == "date" and "part" in _date_parts(fact)
    return {
        t.norm
        for i, t in enumerate(tokens[lo:hi], start=lo)
        if (i not in inside or part and not t.norm.isdigit())
        and len(t.norm) > 1
        and t.norm not in FUNCTION_WORDS
    }


#: Verbs that set one value against another.
_SURPASSED = frozenset(
    """beat beats beating broke breaks breaking exceeded exceeds exceeding surpassed surpasses
    topped tops eclipsed eclipses outstripped outstrips overtook overtakes""".split()
)


def _beaten(claim: Facts, anchor: Fact) -> set[str]:
    """What a value is set against, when a verb of it follows: "record" in "a crest of 19.4
    feet beat a record set in 1998"."""
    after = _tokens_after(claim, anchor, 3)
    verb = next((i for i, t in enumerate(after) if t.norm in _SURPASSED), None)
    if verb is None:
        return set()
    rest = _tokens_after(claim, after[verb], CONTEXT_WINDOW)
    return {t.norm for t in rest if is_content(t.norm) and not t.norm.isdigit()}


def _is_beaten(beaten: set[str], passage: Facts, fact: Fact) -> bool:
    """The passage's value is the one beaten: the beaten word right before it ("the previous
    *record of* 17.9 feet"), and no verb of beating after it ("$2.8bn, which beat")."""
    before = {t.norm for t in _tokens_before(passage, fact, 3)}
    after = {t.norm for t in _tokens_after(passage, fact, 3)}
    return bool(beaten & before) and not after & _SURPASSED


def _changes(words: set[str]) -> set[str]:
    return {w for w in words if abs(DIRECTION.get(w, 0)) == 1}


def _counted_thing(unit: str) -> bool:
    """A unit that names what is counted, a plural noun ("30 other structures", "50,000
    visitors"), not a span of time nor the word after a number ("19 shortly")."""
    return unit.endswith("s") and unit not in _SECONDS and is_content(unit)


def _things_apart(anchor: Fact, fact: Fact, claim: Facts) -> bool:
    """Two counts of things named otherwise ("50,000 visitors" / "30 countries"), or an age
    set off by commas ("The man, 45, was jailed") against a span of time ("for 6 years")."""
    if fact.unit in _SECONDS and not anchor.unit:
        return (
            claim.text[anchor.start - 2 : anchor.start] == ", "
            and claim.text[anchor.end : anchor.end + 1] == ","
        )
    units = (anchor.unit, fact.unit)
    return (
        _measure(anchor) == _measure(fact) == "count"
        and all(_counted_thing(u) for u in units)
        and not same_word(*units)
    )


def _sole_rival(anchor: Fact, claim: Facts, passage: Facts, words: _Words) -> Fact | None:
    """The passage's only number, of the anchor's measure, where the passage has every other
    word of the claim and one near both numbers: "The vaccine was 70% effective" against "The
    vaccine was found to be 90 per cent effective in the trial"."""
    if anchor.kind != "quantity" or len(passage.of("quantity")) != 1:
        return None
    (value,) = passage.of("quantity")
    if (
        _measure(value) != _measure(anchor)
        or _same_quantity(anchor, value)
        or _other_scale(anchor.unit, value.unit)
        or _bounded_alike(anchor, value)
        or (anchor.unit == TIMES) != (value.unit == TIMES)
    ):
        return None
    # (units that differ may still name one thing: "ten days" and "five sitting days")
    other_unit = anchor.unit and value.unit and not same_word(anchor.unit, value.unit)
    if other_unit and not any(same_word(anchor.unit, w) for w in _context(passage, value)):
        return None
    rest = [w for w in claim.content if not anchor.start <= w.start < anchor.end]
    if _coverage(rest, words)[0] < 1.0:
        return None
    # ... said of the same thing, the word after it: "70% effective" / "90 per cent effective"
    # (not "65% in the by-election" / "up 5% on the general election")
    ours = [t.norm for t in _tokens_after(claim, anchor, 2) if is_content(t.norm)][:1]
    theirs = [t.norm for t in _tokens_after(passage, value, 2) if is_content(t.norm)]
    if not ours and not _tokens_after(claim, anchor, 1):  # "Turnout was 45%." ends with it
        before = [t for t in claim.tokens if t.end <= anchor.start and _worded(t.norm)][-1:]
        near = [t for t in passage.tokens if t.end <= value.start and _worded(t.norm)][-1:]
        alike = before and near and same_word(before[0].norm, near[0].norm)
        return value if alike else None  # "Turnout was 45%", not "raised tax by 5%" / "cut by 10%"
    return value if ours and any(same_word(ours[0], w) for w in theirs) else None


def _overlap(a: set[str], b: set[str]) -> int:
    return sum(1 for x in a if any(same_word(x, y) for y in b))


def _same_slot(anchor: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """The passage fact that fills the anchor's slot with another value, if any."""
    if anchor.kind == "entity":
        return _same_entity_slot(anchor, claim, passage)

    # A day dates its whole clause ("approved a budget of 2.4 billion euros on Tuesday"); a year
    # often names a thing instead ("the 2014 flip from the cool phase").
    def near(facts: Facts, fact: Fact) -> set[str]:
        words = _context(facts, fact)
        day = fact.kind == "date" and "year" not in _date_parts(fact)
        return words | _clause(facts, fact) if day else words

    around = near(claim, anchor)
    beaten = _beaten(claim, anchor)
    claim_values = [f for f in claim.facts if f.kind == anchor.kind]
    best, best_score = None, 0
    for fact in passage.of(anchor.kind):
        if any(_same_value(c, fact) for c in claim_values):
            continue  # a value the claim states somewhere is never a rival
        if anchor.kind == "date" and (
            not _other_date(anchor, fact) or not _same_relation(anchor.unit, fact.unit)
        ):
            continue
        if anchor.kind == "quantity" and _measure(anchor) != _measure(fact):
            continue  # a share is no rival of a count, nor a count of a sum of money
        if _other_scale(anchor.unit, fact.unit):
            continue  # "two days" and "48 hours" may be the same span, "8 inches" and "20 cm"
        if anchor.unit and fact.unit and (anchor.unit in _SECONDS) != (fact.unit in _SECONDS):
            continue  # "about 8 inches" is no span of time ("over a century")
        if anchor.kind == "quantity" and _bounded_alike(anchor, fact):
            continue  # "over two years" and "more than 18 weeks" can both be true
        if anchor.kind == "quantity" and _things_apart(anchor, fact, claim):
            continue  # "50,000 visitors" and "30 countries"; "The man, 45," and "6 years"
        if _said_of_another(claim, passage, fact):
            continue
        theirs = near(passage, fact)
        if _is_beaten(beaten, passage, fact):
            continue  # the value the claim's beat: "a crest of 19.4 feet beat a record"
        score = _overlap(around, theirs)
        if _changes(around) and _changes(theirs) and not _overlap(_changes(around), theirs):
            score += 1  # "fell by 48 per cent" and "shrunk by 38 per cent" are one change
            if _one_change(anchor, claim, fact, passage):
                score += 1  # ... each said with its number: "fell by 13%" / "an 18% fall"
        if (
            anchor.kind == "quantity"
            and _measure(anchor) == "count"
            and anchor.unit
            and same_word(anchor.unit, fact.unit or "-")
        ):
            # "25 freed" vs "52 freed", not the 69 of "69-year-old" next to it; any two sums of
            # money share their currency, so it says nothing of what they pay for.
            score += 2
        if (
            anchor.kind == "quantity"
            and _change_end(claim, anchor) == _change_end(passage, fact) != ""
        ):
            score += 1  # the same end of a change: "rise by £4.2bn to £168bn" / "to £186bn"
            if _other_end_found(anchor, claim, passage):
                score += 1  # "slowed to 1.2% from 2.4%" / "slowed to 1.2%, down from 2.1%"
        if _measure(anchor) == "share" and _share_of(claim, anchor) & _share_of(passage, fact):
            score += 1  # of one whole: "half of the new homes" / "30% of the homes"
        if score > best_score:
            best, best_score = fact, score
    # A date also agrees in kind and relation, so one shared word is enough for it.
    return best if best_score >= (1 if anchor.kind == "date" else SLOT_CONTEXT) else None


def _other_end_found(anchor: Fact, claim: Facts, passage: Facts) -> bool:
    """The claim's other end of the change the anchor ends ("to 1.2%" for "from 2.4%") is an
    end of a change in the passage too."""
    end = _change_end(claim, anchor)
    other = "to" if end == "from" else "from"
    ends = [q for q in claim.of("quantity") if q is not anchor and _change_end(claim, q) == other]
    return any(
        _same_quantity(q, p) and _change_end(passage, p) == other
        for q in ends
        for p in passage.of("quantity")
    )


def _one_change(anchor: Fact, claim: Facts, fact: Fact, passage: Facts) -> bool:
    """Two shares, each the amount of a change the same way, said of the same thing (two words
    of the claim, besides its names, in the passage's part of the sentence): "Halvorsen's
    pre-tax profit fell by 13 per cent" and "Halvorsen Foods reported an 18% fall in annual
    pre-tax profit" (not "Lapwing numbers also fell, by 18%" for curlew numbers, nor "operating
    profit" for "pre-tax profit")."""
    if _measure(anchor) != "share" or _measure(fact) != "share":
        return False
    ours, theirs = _way_of(claim, anchor), _way_of(passage, fact)
    if ours is None or theirs is None or ours[1] != theirs[1]:
        return False
    start, end = _clause_span(passage, fact, _CONTRAST)
    part = {t.norm for t in passage.tokens if start <= t.start < end and _worded(t.norm)}
    # (words of what changed, not of whose it is: "Ardent Bank's pre-tax profit" is not
    # "Ardent Bank ... a fall in annual revenue")
    names = {w for e in claim.of("entity") for w in e.value.split()}
    said = {
        t.norm
        for t in claim.content
        if _worded(t.norm) and t is not ours[0] and t.norm not in names
    }
    return _overlap(said, part - {theirs[0].norm}) >= 2


def _bounded_alike(a: Fact, b: Fact) -> bool:
    """Two open ranges that go the same way ("more than" / "over", "up to" / "under")."""
    inf = float("inf")
    return a.high == b.high == inf or a.low == b.low == -inf


def _share_of(facts: Facts, fact: Fact) -> set[str]:
    """What a share is of: "new", "homes" for "half of the new homes"."""
    if _word_after(facts, fact) != "of":
        return set()
    after = [t for t in facts.tokens if t.start >= fact.end][1:5]
    return {t.norm for t in after if is_content(t.norm) and t.text[:1].islower()}


def _said_of_another(claim: Facts, passage: Facts, fact: Fact) -> bool:
    """The fact's part of the passage's sentence (between contrasts) names someone or
    something the claim does not, and nothing the claim names: "Valdoria's population grew by
    almost 7%" against "..., while the province of Halvik lost nearly 5% of its population"."""
    start, end = _clause_span(passage, fact, _CONTRAST)
    if start == 0:
        return False  # the sentence's main part: its subject may be said once for all
    theirs = [e for e in passage.of("entity") if start <= e.start < fact.start]
    ours = claim.of("entity")
    return bool(theirs and ours) and not any(_same_source(a, b) for a in ours for b in theirs)


def _dated_elsewhere(
    anchor: Fact, hit: Fact, claim: Facts, passage: Facts
) -> tuple[Fact, Fact] | None:
    """The claim's date for its number and the passage's, when they differ: each said right
    after the number ("3.8 percent in March")."""
    if anchor.kind != "quantity":
        return None
    ours, theirs = _date_after(claim, anchor), _date_after(passage, hit)
    if ours is None or theirs is None or not _other_date(ours, theirs):
        return None
    return ours, theirs


def _another_day(anchor: Fact, rival: Fact, claim: Facts, passage: Facts) -> bool:
    """The passage's number is dated otherwise in its clause than the claim's in its own: "two
    aircraft were deployed on Saturday" against "four aircraft were deployed on Monday, twice
    as many as on Saturday" is another count."""
    if anchor.kind != "quantity" or rival.kind != "quantity":
        return False

    def dated(facts: Facts, fact: Fact) -> Fact | None:
        start, end = _clause_span(facts, fact)
        return next((d for d in facts.of("date") if start <= d.start < end), None)

    ours, theirs = dated(claim, anchor), dated(passage, rival)
    return ours is not None and theirs is not None and _other_date(ours, theirs)


def _date_after(facts: Facts, fact: Fact) -> Fact | None:
    """The date said right after a number, with at most a relation word between."""
    date = next((d for d in facts.of("date") if d.start >= fact.end), None)
    if date is None:
        return None
    between = [t for t in facts.tokens if fact.end <= t.start < date.start]
    return date if len(between) <= 1 and all(t.norm in DATE_RELATIONS for t in between) else None


def _measured_another_year(anchor: Fact, found: dict[Fact, Fact | None]) -> bool:
    """The claim's number is the passage's, but for another year: "life expectancy for women
    was 83.1 years in 2012" against "... 83.1 years for women in 2022" says nothing of 2012.
    (A day is an event's, and another day contradicts it: "derailed on 3 May"; so does another
    deadline: "by 2050".)"""
    if anchor.kind != "date" or "year" not in _date_parts(anchor) or anchor.unit not in ("", "in"):
        return False
    return any(a.kind == "quantity" and hit is not None for a, hit in found.items())


#: Words that refer back to a subject named earlier in the sentence.
_REFERRING = frozenset("it they them".split())
_PREPOSITIONS = frozenset("at to on by from of in".split())


def _referred_to(passage: Facts, hit: Fact) -> bool:
    """The number goes with what an earlier clause named, said again as a pronoun right
    before it: "draw £6.5m from its reserves, leaving *them at* £19m" (not "Police said they
    arrested 4 men and 12 women")."""
    before = _tokens_before(passage, hit, 2)
    return bool(before) and (
        before[-1].norm in _REFERRING
        or len(before) == 2
        and before[0].norm in _REFERRING
        and before[1].norm in _PREPOSITIONS
    )


def _subject_elsewhere(
    anchor: Fact, hit: Fact, claim: Facts, passage: Facts
) -> tuple[Token, tuple[int, int], Fact | None] | None:
    """The first words of the claim's clause for its number (its subject, names aside) that
    the passage has only as the first words of another clause than the number's, with where
    that clause is and its own number of the same measure, if any: "the port authority has
    offered a 9 percent pay rise" against "demanding a 9 percent pay rise, while the port
    authority has offered 4 percent"."""
    if anchor.kind != "quantity" or hit.end > len(passage.text):
        return None
    start, end = _clause_span(claim, anchor, _CONTRAST)
    named = [f for f in claim.facts if f.kind in ANCHOR_KINDS]
    words = [t for t in _outside(claim.content, named) if not is_negation(t.norm)]
    subject = [t for t in words if start <= t.start < end][:2]
    # A name opening the clause is its subject: "Marsh Institute climbed to 48th place"
    # against "Halden University climbed to 48th place, while its rival Marsh Institute fell
    # to 73rd". It may follow a word or two there ("its rival").
    first = next((t for t in claim.content if start <= t.start < end), None)
    opener = next((f for f in named if first and f.start <= first.start < f.end), None)
    opens = 2
    speaks = opener is not None and _word_after(claim, opener) in SPEECH_VERBS  # "X said its"
    if opener is not None and opener.kind == "entity" and opener.end <= anchor.start and not speaks:
        subject = [t for t in claim.content if opener.start <= t.start < opener.end][-1:]
        opens = 3
    if _referred_to(passage, hit):
        return None
    hit_start, hit_end = _clause_span(passage, hit, _CONTRAST)
    conceded = re.match(r"(?:al)?though\b", passage.text[hit_start:hit_end].lower())
    if (
        opens == 3
        and conceded
        and not any(
            hit_start <= e.start < hit_end and not _same_source(e, opener)
            for e in passage.of("entity")
        )
    ):
        # A number conceded in a clause that names nobody else is the name's before it:
        # "Brennock Foods reported a fall in profit, even though sales reached a record £2.4
        # billion" (but "food prices rose, while energy costs fell 2.3%" are two subjects).
        return None
    names = [(e.start, e.end) for e in passage.of("entity")]
    for word in subject:
        # "Trains" of "Northway Trains" is a name's word, not "trains" the claim's subject.
        said = [
            t
            for t in passage.tokens
            if same_word(word.norm, t.norm)
            and (word.text[:1].isupper() or not any(a <= t.start < b for a, b in names))
        ]
        if not said or any(hit_start <= t.start < hit_end for t in said):
            continue
        for t in said:
            clause = _clause_span(passage, t, _CONTRAST)
            if t in [c for c in passage.content if c.start >= clause[0]][:opens]:
                rival = next(
                    (
                        f
                        for f in passage.of("quantity")
                        if clause[0] <= f.start < clause[1]
                        and _measure(f) == _measure(anchor)
                        and not _same_value(anchor, f)
                    ),
                    None,
                )
                return word, clause, rival
    return None


_SECONDS = {
    unit: seconds
    for units, seconds in (
        ("second seconds", 1),
        ("minute minutes", 60),
        ("hour hours", 3600),
        ("day days", 86400),
        ("week weeks", 7 * 86400),
        ("fortnight fortnights", 14 * 86400),
        ("month months", 365.25 * 86400 / 12),
        ("year years", 365.25 * 86400),
        ("decade decades", 3652.5 * 86400),
        ("century centuries", 36525 * 86400),
    )
    for unit in units.split()
}

#: Units of one measure in different scales; a number in one is no rival of a number in
#: another, as the judge does not convert them.
_SCALES = [
    frozenset(group.split())
    for group in (
        """mm millimetre millimetres millimeter millimeters cm centimetre centimetres centimeter
        centimeters metre metres meter meters km kilometre kilometres kilometer kilometers inch
        inches ft foot feet yard yards mile miles""",
        """mg gram grams kg kilogram kilograms kilo kilos tonne tonnes ton tons lb lbs ounce
        ounces""",
        """ml millilitre millilitres milliliter milliliters litre litres liter liters gallon
        gallons barrel barrels""",
        """hectare hectares ha acre acres""",
    )
]


def _other_scale(a: str, b: str) -> bool:
    return not same_word(a, b) and any({a, b} <= scale for scale in _SCALES)


def _measure(fact: Fact) -> str:
    """What a quantity measures at its coarsest: a share, a sum of money or a count."""
    if fact.unit == "percent":
        return "share"
    return "money" if fact.unit in CURRENCY_UNITS else "count"


def _difference(
    anchor: Fact, claim: Facts, passage: Facts, any_change: bool = False
) -> Fact | None:
    """A change said by its amount ("fell by £23bn") or its factor ("doubled"), found from the
    two ends of the change the passage gives ("fell from £121bn last year to £98bn"); with
    `any_change`, the passage's change whatever its size."""
    if anchor.kind != "quantity":
        return None
    if anchor.unit == "percent" and _word_after(claim, anchor) == "of":
        return _part_of(anchor, claim, passage, any_change)
    paired = majority = False
    if anchor.unit == TIMES:
        # "doubled its profit to £412m" from "£412m ..., up from £206m"; a factor said as a
        # word is a round one ("roughly tripled" from 368 to 1,126).
        ends = [q for q in passage.of("quantity") if _measure(q) != "share" and q.unit != TIMES]
        exact = anchor.low == anchor.high
        low, high = (anchor.low * 0.95, anchor.high * 1.05) if exact else (anchor.low, anchor.high)
        change = lambda a, b: b / a if a else float("inf")  # noqa: E731
    elif (
        # a margin ("defeated by a margin of seven votes") or a compared difference: any two
        # values, not only a change's two ends
        (majority := _majority(claim, anchor))
        or (paired := _margin(claim, anchor) or _compared_by(claim, anchor))
        or (before := _word_before(claim, anchor)) == "by"
        or _costs_more(claim, anchor)
        or (abs(DIRECTION.get(before, 0)) == 1 and _measure(anchor) != "share")
    ):
        # "fell by more than five percentage points" from "86.5% ... to 81.2%"; "shed 34
        # seats" from "fell to 97 seats, down from 131".
        measure = "share" if anchor.unit in ("point", "points") else _measure(anchor)
        ends = [q for q in passage.of("quantity") if _measure(q) == measure]
        low, high = anchor.low * 0.99, anchor.high * 1.01
        change = lambda a, b: abs(a - b)  # noqa: E731
    else:
        return None
    if any_change:
        low, high = 0.0, float("inf")
    about = _clause(claim, anchor)
    # A majority is between two tallies, never a change over time.
    between = None if majority else _change_between(anchor, passage, ends, low, high, change, about)
    if between is None and (paired or majority):
        # "beat Whitaker by 1,875 votes" from "received 11,842 votes ... to Whitaker's 9,967":
        # two values, at least one of them counted in the claim's unit and neither in another.
        alike = [
            q
            for q in ends
            if not (q.unit and anchor.unit)
            or same_word(q.unit, anchor.unit)
            or _word_before(passage, q) == "to"  # "48 votes to 41 in a defeat"
        ]
        for a, b in itertools.combinations(alike, 2):
            if anchor.unit and not (a.unit or b.unit):
                continue
            # A bare margin ("a majority of 13") only from a tally: "by 64 votes to 51".
            if not anchor.unit and not _TALLY.fullmatch(passage.text, a.end, b.start):
                continue
            value = abs(float(a.value) - float(b.value))
            if low <= value <= high:
                text = passage.text[a.start : b.end]
                return Fact(
                    "quantity", text, f"{value:g}", a.start, b.end, anchor.unit, value, value
                )
    return between


def _compared_by(claim: Facts, anchor: Fact) -> bool:
    """A difference said as a comparison: "fell asleep nine minutes sooner than those who"
    (not a share: "5% higher than" is mostly relative)."""
    after = _tokens_after(claim, anchor, 6)
    # (after the words of its unit: "23 percentage points lower than")
    unit = next((i for i, t in enumerate(after) if t.norm not in _POINTS), len(after))
    compared = [i for i, t in enumerate(after[: max(2, unit + 1)]) if t.norm in _COMPARATIVES]
    return (
        (_measure(anchor) != "share" or anchor.unit in ("point", "points"))
        and bool(compared)
        and any(t.norm == "than" for t in after[compared[0] + 1 :])
    )


def _costs_more(claim: Facts, anchor: Fact) -> bool:
    """A difference said with no "than": "will cost 15p more", "journeys 40 minutes longer"
    (not "15 more engineers", which counts the ones added)."""
    after = _tokens_after(claim, anchor, 2)
    if anchor.unit in CURRENCY_UNITS:
        return bool(after) and after[0].norm in ("more", "less")
    return (
        len(after) == 2
        and bool(anchor.unit)
        and same_word(after[0].norm, anchor.unit)
        and after[1].norm in _COMPARATIVES
    )


_POINTS = frozenset("percentage point points".split())
#: Words that compare two amounts ("nine minutes sooner than").
_COMPARATIVES = frozenset(w for w, way in DIRECTION.items() if abs(way) == 2) | frozenset(
    "more less fewer sooner later earlier".split()
)


def _margin(claim: Facts, anchor: Fact) -> bool:
    """A win's margin: "beat Whitaker by 1,875 votes", "won by 12 points"."""
    said = _tokens_before(claim, anchor, ROLE_REACH)
    by = next((i for i in range(len(said) - 1, -1, -1) if said[i].norm == "by"), None)
    return by is not None and any(
        _ROLE_VERBS.get(t.norm) == 0 and t.norm not in _LOSING or t.norm in _WINNING
        for t in said[:by]
    )


def _majority(claim: Facts, anchor: Fact) -> bool:
    """A margin said as a noun: "cleared the assembly with a majority of 13"."""
    said = _tokens_before(claim, anchor, 2)
    return len(said) == 2 and said[1].norm == "of" and said[0].norm in _MARGINS


def _changed_by(claim: Facts, anchor: Fact) -> bool:
    """A change said by its amount: "rose by about 5,500", "cut by £2m"."""
    before = _tokens_before(claim, anchor, 2)
    return (
        len(before) == 2
        and before[1].norm == "by"
        and abs(DIRECTION.get(before[0].norm, 0)) == 1
        and _measure(anchor) != "share"
    )


def _difference_said(claim: Facts, anchor: Fact) -> bool:
    """A number that is the difference between two values, not a value: a win's margin, a
    majority, "nine minutes sooner than", "15p more"."""
    return anchor.kind == "quantity" and (
        _margin(claim, anchor)
        or _changed_by(claim, anchor)
        or _majority(claim, anchor)
        or _compared_by(claim, anchor)
        or _costs_more(claim, anchor)
    )


def _tallied(
    claim: Facts, passage: Facts, values: list[Fact], found: dict[Fact, Fact | None]
) -> bool:
    """Two values that are the claim's two sides: a tally ("by 64 votes to 51"), or one of
    them said right after one of the claim's names ("to Whitaker's 9,967")."""
    first, second = values
    if _TALLY.fullmatch(passage.text, first.end, second.start):
        return True
    names = [a.value.split()[-1] for a, hit in found.items() if a.kind == "entity" and hit]
    return any(
        _same_name(name, t.norm)
        for value in values
        for t in _tokens_before(passage, value, 2)
        for name in names
    )


def _differences(passage: Facts) -> Facts:
    """The passage with only the quantities it says as differences."""
    kept = tuple(
        f for f in passage.facts if f.kind != "quantity" or _said_as_difference(passage, f)
    )
    return replace(passage, facts=kept)


def _said_as_difference(passage: Facts, fact: Fact) -> bool:
    """ "rose *by* 4%", "an *increase of* £800m", "£7m *more*", "a *majority of* 13" (not a
    tally after a verb of winning or voting: "defeated by 59 votes to 56", "carried by 230
    votes to 200"; "fell by 12,000 to 1.3 million" and "went up by 2,000 to 60,000" are
    changes)."""
    before = _tokens_before(passage, fact, 2)
    if (
        len(before) == 2
        and before[-1].norm == "by"
        and (
            before[0].norm in _ROLE_VERBS
            or before[0].norm in _WINNING
            or before[0].norm == "carried"
            or abs(DIRECTION.get(before[0].norm, 0)) == 4
        )
        and any(
            q.start > fact.end and _TALLY.fullmatch(passage.text, fact.end, q.start)
            for q in passage.of("quantity")
        )
    ):
        return False
    after = _tokens_after(passage, fact, 2)
    if len(after) == 2 and fact.unit and same_word(after[0].norm, fact.unit):
        after = after[1:]  # "14 seconds clear of", "40 minutes longer"
    return (
        bool(before)
        and (
            before[-1].norm in ("by", "up", "down")  # "up £85", "rose by 4%"
            or abs(DIRECTION.get(before[-1].norm, 0)) == 1  # "rose 20p to £4.70"
            or len(before) == 2
            and before[-1].norm == "of"
            and (before[0].norm in _MARGINS or abs(DIRECTION.get(before[0].norm, 0)) == 1)
        )
        or bool(after)
        and (after[0].norm in _COMPARATIVES or after[0].norm in _AHEAD)
    )


#: "finishing more than a minute *ahead* of the runner-up", "14 seconds *clear* of"
_AHEAD = frozenset("ahead clear behind short".split())


_MARGINS = frozenset("majority margin lead".split())
#: Two tallies: "by 64 votes to 51".
_TALLY = re.compile(r"\s*(?:[a-z]+\s+)?to\s+")


def _computed(anchor: Fact, claim: Facts) -> bool:
    """A factor ("tripled"), or a share of a whole ("a third of the schools")."""
    return anchor.unit == TIMES or anchor.unit == "percent" and _word_after(claim, anchor) == "of"


def _change_kind(anchor: Fact) -> str:
    return {TIMES: "factor", "percent": "share"}.get(anchor.unit, "difference")


#: "41 of the county's 118 secondary schools": a part and its whole.
_PART_OF = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|all|[\w-]+['’]s)\s+)*", re.IGNORECASE)


def _part_of(anchor: Fact, claim: Facts, passage: Facts, any_share: bool) -> Fact | None:
    """A share said of a whole ("more than a third of the county's secondary schools"), found
    as a part of the whole the passage counts ("41 of the county's 118 secondary schools");
    with `any_share`, the passage's share whatever its size."""
    counts = [q for q in passage.of("quantity") if _measure(q) == "count"]
    about = _clause(claim, anchor)
    for part, whole in zip(counts, counts[1:], strict=False):
        if not _PART_OF.fullmatch(passage.text, part.end, whole.start) or not float(whole.value):
            continue
        value = 100 * float(part.value) / float(whole.value)
        within = any_share or anchor.low * 0.99 <= value <= anchor.high * 1.01
        if within and _overlap(about, _context(passage, whole)):
            text = passage.text[part.start : whole.end]
            return Fact(
                "quantity", text, f"{value:.3g}", part.start, whole.end, "percent", value, value
            )
    return None


def _word_after(facts: Facts, fact: Fact) -> str:
    return next((t.norm for t in facts.tokens if t.start >= fact.end), "")


def _change_between(
    anchor: Fact,
    passage: Facts,
    ends: list[Fact],
    low: float,
    high: float,
    change: Callable[[float, float], float],
    about: set[str],
) -> Fact | None:
    """The span from one end of a change to the other whose change lies in [low, high], with
    a word of the claim's clause (`about`), or a change the same way, next to an end: "net
    profit fell from $410 million to $355 million" is no change in the claim's spending."""
    for start in (
        q for q in ends if _change_end(passage, q) == "from" or _compared_with(passage, q)
    ):
        # "ran 81.2 per cent of its trains on time, down from 86.5 per cent": the number
        # before "up from" / "down from" (or "compared with") is where the change ended.
        before = [q for q in ends if q.end <= start.start]
        said = [t.norm for t in _tokens_before(passage, start, 2)]
        ended = before[-1:] if said in (["down", "from"], ["up", "from"]) else []
        compared = _compared_with(passage, start) and _then(passage, start)
        if compared:
            # "212 pairs across the 140 sq km area this spring, compared with 331 in 2014"
            ended = [q for q in before if _unit_alike(q.unit, start.unit, about)]
        part_start, part_end = _clause_span(passage, start, _CONTRAST)
        for end in (q for q in ends if _change_end(passage, q) == "to" or q in ended):
            if not part_start <= end.start < part_end:
                continue  # "revenue rose to $3.2 billion, but net profit fell from $410 million"
            if (
                start.unit != end.unit
                and start.unit
                and end.unit
                and _measure(start) != "share"
                and not (compared and end in ended)  # its unit said once: "331 in the last"
            ):
                continue
            value = change(float(start.value), float(end.value))
            first, last = sorted((start, end), key=lambda q: q.start)
            near = _context(passage, first) | _context(passage, last)
            # ... or the same way said with another verb: "dropped by four years to 37"
            # against "the median age ... fell to 37 from 41".
            same_way = {DIRECTION[w] for w in _changes(about)} & {
                DIRECTION[w] for w in _changes(near)
            }
            if low <= value <= high and (_overlap(about, near) or same_way):
                text = passage.text[first.start : last.end]
                return Fact(
                    "quantity", text, f"{value:g}", first.start, last.end, anchor.unit, value, value
                )
    return None


def _then(facts: Facts, fact: Fact) -> bool:
    """A time said right after a value: "331 *in 2014*", "500 *a decade ago*" (not "331 in
    Bradford", another thing rather than another time)."""
    after = _tokens_after(facts, fact, 4)
    dates = [d for d in facts.of("date") if d.start >= fact.end]
    return bool(dates and after and dates[0].start <= after[-1].start) or any(
        t.norm in TIME_WORDS for t in after
    )


def _unit_alike(end: str, start: str, about: set[str]) -> bool:
    """The end's unit is the start's, or, where the start says none ("331 *in the last*
    survey"), one the claim counts ("212 *breeding* pairs" for "breeding pairs dropped")."""
    if start and start not in TIME_WORDS and start not in FUNCTION_WORDS:
        return same_word(end, start)
    return any(same_word(end, w) for w in about)


def _compared_with(facts: Facts, fact: Fact) -> bool:
    """ "212 pairs this spring, *compared with* 331 in 2014": the value a change started at."""
    return [t.norm for t in _tokens_before(facts, fact, 2)] in (
        ["compared", "with"],
        ["compared", "to"],
    )


def _word_before(facts: Facts, fact: Fact) -> str:
    return next((t.norm for t in _tokens_before(facts, fact, 1)), "")


def _part_of_all(anchor: Fact, hit: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """The claim says "all" of a count the passage gives only a part of: "all nine members"
    against "six of the nine members"."""
    if anchor.kind != "quantity" or [t.norm for t in _tokens_before(claim, anchor, 1)] != ["all"]:
        return None
    of_the = _tokens_before(passage, hit, 2)
    if [t.norm for t in of_the] != ["of", "the"]:
        return None
    # (not where the passage goes on to the rest: "three of the five ..., and the other two")
    if any(t.norm in _THE_REST for t in passage.tokens if t.start > hit.end):
        return None
    of = of_the[0]
    return next(
        (
            q
            for q in passage.of("quantity")
            if q.end <= of.start
            and not passage.text[q.end : of.start].strip()
            and q.unit != "percent"
            and float(q.value) < float(hit.value)
        ),
        None,
    )


#: Words that say the rest of a count was also said: "the rest", "the other two", "all of whom".
_THE_REST = frozenset("rest other others remaining remainder all".split())


#: A span of time back from now: "over the past 30 years", "in the last 14 months" (not "jailed
#: for three years").
_LOOKING_BACK = frozenset("past last over".split())
_SPANS = frozenset("years year months month decades decade weeks week days".split())


def _within_a_longer_span(anchor: Fact, rival: Fact, claim: Facts, passage: Facts) -> bool:
    """Both numbers count a span back from now, the passage's the longer: what held over the
    past 50 years held over the past 30 ("Arctic sea ice has been retreating over the past
    30 years"); not the other way round ("the lowest in 20 years" against "in 14 years")."""

    def span(facts: Facts, q: Fact) -> str | None:
        before = _tokens_before(facts, q, 1)
        after = _tokens_after(facts, q, 1)
        if not before or before[0].norm not in _LOOKING_BACK or not after:
            return None
        return after[0].norm.rstrip("s") if after[0].norm in _SPANS else None

    # (only for a trend: not where the claim gives an amount over the span, "risen 20cm over
    # the past 30 years", or a change, "doubled over the last five years")
    if len(claim.of("quantity")) > 1 or any(
        abs(w) == 1 for _, w in _directions(claim, claim.tokens)
    ):
        return False
    ours, theirs = span(claim, anchor), span(passage, rival)
    return ours is not None and ours == theirs and float(anchor.value) < float(rival.value)


def _tokens_after(facts: Facts, fact: Fact | Token, count: int) -> list[Token]:
    return [t for t in facts.tokens if t.start >= fact.end][:count]


def _tokens_before(facts: Facts, fact: Fact, count: int) -> list[Token]:
    return [t for t in facts.tokens if t.end <= fact.start][-count:]


def _change_end(facts: Facts, fact: Fact) -> str:
    """ "from" or "to" right before a number: which end of a change it is."""
    word = _word_before(facts, fact)
    return word if word in ("from", "to") else ""


def _owned_elsewhere(
    anchor: Fact, hit: Fact, claim: Facts, passage: Facts
) -> tuple[Fact, str] | None:
    """The passage's number that the claim's words around its number go with, and those words,
    when it is not the number found."""
    if owner := _owner(anchor, hit, claim, passage):
        # "5.1 percent for men and 4.3 percent for women": the claim's "4.3 percent for men"
        # finds its number, but the claim's words around it belong to the 5.1.
        return owner, _owner_words(owner, hit, claim, passage)
    if named := _named_owner(anchor, hit, claim, passage):
        owner, name = named
        return owner, name.text
    return None


def _named_owner(anchor: Fact, hit: Fact, claim: Facts, passage: Facts) -> tuple[Fact, Fact] | None:
    """Another number of the passage that goes with the claim's name for this one, the name
    said last before each number: "Linda Marsh won with 54 percent" against "Thomas Reyes won
    with 54 percent, defeating Linda Marsh, who received 44 percent"."""
    if anchor.kind != "quantity" or not anchor.unit or hit.value != anchor.value:
        return None
    theirs = _name_before(passage, hit)
    # The name the claim opens with, if the passage also says it before the number, has it.
    subject = next((e for e in claim.of("entity") if e.end <= anchor.start), None)
    before = [e for e in passage.of("entity") if e.end <= hit.start]
    if theirs is None or subject is None or any(_same_source(subject, e) for e in before):
        return None
    ours = _name_before(claim, anchor)
    owner = (
        None
        if ours is None or _same_source(ours, theirs)
        else _numbered(anchor, hit, ours, passage)
    )
    if owner:
        return owner, ours
    # Or the number goes with the claim's opening name, which the passage says before another:
    # "Tom Haskins won the Ashby Vale North by-election with 9,214 votes".
    owner = _numbered(anchor, hit, subject, passage) if subject is not ours else None
    return (owner, subject) if owner else None


def _numbered(anchor: Fact, hit: Fact, ours: Fact, passage: Facts) -> Fact | None:
    """The passage's other number of the anchor's kind said after the name `ours`."""
    for fact in passage.of(anchor.kind):
        if fact is hit or _same_value(anchor, fact) or not _counts_alike(anchor, fact, passage):
            continue  # the same value, or a number of something else (an age, a year)
        name = _name_before(passage, fact)
        if name is not None and _same_source(name, ours):
            return fact
    return None


def _counts_alike(anchor: Fact, fact: Fact, passage: Facts) -> bool:
    """The passage's number counts what the claim's does, or says nothing it counts before a
    name ("Tom Haskins on 7,880 and the Conservative Gareth Pym" leaves "votes" understood),
    and is not set off by commas after a name (an age: "Kieran Doyle, 24, of Mill Lane")."""
    if same_word(anchor.unit, fact.unit or "-"):
        return True
    text = passage.text
    if text[: fact.start].rstrip().endswith(",") and text[fact.end :].lstrip().startswith(","):
        return False
    after = [t for t in passage.tokens if t.start >= fact.end and t.norm == fact.unit][:1]
    return bool(after) and after[0].text[:1].isupper()


def _name_before(facts: Facts, fact: Fact) -> Fact | None:
    return max(
        (e for e in facts.of("entity") if e.end <= fact.start), key=lambda e: e.start, default=None
    )


def _owner(anchor: Fact, hit: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """Another number of the passage, counting the same kind of thing, whose clause has words
    of the claim that the clause of the number found lacks, while that clause has none the
    other lacks but a verb of change: "5.1 percent for men and 4.3 percent for women" against
    "4.3 percent for men"."""
    if anchor.kind != "quantity" or not anchor.unit:
        return None
    # An end of a change that the passage gives as the same end is the claim's: "dropped from
    # 3.8 per cent to 3.1 per cent" against "fell to 3.1%, down from 3.8%".
    # ("... £187 million, compared with £171 million this year" gives the start too.)
    theirs = _change_end(passage, hit) or ("from" if _compared_with(passage, hit) else "")
    if _change_end(claim, anchor) and _change_end(claim, anchor) == theirs:
        return None
    # The claim's words, less those of its clauses about its other numbers ("..., while
    # temperatures rose by 14.5 degrees").
    own = _clause(claim, anchor)
    others = (_clause(claim, q) for q in claim.of("quantity") if q is not anchor)
    words = {t.norm for t in claim.content} - {w for c in others if c != own for w in c - own}
    near_hit = _number_clause(passage, hit)
    for fact in passage.of("quantity"):
        if _same_quantity(anchor, fact) or not same_word(anchor.unit, fact.unit or "-"):
            continue
        near_fact = _number_clause(passage, fact)
        # A verb of change moves with its number: "exports rose 4.3% while imports fell 2.1%"
        # against "exports fell 2.1%"; and the period is often said once for both ("grew by
        # 5.9 percent in the year to May, while real earnings grew by 1.2 percent").
        own_hit = {w for w in near_hit - near_fact if w not in _SHARED_BY_CLAUSES}
        if _overlap(words, near_fact - near_hit) and not _overlap(words, own_hit):
            return fact
    return None


_SHARED_BY_CLAUSES = frozenset(DIRECTION) | TIME_WORDS | frozenset(MONTHS)


def _number_clause(facts: Facts, fact: Fact) -> set[str]:
    """The words of a number's clause, and of the clause before it where this one only goes
    on with it: "a fee of £48m, rising to £55m", "the strongest rise, at 6.8%"."""
    words = _clause(facts, fact)
    start, _ = _clause_span(facts, fact)
    opening = [t.norm for t in facts.tokens if t.start >= start][:2]
    goes_on = opening[:1] in (["at"], ["to"]) or (
        len(opening) == 2 and opening[0] in DIRECTION and opening[1] in ("to", "from")
    )
    if start and (goes_on or not words):
        words |= _clause(facts, Token("", "", start - 1, start - 1))
    return words


def _owner_words(owner: Fact, hit: Fact, claim: Facts, passage: Facts) -> str:
    """The claim's words that go with the other number: "unemployment rate … men"."""
    start, end = _clause_span(passage, owner)
    near_hit = _clause(passage, hit)
    clause = [t for t in passage.tokens if start <= t.start < end]
    picked = [
        i
        for i, t in enumerate(clause)
        if not owner.start <= t.start < owner.end
        and t.norm not in near_hit
        and any(same_word(t.norm, w.norm) for w in claim.content)
    ]
    return "".join(
        ("" if k == 0 else " " if i == picked[k - 1] + 1 else " … ") + clause[i].text
        for k, i in enumerate(picked)
    )


def _clause_coverage(anchor: Fact, claim: Facts, words: _Words) -> float:
    near = _clause(claim, anchor)
    return _coverage([t for t in claim.content if t.norm in near], words)[0]


#: Where one clause ends and the next begins, for `_clause`.
_CLAUSE_EDGE = re.compile(
    r"[;:()\u2013\u2014]|,(?!\d)|\b(?:and|while|whereas|but|although|though)\b"
)


#: Where a sentence turns to another subject: "..., while house prices fell".
_CONTRAST = re.compile(r";|\b(?:while|whereas|but|although|though)\b")


def _part_text(facts: Facts, start: int, end: int) -> str:
    """A part of a sentence between contrasts, as a reason quotes it: without its "while"."""
    return _CONTRAST.sub("", facts.text[start:end], count=1).strip(" .,;")


@lru_cache(maxsize=4096)  # a passage's clauses are asked for by every claim it is judged for
def _clause_edges(text: str, edge: re.Pattern = _CLAUSE_EDGE) -> tuple[int, ...]:
    return tuple(m.start() for m in edge.finditer(text))


def _clause_span(facts: Facts, fact: Fact, edge: re.Pattern = _CLAUSE_EDGE) -> tuple[int, int]:
    """Where the clause a fact sits in starts and ends."""
    edges = _clause_edges(facts.text, edge)
    start = max((e for e in edges if e < fact.start), default=0)
    end = min((e for e in edges if e >= fact.end), default=len(facts.text))
    return start, end


def _clause(facts: Facts, fact: Fact) -> set[str]:
    """The words of the clause a fact sits in (without the fact itself)."""
    start, end = _clause_span(facts, fact)
    numbers = [q for q in facts.of("quantity") if start <= q.start < end]
    return {
        t.norm
        for t in facts.tokens
        if start <= t.start < end
        and not fact.start <= t.start < fact.end
        and not any(q.start <= t.start < q.end for q in numbers)  # "98bn" is no word
        and len(t.norm) > 1
        and t.norm not in FUNCTION_WORDS
    }


def _same_entity_slot(anchor: Fact, claim: Facts, passage: Facts) -> Fact | None:
    """Another name in the same place: 'into Poland' vs 'into neighbouring Lithuania'.

    The nearest content words on one side of the name must agree (scanning no further than
    the next name), and the claim with the name swapped must be one the passage states.
    A name the claim itself uses is never a rival.
    """
    claim_names = claim.of("entity")
    words = claim.content
    for fact in passage.of("entity"):
        if any(_same_source(fact, c) for c in claim_names):
            continue
        if not _same_kind_of_name(anchor, fact) and not any(
            _overlap(_neighbours(claim, anchor, side), _neighbours(passage, fact, side))
            for side in ("before", "after")
        ):
            continue
        swapped = _outside(words, [anchor])
        hits = _coverage(swapped, _Words(passage.tokens))[0] * len(swapped)
        named = len(words) - len(swapped)  # the anchor's own words, now filled by the rival
        if (hits + named) / max(len(words), 1) >= SUPPORT_COVERAGE:
            return fact
    return None


def _same_kind_of_name(a: Fact, b: Fact) -> bool:
    """Two names of one kind: "Kestwick Crown Court" and "Brackenfield Crown Court" (two words
    in common: "Peter Marsh" and "Linda Marsh" are two people, not one post)."""
    ours, theirs = a.value.split(), b.value.split()
    return len(ours) > 2 and len(theirs) > 2 and ours[-2:] == theirs[-2:] and ours[0] != theirs[0]


def _counted_none(anchor: Fact, claim: Facts, passage: Facts) -> tuple[int, int] | None:
    """The span of the passage's negation of what the claim counts: "no one was killed" against "two
    people were killed", "had not dropped a set" against "had dropped two sets". A negating
    verb ("refused to say how many") and a negation of a number of its own ("did not lose
    5 jobs") say nothing of the count."""
    if anchor.kind != "quantity" or _measure(anchor) != "count" or claim.of("negation"):
        return None
    counted = _neighbours(claim, anchor, "after")
    verb = _word_before(claim, anchor)
    for negation in passage.of("negation"):
        if _negating_verb(negation):
            continue
        inside = [t for t in passage.tokens if negation.start < t.start < negation.end]
        if any(is_number_word(t) and t.norm != "one" for t in inside):
            continue
        if any(t.norm in SPEECH_VERBS or t.norm in ("whether", "how") for t in inside):
            continue
        scope = negation_scope(passage, negation)
        # (a verb "not" negates must be the claim's: "do not need political prisoners" says
        # nothing of how many were freed)
        if (
            negation.value not in _NOBODY_WORDS
            and scope
            and not any(_same_meaning(scope[0].norm, w) for w in counted)
            and not _same_meaning(scope[0].norm, verb)
        ):
            continue
        for t in scope:
            if any(_same_meaning(t.norm, w) for w in counted):
                return negation.start, t.end
    return None


#: Negations that count none themselves: "no one was killed", "no deaths".
_NOBODY_WORDS = frozenset("no none nobody nothing neither without".split())


def _same_meaning(a: str, b: str) -> bool:
    """ "hurt" / "injured", besides the forms of one word."""
    return same_word(a, b) or _SAME_MEANING.get(a, -1) == _SAME_MEANING.get(b, -2)


def _neighbours(facts: Facts, fact: Fact, side: str, count: int = 2) -> set[str]:
    """The first `count` content words on one side of a fact, stopping at a name."""
    if side == "before":
        tokens = [t for t in facts.tokens if t.end <= fact.start][::-1]
    else:
        tokens = [t for t in facts.tokens if t.start >= fact.end]
    found: set[str] = set()
    for t in tokens:
        if t.text[:1].isupper():
            break
        if is_content(t.norm):
            found.add(t.norm)
            if len(found) == count:
                break
    return found


def _slot_words(passage: Facts, fact: Fact) -> str:
    words = [t.text for t in passage.tokens if t.start >= fact.end][:CONTEXT_WINDOW]
    if fact.kind == "quantity" and words:
        return " ".join(words)
    before = [t.text for t in passage.tokens if t.end <= fact.start][-CONTEXT_WINDOW:]
    return " ".join(before + ["…"] + words) if before or words else ""


def _align(claim: list[Token], passage: list[Token]) -> difflib.SequenceMatcher:
    return difflib.SequenceMatcher(
        a=[t.norm for t in claim], b=[t.norm for t in passage], autojunk=False
    )


def _quote_mismatches(
    claim: Facts, passage: Facts, citation: str
) -> list[tuple[Check, tuple[int, int]]]:
    """A claim that reproduces a quotation with words changed misquotes it."""
    found: list[tuple[Check, tuple[int, int]]] = []
    # A claim that quotes at length is held to its quoted words: it need reproduce only them,
    # most of them.
    quoted = {i for i, t in enumerate(claim.tokens) if _quoted([t], claim)}
    for quote in passage.of("quote"):
        words = [t for t in passage.tokens if quote.start <= t.start < quote.end]
        matcher = _align(list(claim.tokens), words)
        blocks = [b for b in matcher.get_matching_blocks() if b.size]
        aligned = sum(b.size for b in blocks)
        aligned_content = sum(
            1 for b in blocks for t in words[b.b : b.b + b.size] if is_content(t.norm)
        )
        if len(quoted) >= QUOTE_MIN_ALIGNED:
            aligned = sum(1 for b in blocks for i in range(b.a, b.a + b.size) if i in quoted)
        base = len(quoted) if len(quoted) >= QUOTE_MIN_ALIGNED else len(claim.tokens)
        if aligned < QUOTE_MIN_ALIGNED or aligned_content < 2 or aligned < QUOTE_SHARE * base:
            continue
        ops = matcher.get_opcodes()
        for i, (op, a0, a1, b0, b1) in enumerate(ops):
            ours, theirs = list(claim.tokens[a0:a1]), words[b0:b1]
            inside = range(a0, a1) if a1 > a0 else range(a0 - 1, a0 + 1)
            if base == len(quoted) and not all(i in quoted for i in inside):
                continue  # not within the claim's quotation
            if op == "replace" and _quoted(ours, claim):
                # Inside the claim's own quotation marks every word counts, to the last one:
                # "keeping them away" for "keeping them out".
                changed = [_numeral(t.norm) for t in ours] != [_numeral(t.norm) for t in theirs]
            elif 0 < i < len(ops) - 1 and ops[i - 1][0] == ops[i + 1][0] == "equal":
                # Otherwise only a difference inside the reproduced stretch counts ...
                changed = (
                    _changed(ours, theirs)
                    if op == "replace"
                    else _negated(ours) != _negated(theirs)
                )
            elif (
                op == "replace"
                and i == len(ops) - 1
                and i > 0
                and ops[i - 1][0] == "equal"
                and ops[i - 1][2] - ops[i - 1][1] >= QUOTE_MIN_ALIGNED
                and b1 == len(words)
                and len(ours) <= 2
            ):
                # ... or the quotation's last word, where the claim ends on another: "regarded
                # her as a colleague" against "regarded her as a friend".
                changed = _changed(ours, theirs)
            else:
                continue
            if changed:  # a word swapped, or a negation added or dropped
                found.append(_phrase_check("quote", ours, theirs, claim, words, citation))
    return found


def _short_misquotes(
    claim: Facts, passage: Facts, citation: str
) -> list[tuple[Check, tuple[int, int]]]:
    """A short quotation (too short for `_quote_mismatches` to align) that starts like one of
    the passage's, said of the same thing, and goes on differently: "described the
    improvement as 'real and lasting'" against "described the improvement as 'real but
    fragile'"."""
    if not claim.of("quote"):
        return []
    quotes = [
        (
            [t for t in passage.tokens if quote.start <= t.start < quote.end],
            _spoken_words(passage, quote),
            _around(passage, quote),
        )
        for quote in passage.of("quote")
    ]
    names = {
        w
        for f in (claim, passage)
        for e in f.facts
        if e.kind in ("entity", "attribution")
        for w in e.value.split()
    }
    for ours in claim.of("quote"):
        mine = [t for t in claim.tokens if ours.start <= t.start < ours.end]
        if not mine or len(mine) >= QUOTE_MIN_ALIGNED:
            continue
        lead = _around(claim, ours)
        # The name beside the claim's quotation says whose it is: a quotation beside another
        # name is another's ("Smith called the deal 'a good start', while Jones ...").
        named = lead & names
        lead = {w for w in lead if w not in names} | named
        words = _spoken_words(claim, ours)
        # Said word for word (articles and contractions aside) by the same speaker, of the
        # same thing: no misquote, whatever other quotations say.
        if any(
            _within(words, theirs) and _same_voice(lead, named, near, names)
            for _, theirs, near in quotes
        ):
            continue
        numbers = any(is_number_word(t) or any(c.isdigit() for c in t.norm) for t in mine)
        for tokens, theirs, near in quotes:
            same_start = tokens and tokens[0].norm == mine[0].norm
            differs = _content_words(mine) != _content_words(tokens)
            # ... or has some of its words, not all, or one next to another word: "deeply
            # disappointing" against "disappointing but not surprising", "hugely encouraging"
            # against "These results are very encouraging" (numbers are left to the long
            # check, which reads them as digits: "£5m" / "£5 million")
            otherwise = not numbers and _said_otherwise(words, theirs)
            if (same_start and differs or otherwise) and _same_voice(lead, named, near, names):
                return [_phrase_check("quote", mine, tokens, claim, tokens, citation)]
    return []


def _same_voice(lead: set[str], named: set[str], near: set[str], names: set[str]) -> bool:
    """Two quotations' surroundings share a word, and a name where the claim's names one."""
    return _overlap(lead, near) > 0 and (not named or bool(named & near) or not near & names)


_CONTRACTIONS = {"'ll": "will", "'re": "are", "'ve": "have", "'m": "am", "'d": "would"}
_ARTICLES = frozenset({"a", "an", "the"})


def _spoken_words(facts: Facts, quote: Fact) -> list[str]:
    """A quotation's words, its articles left out and its contractions written out ("we'll"
    is "we will", "can't" "can not")."""
    words = []
    for t in facts.tokens:
        if not quote.start <= t.start < quote.end or t.norm in _ARTICLES:
            continue
        norm = t.norm.replace("’", "'")
        if norm.endswith("n't"):
            words += [{"won": "will", "ca": "can"}.get(norm[:-3], norm[:-3]), "not"]
        elif (ending := norm[norm.rfind("'") :]) in _CONTRACTIONS:
            words += [norm[: -len(ending)], _CONTRACTIONS[ending]]
        else:
            words.append(norm)
    return words


def _within(mine: list[str], theirs: list[str]) -> bool:
    """The words of one quotation, in order and together, in the other (a word in another
    spelling or form counts)."""
    n = len(mine)
    return any(
        all(same_word(a, b) for a, b in zip(mine, theirs[i : i + n], strict=True))
        for i in range(len(theirs) - n + 1)
    )


def _said_otherwise(mine: list[str], theirs: list[str]) -> bool:
    """The passage's quotation has some of the content words of the claim's (a word in another
    form counts), not all, or one of them with another word on a side where both have one."""
    ours = [w for w in mine if is_content(w)]
    shared = [w for w in ours if any(same_word(w, u) for u in theirs)]
    if not shared:
        return False
    if len(shared) < len(ours):
        return True
    for i, w in enumerate(mine):
        if not is_content(w):
            continue
        for j, u in enumerate(theirs):
            if u != w:
                continue
            if i and j and not same_word(mine[i - 1], theirs[j - 1]):
                return True
            if (
                i + 1 < len(mine)
                and j + 1 < len(theirs)
                and not same_word(mine[i + 1], theirs[j + 1])
            ):
                return True
    return False


def _around(facts: Facts, quote: Fact) -> set[str]:
    """The content words either side of a quotation, up to six and as far as a comma or a
    full stop: who said it, of what ("Smith called the deal 'a good start', while Jones ...")."""
    near = []
    for side in (_tokens_before(facts, quote, 6)[::-1], _tokens_after(facts, quote, 6)):
        edge = quote.start if side and side[0].end <= quote.start else quote.end
        for t in side:
            gap = facts.text[min(edge, t.end) : max(edge, t.start)]
            if _BREAK.search(gap):
                break
            near.append(t)
            edge = t.start if t.end <= quote.start else t.end
    return {t.norm for t in near if is_content(t.norm)}


_BREAK = re.compile(r"[,;:.!?]")


def _quoted(tokens: list[Token], facts: Facts) -> bool:
    quotes = facts.of("quote")
    return bool(tokens) and all(any(q.start <= t.start < q.end for q in quotes) for t in tokens)


@lru_cache(maxsize=4096)
def _numeral(word: str) -> str:
    """A number word as its digits: "twentieth" and "20th" are both "20"."""
    from text_to_num import alpha2digit  # only quotes need it; see facts._words_to_number

    digits = alpha2digit(word, "en") if word.isalpha() else word
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", digits)
    return m.group(1) if m else word


def _content_words(tokens: list[Token]) -> list[str]:
    return [_numeral(t.norm) for t in tokens if is_content(t.norm)]


def _changed(ours: list[Token], theirs: list[Token]) -> bool:
    a, b = _content_words(ours), _content_words(theirs)
    if _negated(ours) != _negated(theirs):
        return True
    return bool(a and b) and not any(same_word(x, y) for x in a for y in b)


def _negated(tokens: list[Token]) -> bool:
    return sum(1 for t in tokens if is_negation(t.norm)) % 2 == 1


def _phrase_check(
    kind: str,
    ours: list[Token],
    theirs: list[Token],
    claim: Facts,
    words: list[Token],
    citation: str,
) -> tuple[Check, tuple[int, int]]:
    def phrase(tokens: list[Token], pool: list[Token]) -> str:
        if not tokens:
            return "(nothing)"
        i = pool.index(tokens[0])
        j = pool.index(tokens[-1])
        return " ".join(t.text for t in pool[max(0, i - 2) : j + 3])

    span = (theirs[0].start, theirs[-1].end) if theirs else (words[0].start, words[0].end)
    return Check(
        kind, "mismatch", phrase(ours, list(claim.tokens)), phrase(theirs, words), citation
    ), span


def _affirmed(claim: Facts, anchors: list[Fact]) -> list[Token]:
    """The claim's words, besides its anchors, that a passage saying the opposite may still
    have: not its negating verb ("denied"), but the verb that follows a "not"."""
    cues = {n.start for n in claim.of("negation") if _negating_verb(n)}
    return [t for t in _outside(claim.content, anchors) if t.start not in cues]


def _negating_verb(negation: Fact) -> bool:
    """ "refused", "denied", not "not", "didn't" or "yet" ("has yet to")."""
    return (
        negation.value not in NEGATION_WORDS
        and negation.value != "yet"
        and not negation.value.endswith("n't")
    )


#: Predicates that say what comes before them is not so: "97% consensus ... has been
#: disproven", "Sea level rise predictions are exaggerated", "... is a myth".
_SAID_FALSE = frozenset(
    """disproven disproved debunked refuted discredited exaggerated overstated overestimated
    flawed myth untrue baseless unfounded""".split()
)
#: ... of which these also say "overdone" of a thing that is no statement ("The actor's
#: performance was exaggerated"): said false only of what is named in three words or more,
#: every one of them in the passage ("Sea level rise predictions are exaggerated").
_OVERDONE = frozenset("exaggerated overstated overestimated flawed".split())
#: Nouns that frame what is said false: "the claim that ...", "fears of ...".
_FRAMING = frozenset(
    """claim claims suggestion suggestions idea notion theory reports report fears fear
    allegation allegations assertion""".split()
)
#: Words of a passage that only reports or doubts what it says.
_DOUBTING = _SAID_FALSE | frozenset(
    """claim claims claimed alleged allegedly reportedly wrong false error errors disputed
    according whether if believe believes believed fear fears feared think thinks thought
    legend rumour rumours suspect suspected may might could testing tested studied""".split()
)


_FALSE = _SAID_FALSE | frozenset("false wrong incorrect inaccurate mistaken".split())


def _unrefuted(claim: Facts, words: _Words) -> list[Token]:
    """The claim's word that what it says is not so ("... was unfounded"), when the passage
    lacks it: a passage that only says the thing does not support that it is false."""
    if any(u.norm in _FALSE for u in words.tokens):
        return []  # "false", "overstated" say so in other words
    return [t for t in claim.content if t.norm in _SAID_FALSE and words.match(t) is None][:1]


def _said_to_be_false(
    claim: Facts, passage: Facts, words: _Words, citation: str
) -> list[tuple[Check, None]]:
    """The claim says something is not so ("... has been disproven", "... are exaggerated")
    and the passage states it as a fact, with the claim's words before that predicate (at
    least `SUPPORT_COVERAGE` of them), no negation, and no word of its own that reports or
    doubts it ("said", "claimed", "according to")."""
    tokens = claim.tokens
    for i, t in enumerate(tokens):
        if t.norm not in _SAID_FALSE or words.match(t) is not None:
            continue
        # a predicate: "are exaggerated", "has been disproven", "is a myth", "to be flawed"
        if not any(u.norm in BE_FORMS for u in tokens[max(0, i - 3) : i]):
            continue
        subject = [w for w in claim.content if w.end <= t.start and w.norm not in _FRAMING]
        share = _coverage(subject, words)[0]
        if len(subject) < 2 or share < SUPPORT_COVERAGE:
            continue
        if t.norm in _OVERDONE and (len(subject) < 3 or share < 1.0):
            continue
        if claim.of("negation"):
            return []  # "... are not exaggerated"
        if passage.of("negation") or passage.of("attribution"):
            return []
        if any(u.norm in _DOUBTING or u.norm in SPEECH_VERBS for u in passage.tokens):
            return []
        said = f"says it is not so ('{t.text}')"
        return [(Check("polarity", "mismatch", said, "states it", citation), None)]
    return []


def _polarity_mismatches(
    claim: Facts, passage: Facts, words: _Words, citation: str
) -> list[tuple[Check, tuple[int, int]]]:
    """The passage states what the claim negates, or negates what the claim states.

    A negation covers the words after it to the end of its clause ("no evidence that warming
    is intensifying droughts"). It only counts when the other side has most of those words,
    and has them outside a negation of its own: "refused to cross" says nothing about a
    claim that never mentions crossing, and "not" on both sides agrees.
    """
    for ours, theirs, claim_negates in ((claim, passage, True), (passage, claim, False)):
        lone = _lone_negation(ours, theirs)
        if lone is None:
            continue
        cue, stated = lone
        if not claim_negates and not _affirms_the_negated(cue, passage, claim, words):
            continue
        if not claim_negates and _leaves_open(passage, cue):
            continue  # "declined to rule out selling him" says he may be sold, or may not
        if _refused_alike(cue, ours, theirs):
            continue  # "voted to reject plans" said as "plans were thrown out"
        if claim_negates:  # highlight the passage's word that the claim negates
            check = Check("polarity", "mismatch", f"negates ('{cue.text}')", "affirms", citation)
            return [(check, (stated.start, stated.end))]
        check = Check("polarity", "mismatch", "affirms", f"negates ('{cue.text}')", citation)
        return [(check, (cue.start, cue.end))]
    return []


def _refused_alike(refusal: Fact, facts: Facts, other: Facts) -> bool:
    """A refusal ("rejected", "refused") of what the other side says was refused in words
    that negate nothing ("plans were thrown out", "voted down the plans", "blocked"). Not a
    refusal negated ("did not reject the plans"), nor one to do something ("refused to publish
    the plans"), nor one of a refusal ("rejected calls to block the scheme"), nor one of
    another thing ("threw out residents' objections" against "rejected the plans")."""
    if refusal.value not in _REJECTS:
        return False  # "denied that ..." is no refusal of a plan
    if any(is_negation(t.norm) for t in _tokens_before(facts, refusal, 2)):
        return False  # "did not reject", "has never rejected"
    scope = negation_scope(facts, refusal)
    if scope and facts.text[refusal.start : scope[0].start].split()[-1:] == ["to"]:
        return False
    if any(t.norm in _REFUSING for t in scope):
        return False  # "rejected an application to have the lawsuit thrown out"
    cue = next(t for t in facts.tokens if t.start >= refusal.start)
    refused = _refused_thing(facts, cue)
    return any(
        t.norm in _REFUSED_AS
        and way in (DIRECTION["rejected"], -VOTE_SIDE)
        and (not refused or _overlap(refused, _refused_thing(other, t)) > 0)
        for t, way in _directions(other, other.tokens)
    )


def _refused_thing(facts: Facts, word: Token) -> set[str]:
    """The words of what a refusal refuses: the first after it ("voted down the plans"), or
    where it is passive ("the plans were thrown out by councillors", "were rejected"), those before
    it in its sentence."""
    after = [u for u in _tokens_after(facts, word, 4) if is_content(u.norm)]
    before = [t for t in facts.tokens if t.end <= word.start]
    passive = (
        not after or _word_after(facts, word) == "by" or (before and before[-1].norm in BE_FORMS)
    )
    if passive:
        start = max((m.end() for m in SENTENCE_END.finditer(facts.text, 0, word.start)), default=0)
        return {t.norm for t in before if t.start >= start and is_content(t.norm)}
    return {after[0].norm}  # the head of what follows: "objections", not "residents'"


_REJECTS = frozenset("reject rejects rejected rejecting refuse refuses refused refusing".split())
_REFUSED_AS = frozenset({"out", "down", "blocked", "vetoed", "against"})
_REFUSING = (
    _REFUSED_AS
    | _REJECTS
    | frozenset(
        "throw throws threw thrown throwing block blocks blocking veto vetoes vetoing".split()
    )
)


def _affirms_the_negated(negation: Fact, passage: Facts, claim: Facts, words: _Words) -> bool:
    """The claim states the very thing the passage negates ("signed" for "did not sign"), or
    says nothing the passage (with its title and the names its paragraph gives) lacks. "Kept
    the ward open" is another way to say "did not close the ward", not its opposite."""
    scope = negation_scope(passage, negation)
    if scope and _Words(claim.tokens).match(scope[0]) is not None:
        return True
    return all(words.match(t) is not None for t in claim.content)


def _denied_alike(negation: Fact, theirs: Facts, stated: Token) -> bool:
    """The other side negates with the same word earlier in the sentence where it states the
    negated words, beyond what that negation reaches: "denied that her campaign had been
    damaged by a row over leaked emails" for "denied that a row over leaked emails had hurt
    her campaign". Or later, said in the passive: "Tesco's application was rejected by the
    council" for "the council rejected Tesco's application"."""

    def between(a: int, b: int) -> bool:
        return not _BREAK.search(theirs.text, a, b) and not any(
            t.norm in _CONTRASTS for t in theirs.tokens if a < t.start < b
        )

    return any(
        same_word(n.value, negation.value)
        and (
            n.start < stated.start
            and between(n.start, stated.start)
            or stated.start < n.start
            and _previous_word(theirs.tokens, _token_at(theirs, n)) in BE_FORMS
            and between(stated.start, n.start)
        )
        for n in theirs.of("negation")
    )


def _token_at(facts: Facts, fact: Fact) -> Token:
    return next(t for t in facts.tokens if t.start == fact.start)


#: Words that say a thing is missing, as a negation would: "lack of evidence", "lacking any
#: funding" (for "no evidence", "without funding") ...
_LACKING = frozenset("lack lacks lacked lacking".split())
#: ... and, for "without" only, these: "without power" is "lost power", but "no seats" is not
#: "lost seats".
_LOST = frozenset("lost lose loses losing loss".split())
#: Words between the two: "lack *of* evidence", "lacking *any* evidence", "lacked *a* doctor".
_LACKED_THING = frozenset("of any a an the".split())
#: ... joined by none of these: "denied wrongdoing *and* admitted the report was leaked".
_CONTRASTS = frozenset("and or but while whereas although though however".split())


def _lone_negation(ours: Facts, theirs: Facts) -> tuple[Fact, Token] | None:
    """A negation in `ours` whose words `theirs` states without negating them, with the
    first of those words in `theirs`."""
    negated_there = _Words(
        tuple(t for n in theirs.of("negation") for t in negation_scope(theirs, n))
    )
    index = _Words(theirs.tokens)
    names = ours.of("entity")
    for negation in ours.of("negation"):
        # A name says what the negation is about, not what it negates: "denied that Northwind
        # had refused" negates the refusal.
        # (what "would not be able to run" negates is running)
        scope = [t for t in _outside(negation_scope(ours, negation), names) if t.norm != "able"]
        if not scope:
            continue
        stated = [m for t in scope if (m := index.match(t)) is not None]
        enough = max(min(POLARITY_SCOPE_MIN, len(scope)), POLARITY_SCOPE_SHARE * len(scope))
        # The other side negates the negating verb itself: "ruled out arson" against "had not
        # ruled out arson", "denied the charge" against "did not deny the charge".
        if (
            _negating_verb(negation)
            and stated
            and index.match(scope[0]) is not None
            and not _negated_before(ours, negation)
            and (unsaid := _negation_negated(negation, theirs, negated_there)) is not None
        ):
            return negation, unsaid
        if any(negated_there.match(t) is not None for t in scope):
            continue  # the other side negates it too
        if stated and _denied_alike(negation, theirs, stated[0]):
            continue
        if stated and _refused_in_passive(negation, theirs, stated[0]):
            continue  # "voters rejected the proposal" said as "the proposal was rejected by voters"
        if stated and _lacked(theirs, stated[0], negation.value == "without"):
            continue  # "no evidence" said as "a lack of evidence", "without power" as "lost power"
        if stated and _little_or_none(ours, negation, theirs, stated[0]):
            continue
        if negation.value == "short" and any(
            DIRECTION.get(t.norm) == DIRECTION["missed"] for t in theirs.tokens
        ):
            continue  # "fell short of its target" said as "missed its target"
        # ... or the negated verb itself, where little follows it: "did not object to the
        # scheme" against "objected to the development".
        if len(stated) >= enough or (
            stated and index.match(scope[0]) is not None and len(scope) <= 2
        ):
            return negation, stated[0]
    return None


def _leaves_open(facts: Facts, negation: Fact) -> bool:
    """The negation is of ruling a thing out: "declined to rule out", "would not rule out"."""
    scope = negation_scope(facts, negation)
    return bool(scope) and scope[0].norm in RULE_VERBS and _word_after(facts, scope[0]) == "out"


def _negated_before(facts: Facts, negation: Fact) -> bool:
    """A negation is said in the few words before this one: "did not deny", "declined to
    deny", "has never failed"."""
    cues = {n.start for n in facts.of("negation") if n.start < negation.start}
    return any(t.start in cues or is_negation(t.norm) for t in _tokens_before(facts, negation, 3))


def _refused_in_passive(negation: Fact, facts: Facts, stated: Token) -> bool:
    """`facts` says the negating verb after the negated words, in the passive: "a link has been
    ruled out", "the proposal was rejected by 62% of voters"."""
    tokens = facts.tokens
    for i, t in enumerate(tokens):
        if t.start <= stated.start or not same_word(t.norm, negation.value):
            continue
        j = i + 2 if tokens[i + 1 : i + 2] and tokens[i + 1].norm == "out" else i + 1
        if (i and tokens[i - 1].norm in BE_FORMS) or (j < len(tokens) and tokens[j].norm == "by"):
            return True
    return False


def _negation_negated(negation: Fact, facts: Facts, negated: _Words) -> Token | None:
    """The word of `facts` that says a negating verb ("ruled out", "denied") under a negation
    of its own: "had not ruled out", "did not deny", "refused to rule out"."""
    # the verb itself, not one going its way ("declined to say" is no "cut")
    said = next((t for t in negated.tokens if same_word(t.norm, negation.value)), None)
    if said is not None:
        return said
    for n in facts.of("negation"):
        if same_word(n.value, negation.value) and any(
            is_negation(t.norm) for t in _tokens_before(facts, n, 2)
        ):
            return _token_at(facts, n)
    return None


def _lacked(facts: Facts, word: Token, lost_too: bool) -> bool:
    """The word is said to be missing: "a lack of evidence", "lacking any evidence", or (where
    `lost_too`) "lost power"."""
    before = [t.norm for t in facts.tokens if t.end <= word.start][-2:]
    while before and before[-1] in _LACKED_THING:
        before.pop()
    return bool(before) and (before[-1] in _LACKING or lost_too and before[-1] in _LOST)


#: Words that say there is a little of a thing: "slight warming", "minimal impact".
_LITTLE = frozenset("little slight slightly small minimal modest negligible marginal".split())


def _little_or_none(facts: Facts, negation: Fact, other: Facts, word: Token) -> bool:
    """ "Little or no warming" against a claim of "slight warming", "did little or nothing to
    help" against "did little to help": the negation allows a little, and the other side says
    there was only a little."""
    before = [t.norm for t in facts.tokens if t.end <= negation.start][-2:]
    said = [t.norm for t in other.tokens if t.end <= word.start][-3:]
    return (
        negation.value in ("no", "none", "nothing")
        and before[-1:] == ["or"]
        and before[0] in _LITTLE
        and any(w in _LITTLE for w in said)
    )


#: Verbs whose two sides cannot be swapped ("X beat Y" is not "Y beat X"); a verb matches
#: the others of its group.
_ROLE_VERBS = {
    w: group
    for group, words in enumerate(
        (
            """beat beats beaten beating defeat defeats defeated defeating overcame thrashed
            eliminate eliminates eliminated eliminating knocked oust ousts ousted ousting
            unseat unseats unseated unseating lose loses lost losing""",
            """acquire acquires acquired acquiring buy buys bought buying""",
            """sue sues sued suing""",
            """succeed succeeds succeeded succeeding replace replaces replaced replacing""",
            """overtake overtakes overtook overtaken overtaking""",
            # ... and the verbs of doing more than another: "outspent", "outpolled"
            """outspend outspends outspent outspending outscore outscores outscored
            outperform outperforms outperformed outperforming outsell outsells outsold
            outpoll outpolls outpolled outnumber outnumbers outnumbered outvote outvoted""",
            """accuse accuses accused accusing""",
            # "Halvorsen turned down an approach from Brightwater" is not "Brightwater rejected
            # an approach from Halvorsen"
            """reject rejects rejected rejecting rebuff rebuffs rebuffed rebuffing spurn spurns
            spurned turned""",
        )
    )
    for w in words.split()
}
_LOSING = frozenset("lose loses lost losing".split())
#: The other side of such a verb is named within this many words after it ("defeated the
#: top seed, Laila Voss").
ROLE_REACH = 6


def _role_mismatches(
    claim: Facts, passage: Facts, found: dict[Fact, Fact | None], citation: str
) -> list[tuple[Check, tuple[int, int]]]:
    """The claim's two names on the wrong sides of a verb that cannot be swapped: "Kilner
    Athletic beat Eastbridge Rovers" against "Eastbridge Rovers beat Kilner Athletic"."""
    hits = {
        a: hit
        for a, hit in found.items()
        if a.kind == "entity" and hit is not None and hit.end <= len(passage.text)
    }
    # Each name wherever the passage says it, as a whole name: "Pellham ... beat Stourleigh".
    # (as the word the hit is: "Ferreira's" is the word "ferreira")
    said = {a: {t.norm for t in passage.tokens if t.start == hit.start} for a, hit in hits.items()}
    names = [
        (a, next((e for e in passage.of("entity") if e.start <= t.start < e.end), t))
        for a, hit in hits.items()
        for t in passage.tokens
        if t.norm == passage.text[hit.start : hit.end].lower() or t.norm in said[a]
    ]
    # The claim's names found in the sentence or its paragraph.
    known = [(a, a) for a, hit in found.items() if a.kind == "entity" and hit is not None]
    for verb in (t for t in claim.tokens if t.norm in _ROLE_VERBS):
        ours = _sides(claim, verb, known)
        if ours is None:
            continue
        # "a 2-1 win over Kilbride Athletic": the one beaten comes after "over".
        for over in passage.tokens if _ROLE_VERBS[verb.norm] == 0 else ():
            beaten = _beaten_in_a_win(passage, over, names)
            if beaten is not None and beaten[0] == ours[0]:
                said = _span(claim.text, [*ours, verb])
                win = passage.tokens[passage.tokens.index(over) - 1]
                stated = _span(passage.text, [win, beaten[1]])
                return [(Check("role", "mismatch", said, stated, citation), (over.start, over.end))]
        for theirs_verb in passage.tokens:
            if _ROLE_VERBS.get(theirs_verb.norm) != _ROLE_VERBS[verb.norm]:
                continue
            theirs = _sides(passage, theirs_verb, names)
            if theirs is not None and theirs[0] == ours[1] and theirs[1] == ours[0]:
                said = _span(claim.text, [*ours, verb])
                stated = _span(passage.text, [*theirs[2:], theirs_verb])
                check = Check("role", "mismatch", said, stated, citation)
                return [(check, (theirs_verb.start, theirs_verb.end))]
            # "The software group agreed to buy Brightlake": the doer left to the paragraph,
            # the claim's doer is the one it is done to.
            done_to = _done_to(passage, theirs_verb, names) if theirs is None else None
            if done_to is not None and done_to[0] == ours[0]:
                said = _span(claim.text, [*ours, verb])
                stated = _span(passage.text, [theirs_verb, done_to[1]])
                check = Check("role", "mismatch", said, stated, citation)
                return [(check, (theirs_verb.start, theirs_verb.end))]
    return _beaten_winner(claim, passage, known, names, citation)


#: "Hugo Farrant won best actor" against "Best actor went to Declan Obi, beating the
#: favourite, Hugo Farrant".
_WINNING = frozenset("win wins won winning".split())


def _beaten_winner(
    claim: Facts,
    passage: Facts,
    known: list[tuple[Fact, Fact]],
    names: list[tuple[Fact, Fact]],
    citation: str,
) -> list[tuple[Check, tuple[int, int]]]:
    """The name the claim says won is the one the passage says was beaten."""
    for verb in (t for t in claim.tokens if t.norm in _WINNING):
        before = [a for a, _ in known if a.end <= verb.start]
        if not before:
            continue
        winner = max(before, key=lambda a: a.start)
        won = _content_words(_tokens_after(claim, verb, 4))
        for theirs_verb in passage.tokens:
            if theirs_verb.norm in _WINNING and won and _same_prize(won, passage, theirs_verb):
                # "Vandersloot won the fourth stage" against "Dunleavy won the fourth stage".
                edge = max(passage.text.rfind(c, 0, theirs_verb.start) for c in ",;.")
                doers = [e for e in passage.of("entity") if edge < e.start < theirs_verb.start]
                ours = [at for a, at in names if a in before]
                if doers and not any(_spans_overlap(d, at) for d in doers for at in ours):
                    said = _span(claim.text, [winner, verb])
                    stated = _span(passage.text, [doers[-1], theirs_verb])
                    check = Check("role", "mismatch", said, stated, citation)
                    return [(check, (theirs_verb.start, theirs_verb.end))]
            if _ROLE_VERBS.get(theirs_verb.norm) != 0 or theirs_verb.norm in _LOSING:
                continue
            beaten = _done_to(passage, theirs_verb, names)
            if beaten is not None and beaten[0] == winner:
                said = _span(claim.text, [winner, verb])
                stated = _span(passage.text, [theirs_verb, beaten[1]])
                check = Check("role", "mismatch", said, stated, citation)
                return [(check, (theirs_verb.start, theirs_verb.end))]
    return []


def _same_prize(won: list[str], passage: Facts, verb: Token) -> bool:
    """The words after the passage's "won" name the claim's prize: two of them, or all."""
    prize = set(_content_words(_tokens_after(passage, verb, 4)))
    return len(set(won) & prize) >= min(2, len(won))


def _spans_overlap(a: Fact, b: Fact) -> bool:
    return a.start < b.end and b.start < a.end


def _beaten_in_a_win(
    facts: Facts, over: Token, names: list[tuple[Fact, Fact]]
) -> tuple[Fact, Fact] | None:
    """The claim name right after "win over" or "victory over"."""
    if over.norm != "over":
        return None
    tokens = facts.tokens
    i = tokens.index(over)
    if not i or tokens[i - 1].norm not in _A_WIN:
        return None
    if any(t.norm in _HOPED for t in tokens[max(0, i - 5) : i]) or (
        i >= 2 and tokens[i - 2].norm == "to"
    ):
        return None  # "hopes of a first win over England", "tried to win over Labour voters"
    after = [(a, at) for a, at in names if over.end < at.start <= over.end + 2]
    if not after or any(t.norm == "since" for t in tokens[i + 1 : i + 6]):
        return None
    return after[0]


_A_WIN = frozenset("win victory triumph".split())
_HOPED = frozenset(
    """hope hopes hoping chase chasing search searching seek seeking bid quest looking want
    wants wanted need needs needed""".split()
)


def _done_to(facts: Facts, verb: Token, names: list[tuple[Fact, Fact]]) -> tuple[Fact, Fact] | None:
    """The claim name a verb is done to where the sentence names no doer before it: the
    first after it, unless the verb is passive ("was bought by") or one of losing."""
    tokens = facts.tokens
    i = tokens.index(verb)
    if verb.norm in _LOSING or (i + 1 < len(tokens) and tokens[i + 1].norm == "by"):
        return None
    reach_end = tokens[min(i + ROLE_REACH, len(tokens) - 1)].end
    after = [(a, at) for a, at in names if verb.end <= at.start <= reach_end]
    return min(after, key=lambda x: x[1].start) if after else None


def _span(text: str, parts: list, gap: int = 30) -> str:
    """The text from the first of `parts` to the end of the last, with what lies more than
    `gap` characters between two parts cut: "Pellham … beat Stourleigh"."""
    parts = sorted(parts, key=lambda p: p.start)
    out, end = text[parts[0].start : parts[0].end], parts[0].end
    for p in parts[1:]:
        out += text[end : p.end] if p.start - end <= gap else " … " + text[p.start : p.end]
        end = max(end, p.end)
    return out


def _sides(
    facts: Facts, verb: Token, names: list[tuple[Fact, Fact]]
) -> tuple[Fact, Fact, Fact, Fact] | None:
    """The claim names (given with where they are in `facts`) that do the verb and that it is
    done to: the nearest before it and the first after it, swapped for "was beaten by"; then
    where each is said."""
    tokens = facts.tokens
    i = tokens.index(verb)
    reach_end = tokens[min(i + ROLE_REACH, len(tokens) - 1)].end
    before = [(a, at) for a, at in names if at.end <= verb.start]
    after = [(a, at) for a, at in names if verb.end <= at.start <= reach_end]
    if not before or not after:
        return None
    doer = max(before, key=lambda x: x[1].start)
    done_to = min(after, key=lambda x: x[1].start)
    if doer[0] is done_to[0]:
        return None
    # "was beaten by", and "lost to", name the winner second.
    passive = (i + 1 < len(tokens) and tokens[i + 1].norm == "by") != (verb.norm in _LOSING)
    first, second = (done_to, doer) if passive else (doer, done_to)
    return first[0], second[0], first[1], second[1]


def _direction_mismatches(
    claim: Facts, passage: Facts, words: _Words, numbers: list[Fact], citation: str
) -> list[tuple[Check, Token]]:
    """The passage restates the claim with a word going the other way: "unemployment rose"
    against "unemployment fell", "the lowest level" against "the highest level". Only a
    passage that has the rest of the claim (and all its anchors: see the caller) can say so,
    and not one that also has a word for the claim's direction. A negated change ("did not
    fall") goes neither way. Where the passage has the claim's numbers, only the parts of
    the sentence they sit in count, between contrasts: "rents rose 6.3%, while house prices
    fell 2.1%"."""
    # (A difference computed from two values is no number of the passage's to look around.
    # Another number of the passage with the claim's value that went the claim's way says
    # the found one may be another thing's: "Violent crime rose 8% even as overall crime
    # fell 8%".)
    stated_here = passage.of("quantity")
    for said in claim.of("quantity"):
        ours = _way_of(claim, said)
        hits = [n for n in numbers if n.value == said.value and n in stated_here]
        ways = [w for n in hits if (w := _way_of(passage, n)) is not None]
        others = [n for n in stated_here if n.value == said.value and n not in hits]
        ways_else = [w for n in others if (w := _way_of(passage, n)) is not None]
        if (
            ours
            and ways
            and all(way * ours[1] < 0 for _, way in ways)
            and not any(way * ours[1] > 0 for _, way in ways_else)
        ):
            # "a 9% fall in annual profit" against "a 9% rise": the word the number goes
            # with says which way, whatever else in the sentence rose ("soaring prices").
            rival = ways[0][0]
            return [(Check("direction", "mismatch", ours[0].text, rival.text, citation), rival)]
    if (still := _unchanged(claim, passage, words, numbers, citation)) is not None:
        return [still]
    if (moved := _moved(claim, passage, words, citation)) is not None:
        return [moved]
    theirs = _directions(passage, words.tokens)
    if numbers:
        spans = [_clause_span(passage, n, _CONTRAST) for n in numbers]
        theirs = [(t, w) for t, w in theirs if any(a <= t.start < b for a, b in spans)]
    for kind in _DIRECTION_KINDS:  # each kind on its own
        ours = [(t, way) for t, way in _directions(claim, claim.tokens) if abs(way) == kind]
        if len({way for _, way in ours}) > 1:
            # "Shares rose 6.3 per cent after it unveiled the price cuts": the word right
            # before the claim's number says which way it went.
            ours = [(t, way) for t, way in ours if _just_before_a_number(claim, t)]
        if len({way for _, way in ours}) != 1:
            continue  # none, or "falling at an accelerating rate"
        t, way = ours[0]
        if kind in _CHANGED_OR_COMPARED and not any(abs(w) == kind for _, w in theirs):
            # "higher than at the general election" against "down from 61.4% at the general
            # election": a change says how two values compare, and a comparison how one changed.
            theirs = [
                (
                    u,
                    w // abs(w) * kind
                    if _as_change(u, w)
                    and _as_change(t, way)
                    and not (abs(w) == 2 and _naming(words.tokens, u))
                    else w,
                )
                for u, w in theirs
            ]
        if any(w == way for _, w in theirs):
            if turned := _turned_elsewhere(claim, passage, t, way, theirs):
                rival, part = turned
                check = Check("direction", "mismatch", t.text, rival.text, citation, part)
                return [(check, rival)]
            continue
        # ("The dollar strengthened against the euro": "the euro fell against the dollar")
        rival = next(
            (u for u, w in theirs if w == -way and not _against_the_other(claim, t, passage, u)),
            None,
        )
        verb = _previous_word(claim.tokens, t) if t.norm in ("up", "down") else ""
        rest = [
            w for w in claim.content if w is not t and w.norm != verb
        ]  # not "went" in "went up"
        if rival is None:
            continue
        said, stated = _number_after(claim, t), _number_after(passage, rival)
        # "revenue fell 4% to £712m" against "Revenue rose 4% to £712m": the same number says
        # it is the same change, however the rest is worded.
        same_number = said is not None and stated in numbers and said.value == stated.value
        if not same_number and _coverage(rest, words)[0] < SUPPORT_COVERAGE:
            continue
        about = " ".join(w.text for w in rest[:CONTEXT_WINDOW])
        return [(Check("direction", "mismatch", t.text, rival.text, citation, about), rival)]
    return []


#: "unchanged from last year", "held steady" ("flat" is also a home, "a flat fee").
_UNCHANGED = frozenset("unchanged unaltered steady stable".split())
_HELD = frozenset("held holds kept keeps maintained maintains".split())
_STILL = _UNCHANGED | _HELD


def _unchanged(
    claim: Facts, passage: Facts, words: _Words, numbers: list[Fact], citation: str
) -> tuple[Check, Token] | None:
    """The claim's number changed ("raising the dividend to 11.2p") and the passage says the
    same number did not ("a dividend of 11.2p a share, unchanged from last year"). (Not the
    other way round: "left rates unchanged at 4.25%" against "held its rate at 4.25% after
    inflation rose" has more ways to say so than the passage has words for.)"""
    ours = [(t, way) for t, way in _directions(claim, claim.tokens) if abs(way) == 1]
    if len({way for _, way in ours}) != 1:
        return None
    rest = [w for w in claim.content if w not in {t for t, _ in ours}]
    if _coverage(rest, words)[0] < 1.0:
        return None  # "Petrol prices rose to 150p" against "Diesel prices were unchanged at 150p"
    way = ours[0][1]
    if any(w == way for _, w in _directions(passage, passage.tokens)):
        # "raised rates in August, but they have been unchanged at 5.25% since" (a change the
        # other way is no such change: "lowered" against "unchanged at 5.25 percent, pausing
        # a cycle of eight increases")
        return None
    for n in numbers:
        if not any(
            _word_before(claim, q) == "to" and q.value == n.value for q in claim.of("quantity")
        ):
            continue  # "prices rose 2.4%" is the change, which "unchanged from February" is of
        still = next(
            (t for t in passage.tokens if t.norm in _STILL and _said_of(passage, t, n)), None
        )
        if still is not None:
            return Check("direction", "mismatch", ours[0][0].text, still.text, citation), still
    return None


#: Words that say a thing stopped changing: "temperatures have stabilised", "levelled off".
_STOPPED = _UNCHANGED | frozenset(
    """stabilised stabilized stabilise stabilize stabilises stabilizes plateaued plateau
    levelled leveled""".split()
)
#: ... which say it only with "off" after them ("levelled a building" flattened it).
_OFF = frozenset("levelled leveled".split())
#: A passage that says the thing was held, or stayed the same, says it did not move either.
_KEPT = _HELD | frozenset("hold keep kept leave left same stayed remained remain remains".split())
#: How near the passage's word of change must be to a word of the claim's subject.
MOVED_REACH = 3


def _moved(
    claim: Facts, passage: Facts, words: _Words, citation: str
) -> tuple[Check, Token] | None:
    """The claim says a thing did not change ("Surface temperatures have stabilised") and the
    passage, with the rest of the claim, that it went one way ("Surface temperatures are
    rising"). Not where the passage says it stopped too ("rose, then stabilised")."""
    tokens = claim.tokens
    stopped = next(
        (
            t
            for i, t in enumerate(tokens)
            if t.norm in _STOPPED
            # said of the thing ("was stable", "have stabilised"; not "a stable condition",
            # "a steady stream"), and "levelled" only "off"
            and not (i + 1 < len(tokens) and is_content(tokens[i + 1].norm) and t.norm[-1] != "d")
            and (t.norm not in _OFF or _word_after(claim, t) == "off")
        ),
        None,
    )
    if stopped is None or any(abs(w) == 1 for _, w in _directions(claim, tokens)):
        return None
    if claim.of("negation") or passage.of("negation"):
        return None  # "have not yet levelled off", "has not changed"
    if any(t.norm in _STOPPED or t.norm in _KEPT for t in passage.tokens):
        return None  # "held its rate at 4.25% after inflation rose", "keep rates on hold"
    # the passage's word of change said of the claim's subject ("temperatures are rising";
    # not "stable at 4% ..., while wages increased 5%")
    subject = [w for w in claim.content if w.end <= stopped.start]
    theirs = passage.tokens
    at = {t.start: i for i, t in enumerate(theirs)}

    def of_the_subject(word: Token) -> bool:
        i = at[word.start]
        near = theirs[max(0, i - MOVED_REACH) : i] + theirs[i + 1 : i + 1 + MOVED_REACH]
        return any(same_word(s.norm, u.norm) for s in subject for u in near)

    moved = [(t, w) for t, w in _directions(passage, theirs) if abs(w) == 1 and of_the_subject(t)]
    if len({w for _, w in moved}) != 1:
        return None
    rest = [w for w in claim.content if w is not stopped and w.norm not in ("off", "out")]
    if not rest or _coverage(rest, words)[0] < SUPPORT_COVERAGE:
        return None
    rival = moved[0][0]
    return Check("direction", "mismatch", stopped.text, rival.text, citation), rival


#: "11.2p a share, unchanged": what a number is counted per, between it and a word about it.
_PER = frozenset("a an per each".split())


def _said_of(facts: Facts, word: Token, number: Fact) -> bool:
    """Whether `word` is said of `number` alone: "unchanged at 4%", "held its dividend at 4.1p"
    (where the sentence has no other number: "unchanged at 3.5% on Thursday, having lowered it
    from 4%"), or after it with nothing else between and "from" or "on" next ("11.2p a share, unchanged from last
    year"; not "£1,200 a month and wages were unchanged", nor "steady at £1,000 since 2022")."""
    if word.end <= number.start:
        # (only numbers of its kind: "eight consecutive increases" is no other rate)
        others = [
            q for q in facts.of("quantity") if q != number and _measure(q) == _measure(number)
        ]
        between = [t for t in facts.tokens if word.end <= t.start < number.start]
        since = any(t.norm == "since" for t in _tokens_after(facts, number, 4))
        if word.norm in _HELD:  # "held its interim dividend at 4.1p"
            return 1 < len(between) <= 4 and between[-1].norm == "at" and not others and not since
        return [t.norm for t in between] == ["at"] and not others and not since
    between = [t for t in facts.tokens if number.end <= t.start < word.start]
    next_word = next((t.norm for t in facts.tokens if t.start > word.start), "")
    if len(between) > 3 or next_word not in ("from", "on"):
        return False
    kept = [t for i, t in enumerate(between) if not (i and between[i - 1].norm in _PER)]
    return all(not is_content(t.norm) for t in kept)


def _way_of(facts: Facts, number: Fact) -> tuple[Token, int] | None:
    """The word of change a number goes with, right before it ("rose 9%", "fell by 9%", "up
    9%") or right after it ("a 9% rise", "9 per cent lower"). Not a number in a name ("the
    FTSE 100 fell"), nor a word after a comma ("up 5%, lower than expected")."""
    before = _tokens_before(facts, number, 2)
    if before and before[-1].text[:1].isupper() and before[-1].start > 0:
        return None
    if before and before[-1].norm == "by":
        before = before[:-1]
    after = [
        t
        for t in _tokens_after(facts, number, 1)
        if facts.text[number.end : t.start].isspace() and _measure(number) == "share"
    ]  # "a 9% rise" (not "a further 200 fell ill")
    for t in before[-1:] + after:
        way = DIRECTION.get(t.norm, 0) or (_CHANGE_ADVERBS.get(t.norm, 0) if t in before else 0)
        if way and _as_change(t, way):
            return t, way // abs(way)
    return None


def _just_before_a_number(facts: Facts, word: Token) -> bool:
    """ "rose 6.3 per cent", "rose by 6.3 per cent"."""
    return _number_after(facts, word) is not None


def _number_after(facts: Facts, word: Token) -> Fact | None:
    after = _tokens_after(facts, word, 2)
    if after and after[0].norm == "by":
        after = after[1:]
    if not after:
        return None
    return next((q for q in facts.of("quantity") if q.start <= after[0].start < q.end), None)


_CHANGED_OR_COMPARED = (1, 2)
#: Comparatives of amount, which a change can be said as ("better" and "worse" judge).
_OF_AMOUNT = frozenset("higher lower larger smaller bigger greater".split())


def _as_change(word: Token, way: int) -> bool:
    return abs(way) == 1 or abs(way) == 2 and word.norm in _OF_AMOUNT


def _turned_elsewhere(
    claim: Facts, passage: Facts, word: Token, way: int, theirs: list[tuple[Token, int]]
) -> tuple[Token, str] | None:
    """The opposite of the claim's word of direction, in another part of the passage's
    sentence (between contrasts) that has words of the claim the part with the claim's own
    word lacks, and that part: "found Martin Kell guilty of evidence tampering but acquitted
    him of obstruction of justice" against "found Martin Kell guilty of obstruction"."""

    def parts(which: int) -> list[tuple[Token, tuple[int, int]]]:
        return [(u, _clause_span(passage, u, _CONTRAST)) for u, w in theirs if w == which]

    def said_in(start: int, end: int) -> set[str]:
        inside = [p.norm for p in passage.tokens if start <= p.start < end]
        return {w.norm for w in rest if any(same_word(w.norm, p) for p in inside)}

    # Names and times are said once for both parts: "Marlow rents rose ..., while house prices
    # fell over the same period".
    negated = _negated_positions(claim)  # "a decline in tree rings, not temperature"
    rest = [
        w
        for w in _outside(claim.content, claim.of("entity"))
        if w is not word
        and w.norm not in _WAY_WORDS
        and w.norm not in _SHARED_BY_CLAUSES
        and w.start not in negated
    ]
    ours = set().union(*(said_in(*span) for _, span in parts(way)))
    # A part that names its subject by a pronoun has the claim's words before its word of
    # direction: "sales rose 4%, but it cut its forecast" against "The company cut its forecast".
    # (the pronoun is its verb's subject, and the part has a word the claim has after its
    # own: not "Exports fell in March, although they rose in April")
    later = {w.norm for w in rest if w.start > word.start}
    previous = {u.start: t.norm for t, u in zip(passage.tokens, passage.tokens[1:], strict=False)}
    if any(
        previous.get(u.start) in _SUBJECT_PRONOUNS and later & said_in(*span)
        for u, span in parts(way)
    ):
        ours |= {w.norm for w in rest if w.start < word.start}
    for rival, (start, end) in parts(-way):
        if said_in(start, end) - ours:
            return rival, _part_text(passage, start, end)
    return None


_SUBJECT_PRONOUNS = _PERSONAL | {"it", "we"}


def _against_the_other(claim: Facts, ours: Token, passage: Facts, theirs: Token) -> bool:
    """Both words of change are measured "against" something, the passage's against what the
    claim names before its word: one currency rising against another is the other falling
    against it (not "The pound fell against the euro" for "The pound rose against the dollar")."""

    def against(facts: Facts, word: Token) -> str | None:
        after = [t for t in _tokens_after(facts, word, 4) if t.norm not in _DETERMINERS]
        return after[1].norm if len(after) > 1 and after[0].norm == "against" else None

    mine, other = against(claim, ours), against(passage, theirs)
    named = {t.norm for t in claim.tokens if t.end <= ours.start}
    return mine is not None and other is not None and mine != other and other in named


#: Prefixes that make a word its opposite ("constitutional" / "unconstitutional"). "in-" and
#: "dis-" are left out: "form" / "inform", "count" / "discount".
_OPPOSITE_PREFIXES = ("un", "non")


def _prefix_mismatches(claim: Facts, words: _Words, citation: str) -> list[tuple[Check, Token]]:
    """The passage has the rest of the claim, and one of its words with "un-" or "non-" added
    or taken away."""
    for t in claim.content:
        if len(t.norm) < 4 or words.match(t) is not None:
            continue
        opposites = {p + t.norm for p in _OPPOSITE_PREFIXES}
        opposites |= {t.norm[len(p) :] for p in _OPPOSITE_PREFIXES if t.norm.startswith(p)}
        before = _previous_word(claim.tokens, t)
        rival = next(
            (
                u
                for u in words.tokens
                if u.norm in opposites and _previous_word(words.tokens, u) == before
            ),
            None,
        )
        rest = [w for w in claim.content if w is not t]
        if rival is not None and _coverage(rest, words)[0] >= SUPPORT_COVERAGE:
            return [(Check("polarity", "mismatch", t.text, rival.text, citation), rival)]
    return []


#: Outcomes news claims turn into their opposites, each as the two sides of one group.
_OUTCOMES = {
    w: (group, side)
    for group, sides in enumerate(
        (
            ("win wins won winning", "lose loses lost losing"),
            ("survive survives survived surviving", "die dies died dying"),
            ("completed", "collapsed abandoned"),
            ("upheld allowed", "dismissed quashed"),
            ("elected", "defeated"),
            ("released freed", "remanded"),
            # a judgement of one's work, and the side a witness took
            (
                "praise praises praised praising",
                "criticise criticises criticised criticising criticize criticizes criticized"
                " criticizing condemn condemns condemned condemning faulted faulting",
            ),
            ("prosecution", "defence defense"),
        )
    )
    for side, words in enumerate(sides)
    for w in words.split()
}


#: The outcomes of a contest, whose other side "to", "over" or "against" names.
_CONTESTS = frozenset({0, 4})


#: "A rather than B", "A instead of B": one thing chosen over another.
_RATHER = re.compile(r"\b(?:rather than|instead of)\b", re.IGNORECASE)
#: How many content words on each side of "rather than" say what is chosen.
ALTERNATIVE_WORDS = 2


def _swapped_alternatives(
    claim: Facts, passage: Facts, words: _Words, citation: str
) -> list[tuple[Check, Token]]:
    """The passage chooses what the claim passes over: "caused by faulty equipment rather than
    cable theft" against "caused by the theft of copper cable rather than by an equipment
    fault". Only a passage that has all the rest of the claim, asks nothing ("too early to say
    whether"), and makes no choice the claim's way can say so."""
    ours = _alternatives_around(claim)
    if len(ours) != 1:
        return []
    chosen, passed = ours[0]
    # all the rest, said by the same people of the same time: not "critics say" against "the
    # minister insisted", nor "last year" against "this year"
    rest = [t for t in claim.content if t not in chosen and t not in passed]
    if _coverage(rest, words)[0] < 1.0:
        return []
    if "whether" in {t.norm for t in passage.tokens}:
        return []

    def crossed(mine: list[Token], there: list[Token], not_there: list[Token]) -> bool:
        return any(
            _Words(tuple(there)).match(t) is not None and _Words(tuple(not_there)).match(t) is None
            for t in mine
        )

    swapped = [
        (their_chosen, their_passed)
        for their_chosen, their_passed in _alternatives_around(passage)
        if crossed(chosen, their_passed, their_chosen)
        and crossed(passed, their_chosen, their_passed)
    ]
    if not swapped or len(swapped) < len(_alternatives_around(passage)):
        return []  # some choice of the passage goes the claim's way
    their_chosen = swapped[0][0]
    said = " ".join(t.text for t in chosen)
    stated = " ".join(t.text for t in their_chosen)
    return [(Check("word", "mismatch", said, stated, citation, "chosen"), their_chosen[0])]


def _alternatives_around(facts: Facts) -> list[tuple[list[Token], list[Token]]]:
    """For each "rather than", the content words just before it and just after it, in its
    clause."""
    found = []
    for m in _RATHER.finditer(facts.text):
        edge = max((b.end() for b in _BREAK.finditer(facts.text, 0, m.start())), default=0)
        before = [t for t in facts.content if edge <= t.start and t.end <= m.start()]
        stop = _BREAK.search(facts.text, m.end())
        end = stop.start() if stop else len(facts.text)
        after = [t for t in facts.content if m.end() <= t.start and t.end <= end]
        if before and after:
            found.append((before[-ALTERNATIVE_WORDS:], after[:ALTERNATIVE_WORDS]))
    return found


def _outcome_mismatches(
    claim: Facts, passage: Facts, words: _Words, citation: str
) -> list[tuple[Check, Token]]:
    """The passage has the rest of the claim and, where the claim's word of an outcome was, its
    opposite: "Labour lost the seat" against "Labour held the seat", "The patient survived"
    against "The patient died". Not "lost to", which names the winner (see the role checks),
    nor an opposite negated or denied ("did not criticise", "rejected claims that she had
    criticised")."""
    if not any(t.norm in _OUTCOMES for t in claim.content):
        return []
    tokens = words.tokens
    negated = _negated_positions(passage) | {
        u.start
        for i, u in enumerate(tokens)
        if any(DIRECTION.get(d.norm) == -4 for d in tokens[max(0, i - 5) : i])
    }
    for t in claim.content:
        # (the word itself, not one going the same way: "lost" is not found as "reduced")
        if t.norm not in _OUTCOMES or any(same_word(t.norm, u.norm) for u in words.tokens):
            continue
        group, side = _OUTCOMES[t.norm]
        contest = group in _CONTESTS
        if contest and _names_the_other(claim.tokens, t):
            continue  # "Rangers lost to Celtic" against "a win over Rangers"
        around = _named_around(claim.tokens, t)
        rival = next(
            (
                u
                for u in words.tokens
                if _OUTCOMES.get(u.norm, (-1, side))[0] == group
                and _OUTCOMES[u.norm][1] != side
                and not (contest and _names_the_other(words.tokens, u))
                and u.start not in negated
                and any(same_word(a, b) for a in around for b in _named_around(words.tokens, u))
            ),
            None,
        )
        rest = [w for w in claim.content if w is not t]
        if rival is not None and _coverage(rest, words)[0] >= SUPPORT_COVERAGE:
            return [(Check("word", "mismatch", t.text, rival.text, citation), rival)]
    return []


#: Words after an outcome that name the other side ("lost to", "a win over", "won against"),
#: which the role checks read.
_NAMING_THE_OTHER = frozenset("to over against".split())


def _names_the_other(tokens: tuple[Token, ...], token: Token) -> bool:
    """ "lost to Celtic", "lost the final to Smith", "a win over Rangers"."""
    i = tokens.index(token)
    return any(u.norm in _NAMING_THE_OTHER for u in tokens[i + 1 : i + 5])


def _named_around(tokens: tuple[Token, ...], token: Token) -> set[str]:
    """The nearest word of content on each side, no number: who or what an outcome is of
    ("The patient survived", "won the toss"; not "in" of "completed in 2010")."""
    i = tokens.index(token)
    before = next((u.norm for u in reversed(tokens[:i]) if _worded(u.norm)), "")
    after = next((u.norm for u in tokens[i + 1 :] if _worded(u.norm)), "")
    return {w for w in (before, after) if w}


def _worded(norm: str) -> bool:
    return is_content(norm) and not norm[:1].isdigit()


def _placed_alike(claim: Facts, ours: Token, passage: Facts, theirs: Token) -> bool:
    """The one the claim ranks, the name nearest before its rank, is named before the
    passage's rank in its clause: "Kipchoge came first ..., and Kiplagat said" does not rank
    Kiplagat."""
    named = [e for e in claim.of("entity") if e.end <= ours.start]
    if not named:
        return True
    start, _ = _clause_span(
        passage, Fact("word", theirs.text, theirs.norm, theirs.start, theirs.end)
    )
    before = [t.norm for t in passage.tokens if start <= t.start < theirs.start]
    return any(w in before for w in max(named, key=lambda e: e.start).value.split())


#: Verbs that say where one finished in a race or a poll: "finished second", "came third".
_PLACED = frozenset("finished finishes finish came comes come placed ended ends".split())
_IN_A_ROW = frozenset("consecutive successive straight running".split())
#: Words of which one thing has only one: a side of the compass, a rank, a sex, how often.
_ALTERNATIVES = (
    {
        w: ("compass", w[:4])
        for w in "north south east west northern southern eastern western".split()
    }
    | {w: ("rank", str(n)) for w, n in (ORDINALS | {"debut": 1}).items()}
    | {w: ("sex", "m") for w in "men men's male boys boys' mens".split()}
    | {w: ("sex", "f") for w in "women women's female girls girls' womens".split()}
    | {w: ("often", w[:3]) for w in "daily weekly monthly quarterly".split()}
    | {w: ("often", "year") for w in "annual annually yearly".split()}
    | {w: ("colour", w) for w in "red amber yellow orange".split()}  # warnings, cards
    | {w: ("season", w) for w in "spring summer autumn winter".split()}  # not "fall"
    | {w: ("side", w) for w in "left right".split()}  # "turning left", "his right leg"
)


def _alternative(norm: str) -> tuple[str, str] | None:
    """The set a word is one of, and which it is; an ordinal in digits ("14th") is a rank."""
    if norm[:1].isdigit() and (rank := _rank(norm)) is not None:
        return ("rank", str(rank))
    return _ALTERNATIVES.get(norm)


def _alternatives(
    claim: Facts, passage: Facts, words: _Words, evidence: Evidence, citation: str
) -> list[tuple[bool, Check, Token]]:
    """The passage has the rest of the claim, and in the place of one of its words another
    of a set of which a thing has one: "west of Pine Hollow" against "east of Pine Hollow",
    "the seventh named storm" against "the ninth named storm". Not where its paragraph or
    article says the claim's own value ("Two men were arrested ... Two women were also
    arrested"). The first such rival among the claim's first two words, which say which
    thing it is about ("Women's unemployment rose 2%" against "Men's unemployment rose 2%"),
    and the first among the rest, each flagged whether it is among the first two."""
    content = claim.content
    ours = [(i, t, kind) for i, t in enumerate(content) if (kind := _alternative(t.norm))]
    if not ours:
        return []
    # The sentence's paragraph and article, without the sentence.
    context = evidence.passage.context.replace(evidence.passage.text, " ")
    around = {u.norm for u in _placed(context, _CONTEXT_OFFSET)}
    theirs = [t for t in passage.tokens if is_content(t.norm)]
    said = {_alternative(t.norm) for t in claim.tokens}
    found: dict[bool, tuple[bool, Check, Token]] = {}
    for i, t, kind in ours:
        if (i < 2) in found or _in_a_name(claim, t) or t.norm in around:
            continue
        before = content[i - 1].norm if i else ""
        after = content[i + 1].norm if i + 1 < len(content) else ""
        in_place = [
            u
            for j, u in enumerate(theirs)
            if (other := _alternative(u.norm)) is not None
            and other[0] == kind[0]
            and not _in_a_name(passage, u)
            and not (j and theirs[j - 1].norm in ORDINALS)  # "a second yellow card" is a red
            and (
                (after and j + 1 < len(theirs) and same_word(theirs[j + 1].norm, after))
                # an ordinal counts the word after it, or the one after that ("the eleventh
                # consecutive month"): "scored his second goal" is no half
                or (
                    kind[0] == "rank"
                    and after
                    and j + 2 < len(theirs)
                    and theirs[j + 1].norm in _IN_A_ROW
                    and same_word(theirs[j + 2].norm, after)
                )
                # ... and one before no noun of its own ("finished second in the race",
                # "finished third with 22,105 votes") by the word before it, like any other
                or (
                    (
                        kind[0] != "rank"
                        or not is_content(_word_after(claim, t))
                        and not is_content(_word_after(passage, u))
                    )
                    and before
                    and j
                    and (
                        same_word(theirs[j - 1].norm, before)
                        or kind[0] == "rank"
                        and {theirs[j - 1].norm, before} <= _PLACED
                    )
                )
            )
        ]
        if kind[0] == "rank" and not is_content(_word_after(claim, t)):  # "finished third"
            in_place = [u for u in in_place if _placed_alike(claim, t, passage, u)]
        # The claim's own value in the passage, or a value the claim also says ("ranked eighth
        # before its rise to fifth"), is no rival, unless the passage's own value is of
        # another thing of the kind: "an amber *wind* warning ..., while a yellow warning for
        # heavy rain" against "an amber warning for heavy rain" ("eastern areas" may be
        # "eastern England" said another way).
        own = [u for u in theirs if _alternative(u.norm) == kind]
        if own:
            if not after or any(
                u in in_place or not same_word(_next_word(theirs, u, 2), after) for u in own
            ):
                continue
            in_place = [u for u in in_place if same_word(_next_word(theirs, u), after)]
        # ... nor is one said of something else: "Jones was shown a red card, and Smith was
        # booked"; "Kane, who missed a penalty in the first half, scored twice after the break".
        near = {before, after}
        rival = next(
            (
                u
                for u in in_place
                if _alternative(u.norm) not in said
                and _said_of_the_claim(claim, passage, u, t, near)
            ),
            None,
        )
        # (the verb of a place said another way is no word missing: "finished" for "came")
        rest = [w for w in content if w is not t and not (kind[0] == "rank" and w.norm in _PLACED)]
        if rival is not None and _coverage(rest, words)[0] >= SUPPORT_COVERAGE:
            check = Check("word", "mismatch", t.text, rival.text, citation)
            found[i < 2] = (i < 2, check, rival)
    return list(found.values())


#: Words that add one more of a kind rather than name another in its place.
_ADDING = frozenset("also too again another further additionally likewise".split())


def _said_of_the_claim(
    claim: Facts, passage: Facts, word: Token, ours: Token, near: set[str]
) -> bool:
    """Whether the clause of the passage's `word` has a word of the claim besides `ours` and
    the words `near` it, no other clause is more about the claim, and it is not about
    someone else."""
    start, end = _clause_span(passage, word)
    inside = [t for t in passage.tokens if start <= t.start < end and _telling(t.norm)]
    claim_words = [
        w
        for w in claim.tokens
        if _telling(w.norm) and not ours.start <= w.start < ours.end and w.norm not in near
    ]

    def said_there(tokens: list[Token]) -> int:
        return sum(any(same_word(w.norm, t.norm) for t in tokens) for w in claim_words)

    here = said_there(inside)
    if not here or any(t.norm in _ADDING for t in passage.tokens if start <= t.start < end):
        return False  # "Two women were *also* arrested": one more, not another
    # ... and no other clause of the sentence has the thing the claim's value is of without a
    # value of the kind, and as much of the claim: the claim is about that one ("The final
    # will be played on Sunday, while the women's final was played on Saturday" against "The
    # men's final will be played on Sunday").
    edges = (0, *_clause_edges(passage.text), len(passage.text))
    for a, b in itertools.pairwise(edges):
        there = [t for t in passage.tokens if a <= t.start < b and _telling(t.norm)]
        if (
            not a <= word.start < b
            and any(t.norm in near for t in there)
            and not any(_kind_of(t) == _kind_of(word) for t in there)
            and said_there(there) >= here
        ):
            return False
    # The claim's names said in another clause of the sentence, and another name in this one:
    # the clause is about someone else.
    claim_names = {w for c in claim.of("entity") for w in c.value.split()}
    ours_there = [e for e in passage.of("entity") if claim_names & set(e.value.split())]
    names = [e for e in passage.of("entity") if start <= e.start < end]
    return not (
        ours_there
        and not any(e in ours_there for e in names)
        and any(e not in ours_there for e in names)
    )


def _kind_of(word: Token) -> str:
    return (_alternative(word.norm) or ("-",))[0]


def _telling(norm: str) -> bool:
    """A content word, or a day, month or number: what tells one clause from another."""
    return is_content(norm) or norm in WEEKDAYS or norm in MONTHS or norm[:1].isdigit()


def _in_a_name(facts: Facts, token: Token) -> bool:
    """A capital not at the start of a sentence or quotation: "published by Winter", "the
    North East" (not '"Winter festival was cancelled," organisers said')."""
    before = facts.text[: token.start].rstrip()
    return token.text[:1].isupper() and bool(before) and before[-1] not in ".!?\"“‘'(:"


def _next_word(tokens: list[Token], token: Token, step: int = 1) -> str:
    i = tokens.index(token) + step
    return tokens[i].norm if i < len(tokens) else ""


def _previous_word(tokens: tuple[Token, ...], token: Token) -> str:
    """The word before `token` ("were" in "were unconstitutional"): an opposite only counts
    in the same place, not as another noun ("in employment" / "the unemployment rate")."""
    i = tokens.index(token)
    return tokens[i - 1].norm if i else ""


def _denied_change(claim: Facts, passage: Facts, words: _Words) -> Token | None:
    """The claim's verb of change, when the passage only says a change did not happen:
    "did not fall" neither supports "rose" nor contradicts it."""
    ours = _directions(claim, claim.tokens)
    if len({way for _, way in ours}) != 1:
        return None
    if any(way == ours[0][1] for _, way in _directions(passage, words.tokens)):
        return None
    negated = _negated_positions(passage)
    if any(t.norm in DIRECTION and t.start in negated for t in passage.tokens):
        return ours[0][0]
    return None


def _directions(facts: Facts, tokens: tuple[Token, ...]) -> list[tuple[Token, int]]:
    """The verbs of change among `tokens` (a text's own, or with its title) and their
    direction, leaving out those a negation of the text covers."""
    negated = _negated_positions(facts)
    found = []
    for i, t in enumerate(tokens):
        if t.norm not in _WAY_WORDS:
            continue
        way = DIRECTION.get(t.norm)
        if t.norm in _CONFIRMING and _reporting(facts.text, tokens, i):
            continue  # "..., ministers confirmed." reports what is said, it assents to nothing
        if way == -1 and tokens[i + 1 : i + 2] and tokens[i + 1].norm in ("short", "behind"):
            # "falls short of the 7 per cent demanded" missed a mark, and "pay has fallen
            # behind" that of others compares: neither fell
            continue
        if way is None and t.norm == "down" and i and tokens[i - 1].norm in _VOTED:
            way = DIRECTION["rejected"]  # "voted down" against "passed"
        if way is None and t.norm in _VOTE_SIDES and i and tokens[i - 1].norm in _VOTED:
            # "voted against the plan" / "voted for it" (not "voted for the first time")
            way = None if _a_while(tokens[i + 1 : i + 5]) else _VOTE_SIDES[t.norm]
        voted_in = i > 1 and tokens[i - 1].norm == "in" and tokens[i - 2].norm in _VOTED
        if way is None and t.norm in _FAVOUR and voted_in:
            way = VOTE_SIDE  # "voted in favour of the plan"
        if way is None and t.norm == "down" and i and tokens[i - 1].norm in _TURNED:
            # "the request was turned down", "turned down an approach" (not "turned down the
            # heating", "lights turned down at night")
            passive = i > 1 and tokens[i - 2].norm in BE_FORMS
            offered = (
                any(u.norm in _OFFERS for u in tokens[i + 1 : i + 4])
                or passive
                and any(u.norm in _OFFERS for u in tokens[max(0, i - 6) : i - 2])
            )
            way = DIRECTION["rejected"] if offered else None
        if way is None and t.norm == "out" and i and tokens[i - 1].norm in _THROWN:
            # "plans were thrown out" (not "thrown out of the car")
            thrown_out_of = tokens[i + 1 : i + 2] and tokens[i + 1].norm == "of"
            way = None if thrown_out_of else DIRECTION["rejected"]
        if (
            way is None
            and t.norm in ("up", "down")
            and i
            and tokens[i - 1].norm in _GONE
            and _change_said(facts.text, tokens, i)
        ):
            way = _CHANGE_ADVERBS[t.norm]  # "the cost has come down", "fares went up again"
        if way is None and t.norm in _CHANGE_ADVERBS:
            # "up 12%", "down from 61%", "went up by about 20%"
            after = list(tokens[i + 1 : i + 5])
            while after and after[0].norm in _BEFORE_AMOUNT:
                after = after[1:]
            if after and is_number_word(after[0]):
                way = _CHANGE_ADVERBS[t.norm]
        if (
            way is None
            and t.norm in _COMPARED
            and (
                any(map(is_number_word, tokens[i - 2 : i]))
                or any(u.norm in _NORMS for u in tokens[i + 1 : i + 4])  # "above the average"
                or _expected_after(facts.text, tokens, i)
            )
        ):
            way = _COMPARED[t.norm]
            if any(u.norm in _TARGETS for u in tokens[i + 1 : i + 3]):
                way = 4 * way  # "91.6 percent, below the target of 95 percent" missed it
        if abs(way or 0) in (7, 8) and _expected_after(facts.text, tokens, i):
            # "ahead of analysts' forecasts" is above them, not early; "missed forecasts",
            # "fell short of expectations" below them
            way = 2 if way > 0 else -2
        if way is None and t.norm in _LIKELIER and tokens[i + 1 : i + 2]:
            way = _LIKELIER[t.norm] if tokens[i + 1].norm == "likely" else None
        if way is not None and t.start not in negated:
            found.append((t, way))
    return found


_CONFIRMING = frozenset("confirm confirms confirmed confirming".split())


def _ends_clause(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """Nothing of the i-th word's clause follows it."""
    return (
        i + 1 == len(tokens) or _BREAK.search(text, tokens[i].end, tokens[i + 1].start) is not None
    )


def _reporting(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """The i-th word, ending its sentence after a comma, reports what is said: "...,
    ministers confirmed." ("confirmed that" still assents, against "refused to confirm")."""
    ends = _ends_clause(text, tokens, i)
    return ends and "," in text[max(0, tokens[i].start - 40) : tokens[i].start]


def _change_said(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """ "Up" or "down" (the i-th word) after "gone" or "come" says an amount changed: "fares
    went up", "the cost has come down from £31m", "went up again". Not a thing that moved ("the
    helicopter came down", "the sun came up"), a phrase ("came up with a plan", "went down
    well", "the contest came down to 312 votes") or a place ("came down from the summit")."""
    verb = tokens[i - 1].norm
    if tokens[i].norm == "up" and verb not in _GOING:
        return False  # "the issue came up", "the sun came up"
    following = [] if _ends_clause(text, tokens, i) else [u.norm for u in tokens[i + 1 : i + 3]]
    if following[:1] and following[0] in _NOT_GONE:
        return False
    if _amount_before(tokens, i - 1):
        return True
    # anything else changes only where a number or a time since says it did
    numbered = following[:1] in (["from"], ["by"]) and any(
        is_number_word(u) for u in tokens[i + 2 : i + 4]
    )
    return numbered or following[:1] in (["again"], ["since"])


def _amount_before(tokens: tuple[Token, ...], verb: int) -> bool:
    """The word before the verb at `verb`, past its auxiliaries, names an amount: "prices
    have", "the cost of the scheme has"."""
    words = [
        u.norm
        for u in tokens[max(0, verb - 8) : verb]
        if u.norm not in AUXILIARIES and u.norm not in _BEFORE_GONE
    ]
    # the head of "the cost of the scheme", "knife crime in London", "ticket prices at the club"
    while len(words) > 1 and words[-1] not in _AMOUNTS and _HEAD_OF.intersection(words[:-1]):
        words = words[: max(i for i, w in enumerate(words) if w in _HEAD_OF)]
    return bool(words) and words[-1] in _AMOUNTS


def _naming(tokens: tuple[Token, ...], word: Token) -> bool:
    """A comparative that names a thing ("its larger site"), saying nothing of how an amount
    changed; "a higher division than" still compares."""
    i = tokens.index(word)
    after = tokens[i + 1 : i + 4]
    return bool(i and tokens[i - 1].norm in _DETERMINERS and after) and all(
        u.norm != "than" for u in after
    )


#: What a value is said to be above or below, with no number of its own before the word.
_NORMS = frozenset("average averages mean median norm inflation".split())
#: "above what analysts had expected", "below the $5bn forecast": a result against a forecast.
_EXPECTED = frozenset(
    "expected expectations forecast forecasts forecasted estimate estimates estimated predicted"
    " consensus".split()
)
EXPECTED_REACH = 7


def _expected_after(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """A word of what was expected follows the i-th word in its clause."""
    for u in tokens[i + 1 : i + 1 + EXPECTED_REACH]:
        if _BREAK.search(text, tokens[i].end, u.start) is not None:
            return False
        if u.norm in _EXPECTED:
            return True
    return False


_DETERMINERS = frozenset("the a an its their his her our your this that these those".split())


#: "up 12% on the year", "down from 61%": a change where a number follows, or "from" / "by"
#: and a number ("up to 40,000" is a bound, "stepped down from the board" no change).
#: Words that go one way only before an amount: "up 12%", "create about 300 jobs" (the
#: assembly "was created in 1999" rose nowhere).
_CHANGE_ADVERBS = {"up": 1, "down": -1} | dict.fromkeys(
    "create creates created creating".split(), 1
)
_VOTED = frozenset({"voted", "votes", "vote"})
#: "Gone up" and "come down" say a change (only "go" goes up: "the sun came up") ...
_GOING = frozenset("go goes went gone going".split())
_GONE = _GOING | frozenset("come comes came coming".split())
#: ... unless one of these follows ("came up with a plan", "went down well", "came down on
#: the side of", "came down hard") ...
_NOT_GONE = frozenset("with on against well hard".split())
#: ... of an amount, the word before the verb past these ("prices have *also* gone up") and
#: past what the amount is of ("the cost *of* the scheme").
_BEFORE_GONE = frozenset("been be also just now then since".split())
_HEAD_OF = frozenset("of in at for on across".split())
#: Amounts that go up and come down: "fares went up", "waiting times have come down".
_AMOUNTS = frozenset(
    """price prices cost costs bill bills rate rates fare fares inflation unemployment crime
    figure figures number numbers sales profit profits revenue turnout temperature
    temperatures times wages wage pay salaries rent rents spending debt borrowing emissions
    level levels demand membership attendance admissions value values shares stock index
    premiums fees charges tax taxes output exports imports deaths cases infections
    waits""".split()
)
#: The side a vote was cast on, said after the verb.
#: (a kind of its own: "three MPs voted against the bill" does not say it failed to pass)
VOTE_SIDE = 9
_VOTE_SIDES = {"against": -VOTE_SIDE, "for": VOTE_SIDE}
_FAVOUR = frozenset({"favour", "favor"})
_A_TIME = frozenset("hour hours day days minute minutes week weeks month months year years".split())


def _a_while(after: tuple[Token, ...]) -> bool:
    """ "for the first time", "for hours", "for two hours before ..." (not "for a two-year pay
    deal", "for the third runway")."""
    words = [t.norm for t in after]
    if "time" in words[:3] or words[:1] and words[0] in _A_TIME:
        return True
    return (
        len(words) >= 2
        and is_number_word(after[0])
        and words[1] in _A_TIME
        and (len(words) < 3 or not is_content(words[2]))
    )


_TURNED = frozenset({"turn", "turns", "turned", "turning"})
#: What is turned down, refused: "the request was turned down", "turned down an approach".
_OFFERS = frozenset(
    """offer offers request requests approach approaches bid bids proposal proposals application
    applications plan plans invitation invitations job role post chance appeal deal honour
    honours award knighthood damehood peerage nomination""".split()
)
_THROWN = frozenset({"throw", "throws", "threw", "thrown", "throwing"})
_BEFORE_AMOUNT = frozenset(
    "from by about around nearly almost roughly some over under just more less than".split()
)
#: "2.1 degrees above the average": a comparison where a number comes just before.
_COMPARED = {"above": 2, "below": -2}
#: ... and above or below one of these has met or missed it (kind 8, see facts.DIRECTION).
_TARGETS = frozenset("target targets goal goals threshold".split())
#: "18% more likely to be diagnosed" against "less likely" (and no other "more" or "less").
_LIKELIER = {"more": 2, "less": -2}
#: The kinds of direction, each compared on its own (see facts.DIRECTION).
_DIRECTION_KINDS = sorted({abs(way) for way in DIRECTION.values()} | {VOTE_SIDE})
_WAY_WORDS = (
    frozenset(DIRECTION)
    | frozenset(_CHANGE_ADVERBS)
    | frozenset(_COMPARED)
    | frozenset(_LIKELIER)
    | frozenset(_VOTE_SIDES)
    | _FAVOUR
    | {"out"}
)


def _negated_positions(facts: Facts) -> set[int]:
    """Where the words a negation covers start, and a negation that is no change itself:
    "declined to say" did not go down."""
    negations = facts.of("negation")
    return {t.start for n in negations for t in negation_scope(facts, n)} | {
        n.start for n in negations if abs(DIRECTION.get(n.value, 0)) == 1
    }


def _nearer_negation(claim: Facts, evidence: Evidence, citation: str) -> list[tuple[Check, None]]:
    """The passage is nearer in meaning to the claim negated than to the claim itself.

    This catches opposites said in other words ("declining populations" against "the
    population has been growing"), which no fact comparison sees; the caller only asks it
    of passages that are about the claim. The negated wording comes from `facts.negated`.
    """
    theirs = evidence.negated_similarity
    if theirs is None or evidence.similarity < NEGATION_SIMILARITY or theirs <= evidence.similarity:
        return []
    wording = negated(claim) or ""
    check = Check(
        "meaning", "mismatch", wording, f"{theirs:.2f} vs {evidence.similarity:.2f}", citation
    )
    return [(check, None)]


def _attribution_mismatches(
    claim: Facts, theirs: list[Fact], citation: str, found: dict[Fact, Fact | None], topic: float
) -> list[tuple[Check, Fact]]:
    """'according to X' in the claim, 'according to Y' (`theirs`) in the passage."""
    if not theirs or topic < SLOT_COVERAGE:
        return []
    result = []
    for source in claim.of("attribution"):
        if any(_same_source(source, t) or _speaks_for(t, source) for t in theirs):
            continue
        others = [
            h for a, h in found.items() if a.value != source.value and not _is_source(a, source)
        ]
        if all(h is not None for h in others):
            rival = theirs[0]
            result.append(
                (
                    Check("attribution", "mismatch", source.text, rival.text, citation, "source"),
                    rival,
                )
            )
    return result


#: A post said next to its holder, set off by commas: "Priya Nandakumar, the trust's medical
#: director," / "Kestria's foreign minister, Agnes Dorval".
_POST_AFTER = re.compile(
    r",\s+(?:the|a|an|its|their)\s+((?:[\w’'-]+\s+){0,4}[\w’'-]+?)(?=,|\.|;|$)"
)
_POST_BEFORE = re.compile(r"(?:^|[,;:.]\s+|\b(?i:the|and)\s+)((?:[\w’'-]+\s+){0,3}[\w’'-]+),\s+$")


def _posts(facts: Facts) -> list[tuple[Fact, tuple[str, ...], str]]:
    """Each name said with a post beside it: the name, the post's words (lower case, no
    owner) and the post's owner ("trust", "Kestria") if it has one."""
    found = []
    text = facts.text
    for name in facts.of("entity"):
        after = _POST_AFTER.match(text, name.end)
        before = _POST_BEFORE.search(text[max(0, name.start - 60) : name.start])
        phrase = after.group(1) if after else before.group(1) if before else None
        if phrase is None:
            continue
        words = phrase.split()
        if words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        owner = ""
        if words and re.search(r"['’]s$", words[0]):
            owner, words = words[0][:-2], words[1:]
        if not words or not all(w.islower() and w.isalpha() for w in words):
            continue  # "24", "who said", a name: no post
        found.append((name, tuple(words), owner))
    return found


def _post_mismatches(claim: Facts, passage: Facts, citation: str) -> list[tuple[Check, Fact]]:
    """The claim's post held by another name in the passage ("Priya Nandakumar, the trust's
    medical director" against "Dr Samuel Achterberg, the trust's medical director"), or the
    same name's post owned by another ("Kestria's foreign minister, Agnes Dorval" against
    "Belvania's foreign minister, Agnes Dorval")."""
    ours = _posts(claim)
    theirs = _posts(passage) if ours else []  # most claims give no post: skip the passage's
    for name, post, owner in ours:
        for other, their_post, their_owner in theirs:
            if their_post != post:
                continue
            said = " ".join(post)
            same_owner = fold(owner) == fold(their_owner)
            if not _same_source(name, other) and same_owner:
                if any(_same_source(name, e) for e in passage.of("entity")):
                    continue  # the passage names the claim's holder too: two people
                check = Check("role", "mismatch", name.text, other.text, citation, said)
                return [(check, other)]
            if _same_source(name, other) and owner and their_owner and not same_owner:
                detail = f"{said}, {other.text}"
                check = Check("role", "mismatch", owner, their_owner, citation, detail)
                return [(check, other)]
    return []


#: The last word of a post written as a title before a name: "Transport Secretary Linda Farrow"
#: (not "Dr": many hold it).
_POST_TITLES = (
    _TITLES
    | frozenset(
        """secretary chancellor chairman chairwoman chair leader spokesman spokeswoman
        spokesperson director executive commissioner manager coach superintendent constable
        ambassador editor chief""".split()
    )
) - frozenset(
    "mr mrs ms miss dr sir dame lord lady professor prof saint st father reverend".split()
)


#: Titles many hold at once in one story, which name no post on their own (a trial has
#: one judge, a council many councillors).
_MANY_HOLD = frozenset("councillor cllr senator officer constable".split())


def _title_mismatches(claim: Facts, passage: Facts, citation: str) -> list[tuple[Check, Fact]]:
    """The claim's title held by another name in the passage: "Transport Secretary Linda
    Farrow" against "Transport Secretary Daniel Ashworth"."""
    for name in claim.of("entity"):
        ours = name.value.split()
        for other in passage.of("entity"):
            theirs = other.value.split()
            n = next((i for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b), 0)
            if not (n and ours[n - 1] in _POST_TITLES) or n == 1 and ours[0] in _MANY_HOLD:
                continue  # (many are councillors: "Councillor Rashid Hussain" is no post)
            holder, rival = ours[n:], theirs[n:]
            if not (0 < len(holder) <= 2 and 0 < len(rival) <= 2) or set(holder) & set(rival):
                continue
            said = " ".join(name.text.split()[:n])
            # The claim's holder named in the passage too (by surname at least): two people.
            if any(_same_name(holder[-1], e.value.split()[-1]) for e in passage.of("entity")):
                continue
            holder_text = " ".join(name.text.split()[n:])
            rival_text = " ".join(other.text.split()[n:])
            check = Check("role", "mismatch", holder_text, rival_text, citation, said)
            return [(check, other)]
    return []


_PRONOUNS = frozenset("he she it they".split())


def _pronoun_speaker(passage: Facts, evidence: Evidence) -> list[Fact]:
    """Who "he said" is: the last speaker the paragraph named before the sentence
    ("Sir Alan Brightwater said ... "Our door remains open," he said"), placed at the pronoun."""
    said = None
    for a, b in zip(passage.tokens, passage.tokens[1:], strict=False):
        if (a.norm in _PRONOUNS and b.norm in SPEECH_VERBS) or (
            a.norm in SPEECH_VERBS and b.norm in _PRONOUNS
        ):
            said = a if a.norm in _PRONOUNS else b
            break
    context = evidence.passage.context
    at = context.find(passage.text)
    if said is None or at <= 0:
        return []
    earlier = [f for f in _speakers(context) if f.end <= at]
    if not earlier:
        return []
    speaker = earlier[-1]
    text = f"{said.text} ({speaker.text})"
    return [Fact("attribution", text, speaker.value, said.start, said.end)]


def _quote_of_another(
    claim: Facts,
    passage: Facts,
    speakers: list[Fact],
    found: dict[Fact, Fact | None],
    citation: str,
) -> list[tuple[Check, Fact]]:
    """The claim's quotation, word for word, said by another: "Darren Mulholland described the
    collapse as 'the darkest day ...'" against "'This is the darkest day ...,' Redvale chief
    executive Fiona Castellan told reporters", where Mulholland is not named."""
    theirs = [_spaced(q) for q in passage.of("quote")]
    for quote in claim.of("quote"):
        words = _quote_words(quote)
        if len(words) < QUOTE_MIN_ALIGNED or not any(f" {' '.join(words)} " in t for t in theirs):
            continue
        named = [a for a, hit in found.items() if a.kind == "entity" and a.end <= quote.start]
        if not named or not speakers or found[named[-1]] is not None:
            continue
        speaker = speakers[-1]
        check = Check("attribution", "mismatch", named[-1].text, speaker.text, citation, "quote")
        return [(check, speaker)]
    return []


_SENTENCE_ENDS = re.compile(r"[.!?][\"”’']?\s")


def _who_said(claim: Facts, passage: Facts, speakers: list[Fact]) -> list[Fact]:
    """The speakers of the claim's quotations in a passage that names several: the one named
    right after a quotation, else the last before it, else the first after it ("Roth said the
    figures showed "the worst ... is behind us", but Lindqvist said ministers had ..." is
    Roth's)."""
    if len({s.value for s in speakers}) < 2:
        return []
    said = []
    # (a quotation the claim gives in part is the passage's that holds it word for word)
    ours = [_spaced(q) for q in claim.of("quote") if _quote_words(q)]
    for quote in passage.of("quote"):
        if not any(q in _spaced(quote) for q in ours):
            continue
        after = [s for s in speakers if s.start >= quote.end]
        before = [s for s in speakers if s.end <= quote.start]
        # '"...," Lindqvist said' / '"...," said Lindqvist': the speaker right after it, in
        # its sentence ('"... is a disgrace." Ann Green said she supported it' is Green's own).
        ended = after and _SENTENCE_ENDS.search(
            passage.text, max(quote.start, quote.end - 3), after[0].start
        )
        if after and len(passage.text[quote.end : after[0].start]) <= _SAID_AFTER and not ended:
            said.append(after[0])
        else:
            said += before[-1:] or after[:1]
    return said


#: How far after a quotation its speaker may be named: '"...," said Dr Mira Lindqvist'.
_SAID_AFTER = 12


def _quote_words(quote: Fact) -> tuple[str, ...]:
    return tuple(t.norm for t in tokenize(quote.value))


def _spaced(quote: Fact) -> str:
    """A quotation's words between spaces, so that one found in another is found whole."""
    return f" {' '.join(_quote_words(quote))} "


def _speakers(context: str) -> tuple[Fact, ...]:
    return tuple(_context_facts(context).of("attribution"))


def _is_source(anchor: Fact, source: Fact) -> bool:
    return anchor.kind == "entity" and (
        anchor.value in source.value or source.value in anchor.value
    )


def _speaks_for(speaker: Fact, source: Fact) -> bool:
    """ "Redvale Homes said" of what "Helen Marsh, a spokeswoman for Redvale Homes, said"."""
    return bool(speaker.unit) and _same_source(source, replace(speaker, value=fold(speaker.unit)))


def _person_words(name: str) -> list[str]:
    """The words of a name that say who, without titles and the body after "of"."""
    before, *after = re.split(r" (?:of|at|from) ", name)
    words = [w for w in before.split() if w not in _TITLES]
    if not words and after:  # a title of a place before the name: "Lord Mayor of Bristol ..."
        words = [w for w in after[-1].split() if w not in _TITLES][1:]
    return words


def _same_source(a: Fact, b: Fact) -> bool:
    """One name for the same one: "Okafor", "Mr Okafor" and "Daniel Okafor", but neither
    "Peter Okafor" nor "Tarrant Aerospace" for "Skerra Aerospace"."""
    # "Amara Voss of Kesterfield University" is Amara Voss; "Lord Mayor of Bristol Helen
    # Darby" is Helen Darby.
    if _initials(a.value) == b.value or _initials(b.value) == a.value:
        return True  # "ONS" and "Office for National Statistics"
    if _short_for(a.value, b.value) or _short_for(b.value, a.value):
        return True  # "Dunmore" and "Carmaker Dunmore Motors"
    words_a, words_b = _person_words(a.value), _person_words(b.value)
    if not (words_a and words_b) or not _same_name(words_a[-1], words_b[-1]):
        return False
    # "Kestwick Crown Court" is not "Brackenfield Crown Court": the words that tell them apart
    # are those before the ending they share.
    while words_a and words_b and _same_name(words_a[-1], words_b[-1]):
        words_a, words_b = words_a[:-1], words_b[:-1]
    if not (words_a and words_b):
        return True
    return any(_same_name(x, y) for x in words_a for y in words_b)


def _short_for(short: str, name: str) -> bool:
    """`short` is one word of the longer `name`, not its last: "Dunmore" for "Dunmore
    Motors"."""
    ours, theirs = short.split(), name.split()
    return len(ours) == 1 and len(theirs) > 1 and ours[0] in theirs[:-1]


def _initials(name: str) -> str:
    """ "office for national statistics" → "ons": the initials of a name of three words or
    more (two-letter ones are too often a person's: "PM" is not "Pat McFadden")."""
    words = [w for w in name.split() if w not in _PASSED_OVER]
    return "".join(w[0] for w in words) if len(words) > 2 else ""


def _nli_check(nli: dict[str, float], citation: str) -> Check:
    """An NLI model's reading counts only when it is confident (see NLI_THRESHOLD)."""
    label = max(nli, key=nli.get)
    outcome = "neutral"
    if nli[label] >= NLI_THRESHOLD:
        outcome = {"entailment": "match", "contradiction": "mismatch"}.get(label, "neutral")
    return Check("nli", outcome, label, f"{nli[label]:.2f}", citation, "NLI model")


def _merge(spans: list[tuple[int, int, str]]) -> tuple[tuple[int, int, str], ...]:
    """Sorted, non-overlapping highlight spans; a mismatch wins over a match."""
    result: list[tuple[int, int, str]] = []
    for start, end, kind in sorted(spans, key=lambda s: (s[0], s[2] != "mismatch")):
        if start >= 10**9:
            continue
        if result and start < result[-1][1]:
            if kind == "mismatch" and result[-1][2] != "mismatch":
                prev = result.pop()
                if prev[0] < start:
                    result.append((prev[0], start, prev[2]))
                result.append((start, max(end, prev[1]), kind))
            continue
        result.append((start, end, kind))
    return tuple(result)
