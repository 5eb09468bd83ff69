"""Fakes shipped with the package for tests and simulations (no models, no devices)."""

from vhost.testing.fakes import FakeVoice

__all__ = ["FakeVoice"]
