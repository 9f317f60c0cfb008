package incidents

import (
	"strings"
	"unicode"

	"github.com/clipper-news/clipper/model"
)

// sysHit is one system named in a clause with the status the clause gives it.
type sysHit struct {
	a, b     int // words[a:b] name the system (after trimming)
	status   string
	anaphor  bool // "these systems", "they": the systems just named
	single   bool // "it": only the last system just named
	notBack  bool // "has not been restored": still in the state it was left in
	definite bool // "the website", "those links": may be a shorter name of one just named
	subject  bool // the system is the subject of its clause
	head     int  // word index of the status cue
	order    int  // position of the cue, for "status at the time of writing"
}

// clause forms: where the system stands relative to its status word.
const (
	formSubject = iota // "<system> became unavailable"
	formObject         // "suspended <system>"
)

// statusAt recognises a status cue starting at word i. It returns the
// status, the number of cue words, and the form: for a participle that can
// be active or passive ("suspended", "restored") the form follows the words
// before it. ok is false when no cue starts at i.
func (b *Builder) statusAt(v *view, s sentence, i int) (status string, n, form int, ok bool) {
	w := v.words[i].low
	if !v.words[i].in(b.lx.statusFirst) {
		return "", 0, 0, false
	}
	has := func(ws ...string) bool { return v.has(i, s.b, ws...) }
	switch {
	case !v.words[i].in(b.lx.statusHead):
		// no case below opens with w (TestStatusHead checks the set)
	case has("partly|partially", "available|operational|accessible|working|functioning|online"):
		return model.StatusDegraded, 2, formSubject, true // "only partly available"
	case has("crashed|collapsed"):
		return model.StatusUnavailable, 1, formSubject, true
	case w == "online" && i > s.a && alt(v.words[i-1].low, "stayed|remained|remains|stays|remain|stay|kept"):
		return model.StatusUnaffected, 1, formSubject, true // "stayed online throughout"
	case has("managed|kept|tracked|recorded|processed|handled|issued|done|filed", "on|in|with", "spreadsheets|spreadsheet|whiteboards|paper"):
		return model.StatusDegraded, 3, formSubject, true // "vessel schedules are being managed on spreadsheets"
	case has("running|operating|working|functioning", "on|from", "backup|backups|back-up|emergency|standby|fallback|reserve|temporary"):
		return model.StatusDegraded, 2, formSubject, true // "running on backup systems"
	case has("continued|continue|continues|continuing", "without", "interruption|interruptions|disruption|disruptions|problems|issues|incident|pause"):
		return model.StatusUnaffected, 3, formSubject, true
	case has("experiencing|experienced|suffering|suffered|seeing|facing|faced", "delays|disruption|disruptions|slowdowns|problems|difficulties|glitches|outages|interruptions"):
		return model.StatusDegraded, 2, formSubject, true // "the app was still experiencing delays"
	case has("back", "up", "and", "running"):
		return model.StatusRestored, 4, formSubject, true
	case has("up", "and", "running"):
		return model.StatusRestored, 3, formSubject, true
	case has("back", "online|up"), has("back", "in|into", "service|operation"), has("back", "to", "normal"):
		if i > s.a && alt(v.words[i-1].low, "brought|bring|brings|put|came|come|comes|coming") {
			return model.StatusRestored, 3, formSubject, true
		}
		return model.StatusRestored, 2, formSubject, true
	case has("went|go|goes|gone|going", "down|offline|dark"):
		return model.StatusUnavailable, 2, formSubject, true
	case has("slow", "to", "a", "crawl"):
		return model.StatusDegraded, 4, formSubject, true
	case has("subject", "to", "delays|disruption|disruptions|interruptions"):
		return model.StatusDegraded, 3, formSubject, true
	case has("working|operating|running|functioning|available", "only", "intermittently|partially|sporadically"):
		return model.StatusDegraded, 3, formSubject, true
	case has("working|operating|running|functioning|available", "intermittently|partially|sporadically|slowly"):
		return model.StatusDegraded, 2, formSubject, true
	case has("working|operating|running|functioning|moving", "more|much", "slowly"):
		return model.StatusDegraded, 3, formSubject, true
	case has("handled|processed|done|operated|run|running|working|carried", "manually"), has("handled|processed|done|operated", "by", "hand"):
		return model.StatusDegraded, 2, formSubject, true
	case has("running|operating|sailing|run|ran|runs|operate|operated|sailed", "to|on", "schedule|timetable|time"),
		has("running|operating|sailing|run|ran|runs|operate|operated|sailed", "as", "planned|scheduled|normal|usual"):
		return model.StatusUnaffected, 3, formSubject, true
	case has("continued|continue|continues|continuing", "to", "function|operate|work|run"):
		return model.StatusUnaffected, 3, formSubject, true
	case has("continued|continue|continues", "throughout|normally|uninterrupted|unaffected|unhindered"):
		return model.StatusUnaffected, 2, formSubject, true
	case has("continued|continue|continues|continuing", "as", "normal|usual|before|planned"):
		return model.StatusUnaffected, 3, formSubject, true
	case has("functioning|working|operating|running|worked|operated|functioned|ran", "as", "per", "usual"):
		return model.StatusUnaffected, 4, formSubject, true
	case has("functioning|working|operating|running|worked|operated|functioned|ran", "normally"),
		has("functioning|working|operating|running|worked|operated|functioned|ran", "as", "normal|usual"):
		return model.StatusUnaffected, 2, formSubject, true
	case has("running|operating|working|functioning", "at", "reduced|limited|partial|half", "capacity|speed"):
		return model.StatusDegraded, 4, formSubject, true
	case has("running|operating|working|functioning", "at"):
		for k := i + 2; k < s.b && k <= i+7; k++ {
			if alt(v.words[k].low, "capacity|volumes|volume|speed") {
				return model.StatusDegraded, 2, formSubject, true
			}
		}
	case has("arriving|arrive|arrived|arrives|running|delivered"):
		for k := i + 1; k < s.b && k <= i+4; k++ {
			if v.words[k].low == "late" || v.words[k].low == "behind" {
				return model.StatusDegraded, 1, formSubject, true
			}
		}
	case has("reverted|switched|resorted|fell|falling|reverting|switching", "back|to|on"):
		for k := i + 1; k < s.b && k <= i+5; k++ {
			if alt(v.words[k].low, "manual|paper|hand|pen|spreadsheets|fax|phone|telephone") {
				return model.StatusDegraded, 1, formObject, true
			}
		}
	case has("out", "of", "service|action"):
		return model.StatusUnavailable, 3, formSubject, true
	case has("went|go|goes|going|gone", "ahead", "as", "planned|normal|usual|scheduled"):
		return model.StatusUnaffected, 4, formSubject, true
	case has("working|operating|running|functioning|available|online", "again"):
		return model.StatusRestored, 2, formSubject, true
	case has("expected|due", "back"):
		return model.StatusUnavailable, 2, formSubject, true
	case has("up", "again"):
		return model.StatusRestored, 2, formSubject, true
	case has("handled|processed|done|taken|made|accepted|filed|issued", "by", "phone|telephone|e-mail|email|fax|hand"):
		return model.StatusDegraded, 3, formSubject, true // "bookings are being taken by phone"
	case has("processed|handled|issued|done|filed", "on", "paper"):
		return model.StatusDegraded, 3, formSubject, true
	case has("suffered|suffering|experienced|experiencing|seen|had", "intermittent|repeated|occasional|sporadic|partial", "outages|outage|disruption|disruptions|interruptions|problems"):
		return model.StatusDegraded, 3, formSubject, true
	case has("hit|affected|plagued|dogged|beset", "by", "intermittent|repeated|occasional|sporadic|partial", "outages|outage|disruption|disruptions|interruptions|problems"):
		return model.StatusDegraded, 4, formSubject, true // "was hit by intermittent outages"
	case has("intermittent|repeated|occasional|sporadic|partial", "outages|outage|disruption|disruptions|interruptions", "of|to|at|on|in"):
		return model.StatusDegraded, 3, formObject, true
	case has("outages|outage", "of|to|at|on|in"):
		return model.StatusUnavailable, 2, formObject, true
	case has("broke|broken|break|breaking", "into"):
		return model.StatusCompromised, 2, formObject, true
	case has("control", "of"):
		for k := i - 1; k >= s.a && k >= i-3; k-- {
			if alt(v.words[k].low, "gave|given|giving|gain|gained|gaining|took|taken|seized|obtained|got") {
				return model.StatusCompromised, 2, formObject, true
			}
		}
	case has("returned|return|returns|returning", "to", "normal"):
		if i > s.a && alt(v.words[i-1].low, "slowly|gradually|progressively|partly|partially") {
			return model.StatusDegraded, 3, formSubject, true // "slowly returning to normal"
		}
		return model.StatusRestored, 3, formSubject, true
	case has("closure|shutdown|suspension|disconnection", "of"):
		return model.StatusSuspended, 2, formObject, true
	case has("gradually|partially|progressively", "being", "reconnected|restored|brought"):
		return model.StatusDegraded, 3, formSubject, true
	}
	if (w == "down" || w == "slower") && i+1 < s.b && (v.words[i+1].low == "by" || isFigure(v.words[i+1].low)) {
		return "", 0, 0, false // a figure: "volumes were down 12%"
	}
	switch w {
	case "unavailable", "inaccessible", "offline", "unreachable", "unusable", "down", "inoperable", "inoperative":
		return model.StatusUnavailable, 1, formSubject, true
	case "degraded", "slow", "slower", "sluggish", "intermittent", "patchy", "unstable", "delayed":
		return model.StatusDegraded, 1, formSubject, true
	case "unaffected", "unscathed", "operational", "secure", "spared", "unimpaired":
		return model.StatusUnaffected, 1, formSubject, true
	case "available", "accessible":
		return model.StatusUnaffected, 1, formSubject, true
	case "restored", "reinstated", "recovered", "reconnected", "reopened", "restore", "restores", "restoring", "reinstate", "resumed", "rebuilt",
		"restarted", "restart", "restarting":
		return model.StatusRestored, 1, formObject, true
	case "suspended", "halted", "paused", "disconnected", "suspend", "suspends", "suspending", "halt", "isolated", "halting", "closed",
		"frozen", "froze", "freeze":
		return model.StatusSuspended, 1, formObject, true
	case "disabled", "crippled", "paralysed", "paralyzed", "encrypted":
		return model.StatusUnavailable, 1, formObject, true
	case "slowed", "disrupted", "hampered":
		return model.StatusDegraded, 1, formObject, true
	case "affected", "interrupted", "impacted", "hit", "compromised", "infected", "breached", "touched", "affect", "impact", "disrupt", "touch", "defaced", "hijacked", "tampered":
		return model.StatusCompromised, 1, formObject, true
	case "accessed":
		return model.StatusCompromised, 1, formObject, true
	case "found", "discovered", "detected":
		return model.StatusCompromised, 1, formObject, true
	case "taken", "stolen", "copied", "downloaded", "exfiltrated", "removed", "extracted", "leaked":
		for k := i + 1; k < s.b && k <= i+4; k++ {
			if v.words[k].low == "from" {
				return model.StatusCompromised, 1, formObject, true
			}
		}
	case "reached", "contacted", "used", "opened":
		// "could not be reached": a past fact, not a possibility
		if v.has(i+1, s.b, "for", "comment") {
			break // a person who could not be reached for comment
		}
		if i-3 >= s.a && v.has(i-3, s.b, "could|can", "not", "be") || i-2 >= s.a && v.has(i-2, s.b, "cannot|couldn't|can't", "be") {
			return model.StatusUnavailable, 1, formSubject, true
		}
	case "access", "reach", "use", "log", "process", "handle", "issue", "accept", "take":
		if i-2 >= s.a && (v.has(i-2, s.b, "unable|able", "to") || v.has(i-2, s.b, "could|can|cannot|couldn't", "not") || alt(v.words[i-1].low, "cannot|couldn't|can't")) {
			return model.StatusUnavailable, 1, formObject, true
		}
		if w != "access" {
			break
		}
		if i > s.a && alt(v.words[i-1].low, "unauthorised|unauthorized|illicit|illegitimate|improper|unlawful|illegal") {
			return model.StatusCompromised, 1, formObject, true // "unauthorised access to X"
		}
		for k := i - 1; k >= s.a && k >= i-3; k-- {
			if alt(v.words[k].low, "gave|given|giving|gain|gained|gaining|obtained|got|granted|gives") {
				return model.StatusCompromised, 1, formObject, true
			}
		}
	}
	return "", 0, 0, false
}

