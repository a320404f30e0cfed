"""maum-mini: a compact Korean encoder with two heads, one forward pass.

Why this shape: the whole model ships twice (fp32 + int8) inside a 12 MB budget, so it has
~2.2 M parameters. A factorised embedding (ALBERT-style, 6k x 128 projected to 192) keeps
the vocabulary cheap; four pre-LN transformer layers of width 192 give context and train
stably from scratch on a CPU. Mean pooling feeds both the sentence-embedding head and the
seven-way emotion head.

The sentence embedding has two parts, each L2-normalised and mixed by a learned weight a:
[sqrt(a) * contextual, sqrt(1 - a) * lexical], so cosine = a * cos_ctx + (1 - a) * cos_lex.
The lexical part is an IDF-like weighted bag of the (shared) token embeddings: a tiny model
trained for an hour cannot learn everything from context, and word overlap is a strong
similarity signal the contextual part then only has to correct.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class Config:
    vocab_size: int = 6000
    embed_dim: int = 128
    hidden: int = 192
    layers: int = 4
    heads: int = 4
    ffn: int = 512
    max_len: int = 128
    dropout: float = 0.1
    num_emotions: int = 7
    pad_id: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


class Layer(nn.Module):
    def __init__(self, c: Config):
        super().__init__()
        self.heads = c.heads
        self.ln1 = nn.LayerNorm(c.hidden)
        self.qkv = nn.Linear(c.hidden, 3 * c.hidden)
        self.out = nn.Linear(c.hidden, c.hidden)
        self.ln2 = nn.LayerNorm(c.hidden)
        self.ff1 = nn.Linear(c.hidden, c.ffn)
        self.ff2 = nn.Linear(c.ffn, c.hidden)
        self.drop = nn.Dropout(c.dropout)

    def forward(self, x: torch.Tensor, mask_bias: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        h = self.heads
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q = q.reshape(b, t, h, d // h).transpose(1, 2)
        k = k.reshape(b, t, h, d // h).transpose(1, 2)
        v = v.reshape(b, t, h, d // h).transpose(1, 2)
        att = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(d // h)) + mask_bias
        att = self.drop(att.softmax(dim=-1))
        y = (att @ v).transpose(1, 2).reshape(b, t, d)
        x = x + self.drop(self.out(y))
        x = x + self.drop(self.ff2(F.gelu(self.ff1(self.ln2(x)))))
        return x


class MaumMini(nn.Module):
    def __init__(self, c: Config):
        super().__init__()
        self.c = c
        self.tok = nn.Embedding(c.vocab_size, c.embed_dim, padding_idx=c.pad_id)
        self.proj = nn.Linear(c.embed_dim, c.hidden)
        self.pos = nn.Embedding(c.max_len, c.hidden)
        self.ln_in = nn.LayerNorm(c.hidden)
        self.blocks = nn.ModuleList([Layer(c) for _ in range(c.layers)])
        self.ln_out = nn.LayerNorm(c.hidden)
        self.drop = nn.Dropout(c.dropout)
        # heads
        self.embed_head = nn.Linear(c.hidden, c.hidden)
        self.emotion_head = nn.Linear(c.hidden, c.num_emotions)
        self.lex_weight = nn.Parameter(torch.zeros(c.vocab_size))  # softplus -> per-token weight
        self.lex_mix = nn.Parameter(torch.tensor(1.0))  # sigmoid -> share of the contextual part
        # MLM head (training only; decoder tied to the token embedding)
        self.mlm_dense = nn.Linear(c.hidden, c.embed_dim)
        self.mlm_ln = nn.LayerNorm(c.embed_dim)
        self.mlm_bias = nn.Parameter(torch.zeros(c.vocab_size))
        self.apply(self._init)

    @staticmethod
    def _init(m: nn.Module) -> None:
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def encode(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        t = ids.shape[1]
        pos = torch.arange(t, device=ids.device).unsqueeze(0)
        x = self.ln_in(self.proj(self.tok(ids)) + self.pos(pos))
        x = self.drop(x)
        bias = (1.0 - mask[:, None, None, :].to(x.dtype)) * -1e4
        for blk in self.blocks:
            x = blk(x, bias)
        return self.ln_out(x)

    def pool(self, hidden: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)

    def lexical(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        w = F.softplus(self.lex_weight)[ids] * mask.to(torch.float32)
        return F.normalize((w.unsqueeze(-1) * self.tok(ids)).sum(1), dim=-1)

    def heads(self, pooled: torch.Tensor, lex: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        a = torch.sigmoid(self.lex_mix)
        ctx = F.normalize(self.embed_head(pooled), dim=-1)
        emb = torch.cat([ctx * a.sqrt(), lex * (1 - a).sqrt()], dim=-1)
        logits = self.emotion_head(self.drop(pooled))
        return emb, logits

    def mlm_logits(self, hidden: torch.Tensor) -> torch.Tensor:
        h = self.mlm_ln(F.gelu(self.mlm_dense(hidden)))
        return h @ self.tok.weight.t() + self.mlm_bias

    def forward(self, ids: torch.Tensor, mask: torch.Tensor):
        hidden = self.encode(ids, mask)
        emb, logits = self.heads(self.pool(hidden, mask), self.lexical(ids, mask))
        return emb, logits


class WideEmotion(nn.Module):
    """Linear emotion model over IDF-weighted subword tokens (see fit_wide.py). The IDF is
    folded into the weight table so the graph needs one gather for the numerator and one for
    the norm."""

    def __init__(self, idf: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor):
        super().__init__()
        self.register_buffer("idf", idf)
        self.register_buffer("table", idf[:, None] * weight)
        self.register_buffer("bias", bias)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask.to(torch.float32)
        num = (self.table[ids] * m.unsqueeze(-1)).sum(1)
        den = ((self.idf[ids] ** 2) * m).sum(1, keepdim=True).sqrt().clamp(min=1e-6)
        return num / den + self.bias


class CharEmotion(nn.Module):
    """Linear emotion model over hashed character n-grams (char_features.py, fit_wide.py).
    Inputs: bucket ids and their (1 + ln count) weights, zero-padded."""

    def __init__(self, idf: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor):
        super().__init__()
        self.register_buffer("idf", idf)
        self.register_buffer("table", weight)
        self.register_buffer("bias", bias)

    def forward(self, char_ids: torch.Tensor, char_tf: torch.Tensor) -> torch.Tensor:
        v = char_tf * self.idf[char_ids]
        norm = (v * v).sum(1, keepdim=True).sqrt().clamp(min=1e-6)
        return ((v / norm).unsqueeze(-1) * self.table[char_ids]).sum(1) + self.bias


class CharSketch(nn.Module):
    """The sentence embedding's character part: a count sketch of the hashed character 1-2-gram
    tf-idf vector (sketch_ids/sketch_tf: CharEmotion's recipe without trigrams). Bucket b lands in dimension
    b mod dim with a seeded random sign folded into its weight (idf ** 1.5, fit_sketch.py), so
    cosines of sketches approximate cosines of the sparse weighted vectors. No parameters are learned: the
    transformer alone scored KorSTS dev 0.68 while word overlap scores 0.74, and the two are
    complementary, so the shipped embedding is both (see ExportWrapper)."""

    def __init__(self, signed_idf: torch.Tensor, dim: int):
        super().__init__()
        self.register_buffer("signed_idf", signed_idf)
        self.dim = dim

    def forward(self, sketch_ids: torch.Tensor, sketch_tf: torch.Tensor) -> torch.Tensor:
        v = sketch_tf * self.signed_idf[sketch_ids]  # [batch, features]
        slot = torch.remainder(sketch_ids, self.dim)
        # A scatter-add (ONNX ScatterElements, reduction "add", opset 16): a one-hot
        # [batch, features, dim] product did the same with ~50x the work, and at batch 1 it was
        # a sixth of the model's run time.
        return F.normalize(v.new_zeros(v.shape[0], self.dim).scatter_add(1, slot, v), dim=-1)


class ExportWrapper(nn.Module):
    """What ships: input_ids + attention_mask (+ char_ids + char_tf with a character head) ->
    sentence_embedding, emotion_logits, emotion_probs. With wide/character heads, emotion_logits
    are a weighted sum of the heads' log-probabilities (head_weights, fitted by fit_wide.py on
    the stacking slice; equal shares summing to 1 if none are given), so the probabilities are
    their weighted, normalised geometric mean. With a sketch, the embedding is [sqrt(1 - s) * encoder, sqrt(s) * sketch]
    (both unit length), so its cosine is (1 - s) * cos_encoder + s * cos_sketch."""

    def __init__(self, model: MaumMini, wide: WideEmotion | None = None, char: CharEmotion | None = None,
                 sketch: CharSketch | None = None, sketch_share: float = 0.5,
                 head_weights: list[float] | None = None):
        super().__init__()
        self.m = model
        self.head_weights = head_weights
        self.wide = wide
        self.char = char
        self.sketch = sketch
        self.sketch_share = sketch_share

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor,
                char_ids: torch.Tensor | None = None, char_tf: torch.Tensor | None = None,
                sketch_ids: torch.Tensor | None = None, sketch_tf: torch.Tensor | None = None):
        emb, logits = self.m(input_ids, attention_mask)
        parts = [logits.log_softmax(-1)]
        if self.wide is not None:
            parts.append(self.wide(input_ids, attention_mask).log_softmax(-1))
        if self.char is not None and char_ids is not None and char_tf is not None:
            parts.append(self.char(char_ids, char_tf).log_softmax(-1))
        if len(parts) > 1:
            w = self.head_weights or [1.0 / len(parts)] * len(parts)
            assert len(w) == len(parts), "one weight per emotion head"
            logits = sum(wi * p for wi, p in zip(w, parts))
        if self.sketch is not None and sketch_ids is not None and sketch_tf is not None:
            s = self.sketch_share
            emb = torch.cat([emb * math.sqrt(1 - s), self.sketch(sketch_ids, sketch_tf) * math.sqrt(s)], dim=-1)
        return emb, logits, logits.softmax(dim=-1)
