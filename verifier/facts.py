"""Text → facts: quantities, dates, named entities, quotations, negation and attribution.

The same extractor runs on claims and on passages, so the judge compares like with like.
Extraction is rule-based and cheap; it runs once per passage, never once per claim.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from rapidfuzz import fuzz

from .lexical import STEMMER

# --- words ---------------------------------------------------------------------------------

FUNCTION_WORDS = frozenset(
    """a an the and or but if of at by for with about against between into through during
    before after above below to from up down in out on off over under again further then
    once here there when where why how all any both each few more most other some such only
    own same so than too very can will just should now is are was were be been being have
    has had having do does did doing i me my we our you your he him his she her it its they
    them their what which who whom this that these those am would could may might must shall
    also as per via among amid another many much upon onto while since until unless because
    although though yet even still already ever s t don said says say told according
    upwards""".split()
)
_NEGATING_VERBS = frozenset(
    """refused refuses refuse denied denies deny failed fails fail rejected rejects reject""".split()
)
#: Negations that are not verbs: "not", "no one", "never".
NEGATION_WORDS = frozenset(
    """not no never none nobody nothing neither nor without cannot unable""".split()
)
NEGATION_CUES = NEGATION_WORDS | _NEGATING_VERBS
#: Words that go one way or the other, in three kinds: verbs of change ("rose" / "fell"),
#: comparatives ("higher" / "lower") and superlatives ("highest" / "lowest").
_UP = """increase increases increased increasing rise rises rose risen rising grow grows grew
    grown growing gain gains gained gaining expand expands expanded expanding accelerate
    accelerates accelerated accelerating climb climbs climbed climbing raise raises raised
    raising boost boosts boosted boosting surge surges surged surging soar soars soared
    soaring double doubles doubled doubling hike hikes hiked hiking jump jumps jumped
    jumping strengthen strengthens strengthened strengthening widen widens widened
    widening""".split()
_DOWN = """decrease decreases decreased decreasing decline declines declined declining fall falls
    fell fallen falling drop drops dropped dropping shrink shrinks shrank shrunk shrinking lose
    loses lost losing contract contracts contracted contracting slow slows slowed slowing cut
    cuts cutting reduce reduces reduced reducing plunge plunges plunged plunging plummet
    plummets plummeted plummeting slump slumps slumped slumping halve halves halved
    halving trim trims trimmed trimming slash slashes slashed slashing shed sheds shedding
    dip dips dipped dipping tumble tumbles tumbled tumbling lowers lowered lowering weaken
    weakens weakened weakening narrows narrowed narrowing""".split()
_MORE = """higher larger bigger faster stronger warmer richer older longer wider better""".split()
_LESS = (
    """lower smaller smaller slower weaker colder poorer younger shorter narrower worse""".split()
)
_MOST = """highest largest biggest fastest strongest warmest richest oldest longest widest
    best""".split()
_LEAST = """lowest smallest smallest slowest weakest coldest poorest youngest shortest narrowest
    worst""".split()
#: ... and the opposites news claims most often turn: assent against refusal, open against
#: closed, guilty against acquitted, ahead of against behind schedule, a target met against
#: missed.
_ASSENT = """approve approves approved approving accept accepts accepted accepting admit admits
    admitted admitting confirm confirms confirmed confirming allow allows allowed allowing
    permit permits permitted support supports supported supporting agree agrees agreed
    agreeing pass passes passed backs backed backing""".split()
_DISSENT = """reject rejects rejected rejecting deny denies denied denying ban bans banned
    banning forbid forbids forbade forbidden oppose opposes opposed opposing refuse refuses
    refused refusing dispute disputes disputed disputing blocked vetoed""".split()
_OPEN = """open opens opened opening reopen reopens reopened reopening""".split()
_CLOSED = """close closes closed closing shut shuts shutting""".split()
_GUILTY = """guilty convict convicts convicted""".split()
_ACQUITTED = """innocent acquit acquits acquitted cleared""".split()
_MET = """meet meets met exceed exceeds exceeded exceeding surpass surpasses surpassed reach
    reaches reached reaching""".split()
_MISSED = """miss misses missed missing short""".split()  # a target
DIRECTION = (
    {w: 1 for w in _UP}
    | {w: -1 for w in _DOWN}
    | {w: 2 for w in _MORE}
    | {w: -2 for w in _LESS}
    | {w: 3 for w in _MOST}
    | {w: -3 for w in _LEAST}
    | {w: 4 for w in _ASSENT}
    | {w: -4 for w in _DISSENT}
    | {w: 5 for w in _OPEN}
    | {w: -5 for w in _CLOSED}
    | {w: 6 for w in _GUILTY}
    | {w: -6 for w in _ACQUITTED}
    | {"ahead": 7, "behind": -7}  # of schedule
    | {w: 8 for w in _MET}
    | {w: -8 for w in _MISSED}
)
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
#: Months as news agencies shorten them ("Jan. 6", "Sept. 30", "Oct 24"), read only next to
#: a day or a year: "Jan" is a first name too.
_SHORT_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = frozenset("""monday tuesday wednesday thursday friday saturday sunday""".split())
DATE_RELATIONS = frozenset("""since in on before after by until from during between""".split())
SPEECH_VERBS = frozenset(
    """said says told wrote stated reported claimed announced added noted argued warned admitted
    insisted conceded acknowledged declared explained""".split()
)
#: Verbs that say something of a thing in the speaker's words ("called the strike
#: 'reckless'"): speech only before a quotation, and only by the name before them ("a village
#: called Lowmoor", "called off the talks" are not).
NAMING_VERBS = frozenset("called described branded".split())
_QUOTE_AFTER = re.compile(r"[^.!?]*[\"“‘']")

#: A word, or an acronym written with full stops ("U.S.", "U.K.") as one word.
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W_]+(?:['’][^\W_]+)*")
#: A chemical formula whose subscript became a word of its own in extracted text: "CO 2".
_FORMULA = re.compile(r"[A-Z]{1,3}")
#: Capitalised units are not names.
_UNIT_NAMES = frozenset({"celsius", "fahrenheit", "kelvin"})
_NUMBER_WORDS = (
    """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred thousand million billion trillion"""
).split()
_SPELLED = re.compile(
    r"\b(?:{})(?:(?:[\s-]+(?:and[\s-]+)?)(?:{}))*\b".format(
        "|".join(_NUMBER_WORDS), "|".join(_NUMBER_WORDS)
    ),
    re.IGNORECASE,
)
_DIGITS = re.compile(
    r"([$€£]\s?)?(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?"
    # "£4.2m" and "$90k" are millions and thousands after a currency sign, not metres.
    r"(?:\s*(thousand|million|billion|trillion|bn|(?(1)(?<=\d)(?:m|k)|(?!)))\b)?\s*(%|per ?cent\b)?",
    re.IGNORECASE,
)
#: The second number of a range whose scale or percent the first leaves to it.
_RANGE_END = re.compile(
    r"\s*(?:(?P<sep>to|-|–)|and)\s*(?P<currency>[$€£]\s?)?(?P<number>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*(?P<scale>thousand|million|billion|trillion|bn)\b|(?<=\d)(?P<letter>m|k)\b)?"
    r"\s*(?P<percent>%|per ?cent\b)?",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bbetween\s+(?:[$€£]\s?)?$", re.IGNORECASE)
_AND_A_HALF = re.compile(r"[\s-]+and[\s-]+a[\s-]+half\b", re.IGNORECASE)
_PERCENT_AFTER = re.compile(r"\s*(?:%|per ?cent\b)", re.IGNORECASE)
#: Shares said as fractions, read as percentages: "less than half of adults" is < 50 percent,
#: "rose by almost a quarter" is nearly 25 percent.
_FRACTION = re.compile(
    r"\b(?:(a|one|two|three|four|five|six|seven|eight|nine)[\s-]+)?(half|halves|thirds?|quarters?|fifths?|tenths?)\b",
    re.IGNORECASE,
)
#: How many times, not a factor: "scored twice", but not "twice as many" or "twice its target".
_TIMES = re.compile(
    r"\b(?:twice|thrice)\b(?!\s+(?:as|the|its|his|her|their|that|what|a|an|this|these|those)\b)",
    re.IGNORECASE,
)
#: A change said as a factor: "doubled its profit", "roughly tripled".
_FACTORS = {"doubled": 2.0, "tripled": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5}
_FACTOR = re.compile(r"\b(?:" + "|".join(_FACTORS) + r")\b", re.IGNORECASE)
#: The unit of a factor.
TIMES = "times"
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_BY_BEFORE = re.compile(
    r"\bby\s+(?:(?:almost|nearly|about|around|roughly|over|under|more\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_POINT_FRACTION = re.compile(
    r"\b(?:(a|one|two|three)[\s-]+)?(half|third|quarter)s?(?:\s+of)?\s+an?\s+"
    r"(?:percentage\s+)?point\b",
    re.IGNORECASE,
)
_FRACTION_OF_A_SCALE = re.compile(
    r"\b(?:(a|one|two|three)[\s-]+)?(half|third|quarter)s?(?:\s+of)?\s+an?\s+"
    r"(thousand|million|billion)"
    r"\b(\s+pounds\b)?",
    re.IGNORECASE,
)
_POINTS = frozenset({"point", "points"})
_BASIS_POINTS = re.compile(r"\s*basis\s+points?\b", re.IGNORECASE)
_NUMERATORS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "tenth": 10}
_HALF_OF_A_PERIOD = ("first", "second", "third", "fourth", "latter", "former", "other")
_CURRENCIES = {"$": "dollars", "€": "euros", "£": "pounds"}
_PENCE = re.compile(r"p\b|\s*pence\b")
CURRENCY_UNITS = frozenset(_CURRENCIES.values())
_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "trillion": 1e12,
}
#: Just above or below a value: "more than 40,000" and "up to 40,000" do not overlap.
_ABOVE, _BELOW = 1 + 1e-9, 1 - 1e-9
_APPROX = [  # cue → (low factor, high factor); "no fewer than" before "fewer than"
    ("no fewer than", (1.0, math.inf)),
    ("no less than", (1.0, math.inf)),
    ("not less than", (1.0, math.inf)),
    ("no more than", (0.0, 1.0)),
    ("not more than", (0.0, 1.0)),
    ("more than", (_ABOVE, math.inf)),
    ("upwards of", (_ABOVE, math.inf)),
    ("greater than", (_ABOVE, math.inf)),
    ("at least", (1.0, math.inf)),
    ("fewer than", (0.0, _BELOW)),
    ("less than", (0.0, _BELOW)),
    ("up to", (0.0, 1.0)),
    ("at most", (0.0, 1.0)),
    ("approximately", (0.9, 1.1)),
    ("about", (0.9, 1.1)),
    ("around", (0.9, 1.1)),
    ("roughly", (0.9, 1.1)),
    ("some", (0.9, 1.1)),
    ("nearly", (0.9, _BELOW)),
    ("almost", (0.9, _BELOW)),
    ("over", (_ABOVE, math.inf)),
    ("above", (_ABOVE, math.inf)),
    ("under", (0.0, _BELOW)),
    ("below", (0.0, _BELOW)),
]
_QUOTE = re.compile(r"“([^”]{3,})”|\"([^\"]{3,})\"")


@dataclass(frozen=True)
class Token:
    text: str
    norm: str  # lower case, accents folded, possessive dropped
    start: int
    end: int


@dataclass(frozen=True)
class Fact:
    """One checkable fact, with where it sits in its text."""

    kind: str  # quantity | date | score | entity | quote | negation | attribution
    text: str  # as written
    value: str  # normalised for comparison
    start: int
    end: int
    # quantity: the word it counts; date: its relation (since, in, ...); attribution: the
    # body the speaker speaks for ("Helen Marsh, a spokeswoman for Redvale Homes, said")
    unit: str = ""
    low: float = -math.inf  # quantity: the range the wording allows
    high: float = math.inf

    @property
    def number(self) -> float:
        return float(self.value)


@dataclass(frozen=True)
class Facts:
    """Everything extracted from one text."""

    text: str
    tokens: tuple[Token, ...]
    facts: tuple[Fact, ...]

    def of(self, kind: str) -> list[Fact]:
        return [f for f in self.facts if f.kind == kind]

    @cached_property  # the judge asks for it once per passage and check
    def content(self) -> list[Token]:
        """Content words: not function words, not numbers, not date words."""
        return [t for t in self.tokens if is_content(t.norm)]


def fold(text: str) -> str:
    """Lower case with accents removed, so Statkevič and Statkevich compare equal."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=8192)  # titles and contexts are tokenized again for every claim
