"""Cut maum-mini's int8 graph into the parts `npm run bench:model-parts` times on their own.

  /usr/bin/python3 scripts/bench/graph_parts.py models/maum-mini/onnx/model_quantized.onnx OUTDIR

Writes OUTDIR/{full,transformer,heads,embeddings}.onnx: the same graph with other outputs and
everything that no longer feeds them removed.
  transformer: token + position embeddings and the four layers, up to the mean-pooled output;
  heads:       the subword and character emotion heads and the character sketch;
  embeddings:  token + position embeddings and the first LayerNorm only.
Tensor names are the exporter's (see model.py's ExportWrapper); a rename there fails loudly here.
"""
from __future__ import annotations

import sys
from pathlib import Path

import onnx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "train"))
from simplify_graph import _drop_dead  # noqa: E402

PARTS = {
    "full": ["sentence_embedding", "emotion_logits", "emotion_probs"],
    "transformer": ["/m/Div_output_0"],
    "heads": ["/Mul_1_output_0", "/Mul_2_output_0", "/Mul_4_output_0"],
    "embeddings": ["/m/ln_in/Add_1_output_0"],
}


def cut(src: str, outputs: list[str]) -> onnx.ModelProto:
    m = onnx.load(src)
    g = m.graph
    produced = {o for n in g.node for o in n.output}
    missing = [o for o in outputs if o not in produced]
    if missing:
        raise SystemExit(f"{src}: no tensor named {missing} (was the export changed?)")
    del g.output[:]
    g.output.extend(onnx.helper.make_tensor_value_info(o, onnx.TensorProto.FLOAT, None) for o in outputs)
    _drop_dead(m)
    used = {i for n in g.node for i in n.input}
    inputs = [i for i in g.input if i.name in used]
    del g.input[:]
    g.input.extend(inputs)
    return m


def main() -> None:
    src, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    for name, outputs in PARTS.items():
        m = cut(src, outputs)
        onnx.save(m, str(out / f"{name}.onnx"))
        print(f"{name}: {len(m.graph.node)} nodes, inputs {[i.name for i in m.graph.input]}", file=sys.stderr)


if __name__ == "__main__":
    main()
