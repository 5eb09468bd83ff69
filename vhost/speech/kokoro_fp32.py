"""Undo onnxruntime's dynamic int8 quantization of an ONNX graph: a float32 model with the same
weights.

`quantize_dynamic` stores each weight as int8/uint8 with a scale and zero point and quantizes the
activations at run time (DynamicQuantizeLinear → MatMulInteger/ConvInteger → Cast → Mul by the
two scales). Here each weight becomes float32 again, `(q - zero_point) * scale` (exactly the
values the int8 model multiplies by), and each such chain becomes the plain float op. What the
float model loses is only the rounding of the activations to 8 bits, so it sounds like the int8
one; whether it is faster depends on the CPU (kokoro_model.py records the measurement).

Recognised: MatMulInteger and ConvInteger (with or without the int32 bias ConvInteger adds
before its Cast), DynamicQuantizeLSTM, and DequantizeLinear of a weight or of a Gather from
one. Anything else is left as it was; `integer_ops` tells what remains.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

INTEGER_OPS = frozenset(
    {"MatMulInteger", "ConvInteger", "DynamicQuantizeLinear", "DequantizeLinear", "DynamicQuantizeLSTM"}
)
_MS_DOMAIN = "com.microsoft"


@dataclass
class _Graph:
    """The graph's nodes with who makes and who uses each tensor; replacements are collected
    and applied at once so the indexes stay valid while matching."""

    graph: Any  # onnx.GraphProto
    inits: dict[str, Any] = field(init=False)
    producer: dict[str, Any] = field(init=False)
    users: dict[str, list[Any]] = field(init=False)
    new_weights: dict[str, np.ndarray] = field(default_factory=dict)
    emitted: set[str] = field(default_factory=set)  # float twins of Gathers already placed
    replaced: dict[int, list[Any]] = field(default_factory=dict)  # id(node) → nodes in its place

    def __post_init__(self) -> None:
        self.inits = {t.name: t for t in self.graph.initializer}
        self.producer = {o: n for n in self.graph.node for o in n.output if o}
        self.users = {}
        for node in self.graph.node:
            for name in node.input:
                self.users.setdefault(name, []).append(node)

    def const(self, name: str) -> np.ndarray | None:
        from onnx import numpy_helper

        tensor = self.inits.get(name)
        return None if tensor is None else numpy_helper.to_array(tensor)

    def only_user(self, name: str, op_type: str) -> Any | None:
        users = self.users.get(name, [])
        outputs = {o.name for o in self.graph.output}
        if len(users) == 1 and users[0].op_type == op_type and name not in outputs:
            return users[0]
        return None

    def made_by(self, name: str, op_type: str) -> Any | None:
        node = self.producer.get(name)
        return node if node is not None and node.op_type == op_type else None

    def float_weight(self, base: str, values: np.ndarray) -> str:
        name = f"{base}_fp32"
        self.new_weights[name] = values.astype(np.float32)
        return name


def dequantize_model(model: Any) -> Any:
    """The float32 twin of a dynamically quantized onnx.ModelProto (changed in place, returned)."""
    graph = _Graph(model.graph)
    for node in list(model.graph.node):
        if node.op_type in ("MatMulInteger", "ConvInteger"):
            _replace_integer_product(graph, node)
        elif node.op_type == "DynamicQuantizeLSTM" and node.domain == _MS_DOMAIN:
            _replace_lstm(graph, node)
        elif node.op_type == "DequantizeLinear":
            _replace_dequantize(graph, node)
    _apply(graph)
    return model


def integer_ops(model: Any) -> dict[str, int]:
    """How many quantized ops a model still has, by type."""
    counts: dict[str, int] = {}
    for node in model.graph.node:
        if node.op_type in INTEGER_OPS:
            counts[node.op_type] = counts.get(node.op_type, 0) + 1
    return counts


def _node(op_type: str, inputs: list[str], outputs: list[str], like: Any = None) -> Any:
    """A float op, named after its first output (names must be unique; many quantizer nodes
    have none), with the attributes of the op it stands for."""
    import onnx

    node = onnx.helper.make_node(op_type, inputs, outputs, name=f"{outputs[0]}_fp32")
    if like is not None:
        node.attribute.extend(like.attribute)
    return node


def _dequantized(q: np.ndarray, scale: np.ndarray, zero_point: np.ndarray | None, axis: int) -> np.ndarray:
    """(q - zero_point) * scale, a per-channel scale laid along `axis` of q."""
    shape = [1] * q.ndim
    if scale.size > 1:
        shape[axis] = scale.size
    zp = np.zeros(1, np.float32) if zero_point is None else zero_point.astype(np.float32)
    zp = zp.reshape(shape if zp.size > 1 else [1] * q.ndim)
    return (q.astype(np.float32) - zp) * scale.astype(np.float32).reshape(shape)


@dataclass(frozen=True)
class _Source:
    """Where a quantized activation came from: its float twin and the names of its scale and
    zero point; `before` are the nodes that make the float twin (none: it exists already)."""

    name: str
    scale: str
    zero_point: str
    before: tuple[Any, ...] = ()


def _source(graph: _Graph, name: str) -> _Source | None:
    """DynamicQuantizeLinear(x) gives x back; Gather(table_q, i) of a weight quantized with a
    constant scale gives Gather(table, i) (the quantizer feeds it straight to MatMulInteger)."""

    quantize = graph.made_by(name, "DynamicQuantizeLinear")
    if quantize is not None:
        return _Source(quantize.input[0], quantize.output[1], quantize.output[2])
    gather = graph.made_by(name, "Gather")
    table = None if gather is None else graph.const(gather.input[0])
    if gather is None or table is None:
        return None
    base = gather.input[0].removesuffix("_quantized")
    scale, zp = graph.const(f"{base}_scale"), graph.const(f"{base}_zero_point")
    if scale is None or zp is None or scale.size != 1:
        return None
    weight = graph.float_weight(gather.input[0], _dequantized(table, scale, zp, 0))
    out = f"{gather.output[0]}_fp32"
    new = _node("Gather", [weight, gather.input[1]], [out], gather)
    return _Source(out, f"{base}_scale", f"{base}_zero_point", (new,))


def _replace_integer_product(graph: _Graph, node: Any) -> None:
    """DynamicQuantizeLinear(x) → {Matmul,Conv}Integer(xq, Wq) [→ Add(int32 bias)] → Cast →
    Mul(x_scale * w_scale)  ⇒  {MatMul,Conv}(x, W[, bias])."""

    source = _source(graph, node.input[0])
    weight_q = graph.const(node.input[1])
    if source is None or weight_q is None or len(node.input) < 4 or node.input[2] != source.zero_point:
        return
    weight_zp = graph.const(node.input[3]) if node.input[3] else None
    bias_add = graph.only_user(node.output[0], "Add") if node.op_type == "ConvInteger" else None
    bias = None
    after = node.output[0]
    if bias_add is not None:
        other = bias_add.input[1] if bias_add.input[0] == after else bias_add.input[0]
        bias = _conv_bias(graph, other, source)
        if bias is None:
            return
        after = bias_add.output[0]
    cast = graph.only_user(after, "Cast")
    if cast is None:
        return
    rescale = graph.only_user(cast.output[0], "Mul")
    if rescale is None:
        return
    scales = rescale.input[1] if rescale.input[0] == cast.output[0] else rescale.input[0]
    weight_scale = _weight_scale(graph, scales, source)
    if weight_scale is None:
        return
    axis = weight_q.ndim - 1 if node.op_type == "MatMulInteger" else 0  # per column / per filter
    weight = graph.float_weight(node.input[1], _dequantized(weight_q, weight_scale, weight_zp, axis))
    inputs = [source.name, weight]
    if node.op_type == "MatMulInteger":
        new = _node("MatMul", inputs, [rescale.output[0]])
    else:
        if bias is not None:
            inputs.append(graph.float_weight(bias[0], bias[1]))
        new = _node("Conv", inputs, [rescale.output[0]], node)
    before = [n for n in source.before if n.output[0] not in graph.emitted]  # one per Gather
    graph.emitted.update(n.output[0] for n in before)
    graph.replaced[id(rescale)] = [*before, new]


def _weight_scale(graph: _Graph, scales: str, source: _Source) -> np.ndarray | None:
    """The weight's scale, from Mul(x_scale, w_scale); None when the product is something else."""
    product = graph.made_by(scales, "Mul")
    if product is None or source.scale not in product.input:
        return None
    other = product.input[1] if product.input[0] == source.scale else product.input[0]
    return graph.const(other)


