"""Benchmarks: the classroom load client (loadtest.py) and its helpers."""
