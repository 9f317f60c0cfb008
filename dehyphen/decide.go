package dehyphen

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// suspended lists the words after which a line-end hyphen is a suspended hyphen
// ("first-\nand second-tier") and the line break is kept.
var suspended = map[string]bool{"and": true, "or": true, "nor": true, "to": true, "und": true, "et": true, "as": true}

// boundSuffix lists suffixes that are also words ("ness", "less", "ing"): a compound never
// ends in one, a typesetter's break often does ("kind-ness", "head-ing").
var boundSuffix = setOf("ment", "ments", "ness", "ing", "ings", "ed", "er", "ers", "est", "less", "ly",
	"ful", "able", "ably", "ible", "al", "ally", "ion", "ions", "tion", "tions", "ance", "ence", "ous", "ive",
	"ity", "ize", "ise", "ised", "ized", "ward", "wards", "ism", "ist", "ists", "age", "ages", "ship", "ships",
	"ty", "ry", "ic", "ics", "ate", "ated", "ates")

// boundPrefix lists prefixes that are also words ("con", "dis"): English almost never keeps
// them apart with a hyphen, a typesetter's break often does ("un-qualified", "con-sequently").
var boundPrefix = setOf("un", "in", "im", "il", "ir", "dis", "con", "com", "col", "cor", "de", "en", "em",
	"per", "be", "ab", "ad", "ac", "af", "ag", "al", "ap", "as", "at", "ob", "oc", "op", "sup", "sus", "mis")

// particle lists short words that end genuine compounds ("run-up", "no-op", "to-do").
var particle = setOf("up", "in", "on", "by", "to", "go", "do", "no", "me", "us", "it", "so", "at", "of", "op", "ops", "off", "out")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// decide sets the action of every site.
func (r *Repairer) decide(text string, sites []site) {
	// Decisions that do not depend on other sites.
	for i := range sites {
		s := &sites[i]
		s.fixed = true
		switch {
		case s.soft:
			s.act, s.reason = actJoin, ReasonSoftHyphen
		case !s.letters:
			if s.newline {
				s.act, s.reason = actClose, ReasonLineBreak
			}
		case inAddress(text, s.hStart):
			if s.newline {
				s.act, s.reason = actClose, ReasonLineBreak
			}
		default:
			s.fixed = false
		}
		if !s.fixed {
			if n := s.rEnd; n+1 < len(text) && (text[n] == '\'' || strings.HasPrefix(text[n:], "’")) {
				_, w := utf8.DecodeRuneInString(text[n:])
				e := n + w
				for e < len(text) {
					c, k := utf8.DecodeRuneInString(text[e:])
					if !unicode.IsLetter(c) {
						break
					}
					e += k
				}
				if e > n+w {
					s.apos = "'" + strings.ToLower(text[n+w:e])
				}
			}
		}
	}
	counts := map[string]int{}
	counted := map[string]bool{}
	for iter := 0; iter < 6; iter++ {
		r.effective(text, sites)
		// document counts for every joined word a site may produce
		var need []string
		for i := range sites {
			s := &sites[i]
			if s.fixed {
				continue
			}
			if j := s.effL + s.effR; !counted[j] {
				counted[j] = true
				need = append(need, j)
			}
		}
		if len(need) > 0 {
			countWords(text, need, counts)
		}
		joined := joinedWords(sites)
		hyph := map[string]int{}
		for i := range sites {
			if s := &sites[i]; !s.fixed && s.act != actJoin {
				hyph[s.key]++
			}
		}
		changed := false
		for i := range sites {
			s := &sites[i]
			if s.fixed {
				continue
			}
			j := s.effL + s.effR
			cj := counts[j] + joined[j]
			ch := hyph[s.key]
			if s.act != actJoin {
				ch-- // the others
			}
			act, reason := r.decideLetters(text, s, cj, ch)
			if act != s.act || reason != s.reason {
				s.act, s.reason = act, reason
				changed = true
			}
		}
		if !changed {
			break
		}
	}
}

// effective computes the lower-case letter runs of every site, extended through neighbouring
// sites that are joined ("cyber-at-tack": the second site joins, so the first sees "attack").
func (r *Repairer) effective(text string, sites []site) {
	for i := range sites {
		s := &sites[i]
		s.effL = strings.ToLower(text[s.lStart:s.hStart])
		if i > 0 && adjacent(&sites[i-1], s) && sites[i-1].act == actJoin {
			s.effL = sites[i-1].effL + s.effL
		}
	}
	for i := len(sites) - 1; i >= 0; i-- {
		s := &sites[i]
		s.effR = strings.ToLower(text[s.wsEnd:s.rEnd])
		if i+1 < len(sites) && adjacent(s, &sites[i+1]) && sites[i+1].act == actJoin {
			s.effR += sites[i+1].effR
		}
		s.key = s.effL + "-" + s.effR
	}
}

// adjacent reports whether the right run of a is the left run of b.
func adjacent(a, b *site) bool { return a.rEnd == b.hStart && b.lStart == a.wsEnd }

// joinedWords counts the words that the joined sites produce (each chain once).
func joinedWords(sites []site) map[string]int {
	m := map[string]int{}
	for i := range sites {
		s := &sites[i]
		if s.act != actJoin || !s.letters {
			continue
		}
		if i+1 < len(sites) && adjacent(s, &sites[i+1]) && sites[i+1].act == actJoin {
			continue
		}
		m[s.effL+s.effR]++
	}
	return m
}

