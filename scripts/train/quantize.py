"""Dynamic int8 quantisation of the exported ONNX graph, written against the onnx package
only (onnxruntime's Python tools are not available on Debian).

It does what onnxruntime's quantize_dynamic does for MatMul: activations are quantised at
run time (DynamicQuantizeLinear, uint8), weights ahead of time (int8, symmetric, one scale
per output column), MatMulInteger multiplies, and the int32 result is rescaled. The token
embedding table is stored as int8 with one scale per row and dequantised after the Gather.
Gemm heads are handled like MatMul; LayerNorms, biases and tables under 20 k values stay fp32.
"""
from __future__ import annotations

import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper, TensorProto


def quantize(src: str, dst: str, min_elements: int = 4096) -> None:
    model = onnx.load(src)
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    new_nodes = []
    drop_inits: set[str] = set()
    added = []
    gather_tables: dict[str, str] = {}  # float table name -> quantised base name (shared tables)
    consumers: dict[str, int] = {}
    for n in g.node:
        for i in n.input:
            consumers[i] = consumers.get(i, 0) + 1

    def attrs(n) -> dict:
        return {a.name: helper.get_attribute_value(a) for a in n.attribute}

    for n in g.node:
        gemm = (n.op_type == "Gemm" and n.input[1] in inits and attrs(n).get("transA", 0) == 0
                and attrs(n).get("alpha", 1.0) == 1.0 and attrs(n).get("beta", 1.0) == 1.0)
        if (n.op_type == "MatMul" and n.input[1] in inits) or gemm:
            w = numpy_helper.to_array(inits[n.input[1]]).astype(np.float32)
            if gemm and attrs(n).get("transB", 0):
                w = w.T
            if w.ndim != 2 or w.size < min_elements:
                new_nodes.append(n)
                continue
            scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 127.0  # per output column
            wq = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
            base = n.output[0] + "_q"
            added += [numpy_helper.from_array(wq, base + "_W"),
                      numpy_helper.from_array(scale.astype(np.float32), base + "_Wscale"),
                      numpy_helper.from_array(np.array(0, dtype=np.int8), base + "_Wzp")]
            if consumers.get(n.input[1], 0) == 1:
                drop_inits.add(n.input[1])
            new_nodes += [
                helper.make_node("DynamicQuantizeLinear", [n.input[0]],
                                 [base + "_A", base + "_Ascale", base + "_Azp"]),
                helper.make_node("MatMulInteger", [base + "_A", base + "_W", base + "_Azp", base + "_Wzp"],
                                 [base + "_Y32"]),
                helper.make_node("Cast", [base + "_Y32"], [base + "_Yf"], to=TensorProto.FLOAT),
                helper.make_node("Mul", [base + "_Ascale", base + "_Wscale"], [base + "_S"]),
                helper.make_node("Mul", [base + "_Yf", base + "_S"],
                                 [base + "_Y" if gemm and len(n.input) > 2 else n.output[0]]),
            ]
            if gemm and len(n.input) > 2:  # Gemm's bias
                new_nodes.append(helper.make_node("Add", [base + "_Y", n.input[2]], [n.output[0]]))
        elif n.op_type == "Gather" and n.input[0] in inits:
            w = numpy_helper.to_array(inits[n.input[0]]).astype(np.float32)
            if w.ndim != 2 or w.size < 20_000:
                new_nodes.append(n)
                continue
            # Narrow tables (emotion weights per token or n-gram: 7 columns) get one scale per
            # column; a per-row scale would cost more than the int8 values themselves.
            per_column = w.shape[1] < 32
            if n.input[0] not in gather_tables:
                if per_column:
                    scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 127.0
                    wq = np.clip(np.round(w / scale[None, :]), -127, 127).astype(np.int8)
                    scale = scale[None, :]
                else:
                    scale = np.maximum(np.abs(w).max(axis=1), 1e-8) / 127.0  # per row
                    wq = np.clip(np.round(w / scale[:, None]), -127, 127).astype(np.int8)
                    scale = scale[:, None]
                gather_tables[n.input[0]] = n.input[0] + "_q"
                added += [numpy_helper.from_array(wq, n.input[0] + "_q_W"),
                          numpy_helper.from_array(scale.astype(np.float32), n.input[0] + "_q_Wscale")]
                drop_inits.add(n.input[0])
            table = gather_tables[n.input[0]]
            base = n.output[0] + "_q"
            new_nodes += [
                helper.make_node("Gather", [table + "_W", n.input[1]], [base + "_G"], axis=0),
                helper.make_node("Cast", [base + "_G"], [base + "_Gf"], to=TensorProto.FLOAT),
            ]
            if per_column:
                new_nodes.append(helper.make_node("Mul", [base + "_Gf", table + "_Wscale"], [n.output[0]]))
            else:
                new_nodes += [
                    helper.make_node("Gather", [table + "_Wscale", n.input[1]], [base + "_Gs"], axis=0),
                    helper.make_node("Mul", [base + "_Gf", base + "_Gs"], [n.output[0]]),
                ]
        else:
            new_nodes.append(n)

    del g.node[:]
    g.node.extend(new_nodes)
    keep = [i for i in g.initializer if i.name not in drop_inits]
    del g.initializer[:]
    g.initializer.extend(keep + added)
    onnx.checker.check_model(model)
    onnx.save(model, dst)


def store_table_fp16(path: str, min_elements: int) -> None:
    """Rewrite large fp32 initializers of a model as fp16 + one Cast back to fp32 (in place)."""
    model = onnx.load(path)
    g = model.graph
    casts = []
    for init in list(g.initializer):
        w = numpy_helper.to_array(init)
        if w.dtype != np.float32 or w.size < min_elements:
            continue
        half = numpy_helper.from_array(w.astype(np.float16), init.name + "_fp16")
        g.initializer.remove(init)
        g.initializer.append(half)
        casts.append(helper.make_node("Cast", [half.name], [init.name], to=TensorProto.FLOAT))
    nodes = casts + list(g.node)
    del g.node[:]
    g.node.extend(nodes)
    onnx.checker.check_model(model)
    onnx.save(model, path)


if __name__ == "__main__":
    quantize(sys.argv[1], sys.argv[2])
