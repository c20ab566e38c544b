"""A draft → the check-worthy claims in it. The input of review mode (`verify --review`).

A draft is .md, .txt or .html (visible text only, read by the corpus reader). Reading it:

1. **Blocks.** Prose only: Markdown headings, code blocks, tables, HTML comments and front
   matter are left out, and so are HTML's <h1>-<h6> and, in Markdown and plain text, lines
   that look like headings (short, one line, no final punctuation).
2. **Sentences.** Each block is split into sentences, as the corpus is.
3. **Check-worthy?** A sentence is checked when it states a fact the judge can compare: a
   quantity, a date, a quotation, an attribution or a named entity. Questions are not
   checked, nor is plain opinion (a stance word such as "should" or "believe" with no
   number, date or quotation), nor a sentence with nothing to compare.
4. **Atomic claims.** A sentence that packs several facts is split where clauses are joined
   ("; ", ", and ", ", but ", ", while ", and " and " before a number), but only when every
   part still carries a fact of its own. Each claim keeps its character span and line.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from . import corpus, facts, passages
from .errors import CorpusWarning, InputError
from .report import Item, Report
from .verdict import Verdict

SUFFIXES = frozenset({".md", ".markdown", ".txt", ".html", ".htm"})
#: Fact kinds that make a sentence worth checking.
WORTHY_KINDS = frozenset({"quantity", "date", "score", "quote", "attribution", "entity"})
#: Fact kinds that a stance word cannot outweigh: a sentence with one of these is checked.
HARD_KINDS = frozenset({"quantity", "date", "score", "quote"})
OPINION_CUES = frozenset(
    """should ought must believe believes think thinks feel feels hope hopes arguably perhaps
    maybe probably surely deserve deserves""".split()
)
#: A draft is an article, not an archive; larger files are refused rather than read.
MAX_DRAFT_BYTES = 5_000_000
#: A one-line block with no final punctuation and at most this many words is a heading.
HEADING_MAX_WORDS = 12
#: A split-off part of a sentence needs at least this many words to stand as a claim.
MIN_PART_WORDS = 3

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_ATX_HEADING = re.compile(r"^\s{0,3}#{1,6}(\s|$)")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_LIST_ITEM = re.compile(r"^(\s*(?:[-*+]|\d{1,9}[.)])\s+)")
_QUOTE_MARK = re.compile(r"^(\s*>\s?)+")
_SPLIT = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas)\s+|\s+and\s+(?=(?:\d|(?:{})\b))".format(
        "|".join(
            "two three four five six seven eight nine ten eleven twelve thirteen fourteen "
            "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
            "seventy eighty ninety hundred".split()
        )
    ),
    re.IGNORECASE,
)
_END_PUNCT = tuple(".!?:;\"'”’)…")


@dataclass(frozen=True)
class DraftClaim:
    """One atomic claim of a draft, with where it is."""

    id: str  # running number in the draft
    text: str  # the claim as checked: Markdown markup removed, whitespace normalised
    start: int  # character span in `Draft.text`
    end: int
    line: int  # line in the draft file


@dataclass(frozen=True)
class Unchecked:
    """A sentence that was read but not checked, and why."""

    text: str
    start: int
    end: int
    line: int
    reason: str  # question | opinion | no checkable fact


@dataclass(frozen=True)
class Draft:
    source: str  # the draft, as cited
    text: str  # the text that spans point into (for HTML: its visible text)
    claims: tuple[DraftClaim, ...]
    unchecked: tuple[Unchecked, ...]


def read(path: str | Path) -> Draft:
    """Read a draft file and find its check-worthy claims."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"draft not found: {path}")
    if path.is_dir():
        raise InputError(f"draft is a directory: {path}")
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"draft must be .md, .txt or .html: {path}")
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            raise InputError(f"draft is larger than {MAX_DRAFT_BYTES // 1_000_000} MB: {path}")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read draft {path}: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"draft looks binary, not text: {path}")
    source = corpus.display_path(path)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        warnings.warn(
            f"{source}: not valid UTF-8; undecodable bytes replaced with U+FFFD",
            CorpusWarning,
            stacklevel=2,
        )
        text = data.decode("utf-8", errors="replace")
    text = text.removeprefix("\ufeff")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if suffix in {".html", ".htm"}:
        # The corpus reader's HTML parser: visible text only, mapped back to source lines.
        document = corpus._parse_html(source, text, path.stem)
        return parse(document.text, source, "html", document.line_at, _html_headings(text))
    return parse(text, source, "txt" if suffix == ".txt" else "md")


