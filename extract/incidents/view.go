package incidents

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// word is one token of the article, quotation marks left out.
type word struct {
	low      string // the token lower-cased (see view.text for the token)
	tok      int32  // index of the token in Input.Doc.Tokens
	id       int32  // number of low in the lexicon's vocabulary, or 0
	sets     uint64 // bits of the lexicon's sets holding low
	ent      int    // index into Input.Entities of the mention covering it, or -1
	mention  int32  // serial number of that mention, or -1
	date     int32  // index into Input.Dates of the date covering it, or -1
	quote    int32  // index into Input.Quotes of the quote covering it, or -1
	first    uint32 // bits of the phrase tables with a phrase starting with low
	cap      bool   // starts with a capital letter
	family   bool   // part of a malware family's name
	attacker bool   // part of a mention of an attacker
	status   bool   // opens a status cue ("restored", "went down")
}

// text returns word w of v as printed.
func (v *view) text(w *word) string { return v.in.Doc.Tokens[w.tok].Text }

// span returns the code-point span of word w of v.
func (v *view) span(w *word) model.Span { return v.in.Doc.Tokens[w.tok].Span }

// in reports whether the word is in s, one of the lexicon's sets.
func (w *word) in(s *set) bool { return w.sets&s.bit != 0 }

// sentence is a run of words of one body sentence.
type sentence struct {
	a, b   int // words[a:b]
	span   model.Span
	body   bool // in a body paragraph (not headline or standfirst)
	victim int  // index into the view's victims this sentence reports on, or -1
}

// view is the article seen as words and sentences, with entities, dates and
// quotes laid over the words.
type view struct {
	in     Input
	words  []word
	sents  []sentence
	cues   []statusCue // by word, the status cue starting there (see markStatus)
	marked bool        // markStatus has run
}

// statusCue is the status cue statusAt found at a word.
type statusCue struct {
	status  string
	n, form int
}

// isQuoteMark reports whether a one-rune token is a quotation mark.
func isQuoteMark(s string) bool {
	switch s {
	case `"`, "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u201e", "\u00ab", "\u00bb", "\u2039", "\u203a", "`":
		return true
	}
	return false
}

// newView lays the input out as words, numbering them in lx's vocabulary.
func newView(in Input, lx *lexicon) *view {
	d := in.Doc
	n := len(d.Runes)
	c := coverTokens(in)
	v := &view{in: in, words: make([]word, 0, len(d.Tokens))}
	for _, s := range d.Sentences {
		a := len(v.words)
		for ti := s.FirstToken; ti < s.EndToken; ti++ {
			t := &d.Tokens[ti]
			if isQuoteMark(t.Text) || t.Start < 0 || t.End > n || t.Start >= t.End {
				continue
			}
			low := strings.ToLower(t.Text)
			id := lx.table.get(low)
			w := word{low: low, tok: int32(ti), id: id, first: lx.firstBits[id], sets: lx.setBits[id],
				ent: int(c.ent[ti]) - 1, mention: c.mention[ti] - 1, date: c.date[ti] - 1, quote: c.quote[ti] - 1}
			if w.ent >= 0 && (c.lastEnt[ti] != c.ent[ti] || c.lastMention[ti] != c.mention[ti]) {
				w.ent, w.mention = -1, -1
			}
			r, _ := utf8.DecodeRuneInString(t.Text)
			w.cap = unicode.IsUpper(r)
			v.words = append(v.words, w)
		}
		body := s.Paragraph < len(d.Paragraphs) && d.Paragraphs[s.Paragraph].Part == annotate.PartBody
		v.sents = append(v.sents, sentence{a: a, b: len(v.words), span: s.Span, body: body, victim: -1})
	}
	return v
}

// cover holds, by token, one more than the index of the entity, mention
// (numbered across entities), date and quote covering the token's first
// code point, and of the entity and mention covering its last one; 0 is
// none. Where spans overlap, the last in the input's order covers.
type cover struct {
	ent, mention, lastEnt, lastMention, date, quote []int32
}

// coverTokens lays the input's entity mentions, dates and quotes over its
// tokens. Tokens in text order (as annotate makes them) are found by binary
// search for each span; other token lists are covered code point by code
// point.
func coverTokens(in Input) cover {
	d := in.Doc
	nt := len(d.Tokens)
	all := make([]int32, 6*nt)
	c := cover{ent: all[:nt], mention: all[nt : 2*nt], lastEnt: all[2*nt : 3*nt], lastMention: all[3*nt : 4*nt],
		date: all[4*nt : 5*nt], quote: all[5*nt:]}
	if !tokensInOrder(d.Tokens) {
		coverByRune(in, c)
		return c
	}
	toks := d.Tokens
	n := len(d.Runes)
	// mark sets to = x+1 for the tokens whose first code point lies in
	// [a, b), and last to = x+1 for those whose last code point does.
	mark := func(a, b int, first []int32, fx int32, last []int32, lx int32) {
		a, b = clamp(a, n), clamp(b, n)
		if a >= b {
			return
		}
		// the first token starting at or after a
		lo, hi := 0, nt
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); toks[m].Start < a {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for ti := lo; ti < nt && toks[ti].Start < b; ti++ {
			first[ti] = fx
		}
		if last == nil {
			return
		}
		// the first token ending after a
		lo, hi = 0, nt
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); toks[m].End-1 < a {
				lo = m + 1
			} else {
				hi = m
			}
		}
		for ti := lo; ti < nt && toks[ti].End-1 < b; ti++ {
			last[ti] = lx
		}
	}
	serial := int32(0)
	for ei, e := range in.Entities {
		for _, m := range e.Mentions {
			mark(m.Start, m.End, c.ent, int32(ei)+1, c.lastEnt, int32(ei)+1)
			mark(m.Start, m.End, c.mention, serial+1, c.lastMention, serial+1)
			serial++
		}
	}
	for di, dt := range in.Dates {
		mark(dt.Start, dt.End, c.date, int32(di)+1, nil, 0)
	}
	for qi, q := range in.Quotes {
		mark(q.Start, q.End, c.quote, int32(qi)+1, nil, 0)
	}
	return c
}

