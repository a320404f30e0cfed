"""Stage 3b: the character part of the sentence embedding (model.CharSketch).

Fits an idf over hashed character 1-2-grams (char_features.sketch_features) on the sentence-pair corpora: KorSTS
train, Korean XNLI, ChatbotData questions and the project's paraphrase groups (never KorSTS dev).
Which texts: measured by the sketch-free tf-idf cosine on KorSTS *train* (no score is fitted, so
train is a fair yardstick; --compare prints every figure): these texts beat a broader mix that adds
NSMC, the intents' examples and the emotion training texts. 1-2-grams rather than the emotion head's
1-3-grams: trigrams make the cosine too literal (exact tf-idf cosine on KorSTS train 0.639 with them,
0.652 without; session 20). Each bucket also gets a seeded random sign; the graph folds sign and idf
into one table.

Usage: python3 scripts/train/fit_sketch.py            (writes .cache/train/sketch.pt)
       python3 scripts/train/fit_sketch.py --compare  (the KorSTS-train figures behind the choices)
"""
from __future__ import annotations

import argparse
import math

import numpy as np
import torch
from scipy.stats import spearmanr

from char_features import BUCKETS, ORDERS, SKETCH_ORDERS, char_features
from common import (DATA, SEED, WORK, chatbot_questions, kote_split, load_intents, load_korsts, load_kote,
                    load_paraphrase_groups, load_xnli, normalize, nsmc_reviews)

# Sketch width: collisions add noise to every cosine. On KorSTS train (--compare) 512 dimensions
# score 0.643, 768 0.648, 1024 0.647 (the exact vector 0.652).
DIM = 768
# Each bucket is weighted idf ** IDF_POWER: rarer n-grams (content words, names) count for more than
# plain tf-idf gives them, while particles and endings that every sentence shares count for less.
# Chosen on KorSTS *train* (--compare; 1-3-grams at width 512 in session 6: 1.0 0.627, 1.25 0.632,
# 1.5 0.634, 1.75 0.633, 2.0 0.632; the 1-2-gram figures at width 768 are printed there).
IDF_POWER = 1.5


def training_texts() -> list[str]:
    texts = [x for a, b, _ in load_korsts("train") for x in (a, b)]
    texts += [x for a, b, _ in load_xnli() for x in (a, b)]
    texts += chatbot_questions()
    texts += [x for g in load_paraphrase_groups() for x in g]
    return sorted(set(texts))


def fit_idf(texts: list[str], orders: tuple[int, ...] = SKETCH_ORDERS) -> tuple[np.ndarray, np.ndarray]:
    df = np.zeros(BUCKETS)
    for t in texts:
        for b, _ in char_features(t, orders):
            df[b] += 1
    return np.log((len(texts) + 1) / (df + 1)) + 1.0, df


def compare() -> None:
    """KorSTS *train* Spearman of (a) the exact hashed tf-idf cosine (idf ** 1.5) for n-gram orders and
    idf text mixes and (b) the sketch at several widths and idf powers. Nothing here is fitted to the
    scores, so train is a fair yardstick."""
    pairs = load_korsts("train")
    y = [s for _, _, s in pairs]

    def vec(t: str, weight: np.ndarray, orders: tuple[int, ...]) -> dict[int, float]:
        v = {b: (1 + math.log(c)) * weight[b] for b, c in char_features(t, orders)}
        n = math.sqrt(sum(x * x for x in v.values())) or 1.0
        return {b: x / n for b, x in v.items()}

    broad = training_texts() + nsmc_reviews(limit=100_000)
    broad += [normalize(x) for it in load_intents() for x in it.get("examples", [])]
    broad += [line.split("\t", 1)[1] for line in (DATA / "training" / "emotions_train.tsv").read_text(encoding="utf-8").splitlines()]
    broad += [t for t, _, _ in load_kote() if kote_split(t) == "train"]
    for name, texts, orders in (("sentence-pair texts (shipped)", training_texts(), SKETCH_ORDERS),
                                ("broad mix", sorted(set(broad)), SKETCH_ORDERS),
                                ("sentence-pair texts", training_texts(), ORDERS),
                                ("sentence-pair texts", training_texts(), (2,))):
        weight = fit_idf(texts, orders)[0] ** IDF_POWER
        cos = []
        for a, b, _ in pairs:
            va, vb = vec(a, weight, orders), vec(b, weight, orders)
            cos.append(sum(x * vb.get(k, 0.0) for k, x in va.items()))
        print(f"exact tf-idf cosine, orders {orders}, idf from {name} ({len(texts)} texts): Spearman {spearmanr(cos, y)[0]:.3f}")
    idf, _ = fit_idf(training_texts())
    sign = np.random.default_rng(SEED).choice([-1.0, 1.0], size=BUCKETS)
    for dim, power in ((512, 1.5), (768, 1.5), (1024, 1.5), (768, 1.0), (768, 1.25), (768, 1.75), (768, 2.0)):
        weight = idf ** power * sign

        def sketch(t: str) -> np.ndarray:
            out = np.zeros(dim)
            for b, c in char_features(t, SKETCH_ORDERS):
                out[b % dim] += (1 + math.log(c)) * weight[b]
            return out / (np.linalg.norm(out) or 1.0)
        cos = [float(sketch(a) @ sketch(b)) for a, b, _ in pairs]
        print(f"sketch width {dim}, idf ** {power}: Spearman {spearmanr(cos, y)[0]:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare", action="store_true")
    if ap.parse_args().compare:
        compare()
        return
    texts = training_texts()
    idf, df = fit_idf(texts)
    sign = np.random.default_rng(SEED).choice([-1.0, 1.0], size=BUCKETS)
    weight = idf ** IDF_POWER * sign
    torch.save({"signed_idf": torch.tensor(weight, dtype=torch.float32), "dim": DIM, "idf_power": IDF_POWER,
                "orders": list(SKETCH_ORDERS)}, WORK / "sketch.pt")
    print(f"sketch: {len(texts)} texts, {int((df > 0).sum())} of {BUCKETS} buckets used, orders {SKETCH_ORDERS}, "
          f"dim {DIM}, idf ** {IDF_POWER}")


if __name__ == "__main__":
    main()
