"""Where the stream goes: `base.Output` and its backends (null, MP4 recording; virtual camera,
audio device and RTMP come next). Each output runs on its own thread behind a bounded queue, so
a slow or failing output never holds up the engine or the others.
"""
