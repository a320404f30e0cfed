"""Shared helpers for the training scripts: paths, text normalisation, data loading.

Every script reads the public data sets from ../shared/data (never copied into the
repo) and the project's own data from data/. Splits are deterministic (hash of the
normalised text), so every script agrees on what is held out.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import json
import os
import random
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = Path(os.environ.get("SHARED_DATA", ROOT.parent / "shared" / "data"))
DATA = ROOT / "data"
# intermediate artefacts (ignored by git); MAUM_TRAIN_DIR lets an experiment train beside them
WORK = Path(os.environ.get("MAUM_TRAIN_DIR", ROOT / ".cache" / "train"))
MODEL_DIR = ROOT / "models" / "maum-mini"

EMOTIONS = ["joy", "sadness", "anger", "anxiety", "hurt", "embarrassment", "neutral"]
SEED = 20261121

_ws = re.compile(r"\s+")


def normalize(text: str) -> str:
    """The exact normalisation the tokenizer.json normalizer performs (NFC, collapse
    whitespace, strip). Python and TypeScript must agree on it: see the parity test."""
    return _ws.sub(" ", unicodedata.normalize("NFC", text)).strip()


def dedup_key(text: str) -> str:
    t = normalize(text).lower()
    return re.sub(r"[\s\.,!?~…·\-\"'ㅋㅎㅠㅜ]+", "", t)


def bucket(text: str, salt: str = "") -> float:
    """Deterministic number in [0, 1) from the text, for splits."""
    h = hashlib.sha1((salt + dedup_key(text)).encode("utf-8")).hexdigest()
    return int(h[:8], 16) / 0x100000000


def rng(seed_offset: int = 0) -> random.Random:
    return random.Random(SEED + seed_offset)


# ---------------------------------------------------------------- public data

def load_kote() -> list[tuple[str, list[float], int]]:
    """KOTE rows as (text, soft 7-way distribution, hard label index) using label_map.json's rule."""
    lm = json.loads((SHARED / "kote" / "label_map.json").read_text())
    idx2emo = {e["index"]: e["emotion"] for e in lm["kote"]}
    rows = []
    with open(SHARED / "kote" / "val.tsv", encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 3 or not parts[2].strip():
                continue
            text = normalize(parts[1])
            counts = [0.0] * 7
            for i in parts[2].split(","):
                counts[EMOTIONS.index(idx2emo[int(i)])] += 1
            non_neutral = counts[:6]
            if sum(non_neutral) > 0:
                counts[6] = 0.0
                hard = max(range(6), key=lambda k: (non_neutral[k], -k))
            else:
                hard = 6
            total = sum(counts)
            rows.append((text, [c / total for c in counts], hard))
    return rows


def kote_split(text: str) -> str:
    """20 % of KOTE is kept out of training for evaluation."""
    return "eval" if bucket(text, "kote") < 0.2 else "train"


def in_stacking_slice(text: str) -> bool:
    """10 % of the emotion training texts (ours and KOTE's training split) that the transformer
    never trains on: fit_wide.py fits the ensemble weights of the three emotion heads on it, so
    the weights come from predictions none of the heads has seen (dev plays no part)."""
    return bucket(text, "stack") < 0.1


def in_sts_holdout(a: str, b: str) -> bool:
    """15 % of the KorSTS *train* pairs that the multi-task stage never trains on: the encoder
    memorises the pairs it trains on (Spearman 0.95 on them), so fit_share.py weighs the encoder
    against the character sketch on these instead (KorSTS dev plays no part)."""
    return bucket(a + "\t" + b, "sts-hold") < 0.15


def load_korsts(split: str) -> list[tuple[str, str, float]]:
    out = []
    with open(SHARED / "korsts" / f"sts-{split}.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t")
            if len(p) < 7:
                continue
            try:
                out.append((normalize(p[5]), normalize(p[6]), float(p[4])))
            except ValueError:
                continue
    return out


def load_xnli() -> list[tuple[str, str, str]]:
    out = []
    for name in ("xnli.dev.ko.tsv", "xnli.test.ko.tsv"):
        with open(SHARED / "xnli-ko" / name, encoding="utf-8") as f:
            next(f)
            for line in f:
                p = line.rstrip("\n").split("\t")
                if len(p) >= 3:
                    out.append((normalize(p[0]), normalize(p[1]), p[2].strip()))
    return out


def load_written_nli() -> list[tuple[str, str, str]]:
    """(premise, entailment, contradiction) triples written for this project
    (data/training/nli/*.tsv): entailments worded differently from their premise, contradictions
    that reuse most of its words, so the encoder learns that shared words are not shared meaning."""
    out = []
    for path in sorted((DATA / "training" / "nli").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            p = [normalize(x) for x in line.split("\t")]
            if len(p) == 3 and all(p):
                out.append((p[0], p[1], p[2]))
    return out


def load_written_sts() -> list[tuple[str, str, float]]:
    """(sentence1, sentence2, score 0-5) pairs written for this project (data/training/sts/*.tsv),
    on the STS annotation scale, many of them pairs where word overlap misleads."""
    out = []
    for path in sorted((DATA / "training" / "sts").glob("*.tsv")):
        for line in path.read_text(encoding="utf-8").splitlines():
            p = line.split("\t")
            if len(p) != 3:
                continue
            try:
                score = float(p[0])
            except ValueError:
                continue
            a, b = normalize(p[1]), normalize(p[2])
            if a and b and 0.0 <= score <= 5.0:
                out.append((a, b, score))
    return out


def load_chatbot_groups() -> list[list[str]]:
    """ChatbotData questions grouped by shared answer (paraphrase groups)."""
    groups: dict[str, list[str]] = {}
    with open(SHARED / "chatbot-qa" / "ChatbotData.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            q = normalize(row["Q"])
            groups.setdefault(row["A"].strip(), []).append(q)
    return [sorted(set(g)) for g in groups.values() if len(set(g)) >= 2]


def chatbot_questions() -> list[str]:
    with open(SHARED / "chatbot-qa" / "ChatbotData.csv", encoding="utf-8") as f:
        return [normalize(r["Q"]) for r in csv.DictReader(f)]


def nsmc_reviews(limit: int | None = None) -> list[str]:
    out = []
    with gzip.open(SHARED / "nsmc" / "nsmc_reviews.tsv.gz", "rt", encoding="utf-8") as f:
        next(f)
        for line in f:
            p = line.rstrip("\n").split("\t", 1)
            if len(p) == 2 and p[1].strip():
                out.append(normalize(p[1]))
                if limit and len(out) >= limit:
                    break
    return out


# ---------------------------------------------------------------- project data

def load_utterances() -> list[tuple[str, int]]:
    """The project's own labelled utterances (data/training/utterances/<emotion>_NN.txt),
    de-duplicated by normalised text (first occurrence wins; cross-label duplicates dropped)."""
    seen: dict[str, int] = {}
    rows: list[tuple[str, int]] = []
    conflicts: set[str] = set()
    for path in sorted((DATA / "training" / "utterances").glob("*.txt")):
        emo = path.stem.rsplit("_", 1)[0]
        if emo not in EMOTIONS:
            continue
        label = EMOTIONS.index(emo)
        for line in path.read_text(encoding="utf-8").splitlines():
            text = normalize(line)
            if len(text) < 2:
                continue
            k = dedup_key(text)
            if k in seen:
                if seen[k] != label:
                    conflicts.add(k)
                continue
            seen[k] = label
            rows.append((text, label))
    return [(t, l) for t, l in rows if dedup_key(t) not in conflicts]


def utterance_split(text: str) -> str:
    """15 % of the project's utterances form the dev split that no training step sees."""
    return "dev" if bucket(text, "utt") < 0.15 else "train"


def load_paraphrase_groups() -> list[list[str]]:
    groups = []
    for path in sorted((DATA / "training" / "paraphrases").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if not line:
                continue
            try:
                g = [normalize(s) for s in json.loads(line) if isinstance(s, str) and s.strip()]
            except json.JSONDecodeError:
                continue
            if len(g) >= 2:
                groups.append(g)
    return groups


def load_intents() -> list[dict]:
    """The dialogue intents' examples as the multi-task stage trains on them: the frozen snapshot
    in data/training/intent_examples.json (scripts/train/snapshot_intents.py), not the live corpus,
    so that growing the chat corpus does not change what a retrain reproduces."""
    return json.loads((DATA / "training" / "intent_examples.json").read_text(encoding="utf-8"))


def train_device():
    """CUDA when a GPU is present (MAUM_DEVICE=cpu forces the CPU); the CPU path is the reference."""
    import torch
    want = os.environ.get("MAUM_DEVICE", "")
    dev = torch.device(want or ("cuda" if torch.cuda.is_available() else "cpu"))
    if dev.type == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    return dev


def cpu_state(model) -> dict:
    """A state dict on the CPU, so checkpoints written on a GPU load anywhere."""
    return {k: v.detach().cpu() for k, v in model.state_dict().items()}
