import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from verifier.cli import build_parser, main

from .conftest import DEMO_CORPUS, ROOT

# Runs the CLI in a fresh interpreter where any network connection raises.
OFFLINE = """
import socket, sys
def blocked(*args, **kwargs):
    raise OSError("network access attempted")
socket.socket.connect = blocked
socket.socket.connect_ex = blocked
socket.create_connection = blocked
socket.getaddrinfo = blocked
from verifier.cli import main
sys.exit(main(sys.argv[1:]))
"""


def run_offline(*args, cache: Path, cwd: Path = ROOT):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "TRANSFORMERS_"))}
    env["VERIFIER_CACHE"] = str(cache)
    env["COLUMNS"] = "100"
    return subprocess.run(
        [sys.executable, "-c", OFFLINE, *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=300,
    )


def test_whole_verify_runs_with_sockets_blocked(tmp_path):
    result = run_offline("314 released since July 2023", cache=tmp_path / "cache")
    assert result.returncode == 0, result.stderr
    assert "SUPPORTED" in result.stdout
    assert "corpus/belarus-prisoners-2025.txt:5" in result.stdout
    assert "Traceback" not in result.stderr


def test_json_output_and_exit_status_for_a_contradiction(tmp_path):
    result = run_offline(
        "315 released since July 2023", "--format", "json", "--top-k", "2", cache=tmp_path / "c"
    )
    assert result.returncode == 1
    data = json.loads(result.stdout)
    assert set(data) >= {"claim", "verdict", "confidence", "reasons", "evidence"}
    assert data["verdict"] == "CONTRADICTED"
    assert len(data["evidence"]) == 2
    first = data["evidence"][0]
    assert set(first) >= {"document", "line", "start", "end", "text", "score", "stance"}
    assert (first["document"], first["line"], first["stance"]) == (
        "corpus/belarus-prisoners-2025.txt",
        5,
        "contradicts",
    )


@pytest.mark.parametrize("claim", ["", "   ", "\t\n"])
def test_empty_claim_is_a_usage_error(claim, capsys):
    assert main([claim]) == 2
    err = capsys.readouterr().err
    assert err == "verify: error: the claim is empty: give the text of a claim to check\n"


def test_missing_corpus_is_named(tmp_path, capsys):
    assert main(["a claim", "--corpus", str(tmp_path / "gone")]) == 2
    assert capsys.readouterr().err == f"verify: error: corpus path not found: {tmp_path / 'gone'}\n"


def test_empty_corpus_folder_is_named(tmp_path, capsys):
    assert main(["a claim", "--corpus", str(tmp_path)]) == 2
    assert str(tmp_path) in capsys.readouterr().err


def test_bad_file_in_corpus_is_a_warning_not_a_failure(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "article.txt").write_text((DEMO_CORPUS / "belarus-prisoners-2025.txt").read_text())
    (docs / "junk.txt").write_bytes(b"\x00\xff\x00")
    (docs / "latin.txt").write_bytes(
        "Caf\xe9 owner Ivan said 7 tables were full.".encode("latin-1")
    )
    code = main(
        [
            "314 released since July 2023",
            "--corpus",
            str(docs),
            "--cache-dir",
            str(tmp_path / "c"),
            "--format",
            "json",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0
    assert json.loads(out)["verdict"] == "SUPPORTED"
    assert "verify: warning: skipped" in err and "junk.txt: looks like a binary file" in err
    assert "latin.txt: not valid UTF-8" in err


def test_corpus_from_environment(tmp_path, monkeypatch, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.md").write_text("# Note\n\nThe bridge opened in 1999.\n")
    monkeypatch.setenv("VERIFIER_CORPUS", str(docs))
    monkeypatch.setenv("VERIFIER_CACHE", str(tmp_path / "c"))
    assert main(["The bridge opened in 1999.", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "SUPPORTED"
    assert data["evidence"][0]["document"].endswith("a.md")
    assert data["evidence"][0]["line"] == 3


def test_python_dash_m_works(tmp_path):
    env = dict(os.environ, VERIFIER_CACHE=str(tmp_path / "c"))
    result = subprocess.run(
        [sys.executable, "-m", "verifier", "--version"], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0 and result.stdout.startswith("verify ")


def test_every_option_is_in_help_and_readme():
    parser = build_parser()
    help_text = parser.format_help()
    readme = (ROOT / "README.md").read_text()
    options = [o for action in parser._actions for o in action.option_strings if o.startswith("--")]
    for option in options:
        assert option in help_text
        if option not in {"--help", "--version"}:
            assert re.search(re.escape(option) + r"\b", readme), f"{option} missing from README"


# --- bulk (--file) and review (--review) ---------------------------------------------------


@pytest.fixture(scope="module")
def cli_cache(tmp_path_factory) -> str:
    """One index cache for the bulk and review CLI tests, so the corpus is embedded once."""
    return str(tmp_path_factory.mktemp("cli-cache"))


def test_file_reports_bad_rows_by_line_and_checks_the_rest(tmp_path, cli_cache, capsys):
    claims = tmp_path / "claims.jsonl"
    claims.write_text(
        '{"id": "ok", "claim": "314 released since July 2023"}\n'
        '{"id": "broken", "claim": \n'
        '{"id": "no-claim"}\n'
        '{"claim": "315 released since July 2023"}\n'
    )
    code = main(["--file", str(claims), "--format", "jsonl", "--cache-dir", cli_cache])
    out, err = capsys.readouterr()
    assert code == 1  # one claim is CONTRADICTED
    assert [line for line in err.splitlines() if line.startswith("verify:")] == [
        f"verify: warning: {claims}:2: skipped: not valid JSON (Expecting value)",
        f"verify: warning: {claims}:3: skipped: missing 'claim' field",
    ]
    rows = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["line"], r["verdict"]) for r in rows] == [
        ("ok", 1, "SUPPORTED"),
        ("2", 4, "CONTRADICTED"),
    ]
    assert rows[0]["evidence"][0]["document"] == "corpus/belarus-prisoners-2025.txt"


def test_file_exit_status_and_fail_on_unsupported(tmp_path, cli_cache, capsys):
    claims = tmp_path / "claims.txt"
    claims.write_text(
        "# two claims\n314 released since July 2023\nThe Eiffel Tower is 330 metres tall\n"
    )
    args = ["--file", str(claims), "--cache-dir", cli_cache, "--format", "csv"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == (
        "id,line,start,end,claim,verdict,confidence,evidence,evidence_text,reasons"
    )
    assert [row.split(",")[5] for row in out.splitlines()[1:]] == [
        "SUPPORTED",
        "NOT ENOUGH EVIDENCE",
    ]
    assert main([*args, "--fail-on", "unsupported"]) == 1


def test_file_from_stdin_to_an_output_file(tmp_path, cli_cache, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("id,claim\nx,315 released since July 2023\n"))
    output = tmp_path / "out.md"
    code = main(
        ["--file", "-", "--format", "markdown", "--output", str(output), "--cache-dir", cli_cache]
    )
    assert code == 1
    out, err = capsys.readouterr()
    assert out == "" and "verify:" not in err
    text = output.read_text()
    assert text.startswith("# Claims in \\<stdin\\>\n\n1 claim checked, 1 CONTRADICTED\n")
    assert "| x | 2 | 315 released since July 2023 | **CONTRADICTED** |" in text


def test_file_table_shows_the_summary_with_skipped_rows(tmp_path, cli_cache, capsys):
    claims = tmp_path / "claims.csv"
    claims.write_text("id,claim\na,314 released since July 2023\nb,\n")
    assert main(["--file", str(claims), "--cache-dir", cli_cache]) == 0
    out, err = capsys.readouterr()
    assert err == f"verify: warning: {claims}:3: skipped: empty claim\n"
    assert "Claims in" in out and "claims.csv" in out
    assert "│ a  │    2 │ 314 released since July 2023" in out
    assert out.rstrip().endswith("1 claim checked, 1 SUPPORTED; 1 row skipped")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "gone.txt", "claims file not found: {path}"),
        (lambda d: d, "claims file is a directory: {path}"),
        (
            lambda d: _write(d / "c.csv", "id,text\n1,a\n"),
            "claims file {path} has no 'claim' column (found: id, text)",
        ),
        (
            lambda d: _write(d / "c.docx", "a"),
            "claims file must end in .txt, .csv or .jsonl (or be - for stdin): {path}",
        ),
    ],
)
def test_unusable_claims_file_is_an_input_error(tmp_path, make, message, capsys):
    path = make(tmp_path)
    assert main(["--file", str(path), "--cache-dir", str(tmp_path / "c")]) == 2
    assert capsys.readouterr().err == f"verify: error: {message.format(path=path)}\n"


def _write(path: Path, text: str) -> Path:
    path.write_text(text)
    return path


def test_review_writes_jsonl_with_spans_and_an_html_report(tmp_path, cli_cache, capsys):
    report = tmp_path / "report.html"
    draft = ROOT / "claims" / "draft-example.md"
    code = main(
        [
            "--review",
            str(draft),
            "--format",
            "jsonl",
            "--report",
            str(report),
            "--cache-dir",
            cli_cache,
        ]
    )
    out, err = capsys.readouterr()
    assert code == 1 and "verify:" not in err
    rows = [json.loads(line) for line in out.splitlines()]
    text = draft.read_text()
    for row in rows:
        start, end = row["span"]
        assert " ".join(text[start:end].split()) == row["claim"]
        assert text.count("\n", 0, start) + 1 == row["line"]
    assert [r["verdict"] for r in rows].count("CONTRADICTED") == 3
    page = report.read_text()
    assert page.count('<a class="claim v-contradicted"') == 3
    assert "Review of claims/draft-example.md" in page


def test_review_terminal_view(cli_cache, capsys):
    code = main(["--review", "claims/draft-example.md", "--cache-dir", cli_cache, "--top-k", "1"])
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("Review of claims/draft-example.md\n")
    assert "line   5 CONTRADICTED" in out
    assert "• quantity 25 ≠ 52 (prisoners pardoned on Thursday) at" in out
    assert "10 claims checked, 7 SUPPORTED, 3 CONTRADICTED; 3 sentences not checked" in out


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["a claim", "--file", "c.txt"],
            "give one of: a claim, --file CLAIMS, --review DRAFT or --eval LABELLED",
        ),
        (
            ["--file", "c.txt", "--review", "d.md"],
            "give one of: a claim, --file CLAIMS, --review DRAFT or --eval LABELLED",
        ),
        (["a claim", "--report", "r.html"], "--report needs --file or --review"),
        (["--review", "missing-draft.md"], "draft not found: missing-draft.md"),
    ],
)
def test_mode_usage_errors(args, message, capsys):
    assert main(args) == 2
    assert capsys.readouterr().err == f"verify: error: {message}\n"


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_is_drawn_on_a_terminal_only(tmp_path, cli_cache, monkeypatch, capsys):
    claims = tmp_path / "claims.txt"
    claims.write_text("314 released since July 2023\n315 released since July 2023\n")
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stderr", terminal)
    assert main(["--file", str(claims), "--format", "jsonl", "--cache-dir", cli_cache]) == 1
    assert "checking claims" in terminal.getvalue() and "2/2" in terminal.getvalue()
    assert len(capsys.readouterr().out.splitlines()) == 2
    terminal = FakeTerminal()
    monkeypatch.setattr("sys.stderr", terminal)
    args = ["--file", str(claims), "--format", "jsonl", "--cache-dir", cli_cache, "--no-progress"]
    assert main(args) == 1
    assert "checking claims" not in terminal.getvalue()
