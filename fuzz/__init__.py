"""Hostile-input fuzzing for newsprism: shared invariants and hypothesis strategies, and the long campaign
(``python -m fuzz.campaign``). Not part of the installed package."""
