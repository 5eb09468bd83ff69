"""Animation: speech (audio + phoneme timings) and time → face parameters per video frame.

Pure numpy and deterministic for a seed: the same show always moves the same way, and idle
motion is a function of absolute stream time, so a live stream can compute it chunk by chunk.
"""
