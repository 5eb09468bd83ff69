"""Random-weight models small enough for a test, saved exactly as the real ones are published,
so vhost's own loading code reads them. They make noise, not speech or faces: tests with them
check the plumbing (loading, streaming, saving, progress, refusals), never the quality."""

from __future__ import annotations

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
