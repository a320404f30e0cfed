"""Stage 3b: the character part of the sentence embedding (model.CharSketch).

Fits an idf over hashed character n-grams (char_features.py) on the sentence-pair corpora: KorSTS
train, Korean XNLI, ChatbotData questions and the project's paraphrase groups (never KorSTS dev).
Which texts: measured by the sketch-free tf-idf cosine on KorSTS *train* (no score is fitted, so
train is a fair yardstick): these texts 0.632; adding NSMC, the intents' examples and the emotion
training texts 0.620. Each bucket also gets a seeded random sign; the graph folds sign and idf
into one table.

Usage: python3 scripts/train/fit_sketch.py  (writes .cache/train/sketch.pt)
"""
from __future__ import annotations

import numpy as np
import torch

from char_features import BUCKETS, char_features
from common import SEED, WORK, chatbot_questions, load_korsts, load_paraphrase_groups, load_xnli

DIM = 512  # sketch width: on KorSTS train, 256 loses 0.011 Spearman to collisions, 1024 gains 0.005


def training_texts() -> list[str]:
    texts = [x for a, b, _ in load_korsts("train") for x in (a, b)]
    texts += [x for a, b, _ in load_xnli() for x in (a, b)]
    texts += chatbot_questions()
    texts += [x for g in load_paraphrase_groups() for x in g]
    return sorted(set(texts))


def main() -> None:
    texts = training_texts()
    df = np.zeros(BUCKETS)
    for t in texts:
        for b, _ in char_features(t):
            df[b] += 1
    idf = np.log((len(texts) + 1) / (df + 1)) + 1.0
    sign = np.random.default_rng(SEED).choice([-1.0, 1.0], size=BUCKETS)
    torch.save({"signed_idf": torch.tensor(idf * sign, dtype=torch.float32), "dim": DIM}, WORK / "sketch.pt")
    print(f"sketch: {len(texts)} texts, {int((df > 0).sum())} of {BUCKETS} buckets used, dim {DIM}")


if __name__ == "__main__":
    main()
