package entities

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/entities/gazetteer"
	"github.com/clipper-news/clipper/model"
)

// Recognizer finds organisations, people and places in an article and
// merges their mentions. New is cheap: the gazetteer and the prose model
// are loaded on first use, once, and shared. A Recognizer is safe for
// concurrent use.
type Recognizer struct {
	gaz   func() (*gazetteer.Gazetteer, error)
	prose *proseTagger
}

// New returns a Recognizer. Nothing heavy happens until the first call to
// [Recognizer.Recognize].
func New() *Recognizer {
	return &Recognizer{
		gaz:   sync.OnceValues(gazetteer.Load),
		prose: newProseTagger(),
	}
}

// kinds of candidate names.
type kind int

const (
	kUnknown kind = iota
	kOrg
	kPerson
	kPlace
	kSystem // a system or product name: never an entity
)

// cand is a run of capitalised tokens that may be a name.
type cand struct {
	first, end  int // token indices, half-open
	start, stop int // code points
	text        string
	sent        int
	initial     bool // begins its sentence or a quotation
	kind        kind
	ent         *entity
	role        string
	orgKind     string // "gang", "forwarder", ... when the context says
}

// entity is one organisation, person or place being assembled.
type entity struct {
	typ      string
	names    []string // every name the story uses, first first
	role     string
	kinds    map[string]bool // described as: "forwarder", "gang", ...
	mentions []model.Mention
	first    int // first mention's start
	body     string
	defined  bool   // named in an appositive ("X, the ... company"): not a short form
	gender   string // "m" or "f" when a title or pronoun says so
}

// genderOf reads a gender from a role or an honorific: "spokeswoman", "Ms".
func genderOf(words ...string) string {
	for _, w := range words {
		switch strings.ToLower(strings.TrimSuffix(w, ".")) {
		case "spokeswoman", "chairwoman", "businesswoman", "ms", "mrs", "miss", "madam", "dame", "lady":
			return "f"
		case "spokesman", "chairman", "businessman", "mr", "sir", "lord":
			return "m"
		}
	}
	return ""
}

func (e *entity) addName(n string) {
	if n != "" && !slices.Contains(e.names, n) {
		e.names = append(e.names, n)
	}
}

// Recognize returns the organisations, people and places doc names, each
// with every mention, including pronouns and descriptions ("the company",
// "it", "she") resolved to it. IDs are "e1", "e2", ... in order of first
// mention. It returns nil only if the embedded gazetteer is corrupt, which
// the package's tests rule out.
func (r *Recognizer) Recognize(doc *annotate.Doc) []model.Entity {
	g, err := r.gaz()
	if err != nil {
		return nil
	}
	s := &state{r: r, g: g, doc: doc}
	s.run()
	return s.result()
}

// state holds one Recognize call's work.
type state struct {
	r       *Recognizer
	g       *gazetteer.Gazetteer
	doc     *annotate.Doc
	caps    []bool // paragraph is set in capitals (or title case): match only
	cands   []*cand
	ents    []*entity
	byName  map[string]*entity // exact name -> entity
	lower   map[string]bool    // words the text prints in lower case
	claimed []bool             // token is part of a classified name
}

func (s *state) run() {
	s.byName = map[string]*entity{}
	s.lower = make(map[string]bool, len(s.doc.Tokens)/2)
	s.claimed = make([]bool, len(s.doc.Tokens))
	for _, t := range s.doc.Tokens {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsLower(r) {
			s.lower[t.Text] = true
		}
	}
	s.markCaps()
	s.findCandidates()
	s.acronyms()
	s.classify()
	s.looseAcronyms()
	s.mergeOrgs()
	s.aliases()
	s.places()
	s.unknowns()
	s.mentions()
	s.coreference()
}

// markCaps flags paragraphs set in capitals or title case (headlines),
// where capitalisation says nothing about names.
func (s *state) markCaps() {
	s.caps = make([]bool, len(s.doc.Paragraphs))
	words := make([]int, len(s.doc.Paragraphs))
	upper := make([]int, len(s.doc.Paragraphs))
	title := make([]int, len(s.doc.Paragraphs))
	for _, t := range s.doc.Tokens {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		p := s.doc.Sentences[t.Sentence].Paragraph
		words[p]++
		switch {
		case isAllCaps(t.Text) || len(t.Text) == 1 && unicode.IsUpper(r):
			upper[p]++
		case unicode.IsUpper(r):
			title[p]++
		}
	}
	for pi, p := range s.doc.Paragraphs {
		w := words[pi]
		if w == 0 {
			continue
		}
		if upper[pi]*10 >= w*8 || (p.Part == annotate.PartHeadline && w >= 4 && (upper[pi]+title[pi])*10 >= w*7) {
			s.caps[pi] = true
		}
	}
}

