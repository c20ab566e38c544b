"""The generated Performance block of docs/benchmarks.md, from bench/results.json."""

from __future__ import annotations


def _ok(passed: bool) -> str:
    return "met" if passed else "**not met**"


def _when(m: dict) -> str:
    return f"*Run {m['date']}, load average {m['load_average_1min_at_start']}.*"


def performance(r: dict) -> str:
    m = r["machine"]
    out = [
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}. "
        "It is shared with other work: absolute times are noisy, and the figures to compare "
        "are the ratios measured side by side in the same run. Each step says when it ran and "
        "the 1-minute load average at its end. Command: `python -m bench`.",
        "",
    ]
    if "cold" in r:
        c = r["cold"]
        out += [
            "### 1. Cold single claim",
            "",
            _when(r["cold"].get("machine", m)),
            "",
            f'`verify "314 released since July 2023"` as a whole process on the demo corpus, '
            f"index already built; median of {c['runs']} runs, interleaved with the naive start.",
            "",
            "| | median wall time | target | |",
            "|---|---|---|---|",
            f"| `verify` (ONNX query path) | {c['verify_median_s']:.2f} s | ≤ 1.0 s | "
            f"{_ok(c['verify_median_s'] <= 1.0)} |",
            f"| naive: import sentence-transformers + load model | {c['naive_median_s']:.2f} s | | |",
            f"| ratio verify / naive | {c['ratio']:.3f} | ≤ 0.2 | {_ok(c['ratio'] <= 0.2)} |",
            f'| floor: `python -c "import numpy"` | {c["python_numpy_floor_median_s"]:.2f} s | | |',
            f"| first run (builds the index, exports ONNX once) | {c['first_run_s']:.2f} s | | |",
            "",
            "Where a warm `verify` spends its time (one process, stage by stage, median of 3):",
            "",
            "| stage | seconds |",
            "|---|---|",
            *[f"| {name} | {sec:.3f} |" for name, sec in c["stages_median_s"].items()],
            "",
            "torch / sentence-transformers / transformers imported on the query path: "
            + (", ".join(c["heavy_modules_imported"]) or "none")
            + ". Slowest top-level imports (`python -X importtime`, cumulative): "
            + ", ".join(f"{name} {sec:.2f} s" for name, sec in c["top_imports"][:5])
            + ".",
            "",
        ]
    if "bulk" in r:
        b = r["bulk"]
        out += [
            "### 2. Bulk claims",
            "",
            _when(r["bulk"].get("machine", m)),
            "",
            "1,000 claims (the 769 CLIMATE-FEVER dev claims, then again from the start), "
            "checked with `Verifier.check_many` (batch 64) on an index already built, against "
            "the encoder alone on the same claims, same batch size, same run.",
            "",
            "| corpus | passages | claims/s | encoder alone, claims/s | ratio | target | |",
            "|---|---|---|---|---|---|---|",
        ]
        for key, name in (("bulk_demo", "demo"), ("bulk_climate", "CLIMATE-FEVER evidence")):
            x = b[key]
            out.append(
                f"| {name} | {x['passages']:,} | {x['claims_per_s']:.1f} | "
                f"{x['encoder_claims_per_s']:.1f} | {x['ratio']:.2f} | ≥ 0.8 | "
                f"{_ok(x['ratio'] >= 0.8)} |"
            )
        out += [
            "",
            f"Encoder backends on the same 1,000 claims: ONNX Runtime "
            f"{b['onnx_claims_per_s']:.1f} claims/s, sentence-transformers (torch) "
            f"{b['sentence_transformers_claims_per_s']:.1f} claims/s.",
            "",
            "Bulk profile on the CLIMATE-FEVER corpus (300 claims, cProfile, own time):",
            "",
            "| function | share of own time |",
            "|---|---|",
            *[
                f"| `{row['function']}` | {row['own_share']:.1%} |"
                for row in b["bulk_climate"]["profile"][:10]
            ],
            "",
            "### 3. Index build",
            "",
        ]
        x = b["build"]
        out += [
            f"CLIMATE-FEVER evidence corpus ({x['evidence_sentences']:,} distinct evidence "
            f"sentences, one jsonl document per article → {x['passages']:,} passages), from an "
            "empty cache, including reading, sentence splitting, embedding, caching and the BM25 "
            "index; against the encoder alone on the same passage texts.",
            "",
            "| | value | target | |",
            "|---|---|---|---|",
            f"| build from scratch | {x['passages_per_s']:.1f} passages/s | | |",
            f"| encoder alone | {x['encoder_passages_per_s']:.1f} passages/s | | |",
            f"| ratio | {x['ratio']:.2f} | ≥ 0.85 | {_ok(x['ratio'] >= 0.85)} |",
            f"| re-run, unchanged corpus (median of 5) | {x['rerun_median_s']:.3f} s | ≤ 0.3 s | "
            f"{_ok(x['rerun_median_s'] <= 0.3)} |",
            "",
        ]
    if "scale" in r:
        out += [
            "### 4. Scale",
            "",
            _when(r.get("scale_machine", m)),
            "",
            "Dense search only (the encoder is not involved): 200 queries, one at a time, k=10. "
            "Vectors are float16 in a memory-mapped .npy file. `ExactStore` up to 50,000 "
            "passages, `HnswStore` (usearch HNSW, float16, M=16, ef_add=64, ef_search=256) "
            "above. *topics*: random unit vectors around 1,000 random centres (nearest-passage "
            "cosine ≈ 0.6, like text embeddings); *uniform*: uniformly random unit vectors, the "
            "worst case for any approximate index. Recall@10 is against exact search. Serving "
            "RSS is the peak of a later process that maps the saved graph and answers queries; "
            "build RSS is the peak of the process that built it.",
            "",
            "| kind | passages | store | search median | p95 | recall@10 | exact scan | "
            "serving peak RSS | build time | build peak RSS |",
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for s in r["scale"]:
            out.append(
                f"| {s['kind']} | {s['n']:,} | {s['store']} | {s['search_ms_median']:.1f} ms | "
                f"{s['search_ms_p95']:.1f} ms | {s['recall_at_10']:.3f} | "
                f"{s['exact_scan_ms']:.1f} ms | {s['peak_rss_mb']:.0f} MB | {s['build_s']:.1f} s | "
                f"{s['build_peak_rss_mb']:.0f} MB |"
            )
        big = [s for s in r["scale"] if s["n"] >= 1_000_000 and s["kind"] == "topics"]
        if big:
            s = big[0]
            out += [
                "",
                f"Targets at 1M passages (topics): search ≤ 50 ms: {_ok(s['search_ms_median'] <= 50)}"
                f"; recall@10 ≥ 0.98: {_ok(s['recall_at_10'] >= 0.98)}; peak RSS ≤ 1.5 GB: "
                f"{_ok(s['peak_rss_mb'] <= 1536)} serving, "
                f"{_ok(s['build_peak_rss_mb'] <= 1536)} building.",
            ]
    return "\n".join(out)