def tokenize(text: str) -> tuple[Token, ...]:
    tokens = []
    for m in _WORD.finditer(text):
        norm = fold(m.group().replace(".", "")).replace("’", "'")
        norm = re.sub(r"'s$", "", norm)
        tokens.append(Token(m.group(), norm, m.start(), m.end()))
    return tuple(tokens)


def with_formulas(tokens: tuple[Token, ...]) -> tuple[Token, ...]:
    """`tokens`, plus one joined word for each formula written with its subscript apart
    ("CO 2" for CO₂), so that it is found by a claim that writes "CO2"."""
    joined = tuple(
        Token(f"{a.text} {b.text}", a.norm + b.norm, a.start, b.end)
        for a, b in zip(tokens, tokens[1:], strict=False)
        if _FORMULA.fullmatch(a.text)
        and len(b.text) == 1
        and b.text.isdigit()
        and b.start == a.end + 1
    )
    return tokens + joined


def is_number_word(token: Token) -> bool:
    """A number written in digits ("12%") or words ("twelve")."""
    return token.text[:1].isdigit() or token.norm in _NUMBER_WORDS


def is_negation(norm: str) -> bool:
    return norm in NEGATION_CUES or norm.endswith("n't")


def is_content(norm: str) -> bool:
    return (
        len(norm) > 1
        and norm not in FUNCTION_WORDS
        and norm not in MONTHS
        and norm not in WEEKDAYS
        and not norm.replace(".", "").isdigit()
        and norm not in _NUMBER_WORDS
    )


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return STEMMER.stemWord(word)


@lru_cache(maxsize=65536)
def same_word(a: str, b: str) -> bool:
    """Two normalised words name the same thing: inflections and spelling variants agree."""
    if (
        a == b
        or len(a) >= 3
        and b in (a + "s", a + "es")
        or len(b) >= 3
        and a in (b + "s", b + "es")
    ):
        return True
    if a in _IRREGULAR or b in _IRREGULAR:  # "won" / "win", "paid" / "pays"
        return same_word(_IRREGULAR.get(a, a), _IRREGULAR.get(b, b))
    if min(len(a), len(b)) < 4:
        # a short verb and its forms: "act" / "acted", "cut" / "cutting", "ban" / "banned"
        short, long = sorted((a, b), key=len)
        return long in _SHORT_VERBS.get(short, ())
    shared = len(_common_prefix(a, b))
    if shared >= 5 or (shared >= 4 and max(len(a), len(b)) <= 7):
        return True
    if shared >= 3 and abs(len(a) - len(b)) <= 3 and _stem(a) == _stem(b):
        return True  # "asked" / "asking" (not "busy" / "business")
    return min(len(a), len(b)) >= 6 and fuzz.ratio(a, b) >= 85


