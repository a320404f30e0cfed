"""Stage 3: the "wide" emotion heads and the weights that join them with the transformer's head.

Two linear models, fitted in closed form by logistic regression and shipped inside the ONNX graph
next to the transformer ("wide & deep"):
- subword: over the encoder's own tokens, x = sum_t idf[tok_t] * onehot(tok_t) / sqrt(sum_t
  idf[tok_t]^2), special tokens at idf 0 (42 k weights);
- character: over hashed character 1-3-grams and the trigrams across word boundaries ("안 좋"; char_features.py;
  computed next to the ONNX call and fed in as extra inputs), tf = 1 + ln(count), idf, L2 norm — the baseline's features and those, hashed into
  131,072 buckets (the training texts fill about 82 k of them, so 32,768 mixed n-grams heavily).
Why: a two-million-parameter transformer trained for an hour on a CPU is still under-fitted on
emotion words; linear models over n-grams are strong exactly there.

Data: the project's training split and the KOTE training split (label_map.json rule), our texts
at weight 1 and KOTE's at 1.5 since session 27 (1 in session 26, 0.5 before; the transformer weighs
KOTE 0.5). Chosen by the stacking slice's overall accuracy (`--dry-run --kote-weight W`), twice:
before and after the thirteenth writing round, 1.5 came first both times, by 2 to 5 texts of 3,000.

Ensemble weights (stacking). The graph outputs softmax(sum_h w_h * log p_h) over the three heads.
The w_h are fitted here, by maximum likelihood, on the stacking slice (common.in_stacking_slice:
10 % of the training texts that the transformer never trained on), with wide heads refitted
without that slice, so every head's predictions there are out-of-sample. Then the wide heads are
refitted on all training texts for shipping. The dev split plays no part.
"""
from __future__ import annotations

import argparse
import json
import math

import numpy as np
import scipy.sparse as sparse
import sentencepiece as spm
import torch
from scipy.optimize import minimize
from sklearn.linear_model import LogisticRegression

from char_features import BUCKETS, char_features
from common import DATA, EMOTIONS, WORK, in_stacking_slice, kote_split, load_kote, normalize
from model import Config, MaumMini

C = 10.0  # inverse L2 strength; sklearn's default scale, chosen before looking at any dev figure
HEADS = ("transformer", "subword", "character")


def subword_features(seqs: list[list[int]], idf: np.ndarray, vocab: int) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for r, s in enumerate(seqs):
        w = idf[s]
        n = float(np.sqrt((w ** 2).sum())) or 1.0
        for i, wi in zip(s, w):
            rows.append(r)
            cols.append(i)
            vals.append(wi / n)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(seqs), vocab))


def char_tf(texts: list[str]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for r, t in enumerate(texts):
        for b, c in char_features(t):
            rows.append(r)
            cols.append(b)
            vals.append(1.0 + math.log(c))
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(texts), BUCKETS))


def char_matrix(tf: sparse.csr_matrix, idf: np.ndarray) -> sparse.csr_matrix:
    x = tf.multiply(idf[None, :]).tocsr()
    norms = np.sqrt(np.asarray(x.multiply(x).sum(1))).ravel()
    return sparse.diags(1.0 / np.maximum(norms, 1e-6)) @ x


class WideHeads:
    """Both linear heads fitted on one set of texts (same recipe as the graph computes)."""

    def __init__(self, sp: spm.SentencePieceProcessor, texts: list[str], labels: list[int], weights: list[float],
                 c: float = C):
        self.sp = sp
        self.vocab = sp.get_piece_size()
        seqs = self.encode(texts)
        df = np.ones(self.vocab)
        for s in seqs:
            for i in set(s):
                df[i] += 1
        self.idf = np.log((len(seqs) + 1) / df)
        self.idf[:5] = 0.0
        self.subword = LogisticRegression(C=c, max_iter=3000).fit(
            subword_features(seqs, self.idf, self.vocab), labels, sample_weight=weights)
        tf = char_tf(texts)
        cdf = np.bincount(tf.indices, minlength=BUCKETS)
        self.cidf = np.log((len(texts) + 1) / (cdf + 1)) + 1.0
        self.buckets_used = int((cdf > 0).sum())
        self.char = LogisticRegression(C=c, max_iter=3000).fit(char_matrix(tf, self.cidf), labels, sample_weight=weights)

    def encode(self, texts: list[str]) -> list[list[int]]:
        return [[2] + x[:126] + [3] for x in self.sp.encode([normalize(t) for t in texts])]

    def log_probs(self, texts: list[str]) -> dict[str, np.ndarray]:
        return {"subword": self.subword.predict_log_proba(subword_features(self.encode(texts), self.idf, self.vocab)),
                "character": self.char.predict_log_proba(char_matrix(char_tf(texts), self.cidf))}


def transformer_log_probs(sp: spm.SentencePieceProcessor, texts: list[str]) -> np.ndarray:
    ck = torch.load(WORK / "final.pt", map_location="cpu")
    model = MaumMini(Config(**ck["config"]))
    model.load_state_dict(ck["state"])
    model.eval()
    out = []
    with torch.no_grad():
        for i in range(0, len(texts), 64):
            enc = [[2] + x[:126] + [3] for x in sp.encode([normalize(t) for t in texts[i:i + 64]])]
            width = max(map(len, enc))
            ids = torch.tensor([e + [0] * (width - len(e)) for e in enc])
            _, logits = model(ids, (ids != 0).long())
            out.append(logits.log_softmax(-1).numpy())
    return np.vstack(out)


