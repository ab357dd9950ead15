"""Importers for external event-coding dictionaries (PETRARCH/TABARI formats)."""
