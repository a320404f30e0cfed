"""Whether any training utterance is a near-copy of a line of the emotion probes in data/eval/
(negation_probe.tsv, negation_short_probe.tsv, blunt_events.tsv), which must stay unseen.

  python3 scripts/train/probe_overlap_check.py [--threshold 0.7] [--drop FILE ...]

Character 2-4-gram tf-idf cosine (prepare_data.py's near-duplicate measure) between every probe
line and every utterance in data/training/utterances; prints the pairs at or above the threshold.
With --drop, removes those lines from the given utterance files (new writing rounds are checked
this way before they go in). Exits 1 if pairs remain in files not dropped from.
"""
from __future__ import annotations

import argparse
import sys

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from common import DATA, normalize

PROBES = ("negation_probe.tsv", "negation_short_probe.tsv", "blunt_events.tsv")


def probe_lines() -> list[tuple[str, str]]:
    """(probe file, text) of every probe line."""
    out = []
    for name in PROBES:
        for line in (DATA / "eval" / name).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append((name, normalize(line.split("\t", 1)[1])))
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--threshold", type=float, default=0.7)
    ap.add_argument("--drop", nargs="*", default=[])
    args = ap.parse_args()
    probes = probe_lines()
    files = sorted((DATA / "training" / "utterances").glob("*.txt"))
    rows = [(f, line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4), sublinear_tf=True)
    vec.fit([normalize(t) for _, t in rows] + [t for _, t in probes])
    P = vec.transform([t for _, t in probes])
    hits = []
    for start in range(0, len(rows), 2000):
        chunk = rows[start:start + 2000]
        sims = (vec.transform([normalize(t) for _, t in chunk]) @ P.T).toarray()
        for (f, t), row in zip(chunk, sims):
            j = int(row.argmax())
            if row[j] >= args.threshold:
                hits.append((f, t, probes[j], float(row[j])))
    drop = {str(p) for p in args.drop}
    remaining = 0
    for f, t, p, s in hits:
        dropped = any(str(f).endswith(d) for d in drop)
        remaining += not dropped
        print(f"{s:.2f}  {f.name}: {t}\n      {p[0]}: {p[1]}{'  (dropped)' if dropped else ''}")
    for d in drop:
        f = next(x for x in files if str(x).endswith(d))
        bad = {t for g, t, _, _ in hits if g == f}
        lines = [line for line in f.read_text(encoding="utf-8").splitlines() if line not in bad]
        f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(hits)} utterances at cosine >= {args.threshold} to a probe line; {remaining} left in place")
    sys.exit(1 if remaining else 0)


if __name__ == "__main__":
    main()