def fit_stack_weights(parts: list[np.ndarray], labels: np.ndarray, weights: np.ndarray) -> np.ndarray:
    """Non-negative w maximising the weighted log-likelihood of softmax(sum_h w_h * log p_h)."""
    stack = np.stack(parts)  # [heads, n, 7]

    def nll(w: np.ndarray) -> float:
        z = np.tensordot(w, stack, axes=1)
        z = z - z.max(1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(1, keepdims=True))
        return float(-(weights * logp[np.arange(len(labels)), labels]).sum() / weights.sum())

    res = minimize(nll, np.full(len(parts), 1.0 / len(parts)), bounds=[(0.0, 5.0)] * len(parts), method="L-BFGS-B")
    return res.x


def main() -> None:
    ap = argparse.ArgumentParser()
    # KOTE at full weight since session 26: with session 26's transformer, whose own head reads KOTE
    # worse, weight 1 lifted the stacking slice's KOTE texts (ensemble 66.8 -> 67.3 %, character head
    # 66.6 -> 68.6 %) at no cost on ours (84.25 -> 84.21 %, one text); session 8 had found the opposite.
    ap.add_argument("--kote-weight", type=float, default=1.5, help="sample weight of KOTE texts (ours: 1)")
    ap.add_argument("--C", type=float, default=C, help="inverse L2 strength of both heads (to compare; ships at C)")
    ap.add_argument("--dry-run", action="store_true", help="print the stacking-slice figures, write nothing")
    args = ap.parse_args()
    torch.set_num_threads(2)
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    texts, labels, weights, is_kote = [], [], [], []
    for line in (DATA / "training" / "emotions_train.tsv").read_text(encoding="utf-8").splitlines():
        label, text = line.split("\t", 1)
        texts.append(text)
        labels.append(EMOTIONS.index(label))
        weights.append(1.0)
        is_kote.append(False)
    for text, _, hard in load_kote():
        if kote_split(text) == "train":
            texts.append(text)
            labels.append(hard)
            weights.append(args.kote_weight)
            is_kote.append(True)
    in_slice = np.array([in_stacking_slice(t) for t in texts])
    pick = lambda xs, mask: [x for x, m in zip(xs, mask) if m]  # noqa: E731

    # 1. Ensemble weights from out-of-sample predictions on the stacking slice.
    held = WideHeads(sp, pick(texts, ~in_slice), pick(labels, ~in_slice), pick(weights, ~in_slice), args.C)
    slice_texts = pick(texts, in_slice)
    parts = {"transformer": transformer_log_probs(sp, slice_texts), **held.log_probs(slice_texts)}
    y = np.array(pick(labels, in_slice))
    w_slice = np.array(pick(weights, in_slice))
    stack_w = fit_stack_weights([parts[h] for h in HEADS], y, w_slice)
    report = {"stacking_slice": int(in_slice.sum()), "weights": dict(zip(HEADS, np.round(stack_w, 4).tolist())),
              "slice_accuracy": {h: round(float((parts[h].argmax(1) == y).mean()), 4) for h in HEADS}}
    z = np.tensordot(stack_w, np.stack([parts[h] for h in HEADS]), axes=1)
    report["slice_accuracy"]["ensemble"] = round(float((z.argmax(1) == y).mean()), 4)
    kote_mask = np.array(pick(is_kote, in_slice))
    parts["ensemble"] = z
    report["slice_accuracy_by_source"] = {
        src: {"n": int(m.sum()), **{h: round(float((parts[h].argmax(1) == y)[m].mean()), 4) for h in (*HEADS, "ensemble")}}
        for src, m in (("ours", ~kote_mask), ("kote", kote_mask))}
    print(json.dumps(report))
    if args.dry_run:
        return

    # 2. The shipped wide heads, refitted on every training text.
    full = WideHeads(sp, texts, labels, weights, args.C)
    torch.save({"idf": torch.tensor(full.idf, dtype=torch.float32),
                "weight": torch.tensor(full.subword.coef_.T, dtype=torch.float32),  # [vocab, 7]
                "bias": torch.tensor(full.subword.intercept_, dtype=torch.float32)}, WORK / "wide.pt")
    torch.save({"idf": torch.tensor(full.cidf, dtype=torch.float32),
                "weight": torch.tensor(full.char.coef_.T, dtype=torch.float32),  # [BUCKETS, 7]
                "bias": torch.tensor(full.char.intercept_, dtype=torch.float32)}, WORK / "char.pt")
    torch.save({"heads": list(HEADS), "weights": torch.tensor(stack_w, dtype=torch.float32)}, WORK / "ensemble.pt")
    print(f"wide heads: {len(texts)} texts; subword vocab {full.vocab}; character {BUCKETS} buckets, "
          f"{full.buckets_used} used")


if __name__ == "__main__":
    main()
