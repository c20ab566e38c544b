"""Documents → sentence-level passages with provenance. Stage two of the pipeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from .corpus import Document

#: Sentences longer than this are cut, so one run-on line cannot dominate an embedding.
MAX_PASSAGE_CHARS = 600
LEAD_SENTENCES = 3
#: In a news article, the first sentences of this many paragraphs after its first paragraph
#: are context for the rest of it.
ARTICLE_OPENINGS = 6
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Passage:
    """One sentence of a document, citable as `document:line`."""

    id: int  # position in the index; stable for one index build
    document: str
    line: int
    start: int  # character offsets of `text` in the document's plain text
    end: int
    text: str
    context: str  # the sentence with its neighbours and paragraph lead (see split), for the judge
    title: str
    headline: str = ""  # of the news article the sentence is in, where the text gives one

    @property
    def heading(self) -> str:
        """What leads the sentence in the index: its article's headline, else its title."""
        return self.headline or self.title

    @property
    def citation(self) -> str:
        return f"{self.document}:{self.line}"


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) spans of the sentences in `text`, paragraph by paragraph."""
    position = 0
    for separator in [*_PARAGRAPH.finditer(text), None]:
        end = separator.start() if separator else len(text)
        if text[position:end].strip():
            for span in _segmenter().segment(text[position:end]):
                yield from _trimmed(text, position + span.start, position + span.end)
        position = separator.end() if separator else end


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_PASSAGE_CHARS:
        cut = text.rfind(" ", start, start + MAX_PASSAGE_CHARS)
        cut = cut if cut > start else start + MAX_PASSAGE_CHARS
        yield start, cut
        start = cut + 1
    if end > start:
        yield start, end


#: A headline is a paragraph of one short line that does not end like a sentence.
HEADLINE_MAX_WORDS = 20
_SENTENCE_END = tuple(".!?:;,")


def headline(text: str) -> str | None:
    """The paragraph as a headline ("Quillfire to cut 1,800 jobs", "## Results"), or None."""
    line = text.strip()
    if "\n" in line:
        return None
    line = line.lstrip("#").strip()
    quoted = line.rstrip("\"'”’)")
    if not line or not (line[0].isupper() or line[0].isdigit()):
        return None
    if quoted.endswith(_SENTENCE_END) or len(line.split()) > HEADLINE_MAX_WORDS:
        return None
    return line


def split(document: Document, first_id: int = 0) -> list[Passage]:
    """Split a document into passages. A passage's context is its sentence with the next one,
    the previous one, and the earlier sentences of its paragraph (up to LEAD_SENTENCES): a
    paragraph names its subject once ("Kestrel Foods reported ...") and then says "the group".

    Where a headline starts a news article ("Quillfire to cut 1,800 jobs"), the article's
    sentences keep it as their headline, and their context starts with it, the opening
    sentences of the article's first paragraph and the first sentence of each later
    paragraph before theirs (up to ARTICLE_OPENINGS): news names its subject there and then
    says "the company" for the rest of the article."""
    text = document.text
    spans = list(sentences(text))
    if not spans:
        return []
    # A sentence that starts a line starts a paragraph (one paragraph per line, or blank lines
    # between them); a hard-wrapped paragraph is at worst cut short.
    starts = [i for i in range(len(spans)) if i == 0 or "\n" in text[spans[i - 1][1] : spans[i][0]]]
    paragraphs = list(zip(starts, [*starts[1:], len(spans)], strict=True))
    result = []
    heads = {
        k: head
        for k, (first, stop) in enumerate(paragraphs)
        if stop - first == 1
        and k + 1 < len(paragraphs)
        and (head := headline(text[slice(*spans[first])])) is not None
    }
    head, lead, lead_paragraph = "", "", -1  # of the article the sentence is in
    for k, (first_sentence, stop) in enumerate(paragraphs):
        if k in heads:  # a headline belongs to no article before it
            head, lead, lead_paragraph = "", "", -1
        # The next sentence is context, unless it is the next article's headline.
        last = stop if k + 1 in heads else len(spans)
        for i in range(first_sentence, stop):
            start, end = spans[i]
            first = max(0, min(i - 1, max(first_sentence, i - LEAD_SENTENCES)))
            after = spans[i + 1][1] if i + 1 < last else end
            context = " ".join(text[spans[first][0] : after].split())
            if head:
                context = f"{lead if k > lead_paragraph else head} {context}"
            result.append(
                Passage(
                    id=first_id + i,
                    document=document.source,
                    line=document.line_at(start),
                    start=document.offset + start,  # offsets in the file's whole text
                    end=document.offset + end,
                    text=" ".join(text[start:end].split()),
                    context=context,
                    title=document.title,
                    headline=head,
                )
            )
        if head and lead_paragraph < k <= lead_paragraph + ARTICLE_OPENINGS:
            # A ship named in the second paragraph is "the ship" in the fourth.
            lead = " ".join(f"{lead} {text[slice(*spans[first_sentence])]}".split())
        if k in heads:
            lead_paragraph = k + 1
            a, b = paragraphs[lead_paragraph]
            opening = spans[a : min(b, a + LEAD_SENTENCES)]
            head = heads[k]
            lead = " ".join(f"{head} {text[opening[0][0] : opening[-1][1]]}".split())
    return result
