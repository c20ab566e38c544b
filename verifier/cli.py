"""The `verify` command: parses arguments, runs the library, renders the report.

No verdict logic lives here. Errors from the library become one-line messages on stderr.
Exit status: 0 when no claim is CONTRADICTED or CONFLICTING, 1 when one is, 2 on a usage
or input error.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import os
import sys
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__, config
from .errors import CorpusWarning, InputError, UsageError, VerifierError
from .render import FORMATS, renderer
from .report import Item, Report
from .verdict import Label

EXIT_OK, EXIT_FLAGGED, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a closed pipe
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
        "--file",
        metavar="CLAIMS",
        help="check every claim in a .txt, .csv or .jsonl file (- reads standard input)",
    )
    p.add_argument(
        "--review",
        type=Path,
        metavar="DRAFT",
        help="find and check the claims in a .md, .txt or .html draft",
    )
    p.add_argument(
        "--eval",
        type=Path,
        metavar="LABELLED",
        help="score verdicts against a labelled .jsonl file (claim, label): accuracy, "
        "per-class P/R/F1, macro-F1, confusion matrix, evidence recall@k, calibration",
    )
    p.add_argument(
        "--report",
        type=Path,
        metavar="FILE",
        help="with --review or --file: also write a self-contained HTML report to FILE",
    )
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
        except BrokenPipeError:
            # The reader went away (`verify ... | head`): stop quietly, as Unix tools do, and
            # point stdout at /dev/null so the flush at exit cannot fail again.
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return EXIT_BROKEN_PIPE


def run(args: argparse.Namespace, stderr: TextIO) -> int:
    given = [args.claim is not None, args.file is not None, args.review is not None]
    given.append(args.eval is not None)
    if sum(given) > 1:
        raise UsageError("give one of: a claim, --file CLAIMS, --review DRAFT or --eval LABELLED")
    if args.eval is not None:
        return evaluate_file(args, stderr)
    if args.report is not None and not (args.file or args.review):
        raise UsageError("--report needs --file or --review")
    if args.file is not None:
        report = check_file(args, stderr)
    elif args.review is not None:
        report = review_draft(args, stderr)
    else:
        report = check_claim(args, stderr)
    _write(report, args)
    if args.report is not None:
        _write_file(report, "html", args.report)
    return exit_status(report, args.fail_on)


def check_claim(args: argparse.Namespace, stderr: TextIO) -> Report:
    """`verify "CLAIM"`: one claim."""
    from .verifier import clean_claim

    if args.claim is None:
        raise UsageError('give a claim to check, e.g. verify "314 released since July 2023"')
    claim = clean_claim(args.claim)
    with _progress(stderr, disabled=args.no_progress) as progress:
        verifier = _verifier(args, progress)
    return Report(items=(Item(verifier.check(claim)),), mode="claim")


def check_file(args: argparse.Namespace, stderr: TextIO) -> Report:
    """`verify --file CLAIMS`: every row of a claims file; bad rows are skipped and counted."""
    from . import claims

    rows = claims.read(args.file, sys.stdin)  # a missing or unusable file fails here, early
    # A file is read twice: counting its rows first (cheap next to checking them) gives the
    # progress bar a total. Standard input can be read only once.
    total = None if args.file == "-" else sum(isinstance(r, claims.Row) for r in rows)
    if total is not None:
        rows = claims.read(args.file)
    skipped: list[str] = []
    pending: collections.deque[claims.Row] = collections.deque()

    def texts() -> Iterator[str]:
        for row in rows:
            if isinstance(row, claims.Skip):
                skipped.append(str(row))
            else:
                pending.append(row)  # the row's verdict comes back in order, a batch later
                yield row.claim

    items: list[Item] = []
    with _progress(stderr, disabled=args.no_progress) as progress:
        verifier = _verifier(args, progress)
        for verdict in _counted(verifier.check_many(texts()), total, progress):
            row = pending.popleft()
            items.append(Item(verdict, id=row.id, line=row.line))
    for message in skipped:
        print(f"verify: warning: {message}", file=stderr)
    source = "<stdin>" if args.file == "-" else str(args.file)
    return Report(items=tuple(items), mode="file", source=source, skipped=tuple(skipped))


def review_draft(args: argparse.Namespace, stderr: TextIO) -> Report:
    """`verify --review DRAFT`: the check-worthy claims of a draft, each with its span."""
    from . import review

    draft = review.read(args.review)
    with _progress(stderr, disabled=args.no_progress) as progress:
        verifier = _verifier(args, progress)
        verdicts = _counted(
            verifier.check_many(c.text for c in draft.claims), len(draft.claims), progress
        )
        return review.to_report(draft, verdicts)


def evaluate_file(args: argparse.Namespace, stderr: TextIO) -> int:
    """`verify --eval LABELLED`: how often the verdicts agree with gold labels."""
    from . import evaluate
    from .render import evaluation

    items = list(evaluate.read_labelled(args.eval))
    if not items:
        raise InputError(f"no labelled claims in {args.eval}")
    with _progress(stderr, disabled=args.no_progress) as progress:
        verifier = _verifier(args, progress, top_k=max(args.top_k, *evaluate.RECALL_AT))
        verdicts = list(_counted(verifier.check_many(i.claim for i in items), len(items), progress))
    result = evaluate.evaluate(items, verdicts, evaluate.rankings(verdicts))
    if args.output is None:
        evaluation.render(result, sys.stdout, args.format)
    else:
        with open(args.output, "w", encoding="utf-8") as stream:
            evaluation.render(result, stream, args.format)
    return EXIT_OK


def _verifier(args: argparse.Namespace, progress: Callable | None, top_k: int | None = None):
    from .verifier import Verifier

    verifier = Verifier(
        corpus=args.corpus,
        top_k=top_k or args.top_k,
        cache_dir=args.cache_dir,
        nli_model=args.nli_model,
        progress=progress,
    )
    verifier.index  # noqa: B018  build (or load) the index under the progress bar
    return verifier


def _counted(verdicts: Iterable, total: int | None, progress: Callable | None) -> Iterator:
    """Pass verdicts through, moving the progress bar one claim at a time."""
    for done, verdict in enumerate(verdicts, start=1):
        if progress:
            progress(done, total, "checking claims")
        yield verdict


def exit_status(report: Report, fail_on: str) -> int:
    flagged = FAIL_ON[fail_on]
    return EXIT_FLAGGED if any(i.verdict.label in flagged for i in report.items) else EXIT_OK


def _write(report: Report, args: argparse.Namespace) -> None:
    if args.output is None:
        renderer(args.format)(report, sys.stdout)
    else:
        _write_file(report, args.format, args.output)


def _write_file(report: Report, format: str, path: Path) -> None:
    render = renderer(format)
    try:
        with open(path, "w", encoding="utf-8", newline="") as stream:
            render(report, stream)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None


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
