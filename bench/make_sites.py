#!/usr/bin/env python3
"""Writes one synthetic #KeepThePromise hub twice: as a Promise Hub site and as a like Hugo site.

Used by bench/run_bench.sh. Standard library only. The same seed gives the same files.

    make_sites.py --updates 1000 --plans 20 --actions 100 --ours DIR --hugo DIR [--themes DIR]

The Promise Hub site follows docs PRODUCT.md §1–§7 (content/site.yaml, plans/*.yaml,
updates/*.md, glossary.yaml, language.yaml) with a copy of the repository's themes/. The Hugo
site holds the same pages: one page per update, one per action (its fields in front matter), a
list page per plan, the updates list, the home page, the glossary, help and what-to-expect
pages, and per-plan filter pages (Hugo taxonomy terms scoped to a plan) like ours.
"""

import argparse
import datetime
import os
import random
import re
import shutil
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# ---- Vocabulary ------------------------------------------------------------------------------------

STATUSES = ["not-started", "little-progress", "needs-more", "underway", "ongoing", "done"]
STATUS_WEIGHTS = [15, 10, 15, 35, 15, 10]
STATUS_WORDS = {
    "not-started": ("Not started yet", "We have not started this yet."),
    "little-progress": ("Little or no work yet", "Not much has happened on this yet."),
    "needs-more": ("Started, but not enough yet", "Work has started, but more is needed."),
    "underway": ("Happening now", "We are working on this."),
    "ongoing": ("We keep doing this", "This is something we do all the time."),
    "done": ("Done", "We have done what we promised."),
}
AUDIENCES = ["young-people", "families", "care-leavers", "carers", "workforce"]
THEMES = ["what-matters", "listening", "poverty", "childrens-rights", "language",
          "voice", "family", "care", "people", "scaffolding"]
# Words and icons as our theme shows them, for the Hugo templates.
AUDIENCE_LABELS = {
    "young-people": "Children and young people", "families": "Families",
    "care-leavers": "Young people leaving care", "carers": "Carers",
    "workforce": "People who work with children",
}
THEME_LABELS = {
    "what-matters": "What matters to children and families", "listening": "Listening",
    "poverty": "Poverty", "childrens-rights": "Children's rights", "language": "Language",
    "voice": "Voice", "family": "Family", "care": "Care", "people": "People",
    "scaffolding": "Scaffolding",
}
_ICON = ('<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" '
         'height="20">%s</svg>')
_RING = '<circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="2.5"/>'
STATUS_ICONS = {
    "not-started": _ICON % _RING,
    "little-progress": _ICON % (_RING + '<path d="M12 12 L12 3 A9 9 0 0 1 18.4 5.6 Z" fill="currentColor"/>'),
    "needs-more": _ICON % (_RING + '<path d="M12 12 L12 3 A9 9 0 0 1 21 12 Z" fill="currentColor"/>'),
    "underway": _ICON % (_RING + '<path d="M12 12 L12 3 A9 9 0 0 1 12 21 Z" fill="currentColor"/>'),
    "ongoing": _ICON % ('<path d="M20 12a8 8 0 1 1-2.3-5.6" fill="none" stroke="currentColor" '
                        'stroke-width="2.5" stroke-linecap="round"/><path d="M20 3v6h-6" fill="none" '
                        'stroke="currentColor" stroke-width="2.5" stroke-linecap="round" '
                        'stroke-linejoin="round"/>'),
    "done": _ICON % (_RING + '<path d="M7.5 12.5l3 3L16.5 9" fill="none" stroke="currentColor" '
                     'stroke-width="2.8" stroke-linecap="round" stroke-linejoin="round"/>'),
}

COUNCILS = [
    "Aberdeen City", "Aberdeenshire", "Angus", "Argyll and Bute", "Clackmannanshire",
    "Dumfries and Galloway", "Dundee City", "East Ayrshire", "East Dunbartonshire",
    "East Lothian", "East Renfrewshire", "Edinburgh", "Falkirk", "Fife", "Glasgow",
    "Highland", "Inverclyde", "Midlothian", "Moray", "Na h-Eileanan Siar", "North Ayrshire",
    "North Lanarkshire", "Orkney", "Perth and Kinross", "Renfrewshire", "Scottish Borders",
    "Shetland", "South Ayrshire", "South Lanarkshire", "Stirling", "West Dunbartonshire",
    "West Lothian",
]

GROUP_SETS = [
    [  # the five priority areas
        ("good-childhood", "A Good Childhood", "You will have a good, loving childhood."),
        ("whole-family-support", "Whole Family Support",
         "Your family will get the help it needs to stay together."),
        ("supporting-the-workforce", "Supporting the Workforce",
         "The people who work with you will get the help they need to care well."),
        ("planning", "Planning", "We will plan with you, not for you."),
        ("building-capacity", "Building Capacity", "We will make sure there is enough help."),
    ],
    [  # the five foundations
        ("voice", "Voice", "You will be listened to, and what you say will count."),
        ("family", "Family", "We will help your family stay together when it is safe."),
        ("care", "Care", "If you live in care, it will feel like a loving home."),
        ("people", "People", "You will keep the people who matter to you."),
        ("scaffolding", "Scaffolding", "Help will be there when you need it."),
    ],
]

