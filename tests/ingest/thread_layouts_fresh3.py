"""A fourth set of invented pasted threads, written once the parser was frozen and run once as it stood; its
first result is the held-out figure in benchmarks/comments.md. Same tuple layout as ``thread_layouts.py``."""

REGIONAL = """\
Comments (3)
Sort by: Top
Milan Horvat
12 March 2026, 18:40
A second bridge would have been cheaper than a night ferry.
Reply | Report | 7 likes
Jana Kos
12 March 2026, 19:02
@Milan Horvat a bridge takes ten years to build, the ferry starts in May.
Reply | Report
Sofia Renn
13 March 2026, 08:15
Happy for the island nurses, they asked for this for years.
Reply | Report | 2 likes
"""
REGIONAL_AUTHORS = ["Milan Horvat", "Jana Kos", "Sofia Renn"]
REGIONAL_PARENTS = [None, 0, None]

THREADED_FORUM = """\
#1
driftnet
Member
Mar 12, 2026
Night ferry approved. Discuss.
Like
#2
pier_queen
Mar 12, 2026
Finally. I have been taking a water taxi home at 2am for years.
Like
#3
driftnet
Mar 13, 2026
pier_queen said:
Finally. I have been taking a water taxi home at 2am for years.
Click to expand...
How much does the taxi cost you?
Like
"""
THREADED_FORUM_AUTHORS = ["driftnet", "pier_queen", "driftnet"]

PHOTO_APP = """\
islandlife.sella
Ferry at midnight is going to be magical 🌙
2w
32 likes
Reply
lorenz.k
It will be magical for the first week, then it will be cut
2w
4 likes
Reply
"""
PHOTO_APP_AUTHORS = ["islandlife.sella", "lorenz.k"]

LAYOUTS = {
    "regional": (REGIONAL, REGIONAL_AUTHORS, REGIONAL_PARENTS, None),
    "threaded_forum": (THREADED_FORUM, THREADED_FORUM_AUTHORS, [None, None, 1], None),
    "photo_app": (PHOTO_APP, PHOTO_APP_AUTHORS, None, None),
}
