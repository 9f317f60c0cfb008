package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// newState prepares one call of Find: token classes and mentions, the
// tokens inside quotation marks, the head-noun and role links, and the
// focus before every sentence.
func (f *Finder) newState(doc *annotate.Doc, ents []model.Entity, raws []rawQuote) *state {
	st := &state{f: f, doc: doc, ents: ents}
	n := len(doc.Tokens)
	st.tokMent = make([]int32, n)
	st.inQuote = make([]bool, n)
	st.lower = make([]string, n)
	st.class = make([]wordClass, n)
	// every token lower-cased into one string, so that each is a substring
	size := 0
	for i := range doc.Tokens {
		size += len(doc.Tokens[i].Text)
	}
	var lb strings.Builder
	lb.Grow(size + size/8)
	ends := make([]int, n)
	for i := range doc.Tokens {
		writeLower(&lb, doc.Tokens[i].Text)
		ends[i] = lb.Len()
	}
	all := lb.String()
	for i := range st.tokMent {
		st.tokMent[i] = -1
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		w := all[start:ends[i]]
		st.lower[i] = w
		if !isWordTok(w) {
			continue
		}
		c := fWord
		if len(w) <= f.maxLen {
			c |= f.class[w]
		}
		st.class[i] = c
	}
	for _, q := range raws {
		for t := st.tokIndex(q.open); t < n && doc.Tokens[t].Start <= q.close; t++ {
			st.inQuote[t] = true
		}
	}
	for ei, e := range ents {
		if e.Type != model.EntityOrganisation && e.Type != model.EntityPerson {
			continue
		}
		for _, m := range e.Mentions {
			if m.Start < 0 || m.End > len(doc.Runes) || m.Start >= m.End {
				continue
			}
			st.ments = append(st.ments, mention{span: model.Span{Start: m.Start, End: m.End}, ent: ei, person: e.Type == model.EntityPerson})
		}
	}
	sort.SliceStable(st.ments, func(i, j int) bool {
		a, b := st.ments[i].span, st.ments[j].span
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.End > b.End
	})
	for mi, m := range st.ments {
		for t := st.tokIndex(m.span.Start); t < n && doc.Tokens[t].Start < m.span.End; t++ {
			if st.tokMent[t] < 0 {
				st.tokMent[t] = int32(mi)
			}
		}
	}
	st.linkHeads()
	st.linkRoles()
	st.before = make([]focus, len(doc.Sentences))
	fc := focus{-1, -1, -1, -1}
	for si, s := range doc.Sentences {
		st.before[si] = fc
		st.scratch = st.cands(s.FirstToken, s.EndToken, st.scratch[:0])
		fc = st.update(fc, st.scratch, -1)
	}
	return st
}

// linkHeads finds head nouns set next to an organisation's name.
func (st *state) linkHeads() {
	toks := st.doc.Tokens
	n := len(toks)
	orgAt := func(t int) int {
		if t < 0 || t >= n || st.inQuote[t] {
			return -1
		}
		if m := st.tokMent[t]; m >= 0 && !st.ments[m].person {
			return st.ments[m].ent
		}
		return -1
	}
	for t := 0; t < n; t++ {
		if !st.is(t, fHead) || st.inQuote[t] {
			continue
		}
		if m := st.tokMent[t]; m >= 0 {
			// a name holding the noun: "the group" for "Kestrelmouth Hauliers
			// Group", "the court" for "District Court of Amsterdam"
			if mm := st.ments[m]; !mm.person {
				st.links = append(st.links, headLink{word: st.lower[t], ent: mm.ent, pos: toks[t].Start})
			}
			continue
		}
		e := orgAt(t + 1) // "forwarder Castellane Freight"
		if e < 0 && t+2 < n && toks[t+1].Text == "," {
			e = orgAt(t + 2) // "insurer, Calder Marine Mutual"
		}
		if e < 0 {
			e = orgAt(t - 1) // "the BlackTide gang"
		}
		for k := t - 1; e < 0 && k >= 2 && k >= t-4; k-- {
			if st.is(k, fDet) && toks[k-1].Text == "," {
				e = orgAt(k - 2) // "Seabright Crew Management, a crewing agency"
				break
			}
			if !st.is(k, fWord) {
				break
			}
		}
		if e >= 0 {
			st.links = append(st.links, headLink{word: st.lower[t], ent: e, pos: toks[t].Start})
		}
	}
}

