"""Rendering: the face warp (`face.py`), the mouth interior, the compositor that lays out the
stream picture, and the MP4 writer. OpenCV/numpy only; no GPU.
"""
