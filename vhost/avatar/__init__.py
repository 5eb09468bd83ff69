"""Avatars: a photo → a face rig (MediaPipe face mesh landmarks, regions and a mesh).

`builder.build_avatar` makes one from a photo; `rig.AvatarRig.load` reads a saved one.
MediaPipe is imported only inside `detect.py`, when a photo is analysed.
"""
