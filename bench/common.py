"""Shared helpers: where the benchmark data lives, the machine, timing."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: CLIMATE-FEVER lives in the shared folder beside the repository, never in it.
BENCH_DATA = Path(os.environ.get("VERIFIER_BENCH_DATA", ROOT.parent / "shared" / "bench"))
CLIMATE_FEVER = BENCH_DATA / "climate-fever-dev.jsonl"
DEMO_CORPUS = ROOT / "corpus"
CLAIM = "314 released since July 2023"


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = float("nan")
    return {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
        "python": platform.python_version(),
        "load_average_1min_at_start": round(load, 2),  # when this dict is made
    }


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def wall(cmd: list[str], env: dict | None = None) -> float:
    """Wall time of a whole process, its output discarded."""
    start = time.perf_counter()
    subprocess.run(
        cmd, env=env, cwd=ROOT, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    return time.perf_counter() - start


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def climate_rows() -> list[dict]:
    with CLIMATE_FEVER.open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream if line.strip()]


def climate_claims(n: int = 1000) -> list[str]:
    """`n` claims: the 769 CLIMATE-FEVER dev claims, then again from the start."""
    claims = [row["claim"] for row in climate_rows()]
    return [claims[i % len(claims)] for i in range(n)]


def write_climate_corpus(folder: Path) -> tuple[Path, int]:
    """The distinct evidence sentences as a jsonl corpus, one document per article."""
    articles: dict[str, list[str]] = {}
    seen: set[str] = set()
    for row in climate_rows():
        for ev in row["evidences"]:
            if ev["evidence"] in seen:
                continue
            seen.add(ev["evidence"])
            articles.setdefault(ev["article"], []).append(ev["evidence"])
    path = folder / "climate-fever-evidence.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for title, sentences in articles.items():
            record = {"title": title.replace("_", " "), "text": "\n".join(sentences)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path, len(seen)


def python() -> str:
    return sys.executable
