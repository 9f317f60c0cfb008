package incidents

import (
	"strings"
	"unicode"
)

// cue is a word that reports an attack event.
type cue struct {
	i      int  // word index
	strong bool // a particular attack, fit to make a victim
	noun   bool // an attack noun ("attack", "intrusion"), not a verb
	active bool // an active attack verb: "hackers breached X"
	// patient: the organisation before the cue undergoes the attack ("X has
	// become the latest victim of a ransomware gang")
	patient bool
}

// attackCues returns the attack cues of sentence s: attack nouns that name
// one particular event (not plural, not "a similar attack", not
// hypothetical), passive attack verbs ("was hit", "was targeted") and passive
// data theft ("had been stolen").
func (b *Builder) attackCues(v *view, s sentence, out []cue) []cue {
	lx := b.lx
	for i := s.a; i < s.b; i++ {
		w := v.words[i].low
		switch {
		case v.words[i].in(lx.attackNoun):
			if !b.nounIsEvent(v, s, i) {
				continue
			}
			strong := true
			if w == "incident" || w == "campaign" || w == "compromise" || w == "fraud" || w == "scam" {
				p := ""
				if i > s.a {
					p = v.words[i-1].low
				}
				strong = alt(p, "cyber|security|cybersecurity|cyber-security|ransomware|phishing|hacking|malware|e-mail|email|it|data|network|harvesting|spoofing|impersonation|invoice|payment|ceo|wire|compromise")
				if (w == "campaign" || w == "fraud" || w == "scam") && !strong {
					continue // "a marketing campaign", "a tax fraud"
				}
			}
			if b.hypothetical(v, s, i) || b.negatedAgent(v, s, i) || b.deniedNoun(v, s, i) {
				continue
			}
			out = append(out, cue{i: i, strong: strong, noun: true})
		case (v.words[i].in(lx.passiveHit) || v.words[i].in(lx.theft)) && (b.passive(v, s, i) || b.byAttack(v, s, i)):
			if b.hypothetical(v, s, i) || b.otherAgent(v, s, i) || b.negatedPassive(v, s, i) {
				continue
			}
			if v.words[i].in(lx.theft) && !b.dataNear(v, s, i) {
				continue
			}
			if alt(w, "flooded|bombarded|overwhelmed") && !b.floodOfRequests(v, s, i) {
				continue // "the terminal was overwhelmed by cargo volumes"
			}
			if b.byOther(v, s, i) {
				continue // "results had been hit by higher fuel costs"
			}
			out = append(out, cue{i: i, strong: true})
		case v.words[i].in(lx.activeHit) && !b.passive(v, s, i):
			if i > s.a && (v.words[i-1].in(lx.determiner) || v.words[i-1].in(lx.quantifier) || v.words[i-1].low == "involving") {
				continue // an adjective: "an infected computer"
			}
			// the object names the victim ("breached the network of X"), or the
			// subject is an attacker ("hackers encrypted its servers")
			p := i - 1
			for p > s.a && alt(v.words[p].low, "had|have|has|then|also|reportedly|allegedly|later") {
				p--
			}
			attackerSubject := p >= s.a && p < i && (v.words[p].in(lx.attackerWord) || v.words[p].family || v.words[p].attacker)
			if b.hypothetical(v, s, i) || (b.activeObject(v, s, i) < 0 && !attackerSubject) {
				continue
			}
			generic := false
			for k := max(s.a, i-4); k < i; k++ {
				generic = generic || v.words[k].in(lx.generic)
			}
			if !generic {
				out = append(out, cue{i: i, strong: true, active: true})
			}
		case v.words[i].in(lx.breakVerb) && i+1 < s.b && v.words[i+1].low == "into":
			if b.activeObject(v, s, i) >= 0 && !b.hypothetical(v, s, i) {
				out = append(out, cue{i: i, strong: true, active: true})
			}
		case v.words[i].in(lx.mailNoun) && i-2 >= s.a && alt(v.words[i-1].low, "spoofed|fraudulent|fake|bogus|malicious|forged") &&
			alt(v.words[i-2].low, "received|sent|opened|clicked|got|receiving|opening"):
			// "staff received spoofed e-mails": a phishing attempt that reached its target
			if !b.hypothetical(v, s, i) {
				out = append(out, cue{i: i, strong: true, noun: true})
			}
		case v.words[i].in(lx.accessNoun) && i > s.a && alt(v.words[i-1].low, "unauthorised|unauthorized|suspicious|unusual|malicious|illegal"):
			// "detected unauthorised access to its network"
			if !b.hypothetical(v, s, i) {
				out = append(out, cue{i: i, strong: true, noun: true})
			}
		case v.words[i].in(lx.gainVerb) && i+1 < s.b && alt(v.words[i+1].low, "access|control|entry"):
			p := i - 1
			for p > s.a && alt(v.words[p].low, "had|have|has|then|also") {
				p--
			}
			if p >= s.a && p < i && (v.words[p].in(lx.attackerWord) || v.words[p].attacker) && !b.hypothetical(v, s, i) {
				out = append(out, cue{i: i, strong: true, active: true})
			}
		case v.words[i].in(lx.demandVerb) && v.has(i+1, s.b, "a|an", "ransom") && i > s.a && (v.words[i-1].in(lx.attackerWord) || v.words[i-1].attacker || v.words[i-1].family):
			// "attackers demanded a ransom"
			if !b.hypothetical(v, s, i) {
				out = append(out, cue{i: i, strong: true, active: true})
			}
		case v.words[i].in(lx.victimNoun) && i+2 < s.b && v.words[i+1].low == "of":
			// "the latest victim of a ransomware gang", "a target of hackers"
			for k := i + 2; k < s.b && k <= i+6; k++ {
				x := v.words[k]
				if x.in(lx.attackerWord) || x.attacker || x.family {
					if !b.hypothetical(v, s, i) && !b.negatedBetween(v, max(s.a, i-4), i) {
						out = append(out, cue{i: i, strong: true, patient: true})
					}
					break
				}
				if x.in(lx.attackNoun) || x.in(lx.stop) || x.low == "," {
					break
				}
			}
		case w == "suffered" || w == "suffers" || w == "suffer":
			generic := false
			for k := i + 1; k < s.b && k < i+4; k++ {
				generic = generic || v.words[k].in(lx.generic)
			}
			if i+3 < s.b && !generic && b.hasAttackNounWithin(v, i+1, min(i+5, s.b)) {
				out = append(out, cue{i: i, strong: true}) // not "suffered a similar incident"
			}
		}
	}
	return out
}

