"""Corpus files → documents. Stage one of the pipeline.

Reads .txt, .md, .html and .jsonl files. A file that cannot be read is skipped with a
`CorpusWarning`, so one bad file never stops the rest of the corpus from being indexed.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .errors import CorpusError, CorpusWarning

TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})


@dataclass(frozen=True)
class Document:
    """One document's plain text, with a map from text offsets back to source lines."""

    source: str  # the file, as it is cited
    text: str
    title: str
    url: str | None = None
    date: str | None = None
    # text offset line_starts[i] begins source line line_numbers[i]
    line_starts: tuple[int, ...] = (0,)
    line_numbers: tuple[int, ...] = (1,)

    def line_at(self, offset: int) -> int:
        """The source line that holds the character at `offset` of `text`."""
        i = bisect.bisect_right(self.line_starts, offset) - 1
        return self.line_numbers[max(i, 0)]


@dataclass(frozen=True)
class CorpusFile:
    """A corpus file's raw bytes; the digest keys the index cache."""

    path: Path
    source: str
    data: bytes

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


def display_path(path: Path) -> str:
    """Cite files relative to the working directory when they lie under it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def supported(path: Path) -> bool:
    return path.suffix.lower() in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def discover(paths: Iterable[Path | str]) -> list[Path]:
    """Every supported file under `paths`, sorted. Missing or empty paths are errors."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise CorpusError(f"corpus path not found: {path}")
        files = [path] if path.is_file() else sorted(_walk(path))
        usable = []
        for f in files:
            if supported(f):
                usable.append(f)
            else:
                _warn(f"skipped {display_path(f)}: unsupported file type {f.suffix or '(none)'}")
        if not usable:
            raise CorpusError(f"corpus path has no .txt, .md, .html or .jsonl files: {path}")
        found.extend(usable)
    return list(dict.fromkeys(found))


def _walk(root: Path) -> Iterator[Path]:
    # os.walk does not follow symlinked folders, so a symlink loop cannot trap us.
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith("."):
                yield Path(folder) / name


def load(path: Path) -> CorpusFile | None:
    """Read a file's bytes, or warn and return None when it cannot be used."""
    source = display_path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        _warn(f"skipped {source}: cannot read ({exc.strerror or exc})")
        return None
    if b"\x00" in data[:8192]:
        _warn(f"skipped {source}: looks like a binary file")
        return None
    if not data.strip():
        _warn(f"skipped {source}: empty file")
        return None
    return CorpusFile(path=path, source=source, data=data)


def parse(file: CorpusFile) -> list[Document]:
    """The documents in one corpus file."""
    text = _decode(file)
    suffix = file.path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return list(_parse_jsonl(file.source, text))
    if suffix in HTML_SUFFIXES:
        return [_parse_html(file.source, text, file.path.stem)]
    return [_plain_document(file.source, text, _text_title(text, suffix) or "")]


def _decode(file: CorpusFile) -> str:
    try:
        text = file.data.decode("utf-8")
    except UnicodeDecodeError:
        _warn(f"{file.source}: not valid UTF-8; undecodable bytes replaced with U+FFFD")
        text = file.data.decode("utf-8", errors="replace")
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _plain_document(source: str, text: str, title: str, first_line: int = 1) -> Document:
    starts = [0]
    starts.extend(i + 1 for i, ch in enumerate(text) if ch == "\n")
    numbers = range(first_line, first_line + len(starts))
    return Document(source, text, title, line_starts=tuple(starts), line_numbers=tuple(numbers))


def _text_title(text: str, suffix: str) -> str | None:
    if suffix in {".md", ".markdown"}:
        for line in text.splitlines():
            if line.startswith("# "):
                return line[2:].strip()
    return None


def _parse_jsonl(source: str, text: str) -> Iterator[Document]:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            _warn(f"{source}:{number}: skipped line: not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            _warn(f"{source}:{number}: skipped line: expected an object with a 'text' string")
            continue
        if not record["text"].strip():
            continue
        yield Document(
            source=source,
            text=record["text"],
            title=str(record.get("title") or ""),
            url=_opt_str(record.get("url")),
            date=_opt_str(record.get("date")),
            line_starts=(0,),
            line_numbers=(number,),
        )


def _opt_str(value: object) -> str | None:
    return None if value is None else str(value)


_INVISIBLE = ("script", "style", "noscript", "template", "head")
_BLOCKS = frozenset(
    [
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "tr",
        "td",
        "th",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "table",
        "ul",
        "ol",
        "dt",
        "dd",
        "figcaption",
        "caption",
        "title",
    ]
)


def _parse_html(source: str, html: str, fallback_title: str) -> Document:
    """Visible text only, each piece mapped back to the source line it came from."""
    from bs4 import BeautifulSoup, Comment, NavigableString

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    for tag in soup(_INVISIBLE):
        tag.decompose()
    parts: list[str] = []
    starts: list[int] = []
    numbers: list[int] = []
    length = 0
    for node in soup.descendants:
        if isinstance(node, Comment) or not isinstance(node, NavigableString):
            if getattr(node, "name", None) in _BLOCKS and parts and not parts[-1].endswith("\n"):
                parts.append("\n")
                length += 1
            continue
        if type(node) is not NavigableString:  # CData, doctype, processing instructions
            continue
        piece = " ".join(str(node).split())
        if not piece:
            continue
        if parts and not parts[-1].endswith(("\n", " ")):
            parts.append(" ")
            length += 1
        line = getattr(node.parent, "sourceline", None) or 1
        starts.append(length)
        numbers.append(line)
        parts.append(piece)
        length += len(piece)
    text = "".join(parts)
    if not starts:
        starts, numbers = [0], [1]
    return Document(
        source,
        text,
        title or fallback_title,
        line_starts=tuple(starts),
        line_numbers=tuple(numbers),
    )


def _warn(message: str) -> None:
    warnings.warn(message, CorpusWarning, stacklevel=3)


def iter_files(
    paths: Iterable[Path | str], on_file: Callable[[Path], None] | None = None
) -> Iterator[CorpusFile]:
    """Discover and load every usable corpus file."""
    for path in discover(paths):
        if on_file:
            on_file(path)
        loaded = load(path)
        if loaded is not None:
            yield loaded
