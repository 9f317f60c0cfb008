package incidents

// A minimal port of the incident part of the project's gold scorer
// (score.py, described in testdata/gold/FORMAT.md): incidents matched by
// victim through a resolver that knows the gold aliases and acronyms,
// accuracies of type, date and data breach over gold incidents, and
// precision/recall of systems (word overlap), systems with status,
// attackers and responders.

import (
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/text/unicode/norm"
)

var (
	reThe      = regexp.MustCompile(`^(the)\s+`)
	rePoss     = regexp.MustCompile(`'s\b`)
	rePunct    = regexp.MustCompile(`[^\p{L}\p{N}_\s]`)
	reSuffix   = regexp.MustCompile(`\b(inc|ltd|plc|llc|group|co|corp|corporation|limited|s\s?a|ag|gmbh|spa)\b`)
	reSplitAcr = regexp.MustCompile(`[\s\-]+`)
)

// normName is score.py's norm.
func normName(s string) string {
	s = strings.ToLower(norm.NFKC.String(s))
	s = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	s = reThe.ReplaceAllString(strings.TrimSpace(s), "")
	s = rePoss.ReplaceAllString(s, "")
	s = rePunct.ReplaceAllString(s, " ")
	s = reSuffix.ReplaceAllString(s, " ")
	return strings.Join(strings.Fields(s), " ")
}

// acronymOf is score.py's acronym.
func acronymOf(s string) string {
	var caps []rune
	for _, w := range reSplitAcr.Split(s, -1) {
		r := []rune(w)
		if len(r) == 0 || !isLetter(r[0]) {
			continue
		}
		if r[0] >= 'A' && r[0] <= 'Z' || strings.ToUpper(string(r[0])) == string(r[0]) && strings.ToLower(string(r[0])) != string(r[0]) {
			caps = append(caps, r[0])
		}
	}
	if len(caps) < 2 {
		return ""
	}
	return strings.ToLower(string(caps))
}

func isLetter(r rune) bool {
	return strings.ToUpper(string(r)) != strings.ToLower(string(r))
}

// resolver is score.py's resolver: a name maps to the gold entity it
// denotes, through names, aliases and acronyms.
func resolver(groups [][]string) func(string) string {
	var gs [][]string
	for _, g := range groups {
		var ns []string
		for _, n := range g {
			if x := normName(n); x != "" {
				ns = append(ns, x)
			}
		}
		gs = append(gs, ns)
	}
	minOf := func(g []string) string {
		m := g[0]
		for _, x := range g {
			if x < m {
				m = x
			}
		}
		return m
	}
	return func(name string) string {
		n := normName(name)
		ns := strings.ReplaceAll(n, " ", "")
		for _, g := range gs {
			if len(g) == 0 {
				continue
			}
			for _, x := range g {
				if x == n || strings.ReplaceAll(x, " ", "") == ns {
					return minOf(g)
				}
			}
			for _, x := range g {
				if acronymOf(x) == ns && ns != "" {
					return minOf(g)
				}
			}
		}
		return n
	}
}