// negatedPassive reports whether the auxiliaries before the participle at
// i hold a negation: "had never been hit", "was not targeted".
func (b *Builder) negatedPassive(v *view, s sentence, i int) bool {
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		w := v.words[k].low
		if v.words[k].in(b.lx.negation) && w != "no" {
			return true
		}
		if !v.words[k].in(b.lx.aux) {
			return false
		}
	}
	return false
}

// floodOfRequests reports whether a flooding verb at i floods with network
// traffic or is done by attackers: "flooded with traffic", "overwhelmed
// by bots".
func (b *Builder) floodOfRequests(v *view, s sentence, i int) bool {
	for k := i + 1; k < s.b && k <= i+6; k++ {
		w := v.words[k].low
		if alt(w, "traffic|requests|packets|queries|bots|botnet") || v.words[k].in(b.lx.attackerWord) || v.words[k].attacker {
			return true
		}
	}
	return false
}

// deniedNoun reports whether the attack noun at i is denied: "not a
// cyberattack", "no ransomware attack", "rather than an attack".
func (b *Builder) deniedNoun(v *view, s sentence, i int) bool {
	k := i - 1
	for k >= s.a && v.words[k].in(b.lx.typeWord) {
		k--
	}
	if k >= s.a && v.words[k].low == "no" {
		return true
	}
	if k-1 >= s.a && alt(v.words[k].low, "a|an") && (alt(v.words[k-1].low, "not|never") || v.has(k-2, s.b, "rather", "than")) {
		return true
	}
	return false
}

// negatedBetween reports whether a negation stands between words a and e.
func (b *Builder) negatedBetween(v *view, a, e int) bool {
	for k := a; k < e; k++ {
		if v.words[k].in(b.lx.negation) {
			return true
		}
	}
	return false
}

// byOther reports whether the passive at i names an agent that is no attack
// and no attacker: "hit by higher fuel costs", "struck by a strike".
func (b *Builder) byOther(v *view, s sentence, i int) bool {
	k := i + 1
	for k < s.b && k <= i+3 && (strings.HasSuffix(v.words[k].low, "ly") || v.words[k].low == "also") {
		k++
	}
	if k >= s.b || v.words[k].low != "by" {
		return false
	}
	for j := k + 1; j < s.b && j <= k+6; j++ {
		w := v.words[j]
		if w.in(b.lx.attackNoun) || w.in(b.lx.attackPlural) || w.in(b.lx.attackerWord) || w.in(b.lx.typeWord) && w.low != "major" && w.low != "new" || w.family || w.attacker || w.in(b.lx.malwareNoun) {
			return false
		}
		if w.ent >= 0 && v.isOrg(w.ent) {
			return false // a named group: "hit by Ninefold"
		}
		if w.low == "," || w.low == "." || w.low == ";" || w.in(b.lx.stop) && w.low != "and" {
			break
		}
	}
	return true
}

// coordinatedBefore reports the organisations coordinated before the last
// mention of entity e ahead of word i: "X and Y were hit".
func (b *Builder) coordinatedBefore(v *view, s sentence, e, i int, report func(ent, at int)) {
	k := i - 1
	for k >= s.a && v.words[k].ent != e {
		k--
	}
	if k < s.a {
		return
	}
	k = v.mentionStart(k, s.a)
	for k-2 >= s.a && alt(v.words[k-1].low, "and|,") {
		j := k - 2
		if v.words[j].ent < 0 || !v.isOrg(v.words[j].ent) {
			return
		}
		j = v.mentionStart(j, s.a)
		report(v.words[j].ent, j)
		k = j
	}
}

// speakerOrg returns the entity index of the organisation that speaks quote
// q, or -1.
func (b *Builder) speakerOrg(v *view, q int) int {
	if q >= len(v.in.Quotes) || v.in.Quotes[q].Speaker == nil || v.in.Quotes[q].Speaker.ID == "" {
		return -1
	}
	id := v.in.Quotes[q].Speaker.ID
	for ei, e := range v.in.Entities {
		if e.ID == id {
			if v.isOrg(ei) {
				return ei
			}
			return -1
		}
	}
	return -1
}

// firstPersonTarget reports whether the attack cue c falls on the speakers
// themselves: "we were hit", "our systems were encrypted", "hackers breached
// our network", "we suffered a ransomware attack".
func (b *Builder) firstPersonTarget(v *view, s sentence, c cue) bool {
	if !c.strong || b.negatedBetween(v, max(s.a, c.i-4), c.i) {
		return false
	}
	w := v.words[c.i].low
	if c.active {
		for k := c.i + 1; k < s.b && k <= c.i+3; k++ {
			if alt(v.words[k].low, "us|our") {
				return true
			}
		}
		return false
	}
	if c.noun && !(c.i-3 >= s.a && alt(v.words[c.i-2].low, "a|an") && alt(v.words[c.i-3].low, "suffered|experienced|had")) &&
		!(c.i-4 >= s.a && alt(v.words[c.i-3].low, "a|an") && alt(v.words[c.i-4].low, "suffered|experienced|had")) {
		return false
	}
	if !c.noun && !v.words[c.i].in(b.lx.passiveHit) && !v.words[c.i].in(b.lx.theft) && w != "suffered" {
		return false
	}
	// the subject before the verb chain: "we", "our <system>"
	for k := c.i - 1; k >= s.a && k >= c.i-8; k-- {
		x := v.words[k].low
		if x == "we" || x == "our" {
			return true
		}
		if x == "," || x == "\"" || x == "\u201c" || v.words[k].in(b.lx.stop) && !v.words[k].in(b.lx.aux) && x != "we" {
			return false
		}
	}
	return false
}

// negatedAgent reports whether the attack noun at i is the agent of a
// negated passive: "had never been hit by a cyberattack".
func (b *Builder) negatedAgent(v *view, s sentence, i int) bool {
	for k := i - 1; k > s.a && k >= i-5; k-- {
		if v.words[k].low == "by" {
			return v.words[k-1].in(b.lx.passiveHit) && b.negatedPassive(v, s, k-1)
		}
	}
	return false
}

// judicial reports whether the sentence reports a court or police action
// ("sentenced two men ... for their part in a ransomware attack"): its
// subject judges the attack, it did not suffer it.
func (b *Builder) judicial(v *view, s sentence) bool {
	for k := s.a; k < s.b; k++ {
		if alt(v.words[k].low, "sentenced|convicted|jailed|fined|charged|arrested|prosecuted|extradited|indicted|acquitted|sued|ruled") {
			return true
		}
	}
	return false
}

// otherTarget reports whether the attack noun of c names its own, unnamed
// target: "a ransomware attack that halted a Rotterdam freight forwarder",
// "an attack on a forwarder".
func (b *Builder) otherTarget(v *view, s sentence, c cue) bool {
	if !c.noun {
		return false
	}
	k := c.i + 1
	if k+1 < s.b && alt(v.words[k].low, "on|against") && alt(v.words[k+1].low, "a|an|several|other|another|one") {
		return true
	}
	if k+2 < s.b && alt(v.words[k].low, "that|which") && (v.words[k+1].in(b.lx.activeHit) || alt(v.words[k+1].low, "halted|affected|shut|took|brought|forced")) {
		for j := k + 2; j < s.b && j <= k+4; j++ {
			if alt(v.words[j].low, "a|an|several|other|another|one") {
				return true
			}
			if alt(v.words[j].low, "it|its|the") || v.words[j].ent >= 0 {
				return false
			}
		}
	}
	return false
}

// activeObject returns the first word of the organisation mention in the
// object of the active attack verb at i ("breached the booking system of
// Kaldera Shipping"), or -1.
func (b *Builder) activeObject(v *view, s sentence, i int) int {
	for k := i + 1; k < s.b && k <= i+10; k++ {
		m := v.words[k]
		if m.low == "," || m.low == ";" || m.low == "." || m.low == "that" || m.low == "which" || m.low == "but" || m.quote != v.words[i].quote {
			return -1
		}
		if m.ent >= 0 && v.isOrg(m.ent) {
			return k
		}
	}
	return -1
}

// otherAgent reports whether a passive attack verb names another attack as
// its agent: "targeted by a similar campaign", or has "one of several ..."
// as subject.
func (b *Builder) otherAgent(v *view, s sentence, i int) bool {
	if i+1 < s.b && v.words[i+1].low == "by" {
		for k := i + 2; k < s.b && k <= i+5; k++ {
			if v.words[k].in(b.lx.generic) {
				return true
			}
		}
	}
	for k := max(s.a, i-6); k < i; k++ {
		if v.has(k, s.b, "one", "of", "several|many|the|dozens|hundreds") {
			return true
		}
	}
	return false
}

// byAttack recognises the headline passive "X hit by cyberattack": a
// participle followed by "by" and an attack noun.
func (b *Builder) byAttack(v *view, s sentence, i int) bool {
	if i+1 >= s.b || v.words[i+1].low != "by" {
		return false
	}
	for k := i + 2; k < s.b && k <= i+6; k++ {
		if v.words[k].in(b.lx.attackNoun) || v.words[k].in(b.lx.attackerWord) || v.words[k].family || v.words[k].attacker {
			return true
		}
	}
	return false
}

// hasAttackNounWithin reports whether words[a:b] hold a singular attack noun.
func (b *Builder) hasAttackNounWithin(v *view, a, e int) bool {
	for k := a; k < e; k++ {
		if v.words[k].in(b.lx.attackNoun) {
			return true
		}
	}
	return false
}

// nounIsEvent reports whether the attack noun at i names one particular
// attack: it has a determiner ("a", "the", "its") before its modifiers, or,
// bare, it is the subject of an event verb ("malware was found"); a noun
// used as a modifier of another attack noun or of "gang" defers to it.
func (b *Builder) nounIsEvent(v *view, s sentence, i int) bool {
	lx := b.lx
	if i+1 < s.b {
		n := v.words[i+1].low
		if v.words[i+1].in(lx.attackNoun) || v.words[i+1].in(lx.attackPlural) || n == "gang" || n == "group" || n == "groups" || n == "gangs" ||
			n == "operators" || n == "family" || n == "families" || n == "strain" || n == "traffic" || n == "attacks" ||
			n == "like" || n == "fatigue" || n == "emails" || n == "e-mails" || n == "messages" || n == "victims" {
			return false
		}
		if n == "attack" {
			return false
		}
	}
	for k := i - 1; k >= s.a && k >= i-7; k-- {
		w := v.words[k].low
		if v.words[k].in(lx.generic) {
			return false
		}
		if v.words[k].in(lx.determiner) {
			return true
		}
		if w == "'s" || w == "\u2019s" {
			return true
		}
		if v.words[k].in(lx.typeWord) || v.words[k].date >= 0 || (v.words[k].cap && v.words[k].ent < 0) || isDigits(w) {
			continue
		}
		break
	}
	// bare: "malware was found", "ransomware hit"
	if i+1 < s.b {
		n := v.words[i+1].low
		if alt(n, "hit|struck|knocked|took|crippled|disrupted|encrypted|forced|spread|spreads|planted|infected|reached|paralysed|halted") {
			return true
		}
		if (n == "was" || n == "were" || n == "has" || n == "had") && i+2 < s.b {
			m := v.words[i+2].low
			return m == "found" || m == "discovered" || m == "detected" || m == "identified" || m == "been"
		}
	}
	return false
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// passive reports whether the participle at i follows a form of "be"
// ("was hit", "had been stolen", "to be targeted").
func (b *Builder) passive(v *view, s sentence, i int) bool {
	for k := i - 1; k >= s.a && k >= i-3; k-- {
		w := v.words[k].low
		if w == "was" || w == "were" || w == "been" || w == "is" || w == "are" || w == "be" || w == "being" || w == "get" || w == "got" {
			return true
		}
		if !(v.words[k].in(b.lx.aux) || strings.HasSuffix(w, "ly")) {
			return false
		}
	}
	return false
}

// dataNear reports whether a data word stands within the sentence around i.
func (b *Builder) dataNear(v *view, s sentence, i int) bool {
	for k := max(s.a, i-16); k < min(s.b, i+8); k++ {
		if v.words[k].in(b.lx.dataWord) {
			return true
		}
	}
	return false
}

// hypothetical reports whether a modal, "if" or "whether" stands shortly
// before the cue at i, as in "if an attack hit" or "will be taken down by an
// attack".
func (b *Builder) hypothetical(v *view, s sentence, i int) bool {
	for k := i - 1; k >= s.a && k >= i-8; k-- {
		w := v.words[k].low
		if w == "," || w == ";" || w == ":" {
			if k < i-3 {
				return false
			}
			continue
		}
		if v.words[k].in(b.lx.hypothetical) && v.words[k].ent < 0 {
			return true // not a word of a name: "Halyard Insurance"
		}
	}
	return false
}

// subjectMention returns the first word of the sentence's subject when that
// subject is an entity mention: the first mention of the sentence, with no
// preposition, reporting verb or conjunction before it. It returns -1 when
// the sentence does not open with an entity.
func (b *Builder) subjectMention(v *view, s sentence) int {
	s.a = b.leadIn(v, s)
	// a lead-in ends at a colon or dash before any name: "Second, and more serious:"
	for k := s.a; k < s.b; k++ {
		w := v.words[k]
		if w.ent >= 0 && v.isOrg(w.ent) || w.quote >= 0 {
			break
		}
		if w.low == ":" || w.low == "-" || w.low == "\u2013" || w.low == "\u2014" {
			s.a = k + 1
		}
	}
	for k := s.a; k < s.b; k++ {
		w := v.words[k]
		if w.quote >= 0 {
			return -1
		}
		switch w.low {
		case "(":
			// a bracketed aside ("(Harbour Wire)") holds no subject
			for k < s.b && v.words[k].low != ")" {
				k++
			}
			continue
		}
		if w.ent >= 0 {
			if !v.isOrg(w.ent) && !v.isPerson(w.ent) {
				continue // a place: "UK freight forwarder X"
			}
			if e := v.mentionEnd(k, s.b); e < s.b && (v.words[e].low == "'s" || v.words[e].low == "\u2019s") {
				return -1 // a possessor: "the men rented X's ransomware"
			}
			return k
		}
		if !w.cap && len(w.low) > 4 && strings.HasSuffix(w.low, "ed") && !w.in(b.lx.typeWord) {
			return -1 // a verb before any name: "The two men rented ..."
		}
		if w.in(b.lx.subjectBlock) || w.in(b.lx.reportVerb) || w.in(b.lx.pronoun) {
			return -1
		}
		if w.in(b.lx.attackNoun) && k > s.a {
			return -1
		}
	}
	return -1
}

// leadIn returns the first word after an adverbial that opens sentence s
// and ends at a comma ("On Monday,", "Separately,", "In a statement
// released on Friday,"), or s.a when there is none. The adverbial names no
// entity and holds no verb of its own.
func (b *Builder) leadIn(v *view, s sentence) int {
	if s.a >= s.b {
		return s.a
	}
	f := v.words[s.a]
	if !(f.in(b.lx.prep) || f.date >= 0 || strings.HasSuffix(f.low, "ly") || alt(f.low, "however|meanwhile|separately|earlier|later|last|yesterday|today|overnight|elsewhere|also")) {
		return s.a
	}
	for k := s.a; k < s.b && k <= s.a+8; k++ {
		w := v.words[k]
		if w.ent >= 0 || w.quote >= 0 || w.in(b.lx.reportVerb) || w.in(b.lx.pronoun) {
			return s.a
		}
		if w.low == "," {
			return k + 1
		}
	}
	return s.a
}

// nearestOrgBefore returns the entity of the organisation mention closest
// before word i in the sentence, skipping an apposition or relative clause
// between commas; -1 if there is none or a clause boundary comes first.
func (b *Builder) nearestOrgBefore(v *view, s sentence, i int) int {
	depth := 0
	for k := i - 1; k >= s.a; k-- {
		w := v.words[k]
		if w.ent >= 0 {
			if v.isOrg(w.ent) && depth == 0 {
				return w.ent
			}
			if depth == 0 && !v.isOrg(w.ent) && v.isPerson(w.ent) {
				return -1
			}
			continue
		}
		switch w.low {
		case ",":
			depth = 1 - depth
		case "that", "which", "who", ";", ":", "said", "says", "told":
			// "X, which was hit by": the relative pronoun stands for X
			if (w.low == "which" || w.low == "who") && k-2 >= s.a && v.words[k-1].low == "," && v.isOrg(v.words[k-2].ent) {
				return v.words[k-2].ent
			}
			if depth == 0 {
				return -1
			}
		}
		if k < i-25 {
			return -1
		}
	}
	return -1
}

// victimHits finds the organisations sentence s reports as attacked, with a
// weight: 2 for a direct pattern ("X was hit by", "the attack on X", "the
// website of X" knocked offline), 1 for the subject of a sentence reporting
// an attack ("X said ... after an attack").
func (b *Builder) victimHits(v *view, s sentence, cues []cue, report func(ent, weight, word int)) {
	if len(cues) == 0 {
		return
	}
	// a subject that only reports an attack gives way to an organisation
	// the same sentence names as attacked ("Insurer X said the attack on Y")
	type h struct{ ent, weight, word int }
	var hs []h
	hit := func(ent, weight, word int) { hs = append(hs, h{ent, weight, word}) }
	defer func() {
		direct := map[int]bool{}
		for _, x := range hs {
			if x.weight >= 2 {
				direct[x.ent] = true
			}
		}
		for _, x := range hs {
			if x.weight < 2 && len(direct) > 0 && !direct[x.ent] {
				continue
			}
			report(x.ent, x.weight, x.word)
		}
	}()
	subj := b.subjectMention(v, s)
	// judicial is asked once per sentence, not once per cue: a sentence the
	// segmenter could not end may hold thousands of cues
	jud := -1
	judicial := func() bool {
		if jud < 0 {
			jud = 0
			if b.judicial(v, s) {
				jud = 1
			}
		}
		return jud == 1
	}
	for _, c := range cues {
		if q := v.words[c.i].quote; q >= 0 {
			// "We were hit by ransomware," said a spokesperson for X: the
			// organisation speaking undergoes the attack
			if e := b.speakerOrg(v, int(q)); e >= 0 && b.firstPersonTarget(v, s, c) {
				hit(e, 2, c.i)
			}
			continue
		}
		w := v.words[c.i].low
		// the attack on X / against X
		if c.noun && c.i+1 < s.b && alt(v.words[c.i+1].low, "on|against|at") {
			k := c.i + 2
			if k < s.b && v.words[k].low == "the" {
				k++
			}
			// a description before the name: "the attack on its rival X",
			// "an attack on the Rotterdam-based forwarder X"
			for d := k; d < s.b && d < k+5 && !v.isOrg(v.words[d].ent); d++ {
				w := v.words[d]
				if w.date >= 0 || w.quote >= 0 || w.in(b.lx.stop) && !b.lx.possessive(w.low) || w.in(b.lx.prep) || w.ent >= 0 && v.isPerson(w.ent) ||
					len(w.low) == 1 && w.low != "a" || w.low == "'s" || w.low == "\u2019s" {
					break
				}
				if d+1 < s.b && v.isOrg(v.words[d+1].ent) && v.mentionStart(d+1, s.a) == d+1 {
					k = d + 1
					break
				}
			}
			if k < s.b && v.isOrg(v.words[k].ent) {
				hit(v.words[k].ent, 2, k)
			}
		}
		// <attackers> breached the network of X / hit X
		if c.active {
			if k := b.activeObject(v, s, c.i); k >= 0 {
				hit(v.words[k].ent, 2, k)
				continue
			}
		}
		if c.patient {
			if e := b.nearestOrgBefore(v, s, c.i); e >= 0 {
				hit(e, 2, c.i)
			}
		}
		// X was hit / targeted / suffered
		if !c.noun && (v.words[c.i].in(b.lx.passiveHit) || w == "suffered" || w == "suffers" || w == "suffer") {
			if e := b.nearestOrgBefore(v, s, c.i); e >= 0 {
				hit(e, 2, c.i)
				b.coordinatedBefore(v, s, e, c.i, func(x, at int) { hit(x, 2, at) })
			}
		}
		// "to be targeted by", "the target of", "the victim of", "fell victim to"
		if c.noun && c.i >= s.a+2 {
			// step back over the noun's modifiers: "the target of a business
			// email compromise scam"
			d := c.i
			for d-1 > s.a && d > c.i-4 && !alt(v.words[d-1].low, "a|an|the") && !v.words[d-1].in(b.lx.stop) && !v.words[d-1].in(b.lx.prep) {
				d--
			}
			p := v.words[d-1].low
			if (p == "a" || p == "an") && d >= s.a+2 {
				q := v.words[d-2].low
				c := c
				c.i = d
				if q == "of" && c.i >= s.a+4 && (v.words[c.i-3].low == "target" || v.words[c.i-3].low == "victim") {
					if e := b.nearestOrgBefore(v, s, c.i-3); e >= 0 {
						hit(e, 2, c.i)
					}
				}
			}
		}
		// subject of the sentence
		if c.strong && subj >= 0 && subj < c.i && v.isOrg(v.words[subj].ent) && !judicial() && !b.otherTarget(v, s, c) {
			hit(v.words[subj].ent, 1, subj)
		}
	}
	// the <system> of X, X's <system>, in a sentence reporting an attack
	for k := s.a; k < s.b; k++ {
		w := v.words[k]
		if w.ent < 0 || !v.isOrg(w.ent) || v.mentionStart(k, s.a) != k {
			continue
		}
		// X's <system> after a preposition, the attack before it: "malicious
		// code was found on X's navigation computers"
		p := k - 1
		if p >= s.a && v.words[p].low == "the" {
			p--
		}
		if e := v.mentionEnd(k, s.b); p >= s.a && alt(v.words[p].low, "on|in|from|into|onto|inside") && e+1 < s.b && alt(v.words[e].low, "'s|\u2019s|'|\u2019") {
			for j := e + 1; j < s.b && j <= e+4; j++ {
				if !v.words[j].in(b.lx.systemHead) {
					continue
				}
				// the preposition belongs to the attack: "an attack on X's systems",
				// "code was found on X's computers"; not "a cyberattack that
				// exploited a flaw in X's software"
				for _, c := range cues {
					if !c.strong || c.i >= p || c.i < k-8 || b.hypothetical(v, s, c.i) || b.negatedBetween(v, max(s.a, c.i-3), k) {
						continue
					}
					direct := true
					for t := c.i + 1; t < p; t++ {
						if !alt(v.words[t].low, "was|were|been|had|has|have|is|are|being|found|discovered|detected|planted|installed|hidden|stolen|taken|copied") {
							direct = false
						}
					}
					if direct {
						hit(w.ent, 2, k)
						break
					}
				}
				break
			}
		}
		// X's <system> as the sentence's subject: "The Port of Kelso's website was flooded"
		if e := v.mentionEnd(k, s.b); e+1 < s.b && alt(v.words[e].low, "'s|\u2019s|'|\u2019") && (k == s.a || k == s.a+1 && v.words[s.a].low == "the") {
			for j := e + 1; j < s.b && j <= e+4; j++ {
				if !v.words[j].in(b.lx.systemHead) || v.words[j].in(b.lx.genericSys) && j+1 < s.b && v.words[j+1].in(b.lx.systemHead) {
					continue
				}
				// the attack falls on the system after it, unnegated: not
				// "X's booking systems were not hit by the attack"
				for _, c := range cues {
					if c.strong && c.i > j && !b.hypothetical(v, s, c.i) && !b.negatedBetween(v, j, c.i) {
						hit(w.ent, 2, k)
						break
					}
				}
				break
			}
		}
		if k < s.a+2 {
			continue
		}
		j := k - 1
		if v.words[j].low == "the" {
			j--
		}
		// "staff at X received spoofed e-mails": the people of X were the target
		if j > s.a && (v.words[j].low == "of" || v.words[j].low == "at") && alt(v.words[j-1].low, "staff|employees|crew|workers|personnel") && v.words[j-1].quote < 0 {
			for _, c := range cues {
				if c.strong && c.i > k && !b.hypothetical(v, s, c.i) && !b.negatedBetween(v, k, c.i) {
					hit(w.ent, 2, k)
					break
				}
			}
		}
		if j > s.a && (v.words[j].low == "of" || v.words[j].low == "at") && v.words[j-1].in(b.lx.systemHead) && v.words[j-1].quote < 0 {
			// the cue before, or after when the phrase opens the sentence:
			// "Systems at X were disrupted by a ransomware attack"
			opens := j-1 == s.a || j-2 == s.a && v.words[s.a].in(b.lx.quantifier)
			for _, c := range cues {
				if (c.i < j || opens && !b.negatedBetween(v, k, c.i)) && c.strong {
					hit(w.ent, 2, k)
					break
				}
			}
		}
	}
}

// attackerEntities marks the organisations named as attackers: "claimed by
// the X gang", "a group calling itself X", "the hacking group X", "X claimed
// responsibility".
func (b *Builder) attackerEntities(v *view) map[int]bool {
	out := map[int]bool{}
	for _, s := range v.sents {
		for k := s.a; k < s.b; k++ {
			w := v.words[k]
			if w.ent < 0 || !v.isOrg(w.ent) || v.mentionStart(k, s.a) != k {
				continue
			}
			e := v.mentionEnd(k, s.b)
			if b.endsWithAny(v, s.a, k, &b.lx.gangBefore) {
				out[w.ent] = true
				continue
			}
			if k-1 > s.a && v.words[k-1].low == "by" {
				for j := k - 2; j >= s.a && j >= k-5; j-- {
					if alt(v.words[j].low, "claimed|carried|launched|attributed|blamed|staged|mounted|orchestrated") {
						out[w.ent] = true
					}
				}
			}
			if e+1 < s.b && v.words[e].low == "," && alt(v.words[e+1].low, "a|an|the") {
				for j := e + 2; j < s.b && j <= e+5; j++ {
					if alt(v.words[j].low, "group|gang|collective|crew|syndicate") && v.words[j-1].in(b.lx.attackerWord) ||
						alt(v.words[j].low, "group|gang|collective|syndicate") && (j == e+2 || !v.words[j-1].cap) && b.hostileGroup(v, e+2, j) {
						out[w.ent] = true
					}
				}
			}
			j := e
			if j < s.b && v.words[j].low == "," {
				// skip an apposition or relative clause: "X, which first appeared in 2021, has claimed"
				for j++; j < s.b && j < e+20 && v.words[j].low != ","; j++ {
				}
				j++
			}
			if v.phraseAt(e, s.b, &b.lx.gangAfter) || (j < s.b && v.phraseAt(j, s.b, &b.lx.gangAfter)) {
				out[w.ent] = true
			}
		}
	}
	return out
}

// hostileGroup reports whether the words before "group" describe attackers:
// "a pro-Russian group", "a ransomware group", "a hacking group".
func (b *Builder) hostileGroup(v *view, a, e int) bool {
	for k := a; k < e; k++ {
		w := v.words[k].low
		if v.words[k].in(b.lx.typeWord) || v.words[k].in(b.lx.attackerWord) || strings.HasPrefix(w, "pro-") || alt(w, "hacking|hacktivist|criminal|cybercriminal|extortion|state-backed|state-sponsored|russian-speaking|activist") {
			return true
		}
	}
	return false
}

// endsWithAny reports whether one of the phrases of t ends just before
// word k (a "the" between is allowed).
func (b *Builder) endsWithAny(v *view, a, k int, t *phraseTable) bool {
	for _, skip := range []int{0, 1} {
		end := k - skip
		if skip == 1 && (end-1 < a || v.words[end].low != "the") {
			continue
		}
		if skip == 1 {
			end = k - 1
		}
		if end-1 < 0 || end-1 >= len(v.words) {
			continue // no word ends there, so no phrase does
		}
		for _, pi := range t.byLast[v.words[end-1].id] {
			p := t.ids[pi]
			st := end - len(p)
			if st < a {
				continue
			}
			if v.idsAt(st, end, p) {
				return true
			}
		}
	}
	return false
}

// family is a malware family named in the text: not an entity.
type family struct {
	name  string
	words []int // every word index where the name occurs (first word)
}

// malwareFamilies finds names of malware families: "the malware, identified
// as SeaLamprey", "the X ransomware", "the X worm", where X is a capitalised
// word that is not an entity.
func (b *Builder) malwareFamilies(v *view) []family {
	var names []string
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, s := range v.sents {
		for k := s.a; k < s.b; k++ {
			// a gang the entity recogniser left unnamed: "a group calling itself
			// Skarn", "the gang, which calls itself Tidecrack"
			for _, pi := range b.lx.gangIntro.byFirst[v.words[k].id] {
				p := b.lx.gangIntro.list[pi]
				if !v.idsAt(k, s.b, b.lx.gangIntro.ids[pi]) {
					continue
				}
				j := k + len(p)
				if j >= s.b || v.words[j].date >= 0 || j+1 < s.b && alt(v.words[j+1].low, "'s|\u2019s") {
					continue // "the group called Monday's attack ..."
				}
				if n := b.capName(v, s, j); n != "" && !strings.Contains(n, " ") && !b.lx.stop.has(strings.ToLower(n)) && !b.lx.determiner.has(strings.ToLower(n)) {
					add(n)
				}
			}
			if !v.words[k].in(b.lx.malwareNoun) {
				continue
			}
			for j := k + 1; j < s.b && j <= k+10; j++ {
				for pi, p := range b.lx.familyIntro.list {
					if v.idsAt(j, s.b, b.lx.familyIntro.ids[pi]) {
						if n := b.capName(v, s, j+len(p)); n != "" && (j == k+1 || j == k+2 || hasInnerCapital(n)) {
							add(n)
						}
					}
				}
			}
			if k > s.a {
				p := v.words[k-1]
				coined := hasInnerCapital(v.text(&p)) || isAcronym(v.text(&p)) && len([]rune(v.text(&p))) > 3 ||
					k-2 >= s.a && alt(v.words[k-2].low, "by|with")
				if p.cap && p.ent < 0 && p.quote < 0 && k-1 > s.a && !p.in(b.lx.stop) && !p.in(b.lx.determiner) &&
					!p.in(b.lx.typeWord) && len([]rune(v.text(&p))) > 2 && coined {
					add(v.text(&p))
				}
			}
		}
	}
	var out []family
	for _, n := range names {
		f := family{name: n}
		for k := range v.words {
			if v.text(&v.words[k]) == n {
				f.words = append(f.words, k)
			}
		}
		out = append(out, f)
	}
	return out
}

// hasInnerCapital reports whether s has a capital letter after its first
// letter, as coined names do ("SeaLamprey", "NotPetya", "WannaCry").
func hasInnerCapital(s string) bool {
	for i, r := range s {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// capName returns the capitalised non-entity words starting at k, joined.
func (b *Builder) capName(v *view, s sentence, k int) string {
	var parts []string
	for ; k < s.b && len(parts) < 3; k++ {
		w := v.words[k]
		if !w.cap || w.ent >= 0 {
			break
		}
		parts = append(parts, v.text(&w))
	}
	return strings.Join(parts, " ")
}

// responderHits calls hit for each organisation sentence s names as helping
// with the response: "working with X", "with the help of X", "engaged X",
// "brought in the incident response firm X", "X and Y are working with
// <victim>", "X began filtering the traffic".
//
// With strict set, only the patterns that make an organisation a helper of
// another one ("working with <victim>", "engaged X") count, not those that
// a victim may use of itself ("X is investigating").
func (b *Builder) responderHits(v *view, s sentence, isVictim func(int) bool, strict bool, hit func(ent int)) {
	found := map[int]bool{}
	report := func(e int) {
		if !found[e] {
			found[e] = true
			hit(e)
		}
	}
	for k := s.a; k < s.b; k++ {
		w := v.words[k]
		if w.ent < 0 || !v.isOrg(w.ent) || v.mentionStart(k, s.a) != k {
			continue
		}
		// a cue shortly before the name, with only a description between
		found := false
		for back := 0; back <= 8 && !found; back++ {
			end := k - back
			if end <= s.a {
				break
			}
			if back > 0 {
				m := v.words[end]
				// "notified the police and the NCSC", "its IT provider, X,"
				coord := (m.low == "and" || m.low == ",") && back <= 4 && end-1 > s.a && !v.words[end-1].in(b.lx.stop)
				if !coord && m.in(b.lx.stop) || (m.ent >= 0 && m.ent != w.ent && (v.isOrg(m.ent) || v.isPerson(m.ent))) || m.low == "." || m.low == ";" || m.low == ":" {
					break
				}
			}
			if end-1 < s.a {
				break
			}
			for _, pi := range b.lx.respBefore.byLast[v.words[end-1].id] {
				p := b.lx.respBefore.list[pi]
				st := end - len(p)
				if st >= s.a && v.idsAt(st, end, b.lx.respBefore.ids[pi]) {
					if p[len(p)-1] == "with" && isVictim(w.ent) {
						continue
					}
					found = true
					break
				}
			}
		}
		if found {
			report(w.ent)
			b.coordinated(v, s, k, report)
			continue
		}
		// a cue shortly after: "X and the security firm Y are working with Z"
		e0 := v.mentionEnd(k, s.b)
		starts := []int{e0}
		if e0 < s.b && v.words[e0].low == "," {
			// an apposition: "Mandiant, a unit of FireEye, is investigating"
			j := e0 + 1
			for j < s.b && j < e0+15 && v.words[j].low != "," {
				j++
			}
			if j < s.b && v.words[j].low == "," {
				starts = append(starts, j+1)
			}
		}
		for _, e := range starts {
			if found {
				break
			}
			for j := e; j < s.b && j <= e+8; j++ {
				m := v.words[j]
				matched := false
				for _, pi := range b.lx.respAfter.byFirst[m.id] {
					p := b.lx.respAfter.list[pi]
					if v.idsAt(j, s.b, b.lx.respAfter.ids[pi]) {
						end := j + len(p)
						if strict && p[len(p)-1] != "with" {
							continue
						}
						if p[len(p)-1] == "with" {
							t := end
							if t < s.b && v.words[t].low == "the" {
								t++
							}
							if t >= s.b || v.words[t].ent < 0 || !isVictim(v.words[t].ent) {
								continue
							}
						}
						matched = true
						break
					}
				}
				if matched {
					report(w.ent)
					found = true
					break
				}
				if m.ent >= 0 || m.low == "and" || m.low == "the" || m.low == "," || m.low == "its" || m.low == "'s" || m.low == "\u2019s" || m.low == "which" || m.low == "who" ||
					(!m.in(b.lx.stop) && !m.in(b.lx.prep) && !m.status && m.low != "." && m.low != ";") {
					continue
				}
				break
			}
		}
	}
}

// coordinated reports the organisations coordinated with the one whose
// mention starts at k: "working with the National Cybersecurity Centre
// (CNCS) and the Judicial Police".
func (b *Builder) coordinated(v *view, s sentence, k int, report func(int)) {
	e := v.mentionEnd(k, s.b)
	for e < s.b {
		if e+2 < s.b && v.words[e].low == "(" && v.words[e+2].low == ")" {
			e += 3
		}
		if e >= s.b || !alt(v.words[e].low, "and|,") {
			return
		}
		j := e + 1
		if j < s.b && v.words[j].low == "the" {
			j++
		}
		if j >= s.b || v.words[j].ent < 0 || !v.isOrg(v.words[j].ent) || v.mentionStart(j, s.a) != j {
			return
		}
		report(v.words[j].ent)
		e = v.mentionEnd(j, s.b)
	}
}