func isCap(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(r)
}

// hyphen returns the byte offset and width of the first hyphen in t
// ("-" or U+2010), or -1.
func hyphen(t string) (int, int) {
	k := strings.IndexByte(t, '-')
	if strings.IndexByte(t, 0xE2) >= 0 {
		if u := strings.Index(t, "‐"); u >= 0 && (k < 0 || u < k) {
			return u, len("‐")
		}
	}
	return k, 1
}

func isLowerWord(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(r)
}

func isAllCaps(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}

func isOpenQuote(t string) bool {
	switch t {
	case "\"", "“", "‘", "'", "(", "[", "«", "—", "–", "-", ":", ";":
		return true
	}
	return false
}

// nameToken reports whether token i can be part of a name.
func (s *state) nameToken(i int) bool {
	t := s.doc.Tokens[i].Text
	if !isCap(t) || calendarWords[t] || t == "I" {
		return false
	}
	// "Barcelona-based" is a compound, handled on its own.
	if k, w := hyphen(t); k > 0 {
		if r, _ := utf8.DecodeRuneInString(t[k+w:]); unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func (s *state) adjacent(i, j int) bool {
	return s.doc.Tokens[i].End == s.doc.Tokens[j].Start
}

// findCandidates collects runs of capitalised tokens, joined by "of", "&",
// possessives and the like, in paragraphs that are not set in capitals.
func (s *state) findCandidates() {
	toks := s.doc.Tokens
	for si, sent := range s.doc.Sentences {
		if s.caps[sent.Paragraph] {
			continue
		}
		i := sent.FirstToken
		for i < sent.EndToken {
			if !s.nameToken(i) {
				i++
				continue
			}
			j := i + 1
			for j < sent.EndToken {
				if s.nameToken(j) {
					j++
					continue
				}
				t := toks[j].Text
				if j+1 < sent.EndToken && s.nameToken(j+1) {
					last := toks[j-1].Text
					switch {
					case freeJoiners[t]:
						j += 2
						continue
					case (t == "'s" || t == "’s") && s.adjacent(j-1, j) && !s.isPlaceName(toks[i:j]):
						j += 2
						continue
					case (t == "'" || t == "’") && s.adjacent(j-1, j) && strings.HasSuffix(last, "s"):
						j += 2
						continue
					case joiners[t] && (orgPrefixes[last] || orgPrefixes[toks[i].Text] || orgHeads[last]):
						j += 2
						continue
					}
				}
				if t == "." && s.adjacent(j-1, j) {
					// "U.S. Coast Guard", "St. Petersburg", "S.p.A.", "Mr. Cho"
					prev := toks[j-1].Text
					dotted := strings.Contains(prev, ".")
					if (dotted || nameAbbrevs[prev]) && j+1 < sent.EndToken && s.nameToken(j+1) {
						j += 2
						continue
					}
					if dotted {
						j++
					}
				}
				break
			}
			c := &cand{first: i, end: j, sent: si}
			c.initial = i == sent.FirstToken || isOpenQuote(toks[i-1].Text)
			// Strip sentence-opening words that are not names ("The", "Every").
			for c.first < c.end && (stopCaps[toks[c.first].Text] || (c.first == i && c.initial && s.lower[strings.ToLower(toks[c.first].Text)] && c.end-c.first > 1 && !isAllCaps(toks[c.first].Text))) {
				if honorifics[toks[c.first].Text] && c.end-c.first > 1 {
					break
				}
				c.first++
			}
			// A title in capitals opens the run: "Prosecutor Ellen Brouwer",
			// "said Chief Executive Jane Roe".
			for c.end-c.first >= 3 && roleWords[strings.ToLower(toks[c.first].Text)] && !orgHeads[toks[c.end-1].Text] {
				c.first++
			}
			// Trailing joiners and possessive marks are not part of a name.
			for c.end > c.first && !isCap(toks[c.end-1].Text) && toks[c.end-1].Text != "." {
				c.end--
			}
			if c.first < c.end {
				if c.first > i {
					c.initial = c.initial && c.first == i+1 && stopCaps[toks[i].Text]
				}
				c.start, c.stop = toks[c.first].Start, toks[c.end-1].End
				c.text = s.doc.Slice(model.Span{Start: c.start, End: c.stop})
				s.cands = append(s.cands, c)
			}
			i = j
		}
	}
}

// isPlaceName reports whether toks spell a gazetteer place ("Croatia" in
// "Croatia's National CERT": a place's possessive does not join a name).
func (s *state) isPlaceName(toks []annotate.Token) bool {
	k := 0
	for k < len(toks) && stopCaps[toks[k].Text] {
		k++
	}
	if k == len(toks) {
		return false
	}
	_, ok := s.g.Place(s.doc.Slice(model.Span{Start: toks[k].Start, End: toks[len(toks)-1].End}))
	return ok
}

// words returns the candidate's tokens as strings.
func (s *state) words(c *cand) []string {
	out := make([]string, 0, c.end-c.first)
	for _, t := range s.doc.Tokens[c.first:c.end] {
		out = append(out, t.Text)
	}
	return out
}

func (s *state) tok(i int) string {
	if i < 0 || i >= len(s.doc.Tokens) {
		return ""
	}
	return s.doc.Tokens[i].Text
}

// sameSentence reports whether token i is in sentence si.
func (s *state) inSentence(i, si int) bool {
	return i >= 0 && i < len(s.doc.Tokens) && s.doc.Tokens[i].Sentence == si
}

// newEntity registers an entity of type typ under name.
func (s *state) newEntity(typ, name string) *entity {
	if e, ok := s.byName[name]; ok && e.typ == typ {
		return e
	}
	e := &entity{typ: typ, kinds: map[string]bool{}}
	e.addName(name)
	s.ents = append(s.ents, e)
	s.index(e, name)
	return e
}

func (s *state) index(e *entity, name string) {
	if _, ok := s.byName[name]; !ok {
		s.byName[name] = e
	}
}

// link adds name to e.
func (s *state) link(e *entity, name string) {
	if other, ok := s.byName[name]; ok && other != e {
		s.merge(e, other)
		return
	}
	e.addName(name)
	s.index(e, name)
}

// merge folds b into a.
func (s *state) merge(a, b *entity) {
	for _, n := range b.names {
		a.addName(n)
		s.byName[n] = a
	}
	for k := range b.kinds {
		a.kinds[k] = true
	}
	if a.role == "" {
		a.role = b.role
	}
	if a.body == "" {
		a.body = b.body
	}
	if a.gender == "" {
		a.gender = b.gender
	}
	for _, c := range s.cands {
		if c.ent == b {
			c.ent = a
		}
	}
	s.ents = slices.DeleteFunc(s.ents, func(e *entity) bool { return e == b })
}

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
		for i := c.end + 1; i < k; i++ {
			s.claimed[i] = true
		}
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
		s.claimed[c.end+1] = true
	}
}