// sysSame is score.py's sys_same.
func sysSame(g, p string) bool {
	a, b := wordSet(normName(g)), wordSet(normName(p))
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for w := range a {
		if b[w] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	return float64(inter)/float64(min(len(a), len(b))) >= 0.6 || float64(inter)/float64(union) >= 0.5
}

func wordSet(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(s) {
		out[w] = true
	}
	return out
}

// prf counts true positives, false positives and false negatives.
type prf struct{ tp, fp, fn int }

func (x *prf) add(tp, fp, fn int) { x.tp += tp; x.fp += fp; x.fn += fn }

func (x prf) p() float64 {
	if x.tp+x.fp == 0 {
		if x.fn == 0 {
			return 1
		}
		return 0
	}
	return float64(x.tp) / float64(x.tp+x.fp)
}

func (x prf) r() float64 {
	if x.tp+x.fn == 0 {
		return 1
	}
	return float64(x.tp) / float64(x.tp+x.fn)
}

func (x prf) f1() float64 {
	p, r := x.p(), x.r()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (x prf) String() string {
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)", x.p(), x.r(), x.f1(), x.tp, x.fp, x.fn)
}

// acc counts correct answers out of n.
type acc struct{ ok, n int }

func (a acc) value() float64 {
	if a.n == 0 {
		return 1
	}
	return float64(a.ok) / float64(a.n)
}

// matchSets is score.py's match_sets: greedy one-to-one matching; a
// prediction that only repeats an already matched gold item is not a false
// positive.
func matchSets[G, P any](gold []G, pred []P, same func(G, P) bool) (tp, fp, fn int, pairs [][2]int) {
	used := map[int]bool{}
	for gi, g := range gold {
		for pi, p := range pred {
			if !used[pi] && same(g, p) {
				used[pi] = true
				pairs = append(pairs, [2]int{gi, pi})
				break
			}
		}
	}
	for pi, p := range pred {
		if used[pi] {
			continue
		}
		repeat := false
		for _, pr := range pairs {
			if same(gold[pr[0]], p) {
				repeat = true
				break
			}
		}
		if !repeat {
			fp++
		}
	}
	return len(pairs), fp, len(gold) - len(pairs), pairs
}

// scores are the incident fields of the gold scorer.
type scores struct {
	incidents, systems, systemsStatus, attackers, responders prf
	typ, date, breach                                        acc
}

// predIncident is an incident seen as the scorer sees it: names, not ids.
type predIncident struct {
	victim, typ, date, breach string
	attackers, responders     []string
	systems                   [][2]string // name, status
}

// grade adds one article's incidents to sc.
func (sc *scores) grade(g goldFile, pred []predIncident) {
	var groups [][]string
	for _, o := range g.Organisations {
		groups = append(groups, append([]string{o.Name}, o.Aliases...))
	}
	for _, p := range g.People {
		groups = append(groups, []string{p.Name})
	}
	canon := resolver(groups)
	tp, fp, fn, pairs := matchSets(g.Incidents, pred, func(gi goldIncident, p predIncident) bool {
		return p.victim != "" && canon(gi.Victim) == canon(p.victim)
	})
	_ = tp
	_ = fp
	_ = fn
	sc.incidentsAdd(tp, fp, fn)
	matched := map[int]bool{}
	for _, pr := range pairs {
		gi, p := g.Incidents[pr[0]], pred[pr[1]]
		matched[pr[0]] = true
		sc.typ.n++
		if normName(gi.Type) == normName(p.typ) {
			sc.typ.ok++
		}
		sc.date.n++
		gd := "None"
		if gi.Date != nil {
			gd = *gi.Date
		}
		pd := "None"
		if p.date != "" {
			pd = p.date
		}
		if gd == pd {
			sc.date.ok++
		}
		sc.breach.n++
		pb := p.breach
		if pb == "" {
			pb = "not_stated"
		}
		if normName(gi.DataBreach) == normName(pb) {
			sc.breach.ok++
		}
		stp, sfp, sfn, spairs := matchSets(gi.Systems, p.systems, func(a goldSystem, b [2]string) bool { return sysSame(a.Name, b[0]) })
		sc.systems.add(stp, sfp, sfn)
		ok := 0
		for _, sp := range spairs {
			if normName(gi.Systems[sp[0]].Status) == normName(p.systems[sp[1]][1]) {
				ok++
			}
		}
		sc.systemsStatus.add(ok, sfp+(stp-ok), sfn+(stp-ok))
		for _, k := range []struct {
			g, p []string
			x    *prf
		}{{gi.Attackers, p.attackers, &sc.attackers}, {gi.Responders, p.responders, &sc.responders}} {
			var gc, pc []string
			for _, x := range k.g {
				gc = append(gc, canon(x))
			}
			for _, x := range k.p {
				if x != "" {
					pc = append(pc, canon(x))
				}
			}
			a, b, c, _ := matchSets(gc, pc, func(x, y string) bool { return x == y })
			k.x.add(a, b, c)
		}
	}
	for gi, inc := range g.Incidents {
		if matched[gi] {
			continue
		}
		sc.systems.add(0, 0, len(inc.Systems))
		sc.systemsStatus.add(0, 0, len(inc.Systems))
		sc.typ.n++
		sc.date.n++
		sc.breach.n++
	}
}

func (sc *scores) incidentsAdd(tp, fp, fn int) { sc.incidents.add(tp, fp, fn) }

func (sc *scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "incidents       %v\n", sc.incidents)
	fmt.Fprintf(&b, "incident_type   acc %.3f (n %d)\n", sc.typ.value(), sc.typ.n)
	fmt.Fprintf(&b, "incident_date   acc %.3f (n %d)\n", sc.date.value(), sc.date.n)
	fmt.Fprintf(&b, "data_breach     acc %.3f (n %d)\n", sc.breach.value(), sc.breach.n)
	fmt.Fprintf(&b, "systems         %v\n", sc.systems)
	fmt.Fprintf(&b, "systems+status  %v\n", sc.systemsStatus)
	fmt.Fprintf(&b, "attackers       %v\n", sc.attackers)
	fmt.Fprintf(&b, "responders      %v\n", sc.responders)
	return b.String()
}
