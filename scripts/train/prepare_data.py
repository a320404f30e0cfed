"""Prepare the emotion data: de-duplicate the project's utterances (exact, after
normalisation, and near-duplicates by character n-gram TF-IDF cosine), split them into
train and a held-out dev split, and record which KOTE rows are kept out for evaluation.

Writes (all derived from the project's own text or from ids, never public sentences):
  data/training/emotions_train.tsv, data/training/emotions_dev.tsv  (label<TAB>text)
  data/training/splits/kote_eval_ids.txt                            (KOTE row ids)
"""
from __future__ import annotations

import json

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from common import DATA, EMOTIONS, SHARED, kote_split, load_utterances, normalize, utterance_split

NEAR_DUP = 0.9


def near_duplicate_filter(rows: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], dict]:
    texts = [t for t, _ in rows]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True).fit_transform(texts)
    keep = np.ones(len(rows), dtype=bool)
    same = cross = 0
    for start in range(0, len(rows), 1000):
        sims = (vec[start:start + 1000] @ vec.T).toarray()
        for i_local, row in enumerate(sims):
            i = start + i_local
            if not keep[i]:
                continue
            for j in np.nonzero(row >= NEAR_DUP)[0]:
                if j <= i or not keep[j]:
                    continue
                keep[j] = False
                if rows[i][1] == rows[j][1]:
                    same += 1
                else:  # the same sentence under two labels is ambiguous: drop both
                    keep[i] = False
                    cross += 1
    return [r for r, k in zip(rows, keep) if k], {"near_dup_same_label": same, "near_dup_cross_label": cross}


def main() -> None:
    rows = load_utterances()
    kept, report = near_duplicate_filter(rows)
    out = DATA / "training"
    (out / "splits").mkdir(parents=True, exist_ok=True)
    splits = {"train": [], "dev": []}
    for t, l in kept:
        splits[utterance_split(t)].append((t, l))
    for name, items in splits.items():
        with open(out / f"emotions_{name}.tsv", "w", encoding="utf-8") as f:
            for t, l in sorted(items, key=lambda x: (x[1], x[0])):
                f.write(f"{EMOTIONS[l]}\t{t}\n")
    ids = []
    with open(SHARED / "kote" / "val.tsv", encoding="utf-8") as f:
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) >= 3 and kote_split(normalize(p[1])) == "eval":
                ids.append(p[0])
    (out / "splits" / "kote_eval_ids.txt").write_text("\n".join(ids) + "\n", encoding="utf-8")
    report.update({"utterances": len(rows), "kept": len(kept), "train": len(splits["train"]),
                   "dev": len(splits["dev"]), "kote_eval": len(ids),
                   "per_label_dev": {e: sum(1 for _, l in splits["dev"] if l == i) for i, e in enumerate(EMOTIONS)}})
    print(json.dumps(report, ensure_ascii=False))


if __name__ == "__main__":
    main()