def _html_headings(html: str) -> frozenset[str]:
    """The text of the HTML's <h1>-<h6> and <title>: HTML says what a heading is."""
    tags = corpus.html_soup(html)(["h1", "h2", "h3", "h4", "h5", "h6", "title"])
    return frozenset(" ".join(tag.get_text(" ").split()) for tag in tags)


def parse(
    text: str,
    source: str = "<draft>",
    kind: str = "md",
    line_at: Callable[[int], int] | None = None,
    headings: frozenset[str] = frozenset(),
) -> Draft:
    """The claims in a draft's text. `kind` is md, txt or html (already visible text, one
    block a line, whose `headings` are known from its tags)."""
    if line_at is None:
        starts = [0, *(i + 1 for i, ch in enumerate(text) if ch == "\n")]

        def line_at(offset: int) -> int:
            import bisect

            return bisect.bisect_right(starts, offset)

    markdown = kind == "md"
    blocks = list(_blocks(text, kind, headings))
    sentences = [
        (s, e) for b0, b1, title in blocks if not title for s, e in _sentences(text, b0, b1)
    ]
    plains = {span: _plain(text[span[0] : span[1]], markdown) for span in sentences}
    extracted = {span: facts.extract(plain) for span, plain in plains.items()}
    names = _names(extracted.values())
    claims: list[DraftClaim] = []
    # A short unpunctuated line is taken for a heading, but said so: nothing silently vanishes.
    unchecked: list[Unchecked] = [
        Unchecked(_plain(text[b0:b1], markdown), b0, b1, line_at(b0), "looks like a heading")
        for b0, b1, title in blocks
        if title
    ]
    for span in sentences:
        plain, found = plains[span], extracted[span]
        if not plain:
            continue  # stray markup, e.g. the closing * of an emphasised line
        reason = _not_worthy(plain, found, names)
        if reason:
            unchecked.append(Unchecked(plain, *span, line_at(span[0]), reason))
            continue
        for start, end in _atomic(text, *span, markdown, names):
            claim = _plain(text[start:end], markdown)
            claims.append(DraftClaim(str(len(claims) + 1), claim, start, end, line_at(start)))
    return Draft(source, text, tuple(claims), tuple(unchecked))


def to_report(draft: Draft, verdicts: Iterable[Verdict]) -> Report:
    """The review report: each claim's verdict with its line and span, in draft order.

    `verdicts` are the verdicts on `draft.claims`' texts, in the same order."""
    items = tuple(
        Item(v, id=c.id, line=c.line, span=(c.start, c.end))
        for c, v in zip(draft.claims, verdicts, strict=True)
    )
    unchecked = tuple(
        f"{draft.source}:{u.line}: not checked ({u.reason}): {u.text}" for u in draft.unchecked
    )
    return Report(items, mode="review", source=draft.source, skipped=unchecked, text=draft.text)


# --- blocks --------------------------------------------------------------------------------


def _lines(text: str) -> Iterator[tuple[int, str]]:
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


def _blocks(text: str, kind: str, headings: frozenset[str]) -> Iterator[tuple[int, int, bool]]:
    """Spans of prose, each flagged when it only looks like a heading (a short line without
    final punctuation). HTML's visible text has one block a line; plain text one a paragraph."""
    if kind == "html":
        for offset, line in _lines(text):
            if line.strip() and " ".join(line.split()) not in headings:
                yield offset, offset + len(line), False
        return
    block: list[tuple[int, str]] = []  # the block's lines (offset of its prose, text)
    fence = ""
    comment = front_matter = False
    marked = quoted = False  # the block is a list item or a quote; the block is a quote

    def flush() -> Iterator[tuple[int, int, bool]]:
        if block:
            heading = not marked and len(block) == 1 and _looks_like_heading(block[0][1])
            start, (last, line) = block[0][0], block[-1]
            yield start, last + len(line), heading
        block.clear()

    for number, (offset, line) in enumerate(_lines(text)):
        stripped = line.strip()
        if kind == "txt":
            if stripped:
                block.append((offset, line))
            else:
                yield from flush()
            continue
        if number == 0 and stripped == "---":
            front_matter = True
            continue
        if front_matter:
            front_matter = stripped not in {"---", "..."}
            continue
        if fence:
            if stripped.startswith(fence):
                fence = ""
            continue
        if comment or stripped.startswith("<!--"):
            comment = "-->" not in stripped
            yield from flush()
            continue
        if m := _FENCE.match(line):
            yield from flush()
            fence = m.group(1)
            continue
        if _SETEXT.match(line) and len(block) == 1:
            block.clear()  # the line above was a heading
            continue
        if (
            not stripped
            or _ATX_HEADING.match(line)
            or _RULE.match(line)
            or stripped.startswith("|")
            or (not block and line.startswith(("    ", "\t")))  # an indented code block
        ):
            yield from flush()
            continue
        marker = _QUOTE_MARK.match(line)
        skip = marker.end() if marker else 0
        if block and bool(marker) != quoted:
            yield from flush()  # a block quote starts or ends
        if item := _LIST_ITEM.match(line[skip:]):
            yield from flush()
            skip += item.end()
        if not block:
            marked, quoted = skip > 0, bool(marker)
            block.append((offset + skip, line[skip:]))
        else:
            block.append((offset, line))
    yield from flush()


