"""Whether the character head gains from marking the scope of a negation (session 23's check,
before the feature went into char_features.py).

  python3 scripts/train/negation_scope_check.py

"요즘 기분이 별로 안 좋아" read joy 0.65 with the ninth writing round and the boundary trigram "안 좋"
already in: the n-grams of 좋아 are among the strongest joy cues, and one trigram across the
boundary does not outweigh them. The classic remedy (Das & Chen 2001; Pang et al. 2002) gives the
words a negation governs n-grams of their own. Here a word is negated when it follows a standalone
안 or 못 ("안 좋아", "못 웃었어"), or when it ends in 지/지도/지가/지는 and the next word starts with 않 or
못하/못했/못해 ("행복하지 않아", "즐겁지도 못했어").

Fits sklearn's logistic regression (C = 10, as fit_wide.py) on tf-idf over three recipes and prints
accuracy on the dev split, the negation probe and the blunt-event probe:
  0: the shipped recipe (within-word 1-3-grams, the trigram across each word boundary);
  1: the negated words' n-grams in a namespace of their own instead of the plain one;
  2: both: the plain n-grams and the negated ones.
Our training split only (no KOTE), so the figures are the character head's alone, not the model's.
"""
from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from boundary_ngrams_check import rows
from char_features import negated_words
from common import DATA, normalize


def grams(text: str, recipe: int) -> list[str]:
    words = [w for w in normalize(text).lower().split(" ") if w]
    negated = negated_words(words) if recipe else [False] * len(words)
    out = []
    for w, neg in zip(words, negated):
        u = f" {w} "
        for n in (1, 2, 3):
            g = [u[i:i + n] for i in range(len(u) - n + 1) if u[i:i + n] != " "]
            if not neg or recipe == 2:
                out += [f"{n}:{x}" for x in g]
            if neg:
                out += [f"{n}!:{x}" for x in g]
    out += [f"3:{a[-1]} {b[0]}" for a, b in zip(words, words[1:])]
    return out


def main() -> None:
    train = rows(DATA / "training" / "emotions_train.tsv")
    sets = {"dev": rows(DATA / "training" / "emotions_dev.tsv"),
            "negation probe": rows(DATA / "eval" / "negation_probe.tsv"),
            "blunt events": rows(DATA / "eval" / "blunt_events.tsv")}
    for recipe in (0, 1, 2):
        vec = TfidfVectorizer(analyzer=lambda t, r=recipe: grams(t, r), sublinear_tf=True)
        clf = LogisticRegression(C=10, max_iter=2000).fit(vec.fit_transform([t for t, _ in train]), [l for _, l in train])
        scores = []
        for name, items in sets.items():
            pred = clf.predict(vec.transform([t for t, _ in items]))
            scores.append(f"{name} {100 * np.mean(pred == np.array([l for _, l in items])):.1f} %")
        print(f"recipe {recipe}: " + ", ".join(scores), flush=True)


if __name__ == "__main__":
    main()
