"""Performance benchmark of SPEC §7 (`python -m bench.run`); not part of the test run."""
