"""Stage 2: multi-task fine-tuning of the MLM-pretrained maum-mini.

One shared encoder, trained round-robin on four tasks so a single forward pass serves both
the emotion head and the sentence embedding:
  1. emotions: the project's utterances (data/training/emotions_train.tsv, hard labels) + KOTE training split
     (soft labels from label_map.json, weight 0.5), minus the 10 % stacking slice (common.in_stacking_slice);
  2. STS: KorSTS train minus a 15 % hold-out slice (common.in_sts_holdout, kept for fit_share.py),
     and the scored pairs written for this project (data/training/sts/, session 7), CoSENT loss on
     the cosine of the two embeddings;
  3. NLI: Korean XNLI entailment pairs as positives, contradictions as hard negatives
     (in-batch-negatives ranking loss), and the same from the triples written for this project
     (data/training/nli/, session 7);
  4. paraphrase: ChatbotData paraphrase groups, the project's paraphrase groups and the
     dialogue intents' example utterances (never their held-out utterances), as frozen in
     data/training/intent_examples.json by scripts/train/snapshot_intents.py.
The project's dev split, the KOTE evaluation split and KorSTS dev are never seen.
Usage: python3 scripts/train/finetune.py [--steps N]
"""
from __future__ import annotations

import argparse
import random
import time

import sentencepiece as spm
import torch
import torch.nn.functional as F

from common import (DATA, EMOTIONS, SEED, WORK, cpu_state, train_device, in_stacking_slice, in_sts_holdout, kote_split, load_chatbot_groups,
                    load_intents, load_korsts, load_kote, load_paraphrase_groups, load_written_nli, load_written_sts,
                    load_xnli, normalize)
from model import Config, MaumMini

MAX_LEN = 96
# Per step: our utterances and KOTE comments for the emotion task. At 48 + 16 (session 3) the
# transformer's emotion loss was still falling at the last step and its head fitted barely 57 % of
# its own training texts, so the emotion task gets more of each step.
EMO_BATCH, KOTE_BATCH = 80, 24