def _conv_bias(graph: _Graph, name: str, source: _Source) -> tuple[str, np.ndarray] | None:
    """The float bias behind ConvInteger's int32 one: Reshape(Cast(Floor(Div(bias, scales))))."""
    reshape = graph.made_by(name, "Reshape")
    cast = reshape and graph.made_by(reshape.input[0], "Cast")
    floor = cast and graph.made_by(cast.input[0], "Floor")
    divide = floor and graph.made_by(floor.input[0], "Div")
    if divide is None or _weight_scale(graph, divide.input[1], source) is None:
        return None
    bias = graph.const(divide.input[0])
    return None if bias is None or bias.ndim != 1 else (divide.input[0], bias)


def _replace_lstm(graph: _Graph, node: Any) -> None:
    """DynamicQuantizeLSTM keeps W and R transposed, (dirs, inputs, 4·hidden); LSTM wants
    (dirs, 4·hidden, inputs)."""

    if len(node.input) < 12:
        return
    weights = []
    for q_name, scale_name, zp_name in ((1, 8, 9), (2, 10, 11)):
        q, scale = graph.const(node.input[q_name]), graph.const(node.input[scale_name])
        zp = graph.const(node.input[zp_name])
        if q is None or scale is None or zp is None:
            return
        shape = (q.shape[0], 1, -1)  # per direction, or per direction and gate column
        dequantized = (q.astype(np.float32) - zp.reshape(shape)) * scale.reshape(shape)
        weights.append(graph.float_weight(node.input[q_name], dequantized.transpose(0, 2, 1)))
    inputs = [node.input[0], *weights, *node.input[3:8]]
    new = _node("LSTM", inputs, list(node.output), node)
    graph.replaced[id(node)] = [new]


