"""FHIR R4 import and export."""