// linkRoles finds role nouns set next to a person's name: "chief
// executive Ingrid Solberg", "Nikos Demetriou, chief executive of Ardent",
// "the line's chief executive, Nikos Demetriou".
func (st *state) linkRoles() {
	toks := st.doc.Tokens
	n := len(toks)
	for _, m := range st.ments {
		if !m.person {
			continue
		}
		t0 := st.tokIndex(m.span.Start)
		if t0 >= n || st.inQuote[t0] {
			continue
		}
		t1 := t0
		for t1+1 < n && toks[t1+1].End <= m.span.End {
			t1++
		}
		add := func(k int) {
			st.roles = append(st.roles, headLink{word: st.lower[k], ent: m.ent, pos: toks[t0].Start})
		}
		k := t0 - 1
		if k >= 0 && toks[k].Text == "," {
			k--
		}
		for lim := k - 3; k >= 0 && k > lim; k-- {
			if st.inQuote[k] || st.tokMent[k] >= 0 || !(st.is(k, fWord) || isPossessive(st.lower[k])) {
				break
			}
			if st.is(k, fRole) {
				add(k)
			}
		}
		if t1+2 < n && toks[t1+1].Text == "," {
			for k := t1 + 2; k < n && k <= t1+6; k++ {
				if st.inQuote[k] || st.tokMent[k] >= 0 || !st.is(k, fWord) {
					break
				}
				if st.is(k, fRole) {
					add(k)
				}
			}
		}
	}
	sort.SliceStable(st.roles, func(i, j int) bool { return st.roles[i].pos < st.roles[j].pos })
}

// roleAt reports whether a definite role phrase starts at token t ("the
// chief executive", "the line's chief executive") naming a person the
// story gave that role, returning the person and one past the phrase.
func (st *state) roleAt(t, b int) (int, int) {
	if len(st.roles) == 0 || st.lower[t] != "the" {
		return -1, 0
	}
	for k := t + 1; k < b && k <= t+4; k++ {
		if st.inQuote[k] || !(st.is(k, fWord) || isPossessive(st.lower[k])) {
			return -1, 0
		}
		if !st.is(k, fRole) {
			continue
		}
		for k+1 < b && st.is(k+1, fRole) && !st.inQuote[k+1] {
			k++ // the head of "chief executive"
		}
		pos := st.doc.Tokens[t].Start
		ent := -1
		for _, l := range st.roles {
			if l.pos >= pos {
				break
			}
			if l.word == st.lower[k] {
				ent = l.ent
			}
		}
		if ent < 0 {
			return -1, 0
		}
		return ent, k + 1
	}
	return -1, 0
}

// byHead resolves a description by its head noun: to the organisation in
// focus (fallback) when the story has used that noun for it, else to the
// organisation it last used the noun for, else to fallback.
func (st *state) byHead(c cand, fallback int) int {
	word := st.lower[c.head]
	best := -1
	for _, l := range st.links {
		if l.pos >= c.span.Start {
			break
		}
		if l.word != word {
			continue
		}
		if l.ent == fallback {
			return fallback
		}
		best = l.ent
	}
	if best >= 0 {
		return best
	}
	return fallback
}

// writeLower writes s lower-cased to b.
func writeLower(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			for _, r := range s[i:] {
				b.WriteRune(unicode.ToLower(r))
			}
			return
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
}

// is reports whether token t belongs to word class c.
func (st *state) is(t int, c wordClass) bool { return st.class[t]&c != 0 }

// tokIndex returns the index of the first token starting at or after pos.
func (st *state) tokIndex(pos int) int {
	toks := st.doc.Tokens
	return sort.Search(len(toks), func(i int) bool { return toks[i].Start >= pos })
}

// update moves the focus over the candidates of one sentence: the first
// person named becomes the person in focus, and the sentence's subject, if
// it names an organisation, the organisation in focus. Candidates at or
// after stop (when stop >= 0) are not looked at.
func (st *state) update(fc focus, cs []cand, stop int) focus {
	personDone, subjDone := false, false
	for _, c := range cs {
		if stop >= 0 && c.span.End > stop {
			break
		}
		if c.kind == kName && c.person && !personDone {
			fc.person = c.ent
			fc.personSent = st.doc.SentenceAt(c.span.Start)
			personDone = true
		}
		if subjDone || c.prepped {
			continue
		}
		subjDone = true
		org := -1
		switch c.kind {
		case kName:
			if !c.person {
				org = c.ent
			}
		case kSpokes:
			if c.ent >= 0 && !st.isPerson(c.ent) {
				org = c.ent
			}
		case kDesc:
			org = st.byHead(c, -1)
		}
		if org >= 0 {
			fc.org = org
			fc.orgSent = st.doc.SentenceAt(c.span.Start)
		}
	}
	return fc
}

