"""OpenVoice V2's tone-colour converter (MIT), written for vhost: only the parts that convert.

The converter is a VITS without its text side. A linear spectrogram goes through a posterior
encoder (`enc_q`) into a latent; a normalising flow (`flow`) run forwards with the source
speaker's embedding removes the timbre, run backwards with the target's puts the new one in,
and a HiFi-GAN decoder (`dec`) turns the latent back into sound, one frame per hop, so the
output keeps the input's length. A reference encoder (`ref_enc`) makes the 256-number
embeddings from any recording.

Attribute names and shapes follow the released checkpoint's state_dict exactly (weight-normed
convolutions keep `weight_g`/`weight_v`), so `checkpoint.pth` loads with strict=True.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import torch
from torch import Tensor, nn
from torch.nn import functional as F

LEAKY = 0.1  # HiFi-GAN's leaky-ReLU slope
REF_FILTERS = (32, 32, 64, 64, 128, 128)  # the reference encoder's fixed 2-D conv stack
REF_HIDDEN = 128  # its GRU width


@dataclass(frozen=True)
class ConverterConfig:
    """The fields of the release's config.json that shape the converter (`data` and `model`)."""

    sampling_rate: int = 22050
    filter_length: int = 1024
    hop_length: int = 256
    win_length: int = 1024
    inter_channels: int = 192
    hidden_channels: int = 192
    resblock: str = "1"
    resblock_kernel_sizes: tuple[int, ...] = (3, 7, 11)
    resblock_dilation_sizes: tuple[tuple[int, ...], ...] = ((1, 3, 5), (1, 3, 5), (1, 3, 5))
    upsample_rates: tuple[int, ...] = (8, 8, 2, 2)
    upsample_initial_channel: int = 512
    upsample_kernel_sizes: tuple[int, ...] = (16, 16, 4, 4)
    gin_channels: int = 256
    zero_g: bool = True
    posterior_layers: int = 16  # fixed in the architecture, not in config.json
    flow_layers: int = 4
    flows: int = 4

    @property
    def spec_channels(self) -> int:
        return self.filter_length // 2 + 1

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ConverterConfig:
        """Read config.json; raises KeyError/TypeError/ValueError when it is not a converter's."""
        audio, model = data["data"], data["model"]
        config = cls(
            sampling_rate=int(audio["sampling_rate"]),
            filter_length=int(audio["filter_length"]),
            hop_length=int(audio["hop_length"]),
            win_length=int(audio["win_length"]),
            inter_channels=int(model["inter_channels"]),
            hidden_channels=int(model["hidden_channels"]),
            resblock=str(model["resblock"]),
            resblock_kernel_sizes=tuple(int(k) for k in model["resblock_kernel_sizes"]),
            resblock_dilation_sizes=tuple(
                tuple(int(d) for d in ds) for ds in model["resblock_dilation_sizes"]
            ),
            upsample_rates=tuple(int(u) for u in model["upsample_rates"]),
            upsample_initial_channel=int(model["upsample_initial_channel"]),
            upsample_kernel_sizes=tuple(int(k) for k in model["upsample_kernel_sizes"]),
            gin_channels=int(model.get("gin_channels", 256)),
            zero_g=bool(model.get("zero_g", False)),
        )
        if int(audio.get("n_speakers", 0)) != 0:
            raise ValueError("it is a multi-speaker TTS model, not the tone-colour converter")
        if math.prod(config.upsample_rates) != config.hop_length:
            raise ValueError("its decoder does not make one hop of sound per frame")
        if config.resblock not in ("1", "2"):
            raise ValueError(f"resblock {config.resblock!r} is unknown")
        return config

    def to_json(self) -> dict[str, Any]:
        """config.json as the release writes it (the fields vhost reads)."""
        return {
            "_version_": "v2",
            "data": {
                "sampling_rate": self.sampling_rate,
                "filter_length": self.filter_length,
                "hop_length": self.hop_length,
                "win_length": self.win_length,
                "n_speakers": 0,
            },
            "model": {
                "zero_g": self.zero_g,
                "inter_channels": self.inter_channels,
                "hidden_channels": self.hidden_channels,
                "resblock": self.resblock,
                "resblock_kernel_sizes": list(self.resblock_kernel_sizes),
                "resblock_dilation_sizes": [list(d) for d in self.resblock_dilation_sizes],
                "upsample_rates": list(self.upsample_rates),
                "upsample_initial_channel": self.upsample_initial_channel,
                "upsample_kernel_sizes": list(self.upsample_kernel_sizes),
                "gin_channels": self.gin_channels,
            },
        }


