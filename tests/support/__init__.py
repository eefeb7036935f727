"""Harnesses for tests and benchmarks (not the game): map plans, a pure world around the AI, scripted players."""
