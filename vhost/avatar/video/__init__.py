"""The video presenter: a short clip of a real person, prepared once so a show can loop it
seamlessly and move only the mouth with the voice.

`build.build_video_avatar` prepares a clip (read → track → usable stretch → close the mouth →
loop transitions → a compact folder); `presenter.VideoAvatar.load` reads the folder back;
`render/video_face.py` plays it.
"""
