"""The desktop app. The only package allowed to import PySide6 (tests/test_layers.py).

It observes and commands the engine; it never renders or speaks itself.
"""
