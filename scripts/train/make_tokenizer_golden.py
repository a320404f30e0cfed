"""Write the tokenizer golden file: the project's own sentences (never public data-set text)
tokenised by SentencePiece in Python, in NFC and NFD forms plus edge cases, with their hashed
character n-gram features (char_features.py: the emotion head's and the sketch's). The TypeScript
test (tests/ml/tokenizer-parity.test.ts) must produce the same ids with Transformers.js and the same
features with src/ml/char-features.ts.

  python3 scripts/train/make_tokenizer_golden.py                     (needs .cache/train/spm.model)
  python3 scripts/train/make_tokenizer_golden.py --refresh-features  (keeps the texts and ids, rewrites
                                                                      the features after a recipe change,
                                                                      appends edge cases added since)
"""
from __future__ import annotations

import json
import sys
import unicodedata

import sentencepiece as spm

from char_features import char_features, sketch_features
from common import ROOT, WORK, load_utterances, normalize, rng

EDGE = [
    "", " ", "ㅋㅋㅋㅋㅋ", "ㅠㅠ", "😀😭🔥 이모지만", "Hello, world!", "MIXED 한영 text 123",
    "<b>굵게</b> &amp; <script>alert(1)</script>", "   앞뒤  공백   ", "탭\t과\n줄바꿈",
    "１２３ 전각", "…!!??~~", "가" * 300, "ｈａｎ ｇｕｌ", "韓國語 한자", "\u200b제로폭", "ㄱㄴㄷ ㅏㅑㅓ",
    # Negation scope (session 23): standalone 안/못, long forms, a negator at the end, repeats, emoji.
    "요즘 기분이 별로 안 좋아", "행복하지 않아 안", "안", "못 못 못 해", "즐겁지도 못했어 😀", "안 😀좋아",
    "좋지는 않았어", "안녕 안심 안 돼", "기분이 안좋아요", "안괜찮아 안행복해 안전해", "안",
    # Rules 3 (session 24): 안 inside a word before a stem, 안 written onto the word before.
    "기분안좋아", "진짜안좋아요 😭", "하나도안 좋아", "기분이안 좋아", "방학 동안 좋았어", "불안 미안 편안 제안 좋아",
    "😭안 좋아", "😭이안 좋아", "잠안 와", "안좋아안", "하나도안",
]


def features(t: str) -> dict:
    return {"char": [list(bc) for bc in char_features(t)], "sketch": [list(bc) for bc in sketch_features(t)]}


def refresh_features(path) -> None:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    # Edge cases added to EDGE since the file was written go on the end (NFC and NFD), so the
    # sampled texts stay the same even though the utterances they were drawn from have grown.
    have = {r["text"] for r in rows}
    missing = [t for t in EDGE + [unicodedata.normalize("NFD", t) for t in EDGE] if t not in have]
    if missing:
        sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
        rows += [{"text": t, "ids": [2] + sp.encode(normalize(t)) + [3]} for t in dict.fromkeys(missing)]
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"text": r["text"], "ids": r["ids"], **features(r["text"])}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} golden rows, features rewritten -> {path}")


def main() -> None:
    out = ROOT / "tests" / "fixtures" / "tokenizer_golden.jsonl"
    if "--refresh-features" in sys.argv[1:]:
        refresh_features(out)
        return
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    rows = [t for t, _ in load_utterances()]
    rng(7).shuffle(rows)
    texts = rows[:900]
    texts += [unicodedata.normalize("NFD", t) for t in rows[900:1100]]
    texts += EDGE + [unicodedata.normalize("NFD", t) for t in EDGE]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as f:
        for t in texts:
            ids = [2] + sp.encode(normalize(t)) + [3]
            f.write(json.dumps({"text": t, "ids": ids, **features(t)}, ensure_ascii=False) + "\n")
    print(f"{len(texts)} golden rows -> {out}")


if __name__ == "__main__":
    main()
