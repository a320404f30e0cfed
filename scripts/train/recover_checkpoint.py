"""Recover the training checkpoints of a shipped export from its fp32 ONNX file, so that the
stages after the transformer (fit_wide.py, fit_share.py, export_onnx.py) and eval_heads.py can
run on the shipped model when its training checkpoints are gone (they are never committed).

  python3 scripts/train/recover_checkpoint.py [--model models/maum-mini] [--out .cache/train]

Writes final.pt (the transformer and its emotion head), wide.pt, char.pt, sketch.pt,
ensemble.pt and share.pt in the formats the training scripts write. To check them, export them
and compare with the shipped files (Debian's onnx has no evaluator of its own):

  python3 scripts/train/export_onnx.py --ckpt .cache/train/final.pt --out /tmp/recovered
  npx tsx scripts/eval/compare-models.ts models/maum-mini /tmp/recovered

What cannot be recovered: the masked-LM head (not exported; filled with fresh values, unused
after pre-training), and the weights' last bits: model.onnx stores weight tables in fp16
(export_onnx.py), so the recovered weights are those fp16 values. A re-export's int8 file is
quantised from them rather than from the original fp32 weights, so it may differ from the shipped
one by a rounding step in a few weights (scripts/eval/compare-models.ts measures it).
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from common import MODEL_DIR, SEED, WORK
from model import Config, MaumMini


def graph_tables(model: onnx.ModelProto) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Initialisers (fp16 tables under their fp32 names, as float32) and Constant node values."""
    inits: dict[str, np.ndarray] = {}
    for init in model.graph.initializer:
        name = init.name[:-5] if init.name.endswith("_fp16") else init.name
        inits[name] = numpy_helper.to_array(init).astype(np.float32) if init.data_type in (1, 10) else numpy_helper.to_array(init)
    consts = {n.output[0]: numpy_helper.to_array(n.attribute[0].t) for n in model.graph.node if n.op_type == "Constant"}
    return inits, consts


def recover(model_dir: Path) -> dict:
    onnx_model = onnx.load(str(model_dir / "onnx" / "model.onnx"))
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    inits, consts = graph_tables(onnx_model)
    cfg = Config(vocab_size=config["vocab_size"], embed_dim=config["embedding_size"], hidden=config["hidden_size"],
                 layers=config["num_hidden_layers"], heads=config["num_attention_heads"],
                 ffn=config["intermediate_size"], max_len=config["max_position_embeddings"])
    torch.manual_seed(SEED)
    model = MaumMini(cfg)
    state = model.state_dict()
    found: dict[str, torch.Tensor] = {}
    for key in state:
        if f"m.{key}" in inits:
            found[key] = torch.from_numpy(inits[f"m.{key}"].copy())
    # Linear layers applied to 3-D activations are exported as MatMul with the weight transposed
    # under a generated name; the node's name carries the module path ("/m/blocks.0/qkv/MatMul").
    for node in onnx_model.graph.node:
        if node.op_type != "MatMul" or not node.name.startswith("/m/") or node.input[1] not in inits:
            continue
        module = node.name[len("/m/"):].rsplit("/", 1)[0].replace("/", ".")
        found[f"{module}.weight"] = torch.from_numpy(inits[node.input[1]].T.copy())
    missing = [k for k in state if k not in found]
    # The masked-LM head is not part of the export; everything else must be there.
    assert all(k.startswith("mlm_") for k in missing), f"not in the graph: {missing}"
    for k, v in found.items():
        assert tuple(v.shape) == tuple(state[k].shape), f"{k}: {tuple(v.shape)} vs {tuple(state[k].shape)}"
        state[k] = v
    model.load_state_dict(state)

    # Head weights: the constant each head's log-probabilities are multiplied by, in graph order
    # (transformer, subword, character, as ExportWrapper builds them).
    producers = {o: n for n in onnx_model.graph.node for o in n.output}
    weights = []
    for node in onnx_model.graph.node:
        if node.op_type == "Mul" and any(producers.get(i) is not None and producers[i].op_type == "LogSoftmax" for i in node.input):
            weights += [float(consts[i]) for i in node.input if i in consts]
    assert len(weights) == 3, f"expected three emotion heads, found {len(weights)}"

    wide_idf = torch.from_numpy(inits["wide.idf"])
    safe = torch.where(wide_idf > 0, wide_idf, torch.ones_like(wide_idf))
    wide = {"idf": wide_idf, "weight": torch.from_numpy(inits["wide.table"]) / safe[:, None], "bias": torch.from_numpy(inits["wide.bias"])}
    char = {"idf": torch.from_numpy(inits["char.idf"]), "weight": torch.from_numpy(inits["char.table"]), "bias": torch.from_numpy(inits["char.bias"])}
    parts = config["embedding_parts"]
    sketch = {"signed_idf": torch.from_numpy(inits["sketch.signed_idf"]), "dim": int(parts["char_sketch"]),
              "orders": list(config["char_features"]["sketch_orders"]), "recovered_from": str(model_dir)}
    share = float(parts["char_sketch_share"])
    return {"config": cfg, "model": model, "wide": wide, "char": char, "sketch": sketch, "weights": weights, "share": share,
            "onnx": onnx_model}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=str(MODEL_DIR))
    ap.add_argument("--out", default=str(WORK))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    rec = recover(Path(args.model))
    print(json.dumps({"head_weights": rec["weights"], "sketch_share": rec["share"]}))
    torch.save({"config": rec["config"].to_dict(), "state": rec["model"].state_dict(), "step": -1,
                "recovered_from": args.model}, out / "final.pt")
    torch.save(rec["wide"], out / "wide.pt")
    torch.save(rec["char"], out / "char.pt")
    torch.save(rec["sketch"], out / "sketch.pt")
    torch.save({"heads": ["transformer", "subword", "character"], "weights": torch.tensor(rec["weights"])}, out / "ensemble.pt")
    torch.save({"sketch_share": rec["share"], "holdout_spearman": math.nan, "curve": []}, out / "share.pt")
    print(f"wrote {out}/final.pt, wide.pt, char.pt, sketch.pt, ensemble.pt, share.pt")


if __name__ == "__main__":
    main()