// isFigure reports whether w opens a quantity: "12%", "3.5", "40".
func isFigure(w string) bool {
	return w != "" && (w[0] >= '0' && w[0] <= '9' || w == "%" || w == "percent" || w == "half" || w == "sharply")
}

// chain is what stands between a subject and its status word: auxiliaries,
// negation, modals, adverbs.
type chain struct {
	start                                    int // first word of the chain
	be, neg, modal, to, remain, still, being bool
}

func (b *Builder) chainBefore(v *view, s sentence, i int) chain {
	c := chain{start: i}
	for k := i - 1; k >= s.a; k-- {
		w := v.words[k].low
		isAdv := strings.HasSuffix(w, "ly") && !v.words[k].cap && v.words[k].ent < 0 && len(w) > 4
		if !v.words[k].in(b.lx.aux) && !isAdv && !v.words[k].in(b.lx.negation) {
			break
		}
		if w == "no" {
			break
		}
		c.start = k
		switch {
		case v.words[k].in(b.lx.negation):
			c.neg = true
		case v.words[k].in(b.lx.modal):
			c.modal = true
		case w == "to":
			c.to = true
		case w == "remain" || w == "remains" || w == "remained" || w == "stay" || w == "stays" || w == "stayed":
			c.remain, c.be = true, true
		case w == "still":
			c.still = true
		case w == "being":
			c.being, c.be = true, true
		case v.words[k].in(b.lx.be):
			c.be = true
		}
	}
	return c
}