// decideLetters decides a hard hyphen between letters. cj counts the joined word elsewhere
// in the text; ch counts the other hyphenated occurrences of the same split.
func (r *Repairer) decideLetters(text string, s *site, cj, ch int) (int, string) {
	keep := func() (int, string) {
		if s.newline && !suspended[s.effR] {
			return actClose, ReasonLineBreak
		}
		if !s.newline && s.wsEnd > s.hEnd && (ch > 0 || r.isCompound(s)) {
			return actClose, ReasonLineBreak
		}
		return actLeave, ""
	}
	l, rr := s.effL, s.effR
	if utf8.RuneCountInString(l) < 2 || utf8.RuneCountInString(rr) < 2 {
		return keep()
	}
	rawL := text[s.lStart:s.hStart]
	rawR := text[s.wsEnd:s.rEnd]
	rUp, _ := utf8.DecodeRuneInString(rawR)
	if unicode.IsUpper(rUp) && !(allUpper(rawL) && allUpper(rawR)) {
		return keep()
	}
	if r.isCompound(s) {
		return keep()
	}
	j := l + rr
	lvJ := r.wordLevel(j)
	if lvJ == 0 && s.apos != "" {
		lvJ = r.wordLevel(j + s.apos)
	}
	lvL, lvR := r.wordLevel(l), r.wordLevel(rr)
	if lvJ > 0 {
		if lvL == 0 || lvR == 0 {
			return actJoin, ReasonLexicon
		}
		// Both parts are words: "note-book", "built-in", "cyber-attack" may be genuine.
		if ch > 0 && ch+1 > cj {
			return keep() // the hyphenated form is the document's usual spelling
		}
		if !r.validBreak(j, len(l)) {
			return keep() // no typesetter breaks the word there
		}
		if ch > 0 || cj > 0 {
			return actJoin, ReasonDocument
		}
		if boundSuffix[rr] || boundPrefix[l] || (len(rr) <= 2 && !particle[rr]) {
			return actJoin, ReasonLexicon // "kind-ness", "un-qualified", "fir-st": not a compound
		}
		if lvJ >= 3 {
			return keep() // a rare closed form: more likely a hyphenated compound
		}
		return actJoin, ReasonLexicon
	}
	if cj > 0 {
		return actJoin, ReasonDocument
	}
	if lvL == 0 && lvR == 0 && hasVowel(rr) && r.validBreak(j, len(l)) {
		return actJoin, ReasonPattern
	}
	return keep()
}

func (r *Repairer) isCompound(s *site) bool {
	_, ok := r.compounds[s.key]
	return ok
}

// wordLevel returns the frequency level of lower-case w: 1 for the domain list and the
// most common words, up to 4 for rare ones, 0 when unknown.
func (r *Repairer) wordLevel(w string) int {
	if _, ok := r.domain[w]; ok {
		return 1
	}
	w = strings.ReplaceAll(w, "’", "'")
	return r.lex.level(w)
}

// validBreak reports whether a typesetter could break lower-case w before byte k under
// Italian or English (US or British) hyphenation. Non-ASCII words are given the benefit of
// the doubt.
func (r *Repairer) validBreak(w string, k int) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return true
		}
	}
	return italianBreakAt(w, k) || r.enUS.breakAt(w, k) || r.enGB.breakAt(w, k)
}

func allUpper(s string) bool {
	for _, c := range s {
		if !unicode.IsUpper(c) {
			return false
		}
	}
	return s != ""
}

func hasVowel(s string) bool { return strings.ContainsAny(s, "aeiouyàèéìòù") }

// countWords adds to counts the number of letter runs of text equal (ignoring case) to each
// word of need.
func countWords(text string, need []string, counts map[string]int) {
	var lens [64]bool
	var firsts [256]bool
	want := make(map[string]bool, len(need))
	for _, w := range need {
		if w == "" {
			continue
		}
		want[w] = true
		counts[w] += 0
		if len(w) < len(lens) {
			lens[len(w)] = true
		}
		firsts[w[0]] = true
	}
	var buf []byte
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && !isASCIILetter(c) {
			i++
			continue
		}
		// a run of letters
		start := i
		ascii := true
		for i < len(text) {
			c := text[i]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				i++
				continue
			}
			ru, n := utf8.DecodeRuneInString(text[i:])
			if !unicode.IsLetter(ru) {
				break
			}
			ascii = false
			i += n
		}
		if i == start {
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
			continue
		}
		n := i - start
		if n >= len(lens) || !lens[n] {
			if ascii {
				continue
			}
		}
		if ascii {
			f := text[start] | 0x20
			if !firsts[f] {
				continue
			}
			buf = buf[:0]
			for k := start; k < i; k++ {
				b := text[k]
				if b >= 'A' && b <= 'Z' {
					b += 'a' - 'A'
				}
				buf = append(buf, b)
			}
			if want[string(buf)] {
				counts[string(buf)]++
			}
			continue
		}
		w := strings.ToLower(text[start:i])
		if want[w] {
			counts[w]++
		}
	}
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }
