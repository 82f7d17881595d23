"""A third set of invented pasted threads, written after the fixes prompted by ``thread_layouts_fresh.py`` and
run once as the parser stood (benchmarks/comments.md records that first result). Same tuple layout."""

PROFESSIONAL = """\
Nadia Ferro • 2nd
Port logistics manager at Sella Freight
1d
Night ferries will free up daytime berths for cargo. Sensible planning.
Like
Reply
12 reactions
Oskar Lind • 3rd+
Retired harbour pilot
20h
Sensible on paper. The crews will be the first to burn out.
Like
Reply
"""
PROFESSIONAL_AUTHORS = ["Nadia Ferro", "Oskar Lind"]
PROFESSIONAL_PARENTS = [None, None]

FEDIVERSE = """\
Rosa Kell
@rosakell@harbour.social
The night ferry vote passed 7 to 2. Minutes are online now.
2h
4
11
Tam Osei
@tam@islands.town
@rosakell thanks, the minutes say nothing about the cost though
1h
1
"""
FEDIVERSE_AUTHORS = ["Rosa Kell", "Tam Osei"]
FEDIVERSE_PARENTS = [None, 0]

DISCUSSION = """\
Avatar
Bruno Casal • 3 hours ago
Does the night ferry stop at Little Sella too?
• Reply • Share ›
Avatar
Ines Marr  Bruno Casal • 2 hours ago
Only on weekends, according to the timetable.
• Reply • Share ›
Avatar
Paul Ek • an hour ago
About time we had this.
1 • Reply • Share ›
"""
DISCUSSION_AUTHORS = ["Bruno Casal", "Ines Marr", "Paul Ek"]
DISCUSSION_PARENTS = [None, 0, None]

LAYOUTS = {
    "professional": (PROFESSIONAL, PROFESSIONAL_AUTHORS, PROFESSIONAL_PARENTS, None),
    "fediverse": (FEDIVERSE, FEDIVERSE_AUTHORS, FEDIVERSE_PARENTS, None),
    "discussion": (DISCUSSION, DISCUSSION_AUTHORS, DISCUSSION_PARENTS, None),
}
