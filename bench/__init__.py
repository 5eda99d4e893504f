"""reconui's benchmark suite: every figure measured side by side with its floor, in one run.

``bash packaging/dev.sh bench`` (or ``python -m bench``) runs it and writes ``docs/PERFORMANCE.md``.
Nothing here is imported by the product or by the tests' assertions on time: the machine may be
shared and noisy, so the suite reports medians, min-max and ratios to a floor measured in the same
run, interleaved (A, B, A, B, ...), and never fails on a number.
"""
