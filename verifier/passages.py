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


def split(document: Document, first_id: int = 0) -> list[Passage]:
    """Split a document into passages. A passage's context is its sentence with the next one,
    the previous one, and the earlier sentences of its paragraph (up to LEAD_SENTENCES): a
    paragraph names its subject once ("Kestrel Foods reported ...") and then says "the group"."""
    spans = list(sentences(document.text))
    result = []
    paragraph = 0
    for i, (start, end) in enumerate(spans):
        # A sentence that starts a line starts a paragraph (one paragraph per line, or blank
        # lines between them); a hard-wrapped paragraph is at worst cut short.
        if i == 0 or "\n" in document.text[spans[i - 1][1] : start]:
            paragraph = i
        first = max(0, min(i - 1, max(paragraph, i - LEAD_SENTENCES)))
        before = spans[first][0]
        after = spans[i + 1][1] if i + 1 < len(spans) else end
        result.append(
            Passage(
                id=first_id + i,
                document=document.source,
                line=document.line_at(start),
                start=document.offset + start,  # offsets in the file's whole text
                end=document.offset + end,
                text=" ".join(document.text[start:end].split()),
                context=" ".join(document.text[before:after].split()),
                title=document.title,
            )
        )
    return result
