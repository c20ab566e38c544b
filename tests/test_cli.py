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