// systemsIn returns the systems sentence s gives a status to. prev holds the
// hits of the clause before, for "they", "these systems" and for a verb
// phrase that shares its subject ("went down ... and has since been
// restored").
func (b *Builder) systemsIn(v *view, s sentence, out []sysHit) []sysHit {
	precaution := false
	for k := s.a; k < s.b; k++ {
		if v.words[k].in(b.lx.precaution) {
			precaution = true
		}
	}
	var last []sysHit // hits of the previous cue in this sentence
	consumed := -1    // words before this index belong to a matched cue
	for i := s.a; i < s.b; i++ {
		if i < consumed {
			continue
		}
		if hits, next, st, ok := b.verbParticle(v, s, i, precaution, last); ok {
			hits = b.withIncluding(v, s, next, hits, st, i)
			out = append(out, hits...)
			if len(hits) > 0 {
				last = hits
			}
			consumed = next
			continue
		}
		status, n, form, ok := b.statusCueAt(v, s, i)
		if !ok {
			continue
		}
		hits, next, st, ok := b.clause(v, s, i, n, status, form, last)
		if !ok {
			continue
		}
		hits = b.withIncluding(v, s, next, hits, st, i)
		out = append(out, hits...)
		if len(hits) > 0 {
			last = hits
		}
		consumed = next
	}
	return out
}

