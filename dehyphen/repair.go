package dehyphen

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/words.txt
var wordsData string

//go:embed data/words.idx
var wordsIndex string

//go:embed data/hyph_en_us.txt
var hyphENUS string

//go:embed data/hyph_en_gb.txt
var hyphENGB string

//go:embed data/domain.txt
var domainData []byte

//go:embed data/compounds.txt
var compoundsData []byte

//go:embed data/parts.txt
var partsData string

//go:embed data/hyphenated.txt
var hyphenatedData string

// Reasons a [Repair] gives for its decision.
const (
	// ReasonSoftHyphen: a soft hyphen (U+00AD) between letters was removed, with the line break after it.
	ReasonSoftHyphen = "soft-hyphen"
	// ReasonLexicon: the joined word is in the English lexicon or the domain list.
	ReasonLexicon = "lexicon"
	// ReasonDocument: the joined word occurs elsewhere in the same text.
	ReasonDocument = "document"
	// ReasonPattern: neither part is a word, and the break falls where Italian or English
	// hyphenation could put it.
	ReasonPattern = "pattern"
	// ReasonLineBreak: the hyphen is genuine (a compound such as web-based, or a number range)
	// and only the line break after it was removed.
	ReasonLineBreak = "line-break"
)

// Repair is one repaired hyphenation artifact.
type Repair struct {
	// Original is the text as in the input, from the first letter of the broken word to its
	// last: "sy-stems", "manage-\nment", "manage- \nment", "infor\u00admation", "web-\nbased".
	Original string
	// Repaired is what replaced it: "systems", "management", "information", "web-based".
	Repaired string
	// RawStart and RawEnd are the half-open code-point span of Original in the input.
	RawStart, RawEnd int
	// Start and End are the half-open code-point span of Repaired in the output.
	Start, End int
	// Reason names the evidence that decided: one of the Reason constants. When a repair
	// joins several breaks of one word, it is the reason of the first.
	Reason string
}

// Repairer repairs hyphenation artifacts. Build it once with [New]; it is immutable and
// safe for concurrent use.
type Repairer struct {
	lex       *lexicon
	domain    map[string]struct{}
	compounds map[string]struct{}
	parts     partSplits
	// hyphenated holds the compounds WordNet spells with a hyphen ("pince-nez").
	hyphenated formSet
	enUS       *liang
	enGB       *liang
}

// New builds a Repairer: the embedded lexicon, lists and patterns are loaded once.
func New() (*Repairer, error) {
	r := &Repairer{
		lex:        newLexicon(wordsData, wordsIndex),
		domain:     parseList(domainData),
		compounds:  parseList(compoundsData),
		parts:      parsePartSplits(partsData),
		hyphenated: parseFormSet(hyphenatedData),
		enUS:       newLiang(hyphENUS),
		enGB:       newLiang(hyphENGB),
	}
	if r.lex.words == 0 {
		return nil, errEmptyLexicon
	}
	return r, nil
}

// actions for a site
const (
	actLeave = iota // leave the text as it is
	actJoin         // remove the hyphen and the whitespace after it
	actClose        // keep the hyphen, remove the whitespace after it
)

// site is one hyphen character that might be an artifact.
type site struct {
	hStart, hEnd int // the hyphen character
	wsEnd        int // end of the whitespace after it (== hEnd when none)
	lStart, rEnd int // the letter runs around it: text[lStart:hStart], text[wsEnd:rEnd]
	soft         bool
	newline      bool // the whitespace holds a line break
	letters      bool // letters on both sides (else digits on one side)
	fixed        bool // decision does not depend on the other sites
	act          int
	reason       string
	effL, effR   string      // lower-case letter runs, extended through joined neighbours
	rawL, rawR   string      // the same runs as written
	effStart     int         // byte where the extended left run starts
	apos         string      // "'t" when the right run continues with an apostrophe and letters
	key          string      // effL + "-" + effR
	levels       *wordLevels // when not nil, where the levels of effL, effR and their join are kept
}

// Repair returns text with hyphenation artifacts repaired, and the repairs in order.
//
// A repair is made at a hyphen character (U+002D, U+00AD soft hyphen or U+2010) that is
// preceded by a letter or digit and followed, directly or after whitespace (spaces or tabs
// and at most one line break), by a letter or digit. It either removes the hyphen and the
// whitespace after it, because the break was a typesetter's ("sy-stems" -> "systems",
// "manage-\nment" -> "management", "ma- nagement" -> "management"; a soft hyphen between
// letters is always removed), or removes only the whitespace, because the hyphen is genuine
// ("web-\nbased" -> "web-based", "2019-\n2020" -> "2019-2020", "CD-\nROM" -> "CD-ROM";
// Reason "line-break"). Nothing is changed at a genuine hyphen that sits in the middle of a
// line ("web-based"), before a suspended-hyphen word ("first- and second-tier", also across
// a line break), between words in capitals on one line ("TECHNOLOGY- RESEARCH"), at dashes
// ("--", " - ") or at a blank line. Each Repair spans the whole broken word, letters and digits on both sides.
// Everything outside the repairs comes through byte for byte, and repairing the output
// again changes nothing.
func (r *Repairer) Repair(text string) (string, []Repair) {
	return r.repairPasses(text, true)
}

