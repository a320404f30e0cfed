"""Whether the character head gains from n-grams across word boundaries (session 21's check,
before the feature went into char_features.py).

  python3 scripts/train/boundary_ngrams_check.py

Fits sklearn's logistic regression (C = 10, as fit_wide.py) on tf-idf over three feature recipes
and prints accuracy on the dev split, the negation probe and the blunt-event probe:
  0: the within-word 1-3-grams of the padded words (the recipe until session 21);
  1: those and the trigram across each word boundary (last letter, space, next word's first);
  2: those and also the boundary's 4-gram (two letters of the next word).
Our training split only (no KOTE), so the figures are the character head's alone, not the model's.
"""
from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from common import DATA, EMOTIONS, normalize


def rows(path) -> list[tuple[str, int]]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        out.append((text, EMOTIONS.index(label)))
    return out


def grams(text: str, span: int) -> list[str]:
    words = [w for w in normalize(text).lower().split(" ") if w]
    out = []
    for w in words:
        u = f" {w} "
        for n in (1, 2, 3):
            out += [f"{n}:{u[i:i + n]}" for i in range(len(u) - n + 1) if u[i:i + n] != " "]
    for a, b in zip(words, words[1:]):
        if span >= 1:
            out.append(f"3:{a[-1]} {b[0]}")
        if span >= 2:
            out.append(f"4:{a[-1]} {b[:2]}")
    return out


def main() -> None:
    train = rows(DATA / "training" / "emotions_train.tsv")
    sets = {"dev": rows(DATA / "training" / "emotions_dev.tsv"),
            "negation probe": rows(DATA / "eval" / "negation_probe.tsv"),
            "blunt events": rows(DATA / "eval" / "blunt_events.tsv")}
    for span in (0, 1, 2):
        vec = TfidfVectorizer(analyzer=lambda t, s=span: grams(t, s), sublinear_tf=True)
        clf = LogisticRegression(C=10, max_iter=2000).fit(vec.fit_transform([t for t, _ in train]), [l for _, l in train])
        scores = []
        for name, items in sets.items():
            pred = clf.predict(vec.transform([t for t, _ in items]))
            scores.append(f"{name} {100 * np.mean(pred == np.array([l for _, l in items])):.1f} %")
        print(f"recipe {span}: " + ", ".join(scores), flush=True)


if __name__ == "__main__":
    main()