SERVICES = [
    "Family Group Decision Making", "the Youth Justice team", "Hawthorn Family Learning Centre",
    "Systemic Family Intervention", "the House Project", "the Young Champs", "Lifelong Links",
    "the kinship care team", "the Champions Board", "the throughcare team",
    "the foster care service", "our children's houses", "the Participation Coordinator",
    "the Corporate Parenting Board", "the family support service",
]
LEADS = [
    "Group Service Manager", "Service Manager, Children's Services", "Participation Coordinator",
    "Head of Education", "Chief Social Work Officer", "Kinship Care Team Leader",
    "Youth Justice Manager", "Practice Development Lead", "Housing Manager",
    "Health Visiting Lead", "Principal Educational Psychologist", "Throughcare Team Leader",
]
LINKS = [
    "Corporate Parenting Plan", "Care Homes Improvement Plan", "Children's Services Plan",
    "Child Poverty Action Report", "Youth Justice Strategy", "Workforce Development Plan",
    "UNCRC Implementation Plan", "Local Housing Strategy", "Community Justice Plan",
    "Mental Health Strategy",
]
MEASURES = [
    "Care homes graded 4 or better at inspection",
    "Number of families supported by Family Group Decision Making",
    "Percentage of young people who say they feel listened to",
    "Number of brothers and sisters living together",
    "Number of young people in their own tenancy after leaving care",
    "Staff trained in trauma-informed practice",
    "Exclusions from school of care experienced pupils",
    "Young people taking part in the Champions Board",
    "Children who moved home more than once in a year",
    "Kinship carers who say they get the help they need",
    "Attendance at school of care experienced pupils",
    "Families who say help came early enough",
]
OFFICIAL_VERBS = [
    "continue to support you to maintain", "develop and strengthen", "consistently deliver",
    "work with partners to improve", "review and redesign", "embed", "increase access to",
    "promote", "monitor and evaluate", "extend",
]
OFFICIAL_OBJECTS = [
    "safe, loving relationships that are important to you",
    "the Family Group Decision Making service",
    "trauma-informed practice across the workforce",
    "support for kinship carers",
    "support for care leavers moving into their own homes",
    "the voice of care experienced young people in decision making",
    "nurturing and relational approaches in all our schools",
    "early help for families under pressure",
    "Lifelong Links for children living away from their families",
    "independent advocacy for children at every meeting about them",
    "brothers and sisters living together wherever it is safe",
    "the use of destigmatising language in all our records and letters",
]
OFFICIAL_TAILS = [
    "", " across the council area", " so that no family is left behind",
    " in partnership with the third sector", " by the end of this plan",
    " in every school and team", " with the Young Champs",
]
PLAIN_PROMISES = [
    "We will help you stay close to the people you love, when it is safe.",
    "We will give your family help early, before things get hard.",
    "We will help you live with your brothers and sisters.",
    "We will listen to you at every meeting about you.",
    "We will help you find a good home when you leave care.",
    "We will teach our staff to be kind and to understand what you have been through.",
    "We will make school a place where you feel safe and welcome.",
    "We will use kind words about you, in what we say and what we write.",
    "We will make sure someone is on your side at meetings.",
    "We will help the people who look after you.",
    "We will ask you what you think and do something about it.",
    "We will help families who do not have enough money.",
    "We will keep your records in words you understand.",
    "We will help you stay in the same school when you move home.",
]
DUE_TEXTS = ["Every 3 months", "Every year", "Ongoing", "By the end of the plan", "Every 6 months"]

UPDATE_TITLES = [
    "More families get help from {service}",
    "{Service} reaches a new milestone",
    "Young people tell us what they think of {service}",
    "{Service} shares its first year report",
    "{Service} opens its doors to families",
    "{n} more staff trained to support {service}",
    "What we learned from {service} this year",
    "A new home for {service}",
    "{Service}: what has changed since the plan",
    "Families help us redesign {service}",
]
UPDATE_PLAINS = [
    "More families got help to stay together this year.",
    "We asked young people what they think, and we listened.",
    "We trained more staff to understand what you have been through.",
    "We opened a new place where families can get help.",
    "Here is what has changed, and what we still need to do.",
    "More young people now have a say in the help they get.",
    "We found out what works well and what we need to fix.",
]
AUTHORS = ["Children's Services", "Communications Team", "Young Champs", "Education",
           "Youth Justice Team", "Corporate Parenting Board"]
HEADINGS = ["What happened", "What young people told us", "What we did", "What changed",
            "Why it matters", "The story so far"]
