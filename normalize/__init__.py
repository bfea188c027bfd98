"""Normalizers: 和暦 years and dates, amounts and units, 債権 names, and number-safe text folding."""
