"""Hearth: an offline-first desktop app for community nurse care coordinators."""

__version__ = "0.1.0"