class Tok:
    def __init__(self) -> None:
        self.sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))

    def batch(self, texts: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
        enc = [[2] + x[: MAX_LEN - 2] + [3] for x in self.sp.encode([normalize(t) for t in texts])]
        t = max(map(len, enc))
        ids = torch.zeros(len(enc), t, dtype=torch.long)
        for i, s in enumerate(enc):
            ids[i, : len(s)] = torch.tensor(s)
        return ids, (ids != 0).long()


def augment(text: str, rnd: random.Random) -> str:
    """Light noise seen in real chat: dropped spaces, trailing laughs/tears, no punctuation."""
    r = rnd.random()
    if r < 0.08:
        return text.replace(" ", "")
    if r < 0.14:
        return text.rstrip(".!?~")
    return text


def cosent_loss(cos: torch.Tensor, score: torch.Tensor, scale: float = 20.0) -> torch.Tensor:
    diff = (cos[None, :] - cos[:, None]) * scale
    mask = score[:, None] > score[None, :]
    diff = diff - (~mask).float() * 1e12
    return torch.logsumexp(torch.cat([torch.zeros(1, device=cos.device), diff.flatten()]), dim=0)


def ranking_loss(a: torch.Tensor, p: torch.Tensor, n: torch.Tensor | None = None, scale: float = 20.0) -> torch.Tensor:
    cands = p if n is None else torch.cat([p, n], dim=0)
    logits = a @ cands.t() * scale
    return F.cross_entropy(logits, torch.arange(a.shape[0], device=a.device))


def init_lexical_weights(model: MaumMini, tok: Tok, texts: list[str]) -> None:
    """Start the lexical branch's per-token weights at a smoothed IDF (specials at zero)."""
    df = torch.ones(model.c.vocab_size)
    for ids in tok.sp.encode(texts):
        for i in set(ids):
            df[i] += 1
    idf = torch.log((len(texts) + 1) / df)
    idf = idf / idf.mean()
    with torch.no_grad():
        model.lex_weight.copy_(torch.log(torch.expm1(idf.clamp(min=1e-3))).to(model.lex_weight.device))
        model.lex_weight[:5] = -20.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=1000)
    ap.add_argument("--lr", type=float, default=4e-4)
    ap.add_argument("--init", default=str(WORK / "mlm.pt"))
    ap.add_argument("--resume", action="store_true",
                    help="--init is a finished multi-task checkpoint: keep its lexical weights (continue training it)")
    ap.add_argument("--seed-offset", type=int, default=0,
                    help="added to the seed, so that a continued stage draws a data order of its own")
    ap.add_argument("--out", default=str(WORK / "final.pt"))
    ap.add_argument("--pair-batch", type=int, default=32,
                    help="pairs per step for STS, NLI and paraphrase (more in-batch negatives; a GPU affords 128)")
    ap.add_argument("--sts-weight", type=float, default=0.5,
                    help="weight of the CoSENT (scored pairs) loss against the emotion loss")
    ap.add_argument("--kote-batch", type=int, default=KOTE_BATCH,
                    help="KOTE comments per step; continued stages went through KOTE's 3,656 training comments "
                         "so often at 24 that the transformer learned the comments rather than their way of "
                         "speaking (session 26), so session 32's CPU stage took fewer")
    args = ap.parse_args()
    seed = SEED + args.seed_offset
    torch.manual_seed(seed)
    torch.set_num_threads(2)
    dev = train_device()
    rnd = random.Random(seed)
    tok = Tok()

    utt = []
    for line in (DATA / "training" / "emotions_train.tsv").read_text(encoding="utf-8").splitlines():
        label, text = line.split("\t", 1)
        if not in_stacking_slice(text):
            utt.append((text, EMOTIONS.index(label)))
    kote = [(t, soft) for t, soft, _ in load_kote() if kote_split(t) == "train" and not in_stacking_slice(t)]
    sts = [p for p in load_korsts("train") if not in_sts_holdout(p[0], p[1])] + load_written_sts()
    nli = {}
    for a, b, lab in load_xnli():
        nli.setdefault(a, {}).setdefault(lab, []).append(b)
    triples = [(a, d["entailment"][0], (d.get("contradiction") or [None])[0]) for a, d in nli.items() if "entailment" in d]
    triples += load_written_nli()
    groups = load_chatbot_groups() + load_paraphrase_groups() * 2
    groups += [[normalize(x) for x in it["examples"]] for it in load_intents() if len(it.get("examples", [])) >= 2]
    print(f"utterances {len(utt)}, kote {len(kote)}, sts {len(sts)}, nli {len(triples)}, groups {len(groups)}", flush=True)

    ck = torch.load(args.init, map_location="cpu")
    model = MaumMini(Config(**ck["config"]))
    missing, _ = model.load_state_dict(ck["state"], strict=args.resume)
    assert set(missing) <= {"lex_weight", "lex_mix"}, missing
    model.to(dev)
    if not args.resume:
        init_lexical_weights(model, tok, [t for t, _ in utt] + [t for t, _ in kote] + [x for p in sts for x in p[:2]])
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    warm = 100
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, (s + 1) / warm) * max(0.0, 1 - s / args.steps))

    def emb(texts):
        ids, mask = tok.batch(texts)
        return model(ids.to(dev), mask.to(dev))

    model.train()
    t0 = time.time()
    logs: dict[str, float] = {}
    for step in range(1, args.steps + 1):
        losses = {}
        # 1. emotions
        b = rnd.sample(utt, EMO_BATCH)
        texts = [augment(t, rnd) for t, _ in b]
        kb = rnd.sample(kote, args.kote_batch)
        _, logits = emb(texts + [t for t, _ in kb])
        target = torch.zeros(len(b) + len(kb), 7)
        for i, (_, l) in enumerate(b):
            target[i] = 0.1 / 6
            target[i, l] = 0.9
        for i, (_, soft) in enumerate(kb):
            target[len(b) + i] = torch.tensor(soft)
        w = torch.tensor([1.0] * len(b) + [0.5] * len(kb), device=dev)
        target = target.to(dev)
        losses["emo"] = (-(target * logits.log_softmax(-1)).sum(-1) * w).sum() / w.sum()
        # 2. STS (CoSENT)
        sb = rnd.sample(sts, args.pair_batch)
        ea, _ = emb([a for a, _, _ in sb])
        eb, _ = emb([b_ for _, b_, _ in sb])
        losses["sts"] = cosent_loss((ea * eb).sum(-1), torch.tensor([s for _, _, s in sb], device=dev))
        # 3. NLI with hard negatives
        nb = rnd.sample(triples, args.pair_batch)
        a, _ = emb([x[0] for x in nb])
        p, _ = emb([x[1] for x in nb])
        negs = [x[2] for x in nb if x[2]]
        n = emb(negs)[0] if negs else None
        losses["nli"] = ranking_loss(a, p, n)
        # 4. paraphrase groups
        gb = rnd.sample(groups, args.pair_batch)
        pairs = [rnd.sample(g, 2) for g in gb]
        a, _ = emb([augment(x[0], rnd) for x in pairs])
        p, _ = emb([x[1] for x in pairs])
        losses["para"] = (ranking_loss(a, p) + ranking_loss(p, a)) / 2
        loss = losses["emo"] + losses["sts"] * args.sts_weight + losses["nli"] * 0.5 + losses["para"] * 0.5
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        sched.step()
        for k, v in losses.items():
            logs[k] = v.item() if k not in logs else 0.95 * logs[k] + 0.05 * v.item()
        if step % 50 == 0:
            el = time.time() - t0
            print(f"step {step} " + " ".join(f"{k} {v:.3f}" for k, v in logs.items()) +
                  f" {el/step:.2f}s/step eta {el/step*(args.steps-step)/60:.1f}min", flush=True)
        if step % 500 == 0 or step == args.steps:
            torch.save({"config": ck["config"], "state": cpu_state(model), "step": step,
                        "pair_batch": args.pair_batch}, args.out)
    print("done", flush=True)


if __name__ == "__main__":
    main()