#: The past forms of common irregular verbs, so that "did not win" meets "won". Forms that
#: are as often other words are left out: "found" (a company), "left", "saw", "felt",
#: "spoke", "bore", "lay", "lit", "wound", "ground", "led", "shot", "struck", "broke",
#: "hung", "fed", "lent", "bent"; "rose" and "fell" are changes.
def _verb_table(entries: str) -> dict[str, list[str]]:
    """ "act:acted acting|add:added adding" → {"act": ["acted", "acting"], "add": [...]}."""
    return {
        verb.strip(): forms.split()
        for verb, forms in (entry.split(":") for entry in entries.split("|"))
    }


_IRREGULAR = {
    form: verb
    for verb, forms in _verb_table(
        """arise:arose arisen|beat:beaten|become:became|begin:began begun|
        bite:bitten|blow:blew blown|breed:bred|bring:brought|build:built|
        buy:bought|catch:caught|choose:chose chosen|come:came|dig:dug|draw:drew drawn|
        drink:drank drunk|drive:drove driven|eat:ate eaten|fall:fallen|fight:fought|
        flee:fled|fly:flew flown|forbid:forbade forbidden|foresee:foresaw foreseen|
        forget:forgot forgotten|forgive:forgave forgiven|freeze:froze frozen|get:got gotten|
        give:gave given|go:went gone|grow:grew grown|hear:heard|hide:hid hidden|
        hold:held|keep:kept|know:knew known|lose:lost|make:made|mean:meant|
        meet:met|mislead:misled|overcome:overcame|oversee:oversaw overseen|
        overtake:overtook overtaken|pay:paid|rebuild:rebuilt|ride:rode ridden|ring:rang rung|
        rise:risen|run:ran|say:said|see:seen|seek:sought|sell:sold|send:sent|
        shake:shook shaken|show:shown|sing:sang sung|sink:sank sunk|sit:sat|
        sleep:slept|speak:spoken|spend:spent|stand:stood|steal:stole stolen|stick:stuck|
        swear:swore sworn|sweep:swept|swim:swam swum|swing:swung|
        take:took taken|teach:taught|tear:tore torn|tell:told|think:thought|throw:threw thrown|
        undertake:undertook undertaken|understand:understood|uphold:upheld|wake:woke woken|
        wear:wore worn|win:won|withdraw:withdrew withdrawn|withhold:withheld|
        write:wrote written"""
    ).items()
    for form in forms
}


#: Verbs of three letters, whose forms the usual rules cannot tell from other words ("car" /
#: "caring", "see" / "seed", "row" / "rowing"), with their forms.
_SHORT_VERBS = _verb_table(
    """act:acted acting|add:added adding|aid:aided aiding|ban:banned banning|
    bar:barred barring|bid:bidding|cap:capped capping|cut:cutting|end:ended ending|
    fix:fixed fixing|hit:hitting|mix:mixed mixing|opt:opted opting|own:owned owning|
    rob:robbed robbing|run:running|set:setting|sit:sitting|sue:sued suing|
    use:used using|vet:vetted vetting|vow:vowed vowing|win:winning"""
)


def _common_prefix(a: str, b: str) -> str:
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[:i]


# --- extraction ----------------------------------------------------------------------------


def extract(text: str, names: frozenset[str] = frozenset()) -> Facts:
    """The facts of a text; `names` are words known to be names even where they open a
    sentence."""
    tokens = tokenize(text)
    facts: list[Fact] = []
    facts += _quantities_and_years(text, tokens)
    facts += _months_and_days(text, tokens)
    dates = [(f.start, f.end) for f in facts if f.kind == "date"]
    facts += [  # "Sept" in "Sept. 30" is no name
        f
        for f in _entities(text, tokens, known=names)
        if not any(start <= f.start and f.end <= end for start, end in dates)
    ]
    facts += _quotes(text)
    facts += _negations(text, tokens)
    facts += _attributions(text, tokens)
    return Facts(text, tokens, tuple(sorted(facts, key=lambda f: (f.start, f.kind))))


def names(text: str) -> list[Fact]:
    """Capitalised names, including one that opens a sentence."""
    return _entities(text, tokenize(text), openers=True)


def quotes(text: str) -> list[Fact]:
    return _quotes(text)


def _token_index(tokens: tuple[Token, ...], offset: int) -> int:
    for i, t in enumerate(tokens):
        if t.end > offset:
            return i
    return len(tokens)


_DECADE = re.compile(r"s\b")
_PARTS_OF_A_DECADE = frozenset("early mid late".split())
#: A unit written against its number: "1.2km", "2m", "94mph".
_GLUED = re.compile(r"([A-Za-z]{1,3})\b")
_GLUED_UNITS = {
    "m": "metres",
    "km": "km",
    "cm": "cm",
    "mm": "mm",
    "kg": "kg",
    "mph": "mph",
    "ft": "ft",
    "ha": "hectares",
    "mw": "mw",
    "gw": "gw",
}


def _counts_after(tokens: tuple[Token, ...], end: int) -> bool:
    """The word after a number is a plural noun it counts: "2m *homes*" (not "2m high")."""
    i = _token_index(tokens, end)
    after = tokens[i] if i < len(tokens) and tokens[i].start >= end else None
    return after is not None and after.norm.endswith("s") and is_content(after.norm)


def _unit_after(tokens: tuple[Token, ...], end: int, text: str) -> str:
    """The word a number counts: the first content word just after it, in its clause ("aged
    91, joined" counts no "joined")."""
    i = _token_index(tokens, end)
    for j, t in enumerate(tokens[i : i + 3], start=i):
        if t.start < end:
            continue
        if _CLAUSE_BREAK.search(text, end, t.start) or t.norm[:1].isdigit():
            break  # "aged between 45 and 70 for 12 weeks": the weeks are the 12's
        if t.norm == "percentage" and j + 1 < len(tokens) and tokens[j + 1].norm in _POINTS:
            return "point"  # "0.25 percentage points" are no percent
        if t.norm == TIMES and not _factor_follows(tokens, j + 1):
            return ""  # "moved money 287 times" counts occasions, not a factor
        if is_content(t.norm) and t.norm not in _COUNT_QUALIFIERS:
            return t.norm
        if t.norm not in {"of", "the", "a", "more", "other", "others"} | _COUNT_QUALIFIERS:
            continue
    return ""


#: Words between a number and what it counts: "1,200 *new* homes", "200 *extra* officers".
_COUNT_QUALIFIERS = frozenset("new extra additional further".split())


#: Words after "times" that make it a factor: "three times as many", "five times higher".
_AFTER_A_FACTOR = frozenset(
    """as more less fewer the that what its their his her higher lower larger smaller bigger
    greater faster slower longer shorter""".split()
)


def _factor_follows(tokens: tuple[Token, ...], i: int) -> bool:
    return i < len(tokens) and tokens[i].norm in _AFTER_A_FACTOR


def _relation_before(tokens: tuple[Token, ...], start: int) -> str:
    i = _token_index(tokens, start)
    for t in reversed(tokens[max(0, i - 3) : i]):
        if t.norm in DATE_RELATIONS:
            return t.norm
        if t.norm in MONTHS or t.norm in {"the", "of", "early", "late", "mid"}:
            continue
        break
    return ""


def _approximation(text: str, start: int) -> tuple[float, float, int]:
    """The range a cue before a number allows, and where the cue starts."""
    window = max(0, start - 20)
    before = text[window:start].lower()
    for cue, (low, high) in _APPROX:
        m = re.search(rf"\b{re.escape(cue)}(?: an?)?\s*$", before)  # "more than a thousand"
        if m:
            return low, high, window + m.start()
    return 1.0, 1.0, start