def spectrogram(audio: Tensor, config: ConverterConfig) -> Tensor:
    """[batch, samples] → linear magnitude [batch, bins, frames], framed as the model was
    trained: reflect-padded by (n_fft - hop) / 2 each side, not centred, so there are exactly
    samples // hop frames."""
    side = (config.filter_length - config.hop_length) // 2
    padded = F.pad(audio.unsqueeze(1), (side, side), mode="reflect").squeeze(1)
    window = torch.hann_window(config.win_length, dtype=audio.dtype, device=audio.device)
    spec = torch.stft(
        padded,
        config.filter_length,
        hop_length=config.hop_length,
        win_length=config.win_length,
        window=window,
        center=False,
        onesided=True,
        return_complex=True,
    )
    return torch.sqrt(spec.real.pow(2) + spec.imag.pow(2) + 1e-6)  # the epsilon it was trained with


# ---- weight normalisation, stored as the release stores it -----------------------------------
def _split_weight(module: nn.Module) -> None:
    """Replace `weight` by a direction `weight_v` and a per-output-row length `weight_g`
    (the names torch.nn.utils.weight_norm gave them when the checkpoint was saved)."""
    weight = module.weight.detach()
    del module._parameters["weight"]
    norm = weight.flatten(1).norm(dim=1).view(-1, *([1] * (weight.dim() - 1)))
    module.register_parameter("weight_g", nn.Parameter(norm.clone()))
    module.register_parameter("weight_v", nn.Parameter(weight.clone()))


def _joined_weight(module: nn.Module) -> Tensor:
    v: Tensor = module.weight_v
    g: Tensor = module.weight_g
    return v * (g / v.flatten(1).norm(dim=1).view_as(g))


class NormedConv1d(nn.Conv1d):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _split_weight(self)

    def forward(self, x: Tensor) -> Tensor:
        return self._conv_forward(x, _joined_weight(self), self.bias)


class NormedConv2d(nn.Conv2d):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _split_weight(self)

    def forward(self, x: Tensor) -> Tensor:
        return self._conv_forward(x, _joined_weight(self), self.bias)


class NormedConvTranspose1d(nn.ConvTranspose1d):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _split_weight(self)

    def forward(self, x: Tensor, output_size: list[int] | None = None) -> Tensor:
        return F.conv_transpose1d(
            x,
            _joined_weight(self),
            self.bias,
            self.stride,
            self.padding,
            self.output_padding,
            self.groups,
            self.dilation,
        )


