"""One-off migration (session 20): give an exported model the 1-2-gram character sketch of the
current recipe without retraining it.

Until session 20 the sketch read the emotion head's char_ids/char_tf (1-3-grams, 512 dimensions).
The current recipe (fit_sketch.py, model.CharSketch, export_onnx.py) reads two inputs of its own,
sketch_ids/sketch_tf (1-2-grams), into 768 dimensions. A fresh `npm run train:models` exports that
directly; the shipped model's checkpoints were not kept, so this script edits its two ONNX files in
place instead:

- adds the inputs sketch_ids and sketch_tf and points the sketch's nodes (and only them) at them;
- replaces the signed idf table by the one fit_sketch.py computes (same texts, seed, power), stored
  in the same dtype as before;
- changes the sketch width in its two constants;
- picks the sketch share as fit_share.py does (KorSTS train hold-out, steps of 0.1), from the
  model's own encoder part (read through `npm run analyze`, the q8 model) and the new sketch, and
  writes it into the two scale constants before the final Concat;
- updates config.json (embedding_dim, embedding_parts, char_features, maum_version).

Nothing else in the graph changes: the transformer, the emotion heads and their outputs are the
same bytes. Usage: python3 scripts/train/migrate_sketch.py [--model models/maum-mini]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper
from scipy.stats import spearmanr

from char_features import BUCKETS, SKETCH_ORDERS, sketch_features
from common import ROOT, SEED, in_sts_holdout, load_korsts, normalize
from fit_sketch import DIM, IDF_POWER, fit_idf, training_texts

SKETCH_INPUTS = ("sketch_ids", "sketch_tf")


def sketch(text: str, weight: np.ndarray) -> np.ndarray:
    out = np.zeros(DIM)
    for b, c in sketch_features(text):
        out[b % DIM] += (1 + math.log(c)) * weight[b]
    return out / (np.linalg.norm(out) or 1.0)


def encoder_parts(model: Path, texts: list[str], enc_dim: int) -> dict[str, np.ndarray]:
    """The model's encoder part per text (unit length), through the app's own analyze CLI."""
    run = subprocess.run(["npm", "run", "--silent", "analyze", "--", "--model", str(model)], cwd=ROOT,
                         input="\n".join(texts) + "\n", capture_output=True, text=True, check=True)
    out = {}
    for line in run.stdout.splitlines():
        o = json.loads(line)
        v = np.array(o["embedding"][:enc_dim])
        out[o["text"]] = v / np.linalg.norm(v)
    return out


def fit_share(model: Path, enc_dim: int, weight: np.ndarray) -> float:
    pairs = [p for p in load_korsts("train") if in_sts_holdout(p[0], p[1])]
    texts = sorted({normalize(t) for a, b, _ in pairs for t in (a, b)})
    enc = encoder_parts(model, texts, enc_dim)
    sk = {t: sketch(t, weight) for t in texts}
    y = [s for *_, s in pairs]
    ec = np.array([enc[normalize(a)] @ enc[normalize(b)] for a, b, _ in pairs])
    sc = np.array([sk[normalize(a)] @ sk[normalize(b)] for a, b, _ in pairs])
    curve = [(round(s, 1), float(spearmanr((1 - s) * ec + s * sc, y)[0])) for s in np.arange(0, 1.01, 0.1)]
    print(f"KorSTS train hold-out (n={len(pairs)}), Spearman by sketch share:")
    print("  " + "  ".join(f"{s:.1f}: {r:.3f}" for s, r in curve))
    return max(curve, key=lambda c: c[1])[0]


def scalar_constant(g: onnx.GraphProto, name: str) -> onnx.NodeProto:
    node = next(n for n in g.node if n.op_type == "Constant" and n.output[0] == name)
    return node


def set_constant(node: onnx.NodeProto, value: np.ndarray) -> None:
    attr = next(a for a in node.attribute if a.name == "value")
    attr.t.CopyFrom(numpy_helper.from_array(value.astype(numpy_helper.to_array(attr.t).dtype), attr.t.name))


def migrate_graph(path: Path, weight: np.ndarray, old_dim: int, share: float) -> None:
    m = onnx.load(str(path))
    g = m.graph
    if any(i.name in SKETCH_INPUTS for i in g.input):
        raise SystemExit(f"{path} already has the sketch inputs")
    g.input.extend([
        helper.make_tensor_value_info("sketch_ids", TensorProto.INT64, ["batch", "sketch_features"]),
        helper.make_tensor_value_info("sketch_tf", TensorProto.FLOAT, ["batch", "sketch_features"]),
    ])
    rewired = 0
    for n in g.node:
        if n.name.startswith("/sketch/"):
            for k, x in enumerate(n.input):
                if x in ("char_ids", "char_tf"):
                    n.input[k] = "sketch_ids" if x == "char_ids" else "sketch_tf"
                    rewired += 1
            if n.op_type == "Constant":
                v = numpy_helper.to_array(next(a for a in n.attribute if a.name == "value").t)
                if v.dtype == np.int64 and v.size == 1 and int(v.reshape(-1)[0]) == old_dim:
                    set_constant(n, np.full(v.shape, DIM))
                    rewired += 1
    if rewired != 5:  # Gather, Mul, Mod + the width in Mod's divisor and in the zeros' shape
        raise SystemExit(f"{path}: expected 5 sketch edits, made {rewired}")
    table = next(i for i in g.initializer if i.name.startswith("sketch.signed_idf"))
    dtype = numpy_helper.to_array(table).dtype
    table.CopyFrom(numpy_helper.from_array(weight.astype(dtype), table.name))
    # The scale constants: Concat(Mul(encoder, sqrt(1 - s)), Mul(sketch, sqrt(s))).
    concat = next(n for n in g.node if n.op_type == "Concat" and n.output[0] == "sentence_embedding")
    muls = [next(n for n in g.node if n.output[0] == x) for x in concat.input]
    for mul, scale in zip(muls, (math.sqrt(1 - share), math.sqrt(share))):
        const = next(x for x in mul.input if x.startswith("/Constant"))
        set_constant(scalar_constant(g, const), np.array(scale, dtype=np.float32))
    onnx.checker.check_model(m)
    onnx.save(m, str(path))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/maum-mini")
    args = ap.parse_args()
    model = (ROOT / args.model).resolve()
    config = json.loads((model / "config.json").read_text(encoding="utf-8"))
    parts = config["embedding_parts"]
    if "sketch_orders" in config["char_features"]:
        raise SystemExit(f"{model} already has its own sketch inputs")
    idf, _ = fit_idf(training_texts())
    sign = np.random.default_rng(SEED).choice([-1.0, 1.0], size=BUCKETS)
    weight = idf ** IDF_POWER * sign
    share = fit_share(model, parts["encoder"], weight)
    print(f"sketch share {share} (was {parts['char_sketch_share']}), width {DIM} (was {parts['char_sketch']})")
    for name in ("model.onnx", "model_quantized.onnx"):
        migrate_graph(model / "onnx" / name, weight, int(parts["char_sketch"]), share)
    config["maum_version"] = hashlib.sha256((model / "onnx" / "model_quantized.onnx").read_bytes()).hexdigest()[:12]
    config["embedding_dim"] = parts["encoder"] + DIM
    config["embedding_parts"] = {"encoder": parts["encoder"], "char_sketch": DIM, "char_sketch_share": share}
    config["char_features"]["sketch_orders"] = list(SKETCH_ORDERS)
    config["char_features"]["inputs"] = ["char_ids", "char_tf", *SKETCH_INPUTS]
    (model / "config.json").write_text(json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({"model": str(model), "version": config["maum_version"]}), file=sys.stderr)


if __name__ == "__main__":
    main()
