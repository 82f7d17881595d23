"""A labelled set of pages that are not articles, built at run time, for the ``not_article`` check.

Nothing here is stored: non-article pages are assembled from our own template text (fictional outlets) and the
research data's article titles and first sentences (read from ``../shared/data`` when the set is built); the
article side is the research data's articles themselves, plus short briefs (their first two paragraphs) and
articles with navigation or newsletter boilerplate appended, which a careless check would flag.

Two disjoint template sets: ``dev`` (the thresholds in ``src/newsprism/genre/data/pageform.json`` were chosen on
it) and ``eval`` (different wording and layouts, written before any threshold was tried on it and scored once the
thresholds were frozen; the reported precision/recall is on it).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

OUTLETS = {"dev": ["The Harbor Ledger", "Valdoria Post", "Northwind Daily", "Cask County Courier", "Ambermoor Times"],
           "eval": ["The Quillfield Gazette", "Lantern Bay Herald", "Orvant Evening News", "Milltown Chronicle",
                    "Serrano Valley Observer"]}
SECTIONS = {"dev": ["World", "Politics", "Business", "Opinion", "Sport", "Culture", "Science", "Local"],
            "eval": ["Nation", "Economy", "Elections", "Health", "Climate", "Tech", "Arts & Life", "Regions"]}
NAMES = ["Mara Ellison", "Tobias Renk", "Ines Okafor", "Piet van Dael", "Sofia Marchetti", "Jonah Whitlow",
         "Leila Haddad", "Oskar Brenner"]

CONSENT = {
    "dev": [
        "We value your privacy",
        "{outlet} and our {n} partners use cookies and similar technologies to store and/or access information on "
        "your device.",
        "We and our partners process personal data such as IP addresses and browsing data for personalised ads and "
        "content, ad measurement, audience research and services development.",
        "Some partners rely on legitimate interest rather than your consent. You can object in Manage preferences.",
        "Accept all",
        "Reject all",
        "Manage preferences",
        "Privacy policy · Cookie policy",
    ],
    "eval": [
        "Before you continue to {outlet}",
        "This site uses cookies to keep you signed in, to remember your settings and to show you relevant "
        "advertising.",
        "By clicking Agree, you allow {outlet} and {n} vendors to set cookies and read device identifiers.",
        "Agree and close",
        "Customise choices",
        "Read our cookie policy",
    ],
}
OTHER_PAGES = {
    "dev": [
        ["Sign in to {outlet}", "Email address", "Password", "Forgot your password?", "Sign in",
         "Don't have an account? Create an account", "Terms of use · Privacy policy"],
        ["Page not found", "Error 404", "Sorry, the page you were looking for does not exist or has been moved.",
         "Go to the homepage", "Latest news", "{t1}", "{t2}", "{t3}"],
        ["Subscribe to keep reading", "You have reached your limit of free articles this month.",
         "Already a subscriber? Log in", "Subscribe now from 1 euro a week", "Cancel anytime."],
        ["Get our morning newsletter", "The day's top stories from {outlet}, in your inbox before breakfast.",
         "Email address", "Sign up", "By signing up you agree to our terms of service and privacy policy."],
        ["Please enable JavaScript", "Your browser does not support the features this page needs.",
         "Please enable JavaScript and cookies, then try again.", "Reference ID {n}"],
    ],
    "eval": [
        ["Log in", "Welcome back to {outlet}", "Username or email", "Password", "Keep me logged in",
         "Log in", "New here? Register for free"],
        ["Something went wrong", "We could not load this page. Error code 503.", "Try again",
         "Top stories", "{t1}", "{t2}"],
        ["This article is for subscribers", "Subscribe to {outlet} for full access to every story.",
         "Subscription options", "Digital: 4 euros a month", "Already a subscriber? Sign in"],
        ["Access denied", "You don't have permission to access this page on this server.", "Reference #{n}"],
        ["Search results", "Results for \"{t1}\"", "{t1}", "{date}", "{t2}", "{date}", "{t3}", "{date}",
         "Load more"],
    ],
}
TAILS = {"dev": ["Sign up for our newsletter", "Read more", "{t1}", "{t2}", "{t3}",
                 "© {outlet}. All rights reserved."],
         "eval": ["More from {outlet}", "{t1}", "{t2}", "Follow us", "Terms of service · Privacy"]}


@dataclass
class Page:
    text: str
    not_article: bool
    kind: str


def _fill(line: str, rng: random.Random, titles: list[str], outlet: str) -> str:
    t = rng.sample(titles, 3)
    return line.format(outlet=outlet, n=rng.randint(80, 950), t1=t[0], t2=t[1], t3=t[2],
                       date=f"{rng.randint(1, 28)} {rng.choice(['March', 'June', 'October'])} 2025")


def section_front(rng: random.Random, arts: list[tuple[str, str]], which: str) -> str:
    outlet = rng.choice(OUTLETS[which])
    lines = [f"{rng.choice(SECTIONS[which])} | {outlet}" if which == "dev" else f"{outlet} — {rng.choice(SECTIONS[which])}"]
    if which == "dev":
        lines += rng.sample(SECTIONS[which], 5)
    for title, first in rng.sample(arts, rng.randint(6, 24)):
        lines.append(title)
        r = rng.random()
        if which == "dev":
            if r < 0.4:
                lines.append(" ".join(first.split()[:24]))
            if rng.random() < 0.5:
                lines.append(f"{rng.randint(1, 23)} hours ago" if rng.random() < 0.5 else f"By {rng.choice(NAMES)}")
        else:
            if r < 0.5:
                lines.append(first)
            if rng.random() < 0.4:
                lines.append(f"{rng.choice(NAMES)} · {rng.randint(2, 9)} min read")
    return "\n".join(lines)


def link_list(rng: random.Random, arts: list[tuple[str, str]], which: str) -> str:
    head = "Most read" if which == "dev" else rng.choice(["Editors' picks", "In case you missed it"])
    items = rng.sample(arts, rng.randint(5, 15))
    if which == "dev":
        return head + "\n" + "\n".join(f"{i + 1}. {t}" for i, (t, _) in enumerate(items))
    return head + "\n" + "\n".join(f"{t} ({rng.randint(1, 28)}.{rng.randint(1, 12)}.2025)" for t, _ in items)


def build(arts: list[tuple[str, str, str]], which: str, seed: int = 0, n_each: int = 60) -> list[Page]:
    """``arts``: (title, first sentence, full text) of research articles. Returns non-articles and articles."""
    rng = random.Random(f"{which}{seed}")
    tf = [(t, f) for t, f, _ in arts]
    titles = [t for t, _, _ in arts]
    pages: list[Page] = []
    for _ in range(n_each):
        pages.append(Page(section_front(rng, tf, which), True, "section_front"))
        pages.append(Page(link_list(rng, tf, which), True, "link_list"))
        outlet = rng.choice(OUTLETS[which])
        pages.append(Page("\n".join(_fill(x, rng, titles, outlet) for x in CONSENT[which]), True, "consent_wall"))
        tmpl = rng.choice(OTHER_PAGES[which])
        pages.append(Page("\n".join(_fill(x, rng, titles, outlet) for x in tmpl), True, "login_paywall_error"))
    for _title, _, text in rng.sample(arts, min(len(arts), 6 * n_each)):
        pages.append(Page(text, False, "article"))
    for _title, _, text in rng.sample(arts, 2 * n_each):
        head = "\n".join(text.splitlines()[:4])  # title, blank line, two paragraphs
        pages.append(Page(head, False, "brief"))
    for _title, _, text in rng.sample(arts, 2 * n_each):
        outlet = rng.choice(OUTLETS[which])
        tail = "\n".join(_fill(x, rng, titles, outlet) for x in TAILS[which])
        pages.append(Page(text + "\n" + tail, False, "article_with_boilerplate"))
    return pages


def score(pages: list[Page], flags: list[bool]) -> dict:
    tp = sum(p.not_article and f for p, f in zip(pages, flags, strict=True))
    fp = sum((not p.not_article) and f for p, f in zip(pages, flags, strict=True))
    fn = sum(p.not_article and not f for p, f in zip(pages, flags, strict=True))
    by_kind: dict[str, list[int]] = {}
    for p, f in zip(pages, flags, strict=True):
        k = by_kind.setdefault(p.kind, [0, 0])
        k[0] += int(f == p.not_article)
        k[1] += 1
    prec = tp / max(1, tp + fp)
    rec = tp / max(1, tp + fn)
    return {"precision": round(prec, 3), "recall": round(rec, 3), "n_pages": sum(p.not_article for p in pages),
            "n_articles": sum(not p.not_article for p in pages),
            "correct_by_kind": {k: f"{a}/{b}" for k, (a, b) in sorted(by_kind.items())}}


def research_articles(data: Path) -> list[tuple[str, str, str]]:
    from genre_data import load_all

    from newsprism.genre.features import sentences, split_title_body

    out = []
    for a in load_all(data):
        title, paras = split_title_body(a.text)
        first = sentences(paras[0]) if paras else []
        out.append((title, first[0] if first else title, a.text))
    return out


def main() -> None:
    """Precision/recall of the not_article check on the dev or eval page set; --write-precision stores each rule's
    dev-set precision (Laplace-smoothed) in pageform.json as the confidence of a not_article label."""
    import argparse
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from newsprism.genre.pageform import not_article_rule

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--which", choices=["dev", "eval"], default="dev")
    ap.add_argument("--write-precision", action="store_true")
    args = ap.parse_args()
    pages = build(research_articles(args.data), args.which)
    rules = [not_article_rule(p.text)[0] for p in pages]
    res = score(pages, [r is not None for r in rules])
    per_rule = {}
    for r in sorted({x for x in rules if x}):
        hit = [p.not_article for p, x in zip(pages, rules, strict=True) if x == r]
        per_rule[r] = {"flagged": len(hit), "right": sum(hit), "precision": round((sum(hit) + 1) / (len(hit) + 2), 3)}
    res["per_rule"] = per_rule
    print(json.dumps(res, indent=1))
    if args.write_precision:
        if args.which != "dev":
            raise SystemExit("rule precision comes from the dev set only")
        path = Path(__file__).resolve().parents[1] / "src/newsprism/genre/data/pageform.json"
        cfg = json.loads(path.read_text(encoding="utf-8"))
        cfg["rule_precision"] = {r: v["precision"] for r, v in per_rule.items()}
        path.write_text(json.dumps(cfg, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
