"""The live loop: see DESIGN.md section 3.

`clock.py` (MonotonicClock, ManualClock), `speech_queue.py` (lines ready to play, cut into
exact frame slices), `events.py` (the observable event stream), `live.py` (LiveEngine: pairing,
lookahead synthesis, interrupts, commands).

Layer rule, enforced by tests/test_layers.py: the engine imports capability *protocols*
(``vhost.<capability>.base``) and the domain, never a concrete backend, Qt or a heavy library.
"""