// clause resolves one status cue at i (n words) to the systems it applies to.
func (b *Builder) clause(v *view, s sentence, i, n int, status string, form int, last []sysHit) ([]sysHit, int, string, bool) {
	w := v.words[i].low
	ci := i
	if w == "back" && i > s.a && alt(v.words[i-1].low, "brought|bring|brings|put|came|come|comes|coming") {
		ci = i - 1
	}
	c := b.chainBefore(v, s, ci)
	if status == model.StatusUnavailable && alt(w, "access|reach|use|log|process|handle|issue|accept|take") {
		// "staff were unable to access the booking system"
		start := i + 1
		if start < s.b && alt(v.words[start].low, "into|onto") {
			start++
		} else if start+1 < s.b && alt(v.words[start].low, "in|on") && v.words[start+1].low == "to" {
			start += 2 // "log in to"
		}
		hits := b.objectNPs(v, s, start, status, i)
		return hits, i + n, status, len(hits) > 0
	}
	// Infinitives report intentions ("working to restore"), except after
	// "forced it to", "had to".
	if c.to && (form == formObject) {
		k := c.start - 1
		for k >= s.a && (v.words[k].in(b.lx.pronoun) || v.words[k].low == "to") {
			k--
		}
		switch {
		case k >= s.a && alt(v.words[k].low, "expected|due|scheduled|set|likely|hoped") && status == model.StatusRestored:
			// "is expected to be restored next week": still down
			status, form = model.StatusUnavailable, formSubject
			c = b.chainBefore(v, s, k)
			c.be = true
		case k < s.a || !v.words[k].in(b.lx.governor):
			return nil, i + n, status, false
		}
	}
	if c.modal && !c.remain && !c.still && !(n == 1 && c.be && alt(w, "offline|unavailable|down|inaccessible|closed|suspended|reached|contacted|used|opened")) {
		return nil, i + n, status, false // "will be restored"; but "would be offline for days" is a state
	}
	// "whether confidential customer information has been compromised",
	// "would be offline if the attack spread"
	for k := c.start - 1; k >= s.a && k >= c.start-10; k-- {
		if alt(v.words[k].low, "whether|if|unless|unclear") {
			return nil, i + n, status, false
		}
	}
	for k := i + n; k < s.b && k < i+n+6 && c.modal; k++ {
		if alt(v.words[k].low, "if|unless") {
			return nil, i + n, status, false
		}
	}
	// an adjective, not a verb: "the compromised mailboxes", "an infected computer"
	relThat := i-2 >= s.a && v.words[i-1].low == "that" && b.npWord(v, v.words[i-2]) // "an attack that encrypted"
	if c.start == i && i > s.a && n == 1 && !relThat && (v.words[i-1].in(b.lx.determiner) || v.words[i-1].in(b.lx.quantifier)) {
		return nil, i + n, status, false
	}
	if form == formObject && !c.be && c.neg && alt(w, "affected|affect|affects|impacted|impact|disrupted|disrupt|hit|touched|touch") {
		// "the attack has not affected its cargo operations"
		hits := b.objectNPs(v, s, i+n, model.StatusUnaffected, i)
		return hits, i + n, model.StatusUnaffected, len(hits) > 0
	}
	if form == formObject && !c.be && v.words[i].in(b.lx.passiveOnly) && !b.invertedNegation(v, s, i) {
		// active only with an attacker as subject: "hackers breached the booking system"
		if i == s.a || !(v.words[i-1].in(b.lx.attackerWord) || v.words[i-1].family || v.words[i-1].in(b.lx.attackNoun)) {
			return nil, i + n, status, false
		}
	}
	// "malware was found on <system>", "we found SeaLamprey on <system>"
	if w == "found" || w == "discovered" || w == "detected" {
		hits, next, ok := b.foundOn(v, s, i, status)
		return hits, next, status, ok
	}
	// "data had been taken from <system>"
	if n == 3 && v.words[i+1].low == "by" {
		// "bookings are being taken by phone": only a named system or operation
		var hits []sysHit
		for _, h := range b.subjectNPs(v, s, c.start, status, i, false) {
			if b.systemLike(v, h) {
				hits = append(hits, h)
			}
		}
		return hits, i + n, status, len(hits) > 0
	}
	if alt(w, "taken|stolen|copied|downloaded|exfiltrated|removed|extracted|leaked") {
		for k := i + 1; k < s.b && k <= i+4; k++ {
			if v.words[k].low == "from" {
				hits := b.objectNPs(v, s, k+1, status, i)
				return hits, k + 1, status, len(hits) > 0
			}
		}
		return nil, i + n, status, false
	}
	// "reverted to manual processes for <work>"
	if alt(w, "reverted|switched|resorted|fell|falling|reverting|switching") {
		for k := i + 1; k < s.b && k <= i+8; k++ {
			if v.words[k].low == "for" {
				hits := b.objectNPs(v, s, k+1, status, i)
				return hits, k + 1, status, len(hits) > 0
			}
			if alt(v.words[k].low, ",|;|and|but|while") {
				break
			}
		}
		// "vessel planning reverted to manual processes"
		hits := b.subjectNPs(v, s, c.start, status, i, false)
		return hits, i + n, status, len(hits) > 0
	}
	// "gave criminals access to <system>"
	if w == "access" {
		k := i + 1
		if k < s.b && v.words[k].low == "to" {
			hits := b.objectNPs(v, s, k+1, status, i)
			return hits, k + 1, status, len(hits) > 0
		}
		return nil, i + n, status, false
	}
	// negated "not affected", "never interrupted"
	inverted := false
	if !c.neg && (w == "affected" || w == "interrupted" || w == "impacted" || w == "disrupted" || w == "compromised" || w == "hit") && c.start == i {
		inverted = b.invertedNegation(v, s, i)
	}
	neg := c.neg || inverted
	// "no mailbox had been compromised"
	for k := c.start - 1; k >= s.a && k >= c.start-4 && !neg; k-- {
		if v.words[k].low == "," {
			break
		}
		if alt(v.words[k].low, "no|none|nothing|neither|nor") {
			neg = true // "neither X nor Y was affected"
		}
	}
	switch w {
	case "affected", "interrupted", "impacted", "hit", "touched":
		if n > 1 {
			break // "was hit by intermittent outages"
		}
		if w == "interrupted" && !neg && c.be {
			status = model.StatusUnavailable // "tracking was briefly interrupted"
			break
		}
		if !neg {
			return nil, i + n, status, false
		}
		status = model.StatusUnaffected
		form = formSubject
	case "compromised", "disrupted", "breached", "infected":
		if neg {
			status = model.StatusUnaffected
		}
	case "available", "accessible":
		switch {
		case neg:
			status = model.StatusUnavailable
		case c.remain || c.still || (i > s.a && v.words[i-1].low == "fully"):
		default:
			return nil, i + n, status, false
		}
	case "unavailable", "offline", "down", "inaccessible", "unreachable", "degraded", "slow", "slower", "sluggish",
		"unaffected", "operational", "secure", "spared", "intermittent", "patchy", "unstable", "delayed", "unusable":
		if n == 1 && !c.be && !c.remain {
			return nil, i + n, status, false
		}
		if neg && status == model.StatusUnavailable {
			status = model.StatusUnaffected
		}
	case "expected", "due":
		neg = false
	case "reconnected":
		if c.being {
			status = model.StatusDegraded
		}
	}
	// "partially restored", "gradually coming back online": only some of it works
	if status == model.StatusRestored && !neg {
		for k := c.start; k < i; k++ {
			if alt(v.words[k].low, "partially|partly|gradually|slowly|progressively") {
				status = model.StatusDegraded
			}
		}
	}
	// "fully operational again", "available again"
	if status == model.StatusUnaffected && i+n < s.b && v.words[i+n].low == "again" {
		status = model.StatusRestored
	}
	notBack := false
	if neg && status == model.StatusRestored && !c.modal && !v.has(i+n, s.b, "until") && !v.has(i+n+1, s.b, "until") {
		status = model.StatusUnavailable // "has not yet been restored", "is still not back online"
		neg, notBack = false, true
	}
	if neg && (status == model.StatusRestored || status == model.StatusSuspended) {
		return nil, i + n, status, false
	}
	if form == formObject && (c.be || inverted) {
		// passive: the system is the subject, unless "restored to X"
		if i+n < s.b && v.words[i+n].low == "to" && (w == "restored" || w == "reconnected") {
			// "service has been restored to the register"; but "the portal
			// was restored to full service" names no system after "to"
			if k := i + n + 1; k >= s.b || !alt(v.words[k].low, "full|normal|partial|limited|reduced|service|operation") {
				hits := b.objectNPs(v, s, k, status, i)
				return hits, i + n, status, true
			}
		}
		form = formSubject
	}
	if form == formObject {
		if w == "affected" || w == "impacted" {
			return nil, i + n, status, false
		}
		start := i + n
		if n >= 2 && alt(v.words[i+n-1].low, "into|of|to|at") {
			hits := b.objectNPs(v, s, start, status, i)
			return hits, i + n, status, len(hits) > 0
		}
		// "suspend (all) access to X", "restored service to X"
		for start < s.b && alt(v.words[start].low, "all|access|service|services|connectivity|connections") {
			start++
		}
		if start < s.b && start > i+n && v.words[start].low == "to" {
			start++
		}
		if w == "accessed" && start < s.b && !b.thingAhead(v, s, start) {
			return nil, i + n, status, false
		}
		hits := b.objectNPs(v, s, start, status, i)
		if len(hits) > 0 || !alt(w, "resumed|recovered|reopened|halted|paused|restored") || start < s.b && b.npWord(v, v.words[start]) {
			return hits, i + n, status, true
		}
		// no object: an intransitive use, "operations resumed on Tuesday"
		form = formSubject
	}
	// subject form
	end := c.start
	if inverted {
		end = i
	}
	if end > s.a && alt(v.words[end-1].low, "and|but") && len(last) > 0 && last[0].subject {
		// "went down ... and has since been restored": same subject
		k := end - 1
		if k > s.a && v.words[k-1].low == "," {
			k--
		}
		vp := k <= s.a || !b.npWord(v, v.words[k-1]) || v.words[k-1].date >= 0
		if !vp {
			// "were checked, and has been working again": no system before "and"
			c2 := b.chunkBack(v, s, k)
			h, ok := b.trim(v, c2, k)
			vp = c2 >= k || !ok || !b.systemLike(v, h)
		}
		if vp {
			hits := make([]sysHit, len(last))
			for j, h := range last {
				h.status, h.head, h.order, h.notBack = status, i, i, notBack
				hits[j] = h
			}
			return hits, i + n, status, true
		}
	}
	if end-1 > s.a && v.words[end-1].low == "and" && len(last) == 0 {
		// "The website was flooded with traffic and went offline": the
		// sentence's subject, a plain noun phrase before its first verb
		k0 := s.a
		for k0 < end && (b.npWord(v, v.words[k0]) || v.words[k0].low == "of" || v.words[k0].ent >= 0) {
			k0++
		}
		if k0 > s.a && k0 < end && v.words[k0].in(b.lx.be) || k0 > s.a && k0 < end && alt(v.words[k0].low, "has|have|had") {
			hits := b.subjectNPs(v, s, k0, status, i, false)
			return hits, i + n, status, true
		}
	}
	hits := b.subjectNPs(v, s, end, status, i, inverted)
	for j := range hits {
		hits[j].notBack = notBack
	}
	return hits, i + n, status, true
}

// thingAhead reports whether a noun phrase (not "what", not a pronoun)
// follows at k.
func (b *Builder) thingAhead(v *view, s sentence, k int) bool {
	w := v.words[k].low
	return !v.words[k].in(b.lx.stop) && !v.words[k].in(b.lx.prep) && !v.words[k].in(b.lx.pronoun) && w != "what"
}

// invertedNegation recognises "At no stage was <system> affected".
func (b *Builder) invertedNegation(v *view, s sentence, i int) bool {
	k := i - 1
	for k >= s.a && b.npWord(v, v.words[k]) {
		k--
	}
	if k < s.a || !alt(v.words[k].low, "was|were|has|have|had|is|are") {
		return false
	}
	for j := k - 1; j >= s.a && j >= k-4; j-- {
		if alt(v.words[j].low, "no|never|nothing") {
			return true
		}
	}
	return false
}