# ---- the building blocks -------------------------------------------------------------------
class GatedStack(nn.Module):
    """WaveNet-style stack of dilated convolutions with tanh·sigmoid gates, conditioned on a
    speaker embedding through one 1×1 convolution sliced per layer (the checkpoint's layout)."""

    def __init__(self, channels: int, kernel: int, layers: int, speaker_channels: int) -> None:
        super().__init__()
        self.channels = channels
        self.cond_layer = NormedConv1d(speaker_channels, 2 * channels * layers, 1)
        self.in_layers = nn.ModuleList(
            NormedConv1d(channels, 2 * channels, kernel, padding=kernel // 2) for _ in range(layers)
        )
        # The last layer only feeds the skip path, so it is half as wide.
        self.res_skip_layers = nn.ModuleList(
            NormedConv1d(channels, 2 * channels if i < layers - 1 else channels, 1) for i in range(layers)
        )

    def forward(self, x: Tensor, mask: Tensor, speaker: Tensor) -> Tensor:
        conditions = self.cond_layer(speaker)
        width = 2 * self.channels
        skipped = torch.zeros_like(x)
        last = len(self.in_layers) - 1
        for i, (conv, res_skip) in enumerate(zip(self.in_layers, self.res_skip_layers, strict=True)):
            gate = conv(x) + conditions[:, i * width : (i + 1) * width]
            acts = torch.tanh(gate[:, : self.channels]) * torch.sigmoid(gate[:, self.channels :])
            out = res_skip(acts)
            if i < last:
                x = (x + out[:, : self.channels]) * mask
                skipped = skipped + out[:, self.channels :]
            else:
                skipped = skipped + out
        return skipped * mask


class PosteriorEncoder(nn.Module):
    def __init__(self, config: ConverterConfig) -> None:
        super().__init__()
        self.out_channels = config.inter_channels
        self.pre = nn.Conv1d(config.spec_channels, config.hidden_channels, 1)
        self.enc = GatedStack(config.hidden_channels, 5, config.posterior_layers, config.gin_channels)
        self.proj = nn.Conv1d(config.hidden_channels, 2 * config.inter_channels, 1)

    def forward(
        self, spec: Tensor, mask: Tensor, speaker: Tensor, tau: float, noise: torch.Generator
    ) -> Tensor:
        stats = self.proj(self.enc(self.pre(spec) * mask, mask, speaker)) * mask
        mean, log_scale = stats.split(self.out_channels, dim=1)
        # tau scales the sampling noise: the release converts with 0.3 (a little variety, no mush).
        eps = torch.randn(mean.shape, generator=noise, dtype=mean.dtype)
        return (mean + eps * tau * torch.exp(log_scale)) * mask


class ShiftCoupling(nn.Module):
    """Affine coupling with a shift only (volume-preserving): half the channels move by an
    amount predicted from the other half, so running it backwards is exact."""

    def __init__(self, config: ConverterConfig) -> None:
        super().__init__()
        self.split_at = config.inter_channels // 2
        self.pre = nn.Conv1d(self.split_at, config.hidden_channels, 1)
        self.enc = GatedStack(config.hidden_channels, 5, config.flow_layers, config.gin_channels)
        self.post = nn.Conv1d(config.hidden_channels, self.split_at, 1)

    def forward(self, x: Tensor, mask: Tensor, speaker: Tensor, reverse: bool) -> Tensor:
        kept, moved = x.split(self.split_at, dim=1)
        shift = self.post(self.enc(self.pre(kept) * mask, mask, speaker)) * mask
        moved = (moved - shift) * mask if reverse else shift + moved * mask
        return torch.cat([kept, moved], dim=1)


class ChannelFlip(nn.Module):
    def forward(self, x: Tensor, mask: Tensor, speaker: Tensor, reverse: bool) -> Tensor:
        return torch.flip(x, [1])


class Flow(nn.Module):
    def __init__(self, config: ConverterConfig) -> None:
        super().__init__()
        # Couplings at even indices, flips (no weights) at odd ones: the checkpoint's numbering.
        self.flows = nn.ModuleList()
        for _ in range(config.flows):
            self.flows.append(ShiftCoupling(config))
            self.flows.append(ChannelFlip())

    def forward(self, x: Tensor, mask: Tensor, speaker: Tensor, reverse: bool = False) -> Tensor:
        for step in reversed(self.flows) if reverse else self.flows:
            x = step(x, mask, speaker, reverse)
        return x


def _same_padding(kernel: int, dilation: int) -> int:
    return (kernel * dilation - dilation) // 2


class ResBlockWide(nn.Module):  # HiFi-GAN's "1": two convolutions per dilation
    def __init__(self, channels: int, kernel: int, dilations: tuple[int, ...]) -> None:
        super().__init__()
        self.convs1 = nn.ModuleList(
            NormedConv1d(channels, channels, kernel, dilation=d, padding=_same_padding(kernel, d))
            for d in dilations
        )
        self.convs2 = nn.ModuleList(
            NormedConv1d(channels, channels, kernel, padding=_same_padding(kernel, 1)) for _ in dilations
        )

    def forward(self, x: Tensor) -> Tensor:
        for first, second in zip(self.convs1, self.convs2, strict=True):
            x = x + second(F.leaky_relu(first(F.leaky_relu(x, LEAKY)), LEAKY))
        return x


class ResBlockNarrow(nn.Module):  # HiFi-GAN's "2": one convolution per dilation
    def __init__(self, channels: int, kernel: int, dilations: tuple[int, ...]) -> None:
        super().__init__()
        self.convs = nn.ModuleList(
            NormedConv1d(channels, channels, kernel, dilation=d, padding=_same_padding(kernel, d))
            for d in dilations
        )

    def forward(self, x: Tensor) -> Tensor:
        for conv in self.convs:
            x = x + conv(F.leaky_relu(x, LEAKY))
        return x


class Decoder(nn.Module):
    """HiFi-GAN generator: latent frames → samples, upsampled by the hop length in all."""

    def __init__(self, config: ConverterConfig) -> None:
        super().__init__()
        width = config.upsample_initial_channel
        self.conv_pre = nn.Conv1d(config.inter_channels, width, 7, padding=3)
        self.cond = nn.Conv1d(config.gin_channels, width, 1)
        self.ups = nn.ModuleList(
            NormedConvTranspose1d(width >> i, width >> (i + 1), k, u, padding=(k - u) // 2)
            for i, (u, k) in enumerate(zip(config.upsample_rates, config.upsample_kernel_sizes, strict=True))
        )
        block = ResBlockWide if config.resblock == "1" else ResBlockNarrow
        self.kernels = len(config.resblock_kernel_sizes)
        self.resblocks = nn.ModuleList(
            block(width >> (i + 1), k, d)
            for i in range(len(self.ups))
            for k, d in zip(config.resblock_kernel_sizes, config.resblock_dilation_sizes, strict=True)
        )
        self.conv_post = nn.Conv1d(width >> len(self.ups), 1, 7, padding=3, bias=False)

    def forward(self, z: Tensor, speaker: Tensor) -> Tensor:
        x = self.conv_pre(z) + self.cond(speaker)
        for i, up in enumerate(self.ups):
            x = up(F.leaky_relu(x, LEAKY))
            blocks = self.resblocks[i * self.kernels : (i + 1) * self.kernels]
            fused = blocks[0](x)
            for block in blocks[1:]:  # multi-receptive-field fusion: the blocks' average
                fused = fused + block(x)
            x = fused / self.kernels
        return torch.tanh(self.conv_post(F.leaky_relu(x)))


class ReferenceEncoder(nn.Module):
    """A spectrogram of any length → one tone-colour embedding (strided 2-D convs, then a GRU
    whose last state is projected to the embedding size)."""

    def __init__(self, config: ConverterConfig) -> None:
        super().__init__()
        self.bins = config.spec_channels
        channels = (1, *REF_FILTERS)
        self.convs = nn.ModuleList(
            NormedConv2d(channels[i], channels[i + 1], 3, stride=2, padding=1)
            for i in range(len(REF_FILTERS))
        )
        width = self.bins
        for _ in REF_FILTERS:
            width = (width - 1) // 2 + 1  # what each stride-2 conv leaves of the frequency axis
        self.gru = nn.GRU(REF_FILTERS[-1] * width, REF_HIDDEN, batch_first=True)
        self.proj = nn.Linear(REF_HIDDEN, config.gin_channels)
        self.layernorm = nn.LayerNorm(self.bins)

    def forward(self, spec: Tensor) -> Tensor:
        """[batch, bins, frames] → [batch, gin_channels]."""
        x = self.layernorm(spec.transpose(1, 2).unsqueeze(1))  # [batch, 1, frames, bins]
        for conv in self.convs:
            x = F.relu(conv(x))
        x = x.transpose(1, 2).flatten(2)  # [batch, frames', channels × bins']
        _, last = self.gru(x)
        return self.proj(last.squeeze(0))


class ToneColourConverter(nn.Module):
    def __init__(self, config: ConverterConfig) -> None:
        super().__init__()
        self.config = config
        self.enc_q = PosteriorEncoder(config)
        self.flow = Flow(config)
        self.dec = Decoder(config)
        self.ref_enc = ReferenceEncoder(config)

    def embedding(self, audio: Tensor) -> Tensor:
        """[samples] at the model's rate → the [gin_channels] tone colour of that recording."""
        return self.ref_enc(spectrogram(audio[None], self.config))[0]

    def forward(
        self,
        audio: Tensor,
        source: Tensor,
        target: Tensor,
        tau: float = 0.3,
        seed: int = 0,
        fast_decoder: bool = False,
    ) -> Tensor:
        """[samples] in the source's timbre → [frames × hop] samples in the target's.
        `fast_decoder`: the decoder (most of the work) in bfloat16; the rest stays float32."""
        spec = spectrogram(audio[None], self.config)
        mask = torch.ones(1, 1, spec.shape[-1], dtype=spec.dtype)
        g_src, g_tgt = source.view(1, -1, 1), target.view(1, -1, 1)
        # zero_g (V2): the encoder and the decoder ignore speakers; only the flow moves timbre.
        silent = torch.zeros_like(g_src)
        noise = torch.Generator().manual_seed(seed)  # the same line converts the same way
        z = self.enc_q(spec, mask, silent if self.config.zero_g else g_src, tau, noise)
        z = self.flow(self.flow(z, mask, g_src), mask, g_tgt, reverse=True)
        with torch.autocast("cpu", dtype=torch.bfloat16, enabled=fast_decoder):
            return self.dec(z * mask, silent if self.config.zero_g else g_tgt)[0, 0].float()
