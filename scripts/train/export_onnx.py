"""Export a trained maum-mini checkpoint to Transformers.js layout (config.json, tokenizer
files, onnx/model.onnx fp32 and onnx/model_quantized.onnx int8).

  python3 scripts/train/export_onnx.py --ckpt .cache/train/final.pt --out models/maum-mini
  python3 scripts/train/export_onnx.py --random-tiny --out tests/fixtures/tiny-model
The second form writes the tiny randomly initialised fixture the loading tests use.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from pathlib import Path

import torch

from common import EMOTIONS, MODEL_DIR, SEED, WORK
from char_features import BUCKETS, MAX_FEATURES, NEGATION_SCOPE, ORDERS, SKETCH_ORDERS
from model import CharEmotion, CharSketch, Config, ExportWrapper, MaumMini, WideEmotion
from quantize import quantize, store_table_fp16
from simplify_graph import simplify

KO = {"joy": "기쁨", "sadness": "슬픔", "anger": "분노", "anxiety": "불안", "hurt": "상처",
      "embarrassment": "당황", "neutral": "중립"}


def file_hash(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt")
    ap.add_argument("--out", required=True)
    ap.add_argument("--random-tiny", action="store_true")
    ap.add_argument("--keep-layers", type=int, default=0,
                    help="speed probe only: keep the first N transformer layers (what a smaller model would cost "
                         "in time; its outputs are not a model's)")
    ap.add_argument("--wide", help="wide emotion head from fit_wide.py (default: .cache/train/wide.pt if present)")
    args = ap.parse_args()
    out = Path(args.out)
    (out / "onnx").mkdir(parents=True, exist_ok=True)
    torch.manual_seed(SEED)
    if args.random_tiny:
        cfg = Config(vocab_size=6000, embed_dim=16, hidden=32, layers=1, heads=2, ffn=64)
        model = MaumMini(cfg)
        note = "Tiny randomly initialised test fixture. Not a trained model; never shipped."
    else:
        ck = torch.load(args.ckpt, map_location="cpu")
        if args.keep_layers:
            gone = tuple(f"blocks.{i}." for i in range(args.keep_layers, ck["config"]["layers"]))
            ck["config"]["layers"] = args.keep_layers
            ck["state"] = {k: v for k, v in ck["state"].items() if not k.startswith(gone)}
        cfg = Config(**ck["config"])
        model = MaumMini(cfg)
        model.load_state_dict(ck["state"])
        note = "maum-mini: compact Korean encoder (sentence embedding + 7 emotions). See MODEL_CARD.md."
    model.eval()
    wide = None
    wide_path = Path(args.wide) if args.wide else (WORK / "wide.pt")
    if not args.random_tiny and wide_path.exists():
        w = torch.load(wide_path, map_location="cpu")
        wide = WideEmotion(w["idf"], w["weight"], w["bias"])
    char = None
    char_path = WORK / "char.pt"
    if not args.random_tiny and char_path.exists():
        c = torch.load(char_path, map_location="cpu")
        char = CharEmotion(c["idf"], c["weight"], c["bias"])
    sketch = None
    sketch_path = WORK / "sketch.pt"
    if char is not None and sketch_path.exists():
        sk = torch.load(sketch_path, map_location="cpu")
        sketch = CharSketch(sk["signed_idf"], int(sk["dim"]))
    head_weights = None
    ensemble_path = WORK / "ensemble.pt"
    if char is not None and wide is not None and ensemble_path.exists():
        head_weights = [float(x) for x in torch.load(ensemble_path)["weights"]]
    share_path = WORK / "share.pt"
    sketch_share = float(torch.load(share_path)["sketch_share"]) if sketch is not None and share_path.exists() else 0.5
    wrapper = ExportWrapper(model, wide, char, sketch, head_weights=head_weights, sketch_share=sketch_share)
    ids = torch.tensor([[2, 100, 200, 300, 3], [2, 150, 3, 0, 0]])
    mask = (ids != 0).long()
    fp32 = out / "onnx" / "model.onnx"
    inputs: tuple = (ids, mask)
    names = ["input_ids", "attention_mask"]
    axes = {"input_ids": {0: "batch", 1: "sequence"}, "attention_mask": {0: "batch", 1: "sequence"},
            "sentence_embedding": {0: "batch"}, "emotion_logits": {0: "batch"}, "emotion_probs": {0: "batch"}}
    if char is not None:
        inputs = (ids, mask, torch.tensor([[5, 9, 0], [7, 0, 0]]), torch.tensor([[1.0, 1.7, 0.0], [1.0, 0.0, 0.0]]))
        names += ["char_ids", "char_tf"]
        axes.update({"char_ids": {0: "batch", 1: "features"}, "char_tf": {0: "batch", 1: "features"}})
    if sketch is not None:
        inputs = (*inputs, torch.tensor([[5, 0], [7, 8]]), torch.tensor([[1.0, 0.0], [1.7, 1.0]]))
        names += ["sketch_ids", "sketch_tf"]
        axes.update({"sketch_ids": {0: "batch", 1: "sketch_features"}, "sketch_tf": {0: "batch", 1: "sketch_features"}})
    torch.onnx.export(
        wrapper, inputs, str(fp32), opset_version=16,  # 16: ScatterElements with reduction (CharSketch)
        input_names=names,
        output_names=["sentence_embedding", "emotion_logits", "emotion_probs"],
        dynamic_axes=axes,
        do_constant_folding=True,
    )
    # Static reshape targets instead of the exporter's shape arithmetic: same outputs, ~50 fewer
    # nodes for onnxruntime to dispatch on every call (see simplify_graph.py).
    import onnx
    onnx.save(simplify(onnx.load(str(fp32))), str(fp32))
    q8 = out / "onnx" / "model_quantized.onnx"
    quantize(str(fp32), str(q8))
    if not args.random_tiny:
        # The 12 MB budget holds both files only if their float tables are stored in fp16, each
        # with one Cast back to fp32 that onnxruntime folds when the session loads, so compute stays
        # fp32. model.onnx: every weight matrix and table (LayerNorms and biases stay fp32). The
        # int8 file: the two 131 k-entry idf tables of the character inputs (its weights are int8).
        # int8 is quantised from the fp32 weights above, before this rounding.
        store_table_fp16(str(fp32), min_elements=4096)
        store_table_fp16(str(q8), min_elements=100_000)
    tok_src = MODEL_DIR
    if out.resolve() != tok_src.resolve():
        for name in ("tokenizer.json", "tokenizer_config.json"):
            shutil.copy(tok_src / name, out / name)
    version = file_hash(q8)[:12]
    config = {
        "model_type": "bert",  # lets Transformers.js AutoModel open it as a plain encoder session
        "architectures": ["MaumMini"],
        "_note": note,
        "maum_version": version,
        "vocab_size": cfg.vocab_size, "hidden_size": cfg.hidden, "embedding_size": cfg.embed_dim,
        "num_hidden_layers": cfg.layers, "num_attention_heads": cfg.heads, "intermediate_size": cfg.ffn,
        "max_position_embeddings": cfg.max_len, "pad_token_id": 0,
        "embedding_dim": cfg.hidden + cfg.embed_dim + (sketch.dim if sketch is not None else 0),
        "emotions": EMOTIONS,
        "id2label": {str(i): e for i, e in enumerate(EMOTIONS)},
        "label2id": {e: i for i, e in enumerate(EMOTIONS)},
        "emotion_names_ko": KO,
        "wide_emotion_head": wide is not None,
    }
    if head_weights is not None:
        config["emotion_head_weights"] = dict(zip(("transformer", "subword", "character"),
                                                  [round(x, 4) for x in head_weights]))
    if char is not None:
        config["char_features"] = {"buckets": BUCKETS, "orders": list(ORDERS), "max_features": MAX_FEATURES,
                                   "negation_scope": NEGATION_SCOPE, "inputs": ["char_ids", "char_tf"]}
        if sketch is not None:
            config["char_features"]["sketch_orders"] = list(SKETCH_ORDERS)
            config["char_features"]["inputs"] += ["sketch_ids", "sketch_tf"]
    if sketch is not None:
        config["embedding_parts"] = {"encoder": cfg.hidden + cfg.embed_dim, "char_sketch": sketch.dim,
                                     "char_sketch_share": wrapper.sketch_share}
    (out / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    sizes = {p.name: p.stat().st_size for p in (out / "onnx").iterdir()}
    print(json.dumps({"out": str(out), "version": version, "sizes": sizes}), file=sys.stderr)


if __name__ == "__main__":
    main()
