package incidents

import (
	"fmt"
	"sort"
	"strings"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// Input is what Build reads: the segmented article and what the other
// recognisers found in it.
type Input struct {
	// Doc is the article text split into paragraphs, sentences and tokens.
	Doc *annotate.Doc
	// Entities are the organisations, people and places, with mentions for
	// their names and for the pronouns and descriptions resolved to them.
	Entities []model.Entity
	// Dates are the date expressions with their resolved values and spans.
	Dates []model.Date
	// Quotes are the quotations with their speakers and spans.
	Quotes []model.Quote
}

// Builder turns an annotated article into incident records. Its cue tables
// are built once by New and never modified, so a Builder is safe for
// concurrent use.
type Builder struct {
	lx *lexicon
}

// New returns a Builder with its cue tables.
func New() *Builder { return &Builder{lx: newLexicon()} }

// victim is one incident under construction.
type victim struct {
	ent      int
	first    int // word index of the first report
	weight   int
	cueSents map[int]bool
	byStatus bool // found only by taking its own systems down in the story's attack
	systems  []system
	last     []int // indices into systems named by the latest clause
	anchors  []anchor
}

// system is one system of an incident, with its latest status.
type system struct {
	model.System
	words []string // normalised words of the name
	acr   string
}

// anchor is a word that reports the attack or its first effect; a date close
// to it dates the incident.
type anchor struct {
	sent, word int
	noun       bool // an attack noun, whose date must stand in its own phrase
	active     bool // an active attack verb, whose object stands before its date
}

// Build returns one incident per organisation the article reports as the
// victim of an actual attack, in order of first report. The headline and
// standfirst are read only when the body names no victim. Incident.Quotes
// holds the indices of the quotes spoken by the victim or by a person named
// beside it. Build never returns nil and never modifies in.
func (b *Builder) Build(in Input) []model.Incident {
	if in.Doc == nil || len(in.Doc.Runes) == 0 {
		return []model.Incident{}
	}
	v := newView(in, b.lx)
	b.markStatus(v)
	attackers := b.attackerEntities(v)
	for k := range v.words {
		if e := v.words[k].ent; e >= 0 && attackers[e] {
			v.words[k].attacker = true
		}
	}
	families := b.malwareFamilies(v)
	familyWord := map[int]bool{}
	for _, f := range families {
		for _, k := range f.words {
			familyWord[k] = true
			v.words[k].family = true
		}
	}

	// 1. victims
	cues := make([][]cue, len(v.sents))
	byEnt := map[int]*victim{}
	var order []*victim
	for si, s := range v.sents {
		if !s.body {
			continue
		}
		cues[si] = b.attackCues(v, s, nil)
	}
	// the headline and standfirst are read only when the body names no victim
	for _, body := range []bool{true, false} {
		if !body && len(order) > 0 {
			break
		}
		for si, s := range v.sents {
			if s.body != body {
				continue
			}
			if !body {
				cues[si] = b.attackCues(v, s, nil)
			}
			anaphoric := b.anaphoricCues(v, s, cues[si])
			b.victimHits(v, s, cues[si], func(ent, weight, word int) {
				if attackers[ent] {
					return
				}
				vi := byEnt[ent]
				if vi == nil && weight < 2 && anaphoric && len(order) > 0 {
					return // "X said the attack resembled others": a commentator on the story's attack
				}
				if vi == nil {
					vi = &victim{ent: ent, first: word, cueSents: map[int]bool{}}
					byEnt[ent] = vi
					order = append(order, vi)
				}
				if weight > vi.weight {
					vi.weight = weight
				}
				vi.cueSents[si] = true
			})
		}
	}
	anyAttack := len(order) > 0
	for si := range v.sents {
		for _, c := range cues[si] {
			anyAttack = anyAttack || c.strong && v.words[c.i].quote < 0
		}
	}
	if !anyAttack {
		return []model.Incident{}
	}
	// an organisation that took its own systems down, or runs them degraded,
	// in a story about an attack is a victim too ("RTD disconnected its
	// YardPilot installation as a precaution")
	for si, s := range v.sents {
		if !s.body {
			continue
		}
		subj := b.subjectMention(v, s)
		if subj < 0 || !v.isOrg(v.words[subj].ent) || attackers[v.words[subj].ent] || byEnt[v.words[subj].ent] != nil {
			continue
		}
		for _, h := range b.systemsIn(v, s, nil) {
			if h.a > s.a && v.words[h.a-1].low == "its" && h.head > subj && h.status != model.StatusUnaffected {
				ent := v.words[subj].ent
				vi := &victim{ent: ent, first: subj, weight: 1, cueSents: map[int]bool{si: true}, byStatus: true}
				byEnt[ent] = vi
				order = append(order, vi)
				break
			}
		}
	}
	if len(order) == 0 {
		return []model.Incident{}
	}
	isVictim := func(e int) bool { return byEnt[e] != nil }
	// organisations helping a victim are not victims themselves: those
	// named as helpers anywhere, and those reported only in sentences where
	// they respond ("Mandiant is investigating the attack")
	helpers := map[int]bool{}
	helperIn := map[int]map[int]bool{}
	for si, s := range v.sents {
		if s.body {
			b.responderHits(v, s, isVictim, true, func(e int) { helpers[e] = true })
			b.responderHits(v, s, isVictim, false, func(e int) {
				if helperIn[e] == nil {
					helperIn[e] = map[int]bool{}
				}
				helperIn[e][si] = true
			})
		}
	}
	// a candidate that helps somewhere gives way when another candidate
	// never helps ("The company said ..." resolved to the forensics firm)
	plainVictim := map[int]bool{}
	for _, vi := range order {
		if vi.weight >= 2 || helperIn[vi.ent] == nil {
			plainVictim[vi.ent] = true
		}
	}
	otherPlain := func(ent int) bool {
		for e := range plainVictim {
			if e != ent {
				return true
			}
		}
		return false
	}
	kept := order[:0]
	for _, vi := range order {
		if ((helpers[vi.ent] || otherPlain(vi.ent) && helperIn[vi.ent] != nil) && vi.weight < 2) || attackers[vi.ent] {
			delete(byEnt, vi.ent)
			continue
		}
		kept = append(kept, vi)
	}
	order = kept
	if len(order) == 0 {
		return []model.Incident{}
	}
	sort.SliceStable(order, func(i, j int) bool { return order[i].first < order[j].first })
	idx := map[int]int{}
	for i, vi := range order {
		idx[vi.ent] = i
	}

	// 2. which victim each body sentence reports on
	b.assign(v, idx, cues)
	b.dropGenericTalk(v, cues, idx)

	// 3. systems, anchors, attackers, responders, evidence per victim
	incAttackers := make([][]model.Ref, len(order))
	incResponders := make([][]model.Ref, len(order))
	seenRef := make([]map[string]bool, len(order))
	for i := range seenRef {
		seenRef[i] = map[string]bool{}
	}
	addRef := func(list [][]model.Ref, i int, r model.Ref) {
		key := r.ID + "\x00" + r.Name
		if seenRef[i][key] {
			return
		}
		seenRef[i][key] = true
		list[i] = append(list[i], r)
	}
	var hits []sysHit
	for si, s := range v.sents {
		if !s.body || s.victim < 0 {
			continue
		}
		vi := order[s.victim]
		for _, c := range cues[si] {
			vi.anchors = append(vi.anchors, anchor{sent: si, word: c.i, noun: c.noun, active: c.active})
		}
		for k := s.a; k < s.b; k++ {
			if v.words[k].in(b.lx.detect) {
				vi.anchors = append(vi.anchors, anchor{sent: si, word: k})
			}
		}
		// an outage of systems too generic to list still dates the attack:
		// "its systems went down on Tuesday"
		for k := s.a; k < s.b; k++ {
			if !v.words[k].status {
				continue
			}
			// not a bare "down": "volumes were down 12% last year"
			if st, n, form, ok := b.statusCueAt(v, s, k); ok && form == formSubject && st == model.StatusUnavailable && (n > 1 || v.words[k].low != "down") {
				if c := b.chainBefore(v, s, k); !c.modal && !c.neg && !c.to {
					vi.anchors = append(vi.anchors, anchor{sent: si, word: k})
				}
			}
		}
		hits = b.systemsIn(v, s, hits[:0])
		for _, h := range hits {
			if h.status == model.StatusUnavailable || h.status == model.StatusSuspended || h.status == model.StatusDegraded || h.status == model.StatusCompromised {
				vi.anchors = append(vi.anchors, anchor{sent: si, word: h.head})
			}
		}
		b.addSystems(v, vi, hits, familyWord)
		for k := s.a; k < s.b; k++ {
			w := v.words[k]
			if w.ent >= 0 && attackers[w.ent] && v.mentionStart(k, s.a) == k {
				addRef(incAttackers, s.victim, v.ref(w.ent))
			}
			if familyWord[k] {
				addRef(incAttackers, s.victim, model.Ref{Name: v.text(&w)})
			}
		}
		b.responderHits(v, s, isVictim, false, func(e int) {
			if !isVictim(e) && !attackers[e] {
				addRef(incResponders, s.victim, v.ref(e))
			}
		})
	}

	out := make([]model.Incident, 0, len(order))
	for i, vi := range order {
		inc := model.Incident{
			ID:         fmt.Sprintf("i%d", i+1),
			Victim:     v.ref(vi.ent),
			Attackers:  nonNilRefs(incAttackers[i]),
			Responders: nonNilRefs(incResponders[i]),
			Systems:    []model.System{},
			Quotes:     []int{},
			Evidence:   []model.Span{},
		}
		for _, sy := range vi.systems {
			inc.Systems = append(inc.Systems, sy.System)
		}
		inc.DataBreach = b.breach(v, i, attackers)
		inc.Type = b.kind(v, i, inc, cues)
		inc.Date = b.date(v, vi)
		inc.Quotes = b.quotesOf(v, vi.ent)
		inc.Evidence = b.evidence(v, i, vi, cues)
		out = append(out, inc)
	}
	// a victim of the story's attack that the story reports only through its
	// own systems shares the attack's kind and attackers
	for i, vi := range order {
		if !vi.byStatus || out[i].Type != model.IncidentCyberattack || len(out[i].Attackers) > 0 {
			continue
		}
		for j, vj := range order {
			if !vj.byStatus {
				out[i].Type = out[j].Type
				out[i].Attackers = append([]model.Ref{}, out[j].Attackers...)
				break
			}
		}
	}
	return out
}

func nonNilRefs(r []model.Ref) []model.Ref {
	if r == nil {
		return []model.Ref{}
	}
	return r
}

// assign sets each body sentence's victim: the victim it names (a victim
// cued in the sentence first, then the speaker of a quote it lies in), or
// else the victim of the sentence before.
func (b *Builder) assign(v *view, idx map[int]int, cues [][]cue) {
	cur := -1
	if len(idx) == 1 {
		cur = 0 // one victim: the whole story is about it
	}
	for si := range v.sents {
		s := &v.sents[si]
		if !s.body {
			continue
		}
		pick := -1
		for k := s.a; k < s.b && pick < 0; k++ {
			w := v.words[k]
			if w.quote >= 0 && int(w.quote) < len(v.in.Quotes) {
				if sp := v.in.Quotes[w.quote].Speaker; sp != nil {
					for ei, e := range v.in.Entities {
						if e.ID == sp.ID && sp.ID != "" {
							if j, ok := idx[ei]; ok {
								pick = j
							}
							break
						}
					}
				}
			}
		}
		if pick < 0 {
			for k := s.a; k < s.b; k++ {
				w := v.words[k]
				if w.ent < 0 || w.quote >= 0 {
					continue
				}
				if j, ok := idx[w.ent]; ok {
					if pick < 0 {
						pick = j
					}
					// an entity right after an attack noun ("the attack on X", "an
					// attack on its rival X") wins
					if onTarget(v, s, k) {
						pick = j
						break
					}
				}
			}
		}
		if pick >= 0 {
			cur = pick
		}
		s.victim = cur
	}
}

// dropGenericTalk takes from its victim a sentence that names no victim and
// speaks of attacks only in general ("several hauliers were hit by
// ransomware last year", "attacks have risen", "if a similar attack hit"):
// its type words and dates are not the incident's.
func (b *Builder) dropGenericTalk(v *view, cues [][]cue, idx map[int]int) {
	for si := range v.sents {
		s := &v.sents[si]
		if !s.body || s.victim < 0 {
			continue
		}
		named, event, generic, verb := false, false, false, false
		for k := s.a; k < s.b; k++ {
			w := v.words[k]
			if _, ok := idx[w.ent]; ok && w.ent >= 0 && w.quote < 0 {
				named = true
			}
			if w.in(b.lx.attackPlural) {
				generic = true
			}
			// "any attack", "similar cyber attacks", but not "any data was accessed"
			if w.in(b.lx.generic) && k+1 < s.b && (v.words[k+1].in(b.lx.attackNoun) || v.words[k+1].in(b.lx.typeWord) && k+2 < s.b && (v.words[k+2].in(b.lx.attackNoun) || v.words[k+2].in(b.lx.attackPlural) || v.words[k+2].in(b.lx.typeWord))) {
				generic = true
			}
			if (w.in(b.lx.passiveHit) || w.in(b.lx.activeHit)) && !w.in(b.lx.theft) && w.low != "stole" && b.genericSubject(v, s, k) {
				verb = true
			}
		}
		generic = generic || verb
		for _, c := range cues[si] {
			if c.noun {
				event = true
			}
		}
		if generic && !event && !named {
			s.victim = -1
		}
	}
}

// genericSubject reports whether the attack verb at k has a plural or
// indefinite subject: "several hauliers were hit", "a port is attacked".
func (b *Builder) genericSubject(v *view, s *sentence, k int) bool {
	j := k - 1
	for j >= s.a && (v.words[j].in(b.lx.aux) || v.words[j].in(b.lx.negation)) {
		j--
	}
	if j >= s.a && v.words[j].in(b.lx.systemHead) {
		return false // "several services were disrupted": the victim's systems
	}
	for t := j; t >= s.a && t >= j-2; t-- {
		w := v.words[t]
		if alt(w.low, "several|many|some|other|a|an|most|numerous|dozens|hundreds|companies|firms|ports|operators|hauliers|carriers|lines|terminals|organisations|organizations|businesses|victims") {
			return true
		}
		if !w.cap && w.ent < 0 && len(w.low) > 3 && strings.HasSuffix(w.low, "s") && !strings.HasSuffix(w.low, "ss") && !strings.HasSuffix(w.low, "us") && t == j &&
			(t-1 < s.a || !(v.words[t-1].in(b.lx.determiner) || b.lx.possessive(v.words[t-1].low))) {
			// a bare plural: "ports were hit", not "its servers had been encrypted"
			p := t - 1
			for p >= s.a && b.npWord(v, v.words[p]) && !v.words[p].in(b.lx.determiner) && !b.lx.possessive(v.words[p].low) {
				p--
			}
			if p >= s.a && v.words[p].in(b.lx.prep) {
				// the plural is a preposition's object: "the navigation systems on two vessels were infected"
				p--
				for p >= s.a && b.npWord(v, v.words[p]) && !v.words[p].in(b.lx.determiner) && !b.lx.possessive(v.words[p].low) {
					p--
				}
			}
			if p < s.a || !(v.words[p].in(b.lx.determiner) || b.lx.possessive(v.words[p].low)) {
				return true
			}
		}
	}
	return false
}

// addSystems merges the systems of one sentence into victim vi: a name said
// again ("the website" after "the public website", "those links" after "the
// EDI links", "the PCS web portal" after "Port Community System (PCS)")
// updates the status of the system already listed, so the last status in
// the story, the one at the time of writing, wins.
func (b *Builder) addSystems(v *view, vi *victim, hits []sysHit, familyWord map[int]bool) {
	var named []int
	lastHead := -1
	for _, h := range hits {
		if h.head != lastHead && len(named) > 0 {
			vi.last = named
			named = nil
		}
		lastHead = h.head
		if h.anaphor && h.single {
			// "it": the one system just named
			if n := len(vi.last); n > 0 {
				j := vi.last[n-1]
				vi.systems[j].Status = laterStatus(vi.systems[j].Status, h.status)
				named = append(named, j)
			}
			continue
		}
		if h.anaphor {
			for _, j := range vi.last {
				vi.systems[j].Status = laterStatus(vi.systems[j].Status, h.status)
			}
			continue
		}
		skip := false
		for k := h.a; k < h.b; k++ {
			if familyWord[k] {
				skip = true
			}
		}
		// "Norbury Lines' booking systems": another organisation's system,
		// not a product the victim runs ("its SAP finance system")
		if p := h.a - 1; p >= 0 {
			if alt(v.words[p].low, "'s|\u2019s|'|\u2019") && p > 0 {
				p--
			}
			if e := v.words[p].ent; e >= 0 && e != vi.ent && v.isOrg(e) {
				st := v.mentionStart(p, 0)
				if st == 0 || !b.lx.possessive(v.words[st-1].low) && !v.words[st-1].in(b.lx.quantifier) {
					skip = true
				}
			}
		}
		if skip {
			continue
		}
		name := v.in.Doc.Slice(model.Span{Start: v.span(&v.words[h.a]).Start, End: v.span(&v.words[h.b-1]).End})
		ws := normWords(name)
		if len(ws) == 0 {
			continue
		}
		acr := acronymIn(v, h)
		j := -1
		for x := range vi.systems {
			if sameSystem(vi.systems[x], ws, h.definite) {
				j = x
				break
			}
		}
		if j < 0 {
			vi.systems = append(vi.systems, system{
				System: model.System{Name: name, Status: h.status, Start: v.span(&v.words[h.a]).Start, End: v.span(&v.words[h.b-1]).End},
				words:  ws, acr: strings.ToLower(acr),
			})
			j = len(vi.systems) - 1
		} else {
			switch st := vi.systems[j].Status; {
			case !h.notBack:
				vi.systems[j].Status = laterStatus(st, h.status)
			case st != model.StatusSuspended && st != model.StatusDegraded:
				// "taken down as a precaution and has not been restarted":
				// still suspended; a system not yet back keeps that state
				vi.systems[j].Status = h.status
			}
			if len(vi.systems[j].words) == 1 && len(ws) > 1 {
				// a fuller name said later: "its public website" after "website"
				vi.systems[j].Name, vi.systems[j].words = name, ws
				vi.systems[j].Start, vi.systems[j].End = v.span(&v.words[h.a]).Start, v.span(&v.words[h.b-1]).End
			}
		}
		named = append(named, j)
	}
	if len(named) > 0 {
		vi.last = named
	}
}

// anaphoricCues reports whether every cue of sentence s is a definite attack
// noun ("the attack", "this ransomware attack") that points back at an attack
// already reported.
func (b *Builder) anaphoricCues(v *view, s sentence, cues []cue) bool {
	if len(cues) == 0 {
		return false
	}
	for _, c := range cues {
		if !c.noun {
			return false
		}
		k := c.i - 1
		for k >= s.a && v.words[k].in(b.lx.typeWord) {
			k--
		}
		if k < s.a || !alt(v.words[k].low, "the|this|that") {
			return false
		}
	}
	return true
}

// onTarget reports whether the mention at k follows "on" or "against" with
// at most a short description between: "on X", "on its rival X".
func onTarget(v *view, s *sentence, k int) bool {
	for j := k - 1; j >= s.a && j >= k-5; j-- {
		w := v.words[j].low
		if w == "on" || w == "against" {
			return true
		}
		if w == "," || w == "." || w == ";" || v.words[j].ent >= 0 || v.words[j].date >= 0 || alt(w, "and|or|said|says|that|which|who|was|were|is|are|has|had|have|to|by|from|of|in|at|with|for") {
			return false
		}
	}
	return false
}

// laterStatus is the status of a system first given old and later now: a
// system that was down and now works normally is restored, not unaffected.
func laterStatus(old, now string) string {
	if now == model.StatusUnaffected && (old == model.StatusUnavailable || old == model.StatusSuspended || old == model.StatusDegraded || old == model.StatusRestored) {
		return model.StatusRestored
	}
	return now
}

// sameSystem reports whether a name with words ws refers to system s: the
// same words, s's acronym among them, or (for a definite phrase) a subset of
// s's words.
func sameSystem(s system, ws []string, definite bool) bool {
	if strings.Join(s.words, " ") == strings.Join(ws, " ") {
		return true
	}
	if s.acr != "" {
		for _, w := range ws {
			if w == s.acr {
				return true
			}
		}
	}
	if len(s.words) == 1 && len(ws) > 1 && ws[len(ws)-1] == s.words[0] {
		return true // "the website", then "its public website"
	}
	if !(definite || len(ws) >= 2) || len(ws) >= len(s.words) {
		return false
	}
	have := map[string]bool{}
	for _, w := range s.words {
		have[w] = true
	}
	for _, w := range ws {
		if !have[w] {
			return false
		}
	}
	return true
}

// normWords lowercases a name and splits it into words, dropping
// punctuation.
func normWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && r != '\u2019' && r != '\u2018' && r != '\u201c' && r != '\u201d')
	})
	return f
}

