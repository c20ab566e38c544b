"""Bad input through the `verify` command: a clear one-line error or warning, never a traceback."""

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verifier import claims, review
from verifier.embedding import onnx_path
from verifier.errors import VerifierError

from .conftest import DEMO_CORPUS, ROOT


@pytest.fixture(scope="module")
def cache(encoder, tmp_path_factory):
    """An index cache that borrows the session encoder's exported model, not a new export."""
    encoder.encode(["warm up"])
    folder = tmp_path_factory.mktemp("faults-cache")
    if onnx_path().parent.is_dir():
        (folder / "models").symlink_to(onnx_path().parent, target_is_directory=True)
    return folder


def bad_inputs(d):
    """(name, argv) pairs, each a mistake a user can make; files are made under `d`."""
    d.mkdir(exist_ok=True)
    (d / "empty").mkdir(exist_ok=True)
    (d / "binary.txt").write_bytes(bytes(range(256)))
    (d / "binary-only").mkdir(exist_ok=True)
    (d / "binary-only" / "x.txt").write_bytes(b"\x00" * 64)
    (d / "loops").mkdir(exist_ok=True)
    if not (d / "loops" / "self.txt").is_symlink():
        (d / "loops" / "self.txt").symlink_to(d / "loops" / "self.txt")
    (d / "latin1.txt").write_bytes("Caf\xe9 314 released since July 2023\n".encode("latin-1"))
    (d / "claims.csv").write_text("id,text\n1,a\n", encoding="utf-8")
    (d / "truncated.jsonl").write_text('{"claim": "314 released"}\n{"claim": "31', "utf-8")
    (d / "crlf-bom.txt").write_bytes(b"\xef\xbb\xbf314 released since July 2023\r\n\r\n")
    (d / "paths.txt").write_text(f"{d / 'secret.txt'}\n../../etc/shadow\n", "utf-8")
    (d / "secret.txt").write_text("314 released since July 2023", "utf-8")
    (d / "draft.html").write_text(
        "<html><script>alert('314 released since 2023')</script><!-- 315 released -->"
        "<p>314 released since July 2023<b><i>unclosed <p>52 pardoned on Thursday</div>",
        "utf-8",
    )
    (d / "draft.md").write_text(
        "# Draft\n\n```\n315 released since July 2023\n```\n\n| a | b |\n|---|---|\n"
        "| 315 | x |\n\n314 released since July 2023, said Human Rights Watch.\n",
        "utf-8",
    )
    corpus = ["--corpus", str(DEMO_CORPUS)]
    return [
        ("empty claim", ["   "]),
        ("control-only claim", ["\x01\x02"]),
        ("100 KB claim", ["314 released since July 2023. " * 3400, *corpus]),
        ("NUL claim", ["314\x00released since July 2023", *corpus]),
        ("RTL and emoji claim", ["\u202e314 released 🎉 since July 2023 في", *corpus]),
        ("no claim", []),
        ("missing corpus", ["a claim", "--corpus", str(d / "gone")]),
        ("empty corpus folder", ["a claim", "--corpus", str(d / "empty")]),
        ("binary-only corpus", ["a claim", "--corpus", str(d / "binary-only")]),
        ("symlink-loop corpus", ["a claim", "--corpus", str(d / "loops")]),
        ("latin-1 corpus", ["314 released since July 2023", "--corpus", str(d / "latin1.txt")]),
        ("top-k 0", ["a claim", "--top-k", "0"]),
        ("top-k text", ["a claim", "--top-k", "many"]),
        ("unknown format", ["a claim", "--format", "pdf"]),
        ("unknown option", ["a claim", "--frobnicate"]),
        ("output in missing folder", ["314 released", *corpus, "--output", str(d / "no/x")]),
        ("output is a folder", ["314 released", *corpus, "--output", str(d)]),
        ("missing claims file", ["--file", str(d / "gone.txt")]),
        ("claims file is a folder", ["--file", str(d / "empty")]),
        ("binary claims file", ["--file", str(d / "binary.txt")]),
        ("csv without claim column", ["--file", str(d / "claims.csv")]),
        ("truncated last JSON line", ["--file", str(d / "truncated.jsonl"), *corpus]),
        ("BOM and CRLF", ["--file", str(d / "crlf-bom.txt"), *corpus]),
        ("latin-1 claims file", ["--file", str(d / "latin1.txt"), *corpus]),
        ("paths as claims", ["--file", str(d / "paths.txt"), *corpus]),
        ("missing draft", ["--review", str(d / "gone.md")]),
        ("draft is a folder", ["--review", str(d / "empty")]),
        ("binary draft", ["--review", str(d / "binary.txt")]),
        ("malformed HTML draft", ["--review", str(d / "draft.html"), *corpus]),
        ("Markdown draft with code", ["--review", str(d / "draft.md"), *corpus]),
    ]


