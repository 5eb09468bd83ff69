"""Fakes shipped with the package for tests and simulations (no models, no devices)."""

from vhost.testing.chat import ChatReader, ScriptedChat, SilentChat, decided
from vhost.testing.devices import StandInCamera, StandInSoundStream
from vhost.testing.events import EventRecorder
from vhost.testing.fakes import FakeVoice
from vhost.testing.net import free_port, listening, wait_listening
from vhost.testing.pictures import JawPicture, PacedPicture
from vhost.testing.sinks import FrameCollector
from vhost.testing.waiting import PipeLines, TimedOut, wait_until

__all__ = [
    "ChatReader",
    "EventRecorder",
    "FakeVoice",
    "FrameCollector",
    "JawPicture",
    "PacedPicture",
    "PipeLines",
    "ScriptedChat",
    "SilentChat",
    "StandInCamera",
    "StandInSoundStream",
    "TimedOut",
    "free_port",
    "listening",
    "wait_listening",
    "decided",
    "wait_until",
]