SUBHEADINGS = ["In numbers", "What comes next", "What families said", "Who helped"]
SENTENCES = [
    "Families told us that help came sooner than before, and that it felt less like a meeting.",
    "The team met {n} families this year, up from {m} the year before.",
    "Young people from the **Young Champs** helped us choose what to change first.",
    "We know there is more to do, and we will keep telling you how it is going.",
    "Workers now spend more time with children and less time on forms.",
    "Every child who moved home was asked who they wanted to stay in touch with.",
    "Kinship carers said the new support group helps them feel less alone.",
    "The service was checked by the Care Inspectorate and graded *very good*.",
    "Brothers and sisters now live together in more cases than ever before.",
    "We changed our letters so that they use plain words and no jargon.",
    "A young person said: \u201cthey listened to me and then they actually did it.\u201d",
    "More of our staff finished trauma-informed training, so they understand why people act as they do.",
    "We worked with the third sector to find {n} more homes for young people leaving care.",
    "School attendance of care experienced pupils went up by {p} per cent.",
    "Nobody was excluded from school this term.",
    "We started to plan the next stage with the people who use the service.",
]
BULLETS = [
    "{n} families supported", "a new drop-in every Tuesday", "free travel to family time",
    "a named worker for every young person", "letters rewritten in plain words",
    "{n} staff trained", "a new group for kinship carers", "help with money and benefits",
    "advocacy at every Children's Hearing", "a quiet room for family visits",
    "a summer programme run by young people", "{n} young people in their own homes",
]
TABLE_ROWS = [
    "Families helped", "Young people who had a say", "Staff trained", "Homes found",
    "Meetings with an advocate", "Brothers and sisters together",
]
EXTERNAL_LINKS = [
    ("The Promise Scotland", "https://thepromise.scot/"),
    ("Who Cares? Scotland", "https://www.whocaresscotland.org/"),
    ("Children's Hearings Scotland", "https://www.chscotland.gov.uk/"),
    ("the Care Inspectorate", "https://www.careinspectorate.com/"),
    ("CELCIS", "https://www.celcis.org/"),
]
GLOSSARY = [
    ("Corporate parent", None, "A group or person whose job is to look after you, the way a good parent would."),
    ("CEYP", "care experienced young people", "Young people who live or have lived in care."),
    ("FGDM", "Family Group Decision Making", "A meeting where your family makes a plan together."),
    ("Kinship care", None, "When you live with a relative or family friend."),
    ("Throughcare", None, "Help to get ready for life after care."),
    ("Aftercare", None, "Help you can get after you have left care."),
    ("UNCRC", "United Nations Convention on the Rights of the Child", "The rights every child has."),
    ("Advocate", None, "Someone who helps you say what you think, and is on your side."),
    ("Champions Board", None, "A group where young people and leaders work on changes together."),
    ("Children's Hearing", None, "A meeting that decides what help is best for you."),
    ("Reporter", None, "The person who decides if you need a Children's Hearing."),
    ("Panel member", None, "A volunteer who listens and makes decisions at a Children's Hearing."),
    ("Social worker", None, "Someone whose job is to help you and your family."),
    ("Foster carer", None, "Someone who looks after you in their own home."),
    ("Trauma-informed", None, "Knowing that bad things that happened can change how you feel and act."),
    ("Lifelong Links", None, "Help to find and keep in touch with people who matter to you."),
    ("Continuing care", None, "Staying in your care home or with your carers after you turn 16."),
    ("GIRFEC", "Getting it right for every child", "The way Scotland helps every child be well."),
    ("CSWO", "Chief Social Work Officer", "The person in charge of social work in the council."),
    ("Permanence", None, "A plan so you know where you will live while you grow up."),
]
LANGUAGE = [
    (["placement", "placements"], "home", "Children live in homes, not placements."),
    (["respite"], "short break", "Everyone needs a break sometimes."),
    (["contact"], "family time", "It is time with your family, not an appointment."),
    (["LAC", "looked after child"], "care experienced young person",
     "You are a person, not a label."),
    (["unit", "units"], "children's house", "It is a house where children live."),
]
# Scotland's 32 council areas (spec §11), for --national.
AREA_IDS = [
    "aberdeen-city", "aberdeenshire", "angus", "argyll-and-bute", "city-of-edinburgh",
    "clackmannanshire", "dumfries-and-galloway", "dundee-city", "east-ayrshire",
    "east-dunbartonshire", "east-lothian", "east-renfrewshire", "falkirk", "fife", "glasgow-city",
    "highland", "inverclyde", "midlothian", "moray", "na-h-eileanan-siar", "north-ayrshire",
    "north-lanarkshire", "orkney-islands", "perth-and-kinross", "renfrewshire", "scottish-borders",
    "shetland-islands", "south-ayrshire", "south-lanarkshire", "stirling", "west-dunbartonshire",
    "west-lothian",
]

HELP = [
    ("Childline", "0800 1111", "https://www.childline.org.uk/",
     "Free, private help for anyone under 19."),
    ("Who Cares? Scotland", "0141 226 4441", "https://www.whocaresscotland.org/",
     "Help and advocacy for care experienced people."),
    ("Parentline Scotland", "08000 28 22 33", "https://www.children1st.org.uk/",
     "Free help for families, from Children 1st."),
]


# Our address of a plan's filter page (src/render/urls.h: Urls::plan_filter).
FILTER_URL = "/plans/%s/%s/%s/"

# ---- Helpers -----------------------------------------------------------------------------------------

