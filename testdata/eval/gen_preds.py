#!/usr/bin/env python3
"""Write the prediction fixtures of the eval tests (clipper records).

usage: gen_preds.py   (run from testdata/eval; writes pred/perfect and pred/perturbed)

pred/perfect holds each gold annotation in gold/ turned into a record as a
perfect extractor would write it. pred/perturbed holds the same records with
deterministic edits that exercise every matching rule of the scorer: missing
and extra items, wrong speakers and statuses, aliases, acronyms, "The"
prefixes, curly apostrophes, corporate suffixes, references by id only,
repeated items and unresolved dates. One gold article has no prediction and
one prediction has no gold article. The predictions of edge-* articles are
written by hand and left alone.
"""
import copy, json, os, random

GOLD = "gold"
SKIP = "pellucid-nightcrane-ransomware-2019"   # no prediction: graded as empty


def precision(v):
    if v is None:
        return ""
    if "/" in v:
        return "range"
    return {10: "day", 7: "month", 4: "year"}.get(len(v), "day")


def dv(v, text=None):
    return None if v is None else {"text": text or v, "value": v, "precision": precision(v)}


class Rec:
    def __init__(self, name, src):
        self.r = {"schema_version": "1", "source": {"name": src, "format": "text", "bytes": 0},
                  "article": {}, "repairs": [], "entities": [], "dates": [], "quotes": [],
                  "incidents": [], "warnings": []}
        self.ids = {}

    def entity(self, typ, name, aliases=(), role=None):
        eid = "e%d" % (len(self.r["entities"]) + 1)
        e = {"id": eid, "type": typ, "name": name, "aliases": list(aliases), "mentions": []}
        if role:
            e["role"] = role
        self.r["entities"].append(e)
        for n in [name, *aliases]:
            self.ids.setdefault(n, eid)
        return eid

    def ref(self, name, by_id=False):
        eid = self.ids.get(name, "")
        return {"id": eid, "name": "" if by_id and eid else name}


def perfect(name, g, src):
    r = Rec(name, src)
    a = g["article"]
    r.r["article"] = {"headline": a.get("headline") or "", "standfirst": "", "section": a.get("section") or "",
                      "publication": a.get("publication") or "", "authors": a.get("authors") or [],
                      "language": "en", "published": dv(a.get("published")), "text": ""}
    for o in g["organisations"]:
        r.entity("organisation", o["name"], o.get("aliases") or [])
    for p in g["people"]:
        r.entity("person", p["name"], p.get("aliases") or [], p.get("role"))
    for p in g["places"]:
        r.entity("place", p)
    r.r["dates"] = [{"text": d["text"], "value": d["value"], "precision": precision(d["value"]), "start": 0, "end": 0}
                    for d in g["dates"]]
    for q in g["quotes"]:
        sp = q.get("speaker")
        r.r["quotes"].append({"text": q["begins"] + " and so on, as the statement went on.",
                              "speaker": r.ref(sp) if sp else None, "speaker_text": q.get("speaker_text") or "",
                              "cue": "said", "start": 0, "end": 0})
    for n, i in enumerate(g["incidents"]):
        r.r["incidents"].append({
            "id": "i%d" % (n + 1), "victim": r.ref(i["victim"]), "type": i["type"], "date": dv(i.get("date")),
            "attackers": [r.ref(x) for x in i["attackers"]], "responders": [r.ref(x) for x in i["responders"]],
            "systems": [{"name": s["name"], "status": s["status"], "start": 0, "end": 0} for s in i["systems"]],
            "data_breach": i["data_breach"], "quotes": [], "evidence": []})
    return r


STATUSES = ["unavailable", "degraded", "restored", "unaffected", "compromised", "suspended"]


