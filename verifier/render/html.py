"""HTML: one self-contained page (inline CSS, no scripts, no external assets).

In review mode it shows the draft with each checked claim highlighted in its verdict's colour
and linked to a card that opens (<details>) on its reasons and evidence. Every piece of
draft and corpus text goes through `html.escape`, and a Content-Security-Policy forbids
scripts besides, so a document that contains `<script>` shows it as text and never runs it.
"""

from __future__ import annotations

from html import escape
from typing import TextIO

from ..report import Item, Report, summary
from ..retrieval import Evidence
from ..verdict import Label, Verdict

CSS = """
:root { --ok: #1b7a34; --bad: #c0262d; --mixed: #8e24aa; --none: #9a6b00; }
body { font: 16px/1.5 system-ui, sans-serif; max-width: 62rem; margin: 2rem auto;
       padding: 0 1rem; color: #1d1d1f; }
h1 { font-size: 1.5rem; margin-bottom: .25rem; }
h2 { font-size: 1.15rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
.summary { font-weight: 600; }
.counts { display: flex; gap: .5rem; padding: 0; list-style: none; flex-wrap: wrap; }
.counts li { padding: .1rem .6rem; border-radius: 1rem; border: 1px solid; }
.draft { font-family: ui-serif, Georgia, serif; background: #fafafa; border: 1px solid #e3e3e3;
         border-radius: 6px; padding: .75rem 1rem; }
.draft .l { display: flex; gap: 1rem; min-height: 1.5em; }
.draft .n { color: #999; font: 12px/2 ui-monospace, monospace; min-width: 2.5rem;
            text-align: right; user-select: none; }
.draft .t { white-space: pre-wrap; overflow-wrap: anywhere; flex: 1; }
a.claim { color: inherit; text-decoration: none; border-bottom: 3px solid; padding: 0 1px; }
a.claim sup { font: 600 10px ui-monospace, monospace; margin-left: 2px; }
.v-supported { --c: var(--ok); } .v-contradicted { --c: var(--bad); }
.v-conflicting { --c: var(--mixed); } .v-not-enough-evidence { --c: var(--none); }
a.claim, .counts li { border-color: var(--c);
  background: color-mix(in srgb, var(--c) 14%, white); }
.label { color: white; background: var(--c); font: 600 12px ui-monospace, monospace;
         padding: .1rem .4rem; border-radius: 3px; white-space: nowrap; }
details.card { border: 1px solid #ddd; border-left: 5px solid var(--c); border-radius: 4px;
               margin: .5rem 0; padding: .4rem .75rem; }
details.card:has(:target) { outline: 2px solid var(--c); }
h3 { font-size: .95rem; margin: .75rem 0 .25rem; }
details.card summary { cursor: pointer; }
details.card .body { scroll-margin-top: 4rem; }  /* keep the card's summary in view */
.meta { color: #666; font-size: .85rem; }
.evidence li { margin-bottom: .5rem; }
.evidence blockquote { margin: .2rem 0 0; padding-left: .75rem; border-left: 3px solid #ccc; }
.stance { font: 600 12px ui-monospace, monospace; }
.stance-supports { color: var(--ok); } .stance-contradicts { color: var(--bad); }
mark.match { background: none; color: inherit; text-decoration: underline 2px var(--ok); }
mark.mismatch { background: var(--bad); color: white; }
cite { font: 13px ui-monospace, monospace; font-style: normal; }
.skipped { color: #666; font-size: .9rem; }
"""
#: Scripts cannot run even if some text escaped escaping; inline CSS is all the page needs.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def css_class(label: Label) -> str:
    return "v-" + label.name.lower().replace("_", "-")