// repairPasses repairs text, then its own output, until nothing changes; with limit, a
// later pass decides again only what an edit of the pass before could have changed.
func (r *Repairer) repairPasses(text string, limit bool) (string, []Repair) {
	p := r.pass(text, nil, limit)
	reps := p.reps
	// A join changes the document's evidence (the joined word now occurs in
	// it, the hyphenated form does not) and the runs next to a chain, so a
	// hyphen that was kept may be judged again differently. Until the output
	// is a fixed point, repair it again and fold the new repairs into the
	// first ones, so that repairing repaired text changes nothing. A later
	// pass decides again only the chains that an edit could have changed
	// (see revisit). Each pass removes at least one hyphen, and the passes
	// are bounded.
	for range maxPasses {
		if len(p.reps) == 0 {
			break
		}
		next := r.pass(p.out, p, limit)
		if len(next.reps) == 0 {
			break
		}
		reps = composeRepairs(text, reps, next.out, next.reps)
		p = next
	}
	return p.out, reps
}

// maxPasses bounds the extra passes Repair makes to reach a fixed point.
const maxPasses = 4

// pass finds and decides the sites of text once. prev is the pass whose output text is,
// or nil. With limit, a later pass decides again only the chains an edit of prev could
// have changed (see revisit); without, it decides every chain.
func (r *Repairer) pass(text string, prev *passResult, limit bool) *passResult {
	p := &passResult{in: text, out: text, counts: map[string]int{}, pos: map[string][]int{}}
	sites := r.findSites(text)
	if len(sites) == 0 {
		return p
	}
	var rv *revisit
	if prev != nil && limit {
		rv = newRevisit(text, prev)
	}
	r.decide(text, sites, &documentCounts{text: text, prev: prev, counts: p.counts, pos: p.pos}, rv)
	p.out, p.reps, p.edits = apply(text, sites)
	return p
}

// findSites lists the hyphen characters that might be artifacts.
func (r *Repairer) findSites(text string) []site {
	var sites []site
	hasSoft := strings.Contains(text, "\u00ad")
	has2010 := strings.Contains(text, "\u2010")
	for i := 0; i < len(text); i++ {
		if !hasSoft && !has2010 {
			k := strings.IndexByte(text[i:], '-')
			if k < 0 {
				break
			}
			i += k
		}
		c := text[i]
		var hl int
		soft := false
		switch {
		case c == '-':
			hl = 1
		case c == 0xC2 && i+1 < len(text) && text[i+1] == 0xAD:
			hl, soft = 2, true
		case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x90:
			hl = 3
		default:
			continue
		}
		if s, ok := r.siteAt(text, i, hl, soft); ok {
			sites = append(sites, s)
		}
		i += hl - 1
	}
	return sites
}

func isHyphenAt(text string, i int) bool {
	if i < 0 || i >= len(text) {
		return false
	}
	switch text[i] {
	case '-':
		return true
	case 0xAD:
		return i > 0 && text[i-1] == 0xC2
	case 0x90:
		return i > 1 && text[i-2] == 0xE2 && text[i-1] == 0x80
	case 0xC2:
		return i+1 < len(text) && text[i+1] == 0xAD
	case 0xE2:
		return i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x90
	}
	return false
}

func (r *Repairer) siteAt(text string, p, hl int, soft bool) (site, bool) {
	if p == 0 {
		return site{}, false
	}
	prev, _ := utf8.DecodeLastRuneInString(text[:p])
	if !isAlnum(prev) {
		return site{}, false
	}
	q := p + hl
	// whitespace: spaces/tabs, at most one line break, spaces/tabs
	spaces, newline := 0, false
	for q < len(text) {
		c := text[q]
		if c == ' ' || c == '\t' {
			spaces++
		} else if c == '\n' && !newline {
			newline = true
		} else if c == '\r' && !newline && q+1 < len(text) && text[q+1] == '\n' {
			newline = true
			q++
		} else {
			break
		}
		q++
	}
	if q >= len(text) || spaces > 4 {
		return site{}, false
	}
	next, _ := utf8.DecodeRuneInString(text[q:])
	if !isAlnum(next) {
		return site{}, false
	}
	if !soft && !newline && spaces == 0 {
		// inline hyphen: a dash or range ("a--b") is not a site
		if isHyphenAt(text, p-1) {
			return site{}, false
		}
	}
	s := site{hStart: p, hEnd: p + hl, wsEnd: q, soft: soft, newline: newline}
	s.letters = unicode.IsLetter(prev) && unicode.IsLetter(next)
	s.lStart = p
	for s.lStart > 0 {
		c, n := utf8.DecodeLastRuneInString(text[:s.lStart])
		if !unicode.IsLetter(c) {
			break
		}
		s.lStart -= n
	}
	s.rEnd = q
	for s.rEnd < len(text) {
		c, n := utf8.DecodeRuneInString(text[s.rEnd:])
		if !unicode.IsLetter(c) {
			break
		}
		s.rEnd += n
	}
	return s, true
}

func isAlnum(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }
