"""vhost: a desktop virtual host for live-stream selling. See ../shared/DESIGN.md."""

import os

__version__ = "0.1.0"

# One BLAS thread, set before numpy loads. The show's matrix products are small (a face's warp
# field each frame), and OpenBLAS's own threads, waking beside the voice's and the encoder's,
# cost far more than they save: measured on 2 cores, a live show spent 55 s of 150 in the kernel
# (5.7 million forced context switches) with them and 8 s without. A user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
