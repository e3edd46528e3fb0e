"""Screens for care coordination (Qt widgets and item models only)."""