// verbParticle recognises "took <X> offline", "shut down <X>", "knocked <X>
// offline", "was taken offline", "brought back into service".
func (b *Builder) verbParticle(v *view, s sentence, i int, precaution bool, last []sysHit) ([]sysHit, int, string, bool) {
	w := v.words[i].low
	var verb string
	switch w {
	case "take", "takes", "took", "taken", "taking":
		verb = "take"
	case "knock", "knocks", "knocked", "knocking", "bring", "brings", "brought", "bringing":
		verb = "knock"
	case "left", "leave", "leaves", "leaving", "rendered", "render", "renders", "rendering":
		verb = "leave" // "left the booking portal inaccessible"
	case "shut", "shuts", "shutting":
		verb = "shut"
		if i+1 < s.b && !alt(v.words[i+1].low, "down|off|out") && (v.words[i+1].low == "its" || v.words[i+1].low == "the" || v.words[i+1].low == "all") {
			// "shut its container terminals"
			c := b.chainBefore(v, s, i)
			if c.modal || c.to {
				return nil, 0, "", false
			}
			hits := b.objectNPs(v, s, i+1, model.StatusSuspended, i)
			return hits, i + 1, model.StatusSuspended, true
		}
	case "switch", "switches", "switched", "switching", "turned", "turn", "turns":
		verb = "switch"
	case "cut", "cuts", "cutting":
		verb = "cut"
	default:
		return nil, 0, "", false
	}
	c := b.chainBefore(v, s, i)
	if c.modal && !c.remain {
		return nil, 0, "", false
	}
	if c.to {
		k := c.start - 1
		for k >= s.a && v.words[k].in(b.lx.pronoun) {
			k--
		}
		if k < s.a || !v.words[k].in(b.lx.governor) {
			return nil, 0, "", false
		}
	}
	status := model.StatusUnavailable
	if verb == "shut" || verb == "switch" || verb == "take" || precaution {
		status = model.StatusSuspended // the victim did it
	}
	if verb == "take" && !precaution {
		// "the attack took down its website", "a cyberattack that took its site offline"
		for k := c.start - 1; k >= s.a && k >= c.start-5; k-- {
			if v.words[k].in(b.lx.attackNoun) || v.words[k].in(b.lx.attackerWord) || v.words[k].family {
				status = model.StatusUnavailable
				break
			}
		}
	}
	isParticle := func(k int) int {
		switch {
		case v.has(k, s.b, "offline"), v.has(k, s.b, "down"), v.has(k, s.b, "off"):
			return 1
		case verb == "knock" && v.has(k, s.b, "out"):
			return 1
		case verb == "leave" && k > i+1 && v.has(k, s.b, "inaccessible|unusable|unavailable|inoperable|unreachable|inoperative|crippled"):
			return 1
		case v.has(k, s.b, "out", "of", "service|action"):
			return 3
		}
		return 0
	}
	// particle right after the verb
	if p := isParticle(i + 1); p > 0 {
		if verb == "take" && v.words[i+1].low == "off" {
			return nil, 0, "", false
		}
		next := i + 1 + p
		if c.be {
			if c.start-1 > s.a && v.words[c.start-1].low == "and" && len(last) > 0 && last[0].subject {
				// "had been unreachable ... and was taken offline": the same subject
				hits := make([]sysHit, len(last))
				for j, h := range last {
					h.status, h.head, h.order = status, i, i
					hits[j] = h
				}
				return hits, next, status, true
			}
			hits := b.subjectNPs(v, s, c.start, status, i, false)
			return hits, next, status, true
		}
		hits := b.objectNPs(v, s, next, status, i)
		return hits, next, status, true
	}
	// "took its customs clearance platform offline"
	for k := i + 1; k < s.b && k <= i+16; k++ {
		if p := isParticle(k); p > 0 {
			if v.words[k].low == "off" {
				break
			}
			cut := k
			for j := i + 1; j < k; j++ {
				if v.words[j].in(b.lx.prep) {
					cut = j
					break
				}
			}
			hits := b.npList(v, s, i+1, cut, status, i)
			return hits, k + p, status, true
		}
		if v.words[k].low == "." || v.words[k].low == ";" || v.words[k].in(b.lx.stop) && v.words[k].low != "and" {
			break
		}
	}
	return nil, 0, "", false
}

// withIncluding gives the status of a clause to the systems listed after
// "including" in it: "became unavailable, including the public website".
func (b *Builder) withIncluding(v *view, s sentence, from int, hits []sysHit, status string, head int) []sysHit {
	for k := from; k < s.b && k < from+12; k++ {
		w := v.words[k].low
		if w == ";" || w == "although" || w == "but" || w == "while" || w == "whereas" {
			break
		}
		if w == "including" || (w == "such" || w == "followed") && k+1 < s.b && alt(v.words[k+1].low, "as|by") {
			st := k + 1
			if w != "including" {
				st++ // "such as", "followed by"
			}
			more := b.objectNPs(v, s, st, status, head)
			return append(hits, more...)
		}
	}
	return hits
}

// npWord reports whether w can stand inside a noun phrase.
func (b *Builder) npWord(v *view, w word) bool {
	if w.date >= 0 {
		return false
	}
	l := w.low
	if w.in(b.lx.stop) || w.in(b.lx.prep) && l != "via" {
		return false
	}
	if l == "'s" || l == "\u2019s" || l == "&" || l == "(" || l == ")" {
		return true
	}
	r := []rune(l)
	if len(r) == 1 && !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0]) {
		return false
	}
	if strings.HasSuffix(l, "ly") && !w.cap && len(l) > 4 && l != "family" && l != "supply" && l != "assembly" {
		return false
	}
	return !w.status || w.cap
}

// markStatus flags the words that open a status cue, once per view, so
// that noun phrases can stop at them cheaply.
func (b *Builder) markStatus(v *view) {
	v.cues = make([]statusCue, len(v.words))
	for _, s := range v.sents {
		for i := s.a; i < s.b; i++ {
			if st, n, form, ok := b.statusAt(v, s, i); ok {
				v.words[i].status = true
				v.cues[i] = statusCue{status: st, n: n, form: form}
			}
		}
	}
	v.marked = true
}

// statusCueAt is statusAt for word i of sentence s, read from what
// markStatus found once it has run: statusAt reads only the words' text, so
// its answer for a word of its own sentence never changes.
func (b *Builder) statusCueAt(v *view, s sentence, i int) (status string, n, form int, ok bool) {
	if !v.marked {
		return b.statusAt(v, s, i)
	}
	if !v.words[i].status {
		return "", 0, 0, false
	}
	c := v.cues[i]
	return c.status, c.n, c.form, true
}

