"""Run the performance benchmarks and write their figures into docs/benchmarks.md.

    python -m bench                 # everything (the 1M-passage HNSW build takes a while)
    python -m bench --only cold,bulk
    python -m bench --sizes 10000,100000

Results also go to bench/results.json. Only the block between the `bench:performance`
markers of docs/benchmarks.md is rewritten; the text around it is kept.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from .common import ROOT, machine, python

RESULTS = ROOT / "bench" / "results.json"
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- bench:performance:start -->", "<!-- bench:performance:end -->"
STEPS = ("cold", "bulk", "scale")


def scale(sizes: list[int], kinds: list[str], folder: Path) -> list[dict]:
    """Each (kind, size): build in one process, serve in another (their own peak RSS).

    A build result is kept beside its graph, so a re-run reuses a graph built earlier and
    still reports the build that made it."""
    folder.mkdir(parents=True, exist_ok=True)
    rows = []
    for kind in kinds:
        for n in sizes:
            saved = folder / f"result-build-{kind}-{n}.json"
            graph = folder / f"graph-{kind}-{n}.usearch"
            if saved.exists() and (
                graph.exists() or json.loads(saved.read_text())["store"] == "ExactStore"
            ):
                built = json.loads(saved.read_text())
            else:
                built = _phase("build", kind, n, folder)
                saved.write_text(json.dumps(built))
            served = _phase("serve", kind, n, folder)
            rows.append(
                {**served, "build_s": built["build_s"], "build_peak_rss_mb": built["peak_rss_mb"]}
            )
            print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def _phase(phase: str, kind: str, n: int, folder: Path) -> dict:
    out = subprocess.run(
        [python(), "-m", "bench.scale", phase, kind, str(n), str(folder)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--only", default=",".join(STEPS), help=f"comma-separated: {', '.join(STEPS)}"
    )
    parser.add_argument("--sizes", default="10000,100000,1000000", help="scale: passage counts")
    parser.add_argument("--kinds", default="topics,uniform", help="scale: vector kinds")
    parser.add_argument("--uniform-max", type=int, default=100_000, help="largest uniform size")
    parser.add_argument("--runs", type=int, default=7, help="cold: runs of each command")
    parser.add_argument("--scale-dir", type=Path, default=Path("/tmp/verifier-bench-scale"))
    args = parser.parse_args(argv)
    steps = [s for s in args.only.split(",") if s]
    results: dict = {"machine": machine()}
    if "cold" in steps:
        from . import cold

        results["cold"] = {**cold.run(args.runs), "machine": machine()}
    if "bulk" in steps:
        from . import bulk

        results["bulk"] = {**bulk.run(), "machine": machine()}
    if "scale" in steps:
        sizes = [int(s) for s in args.sizes.split(",")]
        rows = []
        for kind in args.kinds.split(","):
            kept = [n for n in sizes if kind != "uniform" or n <= args.uniform_max]
            rows += scale(kept, [kind], args.scale_dir)
        results["scale"] = rows
        results["scale_machine"] = machine()
    # Another run may have written other steps meanwhile: keep them, replace only ours.
    fresh = {k: results[k] for k in (*steps, "machine", "scale_machine") if k in results}
    latest = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
    results = {**latest, **fresh}
    RESULTS.write_text(json.dumps(results, indent=1) + "\n")
    write_doc(results)
    print(f"wrote {RESULTS.relative_to(ROOT)} and {DOC.relative_to(ROOT)}")


def write_doc(results: dict) -> None:
    from .report import performance

    block = f"{START}\n{performance(results)}\n{END}"
    text = (
        DOC.read_text()
        if DOC.exists()
        else f"# Benchmarks\n\n## Performance\n\n{START}\n{END}\n\n## Accuracy\n"
    )
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    DOC.write_text(head + block + tail)


if __name__ == "__main__":
    main()
