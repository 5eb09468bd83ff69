"""Random-weight models small enough for a test, saved exactly as the real ones are published,
so vhost's own loading code reads them. They make noise, not speech or faces: tests with them
check the plumbing (loading, streaming, saving, progress, refusals), never the quality."""

from __future__ import annotations

import shutil
import string
from pathlib import Path


def tiny_xtts(folder: Path) -> Path:
    """An XTTS-v2-shaped model (config.json, model.pth, vocab.json) with a 1-layer GPT."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers
    from TTS.tts.configs.xtts_config import XttsConfig
    from TTS.tts.layers.xtts.tokenizer import VoiceBpeTokenizer
    from TTS.tts.models.xtts import Xtts

    folder.mkdir(parents=True, exist_ok=True)
    special = ["[STOP]", "[UNK]", "[SPACE]", "[START]", "[en]", "[zh-cn]"]
    symbols = list(string.ascii_lowercase + string.digits + ".,!?'-:;")
    tokenizer = Tokenizer(
        models.BPE(vocab={t: i for i, t in enumerate(special + symbols)}, merges=[], unk_token="[UNK]")
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.add_special_tokens(special)
    tokenizer.save(str(folder / "vocab.json"))

    config = XttsConfig()
    config.languages = ["en", "zh-cn"]
    args = config.model_args
    args.gpt_layers, args.gpt_n_model_channels, args.gpt_n_heads = 1, 64, 2
    args.gpt_use_perceiver_resampler = True  # as XTTS-v2 itself
    args.gpt_max_audio_tokens, args.gpt_num_audio_tokens = 40, 34
    args.gpt_start_audio_token, args.gpt_stop_audio_token = 32, 33
    args.decoder_input_dim = 64
    torch.manual_seed(0)
    model = Xtts(config)
    model.tokenizer = VoiceBpeTokenizer(vocab_file=str(folder / "vocab.json"))
    model.init_models()
    torch.save({"model": model.state_dict()}, folder / "model.pth")
    config.save_json(str(folder / "config.json"))
    return folder


def tiny_stable_diffusion(folder: Path) -> Path:
    """An SD-Turbo-shaped diffusers folder (fp16 variant files, as `vhost models pull sd-turbo`
    fetches them): a 2-block UNet, VAE and CLIP text encoder with a byte-level vocabulary."""
    import json

    import torch
    from diffusers import AutoencoderKL, EulerDiscreteScheduler, StableDiffusionPipeline, UNet2DConditionModel
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    letters = _byte_letters()
    vocab = {t: i for i, t in enumerate(letters + [t + "</w>" for t in letters])}
    vocab.update({"<|startoftext|>": len(vocab), "<|endoftext|>": len(vocab) + 1})
    words = folder / "words"
    words.mkdir(exist_ok=True)
    (words / "vocab.json").write_text(json.dumps(vocab))
    (words / "merges.txt").write_text("#version: 0.2\n")
    tokenizer = CLIPTokenizer(str(words / "vocab.json"), str(words / "merges.txt"), model_max_length=77)
    torch.manual_seed(0)
    text_encoder = CLIPTextModel(
        CLIPTextConfig(
            bos_token_id=vocab["<|startoftext|>"],
            eos_token_id=vocab["<|endoftext|>"],
            pad_token_id=0,
            hidden_size=32,
            intermediate_size=37,
            num_attention_heads=4,
            num_hidden_layers=2,
            vocab_size=len(vocab),
            max_position_embeddings=77,
        )
    )
    unet = UNet2DConditionModel(
        block_out_channels=(32, 64),
        layers_per_block=1,
        sample_size=32,
        in_channels=4,
        out_channels=4,
        down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
        cross_attention_dim=32,
    )
    vae = AutoencoderKL(
        block_out_channels=(32, 64),
        in_channels=3,
        out_channels=3,
        latent_channels=4,
        down_block_types=("DownEncoderBlock2D", "DownEncoderBlock2D"),
        up_block_types=("UpDecoderBlock2D", "UpDecoderBlock2D"),
    )
    scheduler = EulerDiscreteScheduler(timestep_spacing="trailing", prediction_type="epsilon", steps_offset=1)
    pipe = StableDiffusionPipeline(
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        unet=unet,
        scheduler=scheduler,
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipe.to(torch.float16).save_pretrained(folder, variant="fp16")
    shutil.rmtree(words)  # the tokenizer saved itself in tokenizer/
    return folder


def _byte_letters() -> list[str]:
    """The 256 printable stand-ins byte-level BPE vocabularies use for bytes (as GPT-2 and CLIP)."""
    keep = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1), *range(ord("®"), ord("ÿ") + 1)]
    extra = iter(range(256, 512))
    return [chr(b) if b in keep else chr(next(extra)) for b in range(256)]
