package dehyphen

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// suspended lists the words after which a line-end hyphen is a suspended hyphen
// ("first-\nand second-tier") and the line break is kept.
var suspended = map[string]bool{"and": true, "or": true, "nor": true, "to": true, "und": true, "et": true, "as": true}

// boundSuffix lists suffixes that are also words ("ness", "less", "ing"): a compound never
// ends in one, a typesetter's break often does ("kind-ness", "head-ing").
var boundSuffix = setOf("ment", "ments", "ness", "ing", "ings", "ed", "er", "ers", "est", "less", "ly", "fully",
	"ful", "able", "ably", "ible", "al", "ally", "ion", "ions", "tion", "tions", "ance", "ence", "ous", "ive",
	"ity", "ize", "ise", "ised", "ized", "ward", "wards", "ism", "ist", "ists", "age", "ages", "ship", "ships",
	"ty", "ry", "ic", "ics", "ate", "ated", "ates")

// boundPrefix lists prefixes that are also words ("con", "dis"): English almost never keeps
// them apart with a hyphen, a typesetter's break often does ("un-qualified", "con-sequently").
var boundPrefix = setOf("un", "in", "im", "il", "ir", "dis", "con", "com", "col", "cor", "de", "en", "em",
	"per", "be", "ab", "ad", "ac", "af", "ag", "al", "ap", "as", "at", "ob", "oc", "op", "sup", "sus", "mis",
	"pro", "inter")

// closedFirst and closedSecond list the function words that form closed compounds
// ("every-where", "any-body", "with-drawn", "up-stairs"): English writes these solid.
var closedFirst = setOf("any", "every", "some", "no", "with", "where", "there", "here", "what", "when",
	"who", "how", "up", "down", "out", "in", "on", "after", "be", "fore", "for", "hence",
	"thence", "to", "be", "him", "her", "them", "my", "your", "our", "it", "one", "back", "through", "thorough")

var closedSecond = setOf("body", "one", "thing", "where", "self", "selves", "ever", "soever", "how",
	"ward", "wards", "stairs", "with", "by", "upon", "what", "while", "more", "less", "ness", "fore")

// doubledSuffix lists what follows a doubled consonant at the end of a word ("trimmed").
var doubledSuffix = setOf("ed", "en", "er", "ers", "est", "ing", "ings", "y", "ies", "ied", "ish", "able",
	"ably", "ery", "ly", "el", "le", "les", "led", "ling", "ler", "ow", "on", "ons", "et", "ets")

// notCompound reports morphological signs that l+r is one word broken by a typesetter rather
// than a compound of two words: a bound suffix or prefix, a tiny part, a doubled consonant
// split at the junction ("trim-med"), or a closed compound of function words ("any-body").
func notCompound(l, r string) bool {
	if boundSuffix[r] || boundPrefix[l] || ingSplit(r) || (len(r) <= 2 && !particle[r]) || (len(l) <= 2 && !particle[l]) {
		return true
	}
	if c := l[len(l)-1]; c == r[0] && !isVowel(c) && len(l) >= 2 && isVowel(l[len(l)-2]) && doubledSuffix[r[1:]] {
		return true // a doubled consonant split before its suffix: "trim-med", "big-ger"
	}
	return closedFirst[l] || closedSecond[r]
}

// ingSplit reports whether r is a consonant and "ing" or "ings" ("hun-ting", "boo-kings"):
// where a typesetter breaks an -ing form, and no compound ends. Consonants that start the
// heads of real compounds ("left-wing", "key-ring") are left out.
func ingSplit(r string) bool {
	if (len(r) == 4 || len(r) == 5) && strings.HasPrefix(r[1:], "ing") && (len(r) == 4 || r[4] == 's') {
		return strings.IndexByte("tdnmlpbgksc", r[0]) >= 0
	}
	return false
}

// hyphenPrefix lists prefixes that English keeps apart with a hyphen ("self-made",
// "non-profit", "over-bright").
var hyphenPrefix = setOf("self", "ex", "all", "half", "well", "non", "quasi", "semi", "multi", "anti",
	"over", "under", "counter", "cross", "mid", "post", "ultra", "pseudo", "neo")

// closedPrefix lists the prefixes of hyphenPrefix that English mostly writes solid: a
// common joined word says the break is a typesetter's ("under-stand", "over-view").
var closedPrefix = setOf("over", "under", "counter")

// particle lists short words that end genuine compounds ("run-up", "no-op", "to-do").
var particle = setOf("up", "in", "on", "by", "to", "go", "do", "no", "me", "us", "it", "so", "at", "of", "op", "ops", "off", "out")

// participleCompound reports whether l-r looks like a compound adjective: a common word of
// three letters or more before a participle ("single-handed", "long-standing",
// "warm-hearted").
func participleCompound(l, r string, lvL int) bool {
	return lvL == 1 && len(l) > 2 && (strings.HasSuffix(r, "ed") || strings.HasSuffix(r, "ing"))
}

