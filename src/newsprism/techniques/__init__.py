"""Persuasion techniques (span and paragraph level, with voice), genre and frames."""
