"""Medication reconciliation."""
