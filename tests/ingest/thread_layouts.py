"""Invented reader threads in the layouts people paste (names, handles and texts are all made up).

Each fixture is (section text, expected authors, expected parents, expected times or None). A parent is the
index of the comment answered, None for a top-level comment.
"""

NEWS_SITE = """\
Sort by: Newest
Join the conversation
Marta Quill
2 hours ago
The ferry fare rise is steep, but the harbour needs the new pier.
Reply · 14 · Like
Report
    Dov Arkel
    1 hour ago
    Steep? It doubles the price for commuters. Nobody asked us.
    Reply · 3
        Marta Quill
        58 minutes ago
        Fair point about commuters, I had not thought of the monthly pass.
        Reply
Ike Soren
3 hours ago
So the council found money for this but not for the school roof.
Reply · 22 · Like
Load more replies
Pia Haldane
Yesterday at 9:14 PM
Great decision, long overdue.
Reply
Show more comments
"""
NEWS_SITE_AUTHORS = ["Marta Quill", "Dov Arkel", "Marta Quill", "Ike Soren", "Pia Haldane"]
NEWS_SITE_PARENTS = [None, 0, 1, None, None]
NEWS_SITE_TIMES = ["2 hours ago", "1 hour ago", "58 minutes ago", "3 hours ago", "Yesterday at 9:14 PM"]

FORUM = """\
Posted by tern_watcher on March 3, 2026 at 2:14 pm
Has anyone read the actual text of the fishing accord? The summary leaves out the quota tables.
Quote  Reply  Report
Posted by gull_island on March 3, 2026 at 2:40 pm
Replying to @tern_watcher
The tables are in annex B. Quotas drop by a third for small boats.
Quote  Reply  Report
5 likes
Posted by HarbourMaster_K on March 3, 2026 at 3:02 pm
Thanks both. A third is brutal for the small crews
Quote  Reply  Report
"""
FORUM_AUTHORS = ["tern_watcher", "gull_island", "HarbourMaster_K"]
FORUM_PARENTS = [None, 0, None]
FORUM_TIMES = ["2026-03-03T14:14", "2026-03-03T14:40", "2026-03-03T15:02"]

SOCIAL = """\
Lena Marsh
@lenamarsh
·
4h
The minister smiled all the way through the signing. Meanwhile the mills close
12
48
1.2K
Tobi Renner
@tobi_r
·
3h
Replying to @lenamarsh
Mills were closing long before this deal and you know it
2
5
Quinn Adair
@qadair
·
2h
Replying to @lenamarsh
exactly this
1
"""
SOCIAL_AUTHORS = ["Lena Marsh", "Tobi Renner", "Quinn Adair"]
SOCIAL_PARENTS = [None, 0, 0]
SOCIAL_TIMES = ["4h", "3h", "2h"]

# A feed where the reactions and the time sit under the text ("Like · Reply · 5h").
FEED = """\
Most relevant
Olga Brandt
Top fan
Who pays for the new pier in the end? We do, as always
Like · Reply · 5h
Sami Yusuf
Olga Brandt the port authority pays, it says so in the plan
Like · Reply · 4h · Edited
3
Kit Varga
Good
Like · Reply · 2h
View 4 more replies
"""
FEED_AUTHORS = ["Olga Brandt", "Sami Yusuf", "Kit Varga"]
FEED_TIMES = ["5h", "4h", "2h"]

# Reddit-style: "level N" lines and "· 5 hr. ago" next to the author.
LEVELS = """\
level 1
pelican_brief
· 5 hr. ago
The accord is fine on paper. Enforcement is the question.
Reply
Share
Report
Save
31
level 2
driftwood_dan
· 4 hr. ago
Enforcement by whom, the same inspectors who never board anything?
Reply
Share
9
level 1
saltcod
· 3 hr. ago
Finally some good news for the coast
Reply
Share
level 2
marea-77
· 1 hr. ago
@saltcod good news for whom though
Reply
"""
LEVELS_AUTHORS = ["pelican_brief", "driftwood_dan", "saltcod", "marea-77"]
LEVELS_PARENTS = [None, 0, None, 2]

# Plain "author, then comment" lines, as compose_text writes them and as many sites paste.
PLAIN = """\
fen_reader
I think the deal is mostly good for the valley.
Ana de la Vega
Not sure. Who checked the numbers?
kjell
Agreed
bo
So true
"""
PLAIN_AUTHORS = ["fen_reader", "Ana de la Vega", "kjell", "bo"]

# Comments separated by blank lines, each with an author line and a few lines of text.
BLANKS = """\
Ruth Okon

First paragraph of my comment, which runs long enough to be a paragraph.
And a second line of it.

Milo Brandt

Short reply here.

Ruth Okon
Yes
"""
BLANKS_AUTHORS = ["Ruth Okon", "Milo Brandt", "Ruth Okon"]

# A news site with "X says:" headers and timestamps under them.
SAYS = """\
Leave a Reply
Hanne Voss says:
May 5, 2026 at 8:02 am
Lower tariffs on grain are welcome news for our farm.
Reply
Piet Lorne says:
May 5, 2026 at 9:15 am
Welcome for farms, a disaster for the mills.
Reply
"""
SAYS_AUTHORS = ["Hanne Voss", "Piet Lorne"]
SAYS_TIMES = ["2026-05-05T08:02", "2026-05-05T09:15"]

# Authors with their time on the same line, replies marked with a tree mark.
INLINE = """\
Jonas Weir · 6h
The pier plan was voted through without a single public hearing.
↳ Ada Mertens · 5h
There were two hearings in January, both in the town hall.
↳ Jonas Weir · 5h
Two hearings at noon on a weekday do not count
Carla Nunez · 2h
Good for the ferry workers at least.
"""
INLINE_AUTHORS = ["Jonas Weir", "Ada Mertens", "Jonas Weir", "Carla Nunez"]
INLINE_TIMES = ["6h", "5h", "5h", "2h"]

LAYOUTS = {
    "news_site": (NEWS_SITE, NEWS_SITE_AUTHORS, NEWS_SITE_PARENTS, NEWS_SITE_TIMES),
    "forum": (FORUM, FORUM_AUTHORS, FORUM_PARENTS, FORUM_TIMES),
    "social": (SOCIAL, SOCIAL_AUTHORS, SOCIAL_PARENTS, SOCIAL_TIMES),
    "feed": (FEED, FEED_AUTHORS, [None, 0, None], FEED_TIMES),
    "levels": (LEVELS, LEVELS_AUTHORS, LEVELS_PARENTS, None),
    "plain": (PLAIN, PLAIN_AUTHORS, [None] * 4, None),
    "blanks": (BLANKS, BLANKS_AUTHORS, None, None),
    "says": (SAYS, SAYS_AUTHORS, [None, None], SAYS_TIMES),
    "inline": (INLINE, INLINE_AUTHORS, [None, 0, 0, None], INLINE_TIMES),
}
