"""Claims files → claims, one row at a time. The input of bulk mode (`verify --file`).

Formats, picked by the file's extension: .txt (one claim a line; blank lines and `#`
comments skipped), .csv (a `claim` column and an optional `id`), .jsonl (a `claim` field and
an optional `id`). `-` reads standard input, whose format is guessed from its first line.

Rows are read lazily, so a file of any length is checked with flat memory. A bad row becomes
a `Skip` with its line number, never an exception: one broken row must not stop the rest.
A file that cannot be read at all is an `InputError`.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .errors import InputError, UsageError

FORMATS = ("txt", "csv", "jsonl")
_SUFFIXES = {".txt": "txt", ".csv": "csv", ".jsonl": "jsonl"}


@dataclass(frozen=True)
class Row:
    """One claim to check."""

    id: str  # the row's own id, else its running number among the claims
    claim: str
    line: int  # where the row starts in the file (1-based)


@dataclass(frozen=True)
class Skip:
    """A row that could not be checked, and why."""

    line: int
    reason: str
    source: str = ""

    def __str__(self) -> str:
        return f"{self.source}:{self.line}: skipped: {self.reason}"


def read(path: str | Path, stdin: TextIO | None = None) -> Iterator[Row | Skip]:
    """Every row of a claims file, in order, as a `Row` or a `Skip`.

    The file is checked (exists, is a file, has a known extension, is text) before the
    first row is yielded, so those errors surface even if no row is ever read.
    """
    if str(path) == "-":
        stream = stdin if stdin is not None else sys.stdin
        first, lines = _peek(stream)
        return _rows(_guess_format(first), lines, "<stdin>")
    path = Path(path)
    kind = _SUFFIXES.get(path.suffix.lower())
    if not path.exists():
        raise InputError(f"claims file not found: {path}")
    if path.is_dir():
        raise InputError(f"claims file is a directory: {path}")
    if kind is None:
        raise InputError(
            f"claims file must end in .txt, .csv or .jsonl (or be - for stdin): {path}"
        )
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read claims file {path}: {exc.strerror or exc}") from None
    head = handle.read(8192)
    if _looks_binary(head):
        handle.close()
        raise InputError(f"claims file looks binary, not text: {path}")
    handle.seek(0)
    # utf-8-sig drops a BOM; undecodable bytes become U+FFFD rather than stopping the run.
    text = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="replace", newline="")
    return _closing(_rows(kind, text, str(path)), text)


#: Bytes that text does not contain (C0 controls other than tab, newlines, form feed, ESC).
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")


def _looks_binary(head: bytes) -> bool:
    """Binary when over a tenth of the first bytes are control bytes; a stray NUL or bell in
    a text file only costs the row it is in (the claim is cleaned of it)."""
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > len(head) / 10


def _closing(rows: Iterator[Row | Skip], stream: TextIO) -> Iterator[Row | Skip]:
    with stream:
        yield from rows


def _peek(stream: TextIO) -> tuple[str, Iterable[str]]:
    first = stream.readline()
    return first, itertools.chain([first], stream)


def _guess_format(first_line: str) -> str:
    line = first_line.lstrip("\ufeff").strip()
    if line.startswith("{"):
        return "jsonl"
    header = next(csv.reader([line]), [])
    if len(header) > 1 and "claim" in (h.strip().lower() for h in header):
        return "csv"
    return "txt"


def _rows(kind: str, lines: Iterable[str], source: str) -> Iterator[Row | Skip]:
    parse = {"txt": _txt, "csv": _csv, "jsonl": _jsonl}[kind]
    count = 0
    for item in parse(_universal(lines), source):
        if isinstance(item, Skip):
            yield item
            continue
        line, row_id, claim = item
        try:
            claim = _clean(claim)
        except UsageError:
            yield Skip(line, "empty claim", source)
            continue
        count += 1
        yield Row(row_id if row_id else str(count), claim, line)


def _universal(lines: Iterable[str]) -> Iterator[str]:
    """Lines without their line ending (CRLF, LF or CR), and without a leading BOM."""
    for number, line in enumerate(lines):
        if number == 0:
            line = line.lstrip("\ufeff")
        yield line.rstrip("\r\n")


def _clean(claim: str) -> str:
    from .verifier import clean_claim

    return clean_claim(claim)


def _txt(lines: Iterable[str], source: str) -> Iterator[tuple[int, str, str] | Skip]:
    for number, line in enumerate(lines, start=1):
        text = line.strip()
        if text and not text.startswith("#"):
            yield number, "", text


def _jsonl(lines: Iterable[str], source: str) -> Iterator[tuple[int, str, str] | Skip]:
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skip(number, f"not valid JSON ({exc.msg})", source)
            continue
        if not isinstance(record, dict):
            yield Skip(number, "expected a JSON object with a 'claim' field", source)
            continue
        claim = record.get("claim")
        if claim is None:
            yield Skip(number, "missing 'claim' field", source)
            continue
        if not isinstance(claim, str):
            yield Skip(number, "'claim' must be a string", source)
            continue
        yield number, _id(record.get("id")), claim


def _csv(lines: Iterable[str], source: str) -> Iterator[tuple[int, str, str] | Skip]:
    # csv counts physical lines itself, so a quoted field that spans lines keeps the count.
    reader = csv.reader(_with_newlines(lines))
    header = _next_row(reader)
    if isinstance(header, Skip) or header is None:
        raise InputError(f"claims file {source} is empty or has no CSV header")
    names = [h.strip().lower() for h in header]
    if "claim" not in names:
        raise InputError(
            f"claims file {source} has no 'claim' column (found: {', '.join(header) or 'none'})"
        )
    claim_at, id_at = names.index("claim"), names.index("id") if "id" in names else None
    while True:
        start = reader.line_num + 1
        row = _next_row(reader)
        if row is None:
            return
        if isinstance(row, Skip):
            yield Skip(start, row.reason, source)
            continue
        if not any(cell.strip() for cell in row):
            continue
        if claim_at >= len(row):
            yield Skip(start, "missing 'claim' field", source)
            continue
        row_id = row[id_at].strip() if id_at is not None and id_at < len(row) else ""
        yield start, row_id, row[claim_at]


def _with_newlines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        yield line + "\n"


def _next_row(reader) -> list[str] | Skip | None:
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        return Skip(reader.line_num, f"not valid CSV ({exc})")


def _id(value: object) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return str(value).strip()
