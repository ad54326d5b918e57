"""Hypothesis profiles. The default is Hypothesis's own (100 examples a test; under CI=true its
"ci" profile, derandomised). ``--hypothesis-profile=fuzz`` runs the fuzz tests long:

    .venv/bin/python -m pytest tests/test_fuzz.py --hypothesis-profile=fuzz
"""
from hypothesis import HealthCheck, settings

settings.register_profile(
    "fuzz", max_examples=5_000, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