// tokensInOrder reports whether the tokens' starts and ends both never
// decrease, so that the tokens starting or ending in a span are a run.
func tokensInOrder(toks []annotate.Token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].Start < toks[i-1].Start || toks[i].End < toks[i-1].End {
			return false
		}
	}
	return true
}

// coverByRune fills c by laying the spans over every code point.
func coverByRune(in Input, c cover) {
	d := in.Doc
	n := len(d.Runes)
	entAt := make([]int32, n)
	menAt := make([]int32, n)
	dateAt := make([]int32, n)
	quoteAt := make([]int32, n)
	serial := int32(0)
	for ei, e := range in.Entities {
		for _, m := range e.Mentions {
			a, b := clamp(m.Start, n), clamp(m.End, n)
			for p := a; p < b; p++ {
				entAt[p], menAt[p] = int32(ei)+1, serial+1
			}
			serial++
		}
	}
	for di, dt := range in.Dates {
		a, b := clamp(dt.Start, n), clamp(dt.End, n)
		for p := a; p < b; p++ {
			dateAt[p] = int32(di) + 1
		}
	}
	for qi, q := range in.Quotes {
		a, b := clamp(q.Start, n), clamp(q.End, n)
		for p := a; p < b; p++ {
			quoteAt[p] = int32(qi) + 1
		}
	}
	for ti, t := range d.Tokens {
		if t.Start < 0 || t.End > n || t.Start >= t.End {
			continue
		}
		c.ent[ti], c.mention[ti], c.date[ti], c.quote[ti] = entAt[t.Start], menAt[t.Start], dateAt[t.Start], quoteAt[t.Start]
		c.lastEnt[ti], c.lastMention[ti] = entAt[t.End-1], menAt[t.End-1]
	}
}

func clamp(x, n int) int {
	if x < 0 {
		return 0
	}
	if x > n {
		return n
	}
	return x
}

// isOrg reports whether entity e is an organisation (an entity with no type
// counts as one).
func (v *view) isOrg(e int) bool {
	if e < 0 || e >= len(v.in.Entities) {
		return false
	}
	t := v.in.Entities[e].Type
	return t == model.EntityOrganisation || t == ""
}

// isPerson reports whether entity e is a person.
func (v *view) isPerson(e int) bool {
	return e >= 0 && e < len(v.in.Entities) && v.in.Entities[e].Type == model.EntityPerson
}

// mentionStart returns the index of the first word of the mention holding
// word i.
func (v *view) mentionStart(i, a int) int {
	for i > a && v.words[i-1].mention == v.words[i].mention && v.words[i].mention >= 0 {
		i--
	}
	return i
}

// mentionEnd returns one past the last word of the mention holding word i.
func (v *view) mentionEnd(i, b int) int {
	m := v.words[i].mention
	for i < b && v.words[i].mention == m && m >= 0 {
		i++
	}
	return i
}

// ref returns a Ref to entity e.
func (v *view) ref(e int) model.Ref {
	return model.Ref{ID: v.in.Entities[e].ID, Name: v.in.Entities[e].Name}
}

// has reports whether words[i:] starts with the given lowercase words.
func (v *view) has(i, b int, ws ...string) bool {
	if i < 0 || i+len(ws) > b {
		return false
	}
	for k, w := range ws {
		if !alt(v.words[i+k].low, w) {
			return false
		}
	}
	return true
}

// idsAt reports whether words[i:b] starts with the words numbered ids.
func (v *view) idsAt(i, b int, ids []int32) bool {
	if i < 0 || i+len(ids) > b {
		return false
	}
	for k, id := range ids {
		if v.words[i+k].id != id {
			return false
		}
	}
	return true
}

// phraseAt reports whether one of the phrases of t starts at word i and
// ends by word b.
func (v *view) phraseAt(i, b int, t *phraseTable) bool {
	if i < 0 || i >= b || i >= len(v.words) {
		return false
	}
	for _, pi := range t.byFirst[v.words[i].id] {
		if v.idsAt(i, b, t.ids[pi]) {
			return true
		}
	}
	return false
}

// alt reports whether s is one of the '|'-separated alternatives in pat.
func alt(s, pat string) bool {
	// Search for s with the runtime's fast substring search, then check
	// that the match is a whole alternative: most calls find nothing. An s
	// holding '|' can match across alternatives but equals none of them;
	// it is ruled out only on a match, as most words hold none.
	if s == "" {
		return altScan(s, pat)
	}
	for i := 0; i <= len(pat); {
		j := strings.Index(pat[i:], s)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(s)
		if (j == 0 || pat[j-1] == '|') && (end == len(pat) || pat[end] == '|') {
			return strings.IndexByte(s, '|') < 0
		}
		i = j + 1
	}
	return false
}

// altScan is alt by splitting pat at each '|'.
func altScan(s, pat string) bool {
	for pat != "" {
		k := strings.IndexByte(pat, '|')
		if k < 0 {
			return s == pat
		}
		if s == pat[:k] {
			return true
		}
		pat = pat[k+1:]
	}
	return false
}
