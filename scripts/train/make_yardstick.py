"""Build the speed yardstick for `npm run bench:models`: a randomly initialised encoder shaped
like the usual reference Korean encoder (RoBERTa-base: 12 post-LN layers, hidden 768, 12 heads,
FFN 3072, vocabulary 32k, 130 positions), exported the way maum-mini is exported (simplify_graph.py included) and
quantised with our own int8 quantiser (scripts/train/quantize.py).

  /usr/bin/python3 scripts/train/make_yardstick.py [--out .cache/yardstick] [--tokenizer-from models/maum-mini]

It is a timing reference only: the weights are random, its outputs mean nothing, and it is
never committed or shipped (.cache/ is gitignored). To be timed with the app's own Encoder
code (same tokenizer, same batches, same pre/post-processing), it has the same inputs
(input_ids, attention_mask) and outputs (sentence_embedding, emotion_logits, emotion_probs)
as maum-mini, and a config.json with the keys the Encoder checks. The 7-way head on the
mean-pooled output adds 768 x 7 multiply-adds per sentence, nothing measurable.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import shutil
import sys
import tempfile
import time
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from quantize import quantize  # noqa: E402
from simplify_graph import simplify  # noqa: E402

ROOT = HERE.parents[1]
EMOTIONS = ["joy", "sadness", "anger", "anxiety", "hurt", "embarrassment", "neutral"]
SEED = 20261121


class Cfg:
    vocab_size = 32000
    hidden = 768
    layers = 12
    heads = 12
    ffn = 3072
    max_positions = 130  # RoBERTa style: 128 tokens + padding offset of 2
    pad_id = 0
    eps = 1e-5


class Block(nn.Module):
    """Standard post-LN BERT/RoBERTa layer: x = LN(x + Attn(x)); x = LN(x + FFN(x))."""

    def __init__(self, c: Cfg):
        super().__init__()
        self.heads = c.heads
        self.scale = 1.0 / math.sqrt(c.hidden // c.heads)
        self.q = nn.Linear(c.hidden, c.hidden)
        self.k = nn.Linear(c.hidden, c.hidden)
        self.v = nn.Linear(c.hidden, c.hidden)
        self.o = nn.Linear(c.hidden, c.hidden)
        self.ln1 = nn.LayerNorm(c.hidden, eps=c.eps)
        self.ff1 = nn.Linear(c.hidden, c.ffn)
        self.ff2 = nn.Linear(c.ffn, c.hidden)
        self.ln2 = nn.LayerNorm(c.hidden, eps=c.eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        h = self.heads
        q = self.q(x).reshape(b, t, h, d // h).transpose(1, 2)
        k = self.k(x).reshape(b, t, h, d // h).transpose(1, 2)
        v = self.v(x).reshape(b, t, h, d // h).transpose(1, 2)
        att = (q @ k.transpose(-1, -2)) * self.scale + bias
        y = (att.softmax(dim=-1) @ v).transpose(1, 2).reshape(b, t, d)
        x = self.ln1(x + self.o(y))
        return self.ln2(x + self.ff2(F.gelu(self.ff1(x))))


class Yardstick(nn.Module):
    def __init__(self, c: Cfg):
        super().__init__()
        self.c = c
        self.word = nn.Embedding(c.vocab_size, c.hidden, padding_idx=c.pad_id)
        self.pos = nn.Embedding(c.max_positions, c.hidden)
        self.token_type = nn.Embedding(1, c.hidden)
        self.ln_emb = nn.LayerNorm(c.hidden, eps=c.eps)
        self.blocks = nn.ModuleList([Block(c) for _ in range(c.layers)])
        self.emotion_head = nn.Linear(c.hidden, len(EMOTIONS))
        for m in self.modules():
            if isinstance(m, (nn.Linear, nn.Embedding)):
                nn.init.normal_(m.weight, std=0.02)
            if isinstance(m, nn.Linear):
                nn.init.zeros_(m.bias)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor):
        t = input_ids.shape[1]
        pos = torch.arange(t, device=input_ids.device).unsqueeze(0) + 2  # RoBERTa position offset
        x = self.ln_emb(self.word(input_ids) + self.pos(pos) + self.token_type.weight[0])
        bias = (1.0 - attention_mask[:, None, None, :].to(x.dtype)) * -1e4
        for blk in self.blocks:
            x = blk(x, bias)
        m = attention_mask.unsqueeze(-1).to(x.dtype)
        pooled = (x * m).sum(1) / m.sum(1).clamp(min=1.0)  # mean pooling
        logits = self.emotion_head(pooled)
        return F.normalize(pooled, dim=-1), logits, logits.softmax(dim=-1)


def source_hash() -> str:
    """Identifies the recipe (this file + the quantiser): the bench rebuilds when it changes."""
    h = hashlib.sha256()
    for p in (Path(__file__).resolve(), HERE / "quantize.py"):
        h.update(p.read_bytes())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / ".cache" / "yardstick"))
    ap.add_argument("--tokenizer-from", default=str(ROOT / "models" / "maum-mini"))
    args = ap.parse_args()
    out = Path(args.out)
    (out / "onnx").mkdir(parents=True, exist_ok=True)
    started = time.time()
    torch.manual_seed(SEED)
    c = Cfg()
    model = Yardstick(c).eval()
    params = sum(p.numel() for p in model.parameters())
    ids = torch.tensor([[2, 100, 200, 300, 3], [2, 150, 3, 0, 0]])
    mask = (ids != 0).long()
    with tempfile.TemporaryDirectory(dir=out) as tmp:
        fp32 = Path(tmp) / "model.onnx"  # ~440 MB; only the int8 model is kept
        with torch.no_grad():
            torch.onnx.export(
                model, (ids, mask), str(fp32), opset_version=14,
                input_names=["input_ids", "attention_mask"],
                output_names=["sentence_embedding", "emotion_logits", "emotion_probs"],
                dynamic_axes={"input_ids": {0: "batch", 1: "sequence"},
                              "attention_mask": {0: "batch", 1: "sequence"},
                              "sentence_embedding": {0: "batch"}, "emotion_logits": {0: "batch"},
                              "emotion_probs": {0: "batch"}},
                do_constant_folding=True,
            )
        import onnx
        # The same static-reshape pass as maum-mini's export, so both graphs are built alike.
        onnx.save(simplify(onnx.load(str(fp32))), str(fp32))
        quantize(str(fp32), str(out / "onnx" / "model_quantized.onnx"))
    tok = Path(args.tokenizer_from)
    for name in ("tokenizer.json", "tokenizer_config.json"):
        shutil.copy(tok / name, out / name)
    config = {
        "model_type": "bert",
        "architectures": ["Yardstick"],
        "_note": "Randomly initialised RoBERTa-base-shaped encoder: a speed yardstick for "
                 "npm run bench:models. Not a trained model; never committed or shipped.",
        "maum_version": "yardstick-" + source_hash(),
        "yardstick_recipe": source_hash(),
        "vocab_size": c.vocab_size, "hidden_size": c.hidden, "num_hidden_layers": c.layers,
        "num_attention_heads": c.heads, "intermediate_size": c.ffn,
        "max_position_embeddings": c.max_positions, "pad_token_id": c.pad_id,
        "parameters": params,
        "embedding_dim": c.hidden,
        "emotions": EMOTIONS,
        "id2label": {str(i): e for i, e in enumerate(EMOTIONS)},
        "label2id": {e: i for i, e in enumerate(EMOTIONS)},
    }
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    size = (out / "onnx" / "model_quantized.onnx").stat().st_size
    print(json.dumps({"out": str(out), "parameters": params, "q8_bytes": size,
                      "seconds": round(time.time() - started, 1)}), file=sys.stderr)


if __name__ == "__main__":
    main()