#: A score or a tally: "beat Stourleigh 27-24", "voted 7-2", "a 3-1 win" (not "10-15 people",
#: a range, nor "2019-20", a season).
_SCORE = re.compile(r"(?<![\w.,£$€-])(\d{1,3}) ?[-–] ?(\d{1,3})(?![\w%–-]|[.,]\d)")
_SCORE_NOUNS = frozenset(
    "vote votes win victory defeat loss lead majority margin decision ruling verdict draw".split()
)


def _scores(text: str, tokens: tuple[Token, ...]) -> list[Fact]:
    found = []
    for m in _SCORE.finditer(text):
        i = _token_index(tokens, m.end())
        after = tokens[i].norm if i < len(tokens) else ""
        if is_content(after) and after not in _SCORE_NOUNS or after in MONTHS:
            continue  # "10-15 people", "20-22 July"
        high, low = sorted((int(m.group(1)), int(m.group(2))), reverse=True)
        found.append(Fact("score", m.group(), f"{high}-{low}", m.start(), m.end()))
    return found


_SMALL = "one two three four five six seven eight nine ten".split()
#: A share said as a ratio: "one in three adults", "9 in 10" (a percentage, like a fraction).
_RATIO = re.compile(
    r"\b({0}|\d{{1,3}}) (?:in|out of) ({0}|\d{{1,3}})\b(?!,\d)".format("|".join(_SMALL)),
    re.IGNORECASE,
)


def _ratios(text: str) -> list[Fact]:
    found = []
    for m in _RATIO.finditer(text):
        a, b = (_SMALL.index(g.lower()) + 1 if g.isalpha() else int(g) for g in m.groups())
        if 0 < a < b:
            share = _quantity(text, m.start(), m.end(), a / b * 100, "percent")
            if share.low == share.high:  # "one in three" is 33 percent as well as 33.3
                share = replace(share, low=share.low * 0.95, high=share.high * 1.05)
            found.append(share)
    return found


#: A time of day or a time on the clock: "7:30pm", "7.30 p.m.", "3am", "15:00", a race's
#: "2:07:12" or "3:31.45" (minutes and seconds where the seconds have a fraction).
_CLOCK = re.compile(
    r"(?<![\w.:,])(\d{1,2})(?:(?::([0-5]\d)(?::([0-5]\d))?(\.\d+)?)(?![\w:])"
    r"|(?:[.:]([0-5]\d))?(?=\s?[ap]\.?m\b))(?:\s?([ap])(?:\.m\b\.?|m\b))?",
    re.IGNORECASE,
)
#: The unit of a time, in seconds.
CLOCK = "clock"
#: "about 7pm" is a quarter of an hour either side, not a tenth of the day's seconds; "about
#: 2:07" five minutes, "about 2:07:12" half a minute, "about 3:31.45" a second.
_CLOCK_SLACK = {"day": 900.0, "minutes": 300.0, "seconds": 30.0, "fraction": 1.0}


def _clock_times(text: str) -> list[Fact]:
    found = []
    for m in _CLOCK.finditer(text):
        first, minutes, seconds, fraction, dotted, half = m.groups()
        hour = int(first)
        if half and not 1 <= hour <= 12 or not half and hour > 24:
            continue  # "13pm", "99am"
        if fraction and seconds is None:  # "3:31.45": minutes and seconds
            value = hour * 60 + int(minutes) + float(fraction)
        else:
            if half:
                hour = hour % 12 + (12 if half.lower() == "p" else 0)
            value = hour * 3600 + int(minutes or dotted or 0) * 60 + int(seconds or 0)
            value += float(fraction or 0)
        time = _quantity(text, m.start(), m.end(), value, CLOCK)
        if time.low != time.high and math.isfinite(time.low) and math.isfinite(time.high):
            said = (
                "fraction" if fraction else "seconds" if seconds else "day" if half else "minutes"
            )
            slack = _CLOCK_SLACK[said]
            time = replace(time, low=value - slack, high=value + slack)
        found.append(time)
    return found


def _quantities_and_years(text: str, tokens: tuple[Token, ...]) -> list[Fact]:
    # A score's, a ratio's or a time's numbers are theirs, not counts of their own; nor is a
    # day's.
    found: list[Fact] = _scores(text, tokens) + _ratios(text) + _clock_times(text)
    taken: list[tuple[int, int]] = [(f.start, f.end) for f in found]
    taken += [(tokens[d].start, tokens[d].end) for d in _days(text).values()]
    for m in _DIGITS.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        currency, whole, frac, scale, percent = m.groups()
        end = unit_at = m.start() + len(m.group().rstrip())
        plain = not (scale or percent or currency or frac) and "," not in whole
        range_end = None
        if not (scale or percent) and not (plain and len(whole) == 4):  # not "2019 to 63%"
            range_end = _RANGE_END.match(text, m.end())
        raw = whole.replace(",", "") + (frac or "")
        if range_end and (range_end["sep"] or _BETWEEN.search(text, 0, m.start())):
            # "240 to 255 million pounds" is 240 million pounds; "between 3 and 4 percent" is
            # 3 percent; but "rose 12,000 to 1.5 million" and "from 300 to 1.2 million" are
            # changes whose first number says its own size ("m" is millions after a currency).
            money = currency or range_end["currency"]
            borrowed = range_end["scale"] or (range_end["letter"] if money else None)
            factor = _SCALES.get((borrowed or "").lower(), 1.0)
            second = float(range_end["number"].replace(",", "")) * factor
            if "," not in whole and float(raw) * factor <= 10 * second:
                scale, percent, unit_at = borrowed, range_end["percent"], range_end.end()
        value = float(raw) * _SCALES.get((scale or "").lower(), 1.0)
        is_year = plain and len(whole) == 4 and 1800 <= value <= 2100
        if is_year and value % 10 == 0 and _DECADE.match(text, end):
            # "the 1980s" is any year of them: "decade-198"; "the late 1980s" some of them,
            # which no one year states and no year of the decade denies
            end += 1
            i = _token_index(tokens, m.start())
            part = tokens[i - 1].norm if i and tokens[i - 1].norm in _PARTS_OF_A_DECADE else ""
            value_text = f"decade-{whole[:3]}" + (f"-{part}" if part else "")
            relation = _relation_before(tokens, m.start())
            found.append(Fact("date", text[m.start() : end], value_text, m.start(), end, relation))
        elif is_year:
            value_text, start = _year_date(text, tokens, m.start(), int(value))
            found.append(
                Fact(
                    "date", text[start:end], value_text, start, end, _relation_before(tokens, start)
                )
            )
        else:
            glued = _GLUED.match(text, unit_at) if not (scale or percent or currency) else None
            if currency:
                unit = _CURRENCIES[currency.strip()]
            elif not (scale or percent) and (pence := _PENCE.match(text, unit_at)):
                value, unit, end = value / 100, "pounds", pence.end()  # "15p" is £0.15
            elif glued and glued[1].lower() == "m" and _counts_after(tokens, glued.end()):
                # "2m homes" are two million of them, "a 2m wall" two metres high
                value, unit = value * 1e6, _unit_after(tokens, glued.end(), text)
                end = glued.end()
            elif glued and glued[1].lower() in _GLUED_UNITS:
                unit, end = _GLUED_UNITS[glued[1].lower()], glued.end()  # "1.2km", "94mph"
            else:
                unit = "percent" if percent else _unit_after(tokens, unit_at, text)
            if unit == "basis" and (bp := _BASIS_POINTS.match(text, unit_at)):
                value, unit = value / 100, "point"  # 25 basis points: 0.25 points
                end = bp.end() if unit_at == end else end  # "25 and 50 basis points": two
            found.append(_quantity(text, m.start(), end, value, unit))
        taken.append((m.start(), end))
    for m in _FRACTION_OF_A_SCALE.finditer(text):
        # "half a million renters" is 500,000; "a quarter of a million pounds" 250,000.
        count, part, scale = (m.group(1) or "a").lower(), m.group(2).lower(), m.group(3).lower()
        value = _NUMERATORS[count] / _DENOMINATORS[part] * _SCALES[scale]
        money = "pounds" if m.group(4) else _unit_after(tokens, m.end(), text)
        found.append(_quantity(text, m.start(), m.end(), value, money))
        taken.append((m.start(), m.end()))
    for m in _POINT_FRACTION.finditer(text):
        # "a quarter of a percentage point" is 0.25 points, not a quarter of something.
        count, part = (m.group(1) or "a").lower(), m.group(2).lower()
        value = _NUMERATORS[count] / _DENOMINATORS[part]
        found.append(_quantity(text, m.start(), m.end(), value, "point"))
        taken.append((m.start(), m.end()))
    for m in _FRACTION.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        if not (
            _OF_AFTER.match(text, m.end())
            or _BY_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
            or (m.group(1) and "-" in m.group())  # "a one-third reduction"
        ):
            continue  # "a third party", "the quarter ended"
        if text[: m.start()].lower().rstrip().endswith(_HALF_OF_A_PERIOD):
            continue  # "the second half of the year" is no share
        count, part = (m.group(1) or "a").lower(), m.group(2).lower().rstrip("s")
        if part == "halve":
            part = "half"
        value = _NUMERATORS[count] / _DENOMINATORS[part] * 100
        end = m.start() + len(m.group().rstrip())
        share = _quantity(text, m.start(), end, value, "percent")
        if share.low == share.high:  # "two thirds" is 67 percent as well as 66.7
            share = replace(share, low=value * 0.95, high=value * 1.05)
        found.append(share)
        taken.append((m.start(), m.end()))
    for m in _A_SPAN.finditer(text):  # "by less than a minute", "nearly a decade"
        if half := _AND_A_HALF.match(text, m.end()):  # "a year and a half" is 18 months
            found.append(_quantity(text, m.start(), half.end(), 1.5, m.group(1).lower()))
        elif _approximation(text, m.start())[2] < m.start():  # only with a cue before it
            found.append(_quantity(text, m.start(), m.end(), 1.0, m.group(1).lower()))
    for m in _TIMES.finditer(text):  # "scored twice" is two goals
        value = 2.0 if m.group().lower() == "twice" else 3.0
        found.append(_quantity(text, m.start(), m.end(), value, _unit_after(tokens, m.end(), text)))
    for m in _FACTOR.finditer(text):
        found.append(_quantity(text, m.start(), m.end(), _FACTORS[m.group().lower()], TIMES))
    for m in _SPELLED.finditer(text):
        words = m.group().strip(" -")
        if words.lower() in {"one", "zero"} or any(s <= m.start() < e for s, e in taken):
            continue  # "one of the ..." is rarely a count
        value = _words_to_number(words)
        if value is None:
            continue
        end = m.start() + len(words)
        if half := _AND_A_HALF.match(text, end):  # "four and a half percent"
            value, end = value + 0.5, half.end()
        unit = "percent" if (pc := _PERCENT_AFTER.match(text, end)) else ""
        if pc:
            end = pc.end()
        found.append(_quantity(text, m.start(), end, value, unit or _unit_after(tokens, end, text)))
    return _durations(text, found)


