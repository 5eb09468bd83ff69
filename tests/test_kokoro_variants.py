"""The float32 twin of the int8 Kokoro model: the dequantizer on small graphs quantized here, the
real model's twin speaking, and the bench that compares the variants."""

import os

import numpy as np
import onnx
import onnxruntime as ort
import pytest
from onnx import TensorProto, helper, numpy_helper

from vhost.speech.kokoro_fp32 import dequantize_model, integer_ops

T, VOCAB, EMB, HID, CONV, CELL = 7, 20, 16, 32, 24, 8


def _float_model() -> onnx.ModelProto:
    """Gathers (embeddings) → MatMul + bias → Conv + bias → LSTM: every kind Kokoro quantizes."""
    rng = np.random.default_rng(0)

    def weight(name: str, *shape: int) -> onnx.TensorProto:
        return numpy_helper.from_array((rng.standard_normal(shape) * 0.3).astype(np.float32), name)

    nodes = [
        helper.make_node("Gather", ["E", "ids"], ["emb"]),
        helper.make_node("MatMul", ["emb", "W1"], ["mm"]),
        helper.make_node("Add", ["mm", "b1"], ["biased"]),
        helper.make_node("Gather", ["P", "ids"], ["position"]),  # read as float: DequantizeLinear
        helper.make_node("Add", ["biased", "position"], ["hidden"]),
        helper.make_node("Transpose", ["hidden"], ["channels"], perm=[0, 2, 1]),
        helper.make_node("Conv", ["channels", "Wc", "bc"], ["conv"], pads=[1, 1], kernel_shape=[3]),
        helper.make_node("Transpose", ["conv"], ["seq"], perm=[2, 0, 1]),
        helper.make_node("LSTM", ["seq", "W", "R", "B"], ["lstm"], hidden_size=CELL),
    ]
    graph = helper.make_graph(
        nodes,
        "tiny",
        [helper.make_tensor_value_info("ids", TensorProto.INT64, [1, T])],
        [
            helper.make_tensor_value_info("conv", TensorProto.FLOAT, None),
            helper.make_tensor_value_info("lstm", TensorProto.FLOAT, None),
        ],
        [
            weight("E", VOCAB, EMB),
            weight("W1", EMB, HID),
            weight("b1", HID),
            weight("P", VOCAB, HID),
            weight("Wc", CONV, HID, 3),
            weight("bc", CONV),
            weight("W", 1, 4 * CELL, CONV),
            weight("R", 1, 4 * CELL, CELL),
            weight("B", 1, 8 * CELL),
        ],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    return onnx.shape_inference.infer_shapes(model)  # the quantizer needs the tensors' types


def _run(model: onnx.ModelProto, feed: dict[str, np.ndarray]) -> list[np.ndarray]:
    options = ort.SessionOptions()
    options.log_severity_level = 3
    session = ort.InferenceSession(model.SerializeToString(), options, providers=["CPUExecutionProvider"])
    return session.run(None, feed)


def _close(got: np.ndarray, want: np.ndarray) -> float:
    """The error relative to the signal's size."""
    return float(np.abs(got - want).max() / np.abs(want).max())


def test_a_dynamically_quantized_graph_dequantizes_to_float_ops_that_match_the_original(tmp_path):
    from onnxruntime.quantization import quantize_dynamic

    original = _float_model()
    onnx.save(original, tmp_path / "float.onnx")
    quantize_dynamic(
        tmp_path / "float.onnx",
        tmp_path / "int8.onnx",
        op_types_to_quantize=["Gather", "MatMul", "Conv", "LSTM"],
    )
    quantized = onnx.load(tmp_path / "int8.onnx")
    assert {"MatMulInteger", "ConvInteger", "DynamicQuantizeLSTM", "DequantizeLinear"} <= set(
        integer_ops(quantized)
    )
    feed = {"ids": np.array([[1, 4, 9, 2, 19, 0, 7]], np.int64)}
    want, int8 = _run(original, feed), _run(quantized, feed)
    restored = dequantize_model(onnx.load(tmp_path / "int8.onnx"))
    assert integer_ops(restored) == {}
    eight_bit = {TensorProto.INT8, TensorProto.UINT8}
    assert not [t.name for t in restored.graph.initializer if t.data_type in eight_bit]
    got = _run(restored, feed)
    for twin, quant, orig in zip(got, int8, want, strict=True):
        assert _close(twin, orig) < 0.03  # only the weights' rounding to 8 bits remains
        assert _close(twin, orig) <= _close(quant, orig) * 1.2  # no worse than the int8 model


def test_conv_integer_with_the_int32_bias_older_quantizers_add_becomes_conv_with_its_bias():
    """The embedded model's quantizer added the bias in int32 before the Cast (the bias divided by
    both scales and floored): Conv(x, (q - zp) * scale, bias) replaces that whole chain."""
    rng = np.random.default_rng(1)
    q = rng.integers(0, 256, (6, 4, 3)).astype(np.uint8)
    scale, zp, bias = np.float32(0.02), np.uint8(131), rng.standard_normal(6).astype(np.float32)
    consts = [
        numpy_helper.from_array(q, "wq"),
        numpy_helper.from_array(np.array(scale), "ws"),
        numpy_helper.from_array(np.array(zp), "wzp"),
        numpy_helper.from_array(bias, "bias"),
        numpy_helper.from_array(np.array([1, -1, 1], np.int64), "shape"),
    ]
    nodes = [
        helper.make_node("DynamicQuantizeLinear", ["x"], ["xq", "xs", "xzp"]),
        helper.make_node("Mul", ["xs", "ws"], ["scales"]),
        helper.make_node("Div", ["bias", "scales"], ["bias_div"]),
        helper.make_node("Floor", ["bias_div"], ["bias_floor"]),
        helper.make_node("Cast", ["bias_floor"], ["bias_int"], to=TensorProto.INT32),
        helper.make_node("Reshape", ["bias_int", "shape"], ["bias_3d"]),
        helper.make_node("ConvInteger", ["xq", "wq", "xzp", "wzp"], ["acc"], pads=[1, 1]),
        helper.make_node("Add", ["acc", "bias_3d"], ["acc_bias"]),
        helper.make_node("Cast", ["acc_bias"], ["acc_float"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["acc_float", "scales"], ["y"]),
    ]
    graph = helper.make_graph(
        nodes,
        "old-conv",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4, 10])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
        consts,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    x = rng.standard_normal((1, 4, 10)).astype(np.float32)
    (int8,) = _run(model, {"x": x})
    restored = dequantize_model(model)
    assert [n.op_type for n in restored.graph.node] == ["Conv"]
    (got,) = _run(restored, {"x": x})
    weight = (q.astype(np.float32) - float(zp)) * scale
    padded = np.pad(x[0], ((0, 0), (1, 1)))
    want = np.stack(
        [[np.sum(weight[o] * padded[:, t : t + 3]) + bias[o] for t in range(10)] for o in range(6)]
    )
    np.testing.assert_allclose(got[0], want, rtol=1e-4, atol=1e-4)
    assert _close(int8, got) < 0.05  # the int8 chain computes the same, with 8-bit activations


def test_unrecognised_quantized_ops_are_left_alone():
    x = numpy_helper.from_array(np.arange(4, dtype=np.int8), "q")
    node = helper.make_node("DequantizeLinear", ["q", "s"], ["y"])  # the scale is not a constant
    graph = helper.make_graph(
        [node],
        "left",
        [helper.make_tensor_value_info("s", TensorProto.FLOAT, [])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, None)],
        [x],
    )
    restored = dequantize_model(helper.make_model(graph))
    assert integer_ops(restored) == {"DequantizeLinear": 1}