// phrasalParticle reports whether r is an adverb particle, or its plural, that ends a
// noun made from a phrasal verb ("set-up", "back-ups", "plug-ins", "time-out").
func phrasalParticle(r string) bool {
	switch r {
	case "up", "ups", "in", "ins", "out", "outs", "on", "ons", "off", "offs", "by", "down", "downs", "over", "overs":
		return true
	}
	return false
}

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// decide sets the action of every site. dc gives the document counts; rv, when not nil,
// limits the first round to the chains a later pass must decide again.
func (r *Repairer) decide(text string, sites []site, dc *documentCounts, rv *revisit) {
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
	// Chains: maximal runs of sites whose letter runs touch ("cyber-at-tack").
	chains := make([]*chain, 0, len(sites))
	store := make([]chain, 0, len(sites))
	index := make([]int, len(sites)) // backs the chains' site lists
	strs := make([]string, 0, 5*len(sites))
	for i := range sites {
		index[i] = i
		if i > 0 && adjacent(&sites[i-1], &sites[i]) {
			c := chains[len(chains)-1]
			c.sites = index[c.sites[0] : i+1]
			continue
		}
		store = append(store, chain{sites: index[i : i+1]})
		chains = append(chains, &store[len(store)-1])
	}
	ix := &textIndex{counts: dc}
	for _, c := range chains {
		strs = c.init(text, sites, strs)
		c.index = ix
	}
	solve := make([]bool, len(chains))
	counted := make([]bool, len(chains))
	// count gives the document counts of the chains to solve, all at once.
	count := func() {
		var ws []string
		for ci, c := range chains {
			if solve[ci] && !counted[ci] {
				ws = append(ws, c.need...)
				counted[ci] = true
			}
		}
		dc.ensure(ws)
	}
	for ci, c := range chains {
		solve[ci] = rv == nil || rv.chain(sites, c)
	}
	count()
	ev := newEvidence(len(chains))
	for _, c := range chains {
		ev.add(c, sites, currentJoins(sites, c.sites), 1)
	}
	for range 8 {
		// Chains are judged in order, each with the evidence of the decisions so far; the
		// next round judges again the chains whose evidence a change touched.
		touched := map[string]bool{}
		changed := false
		for ci, c := range chains {
			if !solve[ci] {
				continue
			}
			old := currentJoins(sites, c.sites)
			if !r.solveChain(text, sites, c, dc.counts, ev) {
				continue
			}
			changed = true
			if next := currentJoins(sites, c.sites); !slices.Equal(old, next) {
				ev.touched = touched
				ev.add(c, sites, old, -1)
				ev.add(c, sites, next, 1)
				ev.touched = nil
			}
		}
		if !changed {
			break
		}
		for ci, c := range chains {
			solve[ci] = touches(c.need, touched)
		}
		count()
	}
	r.effective(text, sites)
}

// evidence is what the text will hold once the current decisions are carried out: the words
// joined repairs produce, the letter runs they absorb, and the hyphenated forms that stay in
// the middle of a line. A hyphen at a line end is no evidence that its form is genuine: it is
// far more often a typesetter's, and the same word broken at the same place twice must not
// vouch for itself.
type evidence struct {
	joined, lost, hyph map[string]int
	// touched, when not nil, collects every word and form add changes, a form as the word
	// it would join into ("well-known" as "wellknown").
	touched map[string]bool
}

// newEvidence makes an empty evidence for about n chains.
func newEvidence(n int) *evidence {
	return &evidence{joined: make(map[string]int, n/4), lost: make(map[string]int, n/2), hyph: make(map[string]int, n)}
}

// chain is a maximal run of sites whose letter runs touch ("cyber-at-tack").
type chain struct {
	sites     []int    // indices of its sites
	raw, runs []string // its letter runs as written and in lower case
	need      []string // the joined words it could produce, counted in the text
	// joined and hyph are, for a chain of one site, the joined word and the hyphenated form.
	joined, hyph string
	// index answers the pass's questions about its text; every chain of the pass shares it.
	index *textIndex
	// levels holds, for a chain of one site, the lexicon levels of its word and parts once
	// judged.
	levels wordLevels
	// ids holds, for a chain of one site, how often its joined word spells an identifier
	// (see identifierUses) once judged.
	ids identifierCounts
}

// identifierCounts are the counts identifierUses finds for a joined word.
type identifierCounts struct {
	known         bool
	humps, snaked int
}

// wordLevels are the lexicon levels decideLetters finds for a joined word and its parts.
type wordLevels struct {
	known   bool
	j, l, r int
}

// init sets the runs and words of c from its sites. Its strings are appended to strs, whose
// capacity it uses when it can; init returns strs.
func (c *chain) init(text string, sites []site, strs []string) []string {
	n := len(c.sites) + 1
	k := len(strs)
	strs = append(strs, text[sites[c.sites[0]].lStart:sites[c.sites[0]].hStart])
	for _, i := range c.sites {
		strs = append(strs, text[sites[i].wsEnd:sites[i].rEnd])
	}
	c.raw = strs[k : k+n : k+n]
	for _, w := range c.raw {
		strs = append(strs, strings.ToLower(w))
	}
	c.runs = strs[k+n : k+2*n : k+2*n]
	if n == 2 {
		c.joined = c.runs[0] + c.runs[1]
		c.hyph = c.runs[0] + "-" + c.runs[1]
		strs = append(strs, c.joined)
		c.need = strs[k+2*n : k+2*n+1 : k+2*n+1]
		return strs
	}
	for a := 0; a < len(c.runs); a++ {
		for b := a + 2; b <= len(c.runs) && b-a <= maxChain+1; b++ {
			c.need = append(c.need, strings.Join(c.runs[a:b], ""))
		}
	}
	return strs
}

// currentJoins returns the current join decisions of a chain.
func currentJoins(sites []site, c []int) []bool {
	joins := make([]bool, len(c))
	for k, i := range c {
		joins[k] = sites[i].act == actJoin
	}
	return joins
}

// add adds (sign 1) or removes (sign -1) the contribution of chain c under joins.
func (ev *evidence) add(c *chain, sites []site, joins []bool, sign int) {
	if len(c.sites) == 1 { // the common case, without building strings
		if joins[0] {
			ev.bump(ev.joined, c.joined, sign)
			ev.bump(ev.lost, c.runs[0], sign)
			ev.bump(ev.lost, c.runs[1], sign)
		} else if s := &sites[c.sites[0]]; !s.fixed && s.letters && !s.newline {
			ev.bump(ev.hyph, c.hyph, sign)
		}
		return
	}
	runs := c.runs
	for k := 0; k < len(c.sites); {
		if !joins[k] {
			if s := &sites[c.sites[k]]; !s.fixed && s.letters && !s.newline {
				ev.bump(ev.hyph, blockLeft(runs, joins, k)+"-"+blockRight(runs, joins, k), sign)
			}
			k++
			continue
		}
		lo := k
		for k < len(c.sites) && joins[k] {
			k++
		}
		ev.bump(ev.joined, strings.Join(runs[lo:k+1], ""), sign)
		for _, r := range runs[lo : k+1] {
			ev.bump(ev.lost, r, sign)
		}
	}
}