#: One span of time said with "a": "less than a minute", "more than a year".
_A_SPAN = re.compile(
    r"\ban?\s+(second|minute|hour|day|week|fortnight|month|year|decade|century)\b",
    re.IGNORECASE,
)
#: "two hours and 41 minutes", "four years and six months": one span of time.
_SPAN_PARTS = {
    "minute": ("hour", 60),
    "month": ("year", 12),
    "day": ("week", 7),
    "second": ("minute", 60),
}


#: The larger units of such spans.
SPAN_UNITS = tuple(sorted({unit for unit, _ in _SPAN_PARTS.values()}))
_RESPECTIVELY = re.compile(r"\s+\w+\s+respectively\b", re.IGNORECASE)


def _durations(text: str, found: list[Fact]) -> list[Fact]:
    by_start = sorted(found, key=lambda f: f.start)
    for big, small in zip(by_start, by_start[1:], strict=False):
        part = _SPAN_PARTS.get(small.unit.lower().removesuffix("s"))
        if part is None:
            continue
        unit, per = part
        if not re.fullmatch(rf"\s+{unit}s?\s+and\s+", text[big.end : small.start], re.IGNORECASE):
            continue
        if _RESPECTIVELY.match(text, small.end):
            continue  # "jailed for two years and four months respectively": two spans
        value = float(big.value) + float(small.value) / per
        whole = replace(
            big,
            text=text[big.start : small.end + len(f" {small.unit}")].rstrip(),
            value=f"{value:g}",
            end=small.end,
            unit=f"{unit}s",
            # "six years" may be said of a sentence of "six years and four months", or "aged
            # four" of a child aged "4 years and 6 months" (a race's "two hours and 41
            # minutes" is exact)
            low=big.low if unit == "year" else big.low + small.low / per,
            high=big.high + small.high / per,
        )
        found = [whole if f is big else f for f in found if f is not small]
    return found


def _quantity(text: str, start: int, end: int, value: float, unit: str) -> Fact:
    # The text includes the cue, so that a reason reads "More than 40,000 ≠ Up to 40,000".
    low_f, high_f, start = _approximation(text, start)
    value_text = f"{value:g}" if value < 1e15 else str(value)
    return Fact(
        "quantity", text[start:end], value_text, start, end, unit, value * low_f, value * high_f
    )


def _words_to_number(words: str) -> float | None:
    from text_to_num import text2num

    try:
        return float(text2num(words.lower().replace("-", " "), "en"))
    except ValueError:
        return None


def _year_date(text: str, tokens: tuple[Token, ...], offset: int, year: int) -> tuple[str, int]:
    """A year's date value with the month and day said before it ("3 June 1933", "June 3,
    1933", "June 1933"), and where that date starts."""
    i = _token_index(tokens, offset)
    if part := _part_of_year(tokens, i):
        return f"{year}-{part[0]}", part[1]
    months = {j for j in (i - 1, i - 2) if j >= 0 and _is_month(tokens[j])}
    month = max(months, default=None)
    if month is None or (month == i - 2 and _days(text).get(month) != i - 1):
        return str(year), offset
    value = f"{year}-{_month(tokens[month]):02d}"
    day = _days(text).get(month)
    if day is None or day > i:
        return value, tokens[month].start
    return f"{value}-{_day_number(tokens[day]):02d}", tokens[min(day, month)].start


#: "the first half", "the fourth stage"
ORDINALS = {
    w: n
    for n, w in enumerate(
        """first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
        thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth
        twentieth""".split(),
        start=1,
    )
}


def _part_of_year(tokens: tuple[Token, ...], i: int) -> tuple[str, int] | None:
    """The half or quarter said before a year ("the first half of 2025", "the third quarter
    of 2024"), and where it starts. (Seasons are left as words: "the summer of 2013" against
    "in the summer by the 2030s" is a year against a year.)"""
    if i < 3 or tokens[i - 1].norm != "of":
        return None
    ordinal, part = tokens[i - 3].norm, tokens[i - 2].norm
    if part in ("half", "quarter") and 1 <= ORDINALS.get(ordinal, 0) <= 4:
        return f"{part[0]}{ORDINALS[ordinal]}", tokens[i - 3].start
    return None


def _is_month(t: Token) -> bool:
    return _month(t) > 0


def _month(t: Token) -> int:
    if not t.text[0].isupper():
        return 0
    return MONTHS.get(t.norm) or _SHORT_MONTHS.get(t.norm, 0)


_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?", re.IGNORECASE)


def _day_number(t: Token) -> int:
    m = _DAY.fullmatch(t.text)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else 0


