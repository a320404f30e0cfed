"""Stage 3c: how much of the sentence embedding's cosine the character sketch gets.

The shipped embedding is [sqrt(1 - s) * encoder, sqrt(s) * sketch], so its cosine is
(1 - s) * cos_encoder + s * cos_sketch. s is chosen here by KorSTS Spearman on the 15 % of KorSTS
*train* that the multi-task stage never trains on (common.in_sts_holdout): on the pairs it did
train on the encoder scores 0.95, which would hand it everything. KorSTS dev plays no part.
The choice is coarse on purpose (steps of 0.1) and the held-out pairs are few (~870), so the
script prints the whole curve.

Usage: python3 scripts/train/fit_share.py   (reads final.pt and sketch.pt, writes .cache/train/share.pt)
"""
from __future__ import annotations

import numpy as np
import sentencepiece as spm
import torch
from scipy.stats import spearmanr

from common import WORK, in_sts_holdout, load_korsts
from eval_heads import batches
from model import CharSketch, Config, MaumMini

torch.set_num_threads(2)


def main() -> None:
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    ck = torch.load(WORK / "final.pt", map_location="cpu")
    model = MaumMini(Config(**ck["config"]))
    model.load_state_dict(ck["state"])
    model.eval()
    sk = torch.load(WORK / "sketch.pt")
    sketch = CharSketch(sk["signed_idf"], int(sk["dim"]))
    pairs = [p for p in load_korsts("train") if in_sts_holdout(p[0], p[1])]

    def embed(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
        enc, sks = [], []
        with torch.no_grad():
            for ids, mask, _cids, _ctf, sids, stf in batches(sp, texts):
                enc.append(model(ids, mask)[0].numpy())
                sks.append(sketch(sids, stf).numpy())
        return np.vstack(enc), np.vstack(sks)

    ea, sa = embed([p[0] for p in pairs])
    eb, sb = embed([p[1] for p in pairs])
    y = [p[2] for p in pairs]
    enc_cos, sk_cos = (ea * eb).sum(1), (sa * sb).sum(1)
    curve = [(round(s, 1), float(spearmanr((1 - s) * enc_cos + s * sk_cos, y)[0])) for s in np.arange(0, 1.01, 0.1)]
    print(f"KorSTS train hold-out (n={len(pairs)}), Spearman by sketch share:")
    print("  " + "  ".join(f"{s:.1f}: {r:.3f}" for s, r in curve))
    share, best = max(curve, key=lambda c: c[1])
    torch.save({"sketch_share": share, "holdout_spearman": best, "curve": curve}, WORK / "share.pt")
    print(f"sketch share {share} (hold-out Spearman {best:.3f})")


if __name__ == "__main__":
    main()
