"""Bulk claims and index build, in one process: pipeline throughput against the raw
encoder's, at the same batch size, measured side by side."""

from __future__ import annotations

import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

from verifier import Verifier
from verifier.embedding import BATCH_SIZE, Encoder
from verifier.index import Index, embedding_text

from .common import DEMO_CORPUS, climate_claims, median, timed, write_climate_corpus


def note(step: str) -> None:
    print(f"bench: {step}", file=sys.stderr, flush=True)


def encoder_rate(encoder: Encoder, texts: list[str], repeats: int = 3) -> float:
    """Sentences per second of the model alone (tokenise, run, pool, normalise)."""
    return len(texts) / median(
        [timed(lambda: encoder.encode(texts, BATCH_SIZE)) for _ in range(repeats)]
    )


def bulk(encoder: Encoder, corpus: Path, claims: list[str], cache: Path) -> dict:
    verifier = Verifier(corpus=corpus, cache_dir=cache, encoder=encoder)
    verifier.index.lexical  # noqa: B018  the index is built before timing, as on a second run
    verifier.index.store  # noqa: B018
    list(verifier.check_many(claims[:BATCH_SIZE]))  # warm-up batch
    pipeline, raw = [], []
    for _ in range(2):  # interleaved, so that load from other processes hits both alike
        fresh = Verifier(corpus=corpus, cache_dir=cache, encoder=encoder)
        fresh._index = verifier.index  # the same loaded index; per-claim caches start empty
        pipeline.append(timed(lambda v=fresh: list(v.check_many(claims, BATCH_SIZE))))
        raw.append(timed(lambda: encoder.encode(claims, BATCH_SIZE)))
    rate = len(claims) / median(pipeline)
    encoder_only = len(claims) / median(raw)
    return {
        "claims": len(claims),
        "passages": len(verifier.index),
        "claims_per_s": rate,
        "encoder_claims_per_s": encoder_only,
        "ratio": rate / encoder_only,
        "encode_share": median(raw) / median(pipeline),
        "profile": profile(encoder, corpus, claims, cache, verifier.index),
    }


def profile(encoder: Encoder, corpus: Path, claims: list[str], cache: Path, index: Index) -> list:
    """Where bulk time goes beyond the encoder: the top functions by own time."""
    fresh = Verifier(corpus=corpus, cache_dir=cache, encoder=encoder)
    fresh._index = index
    profiler = cProfile.Profile()
    profiler.enable()
    list(fresh.check_many(claims[:300], BATCH_SIZE))
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    rows = []
    total = sum(v[2] for v in stats.stats.values())
    for (file, line, name), (_, _, own, cumulative, _) in stats.stats.items():
        rows.append((f"{Path(file).name}:{line}({name})", own, cumulative))
    rows.sort(key=lambda r: -r[1])
    return [
        {"function": f, "own_share": own / total, "cumulative_s": cum} for f, own, cum in rows[:12]
    ]


def build(encoder: Encoder, corpus: Path, folder: Path) -> dict:
    """Index build from scratch, then again on the unchanged corpus."""
    cache = folder / "cache"  # the bulk runs that follow reuse this index
    start = time.perf_counter()
    index = Index.build([corpus], encoder, cache)
    index.lexical  # noqa: B018
    index.store  # noqa: B018
    scratch = time.perf_counter() - start
    texts = [embedding_text(p) for p in index.passages]
    raw = len(texts) / timed(lambda: encoder.encode(texts, BATCH_SIZE))
    reruns = []
    for _ in range(5):
        start = time.perf_counter()
        again = Index.build([corpus], encoder, cache)
        again.lexical  # noqa: B018
        again.store  # noqa: B018
        reruns.append(time.perf_counter() - start)
    rate = len(index) / scratch
    return {
        "passages": len(index),
        "passages_per_s": rate,
        "encoder_passages_per_s": raw,
        "ratio": rate / raw,
        "rerun_median_s": median(reruns),
        "rerun_all_s": reruns,
        "rerun_reused_files": again.stats.reused,
    }


def run() -> dict:
    encoder = Encoder()
    encoder.encode(["warm up"])
    claims = climate_claims(1000)
    with tempfile.TemporaryDirectory(prefix="verifier-bench-bulk-") as tmp:
        folder = Path(tmp)
        climate, sentences = write_climate_corpus(folder)
        note("index build")
        result = {"build": build(encoder, climate, folder)}
        result["build"]["evidence_sentences"] = sentences
        note("bulk, demo corpus")
        result["bulk_demo"] = bulk(encoder, DEMO_CORPUS, claims, folder / "cache")
        note("bulk, CLIMATE-FEVER corpus")
        result["bulk_climate"] = bulk(encoder, climate, claims, folder / "cache")
        note("encoder backends")
        st = Encoder(backend="sentence-transformers")
        result["sentence_transformers_claims_per_s"] = encoder_rate(st, claims, repeats=1)
        result["onnx_claims_per_s"] = encoder_rate(encoder, claims, repeats=1)
    return result


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=1))
