"""Compare transformer checkpoints alone (no wide heads, no sketch), in torch, before any export.

For each checkpoint: KorSTS Spearman of the encoder's embedding on the train hold-out
(common.in_sts_holdout, never trained on) and, for the record, on KorSTS dev; emotion accuracy
of the transformer's own head on the stacking slice of our training texts (never trained on)
and on our dev split; the same on KOTE's share of the stacking slice (never trained on) and, for
the record, on the KOTE evaluation split. Choose between checkpoints by the hold-outs, not by dev.

Usage: python3 scripts/train/eval_transformer.py CKPT [CKPT ...]
"""
from __future__ import annotations

import sys

import numpy as np
import torch
from scipy.stats import spearmanr

from common import DATA, EMOTIONS, in_stacking_slice, in_sts_holdout, kote_split, load_korsts, load_kote, train_device
from finetune import Tok
from model import Config, MaumMini


def run(model: MaumMini, tok: Tok, texts: list[str], dev) -> tuple[np.ndarray, np.ndarray]:
    embs, logits = [], []
    with torch.no_grad():
        for i in range(0, len(texts), 256):
            ids, mask = tok.batch(texts[i:i + 256])
            e, l = model(ids.to(dev), mask.to(dev))
            embs.append(e.cpu().numpy())
            logits.append(l.cpu().numpy())
    return np.vstack(embs), np.vstack(logits)


def sts(model, tok, pairs, dev) -> float:
    ea, _ = run(model, tok, [p[0] for p in pairs], dev)
    eb, _ = run(model, tok, [p[1] for p in pairs], dev)
    return float(spearmanr((ea * eb).sum(1), [p[2] for p in pairs])[0])


def emotion_rows(name: str) -> list[tuple[str, int]]:
    rows = []
    for line in (DATA / "training" / name).read_text(encoding="utf-8").splitlines():
        label, text = line.split("\t", 1)
        rows.append((text, EMOTIONS.index(label)))
    return rows


def accuracy(model, tok, rows, dev) -> float:
    _, logits = run(model, tok, [t for t, _ in rows], dev)
    return float((logits.argmax(1) == np.array([l for _, l in rows])).mean())


def main() -> None:
    dev = train_device()
    tok = Tok()
    hold = [p for p in load_korsts("train") if in_sts_holdout(p[0], p[1])]
    korsts_dev = load_korsts("dev")
    stack = [r for r in emotion_rows("emotions_train.tsv") if in_stacking_slice(r[0])]
    ours_dev = emotion_rows("emotions_dev.tsv")
    kote = load_kote()
    kote_stack = [(t, h) for t, _, h in kote if kote_split(t) == "train" and in_stacking_slice(t)]
    kote_eval = [(t, h) for t, _, h in kote if kote_split(t) == "eval"]
    print(f"{'checkpoint':40} sts-hold  sts-dev  emo-stack  emo-dev  kote-stack  kote-eval   "
          f"(n={len(hold)}/{len(korsts_dev)}/{len(stack)}/{len(ours_dev)}/{len(kote_stack)}/{len(kote_eval)})")
    for path in sys.argv[1:]:
        ck = torch.load(path, map_location="cpu")
        model = MaumMini(Config(**ck["config"]))
        model.load_state_dict(ck["state"])
        model.to(dev).eval()
        print(f"{path[-40:]:40} {sts(model, tok, hold, dev):8.3f} {sts(model, tok, korsts_dev, dev):8.3f} "
              f"{accuracy(model, tok, stack, dev):10.3f} {accuracy(model, tok, ours_dev, dev):8.3f} "
              f"{accuracy(model, tok, kote_stack, dev):11.3f} {accuracy(model, tok, kote_eval, dev):10.3f}", flush=True)


if __name__ == "__main__":
    main()
