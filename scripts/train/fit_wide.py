"""Stage 3: the "wide" half of the emotion head — a linear model over the encoder's own
subword tokens, fitted in closed form by logistic regression and shipped inside the ONNX
graph next to the transformer ("wide & deep").

Why: a two-million-parameter transformer trained for an hour on a CPU is still
under-fitted on emotion words; a linear model over IDF-weighted subwords is strong exactly
there and costs 48 k parameters. The shipped probabilities are the normalised geometric mean
of the two (equal weights, fixed in advance, not tuned on the dev split).

Features (identical in Python and in the exported graph): x = sum_t idf[tok_t] * onehot(tok_t)
/ sqrt(sum_t idf[tok_t]^2), special tokens at idf 0. Data: the project's training split (weight 1)
and the KOTE training split (label_map.json rule, weight 0.5), as for the transformer.

A second linear model does the same over hashed character 1-3-grams (char_features.py; the
features are computed next to the ONNX call and fed in as extra inputs). Characters see what
subwords split apart (endings, spelling variants, typos), and on KOTE's real comments they are
the strongest single signal. The graph takes the normalised geometric mean of all three heads
(transformer, subword, character), equal weights fixed in advance.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sparse
import sentencepiece as spm
import torch
from sklearn.linear_model import LogisticRegression

import math

from char_features import BUCKETS, char_features
from common import DATA, EMOTIONS, WORK, kote_split, load_kote, normalize

C = 10.0  # inverse L2 strength; sklearn's default scale, chosen before looking at any dev figure


def features(seqs: list[list[int]], idf: np.ndarray, vocab: int) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for r, s in enumerate(seqs):
        w = idf[s]
        n = float(np.sqrt((w ** 2).sum())) or 1.0
        for i, wi in zip(s, w):
            rows.append(r)
            cols.append(i)
            vals.append(wi / n)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(seqs), vocab))


def main() -> None:
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    vocab = sp.get_piece_size()
    texts, labels, weights = [], [], []
    for line in (DATA / "training" / "emotions_train.tsv").read_text(encoding="utf-8").splitlines():
        label, text = line.split("\t", 1)
        texts.append(text)
        labels.append(EMOTIONS.index(label))
        weights.append(1.0)
    for text, _, hard in load_kote():
        if kote_split(text) == "train":
            texts.append(text)
            labels.append(hard)
            weights.append(0.5)
    seqs = [[2] + x + [3] for x in sp.encode([normalize(t) for t in texts])]
    df = np.ones(vocab)
    for s in seqs:
        for i in set(s):
            df[i] += 1
    idf = np.log((len(seqs) + 1) / df)
    idf[:5] = 0.0
    x = features(seqs, idf, vocab)
    lr = LogisticRegression(C=C, max_iter=3000).fit(x, labels, sample_weight=weights)
    torch.save({"idf": torch.tensor(idf, dtype=torch.float32),
                "weight": torch.tensor(lr.coef_.T, dtype=torch.float32),  # [vocab, 7]
                "bias": torch.tensor(lr.intercept_, dtype=torch.float32)}, WORK / "wide.pt")
    print(f"wide head: {len(seqs)} texts, vocab {vocab}, train acc {lr.score(x, labels):.3f}")

    # Character n-grams: tf = 1 + ln(count), idf over the same texts, L2 norm (as in the graph).
    rows, cols, vals = [], [], []
    for r, t in enumerate(texts):
        for b, c in char_features(t):
            rows.append(r)
            cols.append(b)
            vals.append(1.0 + math.log(c))
    tf = sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), BUCKETS))
    cdf = np.bincount(tf.indices, minlength=BUCKETS)
    cidf = np.log((len(texts) + 1) / (cdf + 1)) + 1.0
    xc = tf.multiply(cidf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(xc.multiply(xc).sum(1))).ravel()
    xc = sparse.diags(1.0 / np.maximum(norms, 1e-6)) @ xc
    lc = LogisticRegression(C=C, max_iter=3000).fit(xc, labels, sample_weight=weights)
    torch.save({"idf": torch.tensor(cidf, dtype=torch.float32),
                "weight": torch.tensor(lc.coef_.T, dtype=torch.float32),  # [BUCKETS, 7]
                "bias": torch.tensor(lc.intercept_, dtype=torch.float32)}, WORK / "char.pt")
    print(f"char head: {BUCKETS} buckets, {int((cdf > 0).sum())} used, train acc {lc.score(xc, labels):.3f}")


if __name__ == "__main__":
    main()
