#!/usr/bin/python3
"""mkcorpus.py - assemble the clean English prose for the dehyphenation evaluation.

Writes tune.clean.txt and heldout.clean.txt (paragraphs separated by blank lines).
Sources (all on a Debian machine with the Go module cache of clipper and python3.11-doc):
  - Arthur Conan Doyle, The Adventures of Sherlock Holmes (public domain; the copy shipped in
    the test data of github.com/jdkato/prose/v2, Project Gutenberg header and licence removed):
    stories 1-3 tune, stories 7-9 held out;
  - Python 3.11 documentation sources (python3.11-doc, PSF License Agreement; prose paragraphs
    only, reStructuredText markup removed): FAQ and HOWTOs tune, tutorial held out;
  - clipper's own news-style text: the dehyphenation kit's news_own.txt (tune) and the clean
    gold articles of testdata/gold (held out).
Deterministic. Run from this directory: /usr/bin/python3 mkcorpus.py
"""
import glob
import os
import re
import subprocess

GOMOD = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True).stdout.strip()
SHERLOCK = os.path.join(GOMOD, "github.com/jdkato/prose/v2@v2.0.0/testdata/sherlock.txt")
PYDOC = "/usr/share/doc/python3.11/html/_sources"
KIT = "/work/shared/tools/dehyphen-eval/corpus"
GOLD = "../gold"


def paras(text):
    text = text.replace("\r\n", "\n")
    return [" ".join(p.split()) for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def sherlock_stories():
    t = open(SHERLOCK, encoding="utf-8-sig").read()
    t = t.split("*** START OF THIS PROJECT GUTENBERG EBOOK")[1].split("\n", 1)[1]
    t = t.split("End of the Project Gutenberg EBook")[0]
    parts = re.split(r"\n\s*(?:ADVENTURE )?[IVX]+\. [A-Z][A-Z' -]+\n", t)
    return [paras(p) for p in parts[1:]]


ROLE = re.compile(r":[a-z:]+:`~?([^`<]*?)(?:\s*<[^>]*>)?`")


def rst_prose(path):
    out = []
    for p in re.split(r"\n[ \t]*\n", open(path, encoding="utf-8").read()):
        lines = p.split("\n")
        if not p.strip() or lines[0].startswith((" ", "\t", "..", ">>>", "*", "-", "+", "=", "|", "#")):
            continue
        if any(re.match(r"^[=\-~^*#\"+]{3,}\s*$", ln) for ln in lines):
            continue
        s = " ".join(" ".join(lines).split())
        s = ROLE.sub(r"\1", s)
        s = s.replace("``", "").replace("**", "").replace("`_", "").replace("`", "")
        s = re.sub(r"\s*<https?://[^>]*>", "", s)
        if s.endswith("::"):
            s = s[:-1]
        if len(s.split()) < 12 or not s[0].isalpha():
            continue
        out.append(s)
    return out


def gold_articles():
    out = []
    for f in sorted(glob.glob(os.path.join(GOLD, "*.txt"))):
        base = os.path.basename(f)
        if "reflowed" in base or base.startswith("imo-cma-cgm"):
            continue  # already damaged by a typesetter
        out.extend(paras(open(f, encoding="utf-8").read()))
    return out


def main():
    st = sherlock_stories()
    tune = [p for s in st[0:3] for p in s]
    held = [p for s in st[6:9] for p in s]
    for name in ["faq/general", "faq/design", "faq/programming", "howto/unicode", "howto/logging",
                 "howto/sockets", "howto/regex", "howto/functional"]:
        tune.extend(rst_prose(os.path.join(PYDOC, name + ".rst.txt")))
    tune.extend(paras(open(os.path.join(KIT, "news_own.txt"), encoding="utf-8").read()))
    for name in sorted(glob.glob(os.path.join(PYDOC, "tutorial", "*.rst.txt"))):
        held.extend(rst_prose(name))
    held.extend(paras(open(os.path.join(KIT, "self_reliance_excerpt.txt"), encoding="utf-8").read()))
    held.extend(gold_articles())
    for name, ps in [("tune", tune), ("heldout", held)]:
        with open(name + ".clean.txt", "w", encoding="utf-8") as f:
            f.write("\n\n".join(ps) + "\n")


if __name__ == "__main__":
    main()