// prevWords returns up to n lowercase-or-any tokens before token i in the
// same sentence, nearest last.
func (s *state) prev(i, n int) []string {
	var out []string
	si := s.doc.Tokens[i].Sentence
	for k := i - 1; k >= 0 && len(out) < n && s.doc.Tokens[k].Sentence == si; k-- {
		out = append([]string{s.doc.Tokens[k].Text}, out...)
	}
	return out
}

func last(ws []string, k int) string {
	if k <= 0 || k > len(ws) {
		return ""
	}
	return ws[len(ws)-k]
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
			s.org(c, bare).body = b.Name
			continue
		}
		// "DP World Australia": a known body's name followed by more words
		if b, ok := s.bodyPrefix(words); ok {
			s.org(c, text).body = b.Name + " " + text
			continue
		}
		n := len(words)
		if words[n-1] == "." {
			n--
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
	if next == "group" && s.gangSentence(c) {
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
	return s.r.prose.label(s.doc.Slice(s.doc.Sentences[c.sent].Span), c.text) != "PERSON"
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

// person recognises people by the company they keep: "Maria Keller, chief
// information officer at VCT", "ACPA spokeswoman Katarzyna Wolak",
// "Ms Demir", "(Reporting by Lena Marsh; Editing by Tom Quill)".
func (s *state) person(c *cand, words []string) bool {
	if len(words) >= 2 && honorifics[words[0]] {
		// "Ms Demir": a surname; attach to a known person later.
		rest := words[1:]
		if rest[0] == "." {
			rest = rest[1:]
		}
		if len(rest) == 0 {
			return false
		}
		e := s.newEntity(model.EntityPerson, strings.Join(rest, " "))
		if e.role == "" {
			e.role = s.roleAfter(c)
		}
		e.gender = genderOf(words[0])
		c.kind, c.ent = kPerson, e
		return true
	}
	if !s.looksPerson(c) {
		return false
	}
	if _, ok := s.g.Body(c.text); ok {
		return false
	}
	if _, ok := s.g.Place(c.text); ok {
		return false
	}
	p := s.prev(c.first, 6)
	role := ""
	switch {
	case last(p, 1) == "by" && (strings.EqualFold(last(p, 2), "reporting") || last(p, 2) == "(" || last(p, 2) == ""):
		role = "reporter"
	case last(p, 1) == "by" && strings.EqualFold(last(p, 2), "editing"):
		role = "editor"
	default:
		role = s.roleAfter(c)
		if role == "" {
			role = roleBefore(p, c.first-len(p) == s.doc.Sentences[c.sent].FirstToken)
		}
		// "an independent researcher, Tomasz Wrona, who ..."
		if role == "" && last(p, 1) == "," && (s.tok(c.end) == "," || s.tok(c.end) == ".") {
			role = roleBefore(p[:len(p)-1], c.first-len(p) == s.doc.Sentences[c.sent].FirstToken)
			if f := strings.Fields(role); len(f) > 0 && (f[0] == "a" || f[0] == "an" || f[0] == "its" || f[0] == "the") {
				role = strings.Join(f[1:], " ")
			}
			// "A spokeswoman for the line, Noura Al Mansoori, said"
			if role == "" {
				role = s.roleBeforeEmployer(c)
			}
		}
	}
	if role == "" && !s.ofOrganisation(c) {
		return false
	}
	e := s.newEntity(model.EntityPerson, c.text)
	if e.role == "" {
		e.role = role
	}
	if e.gender == "" {
		e.gender = genderOf(strings.Fields(role)...)
	}
	c.kind, c.ent = kPerson, e
	return true
}

// ofOrganisation: "Kostas Pappas of Aegeus Shipping", a person named with
// an employer whose name has an organisation word and no role.
func (s *state) ofOrganisation(c *cand) bool {
	if p := s.tok(c.end); p != "of" && p != "from" && p != "at" {
		return false
	}
	d := s.candStartingAt(c.end + 1)
	if d == nil || d.end-d.first < 2 {
		return false
	}
	w := s.words(d)
	return orgHeads[w[len(w)-1]] || legalForms[w[len(w)-1]]
}

// candStartingAt returns the candidate whose first token is k, or nil.
func (s *state) candStartingAt(k int) *cand {
	i := sort.Search(len(s.cands), func(i int) bool { return s.cands[i].first >= k })
	if i < len(s.cands) && s.cands[i].first == k {
		return s.cands[i]
	}
	return nil
}

// roleBeforeEmployer reads "a spokeswoman for the line," before a name: a
// run of role words, then for/at/of and the employer, then the comma.
func (s *state) roleBeforeEmployer(c *cand) string {
	k := c.first - 2 // the token before the comma
	for j := k; j > k-6 && s.inSentence(j, c.sent); j-- {
		t := s.tok(j)
		if t != "for" && t != "at" && t != "of" {
			continue
		}
		var role []string
		for m := j - 1; m >= 0 && s.inSentence(m, c.sent) && roleWords[strings.ToLower(s.tok(m))]; m-- {
			role = append([]string{strings.ToLower(s.tok(m))}, role...)
		}
		return strings.Join(role, " ")
	}
	return ""
}

// roleAfter reads ", chief information officer at VCT" or ", who heads the
// MCCO" after a name.
func (s *state) roleAfter(c *cand) string {
	if s.tok(c.end) != "," {
		return ""
	}
	k := c.end + 1
	if s.tok(k) == "who" {
		// "who founded the company in 1998 and is still its chief executive,"
		for j := k + 1; j < k+20 && s.inSentence(j, c.sent) && s.tok(j) != ","; j++ {
			if t := s.tok(j); t == "its" || t == "their" || t == "the" {
				var role []string
				for m := j + 1; s.inSentence(m, c.sent) && roleWords[strings.ToLower(s.tok(m))]; m++ {
					role = append(role, s.tok(m))
				}
				if len(role) > 0 && (s.tok(j+1+len(role)) == "," || s.tok(j+1+len(role)) == ".") {
					return strings.Join(role, " ")
				}
			}
		}
		switch s.tok(k + 1) {
		case "heads", "leads":
			return "head"
		case "chairs":
			return "chair"
		case "runs", "manages":
			return "manager"
		case "founded", "co-founded":
			return "founder"
		}
		return ""
	}
	// "the group's chief information security officer"
	if (s.tok(k) == "the" || s.tok(k) == "its" || s.tok(k) == "their") && (s.tok(k+2) == "'s" || s.tok(k+2) == "’s") {
		k += 3
	} else if s.tok(k) == "its" || s.tok(k) == "a" || s.tok(k) == "an" || s.tok(k) == "the" {
		k++
	}
	var role []string
	hasRole := false
	for ; k < len(s.doc.Tokens) && s.inSentence(k, c.sent) && len(role) < 8; k++ {
		t := s.tok(k)
		if t == "at" || t == "," || t == "." || t == ";" || t == ")" || roleStop[t] || isCap(t) && !isAllCaps(t) {
			break
		}
		if t == "of" || t == "for" {
			n := s.tok(k + 1)
			if n == "the" || isCap(n) {
				break
			}
		}
		if roleWords[strings.ToLower(t)] {
			hasRole = true
		}
		role = append(role, t)
	}
	if !hasRole {
		return ""
	}
	return strings.Join(role, " ")
}

// roleBefore reads the job title just before a name: "spokeswoman",
// "Harbour master" (opens says p starts its sentence),
// "chief executive", "Chief executive".
func roleBefore(p []string, opens bool) string {
	k := len(p)
	for k > 0 && roleWords[strings.ToLower(p[k-1])] {
		k--
	}
	// "technology editor": one modifier may precede role words
	if k < len(p) && k > 0 && (!isCap(p[k-1]) || k == 1 && opens) && !roleStop[p[k-1]] && p[k-1] != "the" && p[k-1] != "a" && p[k-1] != "said" && len([]rune(p[k-1])) > 3 && roleWords[strings.ToLower(p[len(p)-1])] && len(p)-k == 1 && strings.ToLower(p[len(p)-1]) != "spokeswoman" && strings.ToLower(p[len(p)-1]) != "spokesman" && strings.ToLower(p[len(p)-1]) != "spokesperson" {
		k--
	}
	if k == len(p) {
		return ""
	}
	role := strings.Join(p[k:], " ")
	titled := true
	for _, w := range p[k:] {
		titled = titled && isCap(w)
	}
	if titled {
		return strings.ToLower(role) // "Chief Executive": a title in title case
	}
	r := []rune(role)
	r[0] = unicode.ToLower(r[0])
	return string(r)
}

// aliases attaches short forms, surnames and acronyms to known entities.
func (s *state) aliases() {
	firstSeen := map[*entity]int{}
	for _, c := range s.cands {
		if c.ent != nil {
			if p, ok := firstSeen[c.ent]; !ok || c.start < p {
				firstSeen[c.ent] = c.start
			}
		}
	}
	for _, c := range s.cands {
		if c.kind != kUnknown && !(c.kind == kPerson && honorifics[s.tok(c.first)]) {
			continue
		}
		text := c.text
		if c.kind == kPerson { // "Ms Demir" -> Aylin Demir
			if p := s.surnameOf(c.ent.names[0], c.ent); p != nil {
				s.merge(p, c.ent)
			}
			continue
		}
		if e := s.byName[text]; e != nil {
			c.kind, c.ent = kindOf(e), e
			continue
		}
		if s.geoNounAfter(c) {
			continue // "the Kvarken strait": a place, not the Kvarken agency
		}
		if e := s.shortFormOf(text, c.start, firstSeen); e != nil {
			s.link(e, text)
			c.kind, c.ent = kindOf(e), e
		}
	}
}

func kindOf(e *entity) kind {
	switch e.typ {
	case model.EntityOrganisation:
		return kOrg
	case model.EntityPerson:
		return kPerson
	}
	return kPlace
}

// surnameOf finds the person whose last name is text.
func (s *state) surnameOf(text string, not *entity) *entity {
	for _, e := range s.ents {
		if e == not || e.typ != model.EntityPerson {
			continue
		}
		for _, n := range e.names {
			if f := strings.Fields(n); len(f) > 1 && f[len(f)-1] == text {
				return e
			}
		}
	}
	return nil
}

// shortFormOf finds the entity text is a short form of: the first words of
// an organisation's name ("Ostrander" for "Ostrander Terminal Group") or a
// person's surname.
//
// When the short form fits several entities, the one named in full before
// pos wins ("Halvorsen" of Halvorsen Bulk Carriers before Siri Halvorsen
// appears); firstSeen holds where each entity is first named.
func (s *state) shortFormOf(text string, pos int, firstSeen map[*entity]int) *entity {
	if s.lower[strings.ToLower(text)] || stopCaps[text] {
		return nil
	}
	if f := strings.Fields(text); demonyms[f[len(f)-1]] {
		return nil // "Italian", "South African": adjectives, not short forms
	}
	if _, ok := s.g.Place(text); ok {
		return nil
	}
	var fits []*entity
	for _, e := range s.ents {
		for _, n := range e.names {
			ok := false
			switch e.typ {
			case model.EntityOrganisation:
				ok = strings.HasPrefix(n, text+" ") && !orgHeads[text]
			case model.EntityPerson:
				f := strings.Fields(n)
				ok = len(f) > 1 && f[len(f)-1] == text
			}
			if ok && !slices.Contains(fits, e) {
				fits = append(fits, e)
			}
		}
	}
	if len(fits) == 1 {
		return fits[0]
	}
	var before []*entity
	for _, e := range fits {
		if p, ok := firstSeen[e]; ok && p < pos {
			before = append(before, e)
		}
	}
	if len(before) == 1 {
		return before[0]
	}
	return nil // ambiguous
}

// places finds places: gazetteer names, "X-based" compounds, and
// capitalised words after "in", "at", "from" that name nothing else.
func (s *state) places() {
	for _, c := range s.cands {
		if c.kind != kUnknown {
			continue
		}
		if p, ok := s.g.Place(c.text); ok {
			c.kind, c.ent = kPlace, s.newEntity(model.EntityPlace, p.Name)
			continue
		}
		if e := s.byName[c.text]; e != nil && e.typ == model.EntityPlace {
			c.kind, c.ent = kPlace, e // a place found earlier by its context
			continue
		}
		if s.placeContext(c) || s.geoNounAfter(c) || s.geoSuffix(c) {
			c.kind, c.ent = kPlace, s.newEntity(model.EntityPlace, c.text)
		}
	}
	s.datelines()
	// compounds and capitals: "Barcelona-based", "GDANSK,"
	for si, sent := range s.doc.Sentences {
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			t := s.doc.Tokens[i]
			if s.caps[sent.Paragraph] && !isAllCaps(t.Text) {
				continue
			}
			if k, w := hyphen(t.Text); k > 0 && isCap(t.Text) {
				head, suf := t.Text[:k], t.Text[k+w:]
				start := t.Start
				// "St. Petersburg-based"
				if i >= 2 && s.tok(i-1) == "." && nameAbbrevs[s.tok(i-2)] && s.adjacent(i-2, i-1) {
					head = s.tok(i-2) + ". " + head
					start = s.doc.Tokens[i-2].Start
				}
				_, known := s.g.Place(head)
				if s.byName[head] == nil && (known || compoundSuffixes[suf] && !stopCaps[head]) {
					e := s.newEntity(model.EntityPlace, head)
					stop := t.Start + len([]rune(t.Text[:k]))
					s.cands = append(s.cands, &cand{first: i, end: i + 1, start: start, stop: stop, text: s.doc.Slice(model.Span{Start: start, End: stop}), sent: si, kind: kPlace, ent: e})
				}
				continue
			}
			if isAllCaps(t.Text) && len([]rune(t.Text)) >= 4 && s.byName[t.Text] == nil {
				r := []rune(strings.ToLower(t.Text))
				r[0] = unicode.ToUpper(r[0])
				if p, ok := s.g.Place(string(r)); ok {
					e := s.newEntity(model.EntityPlace, p.Name)
					s.link(e, t.Text)
				}
			}
		}
	}
}

// geoNounAfter: "Finland's Ostrobothnia region", "the Kvarken strait": a
// lone unknown name followed by a geographic noun.
func (s *state) geoNounAfter(c *cand) bool {
	if c.end-c.first != 1 || isAllCaps(c.text) || c.initial || s.lower[strings.ToLower(c.text)] || demonyms[c.text] {
		return false
	}
	return geoNouns[s.tok(c.end)]
}

// geoSuffix: "Khalifa Port", "Canvey Island": a name of two or three words
// ending in a geographic word.
func (s *state) geoSuffix(c *cand) bool {
	w := s.words(c)
	return len(w) >= 2 && len(w) <= 3 && geoSuffixes[w[len(w)-1]] && !c.initial
}

// datelines finds a wire dateline's city in capitals at the start of a
// paragraph: "LOS ANGELES —", "GDANSK, June 15".
func (s *state) datelines() {
	for _, sent := range s.doc.Sentences {
		p := s.doc.Paragraphs[sent.Paragraph]
		if s.caps[sent.Paragraph] || sent.Start != p.Start {
			continue
		}
		k := sent.FirstToken
		var words []string
		for k < sent.EndToken && len(words) < 3 && isAllCaps(s.tok(k)) {
			words = append(words, s.tok(k))
			k++
		}
		if len(words) < 2 || k >= sent.EndToken {
			continue // one word is handled with the other capitals
		}
		switch s.tok(k) {
		case ",", "—", "–", "-", "(":
		default:
			continue
		}
		title := make([]string, len(words))
		for i, w := range words {
			r := []rune(strings.ToLower(w))
			r[0] = unicode.ToUpper(r[0])
			title[i] = string(r)
		}
		if p, ok := s.g.Place(strings.Join(title, " ")); ok {
			s.link(s.newEntity(model.EntityPlace, p.Name), strings.Join(words, " "))
		}
	}
}

// placeContext: "terminals in Gothenburg and Helsingborg", "from Oban to
// the Hebrides", "offices in Bergen, Piraeus and Busan".
func (s *state) placeContext(c *cand) bool {
	words := s.words(c)
	if len(words) > 2 {
		return false
	}
	for _, w := range words {
		if isAllCaps(w) || orgHeads[w] || stopCaps[w] || strings.ContainsAny(w, "'’") {
			return false
		}
	}
	k := c.first - 1
	if s.tok(k) == "the" {
		if len(words) > 1 {
			return false // "to the Polizia Postale": a body, not a place
		}
		k--
	}
	// walk back over a list: "in Bergen, Piraeus and Busan"
	for hops := 0; hops < 4 && s.inSentence(k, c.sent); hops++ {
		t := s.tok(k)
		if placePrepositions[t] && (len(words) == 1 || broadPrepositions[t]) || t == "of" && placeNouns[s.tok(k-1)] {
			return true
		}
		if t != "," && t != "and" && t != "or" && t != "–" && t != "-" && t != "/" {
			return false
		}
		// the list item before must itself be a place
		prevPlace := false
		if d := s.candEndingAt(k); d != nil && d.kind == kPlace {
			if _, known := s.g.Place(d.text); known && len(words) == 1 && (t == "and" || t == "or") {
				return true // "Le Havre and Rouen"
			}
			if len(words) == 1 && (t == "–" || t == "-" || t == "/") && s.adjacent(k-1, k) && s.adjacent(k, k+1) {
				return true // "the Vaasa–Umeå route"
			}
			prevPlace = true
			k = d.first - 1
			if s.tok(k) == "the" {
				k--
			}
		}
		if !prevPlace {
			return false
		}
	}
	return false
}

// candEndingAt returns the candidate whose last token is just before
// token k, or nil. Candidates are in text order, so a binary search finds it.
func (s *state) candEndingAt(k int) *cand {
	i := sort.Search(len(s.cands), func(i int) bool { return s.cands[i].end >= k })
	if i < len(s.cands) && s.cands[i].end == k {
		return s.cands[i]
	}
	return nil
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
		sent := s.doc.Sentences[c.sent]
		if s.r.prose.label(s.doc.Slice(sent.Span), c.text) == "PERSON" {
			c.kind, c.ent = kPerson, s.newEntity(model.EntityPerson, c.text)
		}
	}
}