// chunkBack returns the start of the noun phrase ending at end (exclusive),
// including an acronym in brackets, and skipping a bracketed aside.
func (b *Builder) chunkBack(v *view, s sentence, end int) int {
	k := end - 1
	for k >= s.a {
		w := v.words[k]
		if w.low == ")" {
			o := k - 1
			for o >= s.a && v.words[o].low != "(" && k-o < 8 {
				o--
			}
			if o < s.a || v.words[o].low != "(" {
				return k + 1
			}
			k = o - 1
			continue
		}
		if w.low == "(" || !b.npWord(v, w) {
			break
		}
		if k < end-1 && b.lx.possessive(w.low) {
			// a determiner opens the phrase, with a quantifier before it: "all our ports"
			if k-1 >= s.a && alt(v.words[k-1].low, "all|both|each|most|some") {
				return k - 1
			}
			return k
		}
		k--
	}
	return k + 1
}

func (lx *lexicon) possessive(w string) bool {
	return w == "their" || w == "our" || w == "his" || w == "her" || w == "my" || w == "your" || w == "its"
}

// subjectNPs finds the system that is the subject of the status cue whose
// subject ends before word end: the nearest noun phrase that names a
// system, looking past prepositional phrases and relative clauses ("EDI
// links" in "Shipping lines that exchange data through EDI links were not
// affected"; "customs interface" in "the customs interface that connects the
// terminals to the NCG remained unavailable").
func (b *Builder) subjectNPs(v *view, s sentence, end int, status string, head int, inverted bool) []sysHit {
	hits := b.subjectNPs0(v, s, end, status, head, inverted)
	for i := range hits {
		hits[i].subject = true
	}
	return hits
}

func (b *Builder) subjectNPs0(v *view, s sentence, end int, status string, head int, inverted bool) []sysHit {
	if end-1 >= s.a && alt(v.words[end-1].low, "and|but|or") {
		return nil // an elided subject: "disconnected its yard system and is operating at reduced capacity"
	}
	k := end
	// relative pronoun: "which was taken offline"
	if k-1 >= s.a && alt(v.words[k-1].low, "which|that|who") {
		k--
		if k-1 >= s.a && v.words[k-1].low == "," {
			k--
		}
	}
	// ", which ... ," between subject and verb
	if k-1 >= s.a && v.words[k-1].low == "," {
		j := k - 2
		for j >= s.a && v.words[j].low != "," && k-j < 25 {
			j--
		}
		if j >= s.a && v.words[j].low == "," && j+1 < k && alt(v.words[j+1].low, "which|who|where|that|whose") {
			k = j
		} else {
			return nil
		}
	}
	if k-1 >= s.a {
		p := v.words[k-1].low
		if v.words[k-1].in(b.lx.anaphor) {
			return []sysHit{{a: k - 1, b: k, status: status, anaphor: true, head: head, order: head}}
		}
		if (p == "them" || p == "it") && k-2 >= s.a && strings.HasSuffix(v.words[k-2].low, "ing") {
			k--
		}
		// "It was restored on Wednesday": a sentence-initial "it" that
		// undergoes a passive change of state stands for the system just named,
		// not for the company, which is not restored or taken offline
		if p == "it" && k-1 == s.a && end < s.b && v.words[end].low != "," && (status == model.StatusRestored || status == model.StatusSuspended) {
			if c := b.chainBefore(v, s, head); c.be && !c.modal && !c.to {
				return []sysHit{{a: k - 1, b: k, status: status, anaphor: true, single: true, head: head, order: head}}
			}
		}
	}
	var first, best []sysHit
	prevEnd := -1 // end of the phrase looked at before, to the right
	for tries := 0; tries < 5 && k > s.a; tries++ {
		c := b.chunkBack(v, s, k)
		place := k + 1
		if place < s.b && v.words[place].low == "the" {
			place++
		}
		if c < k && prevEnd > k && alt(v.words[k].low, "at|in|on") && best == nil && (place >= s.b || !v.isOrg(v.words[place].ent)) {
			// "Operations at the terminal": a generic head with its place
			if h, ok := b.trim(v, c, k); !ok && !h.anaphor && h.a < h.b && b.allGeneric(v, h) && alt(v.words[h.b-1].low, "operations|services|activities|systems|work") {
				h.b = prevEnd
				h.status, h.head, h.order = status, head, head
				return []sysHit{h}
			}
		}
		if c < k {
			prevEnd = k
			hits := b.npList(v, s, c, k, status, head)
			hits = b.extendBack(v, s, c, hits, status, head)
			if b.anySystemLike(v, hits) {
				// a phrase attached to a noun ("the archive behind its
				// check-in system") belongs to the phrase before it
				best = hits
				if c-1 < s.a || !alt(v.words[c-1].low, "of|behind|for|at|in|on|inside|within|across") {
					return best
				}
			} else if best != nil {
				return best
			}
			if tries == 0 {
				first = hits
			}
		}
		// step over a preposition or relative word to the phrase before
		j := c - 1
		steps := 0
		for j >= s.a && steps < 4 {
			w := v.words[j]
			if w.in(b.lx.prep) || alt(w.low, "that|which|and|or") || (strings.HasSuffix(w.low, "ed") && !w.cap) || v.words[j].ent >= 0 && !v.isOrg(v.words[j].ent) {
				j--
				steps++
				continue
			}
			break
		}
		if steps == 0 {
			// not a preposition: maybe "connects the terminals" — an unknown verb inside the chunk
			if c < k && c > s.a && alt(v.words[c-1].low, "that|which") {
				j = c - 2
			} else {
				break
			}
		}
		if best != nil && (c-1 < s.a || !alt(v.words[c-1].low, "of|behind|for|at|in|on|inside|within|across")) {
			break
		}
		k = j + 1
	}
	if best != nil {
		return best
	}
	var out []sysHit
	for _, h := range first {
		if b.acceptable(v, h) {
			out = append(out, h)
		}
	}
	return out
}

// extendBack adds the conjuncts before a subject: "its vessel booking portal
// and email", "Vessel traffic, pilotage and cargo handling".
func (b *Builder) extendBack(v *view, s sentence, c int, hits []sysHit, status string, head int) []sysHit {
	asWell := func(c int) bool { return c-3 > s.a && v.has(c-3, s.b, "as", "well", "as") }
	if len(hits) == 0 || hits[0].anaphor || c-1 <= s.a || !alt(v.words[c-1].low, "and|or|nor") && !asWell(c) || v.words[c-2].low == "," {
		return hits // "X, Y and Z": the coordinator nearest the verb is "and"; ", and" joins clauses
	}
	for len(hits) > 0 && c-1 > s.a && (alt(v.words[c-1].low, "and|or|nor|,|;") || asWell(c)) {
		j := c - 1
		if asWell(c) {
			j = c - 3 // "the booking portal as well as the tracking app"
		} else if alt(v.words[j].low, "and|or|nor") {
			if j-1 >= s.a && alt(v.words[j-1].low, ",|;") {
				j--
			}
		}
		c2 := b.chunkBack(v, s, j)
		if c2 >= j {
			break
		}
		if c2 > s.a && v.words[c2-1].in(b.lx.prep) {
			break // "as a precaution and its portal": the first phrase is a preposition's object
		}
		prev := b.npList(v, s, c2, j, status, head)
		if len(prev) == 0 || prev[0].anaphor {
			break
		}
		if j == c-1 {
			hits = b.joinModifier(v, append(prev, hits...))
		} else {
			hits = append(prev, hits...)
		}
		c = c2
	}
	return hits
}

