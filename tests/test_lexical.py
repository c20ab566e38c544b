"""The numpy BM25 gives bm25s's scores, without importing bm25s on the query path."""

from __future__ import annotations

import bm25s
import numpy as np

from verifier.lexical import STEMMER, Lexical, tokenize

TEXTS = [
    "The 52 prisoners pardoned on Thursday join 314 others released since July 2023.",
    "Many of Belarus's political prisoners have been in jail since 2020.",
    "Lukashenko claimed victory in presidential elections widely condemned as rigged.",
    "Prisoners, prisoners and more prisoners.",
    "",
    "the of and",
    "Ünïcödé wörds and 漢字 count too.",
]
QUERIES = [
    "314 released since July 2023",
    "pardoned prisoners",
    "prisoners prisoners",
    "the of and",
    "!!",
    "wörds 漢字",
    "unknownword",
    "",
]


def test_scores_equal_bm25s():
    reference = bm25s.BM25()
    stem = STEMMER.stemWords
    reference.index(
        bm25s.tokenize(TEXTS, stopwords="en", stemmer=stem, show_progress=False),
        show_progress=False,
    )
    ours = Lexical(TEXTS)
    for query in QUERIES:
        tokens = bm25s.tokenize(
            [query], stopwords="en", stemmer=stem, show_progress=False, return_ids=False
        )[0]
        expected = np.asarray(reference.get_scores(tokens)) if tokens else np.zeros(len(TEXTS))
        assert np.allclose(ours.scores(query), expected, atol=1e-5), query


def test_tokenizer_and_stopwords_match_bm25s():
    from bm25s.stopwords import STOPWORDS_EN

    from verifier.lexical import STOPWORDS

    assert frozenset(STOPWORDS_EN) == STOPWORDS
    assert tokenize("The Prisoners' release, in 2023!") == ["prison", "releas", "2023"]


def test_empty_corpus_and_query():
    assert Lexical([]).scores("anything").shape == (0,)
    assert not Lexical(["a text"]).scores("").any()