// mentions records every occurrence of every entity's names, token-aligned,
// longest name first; in paragraphs set in capitals the match ignores case.
func (s *state) mentions() {
	type nm struct {
		words []string
		e     *entity
	}
	var names []nm
	for _, e := range s.ents {
		for _, n := range e.names {
			names = append(names, nm{strings.Fields(n), e})
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].words) > len(names[j].words) })
	// index by the first letter, folded, so each token tries few names
	byFirst := map[rune][]nm{}
	for _, n := range names {
		r, _ := utf8.DecodeRuneInString(n.words[0])
		r = unicode.ToLower(r)
		byFirst[r] = append(byFirst[r], n)
	}
	toks := s.doc.Tokens
	used := make([]bool, len(toks))
	// compound places first: they are sub-token spans
	for _, c := range s.cands {
		if c.kind == kPlace && c.stop-c.start < toks[c.first].End-toks[c.first].Start {
			c.ent.mentions = append(c.ent.mentions, model.Mention{Start: c.start, End: c.stop, Text: c.text})
			used[c.first] = true
		}
	}
	for i := 0; i < len(toks); i++ {
		if used[i] {
			continue
		}
		first, _ := utf8.DecodeRuneInString(toks[i].Text)
		cands := byFirst[unicode.ToLower(first)]
		if len(cands) == 0 {
			continue
		}
		capsPara := s.caps[s.doc.Sentences[toks[i].Sentence].Paragraph]
		for _, n := range cands {
			if s.matchAt(i, n.words, capsPara) {
				end := i + s.span(i, n.words)
				m := model.Mention{Start: toks[i].Start, End: toks[end-1].End}
				m.Text = s.doc.Slice(model.Span{Start: m.Start, End: m.End})
				n.e.mentions = append(n.e.mentions, m)
				for k := i; k < end; k++ {
					used[k] = true
				}
				i = end - 1
				break
			}
		}
	}
}