// joinModifier merges "internal and external email systems" and "maritime
// and port activities": a lone lowercase word coordinated with a longer
// phrase modifies the phrase's head.
func (b *Builder) joinModifier(v *view, hits []sysHit) []sysHit {
	place := func(w word) bool { return w.ent >= 0 && !v.isOrg(w.ent) && !v.isPerson(w.ent) }
	if len(hits) == 2 && hits[0].b-hits[0].a == 1 && hits[1].b-hits[1].a >= 2 && !v.words[hits[0].a].cap &&
		v.words[hits[1].b-1].in(b.lx.genericSys) && strings.HasSuffix(v.words[hits[1].b-1].low, "s") && hits[1].a > 0 && alt(v.words[hits[1].a-1].low, "and|or") {
		// "its booking and documentation systems": two modifiers of one plural head
		h := hits[1]
		h.a = hits[0].a
		return []sysHit{h}
	}
	if len(hits) == 2 && hits[0].b-hits[0].a == 1 && hits[1].b-hits[1].a >= 2 && (!v.words[hits[0].a].cap || place(v.words[hits[0].a]) && place(v.words[hits[1].a])) &&
		!v.words[hits[0].a].in(b.lx.systemHead) && hits[1].a > 0 && alt(v.words[hits[1].a-1].low, "and|or") {
		h := hits[1]
		h.a = hits[0].a
		return []sysHit{h}
	}
	return hits
}

// objectNPs reads the list of systems that starts at word k: "the GISIS
// database; IMODOCS; and Virtual Publications", "the company's payroll
// system and its warehouse management system", "the ECDIS workstations of
// four ships, and on several of the USB sticks".
func (b *Builder) objectNPs(v *view, s sentence, k int, status string, head int) []sysHit {
	var hits []sysHit
	listed := false
	if k < s.b && alt(v.words[k].low, "included|include|includes") {
		k++ // "systems taken offline included X and Y"
	}
	for k < s.b {
		// "most of its systems", "several of the USB sticks"
		for k+1 < s.b && v.words[k].in(b.lx.quantifier) && v.words[k+1].low == "of" {
			k += 2
		}
		e := k
		for e < s.b {
			w := v.words[e]
			if w.low == "(" {
				c := e + 1
				for c < s.b && v.words[c].low != ")" && c-e < 8 {
					c++
				}
				if c < s.b && v.words[c].low == ")" {
					e = c + 1
					continue
				}
				break
			}
			// "that company's bookings": a demonstrative opens the phrase
			demonstrative := e == k && alt(w.low, "that|this") && e+1 < s.b && b.npWord(v, v.words[e+1])
			if !demonstrative && (!b.npWord(v, w) || (e > k && b.lx.possessive(w.low))) {
				break
			}
			if e > k && !w.cap && strings.HasSuffix(w.low, "ing") && e+1 < s.b && (v.words[e+1].in(b.lx.determiner) || v.words[e+1].in(b.lx.quantifier)) {
				break // a reduced relative clause: "servers running the gate system"
			}
			e++
		}
		if e == k {
			break
		}
		// "servers running the gate appointment system": the system is the one run
		if h, ok := b.trim(v, k, e); !ok && !h.anaphor && e < s.b && alt(v.words[e].low, "running|hosting|supporting|behind|for") {
			k = e + 1
			continue
		}
		one := b.npList(v, s, k, e, status, head)
		if len(hits) > 0 && !listed && len(one) > 0 && !b.systemLike(v, one[0]) && !v.words[k].in(b.lx.determiner) {
			break
		}
		hits = append(hits, one...)
		// what follows: a coordinator, or "of ..." and then ", and on ..."
		j := e
		if j < s.b && v.words[j].low == "of" {
			t := j + 1
			for t < s.b && t < j+5 && b.npWord(v, v.words[t]) {
				t++
			}
			j = t
		}
		if j >= s.b {
			break
		}
		switch w := v.words[j].low; {
		case w == "," || w == ";":
			if j != e && !(j+1 < s.b && alt(v.words[j+1].low, "and|or")) {
				// ", the Bremen-based developer": an apposition to the "of" phrase
				return b.joinModifier(v, b.joinAcronym(v, hits))
			}
			listed = listed || j == e
			j++
			if j < s.b && alt(v.words[j].low, "and|or") {
				j++
			}
		case w == "and" || w == "or":
			j++
		default:
			return b.joinModifier(v, b.joinAcronym(v, hits))
		}
		if j < s.b && alt(v.words[j].low, "on|in") && len(hits) > 0 && alt(v.words[j-1].low, "and|or") {
			j++
		}
		if j < s.b && v.words[j].low == "several" && j+2 < s.b && v.words[j+1].low == "of" {
			j += 2
		}
		if j >= s.b || !b.npWord(v, v.words[j]) || v.words[j].low == "(" {
			break
		}
		// a conjunct that is a verb phrase ends the list: "accessed a database and copied part of it"
		if w := v.words[j].low; strings.HasSuffix(w, "ed") && !listed && !v.words[j].in(b.lx.systemHead) {
			break
		}
		k = j
	}
	return b.joinModifier(v, b.joinAcronym(v, hits))
}

// joinAcronym merges conjuncts that an acronym in brackets spells out
// together: "electronic chart display and information systems (ECDIS)".
func (b *Builder) joinAcronym(v *view, hits []sysHit) []sysHit {
	for i := 1; i < len(hits); i++ {
		acr := acronymIn(v, hits[i])
		if acr == "" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			var initials []rune
			for k := hits[j].a; k < hits[i].b; k++ {
				w := v.words[k].low
				if w == "(" {
					break
				}
				if w == "and" || w == "of" || w == "the" || w == "," || w == "&" {
					continue
				}
				initials = append(initials, unicode.ToUpper([]rune(w)[0]))
			}
			if strings.EqualFold(string(initials), acr) {
				h := hits[i]
				h.a = hits[j].a
				out := append([]sysHit{}, hits[:j]...)
				out = append(out, h)
				return append(out, hits[i+1:]...)
			}
		}
	}
	return hits
}

// acronymIn returns the acronym in brackets that ends hit h, if any.
func acronymIn(v *view, h sysHit) string {
	if h.b-h.a >= 3 && v.words[h.b-1].low == ")" && v.words[h.b-3].low == "(" && isAcronym(v.text(&v.words[h.b-2])) {
		return v.text(&v.words[h.b-2])
	}
	return ""
}

func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n >= 2
}

