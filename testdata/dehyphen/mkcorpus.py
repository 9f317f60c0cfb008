#!/usr/bin/python3
"""mkcorpus.py - assemble the clean English prose for the dehyphenation evaluation.

Writes tune.clean.txt, dev.clean.txt, heldout.clean.txt and dev2.clean.txt (paragraphs separated
by blank lines).
Sources (all on a Debian machine with the Go toolchain, the Go module cache of clipper, and the
Debian packages python3.11-doc, debian-handbook and debian-reference-en):
  - Arthur Conan Doyle, The Adventures of Sherlock Holmes (public domain; the copy shipped in
    the test data of github.com/jdkato/prose/v2, Project Gutenberg header and licence removed):
    stories 1-3 tune, stories 7-9 held out;
  - Python 3.11 documentation sources (python3.11-doc, PSF License Agreement; prose paragraphs
    only, reStructuredText markup removed): FAQ and HOWTOs tune, tutorial held out;
  - clipper's own news-style text: the dehyphenation kit's news_own.txt (tune) and the clean
    gold articles of testdata/gold (held out; the later dev2-* ones in dev2);
  - dev and dev2 also take Isaac Newton's Opticks (Go's test data), Python's What's New, and
    The Debian Administrator's Handbook and Debian Reference (alternate prose paragraphs);
    see README.md.
Deterministic. Run from this directory, with DEHYPHEN_EVAL_KIT naming the directory of the
dehyphenation evaluation kit (which holds inject.py and corpus/news_own.txt):
    DEHYPHEN_EVAL_KIT=/path/to/dehyphen-eval /usr/bin/python3 mkcorpus.py
"""
import glob
import html.parser
import os
import re
import subprocess

GOMOD = subprocess.run(["go", "env", "GOMODCACHE"], capture_output=True, text=True).stdout.strip()
SHERLOCK = os.path.join(GOMOD, "github.com/jdkato/prose/v2@v2.0.0/testdata/sherlock.txt")
PYDOC = "/usr/share/doc/python3.11/html/_sources"
GOROOT = subprocess.run(["go", "env", "GOROOT"], capture_output=True, text=True).stdout.strip()
OPTICKS = os.path.join(GOROOT, "src/testdata/Isaac.Newton-Opticks.txt")
HANDBOOK = "/usr/share/doc/debian-handbook/html/en-US"
DEBREF = "/usr/share/doc/debian-reference-en/docs"
KIT = os.path.join(os.environ["DEHYPHEN_EVAL_KIT"], "corpus")
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


def opticks(limit):
    t = open(OPTICKS, encoding="utf-8").read().replace("\r\n", "\n")
    t = t[t.index("THE FIRST BOOK OF OPTICKS"):]
    out, n = [], 0
    for p in paras(t.replace("_", "")):
        if len(p.split()) < 12 or not p[0].isalpha() or "[" in p or "sqrt" in p:
            continue  # headings, figure notes, formulas
        out.append(p)
        n += len(p.split())
        if n >= limit:
            break
    return out


class _Paras(html.parser.HTMLParser):
    """Collects the text of prose paragraphs: <p> elements, and DocBook's <div class="para">."""

    def __init__(self):
        super().__init__()
        self.stack, self.buf, self.out, self.skip = [], [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("pre", "script", "style", "table"):
            self.skip += 1
        para = tag == "p" or (tag == "div" and ("class", "para") in attrs)
        if para and not any(self.stack):
            self.buf = []
        if tag in ("p", "div"):
            self.stack.append(para)

    def handle_endtag(self, tag):
        if tag in ("pre", "script", "style", "table"):
            self.skip -= 1
        if tag in ("p", "div") and self.stack:
            para = self.stack.pop()
            if para and not any(self.stack):
                self.out.append(" ".join("".join(self.buf).split()))

    def handle_data(self, data):
        if any(self.stack) and not self.skip:
            self.buf.append(data)


def html_prose(paths, limit, parity=0):
    """Every other prose paragraph of 12 words or more of the HTML files (the second, fourth,
    ... with parity 0, the first, third, ... with parity 1), up to limit words."""
    out, n, k = [], 0, 0
    for path in paths:
        p = _Paras()
        p.feed(open(path, encoding="utf-8").read())
        for s in p.out:
            if len(s.split()) < 12 or not s[0].isalpha():
                continue
            k += 1
            if k % 2 != parity:
                continue
            out.append(s)
            n += len(s.split())
            if n >= limit:
                return out
    return out


def gold_articles(dev2=False):
    """The clean gold articles: those of the first development set, or with dev2 the later
    dev2-* ones."""
    out = []
    for f in sorted(glob.glob(os.path.join(GOLD, "*.txt"))):
        base = os.path.basename(f)
        if "reflowed" in base or base.startswith("imo-cma-cgm"):
            continue  # already damaged by a typesetter
        if base.startswith("dev2-") != dev2:
            continue  # added to testdata/gold after the held-out split was made; it stays as made
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
    dev = [p for s in st[3:6] for p in s]
    dev.extend(opticks(55000))
    for name in ["2.0", "2.1", "2.2", "2.3", "2.4", "2.5"]:
        dev.extend(rst_prose(os.path.join(PYDOC, "whatsnew", name + ".rst.txt")))
    dev.extend(html_prose(sorted(glob.glob(os.path.join(HANDBOOK, "*.html"))), 70000))
    dev.extend(html_prose(sorted(glob.glob(os.path.join(DEBREF, "*.en.html"))), 20000))
    dev2 = [p for s in st[9:12] for p in s]
    for name in ["2.6", "2.7", "3.0", "3.1", "3.2"]:
        dev2.extend(rst_prose(os.path.join(PYDOC, "whatsnew", name + ".rst.txt")))
    dev2.extend(html_prose(sorted(glob.glob(os.path.join(HANDBOOK, "*.html"))), 40000, parity=1))
    dev2.extend(gold_articles(dev2=True))
    for name, ps in [("tune", tune), ("dev", dev), ("heldout", held), ("dev2", dev2)]:
        with open(name + ".clean.txt", "w", encoding="utf-8") as f:
            f.write("\n\n".join(ps) + "\n")


if __name__ == "__main__":
    main()
