"""Would whitening the sentence embedding help KorSTS? A recorded check (session 8); nothing ships from it.

  /usr/bin/python3 scripts/train/whitening_check.py [--model models/maum-mini]

Embeds KorSTS train and dev sentences and 10,000 NSMC reviews with the shipped q8 model (through
`npm run analyze`, the app's own code path), then fits a whitening of the encoder's part of the
embedding (centre, rotate to principal axes, scale each to unit variance: "BERT-whitening") on
unlabelled sentences (the KorSTS train sentences outside the hold-out, plus the reviews; no
score is used) and prints Spearman for the encoder part alone and for the shipped mix at several
sketch shares, on:
  * the clean hold-out: the 15 % KorSTS-train hold-out pairs of common.in_sts_holdout whose two
    sentences appear in no other training pair (the pairs fit_share.py could have used);
  * KorSTS dev, for information only: choosing by it would be tuning on the evaluation set.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import tempfile

import numpy as np
from scipy.stats import spearmanr

from common import ROOT, in_sts_holdout, load_korsts, nsmc_reviews


def embed(texts: list[str], model: str) -> np.ndarray:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", encoding="utf-8", delete=False) as f:
        f.write("\n".join(t.replace("\n", " ") for t in texts) + "\n")
    out = subprocess.run(["npm", "run", "--silent", "analyze", "--", "--file", f.name, "--model", model],
                         cwd=ROOT, capture_output=True, text=True, check=True).stdout
    rows = [json.loads(line)["embedding"] for line in out.splitlines() if line.startswith("{")]
    assert len(rows) == len(texts), (len(rows), len(texts))
    return np.array(rows, dtype=np.float64)


def unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/maum-mini")
    args = ap.parse_args()
    config = json.loads((ROOT / args.model / "config.json").read_text(encoding="utf-8"))
    enc_dim = config["embedding_parts"]["encoder"]
    train, dev = load_korsts("train"), load_korsts("dev")
    fit = [p for p in train if not in_sts_holdout(p[0], p[1])]
    seen = {x for a, b, _ in fit for x in (a, b)}
    clean = [p for p in train if in_sts_holdout(p[0], p[1]) and p[0] not in seen and p[1] not in seen]
    reviews = [t for t in nsmc_reviews() if t.strip()]
    random.Random(1).shuffle(reviews)
    sentences = sorted({x for a, b, _ in train + dev for x in (a, b)})
    texts = sentences + reviews[:10_000]
    idx = {t: i for i, t in enumerate(texts)}
    e = embed(texts, args.model)
    enc, sketch = unit(e[:, :enc_dim]), unit(e[:, enc_dim:])

    corpus = [idx[x] for x in sorted(seen)] + list(range(len(sentences), len(texts)))
    c = enc[corpus]
    mu = c.mean(0)
    u, s, _ = np.linalg.svd(np.cov((c - mu).T))
    white = unit((enc - mu) @ (u / np.sqrt(s + 1e-6)))

    def rho(pairs, e_part, share: float) -> float:
        a = [idx[x] for x, _, _ in pairs]
        b = [idx[y] for _, y, _ in pairs]
        cos = (1 - share) * (e_part[a] * e_part[b]).sum(1) + share * (sketch[a] * sketch[b]).sum(1)
        return float(spearmanr([s for *_, s in pairs], cos).correlation)

    print(f"clean hold-out: {len(clean)} pairs; dev: {len(dev)} pairs; whitening fitted on {len(corpus)} sentences")
    print("encoder part   share:  " + "  ".join(f"{sh:>11}" for sh in (0.0, 0.3, 0.4, 0.5, 0.6)) + "   (hold-out / dev)")
    for name, part in (("as shipped", enc), ("whitened", white)):
        cells = [f"{rho(clean, part, sh):.3f}/{rho(dev, part, sh):.3f}" for sh in (0.0, 0.3, 0.4, 0.5, 0.6)]
        print(f"{name:22s}  " + "  ".join(cells))


if __name__ == "__main__":
    main()