// npList splits words[a:e] into system names at commas, semicolons and
// "and"/"or", trims each, and keeps those that can name a system.
func (b *Builder) npList(v *view, s sentence, a, e int, status string, head int) []sysHit {
	var out []sysHit
	st := a
	depth := 0
	for k := a; k <= e; k++ {
		if k < e {
			switch v.words[k].low {
			case "(":
				depth++
			case ")":
				depth--
			}
		}
		if k == e || depth == 0 && alt(v.words[k].low, ",|;|and|or|nor") {
			if h, ok := b.trim(v, st, k); ok {
				h.status, h.head, h.order = status, head, head
				out = append(out, h)
			}
			st = k + 1
		}
	}
	out = b.joinAcronym(v, out)
	// an apposition: "its client portal, Aegir Connect," names one system; keep the name
	if len(out) == 2 && !hasCoordinator(v, a, e) && b.properName(v, out[1]) {
		out = out[1:]
	}
	return out
}

func hasCoordinator(v *view, a, e int) bool {
	for k := a; k < e; k++ {
		if alt(v.words[k].low, "and|or|;") {
			return true
		}
	}
	return false
}

// properName reports whether h is capitalised throughout and no entity: a
// product name.
func (b *Builder) properName(v *view, h sysHit) bool {
	for k := h.a; k < h.b; k++ {
		if !v.words[k].cap {
			return false
		}
	}
	return true
}

// foundOn reads "malware was found on X", "we found SeaLamprey on X": the
// systems where malware was found are compromised.
func (b *Builder) foundOn(v *view, s sentence, i int, status string) ([]sysHit, int, bool) {
	malware := false
	for k := max(s.a, i-4); k < min(s.b, i+4); k++ {
		if v.words[k].in(b.lx.malwareNoun) || v.words[k].family || v.words[k].low == "code" && k > s.a && v.words[k-1].low == "malicious" {
			malware = true
		}
	}
	if !malware {
		return nil, i + 1, false
	}
	for k := i + 1; k < s.b && k <= i+4; k++ {
		if alt(v.words[k].low, "on|in|aboard") {
			hits := b.objectNPs(v, s, k+1, status, i)
			return hits, k + 1, len(hits) > 0
		}
	}
	return nil, i + 1, false
}

// trim strips determiners, quantifiers, a possessor ("the IMO's", "the
// company's") and a bracketed aside from words[a:e].
func (b *Builder) trim(v *view, a, e int) (sysHit, bool) {
	h := sysHit{a: a, b: e}
	definite := false
	for h.a < h.b {
		w := v.words[h.a]
		switch {
		case w.low == "the" || w.low == "those" || w.low == "these" || w.low == "its" || w.low == "their" || w.low == "our":
			definite = true
			h.a++
		case w.in(b.lx.quantifier):
			h.a++
		case h.a+1 < h.b && (v.words[h.a+1].low == "'s" || v.words[h.a+1].low == "\u2019s"):
			h.a += 2
			definite = true
		case w.ent >= 0 && v.isOrg(w.ent):
			me := v.mentionEnd(h.a, h.b)
			if me < h.b && (v.words[me].low == "'s" || v.words[me].low == "\u2019s") {
				h.a = me + 1
				definite = true
				continue
			}
			if me < h.b && !v.words[me].cap {
				h.a = me
				continue
			}
			goto done
		default:
			goto done
		}
	}
done:
	// a bracketed aside that is not an acronym: "(Shared Services Centres)"
	if h.b-h.a >= 3 && v.words[h.b-1].low == ")" && acronymIn(v, h) == "" {
		o := h.b - 1
		for o > h.a && v.words[o].low != "(" {
			o--
		}
		if v.words[o].low == "(" {
			h.b = o
		}
	}
	for h.b > h.a && (v.words[h.b-1].low == "," || v.words[h.b-1].low == "(") {
		h.b--
	}
	if h.a >= h.b {
		// only a determiner and a pronoun-like word: "these", "those"
		return h, false
	}
	h.definite = definite
	if h.b-h.a == 1 && v.words[h.a].in(b.lx.anaphor) {
		h.anaphor = true
		return h, true
	}
	// demonstrative + generic noun: "these systems", "the system"
	if definite && alt(v.words[a].low, "these|those|the") && h.a == a+1 && h.b == h.a+1 && b.allGeneric(v, h) &&
		(v.words[a].low != "the" || v.words[h.a].in(b.lx.systemHead)) {
		h.anaphor = true
		return h, true
	}
	if b.allGeneric(v, h) || v.words[h.b-1].in(b.lx.dataHead) {
		return h, false
	}
	// entity only, person or place, or a pronoun
	allEnt := true
	for k := h.a; k < h.b; k++ {
		w := v.words[k]
		if w.ent < 0 {
			allEnt = false
		}
		if w.in(b.lx.pronoun) {
			return h, false
		}
	}
	if allEnt {
		return h, false
	}
	return h, true
}

// allGeneric reports whether h holds only words too general to name a
// system ("IT systems", "servers", "a number of systems").
func (b *Builder) allGeneric(v *view, h sysHit) bool {
	for k := h.a; k < h.b; k++ {
		if !v.words[k].in(b.lx.genericSys) && !v.words[k].in(b.lx.quantifier) {
			return false
		}
	}
	return true
}

// systemLike reports whether h looks like the name of a system, service or
// operation: its head is a system noun, or it holds a product name or an
// acronym that is not an entity.
func (b *Builder) systemLike(v *view, h sysHit) bool {
	if h.anaphor {
		return true
	}
	last := h.b - 1
	if v.words[last].low == ")" && h.b-h.a >= 3 {
		last = h.b - 4
		if last < h.a {
			last = h.a
		}
	}
	if v.words[last].in(b.lx.systemHead) {
		return true
	}
	for k := h.a; k < h.b; k++ {
		w := v.words[k]
		if w.ent < 0 && (w.cap && k > 0 && !v.isSentenceStart(k) || isAcronym(v.text(&w))) {
			return true
		}
	}
	return false
}

// anySystemLike reports whether one of hits looks like a system.
func (b *Builder) anySystemLike(v *view, hits []sysHit) bool {
	for _, h := range hits {
		if b.systemLike(v, h) {
			return true
		}
	}
	return false
}

// acceptable is the fallback test for a subject that did not look like a
// system: any trimmed phrase that is not an entity.
func (b *Builder) acceptable(v *view, h sysHit) bool {
	if h.anaphor {
		return true
	}
	for k := h.a; k < h.b; k++ {
		if v.words[k].ent >= 0 {
			return false
		}
	}
	return !v.words[h.b-1].in(b.lx.reportVerb) && !v.words[h.b-1].in(b.lx.stop)
}

// isSentenceStart reports whether word k opens its sentence.
func (v *view) isSentenceStart(k int) bool {
	for _, s := range v.sents {
		if s.a == k {
			return true
		}
		if s.a > k {
			break
		}
	}
	return false
}
