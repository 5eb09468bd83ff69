"""Fakes shipped with the package for tests and simulations (no models, no devices)."""

from vhost.testing.chat import ScriptedChat
from vhost.testing.fakes import FakeVoice
from vhost.testing.pictures import JawPicture

__all__ = ["FakeVoice", "JawPicture", "ScriptedChat"]