def render(report: Report, stream: TextIO) -> None:
    if report.mode == "review":
        title = f"Review of {report.source or 'a draft'}"
    else:
        title = f"Claims in {report.source}" if report.source else "Claims"
    out = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        f"<header><h1>{escape(title)}</h1>",
        f'<p class="summary">{escape(summary(report))}</p>',
        '<ul class="counts">',
    ]
    for label in Label:
        n = sum(item.verdict.label is label for item in report.items)
        out.append(f'<li class="{css_class(label)}">{n} {escape(label.value)}</li>')
    out.append("</ul></header>")
    if report.text is not None:
        out.append('<h2>Draft</h2><div class="draft">')
        out += _draft(report.text, report.items)
        out.append("</div>")
    out.append("<h2>Claims</h2>")
    if not report.items:
        out.append("<p>No check-worthy claims were found.</p>")
    out += [_card(i, item) for i, item in enumerate(report.items)]
    if report.skipped:
        heading = "Not checked" if report.mode == "review" else "Skipped rows"
        out.append(f'<h2>{heading}</h2><ul class="skipped">')
        out += [f"<li>{escape(message)}</li>" for message in report.skipped]
        out.append("</ul>")
    out.append("</body></html>")
    stream.write("\n".join(out) + "\n")


def _anchor(index: int) -> str:
    return f"claim-{index + 1}"


def _draft(text: str, items: tuple[Item, ...]) -> list[str]:
    """The draft line by line, with line numbers; each claim's span is a coloured link.

    A claim that runs over several lines is cut at each line end and reopened, so the
    markup stays well nested."""
    spans = sorted(
        (item.span[0], item.span[1], i, item.verdict)
        for i, item in enumerate(items)
        if item.span is not None
    )
    rows = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        line_end = offset + len(line)
        pieces, position = [], offset
        for start, end, i, verdict in spans:
            s, e = max(start, position), min(end, line_end)
            if s >= e:
                continue
            pieces.append(escape(text[position:s]))
            mark = f"{verdict.label.value} {verdict.confidence:.2f}: {verdict.claim}"
            sup = f"<sup>{i + 1}</sup>" if e == end else ""
            pieces.append(
                f'<a class="claim {css_class(verdict.label)}" href="#{_anchor(i)}" '
                f'title="{escape(mark)}">{escape(text[s:e])}{sup}</a>'
            )
            position = e
        pieces.append(escape(text[position:line_end]))
        rows.append(
            f'<div class="l"><span class="n">{number}</span>'
            f'<span class="t">{"".join(pieces)}</span></div>'
        )
        offset = line_end + 1
    return rows


def _card(index: int, item: Item) -> str:
    v = item.verdict
    where = f"line {item.line}" if item.line is not None else ""
    ident = f"#{item.id}" if item.id else ""
    meta = " · ".join(x for x in (ident, where, f"confidence {v.confidence:.2f}") if x)
    parts = [
        f'<details class="card {css_class(v.label)}">',
        f'<summary><span class="label">{escape(v.label.value)}</span> '
        f'{escape(v.claim)} <span class="meta">{escape(meta)}</span></summary>',
        # The link target sits inside the <details>, so following a link from the draft
        # opens the card (browsers expand a closed <details> that holds the target).
        f'<div class="body" id="{_anchor(index)}">',
        "<h3>Reasons</h3><ul>",
        *[f"<li>{escape(reason)}</li>" for reason in v.reasons],
        "</ul>",
    ]
    parts += _evidence(v)
    parts.append("</div></details>")
    return "\n".join(parts)


def _evidence(v: Verdict) -> list[str]:
    if not v.evidence:
        return ["<p>No passage in the corpus is about this claim.</p>"]
    parts = ['<h3>Evidence</h3><ol class="evidence">']
    for e in v.evidence:
        parts.append(
            f'<li><span class="stance stance-{escape(e.stance)}">{escape(e.stance)}</span> '
            f"<cite>{escape(e.passage.citation)}</cite> "
            f'<span class="meta">similarity {e.similarity:.2f}</span>'
            f"<blockquote>{_highlighted(e)}</blockquote></li>"
        )
    parts.append("</ol>")
    return parts


def _highlighted(evidence: Evidence) -> str:
    """The passage, escaped, with the judge's matched and differing spans marked."""
    text = evidence.passage.text
    out, position = [], 0
    for start, end, kind in sorted(evidence.highlights):
        if start < position or kind not in {"match", "mismatch"}:
            continue  # overlapping highlights: keep the first
        out.append(escape(text[position:start]))
        out.append(f'<mark class="{kind}">{escape(text[start:end])}</mark>')
        position = end
    out.append(escape(text[position:]))
    return "".join(out)