func (st *state) isPerson(ent int) bool {
	return st.ents[ent].Type == model.EntityPerson
}

// focusAt returns the focus just before position pos.
func (st *state) focusAt(pos int) focus {
	si := st.doc.SentenceAt(pos)
	if si < 0 {
		// between sentences: take the last sentence before pos
		si = sort.Search(len(st.doc.Sentences), func(i int) bool { return st.doc.Sentences[i].Start >= pos })
		if si >= len(st.doc.Sentences) {
			if len(st.before) == 0 {
				return focus{-1, -1, -1, -1}
			}
			si = len(st.doc.Sentences) - 1
			s := st.doc.Sentences[si]
			cs := st.cands(s.FirstToken, s.EndToken, nil)
			return st.update(st.before[si], cs, -1)
		}
		return st.before[si]
	}
	s := st.doc.Sentences[si]
	cs := st.cands(s.FirstToken, s.EndToken, nil)
	return st.update(st.before[si], cs, pos)
}

// resolve returns the entity a candidate stands for, or -1.
func (st *state) resolve(c cand) int {
	switch c.kind {
	case kName:
		return c.ent
	case kSpokes:
		if c.ent >= 0 {
			return c.ent
		}
		if c.vague {
			return -1 // "a federal official": no organisation to speak for
		}
		return st.focusAt(c.span.Start).org
	case kPronoun:
		fc := st.focusAt(c.span.Start)
		if c.person {
			return fc.person
		}
		return fc.org
	case kDesc:
		if c.ent >= 0 {
			return c.ent
		}
		fc := st.focusAt(c.span.Start)
		return st.byHead(c, fc.org)
	}
	return -1
}

// isWordTok reports whether a token is a word (starts with a letter or digit).
func isWordTok(s string) bool {
	for _, r := range s {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

func isCapitalised(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// cands lists the phrases in tokens [a, b) outside quotes that may name a
// speaker, in text order, appending to out.
func (st *state) cands(a, b int, out []cand) []cand {
	toks := st.doc.Tokens
	paren := 0
	for t := a; t < b; t++ {
		if st.inQuote[t] {
			continue
		}
		switch toks[t].Text {
		case "(", "[":
			paren++
		case ")", "]":
			paren = max(0, paren-1)
		}
		// a phrase in brackets is never a subject: "(Lowlands Cargo Wire)"
		prepped := t > a && st.is(t-1, fPrep) && !st.inQuote[t-1] || paren > 0
		if ent, e := st.roleAt(t, b); ent >= 0 {
			out = append(out, cand{kind: kName, span: model.Span{Start: toks[t].Start, End: toks[e-1].End}, tokEnd: e, ent: ent, person: true, prepped: prepped})
			t = e - 1
			continue
		}
		if c, ok := st.spokesPhrase(t, b); ok {
			c.prepped = prepped
			out = append(out, c)
			t = c.tokEnd - 1
			continue
		}
		if m := st.tokMent[t]; m >= 0 && st.agrees(t, st.ments[m]) {
			mm := st.ments[m]
			e := t + 1
			for e < b && st.tokMent[e] == m {
				e++
			}
			out = append(out, cand{kind: kName, span: mm.span, tokEnd: e, ent: mm.ent, person: mm.person, prepped: prepped})
			t = e - 1
			continue
		}
		w := st.lower[t]
		if p, ok := pronounPerson[w]; ok {
			out = append(out, cand{kind: kPronoun, span: toks[t].Span, tokEnd: t + 1, ent: -1, person: p, prepped: prepped})
			continue
		}
		if w == "the" || w == "this" {
			if e, ok := st.descEnd(t, b); ok {
				c := cand{kind: kDesc, span: model.Span{Start: toks[t].Start, End: toks[e-1].End}, tokEnd: e, ent: -1, prepped: prepped, head: e - 1}
				// "The regulator, the Maritime Data Office, said": the apposition names it
				if k := e + 1; k < b && toks[e].Text == "," {
					if k+1 < b && st.lower[k] == "the" {
						k++
					}
					if m := st.tokMent[k]; m >= 0 && !st.ments[m].person && !st.inQuote[k] {
						c.ent = st.ments[m].ent
					}
				}
				out = append(out, c)
				t = e - 1
			}
		}
	}
	st.markPossessors(out)
	return out
}

// markPossessors flags the candidates followed by a possessive ending.
func (st *state) markPossessors(cs []cand) {
	for i := range cs {
		if e := cs[i].tokEnd; e < len(st.lower) && isPossessive(st.lower[e]) {
			cs[i].possessor = true
		}
	}
}

// agrees reports whether a mention may stand at token t: a pronoun
// mention must agree with its entity's type ("he" is never an
// organisation, "it" never a person); when it does not, Find resolves the
// pronoun itself.
func (st *state) agrees(t int, m mention) bool {
	p, ok := pronounPerson[st.lower[t]]
	if !ok || m.span.End != st.doc.Tokens[t].End {
		return true
	}
	return p == m.person
}

// descEnd reports whether a description ("the company", "the
// Oslo-headquartered society") starts at token t, returning one past its
// head noun.
func (st *state) descEnd(t, b int) (int, bool) {
	for k := t + 1; k < b && k <= t+3; k++ {
		if k > t+1 && !st.inQuote[k] && (isPossessive(st.lower[k]) || st.lower[k] == "'" || st.lower[k] == "\u2019") {
			continue // "the hauliers' group"
		}
		if st.inQuote[k] || st.tokMent[k] >= 0 || !st.is(k, fWord) {
			return 0, false
		}
		if st.is(k, fHead) {
			// "the port authority": the head may run on; "the terminal
			// operating system" is a compound, not a description
			if k+1 < b && st.is(k+1, fHead) {
				continue
			}
			if k+1 < b && strings.HasSuffix(st.lower[k+1], "ing") && !st.is(k+1, fCue) {
				return 0, false
			}
			return k + 1, true
		}
		if st.is(k, fCue) {
			return 0, false
		}
	}
	return 0, false
}

// spokesPhrase reports whether an unnamed-spokesperson phrase starts at
// token t: [determiner] [names] spokesperson [for|of|at|from [the] name or
// description]. The phrase's entity is the organisation named inside it.
func (st *state) spokesPhrase(t, b int) (cand, bool) {
	toks := st.doc.Tokens
	k := t
	if st.is(k, fDet) && !st.is(k, fSpokes) {
		k++
	}
	// modifiers: names and capitalised or lower-case words, at most three
	for n := 0; k < b && n < 3 && !st.is(k, fSpokes); n++ {
		if st.inQuote[k] || !(st.is(k, fWord) || isPossessive(st.lower[k])) || st.is(k, fCue) || st.is(k, fPrep) {
			return cand{}, false
		}
		k++
	}
	if k >= b || !st.is(k, fSpokes) || st.inQuote[k] {
		return cand{}, false
	}
	if k > t && !st.is(t, fDet) && st.tokMent[t] < 0 && !isCapitalised(toks[t].Text) {
		return cand{}, false
	}
	c := cand{kind: kSpokes, ent: -1}
	// a mention before the noun: "an NCG spokesperson"
	for j := t; j < k; j++ {
		if m := st.tokMent[j]; m >= 0 && !st.ments[m].person {
			c.ent = st.ments[m].ent
			break
		}
	}
	e := k + 1
	if e+1 < b && (st.lower[e] == "for" || st.lower[e] == "of" || st.lower[e] == "at" || st.lower[e] == "from") && !st.inQuote[e+1] {
		j := e + 1
		if st.tokMent[j] < 0 && (st.lower[j] == "the" || st.lower[j] == "this") && j+1 < b && st.tokMent[j+1] >= 0 {
			j++
		}
		if m := st.tokMent[j]; m >= 0 && !st.ments[m].person {
			c.ent = st.ments[m].ent
			for j < b && st.tokMent[j] == m {
				j++
			}
			e = j
		} else if de, ok := st.descEnd(j, b); ok && (st.lower[j] == "the" || st.lower[j] == "this") {
			c.innerDesc = true
			e = de
		}
	}
	// a name in apposition makes it a named spokesperson, who speaks for
	// themself: "the port's chief executive, Tom Reyes, said"
	if e+1 < len(toks) && toks[e].Text == "," && !st.inQuote[e+1] {
		if m := st.tokMent[e+1]; m >= 0 && st.ments[m].person ||
			m < 0 && e+2 < len(toks) && isCapitalised(toks[e+1].Text) && isCapitalised(toks[e+2].Text) &&
				st.is(e+1, fWord) && st.is(e+2, fWord) && !st.is(e+1, fDet) {
			return cand{}, false
		}
	}
	c.span = model.Span{Start: toks[t].Start, End: toks[e-1].End}
	if c.ent < 0 && !c.innerDesc && (st.lower[k] == "official" || st.lower[k] == "officials") && st.lower[t] != "the" && !isPossessive(st.lower[min(t+1, k)]) {
		c.vague = true
	}
	c.tokEnd = e
	return c, true
}
