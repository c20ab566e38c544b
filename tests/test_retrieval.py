from verifier import retrieval


def top(demo, claim, signals=("dense", "lexical", "fuzzy"), k=3):
    vector = demo.encoder.encode([claim])[0]
    return retrieval.retrieve(claim, vector, demo.index, k=k, signals=signals)


def test_hybrid_retrieval_puts_the_stating_passage_first(demo):
    (best, *_) = top(demo, "314 released since July 2023")
    assert best.passage.citation.endswith("belarus-prisoners-2025.txt:5")
    assert best.similarity > 0 and best.lexical > 0
    assert best.score > 0


def test_each_signal_alone_returns_ranked_evidence(demo):
    for signals in (("dense",), ("lexical",), ("dense", "lexical")):
        found = top(demo, "Statkevich refused to cross into Lithuania", signals, k=5)
        assert found, signals
        assert [e.score for e in found] == sorted((e.score for e in found), reverse=True)


def test_fuzzy_matching_finds_a_transliterated_name(demo):
    # "Statkevič" is not a BM25 term of the corpus; rapidfuzz still matches "Statkevich".
    claim = "Statkevič"
    assert not demo.index.lexical.scores(claim).any()
    found = top(demo, claim, signals=("fuzzy",), k=2)
    assert found and all("Statkevich" in e.passage.text for e in found)
    assert all(e.fuzzy >= retrieval.FUZZY_CUTOFF for e in found)


def test_fuzzy_targets_are_names_and_quotes():
    targets = retrieval.fuzzy_targets("Mikola Statkevich said “we stay here” on Friday.")
    assert "Mikola Statkevich" in targets and "we stay here" in targets
    assert "Friday" not in targets
