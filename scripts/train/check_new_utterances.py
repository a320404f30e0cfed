"""Check a new writing round before it goes into data/training/utterances/.

  python3 scripts/train/check_new_utterances.py FILE [FILE ...] [--threshold 0.7]

For every line of the given files (one utterance per line) prints the lines that
- repeat a line of the round itself or of an earlier file after dedup_key (prepare_data.py's
  exact-duplicate key),
- come within character 2-4-gram tf-idf cosine THRESHOLD of an earlier utterance or of a line of
  the evaluation probes in data/eval/ (prepare_data.py's near-duplicate measure, the one
  probe_overlap_check.py uses),
- equal a sentence of the public data sets after dedup_key (KOTE, NSMC, ChatbotData; nothing of
  ../shared/data may be committed).
Given files that already sit in data/training/utterances/ are compared with the other files only.
Exits 1 when anything was found, so a helper can loop until it is clean.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import sys
from pathlib import Path

from sklearn.feature_extraction.text import TfidfVectorizer

from common import DATA, SHARED, dedup_key, normalize
from probe_overlap_check import probe_lines


def public_keys() -> set[str]:
    keys: set[str] = set()
    kote = SHARED / "kote"
    for name in ("train.tsv", "val.tsv", "test.tsv"):
        p = kote / name
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                parts = line.split("\t")
                if len(parts) >= 2:
                    keys.add(dedup_key(parts[1]))
    nsmc = SHARED / "nsmc" / "nsmc_reviews.tsv.gz"
    if nsmc.exists():
        with gzip.open(nsmc, "rt", encoding="utf-8") as f:
            for line in f:
                parts = line.rstrip("\n").split("\t")
                keys.add(dedup_key(parts[1] if len(parts) > 1 else parts[0]))
    chat = SHARED / "chatbot-qa" / "ChatbotData.csv"
    if chat.exists():
        with open(chat, encoding="utf-8") as f:
            for row in csv.reader(f):
                keys.update(dedup_key(c) for c in row[:2])
    keys.discard("")
    return keys


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--threshold", type=float, default=0.7)
    args = ap.parse_args()
    new_paths = [Path(f).resolve() for f in args.files]
    new = [(p.name, line) for p in new_paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    old = [(f.name, line) for f in sorted((DATA / "training" / "utterances").glob("*.txt")) if f.resolve() not in new_paths
           for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    old += [(name, text) for name, text in probe_lines()]
    problems = 0

    seen: dict[str, str] = {dedup_key(t): n for n, t in old}
    pub = public_keys()
    round_keys: dict[str, str] = {}
    for n, t in new:
        k = dedup_key(t)
        if k in seen:
            print(f"duplicate of {seen[k]}: {n}: {t}")
            problems += 1
        elif k in round_keys:
            print(f"repeated within the round ({round_keys[k]}): {n}: {t}")
            problems += 1
        elif k in pub:
            print(f"a public data-set sentence: {n}: {t}")
            problems += 1
        round_keys.setdefault(k, n)

    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
    vec.fit([normalize(t) for _, t in old + new])
    O = vec.transform([normalize(t) for _, t in old])
    for start in range(0, len(new), 1000):
        chunk = new[start:start + 1000]
        sims = (vec.transform([normalize(t) for _, t in chunk]) @ O.T).toarray()
        for (n, t), row in zip(chunk, sims):
            j = int(row.argmax())
            if row[j] >= args.threshold and dedup_key(t) != dedup_key(old[j][1]):
                print(f"{row[j]:.2f} close to {old[j][0]}: {old[j][1]}\n      {n}: {t}")
                problems += 1
    print(f"{len(new)} lines checked against {len(old)} earlier lines and probes; {problems} to rewrite")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
