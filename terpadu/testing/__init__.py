"""Helpers shared by the tests and the benchmarks (synthetic archives)."""