def _looks_like_heading(line: str) -> bool:
    stripped = line.strip().rstrip("*_ ")
    return len(stripped.split()) <= HEADING_MAX_WORDS and not stripped.endswith(_END_PUNCT)


def _sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    # A line break inside a block is a wrapped line, not a sentence end (same length, so
    # the offsets still hold).
    for s, e in passages.sentences(text[start:end].replace("\n", " ")):
        yield start + s, start + e


# --- check-worthiness ------------------------------------------------------------------------


def _names(found) -> set[str]:
    """Words the draft capitalises mid-sentence: proper names, not sentence-initial capitals."""
    return {
        token.norm
        for f in found
        for entity in f.of("entity")
        if entity.start > 0
        for token in facts.tokenize(entity.text)
    }


def _worthy_facts(found: facts.Facts, names: set[str]) -> list[facts.Fact]:
    worthy = []
    for fact in found.facts:
        if fact.kind not in WORTHY_KINDS:
            continue
        # "Critics say ..." starts with a capital but names no one: a sentence's first word
        # counts as a name only when the draft also capitalises it mid-sentence.
        first_word = fact.kind == "entity" and fact.start == 0 and " " not in fact.text
        if first_word and fact.value not in names:
            continue
        worthy.append(fact)
    return worthy


def _not_worthy(plain: str, found: facts.Facts, names: set[str]) -> str:
    """Why a sentence is not checked, or "" when it is."""
    if plain.rstrip(" \"'”’)").endswith("?"):
        return "question"
    worthy = _worthy_facts(found, names)
    if not worthy:
        return "no checkable fact"
    if not any(f.kind in HARD_KINDS for f in worthy):
        quoted = [(f.start, f.end) for f in found.of("quote")]
        words = {t.norm for t in found.tokens if not any(s <= t.start < e for s, e in quoted)}
        if words & OPINION_CUES:
            return "opinion"
    return ""


# --- atomic claims ---------------------------------------------------------------------------


def _atomic(
    text: str, start: int, end: int, markdown: bool, names: set[str]
) -> list[tuple[int, int]]:
    """Split a sentence at clause joins, keeping only splits whose parts each carry a fact."""
    sentence = text[start:end]
    cuts = [m for m in _SPLIT.finditer(sentence) if not _inside_quote(sentence, m.start())]
    if not cuts:
        return [(start, end)]
    pieces: list[tuple[int, int]] = []
    position = 0
    for m in cuts:
        pieces.append((position, m.start()))
        position = m.end()
    pieces.append((position, len(sentence)))
    parts: list[tuple[int, int]] = []
    for s, e in pieces:
        if parts and not _stands_alone(sentence[s:e], markdown, names):
            parts[-1] = (parts[-1][0], e)  # too little on its own: rejoin the part before
        elif parts and not _stands_alone(sentence[parts[-1][0] : parts[-1][1]], markdown, names):
            parts[-1] = (parts[-1][0], e)
        else:
            parts.append((s, e))
    return [_trim(text, start + s, start + e) for s, e in parts]


def _stands_alone(piece: str, markdown: bool, names: set[str]) -> bool:
    plain = _plain(piece, markdown)
    if len(plain.split()) < MIN_PART_WORDS:
        return False
    return bool(_worthy_facts(facts.extract(plain), names))


def _inside_quote(text: str, offset: int) -> bool:
    before = text[:offset]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`|~~)(?=\S)(.+?)(?<=\S)\1")


def _plain(text: str, markdown: bool) -> str:
    """The claim as a reader sees it: Markdown markup removed, whitespace normalised."""
    # HTML's visible text puts a space between inline elements: "on <b>Thursday</b>." reads
    # "on Thursday ." there.
    text = re.sub(r"(?<=\w) +(?=[.,;:!?](?:\s|$))", "", text)
    if markdown:
        text = re.sub(r"(?m)^\s*>\s?", "", text)
        text = _LINK.sub(r"\1", text)
        for _ in range(2):  # nested emphasis, e.g. ***bold italic***
            text = _EMPHASIS.sub(r"\2", text)
        # emphasis that opens in one sentence and closes in the next
        text = text.strip().strip("*_~").strip()
    return " ".join(text.split())