// span is the number of tokens name words cover from i (names are split
// on spaces; tokens also split "Lloyd's" and "Hauliers’").
func (s *state) span(i int, words []string) int {
	n := 0
	for _, w := range words {
		want := w
		for want != "" {
			if i+n >= len(s.doc.Tokens) {
				return n
			}
			t := s.doc.Tokens[i+n].Text
			want = want[min(len(t), len(want)):]
			n++
		}
	}
	return n
}

func (s *state) matchAt(i int, words []string, fold bool) bool {
	toks := s.doc.Tokens
	k := i
	for wi, w := range words {
		rest := w
		for rest != "" {
			if k >= len(toks) {
				return false
			}
			if wi > 0 && rest == w && k > i && toks[k-1].End == toks[k].Start {
				return false // words of a name are separated by space
			}
			t := toks[k].Text
			if len(t) > len(rest) {
				return false
			}
			if !(rest[:len(t)] == t || fold && strings.EqualFold(rest[:len(t)], t)) {
				return false
			}
			rest = rest[len(t):]
			k++
		}
	}
	// a name must end at a token boundary that is not mid-word
	if k < len(toks) && toks[k].Start == toks[k-1].End && !strings.HasPrefix(toks[k].Text, "'") && !strings.HasPrefix(toks[k].Text, "’") {
		if r := []rune(toks[k].Text); unicode.IsLetter(r[0]) || unicode.IsDigit(r[0]) {
			return false
		}
	}
	if i > 0 && toks[i-1].End == toks[i].Start {
		if r := []rune(toks[i-1].Text); unicode.IsLetter(r[len(r)-1]) {
			return false
		}
	}
	return true
}

// result orders entities by first mention and builds the records.
func (s *state) result() []model.Entity {
	var live []*entity
	for _, e := range s.ents {
		if len(e.mentions) == 0 {
			continue
		}
		sort.Slice(e.mentions, func(i, j int) bool { return e.mentions[i].Start < e.mentions[j].Start })
		e.first = e.mentions[0].Start
		live = append(live, e)
	}
	sort.SliceStable(live, func(i, j int) bool { return live[i].first < live[j].first })
	out := make([]model.Entity, 0, len(live))
	for i, e := range live {
		name := e.names[0]
		for _, n := range e.names {
			if len([]rune(n)) > len([]rune(name)) && !isAllCaps(n) {
				name = n
			}
		}
		if e.typ == model.EntityPlace {
			name = e.names[0]
		}
		aliases := []string{}
		for _, n := range e.names {
			if n != name && !(e.typ == model.EntityPlace && isAllCaps(n)) {
				aliases = append(aliases, n)
			}
		}
		out = append(out, model.Entity{
			ID:       fmt.Sprintf("e%d", i+1),
			Type:     e.typ,
			Name:     name,
			Aliases:  aliases,
			Role:     e.role,
			Mentions: e.mentions,
		})
	}
	return out
}