RUNNER = """
import json, sys
from verifier.cli import main
for name, argv in json.load(open(sys.argv[1])):
    print(f"=== {name}", file=sys.stderr, flush=True)
    code = main(argv)
    print(json.dumps([name, code]), flush=True)
"""


def test_no_bad_input_gives_a_traceback(tmp_path, cache):
    cases = bad_inputs(tmp_path / "inputs")
    (tmp_path / "cases.json").write_text(json.dumps(cases), "utf-8")
    env = dict(os.environ, VERIFIER_CACHE=str(cache), COLUMNS="100")
    env.pop("VERIFIER_CORPUS", None)
    result = subprocess.run(
        [sys.executable, "-c", RUNNER, str(tmp_path / "cases.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    codes = dict(json.loads(line) for line in result.stdout.splitlines() if line.startswith('["'))
    assert list(codes) == [name for name, _ in cases]
    errors = {}
    for block in result.stderr.split("=== ")[1:]:
        name, _, text = block.partition("\n")
        lines = text.splitlines()
        # Every line is the tool's own, one line each: "verify: error|warning: ..."
        assert all(line.startswith(("verify: error: ", "verify: warning: ")) for line in lines), (
            name,
            lines,
        )
        errors[name] = [line for line in lines if line.startswith("verify: error: ")]
    for name, code in codes.items():
        assert code in (0, 1, 2), name
        assert (code == 2) == (len(errors[name]) == 1), (name, code, errors[name])
    must_fail = [
        "empty claim", "control-only claim", "no claim", "missing corpus", "empty corpus folder",
        "binary-only corpus", "symlink-loop corpus", "top-k 0", "top-k text", "unknown format",
        "unknown option", "output in missing folder", "output is a folder",
        "missing claims file", "claims file is a folder", "binary claims file",
        "csv without claim column", "missing draft", "draft is a folder", "binary draft",
    ]  # fmt: skip
    assert sorted(n for n, c in codes.items() if c == 2) == sorted(must_fail)


def test_paths_in_claims_files_and_drafts_are_never_opened(tmp_path, cache, capsys):
    from verifier.cli import main

    secret = tmp_path / "secret.txt"
    secret.write_text("314 released since July 2023", "utf-8")
    listed = tmp_path / "claims.txt"
    listed.write_text(f"{secret}\nfile://{secret}\n314 released, see {secret}\n", "utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(f"# Note\n\nThe source is {secret}, which says 314 released.\n", "utf-8")
    opened = []

    def audit(event, args):
        if event == "open" and args and str(args[0]) == str(secret):
            opened.append(event)

    sys.addaudithook(audit)  # hooks cannot be removed; this one only records `secret`
    for argv in (["--file", str(listed)], ["--review", str(draft)]):
        code = main([*argv, "--corpus", str(DEMO_CORPUS), "--cache-dir", str(cache)])
        assert code in (0, 1), capsys.readouterr().err
    assert opened == []


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096


def test_a_hundred_thousand_rows_are_read_in_flat_memory(tmp_path):
    path = tmp_path / "many.csv"
    with open(path, "w", encoding="utf-8") as out:
        out.write("id,claim\n")
        for i in range(100_000):
            out.write(f"r{i},{i} prisoners were released since July 2023 by the regime in Minsk\n")
    before = rss_bytes()
    count = 0
    for row in claims.read(path):
        count += isinstance(row, claims.Row)
        if count == 1_000:
            early = rss_bytes()
    growth = max(early, rss_bytes()) - before
    assert count == 100_000
    # The file is 8 MB and its rows as objects over 20 MB; streamed, memory does not move.
    assert growth < 3 << 20, f"RSS grew {growth >> 10} KB while reading 100,000 rows"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    kind=st.sampled_from(["md", "txt", "html"]),
    text=st.one_of(
        st.text(max_size=300),
        st.lists(
            st.sampled_from(
                [
                    "```",
                    "~~~",
                    "|",
                    "---",
                    "# ",
                    "> ",
                    "- ",
                    "1. ",
                    "<script>",
                    "</script>",
                    "<!--",
                    "-->",
                    "<p>",
                    "<b",
                    ">",
                    "314",
                    "July 2023",
                    "said",
                    '"',
                    "\n",
                    "\n\n",
                    "    ",
                    "Mr.",
                    "U.S.",
                    "\u202e",
                    "🎉",
                    "\x00",
                    "&lt;",
                    "<![CDATA[",
                ]
            ),
            max_size=50,
        ).map("".join),
    ),
)
def test_any_draft_text_gives_claims_or_a_clear_error(tmp_path_factory, kind, text):
    path = tmp_path_factory.mktemp("draft") / f"d.{kind}"
    path.write_text(text, "utf-8", errors="surrogatepass")
    try:
        draft = review.read(path)
    except VerifierError:
        return
    assert all(0 <= c.start <= c.end <= len(draft.text) for c in draft.claims)


HOSTILE = (
    "Officials said <script>alert(1)</script> 314 prisoners were released since July 2023 "
    "<img src=x onerror=alert(2)> [link](javascript:alert(3)).\n"
)


def test_markup_in_the_corpus_or_a_draft_never_becomes_markup(tmp_path, cache, capsys):
    from verifier.cli import main

    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text(HOSTILE, "utf-8")
    (tmp_path / "claims.txt").write_text("314 prisoners were released since July 2023\n")
    (tmp_path / "draft.md").write_text(f"# Draft\n\n{HOSTILE}", "utf-8")
    common = ["--corpus", str(tmp_path / "corpus"), "--cache-dir", str(cache)]
    outputs = {}
    for mode in (
        ["--file", str(tmp_path / "claims.txt")],
        ["--review", str(tmp_path / "draft.md")],
    ):
        for fmt in ("html", "markdown"):
            assert main([*mode, *common, "--format", fmt]) in (0, 1)
            outputs[(mode[0], fmt)] = capsys.readouterr().out
        report = tmp_path / f"report{mode[0]}.html"
        assert main([*mode, *common, "--format", "json", "--report", str(report)]) in (0, 1)
        capsys.readouterr()
        outputs[(mode[0], "report")] = report.read_text("utf-8")
    for key, page in outputs.items():
        assert "alert(1)" in page and "alert(2)" in page, key  # the text is shown...
        # ...but never as markup: HTML tags are escaped, and in Markdown links are too.
        markup = (
            r"(?<!\\)(<script|<img|\]\(javascript:)" if key[1] == "markdown" else "<script>a|<img"
        )
        assert not re.search(markup, page), (key, re.search(markup, page))


def test_ctrl_c_while_indexing_is_one_line_and_status_130(tmp_path, cache, ctrl_c):
    docs = tmp_path / "docs"
    docs.mkdir()
    # Enough files that indexing outlasts a busy machine's delay in sending the signal.
    for i in range(FILES := 120):
        sentences = (f"Report {i} says station {j} had {i * 50 + j} visitors." for j in range(30))
        (docs / f"f{i:02d}.txt").write_text(" ".join(sentences), "utf-8")
    fresh = tmp_path / "cache"
    fresh.mkdir()
    if (cache / "models").exists():
        (fresh / "models").symlink_to((cache / "models").resolve(), target_is_directory=True)
    proc = subprocess.Popen(
        [sys.executable, "-m", "verifier", "a claim", "--corpus", str(docs)]
        + ["--cache-dir", str(fresh), "--no-progress"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        preexec_fn=ctrl_c,
    )
    while _written(fresh) < 2 and proc.poll() is None:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert _written(fresh) < FILES, "indexing ended before the signal"
    assert (proc.returncode, out, err) == (130, "", "verify: interrupted\n")


def _written(cache: Path) -> int:
    """How many cache entries are written, while the run writes more: a temporary folder
    renamed away under the walk is no error."""
    while True:
        try:
            return len(list(cache.rglob("params.json")))
        except FileNotFoundError:
            continue


def test_a_reader_that_goes_away_ends_the_run_quietly(tmp_path, cache):
    claims_file = tmp_path / "claims.txt"
    claims_file.write_text("".join(f"{i} released since July 2023\n" for i in range(60)))
    env = dict(os.environ, VERIFIER_CACHE=str(cache))
    proc = subprocess.Popen(
        [sys.executable, "-m", "verifier", "--file", str(claims_file), "--format", "jsonl"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
        env=env,
    )
    assert json.loads(proc.stdout.readline())["id"] == "1"
    proc.stdout.close()  # `verify ... | head -1`
    err = proc.stderr.read().decode()
    assert (proc.wait(timeout=120), err) == (141, "")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    suffix=st.sampled_from([".txt", ".csv", ".jsonl"]),
    data=st.one_of(
        st.binary(max_size=300),
        st.lists(
            st.sampled_from(
                [
                    "id,claim\n",
                    "claim\n",
                    '"',
                    ",",
                    "\r\n",
                    "\n",
                    "{",
                    '"claim"',
                    ":",
                    "}",
                    "[",
                    "314 released",
                    "\ufeff",
                    "\x00",
                    "\x07",
                    "é",
                    "\u202e",
                    "#",
                    '""',
                    "\\",
                ]
            ),
            max_size=40,
        ).map(lambda parts: "".join(parts).encode("utf-8")),
    ),
)
def test_any_claims_file_gives_rows_or_a_clear_error(tmp_path_factory, suffix, data):
    path = tmp_path_factory.mktemp("claims") / f"c{suffix}"
    path.write_bytes(data)
    try:
        found = list(claims.read(path))
    except VerifierError:
        return
    for row in found:
        assert isinstance(row, claims.Skip) or (row.claim and row.claim == row.claim.strip())
