"""Stage 1: masked-language-model pre-training of maum-mini on public Korean text.

Corpus: NSMC reviews, ChatbotData questions, KOTE training split, KorSTS train, XNLI.
Fixed seed and a fixed number of steps, so a rerun gives the same weights on the same machine.
Usage: python3 scripts/train/pretrain_mlm.py [--steps N] [--stop-at M] [--batch B]
       [--init CKPT --stage K]   (continue from a checkpoint with a fresh schedule and data order)
"""
from __future__ import annotations

import argparse
import random
import time

import sentencepiece as spm
import torch
import torch.nn.functional as F

from common import (SEED, WORK, chatbot_questions, cpu_state, train_device, kote_split, load_korsts, load_kote, load_xnli,
                    nsmc_reviews)
from model import Config, MaumMini

MAX_LEN = 64


def build_corpus(sp) -> list[list[int]]:
    texts = nsmc_reviews()
    texts += chatbot_questions()
    texts += [t for t, _, _ in load_kote() if kote_split(t) == "train"]
    for a, b, _ in load_korsts("train"):
        texts += [a, b]
    for a, b, _ in load_xnli():
        texts += [a, b]
    ids = sp.encode(texts)
    return [[2] + x[: MAX_LEN - 2] + [3] for x in ids if len(x) >= 3]


def batches(seqs: list[list[int]], batch: int, rnd: random.Random):
    """Length-bucketed batches: sort chunks by length so padding stays small."""
    while True:
        order = list(range(len(seqs)))
        rnd.shuffle(order)
        for start in range(0, len(order), batch * 50):
            chunk = sorted(order[start:start + batch * 50], key=lambda i: len(seqs[i]))
            group = [chunk[i:i + batch] for i in range(0, len(chunk), batch)]
            rnd.shuffle(group)
            for g in group:
                yield [seqs[i] for i in g]


def mask_tokens(ids: torch.Tensor, attn: torch.Tensor, vocab: int, gen: torch.Generator):
    special = (ids <= 4)
    prob = torch.rand(ids.shape, generator=gen)
    selected = (prob < 0.15) & ~special & attn.bool()
    labels = torch.where(selected, ids, torch.full_like(ids, -100))
    r = torch.rand(ids.shape, generator=gen)
    inputs = ids.clone()
    inputs[selected & (r < 0.8)] = 4
    rand_tok = torch.randint(5, vocab, ids.shape, generator=gen)
    swap = selected & (r >= 0.8) & (r < 0.9)
    inputs[swap] = rand_tok[swap]
    return inputs, labels


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=4000)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--stop-at", type=int, default=0, help="stop early (the LR schedule still spans --steps)")
    ap.add_argument("--init", default="", help="continue from this checkpoint (a second stage)")
    ap.add_argument("--stage", type=int, default=1, help="offsets the seeds, so a second stage sees a new data order")
    ap.add_argument("--warmup", type=int, default=300)
    ap.add_argument("--layers", type=int, default=4, help="transformer layers (a new model only; --init keeps its own)")
    args = ap.parse_args()
    seed = SEED + args.stage - 1
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    # A lent GPU only runs the arithmetic: batches and masks are still drawn on the CPU from the
    # same seeded generators, so the data order is the CPU path's.
    dev = train_device()
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    t0 = time.time()
    seqs = build_corpus(sp)
    print(f"corpus {len(seqs)} sequences, {sum(map(len, seqs))} tokens ({time.time()-t0:.0f}s)", flush=True)
    cfg = Config(vocab_size=sp.get_piece_size(), layers=args.layers)
    if args.init:
        init = torch.load(args.init, map_location="cpu")
        cfg = Config(**init["config"])
    model = MaumMini(cfg)
    if args.init:
        model.load_state_dict(init["state"])
        print(f"continuing from {args.init} (stage {args.stage})", flush=True)
    model.to(dev)
    print("params", sum(p.numel() for p in model.parameters() if p.requires_grad), f"on {dev}", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01, betas=(0.9, 0.98))
    warm = args.warmup
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / warm) * max(0.05, 1 - s / args.steps))
    gen = torch.Generator().manual_seed(seed)
    rnd = random.Random(seed)
    it = batches(seqs, args.batch, rnd)
    model.train()
    t0 = time.time()
    avg = None
    last = args.stop_at or args.steps
    for step in range(1, last + 1):
        b = next(it)
        t = max(map(len, b))
        ids = torch.zeros(len(b), t, dtype=torch.long)
        for i, s in enumerate(b):
            ids[i, : len(s)] = torch.tensor(s)
        attn = (ids != 0).long()
        inputs, labels = mask_tokens(ids, attn, cfg.vocab_size, gen)
        inputs, attn, labels = inputs.to(dev), attn.to(dev), labels.to(dev)
        hidden = model.encode(inputs, attn)
        sel = labels != -100
        logits = model.mlm_logits(hidden[sel])
        loss = F.cross_entropy(logits, labels[sel])
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        avg = loss.item() if avg is None else 0.98 * avg + 0.02 * loss.item()
        if step % 100 == 0:
            el = time.time() - t0
            print(f"step {step} loss {avg:.3f} {el/step:.3f}s/step eta {el/step*(args.steps-step)/60:.1f}min", flush=True)
        if step % 250 == 0 or step == last:
            torch.save({"config": cfg.to_dict(), "state": cpu_state(model), "step": step, "stage": args.stage}, WORK / "mlm.pt")
    print("done", flush=True)


if __name__ == "__main__":
    main()