def _replace_dequantize(graph: _Graph, node: Any) -> None:
    """DequantizeLinear of a weight ⇒ the float weight; of Gather(weight, i) ⇒ Gather(float, i)."""
    import onnx

    scale = graph.const(node.input[1])
    zp = graph.const(node.input[2]) if len(node.input) > 2 and node.input[2] else None
    attrs = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
    if scale is None or (len(node.input) > 2 and node.input[2] and zp is None):
        return
    weight_q = graph.const(node.input[0])
    if weight_q is not None:
        values = _dequantized(weight_q, scale, zp, int(attrs.get("axis", 1)) % max(weight_q.ndim, 1))
        graph.new_weights[node.output[0]] = values.astype(np.float32)
        graph.replaced[id(node)] = []
        return
    gather = graph.made_by(node.input[0], "Gather")
    table = None if gather is None else graph.const(gather.input[0])
    if gather is None or table is None or scale.size != 1:  # a per-axis scale follows the gather
        return
    weight = graph.float_weight(gather.input[0], _dequantized(table, scale, zp, 0))
    graph.replaced[id(node)] = [_node("Gather", [weight, gather.input[1]], [node.output[0]], gather)]


def _apply(graph: _Graph) -> None:
    """Put the float ops in place (where the chain ended, so the order stays topological), then
    drop the nodes and weights nothing reads any more."""
    from onnx import numpy_helper

    nodes = []
    for node in graph.graph.node:
        if id(node) in graph.replaced:
            nodes.extend(graph.replaced[id(node)])
        else:
            nodes.append(node)
    while graph.new_weights:  # one copy at a time: the float weights are ~330 MB for Kokoro
        name, values = graph.new_weights.popitem()
        graph.graph.initializer.append(numpy_helper.from_array(values, name))
        del values
    needed = {o.name for o in graph.graph.output}
    kept = []
    for node in reversed(nodes):  # walking back from the outputs: a node is kept if it is read
        if any(o in needed for o in node.output if o):
            kept.append(node)
            needed.update(i for i in node.input if i)
    del graph.graph.node[:]
    graph.graph.node.extend(reversed(kept))
    weights = [t for t in graph.graph.initializer if t.name in needed]
    del graph.graph.initializer[:]
    graph.graph.initializer.extend(weights)
    produced = {o for n in kept for o in n.output}
    infos = [v for v in graph.graph.value_info if v.name in produced]
    del graph.graph.value_info[:]
    graph.graph.value_info.extend(infos)