@lru_cache(maxsize=1024)
def _days(text: str) -> dict[int, int]:
    """Each month's day, by token index: "12 June", "June 12", "3rd May". A number after a
    month is its day only where no word it could count follows ("in May 5 people died")."""
    tokens = tokenize(text)  # cached: the same tokens as the caller's
    days: dict[int, int] = {}
    for i, t in enumerate(tokens):
        if not _is_month(t):
            continue
        if i > 0 and _day_number(tokens[i - 1]) and tokens[i].start - tokens[i - 1].end <= 1:
            days[i] = i - 1
        elif i + 1 < len(tokens) and _day_number(tokens[i + 1]):
            after = tokens[i + 2] if i + 2 < len(tokens) else None
            if (
                after is None
                or text[tokens[i + 1].end : after.start].strip()
                or not is_content(after.norm)
                or after.norm.isdigit()
            ):
                days[i] = i + 1
    return days


def _months_and_days(text: str, tokens: tuple[Token, ...]) -> list[Fact]:
    found = []
    days = _days(text)
    for i, t in enumerate(tokens):
        if not t.text[0].isupper():
            continue
        # "May" is a month after a date relation ("in May") or next to a day ("May 3", "3 May").
        if t.norm == "may" and not (_relation_before(tokens, t.start) or i in days):
            continue
        last = max(i, days.get(i, i))
        after = tokens[last + 1].text if last + 1 < len(tokens) else ""
        if t.norm in _SHORT_MONTHS and i not in days:
            continue
        if _is_month(t) and not (after.isdigit() and len(after) == 4):
            value = f"month-{_month(t):02d}"
            start, end = t.start, t.end
            if i in days:  # "12 June" is month-06-12
                day = tokens[days[i]]
                value += f"-{_day_number(day):02d}"
                start, end = min(start, day.start), max(end, day.end)
            found.append(
                Fact("date", text[start:end], value, start, end, _relation_before(tokens, start))
            )
        elif t.norm in WEEKDAYS:
            found.append(
                Fact("date", t.text, t.norm, t.start, t.end, _relation_before(tokens, t.start))
            )
    return found


_CONNECTORS = frozenset({"of", "for", "de", "da", "van", "von", "al", "bin", "le", "la", "del"})


def _entities(
    text: str, tokens: tuple[Token, ...], openers: bool = False, known: frozenset[str] = frozenset()
) -> list[Fact]:
    """Runs of capitalised words that are not function words, months or weekdays."""
    found = []
    run: list[Token] = []

    def flush():
        while run and run[-1].norm in _CONNECTORS:
            run.pop()
        # One capitalised word opening a sentence ("Volcanoes melt ...") is usually not a
        # name; two or more ("Human Rights Watch says ...") usually are.
        if run and (
            openers
            or len(run) > 1
            or run[0].norm in known
            or not _opens_sentence(text, run[0].start)
        ):
            start, end = run[0].start, run[-1].end
            name = " ".join(t.norm for t in run)
            found.append(Fact("entity", text[start:end], name, start, end))
        run.clear()

    for t in tokens:
        if run and text[run[-1].end : t.start].strip():  # punctuation ends a name
            flush()
        capital = t.text[0].isupper() and not t.text.isdigit()
        name_word = capital and is_content(t.norm) and t.norm not in NEGATION_CUES
        name_word = (
            name_word and t.norm not in _UNIT_NAMES and not _PLURAL_ACRONYM.fullmatch(t.text)
        )
        if name_word or (run and t.norm in _CONNECTORS and t.text.islower()):
            run.append(t)
        else:
            flush()
    flush()
    return found


#: "MPs", "GPs", "CEOs": people of a kind, not a name.
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")


def is_acronym(word: str) -> bool:
    """ "NASA", "CO2", "MPs"."""
    return len(word) > 1 and (word.isupper() or bool(_PLURAL_ACRONYM.fullmatch(word)))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\n\"“‘'([")
    return not before or before[-1] in ".!?:;"


def _quotes(text: str) -> list[Fact]:
    found = []
    for m in _QUOTE.finditer(text):
        inner = m.group(1) or m.group(2)
        if len(inner.split()) >= 2:
            start = m.start() + 1
            found.append(Fact("quote", inner, fold(inner), start, start + len(inner)))
    return found


#: "not only X but Y" and "no doubt" affirm.
_AFFIRMING_AFTER_NEGATION = frozenset("only just merely simply doubt".split())
#: ... and so do "no one doubts", "nobody disputes", "there is no denying" and "no question
#: that": nobody denies what follows ("no question *of* closing" still rules it out).
_NOBODY = frozenset("no nobody none".split())
_DOUBTING = frozenset(
    """doubt doubts doubted doubting deny denies denied denying dispute disputes disputed
    disputing question""".split()
)
_UNQUESTIONED = frozenset("that whatsoever but about".split())
#: A negation reaches over the words after it up to the end of its clause, and no further
#: than this many words: "no evidence that warming is intensifying droughts".
NEGATION_REACH = 8
_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]\u2013\u2014\"“”]")
#: ("refused to say whether X" negates the saying, not X.)
_CLAUSE_WORDS = frozenset(
    "but although though while whereas however yet because whether if".split()
)


#: "rule out", "ruled out": a negation (see `_ruling_out`).
RULE_VERBS = frozenset("rule rules ruled ruling".split())
#: Verbs negated in the passive say it of what comes before them (see `_passive`).
_PASSIVE_CUES = _NEGATING_VERBS | RULE_VERBS
#: "declined to say" refuses; "prices declined" is a change (see DIRECTION).
_DECLINE = frozenset({"decline", "declines", "declined", "declining"})


def _negations(text: str, tokens: tuple[Token, ...]) -> list[Fact]:
    """Each negation cue, spanning the words it negates (its scope) as well."""
    found = []
    undenied: set[int] = set()  # a doubting word after "nobody" negates nothing either
    for i, t in enumerate(tokens):
        if i in undenied:
            continue
        nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        then = tokens[i + 2].norm if i + 2 < len(tokens) else ""
        if (doubting := _doubting(tokens, i)) is not None:
            undenied.add(doubting)
            continue
        refuses = (
            t.norm in _DECLINE and nxt == "to" and then.isalpha() and then not in _NUMBER_WORDS
        )
        # "has yet to win approval" has not won it
        yet_to = t.norm == "yet" and nxt == "to" and i > 0 and tokens[i - 1].norm in AUXILIARIES
        # "ruled out building a new wing" will not build it
        ruled_out = t.norm in RULE_VERBS and nxt == "out" and _ruling_out(text, tokens, i)
        if not (is_negation(t.norm) or refuses or yet_to or ruled_out or _short_of(tokens, i)):
            continue
        if t.norm == "unable" and i and is_negation(tokens[i - 1].norm):
            continue  # "was not unable to pay its staff" was able to
        if t.norm in _PASSIVE_CUES and _passive(text, tokens, i):
            continue  # "was rejected by the council" negates what comes before it, not the council
        # "had the company not pleaded guilty", "if it had not pleaded guilty": what did not
        # happen in a past that did not happen, so it did.
        if t.norm == "not" and _counterfactual(text, tokens, i):
            continue
        # "Without carbon dioxide, all life would die" sets a condition; it denies nothing.
        if t.norm == "without" and (
            i == 0 or _CLAUSE_BREAK.search(text[tokens[i - 1].end : t.start])
        ):
            continue
        after = tokens[i + 1 : i + 1 + NEGATION_REACH]
        if after and after[0].norm in _AFFIRMING_AFTER_NEGATION:
            continue
        if (
            len(after) > 1
            and after[0].norm in ("fewer", "less", "more")
            and after[1].norm == "than"
        ):
            continue  # "no fewer than 23 riders" is at least 23, a number's bound
        end = t.end
        previous = t
        for u in after:
            if u.norm == "yet" and previous is t:
                continue  # "not yet approved": "yet" says when, it does not start a clause
            gap = text[previous.end : u.start]
            if _CLAUSE_BREAK.search(gap) or u.norm in _CLAUSE_WORDS or is_negation(u.norm):
                break
            if (
                u.norm in ("as", "and")
                and previous is not t
                and _before_auxiliary(tokens, u)
                and (u.norm == "as" or not _clause_within(after[: after.index(u)]))
            ):
                # "not by theft *as had* been suggested" (not "treating it as terrorism"); "no
                # previous convictions *and had* co-operated fully" (not "no shops and cafes";
                # "never shown that he lied *or had* taken money" and "no evidence the driver
                # was speeding *and was* using his phone" go on; an auxiliary right after the
                # negation is the negated verb: "did not have Covid and was discharged")
                break
            if (
                u.norm in ("and", "but")
                and previous is not t
                and _next_norm(tokens, u) in _SUBJECTS
            ):
                break  # "not acceptable and I apologise to every patient"
            # "rejected the appeal and upheld the sentence": after a negating verb, "and"
            # starts the next thing done; after "not" it may join what is negated.
            if t.norm in _NEGATING_VERBS and u.norm in ("and", "or"):
                break
            end, previous = u.end, u
        if _relative(text, tokens, i):
            # "Fans who were unable to get tickets watched the match": the negation ends with
            # the relative clause, which these few words are taken to be
            inside = [u for u in after if u.end <= end and is_content(u.norm)]
            if len(inside) > RELATIVE_REACH:
                end = inside[RELATIVE_REACH - 1].end
        found.append(Fact("negation", t.text, t.norm, t.start, end))
    return found


