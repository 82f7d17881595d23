"""Document genre (reporting | opinion | satire, or uncertain) and the not-an-article page check."""