// bump adds sign to m[key], and notes key when ev collects what it touches.
func (ev *evidence) bump(m map[string]int, key string, sign int) {
	m[key] += sign
	if ev.touched != nil {
		ev.touched[strings.ReplaceAll(key, "-", "")] = true
	}
}

// blockLeft is the (lower-case) word left of site k of a chain, through joined sites.
func blockLeft(runs []string, joins []bool, k int) string {
	lo := k
	for lo > 0 && joins[lo-1] {
		lo--
	}
	return strings.Join(runs[lo:k+1], "")
}

// blockRight is the word right of site k, through joined sites.
func blockRight(runs []string, joins []bool, k int) string {
	hi := k + 1
	for hi < len(joins) && joins[hi] {
		hi++
	}
	return strings.Join(runs[k+1:hi+1], "")
}

// touches reports whether a chain that could join into the words ws is affected by the
// changes dirty lists.
func touches(ws []string, dirty map[string]bool) bool {
	if len(dirty) == 0 {
		return false
	}
	for _, w := range ws {
		if dirty[w] {
			return true
		}
	}
	return false
}

// maxChain is the longest chain of undecided sites whose assignments are enumerated; longer
// chains grow their joins site by site.
const maxChain = 4

// solveChain decides the undecided sites of one chain. Every assignment of join/keep is
// tried; an assignment is accepted when each site, judged with the letter runs and the
// document evidence that the assignment produces, agrees with it (a fixed point, so that
// repairing the output again changes nothing). Among fixed points, joins at line-end hyphens
// and then joins further left are preferred; with none, the sites are kept. A chain of more
// than maxChain undecided sites grows its joins site by site instead, and keeps them only
// at a fixed point. It reports whether an action changed.
func (r *Repairer) solveChain(text string, sites []site, chn *chain, counts map[string]int, ev *evidence) bool {
	c, runs, raw := chn.sites, chn.runs, chn.raw
	var free []int // positions in c of undecided sites
	for k, i := range c {
		if !sites[i].fixed {
			free = append(free, k)
		}
	}
	if len(free) == 0 {
		return false
	}
	// the evidence of the rest of the text
	cur := currentJoins(sites, c)
	ev.add(chn, sites, cur, -1)
	defer ev.add(chn, sites, cur, 1)
	type verdict struct {
		act    int
		reason string
	}
	n := len(free)
	var final []verdict
	// judge decides site k of the chain in the context of the assignment joins, whose
	// contribution ev holds.
	judge := func(k int, joins []bool) (int, string) {
		s := sites[c[k]] // a copy: judged in this assignment's context
		lo := k
		for lo > 0 && joins[lo-1] {
			lo--
		}
		hi := k + 1
		for hi < len(c) && joins[hi] {
			hi++
		}
		s.effL = strings.Join(runs[lo:k+1], "")
		s.effR = strings.Join(runs[k+1:hi+1], "")
		s.rawL = strings.Join(raw[lo:k+1], "")
		s.rawR = strings.Join(raw[k+1:hi+1], "")
		s.effStart = sites[c[lo]].lStart
		s.key = s.effL + "-" + s.effR
		if hi > k+1 {
			s.apos = ""
		}
		j := s.effL + s.effR
		cj := counts[j] - ev.lost[j] + ev.joined[j]
		ids := chn.ids
		if !ids.known {
			ids.humps, ids.snaked = chn.index.counts.identifierUses(j, len(s.effL))
			if len(c) == 1 { // the runs are the same in every assignment
				ids.known = true
				chn.ids = ids
			}
		}
		if c, _ := utf8.DecodeRuneInString(s.rawR); ids.humps > 0 && !unicode.IsUpper(c) {
			cj -= ids.humps // "os.PathLike" does not spell "path-like" solid
		}
		if ids.snaked > 0 && plainToken(text, &s) {
			cj -= ids.snaked // "call_soon_threadsafe" does not spell the prose "thread-safe" solid
		}
		// The hyphenated form counts in the singular and the plural: "pseudo-header" in
		// the middle of a line vouches for "pseudo-headers" too.
		ch := ev.hyph[s.key]
		if one, ok := strings.CutSuffix(s.key, "s"); ok {
			ch += ev.hyph[one]
		} else {
			ch += ev.hyph[s.key+"s"]
		}
		if joins[k] {
			cj-- // its own word is no evidence for itself
		} else if !s.newline {
			ch-- // nor its own form, which counts only in the middle of a line
		}
		if len(c) == 1 {
			s.levels = &chn.levels // the runs are the same in every assignment
		}
		return r.decideLetters(text, &s, cj, ch, chn.index)
	}
	if n > maxChain {
		// Too many sites to enumerate ("as-close-to-cer-tain-as-we-ever-get"): joins are
		// added round by round, each to a site that wants it in the context of the joins
		// made so far while no undecided neighbour wants one too; the result stands only if
		// every site then agrees with it (a fixed point), else the sites are kept.
		joins := make([]bool, len(c))
		for k, i := range c {
			joins[k] = sites[i].act == actJoin && sites[i].fixed
		}
		want := make([]bool, n)
		for round := 0; round < n; round++ {
			ev.add(chn, sites, joins, 1)
			for b, k := range free {
				act, _ := judge(k, joins)
				want[b] = !joins[k] && act == actJoin
			}
			ev.add(chn, sites, joins, -1)
			grown := false
			for b, k := range free {
				if want[b] && !(b > 0 && free[b-1] == k-1 && want[b-1]) && !(b+1 < n && free[b+1] == k+1 && want[b+1]) {
					joins[k], grown = true, true
				}
			}
			if !grown {
				break
			}
		}
		final = make([]verdict, n)
		ev.add(chn, sites, joins, 1)
		agreed := true
		for b, k := range free {
			act, reason := judge(k, joins)
			final[b] = verdict{act, reason}
			agreed = agreed && (act == actJoin) == joins[k]
		}
		ev.add(chn, sites, joins, -1)
		for b, k := range free {
			if !agreed || final[b].act != actJoin { // kept as where no assignment is a fixed point
				final[b] = verdict{actLeave, ""}
				if sites[c[k]].newline {
					final[b] = verdict{actClose, ReasonLineBreak}
				}
			}
		}
	}
	if n <= maxChain {
		verdicts := make([][]verdict, 1<<n)
		agree := make([]int, 1<<n) // bit b: free site b agrees with the assignment
		scores := make([]int, 1<<n)
		joins := make([]bool, len(c))
		for mask := 0; mask < 1<<n; mask++ {
			for k, i := range c {
				joins[k] = sites[i].act == actJoin && sites[i].fixed
			}
			for b, k := range free {
				joins[k] = mask&(1<<b) != 0
			}
			ev.add(chn, sites, joins, 1)
			vs := make([]verdict, n)
			for b, k := range free {
				act, reason := judge(k, joins)
				vs[b] = verdict{act, reason}
				if (act == actJoin) == joins[k] {
					agree[mask] |= 1 << b
				}
				if joins[k] {
					scores[mask] += 2 * (len(c) - k)
					if act == actJoin && reason != ReasonPattern {
						// a join the lexicon or the document vouches for outweighs joins
						// that only a break pattern allows ("policyd-spf-py-thon": python)
						scores[mask] += 4 * len(c)
					}
					if sites[c[k]].newline {
						scores[mask] += 4 * len(c)
					}
				}
			}
			ev.add(chn, sites, joins, -1)
			verdicts[mask] = vs
		}
		all := 1<<n - 1
		// the best fixed point, or no joins at all
		f, best := 0, -1
		for mask := 0; mask < 1<<n; mask++ {
			if agree[mask] == all && scores[mask] > best {
				f, best = mask, scores[mask]
			}
		}
		final = make([]verdict, n)
		for b, k := range free {
			final[b] = verdicts[f][b]
			if f&(1<<b) == 0 && final[b].act == actJoin { // no fixed point: keep
				final[b] = verdict{actLeave, ""}
				if sites[c[k]].newline {
					final[b] = verdict{actClose, ReasonLineBreak}
				}
			}
		}
		// Grow it while a larger assignment satisfies every site outside f: once f's joins
		// are made those sites alone remain, and they must not want more joins.
		for {
			next, nbest := -1, -1
			for mask := 0; mask < 1<<n; mask++ {
				if mask&f == f && mask != f && agree[mask]|f == all && scores[mask] > nbest {
					next, nbest = mask, scores[mask]
				}
			}
			if next < 0 {
				break
			}
			for b := range n {
				if f&(1<<b) == 0 {
					final[b] = verdicts[next][b]
				}
			}
			f = next
		}
	}
	changed := false
	for b, k := range free {
		s := &sites[c[k]]
		v := verdict{actLeave, ""}
		if final != nil {
			v = final[b]
		} else if s.newline {
			v = verdict{actClose, ReasonLineBreak}
		}
		if v.act != s.act || v.reason != s.reason {
			s.act, s.reason = v.act, v.reason
			changed = true
		}
	}
	return changed
}