@pytest.mark.slow
def test_the_embedded_models_fp32_twin_speaks_like_the_int8_model(kokoro, models_dir):
    from vhost.speech import kokoro_model
    from vhost.speech.base import speak
    from vhost.speech.kokoro import KokoroVoice

    twin = KokoroVoice(models_dir, variant="fp32")
    model = models_dir / "kokoro" / kokoro_model.FP32_NAME
    assert model.stat().st_size > 300_000_000  # four bytes a weight instead of one
    assert integer_ops(onnx.load(str(model), load_external_data=False)) == {}
    text = "This thermos is only $19.99 today."
    plain, fp32 = speak(kokoro, text, "en"), speak(twin, text, "en")
    assert abs(fp32.duration - plain.duration) < 0.15  # a frame or two of 25 ms at most
    assert [t.phoneme for t in fp32.timings] == [t.phoneme for t in plain.timings]
    ends = np.array([t.end for t in fp32.timings]) - np.array([t.end for t in plain.timings])
    assert np.abs(ends).max() < 0.1
    loud = [  # each phoneme's loudness, in each voice's own timing (a frame's shift is no change)
        [np.sqrt(np.mean(u.audio[int(t.start * 24000) : int(t.end * 24000) + 1] ** 2)) for t in u.timings]
        for u in (plain, fp32)
    ]
    assert np.corrcoef(*loud)[0, 1] > 0.95, np.corrcoef(*loud)[0, 1]  # the same speech


@pytest.mark.slow
def test_the_bench_times_every_variant_in_every_round(models_dir, capsys):
    from vhost.cli.bench_voice_variants import bench_voice_variants, print_voice_variants, variants

    chosen = variants(os.cpu_count() or 1)
    labels = [v.label for v in chosen]
    assert len(set(labels)) == 6 and {v.model for v in chosen} == {"int8", "fp32"}
    result = bench_voice_variants(models_dir, {"en": "One. Two. Three."}, rounds=2)
    assert list(result["rtf_median"]) == labels
    timings = [by_lang["en"] for by_lang in result["rtf_samples"].values()]
    assert all(len(times) == 2 and min(times) > 0 for times in timings)
    print_voice_variants(result)
    assert "fp32 threads=1 sentences=2" in capsys.readouterr().out