// sentencesOf returns the body sentences assigned to victim i.
func (v *view) sentencesOf(i int) []int {
	var out []int
	for si, s := range v.sents {
		if s.body && s.victim == i {
			out = append(out, si)
		}
	}
	return out
}

// phraseIn reports whether one of the phrases of t occurs in words[a:e].
func (v *view) phraseIn(a, e int, t *phraseTable) bool {
	for k := a; k < e; k++ {
		w := &v.words[k]
		if w.first&t.bit == 0 {
			continue
		}
		for _, pi := range t.byFirst[w.id] {
			if v.idsAt(k, e, t.ids[pi]) {
				return true
			}
		}
	}
	return false
}

// breach decides the data breach state of victim i from its sentences:
// a confirmed theft wins, then a denial ("no evidence that any data had
// left"), then suspicion ("could not rule out", "believed to have been
// accessed", or an attackers' claim of theft).
func (b *Builder) breach(v *view, i int, attackers map[int]bool) string {
	confirmed, denied, suspected, claimed := false, false, false, false
	lx := b.lx
	for _, si := range v.sentencesOf(i) {
		s := v.sents[si]
		var conf, deny, theft, soft, data, neg, noEvidence, gang, uncertain, negTheft bool
		for k := s.a; k < s.b; k++ {
			w := v.words[k].low
			if w == "whether" || w == "unclear" || w == "unknown" || w == "known" {
				uncertain = true
			}
			if v.words[k].in(lx.theft) && k-1 >= s.a && (v.words[k-1].low == "not" || v.words[k-1].low == "never" || k-2 >= s.a && v.words[k-2].low == "not") {
				negTheft = true
			}
			// "no customer data was affected"
			if w == "no" {
				// "no customer or employee data"
				for j := k + 1; j < s.b && j <= k+4 && !v.words[j].in(lx.aux); j++ {
					if !v.words[j].in(lx.dataWord) {
						continue
					}
					// the data's own verb takes or touches it: "no customer or
					// employee data is believed to have been compromised", not
					// "no payment data is held on the affected systems"
					for t := j + 1; t < s.b && t <= j+7; t++ {
						x := v.words[t].low
						if v.words[t].in(lx.theft) || alt(x, "compromised|exposed|viewed|obtained|affected|read|lost|accessed") {
							negTheft = true
							break
						}
						if !v.words[t].in(lx.aux) && !v.words[t].in(lx.dataWord) && !alt(x, "believed|thought|understood|known|appears|appear|seems|seem|to|have|has|or|and|,") {
							break
						}
					}
					break
				}
			}
			switch {
			case v.words[k].in(lx.confirmWord):
				conf = true
			case v.words[k].in(lx.denyWord):
				deny = true
			case v.words[k].in(lx.theft) || v.words[k].in(lx.theftNoun):
				theft = true
			case v.words[k].in(lx.softTheft):
				soft = true
			case w == "no" || w == "not" || w == "never" || w == "nothing":
				neg = true
				if v.has(k, s.b, "no", "evidence|sign|indication|suggestion") ||
					v.has(k, s.b, "nothing", "to", "suggest|indicate|show") || v.has(k, s.b, "not", "believe|think") {
					noEvidence = true // "nothing to suggest", "did not believe any data"
				}
				// "has not found any sign of data exfiltration"
				for j := k + 1; j < s.b && j <= k+4; j++ {
					if v.has(j, s.b, "any", "evidence|sign|indication|trace") {
						noEvidence = true
					}
				}
			case w == "gang" || w == "group" || w == "hackers" || w == "attackers" || w == "criminals":
				gang = true
			}
			if v.words[k].in(lx.dataWord) {
				data = true
			}
			if v.words[k].ent >= 0 && attackers[v.words[k].ent] {
				gang = true
			}
		}
		switch {
		case !uncertain && (deny || noEvidence) && (data || theft) && v.phraseIn(s.a, s.b, &lx.suspectCue):
			suspected = true // "likely that the attackers had read ..., but no evidence that files had been downloaded"
		case deny && (data || theft), noEvidence && (data || theft):
			denied = true
		case negTheft && data && (theft || soft):
			denied = true
		case uncertain:
			// "It is not yet known whether any data was stolen"
		case v.phraseIn(s.a, s.b, &lx.suspectCue) && (data || theft):
			suspected = true
		case data && soft && !neg && !gang && v.phraseIn(s.a, s.b, &lx.hedge):
			suspected = true // "customer data may have been compromised"
		case negTheft && data:
			denied = true // "customer data was not accessed"
		case conf && theft && !neg:
			confirmed = true
		case !neg && !gang && v.phraseIn(s.a, s.b, &lx.breachNoun) && !v.phraseIn(s.a, s.b, &lx.openQuestion):
			confirmed = true // "X reported a data breach"
		case theft && data && !neg && !gang && b.plainTheft(v, s):
			confirmed = true // "data including employee records had been accessed"
		case gang && theft && v.phraseIn(s.a, s.b, &lx.claimPhrase):
			claimed = true
		case gang && theft && data && !neg && !v.phraseIn(s.a, s.b, &lx.hedge) && (b.plainTheft(v, s) || b.reducedTheft(v, s)):
			confirmed = true // "hackers have leaked data stolen from X", stated as fact
		}
	}
	switch {
	case confirmed:
		return model.BreachConfirmed
	case denied:
		return model.BreachDenied
	case suspected, claimed:
		return model.BreachSuspected
	}
	return model.BreachNotStated
}

// kind decides the incident type from words in the victim's sentences.
func (b *Builder) kind(v *view, i int, inc model.Incident, cues [][]cue) string {
	var ransom, ddos, phish, mal bool
	for _, si := range v.sentencesOf(i) {
		s := v.sents[si]
		ransom = ransom || v.phraseIn(s.a, s.b, &b.lx.ransomCue)
		ddos = ddos || v.phraseIn(s.a, s.b, &b.lx.ddosCue)
		phish = phish || v.phraseIn(s.a, s.b, &b.lx.phishingCue)
		mal = mal || v.phraseIn(s.a, s.b, &b.lx.malwareCue)
	}
	switch {
	case ransom:
		return model.IncidentRansomware
	case ddos:
		return model.IncidentDDoS
	case phish:
		return model.IncidentPhishing
	case mal:
		return model.IncidentMalware
	}
	if inc.DataBreach == model.BreachConfirmed && !b.attackWorded(v, i, cues) {
		return model.IncidentDataBreach
	}
	if inc.DataBreach == model.BreachConfirmed {
		down := false
		for _, s := range inc.Systems {
			switch s.Status {
			case model.StatusUnavailable, model.StatusSuspended, model.StatusDegraded:
				down = true
			}
		}
		if !down {
			return model.IncidentDataBreach
		}
	}
	return model.IncidentCyberattack
}

// reducedTheft reports data named with a theft participle and its source:
// "data stolen from X".
func (b *Builder) reducedTheft(v *view, s sentence) bool {
	for k := s.a + 1; k+1 < s.b; k++ {
		if v.words[k].in(b.lx.theft) && v.words[k-1].in(b.lx.dataWord) && v.words[k+1].low == "from" {
			return true // "data stolen from X"
		}
	}
	return false
}

// plainTheft reports a passive theft of data stated as fact: "data
// including employee records had been accessed", with a data word before
// the verb and no "offline" or "over" after it.
func (b *Builder) plainTheft(v *view, s sentence) bool {
	for k := s.a + 1; k < s.b; k++ {
		if !v.words[k].in(b.lx.theft) || !b.passive(v, s, k) {
			continue
		}
		if k+1 < s.b && alt(v.words[k+1].low, "offline|down|off|over|out|place|part|steps|action|into") {
			continue
		}
		for j := max(s.a, k-8); j < k; j++ {
			if v.words[j].in(b.lx.dataWord) {
				return true
			}
		}
	}
	return false
}

// attackWorded reports whether the victim's sentences call the incident an
// attack (or a hack, an incident, ransomware ...) rather than only a breach,
// an intrusion or a theft.
func (b *Builder) attackWorded(v *view, i int, cues [][]cue) bool {
	for _, si := range v.sentencesOf(i) {
		for _, c := range cues[si] {
			if alt(v.words[c.i].low, "attack|cyberattack|cyber-attack|hack|incident|ransomware|ddos|denial-of-service|phishing|malware|attacked|hacked|hit|targeted") {
				return true
			}
		}
	}
	return false
}

// date picks the earliest resolved date close to a word reporting the attack
// or its first effect ("became unavailable on Wednesday 30 September", "an
// intrusion it first detected in February").
func (b *Builder) date(v *view, vi *victim) *model.DateValue {
	var cands, reported []int
	for _, an := range vi.anchors {
		s := v.sents[an.sent]
		reach := 9
		if an.active {
			reach = 13 // "flooded the Port of Kelso's booking portal with requests on Tuesday"
		}
		for k := max(s.a, an.word-6); k < min(s.b, an.word+reach); k++ {
			d := int(v.words[k].date)
			if d < 0 || d >= len(v.in.Dates) || v.in.Dates[d].Value == "" {
				continue
			}
			// "until 1 November", "by Thursday": not when it began
			p := k - 1
			for p >= s.a && int(v.words[p].date) == d {
				p--
			}
			if p >= s.a && alt(v.words[p].low, "until|till|by|before|next") {
				continue
			}
			// a report date ("said on Friday", "confirmed last week that") only
			// when nothing else dates the attack
			if q := p; q >= s.a && (v.words[q].in(b.lx.reportVerb) || v.words[q].low == "on" && q-1 >= s.a && v.words[q-1].in(b.lx.reportVerb)) {
				reported = append(reported, d)
				continue
			}
			if p >= s.a && v.words[p].low == "since" && v.in.Dates[d].Precision != model.PrecisionDay {
				continue
			}
			// a date after an attack noun belongs to it only within its own phrase:
			// not "the domain used in the attack had been registered the previous Friday"
			if k > an.word && an.noun {
				verb := false
				for j := an.word + 1; j < k; j++ {
					w := v.words[j].low
					if alt(w, "occurred|happened|began|started|struck|unfolded|took|place|first|was|were|on|at|in") && !(j > an.word+1 && alt(w, "was|were")) {
						continue // the attack's own event verb: "the attack occurred on Tuesday"
					}
					// an auxiliary opens a clause of its own; a bare participle
					// ("an update released on 14 October") or a verb of the attack
					// itself ("the attack crippled its systems on Monday") does not
					if v.words[j].in(b.lx.aux) && w != "to" && !strings.HasSuffix(w, "ly") {
						verb = true
					}
				}
				if verb {
					continue
				}
			}
			if p-1 >= s.a && v.words[p].low == "least" {
				continue
			}
			if k > an.word && b.expected(v, s, an.word, k) {
				continue // "is expected to be restored next week"
			}
			if inRelative(v, s, k, an.word) {
				continue // "passengers who travelled in July"
			}
			if inAside(v, s, k, an.word) {
				continue // "the kiosks, which were installed earlier this year, have suffered outages"
			}
			cands = append(cands, d)
		}
	}
	if len(cands) == 0 {
		cands = reported
	}
	best := -1
	for _, d := range cands {
		// a date that another candidate narrows down ("this year", "at the
		// weekend" beside "Saturday") gives way to it
		narrowed := false
		for _, e := range cands {
			if e != d && contains(v.in.Dates[d].Value, v.in.Dates[e].Value) {
				narrowed = true
			}
		}
		if narrowed {
			continue
		}
		if best < 0 || earlier(v.in.Dates[d].Value, v.in.Dates[best].Value) {
			best = d
		}
	}
	if best < 0 {
		return nil
	}
	d := v.in.Dates[best]
	return &model.DateValue{Text: d.Text, Value: d.Value, Precision: d.Precision}
}

// expected reports whether a word of expectation or plan ("expected",
// "due", "scheduled") stands between shortly before anchor a and the date at
// k: the date is of a future step, not of the attack.
func (b *Builder) expected(v *view, s sentence, a, k int) bool {
	for j := max(s.a, a-4); j < k; j++ {
		if alt(v.words[j].low, "expected|expects|due|scheduled|planned|plans|hoped|hopes|aims|intends") {
			return true
		}
	}
	return false
}

// inRelative reports whether the date at word k follows the verb of a
// relative clause ("who travelled in July") that does not hold word a.
func inRelative(v *view, s sentence, k, a int) bool {
	for j := k - 1; j >= s.a && j >= k-3; j-- {
		w := v.words[j]
		if j == a {
			return false
		}
		if !w.cap && strings.HasSuffix(w.low, "ed") && len(w.low) > 4 {
			for r := j - 1; r >= s.a && r >= j-3; r-- {
				if r == a {
					return false
				}
				if alt(v.words[r].low, "who|which|that") {
					return true
				}
			}
			return false
		}
	}
	return false
}

// inAside reports whether word k lies in a clause set off by commas and
// opened by "which", "who" or "where" that does not hold word a.
func inAside(v *view, s sentence, k, a int) bool {
	l := k - 1
	for l >= s.a && v.words[l].low != "," {
		l--
	}
	if l < s.a || l+1 >= s.b || !alt(v.words[l+1].low, "which|who|where|whose") {
		return false
	}
	r := k + 1
	for r < s.b && v.words[r].low != "," {
		r++
	}
	return a < l || a > r
}

// bounds returns the first and last day an ISO value covers.
func bounds(val string) (string, string) {
	a, b := val, val
	if k := strings.IndexByte(val, '/'); k >= 0 {
		a, b = val[:k], val[k+1:]
	}
	switch len(a) {
	case 4:
		a += "-01-01"
	case 7:
		a += "-01"
	}
	switch len(b) {
	case 4:
		b += "-12-31"
	case 7:
		b += "-31"
	}
	return a, b
}

// contains reports whether value a covers value b and is wider.
func contains(a, b string) bool {
	if a == b {
		return false
	}
	a0, a1 := bounds(a)
	b0, b1 := bounds(b)
	return a0 <= b0 && b1 <= a1 && (a0 != b0 || a1 != b1)
}

// earlier reports whether ISO value a starts before b; on a tie the more
// precise (shorter interval) wins.
func earlier(a, b string) bool {
	sa, sb := a, b
	if k := strings.IndexByte(a, '/'); k >= 0 {
		sa = a[:k]
	}
	if k := strings.IndexByte(b, '/'); k >= 0 {
		sb = b[:k]
	}
	if sa != sb {
		return sa < sb
	}
	return len(a) < len(b)
}

// quotesOf returns the indices of the quotes spoken by the victim or by a
// person named in a sentence that also names the victim ("Maria Keller,
// chief information officer at VCT, said").
func (b *Builder) quotesOf(v *view, ent int) []int {
	id := v.in.Entities[ent].ID
	people := map[string]bool{}
	for _, s := range v.sents {
		hasVictim := false
		for k := s.a; k < s.b; k++ {
			if v.words[k].ent == ent {
				hasVictim = true
			}
		}
		if !hasVictim {
			continue
		}
		for k := s.a; k < s.b; k++ {
			if e := v.words[k].ent; e >= 0 && v.isPerson(e) {
				people[v.in.Entities[e].ID] = true
			}
		}
	}
	out := []int{}
	for qi, q := range v.in.Quotes {
		if q.Speaker == nil {
			continue
		}
		if (q.Speaker.ID != "" && q.Speaker.ID == id) || people[q.Speaker.ID] {
			out = append(out, qi)
		}
	}
	return out
}

// evidence returns the spans of the sentences that report victim i's
// incident: those naming it as attacked and those of its part of the story
// that speak of the attack.
func (b *Builder) evidence(v *view, i int, vi *victim, cues [][]cue) []model.Span {
	out := []model.Span{}
	for si, s := range v.sents {
		if vi.cueSents[si] || (s.body && s.victim == i && len(cues[si]) > 0) {
			out = append(out, s.span)
		}
	}
	return out
}
