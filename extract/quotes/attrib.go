package quotes

import (
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// pick chooses the speaker among the candidates of an attribution's noun
// phrase: a named person first (the name in "ACPA spokeswoman Katarzyna
// Wolak"), then an unnamed spokesperson, then the first phrase that is not
// the object of a preposition.
//
// A possessor never speaks: in "the port's chief executive, Tom Reyes" the
// speaker is the person, and with no person known there is no speaker.
func pick(cs []cand) (cand, bool) {
	for _, c := range cs {
		if c.kind == kName && c.person && !c.possessor {
			return c, true
		}
	}
	for _, c := range cs {
		if c.kind == kSpokes {
			return c, true
		}
	}
	for _, c := range cs {
		if !c.prepped && !c.possessor {
			return c, true
		}
	}
	for _, c := range cs {
		if !c.possessor {
			return c, true
		}
	}
	return cand{}, false
}

// isPossessive reports whether a token is a possessive ending: "'s", "’s".
func isPossessive(w string) bool {
	return w == "'s" || w == "\u2019s"
}

// cueAt reports whether token t is a cue verb outside quotes, returning
// the cue and the number of tokens it takes.
func (st *state) cueAt(t, b int) (string, int) {
	if st.inQuote[t] || st.tokMent[t] >= 0 { // not the "Said" of "Omar Said"
		return "", 0
	}
	w := st.lower[t]
	if w == "according" && t+1 < b && st.lower[t+1] == "to" {
		return "according to", 2
	}
	if st.is(t, fCue) {
		return w, 1
	}
	return "", 0
}

// attribute finds the quote's cue verb and speaker: after the quote
// ("…," she said; "…," said Claire Dubois) or before it in its sentence
// (It added: "…"; The company said the incident had been "…").
func (st *state) attribute(q *rawQuote) attribution {
	if a, ok := st.attributeAfter(q); ok {
		return a
	}
	return st.attributeBefore(q)
}

func (st *state) finish(a attribution, c cand) attribution {
	a.hasSpk = true
	a.spkText = st.doc.Slice(c.span)
	if c.kind == kName && c.person {
		// a person's mention that takes in the title ("chief executive
		// Ingrid Solberg") gives the name only
		if name := st.ents[c.ent].Name; name != "" && strings.HasSuffix(a.spkText, " "+name) {
			a.spkText = name
		}
	}
	a.ent = st.resolve(c)
	if p, ok := pronounPerson[lowerASCIIWord(a.spkText)]; ok && c.kind == kName {
		// a recogniser's pronoun against the person named, or the
		// organisation that was the subject, in this or the previous
		// sentence: the nearer one wins
		fc := st.focusAt(c.span.Start)
		s := st.doc.SentenceAt(c.span.Start)
		switch {
		case s < 0:
		case p && fc.person >= 0 && fc.person != a.ent && fc.personSent >= s-1:
			a.ent = fc.person
		case !p && fc.org >= 0 && fc.org != a.ent && fc.orgSent >= s-1:
			a.ent = fc.org
		}
	} else if c.kind == kName && !c.person {
		// a recogniser's description ("the company") against this
		// package's own reading of it, when that is backed by the subject
		// of this or the previous sentence
		ti, e := st.tokIndex(c.span.Start), c.tokEnd
		if e-ti >= 2 && e-ti <= 4 && st.lower[ti] == "the" && st.is(e-1, fHead) {
			fc := st.focusAt(c.span.Start)
			s := st.doc.SentenceAt(c.span.Start)
			own := st.byHead(cand{kind: kDesc, span: c.span, head: e - 1}, fc.org)
			if own >= 0 && own != a.ent && s >= 0 && (own != fc.org || fc.orgSent >= s-1) {
				a.ent = own
			}
		}
	}
	return a
}

// lowerASCIIWord lower-cases a short word for a table lookup.
func lowerASCIIWord(s string) string {
	if len(s) > 8 {
		return ""
	}
	return strings.ToLower(s)
}

// attributeAfter looks for "<speaker> <cue>" or "<cue> <speaker>" right
// after the closing mark, up to the end of the clause.
func (st *state) attributeAfter(q *rawQuote) (attribution, bool) {
	doc := st.doc
	n := len(doc.Tokens)
	t := st.tokIndex(q.close + 1)
	if t >= n {
		return attribution{}, false
	}
	para := doc.Paragraphs[q.paraOf(doc)].Span
	if doc.Tokens[t].Start >= para.End {
		return attribution{}, false
	}
	// an attribution after the quote follows a comma, question or
	// exclamation mark: "…," she said; "…", said Claire Dubois
	if !endsClause(doc.Runes, q) && doc.Tokens[t].Text != "," {
		return attribution{}, false
	}
	// the region: to the clause end, the next quote or the paragraph end
	a := t
	for a < n && (doc.Tokens[a].Text == "," || doc.Tokens[a].Text == "\u2014" || doc.Tokens[a].Text == "\u2013" || doc.Tokens[a].Text == "-") {
		a++
	}
	b := a
	for b < n && b-a < 25 && doc.Tokens[b].End <= para.End && !st.inQuote[b] {
		switch doc.Tokens[b].Text {
		case ".", "!", "?", ";", ":":
			goto done
		}
		b++
	}
done:
	for c := a; c < b && c-a <= 12; c++ {
		cue, w := st.cueAt(c, b)
		if cue == "" {
			continue
		}
		res := attribution{cue: cue, found: true, ent: -1}
		if c == a {
			cs := st.cands(c+w, b, st.scratch2[:0])
			st.scratch2 = cs
			if sp, ok := pick(cs); ok {
				return st.finish(res, sp), true
			}
			return res, true
		}
		cs := st.cands(a, c, st.scratch2[:0])
		st.scratch2 = cs
		if len(cs) == 0 {
			// a speaker the entities do not know: "Chief Executive Officer
			// John Pearson said", "a person familiar with the matter said"
			if !st.plainNP(a, c) {
				return attribution{}, false
			}
			res.hasSpk = true
			res.spkText = st.doc.Slice(model.Span{Start: doc.Tokens[a].Start, End: doc.Tokens[c-1].End})
			return res, true
		}
		if !st.titleOnly(a, st.tokIndex(cs[0].span.Start)) {
			return attribution{}, false
		}
		if sp, ok := pick(cs); ok {
			return st.finish(res, sp), true
		}
		return res, true
	}
	return attribution{}, false
}

// endsClause reports whether the quoted words end with a comma, a question
// or exclamation mark or a dash, as words followed by their attribution do.
func endsClause(rs []rune, q *rawQuote) bool {
	last := q.segs[len(q.segs)-1]
	i := last.End - 1
	for i > last.Start && (rs[i] == '\'' || rs[i] == '\u2019' || unicode.IsSpace(rs[i])) {
		i-- // the end of a nested quote: "… 72 hours,'"
	}
	switch rs[i] {
	case ',', '?', '!', '\u2014', '\u2013', '\u2026':
		return true
	}
	return false
}

// titleOnly reports whether tokens [a, b) are at most four words with no
// punctuation, such as the title before a name ("chief executive").
func (st *state) titleOnly(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for t := a; t < b; t++ {
		if !st.is(t, fWord) {
			return false
		}
	}
	return true
}

// paraOf returns the index of the paragraph holding the quote's closing mark.
func (q *rawQuote) paraOf(doc *annotate.Doc) int {
	if s := doc.SentenceAt(q.segs[len(q.segs)-1].Start); s >= 0 {
		return doc.Sentences[s].Paragraph
	}
	return q.para
}

// attributeBefore looks for a cue verb between the start of the quote's
// sentence and the opening mark; the speaker is the subject before the
// first cue, or the phrase after "according to".
func (st *state) attributeBefore(q *rawQuote) attribution {
	doc := st.doc
	si := doc.SentenceAt(q.open)
	if si < 0 {
		return attribution{ent: -1}
	}
	a := st.attributeIn(doc.Sentences[si], st.tokIndex(q.open))
	if !a.found && q.atParaStart && si > 0 {
		// "Smith said:" closing the paragraph before the quote
		prev := doc.Sentences[si-1]
		if prev.EndToken > prev.FirstToken && doc.Tokens[prev.EndToken-1].Text == ":" && !st.inQuote[prev.EndToken-1] {
			a = st.attributeIn(prev, prev.EndToken)
		}
	}
	return a
}

// maxCueReach is how many tokens before a quote attributeIn looks for its cue and speaker.
const maxCueReach = 80

// attributeIn looks for a cue verb in sentence s before token b, at most maxCueReach tokens
// back.
func (st *state) attributeIn(s annotate.Sentence, b int) attribution {
	doc := st.doc
	// from bounds the look back, so that a sentence the segmenter could not end (text
	// without spaces) costs time in proportion to its quotes, not their square
	from := max(s.FirstToken, b-maxCueReach)
	first, firstW, lastT := -1, 0, -1
	var last string
	for t := from; t < b; t++ {
		cue, w := st.cueAt(t, b)
		if cue == "" {
			continue
		}
		if first < 0 {
			first, firstW = t, w
		}
		last, lastT = cue, t
		t += w - 1
	}
	if lastT > first && last != "according to" {
		// a later clause with its own subject right before its cue:
		// "“A,” said X, while Y said “B”"
		cs := st.cands(max(from, lastT-6), lastT, st.scratch2[:0])
		st.scratch2 = cs
		if n := len(cs); n > 0 && cs[n-1].tokEnd == lastT && !cs[n-1].prepped && !cs[n-1].possessor &&
			(cs[n-1].kind == kName || cs[n-1].kind == kSpokes) {
			return st.finish(attribution{cue: last, found: true, ent: -1}, cs[n-1])
		}
	}
	if first < 0 {
		// no cue verb, but a colon introduces the quote: "Smith was blunt: "…""
		if b-1 > from && doc.Tokens[b-1].Text == ":" && !st.inQuote[b-1] {
			cs := st.cands(from, b-1, st.scratch2[:0])
			st.scratch2 = cs
			if sp, ok := pick(cs); ok {
				return st.finish(attribution{found: true, ent: -1}, sp)
			}
		}
		return attribution{ent: -1}
	}
	res := attribution{cue: last, found: true, ent: -1}
	var cs []cand
	if firstW == 2 { // "According to the company, …"
		cs = st.cands(first+2, b, st.scratch2[:0])
	} else {
		cs = st.cands(from, first, st.scratch2[:0])
		if len(cs) == 0 { // inverted: "…," said Tom Reyes, "…"
			cs = st.cands(first+firstW, b, cs)
		}
	}
	st.scratch2 = cs
	if sp, ok := pick(cs); ok {
		return st.finish(res, sp)
	}
	if len(cs) == 0 && firstW == 1 && st.plainNP(from, first) {
		res.hasSpk = true
		res.spkText = doc.Slice(model.Span{Start: doc.Tokens[from].Start, End: doc.Tokens[first-1].End})
		res.ent = -1
	}
	return res
}

// plainNP reports whether tokens [a, b) can be a speaker the entities do
// not know: one to eight words, no punctuation, no cue verb, not opening
// with a conjunction or a relative word.
func (st *state) plainNP(a, b int) bool {
	if b <= a || b-a > 8 {
		return false
	}
	switch st.lower[a] {
	case "and", "but", "or", "while", "which", "that", "as", "because", "when", "if", "so", "who", "where":
		return false
	}
	for t := a; t < b; t++ {
		if st.inQuote[t] || !st.is(t, fWord) || st.is(t, fCue) {
			return false
		}
	}
	return true
}
