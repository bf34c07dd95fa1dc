"""Shared test setup: make failing page steps raise in AppTest instead of showing a message."""

import os

os.environ.setdefault("EXPLAINER_DEBUG", "1")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
