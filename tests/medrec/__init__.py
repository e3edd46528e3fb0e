"""Tests for app.medrec."""
