"""Viewers' chat: sources, moderation, intent, grounded answers, and the loop that hands them to
the engine."""
