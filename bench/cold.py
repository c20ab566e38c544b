"""Cold single claim: `verify "CLAIM"` as a whole process, index already built, against the
naive start of importing sentence-transformers and loading the model, in the same run."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile

from .common import CLAIM, DEMO_CORPUS, ROOT, median, python, wall

NAIVE = (
    "from sentence_transformers import SentenceTransformer; from verifier import config; "
    "SentenceTransformer(str(config.model_path()), device='cpu')"
)

#: Times each stage of one warm `verify` inside a single process.
STAGES = r"""
import json, sys, time
t0 = time.perf_counter()
marks = {}
import numpy
marks["import numpy"] = time.perf_counter()
from verifier import cli, verifier as vmod
from verifier.render import renderer
marks["import verifier (cli, judge, retrieval)"] = time.perf_counter()
v = vmod.Verifier(corpus=sys.argv[1])
v.index
marks["load index from cache"] = time.perf_counter()
import onnxruntime
marks["import onnxruntime"] = time.perf_counter()
v.encoder.backend
marks["onnxruntime session (90 MB model)"] = time.perf_counter()
vector = v.encoder.encode([sys.argv[2]])
marks["encode the claim"] = time.perf_counter()
v.index.lexical
marks["BM25 index"] = time.perf_counter()
verdict = v.check(sys.argv[2])
marks["retrieve + judge"] = time.perf_counter()
import io
from verifier.report import Item, Report
renderer("rich")(Report(items=(Item(verdict),), mode="claim"), io.StringIO())
marks["render (rich)"] = time.perf_counter()
heavy = [m for m in ("torch", "sentence_transformers", "transformers") if m in sys.modules]
out, last = {}, t0
for name, t in marks.items():
    out[name] = t - last
    last = t
print(json.dumps({"stages": out, "heavy_modules": heavy}))
"""


def run(runs: int = 7) -> dict:
    with tempfile.TemporaryDirectory(prefix="verifier-bench-cold-") as tmp:
        env = {**os.environ, "VERIFIER_CACHE": tmp, "COLUMNS": "100"}
        # Python caches compiled modules, unless told not to, as this machine's environment
        # does: then every run would compile the package's source again (about 0.1 s), which
        # no installed copy does (pip compiles it, and an editable one is cached on first use).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        verify = [python(), "-m", "verifier", CLAIM, "--corpus", str(DEMO_CORPUS)]
        # builds the index, exports the ONNX model and caches the bytecode, once
        first = wall(verify, env)
        cold, naive, floor = [], [], []
        for _ in range(runs):  # interleaved, so load from other processes hits both alike
            cold.append(wall(verify, env))
            naive.append(wall([python(), "-c", NAIVE], env))
            floor.append(wall([python(), "-c", "import numpy"], env))
        stages = [
            json.loads(
                subprocess.run(
                    [python(), "-c", STAGES, str(DEMO_CORPUS), CLAIM],
                    env=env,
                    cwd=ROOT,
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
            )
            for _ in range(3)
        ]
        imports = _top_imports(verify, env)
    names = list(stages[0]["stages"])
    return {
        "first_run_s": first,
        "runs": runs,
        "verify_median_s": median(cold),
        "verify_all_s": cold,
        "naive_median_s": median(naive),
        "naive_all_s": naive,
        "python_numpy_floor_median_s": median(floor),
        "ratio": median(cold) / median(naive),
        "stages_median_s": {n: median([s["stages"][n] for s in stages]) for n in names},
        "heavy_modules_imported": stages[0]["heavy_modules"],
        "top_imports": imports,
    }


def _top_imports(verify: list[str], env: dict, n: int = 8) -> list[tuple[str, float]]:
    """The slowest top-level imports of one warm run (python -X importtime), in seconds."""
    result = subprocess.run(
        [verify[0], "-X", "importtime", *verify[1:]],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    top = []
    for line in result.stderr.splitlines():
        parts = line.split("|")
        # A top-level import is printed with one space before its name; nested ones indent.
        if len(parts) == 3 and parts[1].strip().isdigit() and not parts[2].startswith("  "):
            top.append((parts[2].strip(), int(parts[1]) / 1e6))
    return sorted(top, key=lambda r: -r[1])[:n]


if __name__ == "__main__":
    print(json.dumps(run(3), indent=1))
