"""Voices: text → audio chunks plus, where the engine knows them, phoneme timings.

`base.py` holds the `Voice` protocol and the data it yields; `registry.open_voice` picks a
backend by name. Backends (`kokoro.py`, `coqui.py`) import their heavy libraries lazily.
"""
