import io

from rich.console import Console

from verifier.render.terminal import VerdictView


def rendered(verdict, width=100) -> str:
    stream = io.StringIO()
    Console(file=stream, width=width, color_system=None, highlight=False).print(
        VerdictView(verdict)
    )
    return stream.getvalue()


def test_terminal_view_shows_label_claim_reasons_and_citation(demo):
    text = rendered(demo.check("315 released since July 2023"))
    lines = text.splitlines()
    assert lines[0].startswith("╭─ CONTRADICTED  confidence 0.")
    assert "│ Claim: 315 released since July 2023" in text
    assert (
        "• quantity 315 ≠ 314 (others released since July) at corpus/belarus-prisoners-2025.txt:5"
        in text
    )
    assert "1. contradicts  corpus/belarus-prisoners-2025.txt:5" in text


def test_matching_spans_are_highlighted(demo):
    stream = io.StringIO()
    console = Console(file=stream, width=100, color_system="standard", force_terminal=True)
    console.print(VerdictView(demo.check("315 released since July 2023")))
    assert "\x1b[1;37;41m314\x1b[0m" in stream.getvalue()  # the differing number, white on red
