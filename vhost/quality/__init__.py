"""Offline scores for a rendered show or a voice, so two versions can be compared."""
