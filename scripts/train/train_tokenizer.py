"""Train the SentencePiece unigram tokenizer and export it as a Transformers.js tokenizer.json.

Corpus: public data only (NSMC reviews, ChatbotData questions, KOTE training split, KorSTS
train, XNLI), so the vocabulary never depends on the project's dev split or on data still being
written. Held-out evaluation text is excluded.
"""
from __future__ import annotations

import json
import sys

import sentencepiece as spm

from common import (MODEL_DIR, WORK, chatbot_questions, kote_split, load_korsts, load_kote,
                    load_xnli, nsmc_reviews, rng)

VOCAB_SIZE = 6000
SPECIALS = ["<pad>", "<unk>", "<s>", "</s>", "<mask>"]


def corpus() -> list[str]:
    lines = nsmc_reviews(limit=400_000)
    lines += chatbot_questions()
    lines += [t for t, _, _ in load_kote() if kote_split(t) == "train"]
    for a, b, _ in load_korsts("train"):
        lines += [a, b]
    for a, b, _ in load_xnli():
        lines += [a, b]
    rng(1).shuffle(lines)
    return [l for l in lines if l]


def export_tokenizer_json(sp: spm.SentencePieceProcessor, out_dir) -> None:
    vocab = [[sp.id_to_piece(i), float(sp.get_score(i))] for i in range(sp.get_piece_size())]
    # Control/unknown pieces score 0 in SentencePiece; they are never produced by Viterbi.
    tok = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [
            {"id": i, "content": s, "single_word": False, "lstrip": False, "rstrip": False,
             "normalized": False, "special": True}
            for i, s in enumerate(SPECIALS)
        ],
        "normalizer": {"type": "Sequence", "normalizers": [
            {"type": "NFC"},
            {"type": "Replace", "pattern": {"Regex": "\\s+"}, "content": " "},
            {"type": "Strip", "strip_left": True, "strip_right": True},
        ]},
        "pre_tokenizer": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always",
                          "split": True},
        "post_processor": {
            "type": "TemplateProcessing",
            "single": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                       {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "pair": [{"SpecialToken": {"id": "<s>", "type_id": 0}}, {"Sequence": {"id": "A", "type_id": 0}},
                     {"SpecialToken": {"id": "</s>", "type_id": 0}}, {"Sequence": {"id": "B", "type_id": 0}},
                     {"SpecialToken": {"id": "</s>", "type_id": 0}}],
            "special_tokens": {
                "<s>": {"id": "<s>", "ids": [2], "tokens": ["<s>"]},
                "</s>": {"id": "</s>", "ids": [3], "tokens": ["</s>"]},
            },
        },
        "decoder": {"type": "Metaspace", "replacement": "\u2581", "prepend_scheme": "always", "split": True},
        "model": {"type": "Unigram", "unk_id": 1, "vocab": vocab, "byte_fallback": False},
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "tokenizer.json").write_text(json.dumps(tok, ensure_ascii=False), encoding="utf-8")
    (out_dir / "tokenizer_config.json").write_text(json.dumps({
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": 128,
        "bos_token": "<s>", "eos_token": "</s>", "unk_token": "<unk>", "pad_token": "<pad>",
        "mask_token": "<mask>", "cls_token": "<s>", "sep_token": "</s>",
        "padding_side": "right", "clean_up_tokenization_spaces": False,
    }, ensure_ascii=False, indent=2), encoding="utf-8")


def main() -> None:
    WORK.mkdir(parents=True, exist_ok=True)
    lines = corpus()
    path = WORK / "tokenizer_corpus.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"tokenizer corpus: {len(lines)} lines", flush=True)
    spm.SentencePieceTrainer.train(
        input=str(path), model_prefix=str(WORK / "spm"), model_type="unigram",
        vocab_size=VOCAB_SIZE, character_coverage=0.9995, normalization_rule_name="identity",
        remove_extra_whitespaces=False, add_dummy_prefix=True, split_digits=True,
        pad_id=0, unk_id=1, bos_id=2, eos_id=3, control_symbols=["<mask>"],
        input_sentence_size=600_000, shuffle_input_sentence=True, seed_sentencepiece_size=400_000,
        max_sentence_length=2000, num_threads=2, minloglevel=1,
    )
    sp = spm.SentencePieceProcessor(model_file=str(WORK / "spm.model"))
    export_tokenizer_json(sp, MODEL_DIR)
    print("tokenizer.json written to", MODEL_DIR, file=sys.stderr)


if __name__ == "__main__":
    main()