def perturb(name, r):
    rnd = random.Random(name)
    rec = r.r
    ents = rec["entities"]
    orgs = [e for e in ents if e["type"] == "organisation"]
    people = [e for e in ents if e["type"] == "person"]
    places = [e for e in ents if e["type"] == "place"]
    # organisations: alias as name, "The" prefix, suffixes, curly apostrophes, a miss, an extra, a repeat
    for k, e in enumerate(orgs):
        c = (k + rnd.randrange(7)) % 7
        if c == 0 and e["aliases"]:
            e["name"], e["aliases"] = e["aliases"][0], [e["name"]] + e["aliases"][1:]
        elif c == 1:
            e["name"] = "The " + e["name"]
        elif c == 2:
            e["name"] = e["name"] + " Group Ltd."
        elif c == 3:
            e["name"] = e["name"].replace("'", "\u2019") + "'s"
        elif c == 4:
            e["name"], e["aliases"] = e["name"].upper().replace(" ", ""), []
        elif c == 5:
            e["type"] = "ORG"
    if orgs and rnd.random() < 0.7:
        ents.remove(orgs[-1])
    ents.append({"id": "e90", "type": "organisation", "name": rnd.choice(["Acme Shipping S.A.", "the company", "Harbour Authority"]),
                 "aliases": [], "mentions": []})
    if orgs:
        ents.append({"id": "e91", "type": "organization", "name": orgs[0]["name"].lower(), "aliases": [], "mentions": []})
    # people: a miss, an alias-only name
    for k, e in enumerate(people):
        c = (k + rnd.randrange(3)) % 3
        if c == 0:
            e["name"] = e["name"].split()[-1]
        elif c == 1:
            e["type"] = "PER"
    if len(people) > 1:
        ents.remove(people[0])
    # places: country aliases, an extra place
    swap = {"UK": "Britain", "Netherlands": "Holland", "US": "United States", "United States": "USA"}
    for e in places:
        e["name"] = swap.get(e["name"], e["name"])
    if places and rnd.random() < 0.5:
        places[0]["type"] = "location"
    ents.append({"id": "e92", "type": "place", "name": rnd.choice(["Rotterdam", "Europe", "Genoa"]), "aliases": [], "mentions": []})
    # dates: drop one, a wrong value, an unresolved one, a repeat
    d = rec["dates"]
    if d:
        d.pop(rnd.randrange(len(d)))
    if d:
        d[0] = dict(d[0], value=d[0]["value"][:7])
        d.append(dict(d[-1]))
    d.append({"text": "recently", "value": "", "precision": "day", "start": 0, "end": 0})
    d.append({"text": "last year", "value": "2011", "precision": "year", "start": 0, "end": 0})
    # quotes: truncated, wrong speaker, no speaker, speaker by id, acronym speaker, repeat, extra
    q = rec["quotes"]
    for k, x in enumerate(q):
        c = (k + rnd.randrange(6)) % 6
        if c == 0:
            x["text"] = x["text"][:11]
        elif c == 1 and ents:
            x["speaker"] = {"id": "", "name": "Someone Else"}
        elif c == 2:
            x["speaker"] = None
        elif c == 3 and x["speaker"] and x["speaker"]["id"]:
            x["speaker"] = {"id": x["speaker"]["id"], "name": ""}
        elif c == 4:
            x["text"] = "\u201c" + x["text"].replace("'", "\u2019")
        elif c == 5 and x["speaker"]:
            e = next((e for e in orgs + people if e["id"] == x["speaker"]["id"]), None)
            if e and e["aliases"]:
                x["speaker"] = {"id": "", "name": e["aliases"][-1]}
    if q:
        q.append(dict(q[0]))
    q.append({"text": "booter", "speaker": None, "speaker_text": "", "cue": "", "start": 0, "end": 0})
    # incidents: victim by id or alias, wrong types, dates and breach states, systems edited
    inc = rec["incidents"]
    for k, i in enumerate(inc):
        c = rnd.randrange(4)
        if c == 0 and i["victim"]["id"]:
            i["victim"]["name"] = ""
        elif c == 1:
            e = next((e for e in orgs if e["id"] == i["victim"]["id"]), None)
            if e and e["aliases"]:
                i["victim"] = {"id": "", "name": e["aliases"][0]}
        elif c == 2:
            i["victim"]["name"] = "The " + i["victim"]["name"]
        if rnd.random() < 0.5:
            i["type"] = rnd.choice(["ransomware", "cyberattack", "Data-Breach"])
        if rnd.random() < 0.5:
            i["date"] = rnd.choice([None, dv("2020-01-01"), {"text": "Monday", "value": "", "precision": "day"}])
        if rnd.random() < 0.5:
            i["data_breach"] = rnd.choice(["", "suspected", "confirmed"])
        s = i["systems"]
        for x in s:
            c = rnd.randrange(5)
            if c == 0:
                x["name"] = "its " + x["name"] + " platform"
            elif c == 1:
                x["status"] = rnd.choice(STATUSES)
            elif c == 2:
                x["name"] = x["name"].split()[0]
        if s:
            s.pop(rnd.randrange(len(s)))
        s.append({"name": "IT systems", "status": "unavailable", "start": 0, "end": 0})
        if i["attackers"]:
            i["attackers"][0]["name"] = "" if i["attackers"][0]["id"] else i["attackers"][0]["name"].upper()
        i["attackers"].append({"id": "", "name": ""})
        if i["responders"] and rnd.random() < 0.5:
            i["responders"].pop()
        i["responders"].append({"id": "", "name": "security experts"})
    if len(inc) > 1:
        inc.pop(0)
    inc.append({"id": "i9", "victim": {"id": "", "name": "Unnamed Port Ltd"}, "type": "ddos", "date": None,
                "attackers": [], "responders": [], "systems": [{"name": "website", "status": "unavailable", "start": 0, "end": 0}],
                "data_breach": "not_stated", "quotes": [], "evidence": []})
    # article: case, precision, missing publication
    a = rec["article"]
    c = rnd.randrange(3)
    if c == 0:
        a["headline"] = a["headline"].title()
    elif c == 1:
        a["publication"] = ""
    elif c == 2 and a["published"]:
        a["published"] = dv(a["published"]["value"][:7])
    return r


def main():
    names = sorted(f[:-10] for f in os.listdir(GOLD) if f.endswith(".gold.json"))
    srcs = ["articles/{}.txt", "{}.html.gz", "/tmp/in/{}.txt", "{}"]
    for kind in ("perfect", "perturbed"):
        os.makedirs(os.path.join("pred", kind), exist_ok=True)
    for n, name in enumerate(names):
        g = json.load(open(os.path.join(GOLD, name + ".gold.json")))
        src = srcs[n % len(srcs)].format(name)
        r = perfect(name, g, src)
        with open(os.path.join("pred", "perfect", name + ".json"), "w") as f:
            json.dump(r.r, f, indent=1, ensure_ascii=False)
        if name == SKIP or name.startswith("edge-"):
            continue  # edge-* predictions are written by hand
        p = perturb(name, copy.deepcopy(r))
        with open(os.path.join("pred", "perturbed", name + ".json"), "w") as f:
            json.dump(p.r, f, indent=1, ensure_ascii=False)
    extra = perfect("no-such-article", {"article": {}, "organisations": [], "people": [], "places": [], "dates": [],
                                        "quotes": [], "incidents": []}, "no-such-article.txt")
    with open(os.path.join("pred", "perturbed", "no-such-article.json"), "w") as f:
        json.dump(extra.r, f, indent=1)


if __name__ == "__main__":
    main()
