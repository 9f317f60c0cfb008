package quotes

import (
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
	kind      int
	span      model.Span
	tokEnd    int  // one past the phrase's last token
	ent       int  // entity index, or -1
	person    bool // the phrase names a person
	prepped   bool // the phrase follows a preposition
	innerDesc bool // a spokesperson phrase whose organisation is a description
	vague     bool // an indefinite official of no named body ("a federal official")
	head      int  // a description's head-noun token
	possessor bool // the phrase owns what follows ("the port's chief executive")
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
