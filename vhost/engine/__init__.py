"""The live loop (clock, A/V pairing, director, supervisor): see DESIGN.md section 3.

Layer rule, enforced by tests/test_layers.py: the engine imports capability *protocols*
(``vhost.<capability>.base``) and the domain, never a concrete backend, Qt or a heavy library.
"""
