"""The `verify` command: parses arguments, runs the library, renders the report.

No verdict logic lives here. Errors from the library become one-line messages on stderr.
Exit status: 0 when no claim is CONTRADICTED or CONFLICTING, 1 when one is, 2 on a usage
or input error.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import warnings
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, config
from .errors import CorpusWarning, UsageError, VerifierError
from .render import FORMATS, renderer
from .report import Item, Report
from .verdict import Label

EXIT_OK, EXIT_FLAGGED, EXIT_USAGE = 0, 1, 2
FAIL_ON = {
    "contradicted": {Label.CONTRADICTED, Label.CONFLICTING},
    "unsupported": {Label.CONTRADICTED, Label.CONFLICTING, Label.NOT_ENOUGH_EVIDENCE},
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # argparse's own errors: one line, status 2
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="verify",
        description="Check claims against a local corpus of trusted documents, offline.",
        epilog=f"The default corpus is ${config.CORPUS_ENV}, else the demo corpus. "
        f"The index cache lives in ${config.CACHE_ENV} (default ~/.cache/verifier).",
    )
    p.add_argument("claim", nargs="?", help="the claim to check, in quotes")
    p.add_argument(
        "--corpus",
        action="append",
        type=Path,
        metavar="PATH",
        help="a corpus file or folder (repeatable)",
    )
    p.add_argument("--format", default="rich", choices=list(FORMATS), help="output format")
    p.add_argument("--top-k", type=int, default=5, metavar="N", help="evidence passages shown")
    p.add_argument("--output", type=Path, metavar="FILE", help="write the output to FILE")
    p.add_argument(
        "--fail-on",
        choices=list(FAIL_ON),
        default="contradicted",
        help="which verdicts give exit status 1",
    )
    p.add_argument("--cache-dir", type=Path, metavar="DIR", help="where the index cache lives")
    p.add_argument(
        "--nli-model",
        metavar="NAME_OR_PATH",
        help="optional sentence-transformers CrossEncoder NLI model, combined with the checks",
    )
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.add_argument("--version", action="version", version=f"verify {__version__}")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    stderr = sys.stderr
    with _warnings_as_lines(stderr):
        try:
            args = build_parser().parse_args(argv)
            return run(args, stderr)
        except VerifierError as exc:
            print(f"verify: error: {exc}", file=stderr)
            return EXIT_USAGE
        except KeyboardInterrupt:
            print("verify: interrupted", file=stderr)
            return 130


def run(args: argparse.Namespace, stderr: TextIO) -> int:
    from .verifier import Verifier, clean_claim

    if args.claim is None:
        raise UsageError('give a claim to check, e.g. verify "314 released since July 2023"')
    claim = clean_claim(args.claim)
    with _progress(stderr, disabled=args.no_progress) as progress:
        verifier = Verifier(
            corpus=args.corpus,
            top_k=args.top_k,
            cache_dir=args.cache_dir,
            nli_model=args.nli_model,
            progress=progress,
        )
        verifier.index  # noqa: B018  build (or load) the index under the progress bar
    report = Report(items=(Item(verifier.check(claim)),), mode="claim")
    _write(report, args)
    return exit_status(report, args.fail_on)


def exit_status(report: Report, fail_on: str) -> int:
    flagged = FAIL_ON[fail_on]
    return EXIT_FLAGGED if any(i.verdict.label in flagged for i in report.items) else EXIT_OK


def _write(report: Report, args: argparse.Namespace) -> None:
    render = renderer(args.format)
    if args.output is None:
        render(report, sys.stdout)
        return
    try:
        with open(args.output, "w", encoding="utf-8", newline="") as stream:
            render(report, stream)
    except OSError as exc:
        raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None


@contextlib.contextmanager
def _warnings_as_lines(stream: TextIO) -> Iterator[None]:
    def show(message, category, filename, lineno, file=None, line=None):
        if issubclass(category, CorpusWarning):
            print(f"verify: warning: {message}", file=stream)
        else:
            print(f"verify: warning: {category.__name__}: {message}", file=stream)

    with warnings.catch_warnings():
        warnings.simplefilter("always", CorpusWarning)
        warnings.showwarning = show
        yield


@contextlib.contextmanager
def _progress(stream: TextIO, disabled: bool) -> Iterator:
    """A rich progress bar on a terminal; nothing when output is piped or disabled."""
    if disabled or not stream.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    bar = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(file=stream),
        transient=True,
    )
    task = bar.add_task("indexing", total=None)

    def update(done: int, total: int, description: str) -> None:
        bar.update(task, completed=done, total=total, description=description)

    with bar:
        yield update
