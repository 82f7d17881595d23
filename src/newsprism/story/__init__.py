"""Cross-source comparison: what the sources agree on, where they conflict, and what each leaves out."""

from newsprism.story.build import build_story, find_duplicates, group_documents

__all__ = ["build_story", "find_duplicates", "group_documents"]
