"""Remove the shape bookkeeping the PyTorch exporter leaves in the graph.

At batch 1 a short sentence costs this model well under a millisecond, and a large part of that
is per-node dispatch in onnxruntime, not arithmetic. The exporter writes every
`x.reshape(b, t, h, d)` as Shape → Gather → Unsqueeze → Concat → Reshape, and every
F.normalize as Shape → Expand → Div. This pass rewrites, without changing any output:

  * a Reshape whose target is Concat(dim 0 of X, dim 1 of X, constants…) into a Reshape with a
    constant target [0, 0, constants…] (ONNX's 0 = "keep this input dimension"), when the
    Reshape's data has the same two leading dimensions (every tensor inside a block is [B, T, …]);
    the one computed element after those (e.g. d // h) becomes -1;
  * Div(X, Expand(N, Shape(X))) into Div(X, N): N already broadcasts ([B, 1] from ReduceL2);
  * two Unsqueezes in a row into one;
then drops what no longer feeds anything. `python3 scripts/train/simplify_graph.py IN [OUT]`
prints the node counts; export_onnx.py runs it on the fp32 graph before quantising.
"""
from __future__ import annotations

import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper


def _const_value(name: str, inits: dict, producers: dict) -> np.ndarray | None:
    if name in inits:
        return numpy_helper.to_array(inits[name])
    p = producers.get(name)
    if p is not None and p.op_type == "Constant":
        for a in p.attribute:
            if a.name == "value":
                return numpy_helper.to_array(a.t)
    return None


def _dim_of(name: str, inits: dict, producers: dict) -> tuple[str, int] | None:
    """If `name` is Unsqueeze(Gather(Shape(X), i)) (a 1-element tensor holding dim i of X): (X, i)."""
    u = producers.get(name)
    if u is None or u.op_type != "Unsqueeze":
        return None
    g = producers.get(u.input[0])
    if g is None or g.op_type != "Gather":
        return None
    s = producers.get(g.input[0])
    idx = _const_value(g.input[1], inits, producers)
    if s is None or s.op_type != "Shape" or idx is None or idx.ndim != 0 or len(s.attribute):
        return None
    return s.input[0], int(idx)


def simplify(model: onnx.ModelProto) -> onnx.ModelProto:
    g = model.graph
    inits = {i.name: i for i in g.initializer}
    producers = {o: n for n in g.node for o in n.output}
    added: list[onnx.TensorProto] = []
    for k, n in enumerate(g.node):
        if n.op_type == "Reshape":
            c = producers.get(n.input[1])
            if c is None or c.op_type != "Concat":
                continue
            target: list[int] = []
            ok = True
            for pos, part in enumerate(c.input):
                v = _const_value(part, inits, producers)
                if v is not None:
                    target += [int(x) for x in np.atleast_1d(v)]
                    continue
                if pos >= 2:  # computed from the input's shape; the only unknown, so -1 finds it
                    target.append(-1)
                    continue
                d = _dim_of(part, inits, producers)
                if d is None or d[1] != pos:
                    ok = False
                    break
                target.append(0)
            if not ok or target.count(-1) > 1 or target[:2] != [0, 0]:
                continue
            name = n.output[0] + "_static_shape"
            added.append(numpy_helper.from_array(np.array(target, dtype=np.int64), name))
            n.input[1] = name
        elif n.op_type == "Div":
            e = producers.get(n.input[1])
            if e is None or e.op_type != "Expand":
                continue
            s = producers.get(e.input[1])
            if s is not None and s.op_type == "Shape" and s.input[0] == n.input[0]:
                n.input[1] = e.input[0]
        elif n.op_type == "Unsqueeze" and len(n.input) == 2:
            inner = producers.get(n.input[0])
            if inner is None or inner.op_type != "Unsqueeze" or len(inner.input) != 2:
                continue
            a, b = _const_value(inner.input[1], inits, producers), _const_value(n.input[1], inits, producers)
            if a is None or b is None or a.size != 1 or b.size != 1 or int(a) < 0 or int(b) < 0:
                continue
            # Unsqueeze(Unsqueeze(x, [a]), [b]) with b > a == Unsqueeze(x, [a, b]).
            if int(b) <= int(a):
                continue
            name = n.output[0] + "_axes"
            added.append(numpy_helper.from_array(np.array([int(a), int(b)], dtype=np.int64), name))
            n.input[0], n.input[1] = inner.input[0], name
    g.initializer.extend(added)
    _drop_dead(model)
    return model


def _drop_dead(model: onnx.ModelProto) -> None:
    g = model.graph
    needed = {o.name for o in g.output}
    keep = []
    for n in reversed(list(g.node)):
        if any(o in needed for o in n.output):
            keep.append(n)
            needed.update(i for i in n.input if i)
    keep.reverse()
    del g.node[:]
    g.node.extend(keep)
    live = [i for i in g.initializer if i.name in needed]
    del g.initializer[:]
    g.initializer.extend(live)


def main() -> None:
    src = sys.argv[1]
    dst = sys.argv[2] if len(sys.argv) > 2 else src
    model = onnx.load(src)
    before = len(model.graph.node)
    simplify(model)
    onnx.checker.check_model(model)
    onnx.save(model, dst)
    print(f"{src}: {before} -> {len(model.graph.node)} nodes", file=sys.stderr)


if __name__ == "__main__":
    main()