def q(text):
    """A YAML double-quoted scalar (also valid for Hugo's YAML front matter)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def flow(items):
    return "[" + ", ".join(q(i) for i in items) + "]"


def slugify(text):
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


class Data:
    """The hub's content, generated once and written in both formats."""

    def __init__(self, rng, n_updates, n_plans, n_actions, n_groups, now, national=False):
        self.rng = rng
        self.now = now
        self.organisations = []
        if national:
            self.plans = self._national_plans(n_actions, n_groups)
        else:
            self.plans = [self._plan(i, n_actions, n_groups) for i in range(n_plans)]
        self.updates = self._updates(n_updates)
        self._derive_current_status()

    # -- plans --
    def _plan(self, index, n_actions, n_groups):
        rng = self.rng
        council = COUNCILS[index % len(COUNCILS)]
        start = 2019 + (index // len(COUNCILS)) % 4
        end = start + 4
        plan_id = "%s-%d-%02d" % (slugify(council), start, end % 100)
        if index >= len(COUNCILS) * 4:
            plan_id += "-%d" % index
        group_set = GROUP_SETS[index % len(GROUP_SETS)]
        groups = []
        for g in range(n_groups):
            gid, title, plain = group_set[g % len(group_set)]
            if g >= len(group_set):
                gid, title = "%s-%d" % (gid, g // len(group_set) + 1), "%s %d" % (title, g // len(group_set) + 1)
            groups.append({
                "id": gid, "title": title, "plain": plain,
                "summary": "All children and young people in %s will %s." % (
                    council, rng.choice(["have a good, loving childhood", "be listened to",
                                         "get help early", "grow up loved, safe and respected"])),
            })
        actions = []
        per_group = [n_actions // n_groups + (1 if g < n_actions % n_groups else 0)
                     for g in range(n_groups)]
        for g, count in enumerate(per_group):
            for k in range(count):
                actions.append(self._action("%d.%d" % (g + 1, k + 1), groups[g]["id"], start, end))
        return {
            "id": plan_id, "council": council, "start": start, "end": end,
            "title": "Keeping The Promise in %s %d\u2013%d" % (council, start, end),
            "plain": "What %s Council promised children and families for %d to %d." % (council, start, end),
            "organisation": "%s Council" % council,
            "published": "%d-%02d-%02d" % (start - 1, rng.randint(1, 12), rng.randint(1, 28)),
            "summary": (
                "The plan sets out how %s will **keep The Promise** to children and young people "
                "with care experience, and to their families.\n\n"
                "It has %d priority areas. Each one has promises with a person who is responsible "
                "and a date.\n" % (council, n_groups)),
            "groups": groups, "actions": actions,
        }

    # -- a national hub (spec §11): 32 councils and 20 other organisations, 1-3 plans each --
    def _national_plans(self, n_actions, n_groups):
        rng = self.rng
        kinds = ["health-board", "partnership", "third-sector", "national", "other"]
        for i, area in enumerate(AREA_IDS):
            self.organisations.append({"id": area + "-council", "kind": "council", "areas": [area],
                                       "name": "%s Council" % area.replace("-", " ").title()})
        for i in range(20):
            kind = kinds[i % len(kinds)]
            areas = ["scotland"] if kind == "national" else rng.sample(AREA_IDS, rng.randint(1, 4))
            self.organisations.append({"id": "%s-%d" % (kind, i + 1), "kind": kind, "areas": areas,
                                       "name": "Sample %s %d" % (kind.replace("-", " ").title(), i + 1)})
        plans, index = [], 0
        for o, org in enumerate(self.organisations):
            for k in range(1 + o % 3):
                plan = self._plan(index, n_actions, n_groups)
                index += 1
                plan["id"] = "%s-plan-%d" % (org["id"], k + 1)
                plan["organisation"] = org["id"]
                plan["folder"] = org["id"]
                plans.append(plan)
        national = [p for p in plans if p["organisation"] == "national-4"]
        target = national[0] if national else plans[-1]
        for plan in plans:
            if plan is target:
                continue
            for a in plan["actions"]:
                if rng.random() < 0.1:
                    a["contributes_to"] = ["%s/%s" % (target["id"], rng.choice(target["actions"])["id"])]
        return plans

    def _action(self, action_id, group, start, end):
        rng = self.rng
        title = "We will %s %s%s." % (rng.choice(OFFICIAL_VERBS), rng.choice(OFFICIAL_OBJECTS),
                                      rng.choice(OFFICIAL_TAILS))
        r = rng.random()
        year = rng.randint(start, end)
        if r < 0.3:
            due = "%d" % year
        elif r < 0.7:
            due = "%d-%02d" % (year, rng.randint(1, 12))
        elif r < 0.85:
            due = "%d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28))
        else:
            due = rng.choice(DUE_TEXTS)
        return {
            "id": action_id, "group": group, "title": title,
            "plain": rng.choice(PLAIN_PROMISES),
            "leads": rng.sample(LEADS, rng.randint(1, 2)),
            "links": rng.sample(LINKS, rng.randint(0, 3)),
            "measures": rng.sample(MEASURES, rng.randint(1, 3)),
            "due": due,
            "status": rng.choices(STATUSES, STATUS_WEIGHTS)[0],
            "for": sorted(rng.sample(AUDIENCES, rng.randint(1, 3)), key=AUDIENCES.index),
            "themes": sorted(rng.sample(THEMES, rng.randint(1, 3)), key=THEMES.index),
        }

    # -- updates --
    def _updates(self, n):
        rng = self.rng
        first = datetime.date(2019, 1, 1)
        span = (self.now - first).days - 1  # every update is dated before the build date
        updates = []
        for i in range(n):
            plan = rng.choice(self.plans)
            date = first + datetime.timedelta(days=rng.randrange(span))
            service = rng.choice(SERVICES)
            title = rng.choice(UPDATE_TITLES).format(
                service=service, Service=service[0].upper() + service[1:], n=rng.randint(5, 60))
            slug = "%s-%d" % (slugify(title)[:60].rstrip("-"), i + 1)
            actions = rng.sample(plan["actions"], rng.randint(1, 3))
            changes = {}
            if rng.random() < 0.3:
                for a in actions[:rng.randint(1, len(actions))]:
                    changes[a["id"]] = rng.choice(STATUSES)
            updates.append({
                "slug": slug, "file": "%s-%s.md" % (date.isoformat(), slug),
                "date": date.isoformat(), "title": title, "plain": rng.choice(UPDATE_PLAINS),
                "plan": plan, "actions": actions, "changes": changes,
                "author": rng.choice(AUTHORS), "draft": rng.random() < 0.01,
                "body": self._body(plan, actions, service),
            })
        return updates

    def _body(self, plan, actions, service):
        rng = self.rng

        def sentence():
            return rng.choice(SENTENCES).format(n=rng.randint(5, 90), m=rng.randint(2, 40),
                                                p=rng.randint(2, 15))

        def paragraph(k):
            return " ".join(sentence() for _ in range(k))

        a = actions[0]
        base = "/plans/%s/" % plan["id"]
        name, url = rng.choice(EXTERNAL_LINKS)
        parts = [
            "## %s\n" % rng.choice(HEADINGS),
            "This update is about %s and promise [%s](%s%s/) in [our plan](%s). %s\n" % (
                service, a["id"], base, a["id"], base, paragraph(2)),
            paragraph(rng.randint(2, 4)) + "\n",
            "\n".join("- " + rng.choice(BULLETS).format(n=rng.randint(3, 80))
                      for _ in range(rng.randint(3, 5))) + "\n",
        ]
        if rng.random() < 0.7:
            rows = rng.sample(TABLE_ROWS, rng.randint(2, 4))
            table = ["### %s\n" % SUBHEADINGS[0], "| What | Last year | This year |",
                     "|---|---:|---:|"]
            for row in rows:
                before = rng.randint(3, 120)
                table.append("| %s | %d | %d |" % (row, before, before + rng.randint(-5, 40)))
            parts.append("\n".join(table) + "\n")
        parts.append("### %s\n" % rng.choice(SUBHEADINGS[1:]))
        footnote = rng.random() < 0.2
        parts.append("%s You can read more on the website of [%s](%s)%s.\n" % (
            paragraph(rng.randint(1, 3)), name, url, "[^1]" if footnote else ""))
        if footnote:
            parts.append("[^1]: Figures are for the year to March, and may change a little.\n")
        return "\n".join(parts)

    def _derive_current_status(self):
        """Newest non-draft update (by date, then file name) that changes a status wins (§4)."""
        for plan in self.plans:
            for a in plan["actions"]:
                a["current"] = a["status"]
        for u in sorted(self.updates, key=lambda u: (u["date"], u["file"])):
            if u["draft"]:
                continue
            by_id = {a["id"]: a for a in u["actions"]}
            for aid, status in u["changes"].items():
                by_id[aid]["current"] = status


# ---- Promise Hub site --------------------------------------------------------------------------------

def write_ours(data, site, themes):
    content = os.path.join(site, "content")
    for sub in ("plans", "updates", "pages", "static"):
        os.makedirs(os.path.join(content, sub), exist_ok=True)
    if themes and os.path.isdir(themes):
        shutil.copytree(themes, os.path.join(site, "themes"), dirs_exist_ok=True)
    else:
        print("make_sites: warning: no themes folder at %s; the Promise Hub site has none" % themes,
              file=sys.stderr)

    lines = [
        "title: %s" % q("Keeping The Promise: benchmark hub"),
        "tagline: %s" % q("You will grow up loved, safe and respected"),
        "base_url: https://promise.example.org/",
        "language: en-GB",
        "organisation: %s" % q("Benchmark Partnership"),
        "theme: promise",
        "reading_age: 9",
        "quick_exit: https://www.bbc.co.uk/weather",
        "help:",
    ]
    for name, phone, url, text in HELP:
        lines += ["  - name: %s" % q(name), "    phone: %s" % q(phone), "    url: %s" % url,
                  "    text: %s" % q(text)]
    write(os.path.join(content, "site.yaml"), "\n".join(lines) + "\n")

    lines = []
    for term, means, plain in GLOSSARY:
        lines.append("- term: %s" % q(term))
        if means:
            lines.append("  means: %s" % q(means))
        lines.append("  plain: %s" % q(plain))
    write(os.path.join(content, "glossary.yaml"), "\n".join(lines) + "\n")

    lines = []
    for avoid, say, why in LANGUAGE:
        lines += ["- avoid: %s" % flow(avoid), "  say: %s" % q(say), "  why: %s" % q(why)]
    write(os.path.join(content, "language.yaml"), "\n".join(lines) + "\n")

    for org in data.organisations:
        write(os.path.join(content, "organisations", org["id"] + ".yaml"),
              "name: %s\nkind: %s\nareas: [%s]\n" % (q(org["name"]), org["kind"], ", ".join(org["areas"])))

    for plan in data.plans:
        lines = [
            "title: %s" % q(plan["title"]),
            "plain: %s" % q(plan["plain"]),
            "organisation: %s" % q(plan["organisation"]),
            "period: { from: %d-01, to: %d-12 }" % (plan["start"], plan["end"]),
            "published: %s" % plan["published"],
            "summary: |",
        ]
        lines += ["  " + l if l else "" for l in plan["summary"].rstrip("\n").split("\n")]
        lines.append("groups:")
        for g in plan["groups"]:
            lines += ["  - id: %s" % g["id"], "    title: %s" % q(g["title"]),
                      "    plain: %s" % q(g["plain"]), "    summary: %s" % q(g["summary"])]
        lines.append("actions:")
        for a in plan["actions"]:
            lines += [
                "  - id: %s" % q(a["id"]),
                "    group: %s" % a["group"],
                "    title: %s" % q(a["title"]),
                "    plain: %s" % q(a["plain"]),
                "    leads: %s" % flow(a["leads"]),
                "    links: %s" % flow(a["links"]),
                "    measures: %s" % flow(a["measures"]),
                "    due: %s" % (a["due"] if a["due"][0].isdigit() else q(a["due"])),
                "    status: %s" % a["status"],
                "    for: [%s]" % ", ".join(a["for"]),
                "    themes: [%s]" % ", ".join(a["themes"]),
            ]
            if a.get("contributes_to"):
                lines.append("    contributes_to: %s" % flow(a["contributes_to"]))
        write(os.path.join(content, "plans", plan["id"] + ".yaml"), "\n".join(lines) + "\n")

    updates_dir = os.path.join(content, "updates")
    for u in data.updates:
        lines = [
            "---",
            "title: %s" % q(u["title"]),
            "plain: %s" % q(u["plain"]),
            "date: %s" % u["date"],
            "plan: %s" % u["plan"]["id"],
            "actions: %s" % flow(a["id"] for a in u["actions"]),
        ]
        if u["changes"]:
            lines.append("status:")
            lines += ["  %s: %s" % (q(k), v) for k, v in u["changes"].items()]
        lines += ["author: %s" % q(u["author"]), "draft: %s" % ("true" if u["draft"] else "false"),
                  "---", u["body"]]
        folder = u["plan"].get("folder", "")  # --national: a folder per organisation
        write(os.path.join(updates_dir, folder, u["file"]), "\n".join(lines))


# ---- Hugo site ---------------------------------------------------------------------------------------

def write_hugo(data, site, themes, paginate, feed_limit, now):
    content = os.path.join(site, "content")
    os.makedirs(content, exist_ok=True)
    shutil.copytree(os.path.join(HERE, "hugo", "layouts"), os.path.join(site, "layouts"),
                    dirs_exist_ok=True)
    # Our theme's CSS and JavaScript (fingerprinted by both tools) and static files, so that
    # both copy the same assets; bench/hugo/assets stands in while the theme has none.
    # (Hugo's assets/assets/x.css is published as /assets/x.<hash>.css, like ours.)
    shutil.copytree(os.path.join(HERE, "hugo", "assets"), os.path.join(site, "assets", "assets"),
                    dirs_exist_ok=True)
    os.makedirs(os.path.join(site, "static"), exist_ok=True)
    for sub, target in (("assets", os.path.join("assets", "assets")), ("static", "static")):
        theme_dir = os.path.join(themes or "", "promise", sub)
        if themes and os.path.isdir(theme_dir):
            shutil.copytree(theme_dir, os.path.join(site, target), dirs_exist_ok=True)

    lines = [
        "baseURL: https://promise.example.org/",
        "languageCode: en-GB",
        "title: %s" % q("Keeping The Promise: benchmark hub"),
        "buildFuture: true",          # dates are all before our --now; never depend on the clock
        "enableRobotsTXT: true",
        "disableKinds: [taxonomy]",   # we have no 'all terms' pages; term pages stay
        "ignoreErrors: [error-disable-taxonomy]",
        "rssLimit: %d" % feed_limit,
        "paginate: %d" % (paginate if paginate > 0 else 1000000000),
        "taxonomies:",
        "  bystatus: bystatus",       # filter pages, one per plan and status,
        "  byaudience: byaudience",   # ... per plan and audience (`for`),
        "  bytheme: bytheme",         # ... per plan and theme, at our addresses
        "  promise: promises",        # index: updates per action (timeline); not rendered
        "outputFormats:",
        "  RSS: { baseName: feed }",  # our feeds: /feed.xml and /plans/<plan>/feed.xml
        "outputs:",
        "  home: [HTML, RSS]",
        "  section: [HTML]",
        "  term: [HTML]",
        "  page: [HTML]",
        "markup:",
        "  goldmark:",
        "    renderer: { unsafe: false }",
        "    extensions: { typographer: false, definitionList: false }",
        "params:",
        "  tagline: %s" % q("You will grow up loved, safe and respected"),
        "  organisation: %s" % q("Benchmark Partnership"),
        "  quick_exit: https://www.bbc.co.uk/weather",
        "  reading_age: 9",
        "  now: %s" % q(now.isoformat()),
        "  paginate_updates: %s" % ("true" if paginate > 0 else "false"),
        "  status_order: [%s]" % ", ".join(STATUSES),
        "  statuses:",
    ]
    for key in STATUSES:
        label, sentence = STATUS_WORDS[key]
        lines += ["    %s: { label: %s, sentence: %s }" % (key, q(label), q(sentence))]
    lines.append("  icons:")
    lines += ["    %s: %s" % (key, q(STATUS_ICONS[key])) for key in STATUSES]
    lines.append("  audiences:")
    lines += ["    - { id: %s, label: %s }" % (a, q(AUDIENCE_LABELS[a])) for a in AUDIENCES]
    lines.append("  themes:")
    lines += ["    - { id: %s, label: %s }" % (t, q(THEME_LABELS[t])) for t in THEMES]
    # The glossary linker (src/render/glossary_linker.cpp): one regexp finds the terms used on
    # a page, then the first use of each becomes a link (terms) or an <abbr> (acronyms).
    terms = sorted(GLOSSARY, key=lambda e: -len(e[0]))
    acronyms = [t for t, m, p in terms if re.fullmatch(r"[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z][A-Z0-9]*", t)]
    words = [t for t, m, p in terms if t not in acronyms]
    pattern = r"\b(?:(?i:%s)|%s)\b" % ("|".join(re.escape(w.lower()) for w in words),
                                       "|".join(re.escape(a) for a in acronyms))
    lines.append("  glossary_re: %s" % q(pattern))
    lines.append("  glossary_terms:")
    for term, means, plain in terms:
        acronym = term in acronyms
        lines.append("    %s: { match: %s, acronym: %s, title: %s, href: %s }" % (
            q(term.lower()), q(re.escape(term if acronym else term.lower())),
            "true" if acronym else "false", q(means if acronym and means else plain),
            q("/glossary/#" + slugify(term))))
    lines.append("  help:")
    for name, phone, url, text in HELP:
        lines.append("    - { name: %s, phone: %s, url: %s, text: %s }" % (q(name), q(phone), q(url), q(text)))
    write(os.path.join(site, "config.yaml"), "\n".join(lines) + "\n")

    data_dir = os.path.join(site, "data")
    os.makedirs(data_dir, exist_ok=True)
    write(os.path.join(data_dir, "glossary.yaml"), "".join(
        "- { term: %s, means: %s, plain: %s }\n" % (q(t), q(m or ""), q(p)) for t, m, p in GLOSSARY))

    def page(path, front, body=""):
        write(path, "---\n" + "\n".join(front) + "\n---\n" + body)

    page(os.path.join(content, "_index.md"), ["title: %s" % q("Keeping The Promise")],
         "In 2020, Scotland made a promise to children and young people in care.\n\n"
         "The promise is that you will grow up loved, safe and respected.\n\n"
         "On this site you can see what we promised, and how we are doing.\n")
    for name, title in (("glossary", "Words we use"), ("help", "Get help"),
                        ("what-to-expect", "What to expect"),
                        ("staying-safe-online", "Staying safe online"), ("search", "Search")):
        page(os.path.join(content, name + ".md"), ["title: %s" % q(title), "layout: " + name])
    os.makedirs(os.path.join(content, "promises"), exist_ok=True)
    page(os.path.join(content, "promises", "_index.md"),
         ["title: promises", "cascade:", "  _build: { render: never, list: never }"])

    plans_dir = os.path.join(content, "plans")
    os.makedirs(plans_dir, exist_ok=True)
    # We have no /plans/ page: the section exists for .Sections, and is not written.
    page(os.path.join(plans_dir, "_index.md"), ["title: %s" % q("Our plans"),
                                                "_build: { render: never }"])
    for plan_weight, plan in enumerate(data.plans, 1):
        pdir = os.path.join(plans_dir, plan["id"])
        os.makedirs(pdir, exist_ok=True)
        front = [
            "title: %s" % q(plan["title"]), "id: %s" % plan["id"], "layout: plan",
            "weight: %d" % plan_weight,
            "outputs: [HTML, RSS]",   # our per-plan feed
            "plain: %s" % q(plan["plain"]), "organisation: %s" % q(plan["organisation"]),
            "period: { from: %d-01, to: %d-12 }" % (plan["start"], plan["end"]),
            "published: %s" % q(plan["published"]),
            "groups:",
        ]
        for g in plan["groups"]:
            front.append("  - { id: %s, title: %s, plain: %s, summary: %s }" % (
                g["id"], q(g["title"]), q(g["plain"]), q(g["summary"])))
        page(os.path.join(pdir, "_index.md"), front, plan["summary"])
        pid = plan["id"]
        for weight, a in enumerate(plan["actions"], 1):
            front = [
                "title: %s" % q(a["title"]), "slug: %s" % q(a["id"]), "id: %s" % q(a["id"]),
                "weight: %d" % weight,
                "plan: %s" % pid, "group: %s" % a["group"], "plain: %s" % q(a["plain"]),
                "leads: %s" % flow(a["leads"]), "links: %s" % flow(a["links"]),
                "measures: %s" % flow(a["measures"]), "due: %s" % q(a["due"]),
                "status: %s" % a["status"], "current: %s" % a["current"],
                "for: [%s]" % ", ".join(a["for"]), "themes: [%s]" % ", ".join(a["themes"]),
                "bystatus: [%s-%s]" % (pid, a["current"]),
                "byaudience: [%s]" % ", ".join("%s-%s" % (pid, x) for x in a["for"]),
                "bytheme: [%s]" % ", ".join("%s-%s" % (pid, x) for x in a["themes"]),
            ]
            page(os.path.join(pdir, "a-%s.md" % a["id"].replace(".", "-")), front)

    # Filter pages are taxonomy terms scoped to a plan ("<plan>-<value>"), one for each value that
    # some action of the plan has, moved to our address /plans/<plan>/<kind>/<value>/.
    for plan in data.plans:
        pid = plan["id"]
        used = {"status": set(STATUSES),  # ours writes all six status filters, even empty ones
                "for": {x for a in plan["actions"] for x in a["for"]},
                "theme": {x for a in plan["actions"] for x in a["themes"]}}
        for kind, taxonomy in (("status", "bystatus"), ("for", "byaudience"), ("theme", "bytheme")):
            for value in sorted(used[kind]):
                tdir = os.path.join(content, taxonomy, "%s-%s" % (pid, value))
                os.makedirs(tdir, exist_ok=True)
                if kind == "status":
                    title = STATUS_WORDS[value][0]
                    heading = "Promises with the status: " + title
                elif kind == "for":
                    title = AUDIENCE_LABELS[value]
                    heading = "Promises for: " + title.lower()
                else:
                    title = THEME_LABELS[value]
                    heading = "Promises about: " + title
                page(os.path.join(tdir, "_index.md"), [
                    "title: %s" % q(plan["title"] + ": " + title), "heading: %s" % q(heading),
                    "url: " + FILTER_URL % (pid, kind, value),
                    "plan: %s" % pid, "kind: %s" % kind, "value: %s" % value])

    updates_dir = os.path.join(content, "updates")
    os.makedirs(updates_dir, exist_ok=True)
    page(os.path.join(updates_dir, "_index.md"), ["title: %s" % q("Progress updates")])
    for u in data.updates:
        pid = u["plan"]["id"]
        front = [
            "title: %s" % q(u["title"]), "plain: %s" % q(u["plain"]),
            "date: %s" % u["date"], "plan: %s" % pid,
            "actions: %s" % flow(a["id"] for a in u["actions"]),
            "promises: %s" % flow("%s_%s" % (pid, a["id"]) for a in u["actions"]),
        ]
        if u["changes"]:
            front.append("changes: { %s }" % ", ".join(
                "%s: %s" % (q(k), v) for k, v in u["changes"].items()))
        front += ["author: %s" % q(u["author"]), "draft: %s" % ("true" if u["draft"] else "false")]
        page(os.path.join(updates_dir, u["file"]), front, u["body"])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--updates", type=int, default=1000)
    parser.add_argument("--plans", type=int, default=20)
    parser.add_argument("--actions", type=int, default=100, help="actions per plan")
    parser.add_argument("--groups", type=int, default=5, help="groups per plan")
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--national", action="store_true",
                        help="a hub of 32 councils and 20 other organisations with 1-3 plans each "
                             "(--plans is ignored; spec §11); Promise Hub only")
    parser.add_argument("--now", default="2026-01-01", help="every update is dated before this")
    parser.add_argument("--ours", help="write the Promise Hub site here")
    parser.add_argument("--hugo", help="write the Hugo site here")
    parser.add_argument("--themes", default=os.path.join(HERE, "..", "themes"),
                        help="the themes/ folder to copy into our site")
    parser.add_argument("--hugo-paginate", type=int, default=50,
                        help="updates per page of the Hugo updates list, at /updates/page/N/ "
                             "(ours: 50, kUpdatesPerListPage; 0: one page)")
    parser.add_argument("--feed-limit", type=int, default=50,
                        help="entries per Hugo feed (ours: 50, src/render/site_renderer.cpp)")
    args = parser.parse_args()
    if args.updates < 0 or args.plans < 1 or args.actions < 1 or args.groups < 1:
        parser.error("--updates must be >= 0; --plans, --actions and --groups >= 1")
    if args.actions < args.groups:
        args.groups = args.actions
    now = datetime.date.fromisoformat(args.now)

    started = time.monotonic()
    data = Data(random.Random(args.seed), args.updates, args.plans, args.actions, args.groups, now,
                national=args.national)
    if args.ours:
        write_ours(data, args.ours, args.themes)
    if args.hugo:
        write_hugo(data, args.hugo, args.themes, args.hugo_paginate, args.feed_limit, now)
    print("make_sites: %d updates, %d plans x %d actions in %.1f s" % (
        args.updates, args.plans, args.actions, time.monotonic() - started), file=sys.stderr)


if __name__ == "__main__":
    main()