#: How many content words a negation in a relative clause ("who were unable to get tickets")
#: negates.
RELATIVE_REACH = 2
_RELATIVES = frozenset("who which".split())


def _relative(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """The i-th word is in a relative clause that has just begun with no comma before it (a
    comma's clause ends at its comma): "Fans who were unable", not "Whitcombe, who is no
    longer"."""
    for j in range(max(0, i - 3), i):
        if tokens[j].norm in _RELATIVES:
            return j == 0 or "," not in text[tokens[j - 1].end : tokens[j].start]
    return False


def _ruling_out(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """ "Ruled out" (at the i-th word) negates what follows: "ruled out building a new wing".
    Not where it is itself negated ("did not, at this stage, rule out", "refused to rule out"),
    meant ("a scan to rule out a fracture", "too early to rule out"), a player left out
    ("ruled out of the final", "ruled out of bounds") or a noun ("new rules out this week")."""
    after = tokens[i + 2].norm if i + 2 < len(tokens) else ""
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, tokens[i].start)), default=0)
    before = [u.norm for u in tokens[max(0, i - 5) : i] if u.start >= start]
    return (
        after != "of"
        and before[-1:] != ["to"]
        and not (before and before[-1] in _NOT_A_RULING)
        and not any(is_negation(w) or w in _DECLINE for w in before)
    )


#: Where a sentence (or a part of one set off by ";") ends.
SENTENCE_END = re.compile(r"[.!?;]\s")
#: Before "rules out", a noun's words: "new rules out this week".
_NOT_A_RULING = frozenset("new the a these those its their his her our strict tough".split())


