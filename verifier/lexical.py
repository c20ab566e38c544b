"""BM25 over passage texts in plain numpy: bm25s's defaults (Lucene BM25, k1=1.5, b=0.75,
its tokeniser and English stop words, Snowball stemming via PyStemmer), without importing bm25s.

Importing bm25s pulls in scipy.sparse and tqdm, which cost more than half a second on every
cold `verify`; the same scores are a few numpy lines. tests/test_lexical.py checks that the
scores equal bm25s's.
"""

from __future__ import annotations

import re

import numpy as np
import Stemmer

K1 = 1.5
B = 0.75
#: bm25s's tokeniser: lower-cased runs of two or more word characters.
TOKEN = re.compile(r"(?u)\b\w\w+\b")
#: bm25s's `stopwords="en"` list.
STOPWORDS = frozenset(
    "a an and are as at be but by for if in into is it no not of on or such that the their "
    "then there these they this to was will with".split()
)


#: Stemming lets "populations" find "population": on CLIMATE-FEVER dev it raised BM25's
#: evidence recall@5 from 0.55 to 0.61 (docs/benchmarks.md).
STEMMER = Stemmer.Stemmer("english")


def tokenize(text: str) -> list[str]:
    """Terms of `text`: its words less the stop words, stemmed."""
    return STEMMER.stemWords([w for w in TOKEN.findall(text.lower()) if w not in STOPWORDS])


class Lexical:
    """BM25 over passage texts, with English stop words removed.

    Per-term scores are precomputed into a compressed sparse layout (term → passages and
    their score), so a query adds up a few short arrays.
    """

    def __init__(self, texts: list[str]):
        self.size = len(texts)
        vocab: dict[str, int] = {}
        term_ids: list[int] = []
        doc_ids: list[int] = []
        lengths = np.zeros(len(texts), dtype=np.float32)
        for doc, text in enumerate(texts):
            tokens = tokenize(text)
            lengths[doc] = len(tokens)
            for token in tokens:
                term_ids.append(vocab.setdefault(token, len(vocab)))
                doc_ids.append(doc)
        self.vocab = vocab
        terms = np.asarray(term_ids, dtype=np.int64)
        docs = np.asarray(doc_ids, dtype=np.int64)
        # Term frequency of each (term, passage) pair, grouped by term.
        pairs, tf = np.unique(terms * max(self.size, 1) + docs, return_counts=True)
        pair_terms, pair_docs = np.divmod(pairs, max(self.size, 1))
        df = np.bincount(pair_terms, minlength=len(vocab)).astype(np.float64)
        idf = np.log(1 + (self.size - df + 0.5) / (df + 0.5))
        average = float(lengths.mean()) if self.size else 1.0
        norm = K1 * ((1 - B) + B * lengths[pair_docs] / max(average, 1e-9))
        self.data = (idf[pair_terms] * tf / (norm + tf)).astype(np.float32)
        self.docs = pair_docs.astype(np.int32)
        self.indptr = np.concatenate([[0], np.cumsum(df.astype(np.int64))])

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of `query` against every passage (0 where no term matches)."""
        out = np.zeros(self.size, dtype=np.float32)
        for token in tokenize(query):
            term = self.vocab.get(token)
            if term is None:
                continue
            lo, hi = self.indptr[term], self.indptr[term + 1]
            out[self.docs[lo:hi]] += self.data[lo:hi]  # a term lists each passage once
        return out
