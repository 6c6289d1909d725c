"""Performance harness: `python -m benchmarks [--json FILE]`. Numbers, not pass/fail; never run by CI."""