// effective computes the lower-case letter runs of every site, extended through neighbouring
// sites that are joined ("cyber-at-tack": the second site joins, so the first sees "attack").
func (r *Repairer) effective(text string, sites []site) {
	for i := range sites {
		s := &sites[i]
		s.rawL = text[s.lStart:s.hStart]
		s.effStart = s.lStart
		if i > 0 && adjacent(&sites[i-1], s) && sites[i-1].act == actJoin {
			s.rawL = sites[i-1].rawL + s.rawL
			s.effStart = sites[i-1].effStart
		}
		s.effL = strings.ToLower(s.rawL)
	}
	for i := len(sites) - 1; i >= 0; i-- {
		s := &sites[i]
		s.rawR = text[s.wsEnd:s.rEnd]
		if i+1 < len(sites) && adjacent(s, &sites[i+1]) && sites[i+1].act == actJoin {
			s.rawR += sites[i+1].rawR
		}
		s.effR = strings.ToLower(s.rawR)
		s.key = s.effL + "-" + s.effR
	}
}

// adjacent reports whether the right run of a is the left run of b.
func adjacent(a, b *site) bool { return a.rEnd == b.hStart && b.lStart == a.wsEnd }

// decideLetters decides a hard hyphen between letters. cj counts the joined word elsewhere
// in the text; ch counts the other hyphenated occurrences of the same split in the middle
// of a line; ix answers whether a part stands alone in the text and whether the joined word
// occurs near the hyphen.
func (r *Repairer) decideLetters(text string, s *site, cj, ch int, ix *textIndex) (int, string) {
	rawL, rawR := s.rawL, s.rawR
	keep := func() (int, string) {
		if s.wsEnd == s.hEnd || suspended[s.effR] || (allUpper(rawL) && allUpper(rawR) && !s.newline) {
			// in-line, a suspended hyphen, or a separator in capitals ("TECHNOLOGY- RESEARCH");
			// capitals across a line break are a compound ("CD-\nROM")
			return actLeave, ""
		}
		return actClose, ReasonLineBreak
	}
	l, rr := s.effL, s.effR
	if utf8.RuneCountInString(l) < 2 || utf8.RuneCountInString(rr) < 2 {
		return keep()
	}
	if allUpper(rawL) && allUpper(rawR) {
		// capitals on both sides: an abbreviation's compound ("MS-DOS", "CD-ROM") or a
		// separator; typesetters do not break words set in capitals
		return keep()
	}
	rUp, _ := utf8.DecodeRuneInString(rawR)
	if unicode.IsUpper(rUp) {
		if rawL == "Mc" && !allUpper(rawR) {
			return actJoin, ReasonPattern // "Mc-Carthy": Mc heads one name, never a compound
		}
		if cj > ch && !allUpper(rawR) {
			// "Key-Error" where "KeyError" occurs elsewhere, and more often than hyphenated
			// ("Mc-Carthy", broken at the same place at every line end it reaches)
			return actJoin, ReasonDocument
		}
		if inCode(text, s) && hasVowel(l) && hasVowel(rr) && r.validBreak(l+rr, len(l)) {
			// a CamelCase identifier in a dotted name ("concurrent.futures.Thread-PoolExecutor",
			// "unittest.TestCase.long-Message"): identifiers hold no hyphen
			return actJoin, ReasonPattern
		}
		return keep()
	}
	// solidAtLineEnd: the hyphen ends a line and the document writes the joined word more
	// often than the hyphenated one ("co-\nordinates" beside "coordinates"); a listed
	// compound is then a typesetter's break all the same
	solidAtLineEnd := s.newline && cj > 0 && cj > ch
	if r.isCompound(s) && !solidAtLineEnd {
		// a listed compound ("re-cover", "co-operate")
		return keep()
	}
	j := l + rr
	var lvJ, lvL, lvR int
	if s.levels != nil && s.levels.known {
		lvJ, lvL, lvR = s.levels.j, s.levels.l, s.levels.r
	} else {
		lvJ = r.wordLevel(j)
		if lvJ == 0 && s.apos != "" {
			lvJ = r.wordLevel(j + s.apos)
		}
		lvL, lvR = r.partLevel(l), r.partLevel(rr)
		if lvJ == 0 && (lvL == 0 || lvR == 0) && r.derivedWord(j, len(l)) {
			lvJ = 4 // a rare word at best
		}
		if s.levels != nil {
			*s.levels = wordLevels{known: true, j: lvJ, l: lvL, r: lvR}
		}
	}
	// validBreak is r.validBreak(j, len(l)), found once
	vb := 0
	validBreak := func() bool {
		if vb == 0 {
			vb = 2
			if r.validBreak(j, len(l)) {
				vb = 1
			}
		}
		return vb == 1
	}
	if lvJ != 1 && r.hyphenated.has(s.key) && !solidAtLineEnd {
		// a compound that WordNet spells with a hyphen ("pince-nez", "stand-alone",
		// "co-workers"), unless its solid form is a common word, which WordNet may also list
		// in an older spelling ("life-time", "law-makers")
		return keep()
	}
	if inPhrase(text, s, lvJ == 0) {
		// a function word between hyphens, and no word when joined or the same word on both
		// sides: a phrase made one word ("Point-to-Point", "state-of-the-art",
		// "day-to-day"), not "in-dexing" or "good-for-tune"
		return keep()
	}
	if inCode(text, s) && hasVowel(l) && hasVowel(rr) && validBreak() {
		// "dict.setde-fault(key)": identifiers hold no hyphen; a name that the text writes
		// hyphenated elsewhere is a command's ("apt-get(8)")
		return actJoin, ReasonPattern
	}
	if lvJ > 0 {
		if lvL == 0 || lvR == 0 {
			return actJoin, ReasonLexicon
		}
		// Both parts are words: "note-book", "built-in", "cyber-attack" may be genuine.
		if capitalized(rawL) && !sentenceStart(text, s.effStart) && validBreak() && ch == 0 &&
			!(lvJ == 1 && lvL == 1 && lvR == 1) {
			// a capitalized word inside a sentence: "Dun-das"; a name, not a noun that
			// older or title-case prose capitalizes ("Candle-light", "Farm-house")
			return actJoin, ReasonLexicon
		}
		docGenuine := ch > 0 && ch+1 > cj // the hyphenated form is at least as usual here
		if docGenuine && ch >= 2 && !ingSplit(rr) {
			return keep()
		}
		if !validBreak() {
			return keep() // no typesetter breaks the word there
		}
		// The joined form elsewhere says the break is a typesetter's, unless the hyphenated
		// form is a noun of a phrasal verb ("set-up" beside "setup"), which writers
		// hyphenate alongside the solid spelling when that is no common word.
		if cj > 0 && !docGenuine && !(lvJ >= 2 && phrasalParticle(rr)) && ix.counts.occursNear(s.hStart, j) {
			return actJoin, ReasonDocument
		}
		if closedPrefix[l] && lvJ == 1 {
			// over-, under-, counter- mostly form solid words ("understand", "overview");
			// they stay apart only in rare forms ("over-bright")
			return actJoin, ReasonLexicon
		}
		// A noun of a phrasal verb is a compound even where its parts would form a closed
		// word ("back-ups", "passers-by").
		if notCompound(l, rr) && !(len(l) >= 3 && phrasalParticle(rr) && !boundPrefix[l]) && !(l == "re" && (lvJ >= 2 || rr[0] == 'e' || strings.HasPrefix(rr, "re"))) &&
			!(l == "co" && (lvJ >= 2 || isVowel(rr[0]))) {
			// "re" and "co" are the short prefixes English keeps apart ("re-run",
			// "co-worker"), always before a vowel they would double or run into ("re-enter",
			// "re-reading", "co-exist"); otherwise only a common joined word ("re-mark",
			// "co-ming") says the break is a typesetter's
			return actJoin, ReasonLexicon
		}
		if s.newline && !docGenuine && !hyphenPrefix[l] && !(lvJ >= 2 && participleCompound(l, rr, lvL)) {
			// A hyphen at a line end is far more often a typesetter's than a compound's,
			// but for a compound adjective whose solid form is rare ("single-handed").
			return actJoin, ReasonLexicon
		}
		if lvJ == 1 && !hyphenPrefix[l] && !phrasalParticle(rr) && (!capitalized(rawL) || sentenceStart(text, s.effStart)) &&
			!r.parts.builtFromParts(j, len(l)) {
			// A common word whose parts are words only by accident ("tar-get", "of-ten",
			// "gene-rate"): no compound of its parts, so the break is a typesetter's. A
			// compound that means what its parts say ("note-book", "arm-chair") stays, and
			// so does a noun of a phrasal verb ("back-ups", "start-up").
			return actJoin, ReasonLexicon
		}
		if docGenuine || lvJ >= 2 || hyphenPrefix[l] || (lvL == 1 && lvR == 1) {
			// a hyphenated compound of two common words, or a rare closed form
			return keep()
		}
		return actJoin, ReasonLexicon
	}
	if (lvL == 0 || lvR == 0) && hasVowel(rr) && r.closedCompound(j, len(l)) && validBreak() {
		// two words written solid, broken inside one of them: "filesy-stem", "backpor-ted",
		// also in an address ("www.xenpro-ject.org")
		return actJoin, ReasonLexicon
	}
	if cj > 0 && cj > ch && (lvL == 0 || lvR == 0 || ch <= 0 || ix.counts.occursNear(s.hStart, j)) {
		// the joined form occurs elsewhere, more often than the hyphenated one, also in an
		// address ("internal.fal-cot.com" where the text names Falcot). Where the text
		// writes two words both ways ("release-notes" in one URL, "releasenotes" in
		// another), the joined one counts only near the hyphen, as for a compound that
		// is a word; a coinage the text writes only solid ("symlinks") counts anywhere.
		return actJoin, ReasonDocument
	}
	if inAddress(text, s.hStart) {
		return keep() // "info@cma-cgm.com", "www.hapag-lloyd.com"
	}
	if lvL == 0 && lvR == 0 && (ix.alone.standsAlone(text, s.hStart, rawL, -1) || ix.alone.standsAlone(text, s.hStart, rawR, s.wsEnd)) {
		// a part the text also uses as a word of its own: a compound of names
		// ("systemd-logind" where "systemd" occurs alone), not a broken word
		return keep()
	}
	if s.newline && (lvL == 0 || lvR == 0) && hasVowel(l) && hasVowel(rr) && validBreak() &&
		!capitalized(rawR) && !allUpper(rawL) && plainToken(text, s) &&
		!(lvL == 0 && (ix.alone.standsAlone(text, s.hStart, rawL, -1) || r.wordLike(l))) &&
		!(lvR == 0 && (ix.alone.standsAlone(text, s.hStart, rawR, s.wsEnd) || r.wordLike(rr))) {
		// At a line end, a word that is no compound of two words, in a plain token, whose
		// part that is no word is no word's fragment either: the typesetter's
		// ("con-\ntaineth"), not a name's ("milter-\ngreylist" where milter occurs alone,
		// "apt-\nlistchanges", "hot-\nswappable", "system-config-\nprinter", "POSIX-\nlike").
		return actJoin, ReasonPattern
	}
	if lvL == 0 && lvR == 0 && hasVowel(rr) && validBreak() && ch <= 0 {
		// two unknown parts at a place a typesetter could break, unless the same form
		// occurs again in the middle of a line ("systemd-networkd" twice)
		return actJoin, ReasonPattern
	}
	if r.prefixedWord(j, len(l)) {
		return actJoin, ReasonLexicon // "subex-pression": prefix + word, broken inside the word
	}
	if capitalized(rawL) && (lvR == 0 || ((lvL == 0 || lvL >= 3) && (lvR >= 3 || len(rr) <= 2))) && (!hasVowel(rr) || validBreak()) {
		return actJoin, ReasonPattern // a proper name: "Maer-sk", "Livor-no"
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
	if strings.IndexByte(w, 0xE2) >= 0 {
		w = strings.ReplaceAll(w, "’", "'")
	}
	return r.lex.level(w)
}

// partLevel is wordLevel for one side of a hyphen; a part without a vowel ("th", "st") is
// an abbreviation at best and counts as no word.
func (r *Repairer) partLevel(w string) int {
	if !hasVowel(w) {
		return 0
	}
	return r.wordLevel(w)
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

// prefixes that form closed words from any word ("subexpression", "misconfiguration").
var wordPrefixes = []string{"sub", "un", "de", "re", "mis", "dis", "auto", "pre", "over", "under", "inter",
	"multi", "micro", "macro", "meta", "hyper", "super", "trans", "anti", "co", "counter", "cyber", "bio",
	"geo", "tele", "semi", "post", "out", "up", "down", "non", "in", "im"}

// prefixedWord reports whether lower-case j is a prefix followed by a lexicon word of at
// least four letters, and the break before byte k is not at the prefix boundary.
func (r *Repairer) prefixedWord(j string, k int) bool {
	for _, p := range wordPrefixes {
		if len(j)-len(p) >= 4 && strings.HasPrefix(j, p) && k != len(p) && r.lex.level(j[len(p):]) > 0 {
			return true
		}
	}
	return false
}

// wordLike reports whether lower-case w, no word of the lexicon, is built of words: two
// written solid ("listchanges") or one with an inflection or a suffix ("swappable").
func (r *Repairer) wordLike(w string) bool {
	return r.closedCompound(w, -1) || r.derivedWord(w, 0)
}

// closedCompound reports whether lower-case j is two words of three letters or more, not
// rare ones, written solid, and k falls inside one of them rather than between them.
func (r *Repairer) closedCompound(j string, k int) bool {
	if len(j) > maxCountedLen {
		return false // no word is that long
	}
	for m := 3; m <= len(j)-3; m++ {
		if m == k {
			continue
		}
		if lv := r.lex.level(j[:m]); lv == 0 || lv > 3 {
			continue
		}
		if lv := r.lex.level(j[m:]); lv > 0 && lv <= 3 {
			return true
		}
	}
	return false
}

// derivedSuffixes are inflections and derivations that English adds to any word.
var derivedSuffixes = []string{"s", "es", "ed", "d", "ly", "able", "ably", "ability", "er", "ers", "ing",
	"ion", "ions", "ness", "ment", "ments"}

// derivedWord reports whether lower-case j, broken before byte k, is a lexicon word of at
// least four letters with an inflection or derivation added ("loss-lessly" from
// "lossless", "cu-stomizable" from "customize", "undeco-dable" from "decode"), optionally
// after a word-forming prefix, and the break falls inside the word, not at the suffix.
func (r *Repairer) derivedWord(j string, k int) bool {
	for _, suf := range derivedSuffixes {
		stem, ok := strings.CutSuffix(j, suf)
		if !ok || len(stem) < 4 || k >= len(stem) {
			continue
		}
		if r.lex.level(stem) > 0 || r.lex.level(stem+"e") > 0 {
			return true
		}
		for _, p := range wordPrefixes {
			if rest, ok := strings.CutPrefix(stem, p); ok && len(rest) >= 4 && k > len(p) &&
				(r.lex.level(rest) > 0 || r.lex.level(rest+"e") > 0) {
				return true
			}
		}
	}
	return false
}

// inCode reports whether the token around site s looks like program code: a call ("name(",
// "__init__(", not a manual page's "apt-get(8)"), a snake_case or __dunder__ identifier, or a
// dotted name broken after a dot ("dict.setdefault"; a hyphen before the dot is a file
// name's), and no path, URL or e-mail address. The token runs across
// whitespace after a hyphen, so that it is the same once the hyphen is repaired.
// hyphenToken returns the whitespace-delimited token around site s, running across the
// whitespace after a hyphen (so that it is the same once the hyphen is repaired), and the
// byte where it starts; it looks at most maxTokenScan bytes each way.
func hyphenToken(text string, s *site) (string, int) {
	a := s.hStart
	for a > 0 && s.hStart-a < maxTokenScan {
		if !isSpaceByte(text[a-1]) {
			a--
			continue
		}
		w := a - 1
		for w > 0 && isSpaceByte(text[w-1]) && s.hStart-w < maxTokenScan {
			w--
		}
		if !isHyphenAt(text, w-1) {
			break
		}
		a = w
	}
	b := s.hEnd
	for b < len(text) && b-s.hEnd < maxTokenScan {
		if !isSpaceByte(text[b]) {
			b++
			continue
		}
		if !isHyphenAt(text, b-1) {
			break
		}
		for b < len(text) && isSpaceByte(text[b]) && b-s.hEnd < maxTokenScan {
			b++
		}
	}
	return text[a:b], a
}

func inCode(text string, s *site) bool {
	tok, a := hyphenToken(text, s)
	if strings.Contains(tok, "@") || strings.Contains(tok, "://") || strings.Contains(tok, "www.") ||
		strings.IndexByte(tok, '/') >= 0 || hostName(tok) {
		return false // an address or a path: file and package names hold hyphens
	}
	h := s.hStart - a // the hyphen in tok
	if strings.IndexByte(tok[:h], '-') >= 0 || strings.IndexByte(tok[s.hEnd-a:], '-') >= 0 {
		return false // another hyphen: a hyphenated name ("linux-image-5.10_amd64.deb")
	}
	for _, q := range []byte{'\'', '"'} {
		if i := strings.LastIndexByte(tok[:h], q); i > 0 && strings.IndexByte("(=,[", tok[i-1]) >= 0 &&
			strings.IndexByte(tok[s.hEnd-a:], q) >= 0 {
			// a string passed or assigned in code: event and file names hold hyphens
			// ("on('my-event')"); a quoted name in prose ("yyer-ror()") is not one
			return false
		}
	}
	for k := 1; k+1 < len(tok); k++ {
		switch tok[k] {
		case '(':
			// a call, not a manual page's section ("apt-get(8)"), nor a hyphen in the
			// call's arguments ("execFileSync('my-script.sh')")
			if k > h && (isASCIILetter(tok[k-1]) || tok[k-1] == '_') && !(isDigitByte(tok[k+1]) && k+2 < len(tok) && tok[k+2] == ')') {
				return true
			}
		case '_':
			// a snake_case or __dunder__ identifier
			if isASCIILetter(tok[k-1]) || isASCIILetter(tok[k+1]) {
				return true
			}
		case '.':
			// a dotted name broken after a dot ("dict.setde-fault"); a hyphen before the
			// dot is a file name's ("milter-greylist.conf")
			if k < h && isASCIILetter(tok[k-1]) && isASCIILetter(tok[k+1]) {
				return true
			}
		}
	}
	return false
}

// maxTokenScan bounds, in bytes, how far inCode, inAddress and sentenceStart look from a
// hyphen for the ends of its token or the sentence's last mark, so that text without
// spaces costs time in proportion to its length.
const maxTokenScan = 256

// aloneWindow is how far from a site standsAlone looks, in bytes each way: about one
// article.
const aloneWindow = 16 << 10

// standsAlone reports whether w (three letters or more) occurs as a word of its own within
// aloneWindow bytes of byte i of text, between characters that are neither letters, digits
// nor hyphens, other than the occurrence that starts at byte self (the part of the hyphen
// being decided, which a line break before it would make stand alone; -1 for none).
func standsAlone(text string, i int, w string, self int) bool {
	if len(w) < 3 {
		return false
	}
	lo := max(0, i-aloneWindow)
	for at := range standalone(text[lo:min(len(text), i+aloneWindow)], w) {
		if lo+at != self {
			return true
		}
	}
	return false
}

// wordByte reports whether byte c may belong to a word or joins one: an ASCII letter or
// digit, a hyphen, or a byte of a non-ASCII character.
func wordByte(c byte) bool {
	return isASCIILetter(c) || isDigitByte(c) || c == '-' || c >= 0x80
}

// inAddress reports whether the token around byte i looks like a URL or an e-mail address.
func inAddress(text string, i int) bool {
	a := i
	for a > 0 && !isSpaceByte(text[a-1]) && i-a < maxTokenScan {
		a--
	}
	b := i
	for b < len(text) && !isSpaceByte(text[b]) && b-i < maxTokenScan {
		b++
	}
	// a token broken at a line end continues on the next line
	for b < len(text) && isSpaceByte(text[b]) && b-i < 8 {
		b++
	}
	for b < len(text) && !isSpaceByte(text[b]) && b-i < 2*maxTokenScan {
		b++
	}
	tok := text[a:b]
	return strings.Contains(tok, "@") || strings.Contains(tok, "://") || strings.Contains(tok, "www.") || hostName(tok)
}

// topLevelDomains are the last labels that make a dotted token a host name.
var topLevelDomains = setOf("com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "eu",
	"uk", "de", "fr", "it", "es", "nl", "be", "ch", "at", "dk", "no", "se", "fi", "pl", "gr", "cn", "jp",
	"kr", "sg", "in", "au", "ca", "us", "br", "example")

// hostName reports whether tok, less the punctuation around it, is a dotted name ending in a
// top-level domain ("ftp.country-code.debian.org").
func hostName(tok string) bool {
	if strings.IndexByte(tok, '.') < 0 {
		return false
	}
	tok = trimClosing(tok)
	dot := strings.LastIndexByte(tok, '.')
	if dot <= 0 || !topLevelDomains[tok[dot+1:]] {
		return false
	}
	for i := 0; i < dot; i++ {
		if c := tok[i]; !(isASCIILetter(c) || isDigitByte(c) || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// sentenceStart reports whether the word at byte i starts a sentence or a paragraph.
func sentenceStart(text string, i int) bool {
	for end := i; i > 0 && end-i < maxTokenScan; {
		c, n := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case c == '"' || c == '\'' || c == '‘' || c == '“' || c == '(' || c == '[':
		case unicode.IsSpace(c):
		default:
			return c == '.' || c == '!' || c == '?' || c == ':'
		}
		i -= n
	}
	return true
}

// capitalized reports whether s is an upper-case letter followed by lower-case ones.
func capitalized(s string) bool {
	for i, c := range s {
		if (i == 0) != unicode.IsUpper(c) {
			return false
		}
	}
	return s != ""
}

// trimClosing returns tok without the punctuation that may close a sentence or a quotation
// after it: ASCII marks and brackets, and the closing quotation marks ” and ’.
func trimClosing(tok string) string {
	for len(tok) > 0 {
		switch c := tok[len(tok)-1]; {
		case strings.IndexByte(".,;:!?)]}\"'", c) >= 0:
			tok = tok[:len(tok)-1]
		case strings.HasSuffix(tok, "”") || strings.HasSuffix(tok, "’"):
			tok = tok[:len(tok)-len("”")]
		default:
			return tok
		}
	}
	return tok
}

// plainToken reports whether the token around site s is plain text: it holds no other
// hyphen and none of the characters of paths, addresses, code or file names.
func plainToken(text string, s *site) bool {
	tok, a := hyphenToken(text, s)
	tok = trimClosing(tok)
	h := s.hStart - a
	if h > len(tok) {
		return false
	}
	return strings.IndexByte(tok[:h], '-') < 0 && (s.hEnd-a > len(tok) || strings.IndexByte(tok[s.hEnd-a:], '-') < 0) &&
		!strings.ContainsAny(tok, "/_@.=:(")
}

// phraseWord lists the function words that hyphenated phrases hold between their hyphens.
var phraseWord = setOf("to", "in", "of", "and", "the", "by", "on", "at", "or", "for", "with", "from", "per")

// inPhrase reports whether site s is a hyphen next to a function word that another hyphen
// borders on its other side ("to" in "point-to-point"), when any such word will do or, without
// any, when the words around the function word are the same ("day-to-day").
func inPhrase(text string, s *site, any bool) bool {
	if e := s.rEnd; e < len(text) && text[e] == '-' && phraseWord[s.effR] {
		return any || strings.EqualFold(letterRunAt(text, e+1), s.effL)
	}
	b := s.effStart
	if b > 0 && text[b-1] == '-' && phraseWord[s.effL] {
		return any || strings.EqualFold(letterRunBefore(text, b-1), s.effR)
	}
	return false
}

// letterRunAt returns the run of ASCII letters that starts at byte i of text.
func letterRunAt(text string, i int) string {
	if i >= len(text) {
		return ""
	}
	return text[i : i+asciiLetterRun(text[i:])]
}

// letterRunBefore returns the run of ASCII letters that ends at byte i of text, at most
// maxCountedLen long.
func letterRunBefore(text string, i int) string {
	a := i
	for a > 0 && i-a < maxCountedLen && isASCIILetter(text[a-1]) {
		a--
	}
	return text[a:i]
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

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// isASCIILetter reports whether c is one of A-Z and a-z.
func isASCIILetter(c byte) bool { return byteClass[c] == classLetter }