def _passive(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """The i-th word is a verb in the passive with nothing of its own after it: "rejected by
    the council", "the plan was rejected.", "has been ruled out"; not "was denied bail"."""
    j = i + 2 if tokens[i].norm in RULE_VERBS else i + 1  # past the "out" of "ruled out"
    if j < len(tokens) and tokens[j].norm == "by":
        return True
    after_be = bool(i and tokens[i - 1].norm in BE_FORMS)
    if j >= len(tokens):
        return after_be
    ended = _CLAUSE_BREAK.search(text, tokens[j - 1].end, tokens[j].start) is not None
    return after_be and (ended or not is_content(tokens[j].norm))


#: The forms of "be" that make a passive: "was rejected", "has been ruled out".
BE_FORMS = frozenset("was were been be being is are".split())


def _short_of(tokens: tuple[Token, ...], i: int) -> bool:
    """ "Stopped short of calling for" did not call for it, and "short of an overall majority"
    is not one. A target missed ("well short of its target of 600") is a direction instead,
    and "action short of a strike" a kind of action."""
    if tokens[i].norm != "short" or i + 1 >= len(tokens) or tokens[i + 1].norm != "of":
        return False
    if i and tokens[i - 1].norm in _STOPPED:
        return True
    if i > 1 and tokens[i - 1].norm in _JUST and tokens[i - 2].norm in _STOPPED:
        return True  # "stopped just short of"
    return any(t.norm == "majority" for t in tokens[i + 2 : i + 6])


_STOPPED = frozenset("stop stops stopped stopping".split())
_JUST = frozenset("just well narrowly".split())


def _doubting(tokens: tuple[Token, ...], i: int) -> int | None:
    """The index of the doubting word where the i-th word, with it, denies nobody anything:
    "no one doubts that", "nobody disputes that", "there is no denying", "no question that"."""
    if tokens[i].norm not in _NOBODY:
        return None
    j = (
        i + 2
        if tokens[i].norm == "no" and i + 2 < len(tokens) and tokens[i + 1].norm == "one"
        else i + 1
    )
    if j >= len(tokens) or tokens[j].norm not in _DOUBTING:
        return None
    following = tokens[j + 1].norm if j + 1 < len(tokens) else ""
    if tokens[j].norm == "question" and following not in _UNQUESTIONED:
        return None
    # a verb denies nobody what follows "that" only: "Nobody disputed the findings" did not
    # dispute them ("there is no denying" the scale of it affirms it)
    if tokens[j].norm not in ("question", "denying") and following != "that":
        return None
    return j


_SUBJECTS = frozenset("i we he she they you".split())


def _next_norm(tokens: tuple[Token, ...], token: Token) -> str:
    return next((t.norm for t in tokens if t.start > token.start), "")


def _counterfactual(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """The i-th word ("not") ends "had the company not", a past that did not happen: "had"
    and its subject (a few words, no "but", "and" or verb among them) before "not". Not "had
    a licence but not insurance", nor "if residents had not paid" (a condition, not a past
    that did not happen)."""
    for k in range(max(0, i - 4), i - 1):
        if tokens[k].norm != "had":
            continue
        subject = tokens[k + 1 : i]
        if _CLAUSE_BREAK.search(text[tokens[k].end : tokens[i].start]):
            continue
        if any(t.norm in AUXILIARIES or t.norm in _JOINS for t in subject):
            continue
        if subject[0].norm in _SUBJECT_OPENERS or subject[0].text[:1].isupper():
            return True
    return False


_JOINS = frozenset("and but or nor than".split())


#: Words a subject starts with: "had *the* company not", "had *it* not" (not "had *still* not").
_SUBJECT_OPENERS = _SUBJECTS | frozenset("the a an it this that its their his her our".split())


#: Nouns a negation covers together with the clause they take: "no evidence the driver was
#: speeding and was using his phone".
_CLAUSE_NOUNS = frozenset(
    "evidence suggestion sign signs indication proof suspicion reason question doubt".split()
)


def _clause_within(negated: list[Token]) -> bool:
    """Whether the words after a negation (the first of them is its own verb or noun) hold a
    clause of their own, which a following "and was" may go on: "no evidence *that* the drug
    works and is safe", "no evidence the driver *was* speeding and was using his phone"."""
    return bool(negated) and (
        negated[0].norm in _CLAUSE_NOUNS
        or any(v.norm in AUXILIARIES or v.norm in ("that", "whether", "if") for v in negated[1:])
    )


def _before_auxiliary(tokens: tuple[Token, ...], token: Token) -> bool:
    return _next_norm(tokens, token) in AUXILIARIES


AUXILIARIES = frozenset(
    """is are was were am has have had will would can could may might must shall should do
    does did""".split()
)


def negated(facts: Facts) -> str | None:
    """The claim negated, to ask whether a passage is nearer in meaning to the claim or to
    its negation: "not" after its first auxiliary verb ("is growing" → "is not growing"), or
    "It is not true that ..." where it has none. None for a claim that already negates
    something: the polarity check compares those word by word."""
    if facts.of("negation"):
        return None
    # Only the first sentence's verb: "Sewage dumped 1,430 times. X should be ashamed." is not
    # negated by "should not be ashamed".
    first = next(
        (
            m.start()
            for m in _SENTENCE_END.finditer(facts.text)
            if not _ABBREVIATED.search(facts.text, 0, m.start() + 1)
        ),
        len(facts.text),
    )
    for i, t in enumerate(facts.tokens):
        if t.start >= first:
            break
        if t.norm in AUXILIARIES and "." not in t.text and not _in_a_relative_clause(facts, i):
            return f"{facts.text[: t.end]} not{facts.text[t.end :]}"
    return f"It is not true that {facts.text}"


def _in_a_relative_clause(facts: Facts, i: int) -> bool:
    """ "double what Skellig Air *has* offered", "trends which *are* swamped": the i-th word
    is not the claim's own verb (a relative word shortly before it, with no comma between)."""
    since = max(facts.text.rfind(c, 0, facts.tokens[i].start) for c in ",;:")
    return any(t.start > since and t.norm in _RELATIVES for t in facts.tokens[max(0, i - 4) : i])


_RELATIVES = frozenset("""what which who whom whose than""".split())
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[\"“‘'(]?[A-Z])")
#: "Mr.", "Dr.", "U.S.", "Jan.", "J.": a full stop that ends no sentence ("Kent." does).
_ABBREVIATED = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|St|Prof|Gen|Gov|Sen|Rep|Jr|Sr|Co|Inc|Ltd|Corp|No|[A-Z]|"
    + "|".join(m.capitalize() for m in _SHORT_MONTHS)
    + r")\.$"
)

#: Words that say when, not what: "did not fall last year" negates a fall, not a year.
TIME_WORDS = frozenset(
    """year years month months week weeks day days decade decades century centuries today
    yesterday tomorrow last next ago recent recently now currently past""".split()
)


def negation_scope(facts: Facts, negation: Fact) -> list[Token]:
    """The content words a negation negates, leaving out the words that say when."""
    return [
        t
        for t in facts.content
        if negation.start < t.start < negation.end and t.norm not in TIME_WORDS
    ]


_ACCORDING = re.compile(
    r"\b[Aa]ccording to ((?:the )?[A-Z][\w’'-]*(?:\s+(?:(?:of|for)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*)"
)


def _ends_clause(text: str, name: Fact) -> bool:
    after = text[name.end : name.end + 2].lstrip()
    return not after or not after[0].isalnum() and after[0] not in "'’"


#: Words set off by commas between a speaker and the verb: ", the MP for Lowmoor, said",
#: ", general secretary of the union, said", ", who rides for Corrib Velo, said", ", 54, of
#: Leeds, said".
_APPOSITIVE = re.compile(r"(?:,\s+(?:[a-z][^,;:.!?\"“”()]{0,80}|\d{1,3}))+,\s*$")
#: "Greg Holland *from the* National Center *for* Atmospheric Research"; "a spokeswoman *for*
#: Redvale Homes"
_OF_BODY = re.compile(r"\s+(?:of|for|from|at)\s+(?:the\s+)?")
_BODY_BEFORE = re.compile(r"\b(?:of|for|from|at)\s+(?:the\s+)?$")
#: "Police *in* Lowmoor, the county town, said": a name an appositive follows after one of
#: these is where or whose, not who ...
_PLACE_BEFORE = re.compile(r"\b(?:in|at|on|near|from|to|of|for|by|with)\s+(?:the\s+)?$", re.I)
#: ... and right before "said", only after one of these ("A spokeswoman for Network Rail said"
#: is Network Rail's).
_IN_A_PLACE = re.compile(r"\b(?:in|at|near|on)\s+(?:the\s+)?$", re.I)


def _appositive_speaker(text: str, entities: list[Fact], verb: Token) -> Fact | None:
    """The name an appositive describes, before "said": "Gareth Pryce, the MP for Lowmoor,
    said" is Pryce's. The body the speaker speaks for ("a spokeswoman for Redvale Homes") is
    kept as the fact's `unit`."""
    for i, head in enumerate(entities):
        if head.end >= verb.start or not _APPOSITIVE.match(text[head.end : verb.start]):
            continue
        inside = [
            e
            for e in entities
            if head.end < e.start and e.end < verb.start and _BODY_BEFORE.search(text, 0, e.start)
        ]
        body = inside[-1].text if inside else ""
        last = i
        while i and _OF_BODY.fullmatch(text[entities[i - 1].end : entities[i].start]):
            i -= 1
        if i < last:
            head, body = entities[i], text[entities[i + 1].start : head.end]
        elif _PLACE_BEFORE.search(text, 0, head.start):
            return None
        return Fact("attribution", head.text, head.value, head.start, head.end, body)
    return None


#: One to three lower-case words of a role between a speech verb and the name after it ("said
#: developer Tom Brown", "warned chief economist Tom Brown"); not a place
#: or an outlet ("said in Brussels", "said on Radio Leeds").
_ROLE_BETWEEN = re.compile(
    r"\s+(?:(?!(?:in|at|on|to|the|a|an|of|for|from|by|with|during|after|before)\s)"
    r"[a-z][\w'’-]*\s+){1,3}"
)


#: Titles news agencies write with a full stop: "Dr. Ann Green", "Sen. Ted Cruz".
_SHORT_TITLES = frozenset("dr mr mrs ms prof sen rep gov gen lt col capt sgt rev st".split())


def _attributions(text: str, tokens: tuple[Token, ...]) -> list[Fact]:
    """Who a statement is attributed to: 'according to X', 'X said', 'said X'."""
    found = []
    for m in _ACCORDING.finditer(text):
        source = m.group(1).rstrip(".").removeprefix("the ")
        found.append(Fact("attribution", m.group(), fold(source), m.start(), m.end()))
    entities = _entities(text, tokens, openers=True)  # "Lukashenko said" opens sentences
    for _i, t in enumerate(tokens):
        naming = t.norm in NAMING_VERBS and _QUOTE_AFTER.match(text, t.end) is not None
        if t.norm not in SPEECH_VERBS and not naming:
            continue
        speaker = _appositive_speaker(text, entities, t)
        if speaker is not None:
            found.append(speaker)
            continue
        near = [e for e in entities if 0 <= t.start - e.end <= 2 or 0 <= e.start - t.end <= 2]
        # "said X" names the speaker when X ends the clause; "told Reuters", "warned the
        # board" and "warned Meridian Rail's board" name who heard it.
        near = [e for e in near if e.end <= t.start or _ends_clause(text, e) and not naming]
        near = [e for e in near if e.end > t.start or not _IN_A_PLACE.search(text, 0, e.start)]
        if not near and not naming and t.norm != "told":
            # "said developer Tom Brown", "said committee chair Ann Green": a role between
            near = [
                e
                for e in entities
                if e.start > t.end
                and _ROLE_BETWEEN.fullmatch(text, t.end, e.start)
                and _ends_clause(text, e)
            ][:1]
        for e in near[:1]:
            # "said Dr. Ann Green": a title written with a full stop is part of the name after it
            named = next((n for n in entities if e.end < n.start <= e.end + 2), None)
            if e.value in _SHORT_TITLES and text[e.end : e.end + 1] == "." and named:
                e = named
            found.append(Fact("attribution", e.text, e.value, e.start, e.end))
    return found
