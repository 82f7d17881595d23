"""A second set of invented pasted threads, written after the parser was finished and run once as it stood
(a check that the parser is not fitted to ``thread_layouts.py``). Same tuple layout as there."""

VIDEO = """\
@harbourfan22
3 days ago
The drone shots of the new pier are stunning
Reply
214
@sella_local
2 days ago (edited)
Stunning and empty. Nobody uses it after dark
Reply
37
3 replies
@harbourfan22
2 days ago
@sella_local give it a summer
Reply
5
"""
VIDEO_AUTHORS = ["@harbourfan22", "@sella_local", "@harbourfan22"]
VIDEO_PARENTS = [None, None, 1]

AGGREGATOR = """\
marl_ocean 5 hours ago | next [–]
The fare table in the pdf contradicts the board's press release.
reply
  tidepool 4 hours ago | parent | next [–]
  Which page? I only see the summer fares.
  reply
    marl_ocean 4 hours ago | parent | next [–]
    Page 12, the night supplement.
    reply
kelp_forest 2 hours ago | prev [–]
Ferries at night will mostly carry freight anyway.
reply
"""
AGGREGATOR_AUTHORS = ["marl_ocean", "tidepool", "marl_ocean", "kelp_forest"]
AGGREGATOR_PARENTS = [None, 0, 1, None]

BROADSHEET = """\
Show 25 per page
Sort by oldest
Ewan Lasky
Recommend 41
Report
The board approved this without a single night-time passenger count.
Share
Hana Obi
Recommend 12
Report
Replying to Ewan Lasky
There was a count in 2024, it is in the appendix.
Share
Show 2 more replies
Greta Sund
Recommend 3
Report
Good for the islands.
Share
"""
BROADSHEET_AUTHORS = ["Ewan Lasky", "Hana Obi", "Greta Sund"]
BROADSHEET_PARENTS = [None, 0, None]

LAYOUTS = {
    "video": (VIDEO, VIDEO_AUTHORS, VIDEO_PARENTS, None),
    "aggregator": (AGGREGATOR, AGGREGATOR_AUTHORS, AGGREGATOR_PARENTS, None),
    "broadsheet": (BROADSHEET, BROADSHEET_AUTHORS, BROADSHEET_PARENTS, None),
}
