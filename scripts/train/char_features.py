"""Hashed character n-gram features of the emotion model's "wide" head, computed outside the
ONNX graph (an ONNX graph cannot hash strings) and fed to it as two extra inputs.

This file and src/ml/char-features.ts must agree exactly; tests/ml/tokenizer-parity.test.ts
compares them on a golden file written by make_tokenizer_golden.py. The recipe: normalise as
the tokenizer does (NFC, collapse whitespace, strip), lower-case, pad each space-separated word
with one space on both sides, take every n-gram (n = 1..3) of the padded word except a lone
space, and (with n = 3) the trigram across each word boundary (last letter, space, next word's
first letter: "안 좋"), hash "n:gram" with 32-bit FNV-1a over UTF-16 code units, bucket = hash mod
BUCKETS. With n = 3 (the emotion head) the n-grams of a word that a negation governs (negated_words:
"좋아" in "안 좋아", "행복하지" in "행복하지 않아") are hashed as "n!:gram" instead (session 23).
Counts are kept per bucket; the graph weighs them as (1 + ln count) * idf and L2-normalises.

The sentence embedding's character sketch reads the same recipe with n = 1..2 only (SKETCH_ORDERS),
passed as two more inputs (sketch_ids, sketch_tf): trigrams help the emotion head but make the
similarity too literal (fit_sketch.py --compare).
"""
from __future__ import annotations

from collections import Counter

from common import normalize

BUCKETS = 1 << 17
ORDERS = (1, 2, 3)
SKETCH_ORDERS = (1, 2)
MAX_FEATURES = 512  # per text, most frequent first (long texts are analysed in pieces anyway)


def fnv1a_utf16(s: str) -> int:
    h = 0x811C9DC5
    data = s.encode("utf-16-le")
    for i in range(0, len(data), 2):
        h ^= data[i] | (data[i + 1] << 8)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


# Which negation-scope rules the features follow; config.json records it, and the app refuses a
# model fitted to other rules (1: session 23's first export; 2: also 안 written onto a word;
# 3: also 안 inside a word before a stem of feeling, and 안 written onto the word before).
NEGATION_SCOPE = 3
NEGATORS = ("안", "못")
LONG_NEGATION_ENDINGS = ("지", "지도", "지가", "지는")
LONG_NEGATORS = ("않", "못하", "못했", "못해")
# 안 written onto a word of feeling or judgement ("기분이 안좋아요", "하나도 안즐거워"): the space is
# often left out in chat. Only these stems, so 안심, 안전, 안녕 and 안경 stay plain words.
ATTACHED_NEGATED_STEMS = ("좋", "괜찮", "행복", "즐겁", "즐거", "기쁘", "기뻐", "설레", "신나", "신난",
                          "편하", "편해", "편했", "재밌", "재미있", "반갑", "반가", "예쁘", "맛있", "멋있")
# 안 written onto the word before it ("하나도안 좋아", "기분이안 좋아"): only after these words, or
# after a word of two or more letters ending in a particle, so 동안, 불안, 미안, 편안 and 제안 stay
# plain words.
NEGATION_HOSTS = ("하나도", "전혀", "별로", "너무", "진짜", "정말", "완전", "그렇게", "그다지", "딱히", "잘",
                  "영", "절대", "많이", "조금", "좀", "아직", "더", "다", "또", "이제", "그냥", "요즘", "오늘",
                  "기분", "컨디션", "맘", "마음", "몸", "잠", "밥")
HOST_PARTICLES = ("이", "가", "은", "는", "도")


def attached_negation(word: str) -> bool:
    """안 written onto a stem of feeling, at the start or inside the word ("안좋아", "기분안좋아")."""
    return any(word[k] == "안" and word.startswith(ATTACHED_NEGATED_STEMS, k + 1) for k in range(len(word) - 1))


def negation_written_onto(word: str) -> bool:
    """The word carries the 안 of the next one ("하나도안 좋아")."""
    host = word[:-1]
    return word.endswith("안") and (host in NEGATION_HOSTS or (len(host) >= 2 and host.endswith(HOST_PARTICLES)))


def negated_words(words: list[str]) -> list[bool]:
    """Which words a negation governs: the word after a standalone 안 or 못 ("안 좋아"), a word
    ending in 지 (지도, 지가, 지는) before 않…/못하… ("행복하지 않아"), a word of feeling with 안
    written onto it ("안좋아요", "기분안좋아"), and the word after a 안 written onto its
    predecessor ("하나도안 좋아"). Their n-grams get a namespace of
    their own, so 좋아 in "안 좋아" does not count as the 좋아 of joy (negation_scope_check.py)."""
    out = [False] * len(words)
    for i, w in enumerate(words):
        if (w in NEGATORS or negation_written_onto(w)) and i + 1 < len(words):
            out[i + 1] = True
        if attached_negation(w):
            out[i] = True
        if i + 1 < len(words) and w.endswith(LONG_NEGATION_ENDINGS) and words[i + 1].startswith(LONG_NEGATORS):
            out[i] = True
    return out


def char_features(text: str, orders: tuple[int, ...] = ORDERS) -> list[tuple[int, int]]:
    """(bucket, count) pairs, ordered by count descending then bucket ascending."""
    counts: Counter[int] = Counter()
    words = [w for w in normalize(text).lower().split(" ") if w]
    # The emotion head's recipe (with trigrams) marks negation scope; the sketch's does not.
    negated = negated_words(words) if 3 in orders else [False] * len(words)
    for word, neg in zip(words, negated):
        w = f" {word} "
        units = list(w)
        for n in orders:
            for i in range(0, len(units) - n + 1):
                gram = "".join(units[i:i + n])
                if gram == " ":
                    continue
                counts[fnv1a_utf16(f"{n}!:{gram}" if neg else f"{n}:{gram}") % BUCKETS] += 1
    if 3 in orders:
        # Across each word boundary, the last letter, the space and the next word's first: "안 좋"
        # of "학점이 너무 안 좋아요", which within-word n-grams never see (session 21).
        for a, b in zip(words, words[1:]):
            counts[fnv1a_utf16(f"3:{a[-1]} {b[0]}") % BUCKETS] += 1
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:MAX_FEATURES]


def sketch_features(text: str) -> list[tuple[int, int]]:
    """The character sketch's inputs: char_features over 1- and 2-grams."""
    return char_features(text, SKETCH_ORDERS)
