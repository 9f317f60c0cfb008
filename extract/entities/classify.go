package entities

import (
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/extract/entities/gazetteer"
	"github.com/clipper-news/clipper/model"
)

// initials returns the capital letters of a name, whole for all-caps words:
// "UN International Computing Centre" gives "UNICC".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		if isAllCaps(w) {
			b.WriteString(strings.ReplaceAll(w, ".", ""))
			continue
		}
		for k, r := range w {
			if k == 0 && unicode.IsUpper(r) {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// acronymOf reports whether acr abbreviates the name made of words: its
// letters are the words' initials, or the initials in order with a few
// skipped.
func acronymOf(acr string, words []string) bool {
	acr = strings.ReplaceAll(strings.ReplaceAll(acr, " ", ""), ".", "")
	ini := initials(words)
	if len(acr) < 2 || ini == "" {
		return false
	}
	if acr == ini {
		return true
	}
	if acr[0] != ini[0] {
		return false
	}
	// every acronym letter in order among the capitals, most of them used
	k := 0
	for _, r := range ini {
		if k < len(acr) && rune(acr[k]) == r {
			k++
		}
	}
	return k == len(acr) && len(acr)*3 >= len(ini)*2
}

func (s *state) systemName(words []string) bool {
	return systemHeads[words[len(words)-1]]
}

// acronyms finds "Full Name (ACR)" and "ACR (Full Name)".
func (s *state) acronyms() {
	toks := s.doc.Tokens
	for _, c := range s.cands {
		if s.tok(c.end) != "(" || !s.inSentence(c.end+1, c.sent) {
			continue
		}
		k := c.end + 1
		var acr []string
		for k < len(toks) && isAllCaps(toks[k].Text) && len(acr) < 3 {
			acr = append(acr, toks[k].Text)
			k++
		}
		if len(acr) == 0 || s.tok(k) != ")" {
			// "ACR (Full Name)"
			if isAllCaps(c.text) && c.end-c.first == 1 {
				for _, d := range s.cands {
					if d.first == c.end+1 && s.tok(d.end) == ")" && acronymOf(c.text, s.words(d)) && !s.systemName(s.words(d)) {
						e := s.newEntity(model.EntityOrganisation, d.text)
						s.link(e, c.text)
						c.kind, d.kind, c.ent, d.ent = kOrg, kOrg, e, e
					}
				}
			}
			continue
		}
		name := strings.Join(acr, " ")
		words := s.words(c)
		if !acronymOf(name, words) || c.end-c.first < 2 {
			continue
		}
		if s.systemName(words) {
			c.kind = kSystem
			s.byName[name] = nil // a system's acronym is no organisation
			continue
		}
		if _, ok := s.g.Place(c.text); ok {
			continue
		}
		e := s.newEntity(model.EntityOrganisation, c.text)
		s.link(e, name)
		c.kind, c.ent = kOrg, e
	}
}

// isAcronym reports whether t is written like an acronym: capitals, with
// an optional hyphenated tail ("CERT-In", "CERT-EU").
func isAcronym(t string) bool {
	head, _, _ := strings.Cut(t, "-")
	return isAllCaps(head) && !strings.ContainsAny(head, ".")
}

// looseAcronyms links "Name (ACR)" when the name is already known as an
// organisation but the letters do not match its words, as with names
// translated from another language: "Spanish Data Protection Agency (AEPD)",
// "Indian Computer Emergency Response Team (CERT-In)".
func (s *state) looseAcronyms() {
	for _, c := range s.cands {
		if c.kind != kOrg || c.ent == nil || s.tok(c.end) != "(" || s.tok(c.end+2) != ")" || !s.inSentence(c.end+2, c.sent) {
			continue
		}
		acr := s.tok(c.end + 1)
		if !isAcronym(acr) || len(acr) > 10 {
			continue
		}
		if _, ok := s.g.Place(acr); ok {
			continue
		}
		if e, ok := s.byName[acr]; ok && e != c.ent {
			continue
		}
		s.link(c.ent, acr)
	}
}

// classify decides each candidate by its words and context.
func (s *state) classify() {
	for _, c := range s.cands {
		if c.kind != kUnknown {
			continue
		}
		words := s.words(c)
		text := c.text
		if len(words) == 1 && demonyms[text] {
			continue // "the Finnish security consultancy": an adjective
		}
		bare := strings.TrimSuffix(strings.TrimSuffix(text, "'s"), "’s")
		// People first: role patterns are the strongest evidence.
		if s.person(c, words) {
			continue
		}
		if b, ok := s.g.Body(bare); ok && (b.Kind != "gang" || s.gangContext(c) || s.gangSentence(c)) {
			e := s.org(c, bare)
			e.body = b.Name
			if b.Kind == "gang" {
				e.kinds["gang"] = true
			}
			continue
		}
		// "DP World Australia": a known body's name followed by more words
		if b, ok := s.bodyPrefix(words); ok {
			s.org(c, text).body = b.Name + " " + text
			continue
		}
		n := len(words)
		if n > 0 && words[n-1] == "." {
			n--
		}
		if n == 0 {
			continue // nothing but a full stop (a stray "." in broken text): no name
		}
		lastW := strings.TrimSuffix(words[n-1], ".")
		if n >= 2 && s.systemName(words) {
			c.kind = kSystem
			continue
		}
		if n >= 2 && (orgHeads[lastW] || legalForms[lastW] || legalForms[words[n-1]]) {
			s.org(c, text)
			continue
		}
		if n >= 3 && orgPrefixes[words[0]] && joiners[words[1]] || n >= 4 && orgPrefixes[words[1]] && joiners[words[2]] || n >= 2 && orgFirsts[words[0]] {
			s.org(c, text)
			continue
		}
		// "Belgian Centre for Cybersecurity": an organisation word before "of"/"for"
		if s.headBeforeJoiner(words) {
			s.org(c, text)
			continue
		}
		if s.gangContext(c) {
			s.org(c, text).kinds["gang"] = true
			continue
		}
		if s.coordinatedWithOrg(c) {
			s.org(c, text)
			continue
		}
		if k := s.orgContext(c); k != "" {
			if _, isPlace := s.g.Place(text); isPlace {
				continue
			}
			e := s.org(c, text)
			if k != "told" {
				e.kinds[k] = true
			}
			if s.tok(c.end) == "," {
				e.defined = true
			}
			continue
		}
	}
}

// orgKey is an organisation's name without a generic last word, so that
// "CMA CGM Group" and "CMA CGM" are one organisation.
func orgKey(name string) string {
	f := strings.Fields(strings.TrimSuffix(name, "."))
	for len(f) > 1 && (f[len(f)-1] == "Group" || legalForms[strings.TrimSuffix(f[len(f)-1], ".")]) {
		f = f[:len(f)-1]
	}
	return strings.Join(f, " ")
}

// mergeOrgs merges organisations that are one gazetteer body or differ only
// by "Group" or a legal form.
func (s *state) mergeOrgs() {
	for i := 0; i < len(s.ents); i++ {
		a := s.ents[i]
		if a.typ != model.EntityOrganisation {
			continue
		}
		for j := i + 1; j < len(s.ents); j++ {
			b := s.ents[j]
			if b.typ != model.EntityOrganisation {
				continue
			}
			same := a.body != "" && a.body == b.body
			for _, x := range a.names {
				for _, y := range b.names {
					same = same || orgKey(x) == orgKey(y) ||
						!a.defined && shortForm(x, y) || !b.defined && shortForm(y, x)
				}
			}
			if same {
				s.merge(a, b)
				j--
			}
		}
	}
}

func (s *state) headBeforeJoiner(words []string) bool {
	for k := 1; k+1 < len(words); k++ {
		if (words[k] == "of" || words[k] == "for") && orgHeads[words[k-1]] {
			return true
		}
	}
	return false
}

// shortForm reports whether short is the first words of long ("Polaris
// Register" of "Polaris Register of Shipping", "Brightwell" of "Brightwell
// Forwarding"), and not a generic word or an adjective.
func shortForm(short, long string) bool {
	if !strings.HasPrefix(long, short+" ") {
		return false
	}
	f := strings.Fields(short)
	w := f[len(f)-1]
	if demonyms[w] || stopCaps[f[0]] {
		return false
	}
	return len(f) > 1 || !orgHeads[w] && !orgFirsts[w] && !orgPrefixes[w]
}

func (s *state) org(c *cand, name string) *entity {
	e := s.newEntity(model.EntityOrganisation, name)
	c.kind, c.ent = kOrg, e
	return e
}

// bodyPrefix finds a known body (not a gang) whose name is the first
// words of a longer name.
func (s *state) bodyPrefix(words []string) (gazetteer.Body, bool) {
	for k := len(words) - 1; k >= 1; k-- {
		if words[k] == "." {
			continue
		}
		if b, ok := s.g.Body(strings.Join(words[:k], " ")); ok && b.Kind != "gang" {
			return b, true
		}
	}
	return gazetteer.Body{}, false
}

// gangSentence reports whether c's sentence speaks of attacks, so that a
// gang's name that is also a word ("Akira", "Play") is the gang.
func (s *state) gangSentence(c *cand) bool {
	for _, t := range s.doc.SentenceTokens(c.sent) {
		if gangCues[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// gangContext: "the BlackTide gang", "NightCrane ransomware gang",
// "hacking group Sable Moth", "a group calling itself Crimson Gale".
func (s *state) gangContext(c *cand) bool {
	next, next2 := s.tok(c.end), s.tok(c.end+1)
	if gangWords[next] && next != "group" && next != "operation" || (next == "ransomware" || next == "extortion" || next == "hacking") && gangWords[next2] {
		return true
	}
	if next == "group" && s.gangSentence(c) && !(c.initial && c.end-c.first == 1) && !s.lower[strings.ToLower(c.text)] {
		return true // "The Hunters International group listed the company on its leak site"
	}
	if (next == "'s" || next == "’s") && (next2 == "ransomware" || next2 == "affiliates" || next2 == "leak") {
		return true
	}
	p := s.prev(c.first, 3)
	if last(p, 1) == "itself" && last(p, 2) == "calling" {
		return true
	}
	if gangWords[last(p, 1)] && (last(p, 2) == "hacking" || last(p, 2) == "ransomware" || last(p, 2) == "extortion" || last(p, 2) == "hacker" || last(p, 2) == "Hacking" || last(p, 2) == "cybercrime" || last(p, 2) == "criminal") {
		return true
	}
	return false
}

// coordinatedWithOrg: "Boskalis and Smit Salvage said": a lone unknown name
// joined by "and" to a name with an organisation word.
func (s *state) coordinatedWithOrg(c *cand) bool {
	if c.end-c.first != 1 || isAllCaps(c.text) || s.lower[strings.ToLower(c.text)] {
		return false
	}
	if _, ok := s.g.Place(c.text); ok {
		return false
	}
	orgish := func(d *cand) bool {
		if d == nil || d.end-d.first < 2 {
			return false
		}
		w := s.words(d)
		return orgHeads[w[len(w)-1]] || legalForms[w[len(w)-1]]
	}
	if s.tok(c.end) == "and" && orgish(s.candStartingAt(c.end+1)) {
		return true
	}
	return c.first > 0 && s.tok(c.first-1) == "and" && orgish(s.candEndingAt(c.first-1))
}

// orgContext returns the describing noun when the context marks the
// candidate as an organisation ("the security firm X", "its provider, X,",
// "X, a crewing agency"), "told" for "told X", or "".
func (s *state) orgContext(c *cand) string {
	p := s.prev(c.first, 4)
	l1, l2 := last(p, 1), last(p, 2)
	switch {
	case orgNouns[l1] && l2 != "":
		return l1
	case l1 == "," && orgNouns[l2]:
		if s.tok(c.end) == "," || s.tok(c.end) == "." {
			return l2
		}
	case l1 == "for" && (l2 == "spokesperson" || l2 == "spokeswoman" || l2 == "spokesman"):
		return "company"
	case objectVerbs[l1] && (!s.looksPerson(c) || s.notPerson(c)),
		strings.EqualFold(l1, "the") && objectVerbs[l2]:
		return "told"
	case l1 == "in" && (l2 == "brought" || l2 == "called"):
		return "firm"
	case l1 == "at" && staffNouns[strings.ToLower(l2)]:
		return "company" // "Analysts at Drewry said"
	}
	next := s.tok(c.end)
	if next == "spokesperson" || next == "spokeswoman" || next == "spokesman" {
		return "company"
	}
	// "X, a crewing agency headquartered in Manila"
	if next == "," {
		for k := c.end + 1; k < c.end+8 && s.inSentence(k, c.sent); k++ {
			t := s.tok(k)
			if k == c.end+1 && t != "a" && t != "an" && t != "the" {
				break
			}
			if orgNouns[t] {
				return t
			}
			if t == "," || t == "." || t == "of" || t == "at" || t == "for" {
				break
			}
		}
	}
	return ""
}

// notPerson asks prose whether a person-like name in an organisation's
// place ("notified Action Fraud") is a person after all.
func (s *state) notPerson(c *cand) bool {
	if !speechVerbs[s.tok(c.first-1)] && s.tok(c.first-1) != "notified" && s.tok(c.first-1) != "informed" && s.tok(c.first-1) != "alerted" && s.tok(c.first-1) != "contacted" {
		return false
	}
	return s.proseLabel(c) != "PERSON"
}

// proseLabel returns prose's label for c in its context (see proseContext), asking once
// per name and document: a name repeated in a long text costs one model run, not one each.
func (s *state) proseLabel(c *cand) string {
	if l, ok := s.labels[c.text]; ok {
		return l
	}
	if s.labels == nil {
		s.labels = map[string]string{}
	}
	l := s.r.prose.label(s.proseContext(c), c.text)
	s.labels[c.text] = l
	return l
}

// proseReach is how many tokens on each side of a candidate prose is shown.
const proseReach = 40

// proseContext returns the text of c's sentence that prose is asked about: at most
// proseReach tokens on each side of c, since prose's cost grows faster than the length
// of what it reads, and a sentence the segmenter could not end may be a whole text.
func (s *state) proseContext(c *cand) string {
	sent := s.doc.Sentences[c.sent]
	a := max(sent.FirstToken, c.first-proseReach)
	b := min(sent.EndToken, c.end+proseReach)
	if a == sent.FirstToken && b == sent.EndToken {
		return s.doc.Slice(sent.Span)
	}
	return s.doc.Slice(model.Span{Start: s.doc.Tokens[a].Start, End: s.doc.Tokens[b-1].End})
}

// looksPerson: two or three title-case words, none an organisation word.
func (s *state) looksPerson(c *cand) bool {
	words := s.words(c)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	caps := 0
	for k, w := range words {
		if k > 0 && k < len(words)-1 && freeJoiners[w] && isLowerWord(w) {
			continue // "René de Vries"
		}
		if isAllCaps(w) || orgHeads[w] || !isCap(w) {
			return false
		}
		caps++
	}
	return caps >= 2 && caps <= 3
}

// unknowns asks the prose model about name-like candidates next to a
// speech verb that no rule decided: "said Jane Smith".
func (s *state) unknowns() {
	for _, c := range s.cands {
		if c.kind != kUnknown || !s.looksPerson(c) || c.initial && s.lower[strings.ToLower(s.tok(c.first))] {
			continue
		}
		nearSpeech := speechVerbs[s.tok(c.end)] || speechVerbs[s.tok(c.first-1)] || s.tok(c.end) == "," && speechVerbs[s.tok(c.end+1)]
		if !nearSpeech {
			continue
		}
		if s.proseLabel(c) == "PERSON" {
			c.kind, c.ent = kPerson, s.newEntity(model.EntityPerson, c.text)
		}
	}
}
