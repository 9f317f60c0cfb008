package quotes

import (
	"sort"
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// Finder finds quotations and their speakers. Its tables are built by New
// and never changed afterwards, so a Finder is safe for concurrent use.
type Finder struct {
	// class maps a lower-case word to its word classes.
	class map[string]wordClass
	// maxLen is the length in bytes of the longest word in class.
	maxLen int
}

// wordClass is a set of the word classes of the tables in words.go.
type wordClass uint16

const (
	fCue      wordClass = 1 << iota // an attribution verb
	fTerm                           // introduces a quoted term
	fSkipTerm                       // an article between a term cue and the mark
	fHead                           // a description's head noun
	fSpokes                         // a spokesperson noun
	fPrep                           // a preposition
	fDet                            // a determiner
	fName                           // introduces a name or title of any length
	fTermDet                        // a determiner that makes a short quote a term
	fRole                           // a person's role noun
	fWord                           // the token is a word (set per token)
)

// New returns a Finder with the built-in English cue-verb and noun tables.
func New() *Finder {
	m := make(map[string]wordClass)
	for _, tb := range []struct {
		words []string
		c     wordClass
	}{
		{cueWords, fCue}, {termCues, fTerm}, {skipBeforeTerm, fSkipTerm}, {headNouns, fHead},
		{spokesNouns, fSpokes}, {prepositions, fPrep}, {determiners, fDet}, {nameCues, fName},
		{termDeterminers, fTermDet}, {spokesNouns, fRole}, {roleNouns, fRole},
	} {
		for _, w := range tb.words {
			m[w] |= tb.c
		}
	}
	f := &Finder{class: m}
	for w := range m {
		f.maxLen = max(f.maxLen, len(w))
	}
	return f
}

// Candidate kinds: the ways an attribution names its speaker.
const (
	kName    = iota // an entity mention: "Maria Keller", "Kestrel", or a resolved "It"
	kPronoun        // "It", "she"
	kDesc           // "The company", "the agency"
	kSpokes         // "A spokesperson for the company", "an NCG spokesperson"
)

// cand is a phrase that may name a speaker.
type cand struct {
	kind       int
	span       model.Span
	tokEnd     int  // one past the phrase's last token
	ent        int  // entity index, or -1
	person     bool // the phrase names a person
	prepped    bool // the phrase follows a preposition
	innerDesc  bool // a spokesperson phrase whose organisation is a description
	innerStart int  // position of the description inside a spokesperson phrase
	vague      bool // an indefinite official of no named body ("a federal official")
	head       int  // a description's head-noun token
	possessor  bool // the phrase owns what follows ("the port's chief executive")
}

// mention is one entity mention usable for attribution.
type mention struct {
	span   model.Span
	ent    int
	person bool
}

// focus is the organisation and the person a story is talking about at a
// point in the text, as entity indices (-1 for none).
type focus struct {
	org, person int
	// personSent is the sentence that named the person in focus.
	personSent int
	// orgSent is the sentence whose subject set the organisation in focus.
	orgSent int
}

// state is the per-call working data of Find.
type state struct {
	f        *Finder
	doc      *annotate.Doc
	ents     []model.Entity
	ments    []mention
	tokMent  []int32 // per token: the mention covering it, or -1
	inQuote  []bool  // per token: inside quotation marks
	lower    []string
	class    []wordClass // per token: its word classes
	before   []focus     // per sentence: the focus before it
	links    []headLink  // head nouns placed next to an organisation's name
	roles    []headLink  // role nouns placed next to a person's name
	scratch  []cand
	scratch2 []cand
}

// headLink records a head noun used for an organisation: "freight
// forwarder Castellane Freight", "the BlackTide gang", "Seabright Crew
// Management, a crewing agency".
type headLink struct {
	word string
	ent  int
	pos  int
}

// attribution is what Find learned about a quote's speaker.
type attribution struct {
	cue     string
	found   bool // a cue verb was found
	hasSpk  bool
	spk     cand
	spkText string
	ent     int
}

// Find returns the quotations in doc, in text order, with their speakers
// resolved to ents where it can. ents are the story's organisations, people
// and places with their mentions (names, and pronouns or descriptions
// resolved to them); places never speak. The headline is never a quote, nor
// is a quoted standfirst without an attribution, a quoted term ("known as
// "MFA fatigue""), or a title ("Resilience by Design").
func (f *Finder) Find(doc *annotate.Doc, ents []model.Entity) []model.Quote {
	raws := scanQuotes(doc)
	if len(raws) == 0 {
		return []model.Quote{}
	}
	st := f.newState(doc, ents, raws)
	out := make([]model.Quote, 0, len(raws))
	var prev *attribution
	prevPara, prevEnd := -1, -1
	for qi := range raws {
		q := &raws[qi]
		part := doc.Paragraphs[q.para].Part
		a := st.attribute(q)
		if !st.isQuote(q, a, part) {
			continue
		}
		if !a.found && prev != nil && prev.found {
			samePara := q.para == prevPara
			nextPara := q.atParaStart && q.para == prevPara+1 && prevEnd >= 0
			if samePara || nextPara {
				a = *prev
			}
		}
		text, start, end := quoteText(doc.Runes, q.segs)
		if text == "" {
			continue
		}
		quote := model.Quote{Text: text, Start: start, End: end, Cue: a.cue}
		if a.hasSpk {
			quote.SpeakerText = a.spkText
			if a.ent >= 0 {
				quote.Speaker = &model.Ref{ID: ents[a.ent].ID, Name: ents[a.ent].Name}
			}
		}
		out = append(out, quote)
		ac := a
		prev = &ac
		prevPara = lastPara(doc, q)
		prevEnd = q.close
	}
	return out
}

// lastPara returns the paragraph holding the quote's last words.
func lastPara(doc *annotate.Doc, q *rawQuote) int {
	s := doc.SentenceAt(q.segs[len(q.segs)-1].Start)
	if s < 0 {
		return q.para
	}
	return doc.Sentences[s].Paragraph
}

// quoteText joins the segments of a quote with single spaces and drops a
// trailing comma, returning the text and its span.
func quoteText(rs []rune, segs []model.Span) (string, int, int) {
	last := segs[len(segs)-1]
	end := last.End
	for end > last.Start && (rs[end-1] == ',' || unicode.IsSpace(rs[end-1])) {
		end--
	}
	var b strings.Builder
	for i, s := range segs {
		e := s.End
		if i == len(segs)-1 {
			e = end
		}
		if s.Start >= e {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(string(rs[s.Start:e]))
	}
	return b.String(), segs[0].Start, end
}

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
			c.innerStart = toks[j].Start
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
	a.spk = c
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

// attributeIn looks for a cue verb in sentence s before token b.
func (st *state) attributeIn(s annotate.Sentence, b int) attribution {
	doc := st.doc
	first, firstW, lastT := -1, 0, -1
	var last string
	for t := s.FirstToken; t < b; t++ {
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
		cs := st.cands(max(s.FirstToken, lastT-6), lastT, st.scratch2[:0])
		st.scratch2 = cs
		if n := len(cs); n > 0 && cs[n-1].tokEnd == lastT && !cs[n-1].prepped && !cs[n-1].possessor &&
			(cs[n-1].kind == kName || cs[n-1].kind == kSpokes) {
			return st.finish(attribution{cue: last, found: true, ent: -1}, cs[n-1])
		}
	}
	if first < 0 {
		// no cue verb, but a colon introduces the quote: "Smith was blunt: "…""
		if b-1 > s.FirstToken && doc.Tokens[b-1].Text == ":" && !st.inQuote[b-1] {
			cs := st.cands(s.FirstToken, b-1, st.scratch2[:0])
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
		cs = st.cands(s.FirstToken, first, st.scratch2[:0])
		if len(cs) == 0 { // inverted: "…," said Tom Reyes, "…"
			cs = st.cands(first+firstW, b, cs)
		}
	}
	st.scratch2 = cs
	if sp, ok := pick(cs); ok {
		return st.finish(res, sp)
	}
	if len(cs) == 0 && firstW == 1 && st.plainNP(s.FirstToken, first) {
		res.hasSpk = true
		res.spkText = doc.Slice(model.Span{Start: doc.Tokens[s.FirstToken].Start, End: doc.Tokens[first-1].End})
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

// isQuote decides whether a passage in quotation marks gives someone's
// words. A title ("Resilience by Design") never does; a short noun phrase
// does only when a cue verb attributes it and no term cue ("known as",
// "so-called") introduces it; a quoted standfirst only when attributed.
func (st *state) isQuote(q *rawQuote, a attribution, part annotate.Part) bool {
	if part == annotate.PartHeadline {
		return false
	}
	if part == annotate.PartStandfirst && !a.found {
		return false
	}
	rs := st.doc.Runes
	words, titleWords, lowerWords := 0, 0, 0
	sentence, terminal := false, false
	for _, sg := range q.segs {
		inWord := false
		for i := sg.Start; i < sg.End; i++ {
			r := rs[i]
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if !inWord {
					words++
					if unicode.IsUpper(r) {
						titleWords++
					} else if unicode.IsLower(r) && wordLen(rs, i, sg.End) >= 4 {
						lowerWords++
					}
				}
				inWord = true
			case r == '-' || r == '\'' || r == '\u2019':
			default:
				inWord = false
				if (r == '.' || r == '!' || r == '?' || r == ';' || r == ':') && (i+1 >= sg.End || unicode.IsSpace(rs[i+1])) {
					sentence = true
					terminal = terminal || r == '.' || r == '!' || r == '?'
				}
			}
		}
	}
	if len(q.segs) > 1 {
		sentence, terminal = true, true
	}
	if !sentence && words >= 2 && words <= 8 && lowerWords == 0 && titleWords >= 2 {
		return false // a title in title case
	}
	term, name := st.termCueBefore(q.open)
	if name && !terminal {
		return false // a name or title of any length: dubbed "…", a report titled "…: …"
	}
	if sentence || words > 4 {
		return true
	}
	if term || st.termDeterminerBefore(q.open) {
		return false
	}
	return a.found
}

func wordLen(rs []rune, i, end int) int {
	n := 0
	for ; i < end && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i])); i++ {
		n++
	}
	return n
}

// termDeterminerBefore reports whether a determiner stands right before
// the opening mark: the "know your customer" checks.
func (st *state) termDeterminerBefore(open int) bool {
	t := st.tokIndex(open) - 1
	return t >= 0 && !st.inQuote[t] && st.is(t, fTermDet)
}

// termCueBefore reports whether the word before the opening mark (skipping
// an article) introduces a term ("known as", "so-called", "dubbed"), and
// whether it introduces a name or title whatever its length ("titled",
// "called").
func (st *state) termCueBefore(open int) (term, name bool) {
	t := st.tokIndex(open) - 1
	if t >= 0 && st.is(t, fSkipTerm) {
		t--
	}
	if t < 0 || st.inQuote[t] {
		return false, false
	}
	term, name = st.is(t, fTerm), st.is(t, fName)
	// "call the scheme “the long con”", "dubbed the group “…”"
	for k := t - 1; !name && k >= 0 && k >= t-3; k-- {
		if st.inQuote[k] || !st.is(k, fWord) {
			break
		}
		name = st.is(k, fName)
	}
	return term, name
}
