package eval

import (
	"strings"

	"github.com/clipper-news/clipper/model"
)

// Field names, as the reference scorer reports them.
const (
	FieldOrganisations  = "organisations"
	FieldPeople         = "people"
	FieldPlaces         = "places"
	FieldDates          = "dates"
	FieldQuotes         = "quotes"
	FieldQuoteSpeakers  = "quote_speakers"
	FieldIncidents      = "incidents"
	FieldSystems        = "systems"
	FieldSystemsStatus  = "systems+status"
	FieldAttackers      = "attackers"
	FieldResponders     = "responders"
	FieldHeadline       = "headline"
	FieldPublished      = "published"
	FieldPublication    = "publication"
	FieldIncidentType   = "incident_type"
	FieldIncidentDate   = "incident_date"
	FieldDataBreach     = "data_breach"
	fieldOverallF1      = "overall_f1"
	fieldArticles       = "articles"
	notStatedDataBreach = model.BreachNotStated
)

// PRFFields returns the fields graded by precision and recall, in report
// order.
func PRFFields() []string {
	return []string{FieldOrganisations, FieldPeople, FieldPlaces, FieldDates, FieldQuotes,
		FieldQuoteSpeakers, FieldIncidents, FieldSystems, FieldSystemsStatus, FieldAttackers, FieldResponders}
}

// AccuracyFields returns the fields graded by accuracy, in report order.
func AccuracyFields() []string {
	return []string{FieldHeadline, FieldPublished, FieldPublication, FieldIncidentType, FieldIncidentDate, FieldDataBreach}
}

// OverallFields returns the fields whose F1 scores [Scores.OverallF1]
// averages.
func OverallFields() []string {
	return []string{FieldOrganisations, FieldPeople, FieldPlaces, FieldDates, FieldQuotes,
		FieldQuoteSpeakers, FieldIncidents, FieldSystemsStatus}
}

// PRF counts the true positives, false positives and false negatives of one
// field.
type PRF struct {
	// TP counts predicted items that match a gold item.
	TP int
	// FP counts predicted items that match none.
	FP int
	// FN counts gold items that no prediction matches.
	FN int
}

// P is the precision TP/(TP+FP). With no predictions it is 1 when nothing was
// missed and 0 otherwise.
func (c PRF) P() float64 {
	if c.TP+c.FP == 0 {
		if c.FN == 0 {
			return 1
		}
		return 0
	}
	return float64(c.TP) / float64(c.TP+c.FP)
}

// R is the recall TP/(TP+FN), 1 when there is nothing to find.
func (c PRF) R() float64 {
	if c.TP+c.FN == 0 {
		return 1
	}
	return float64(c.TP) / float64(c.TP+c.FN)
}

// F1 is the harmonic mean of P and R, 0 when both are 0.
func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// add adds counts to c.
func (c *PRF) add(tp, fp, fn int) {
	c.TP += tp
	c.FP += fp
	c.FN += fn
}

// Accuracy counts correct values of one field over the gold items that have
// it.
type Accuracy struct {
	// Correct counts the predictions equal to the gold value.
	Correct int
	// N counts the gold values.
	N int
}

// Acc is Correct/N; ok is false when N is 0.
func (a Accuracy) Acc() (acc float64, ok bool) {
	if a.N == 0 {
		return 0, false
	}
	return float64(a.Correct) / float64(a.N), true
}

// add counts one gold value, correct or not.
func (a *Accuracy) add(correct bool) {
	a.N++
	if correct {
		a.Correct++
	}
}

// Scores are the grades of a set of records against their gold annotations.
type Scores struct {
	// PRF holds the counts of each field in [PRFFields].
	PRF map[string]PRF
	// Accuracy holds the counts of each field in [AccuracyFields].
	Accuracy map[string]Accuracy
	// OverallF1 is the mean F1 of the fields in [OverallFields].
	OverallF1 float64
	// Articles counts the gold articles graded.
	Articles int
	// PerArticle holds each gold article's own scores, by name; it is nil in
	// the scores of a single article.
	PerArticle map[string]*Scores
	// Unmatched lists, in order, the names of predictions that have no gold
	// annotation and were not graded.
	Unmatched []string
}

// newScores returns zero scores with every field present.
func newScores() *Scores {
	s := &Scores{PRF: make(map[string]PRF), Accuracy: make(map[string]Accuracy)}
	for _, k := range PRFFields() {
		s.PRF[k] = PRF{}
	}
	for _, k := range AccuracyFields() {
		s.Accuracy[k] = Accuracy{}
	}
	return s
}

// addPRF adds counts to field k.
func (s *Scores) addPRF(k string, tp, fp, fn int) {
	c := s.PRF[k]
	c.add(tp, fp, fn)
	s.PRF[k] = c
}

// addAcc counts one gold value of field k.
func (s *Scores) addAcc(k string, correct bool) {
	a := s.Accuracy[k]
	a.add(correct)
	s.Accuracy[k] = a
}

// merge adds the counts of o to s.
func (s *Scores) merge(o *Scores) {
	for k, c := range o.PRF {
		s.addPRF(k, c.TP, c.FP, c.FN)
	}
	for k, a := range o.Accuracy {
		b := s.Accuracy[k]
		b.Correct += a.Correct
		b.N += a.N
		s.Accuracy[k] = b
	}
	s.Articles += o.Articles
}

// finish computes OverallF1 from the counts.
func (s *Scores) finish() {
	sum := 0.0
	keys := OverallFields()
	for _, k := range keys {
		sum += s.PRF[k].F1()
	}
	s.OverallF1 = sum / float64(len(keys))
}

// Grade grades the predictions against the gold annotations, both keyed by
// article name (see [Key]). A gold article without a prediction is graded
// against an empty record; a prediction without a gold annotation is listed
// in [Scores.Unmatched]. The rules are those of the project's reference
// scorer, score.py, so both give the same numbers.
func Grade(gold map[string]*Gold, pred map[string]*model.Record) *Scores {
	total := newScores()
	total.PerArticle = make(map[string]*Scores, len(gold))
	for _, name := range sortedKeys(gold) {
		s := GradeArticle(gold[name], pred[name])
		total.PerArticle[name] = s
		total.merge(s)
	}
	for _, name := range sortedKeys(pred) {
		if _, ok := gold[name]; !ok {
			total.Unmatched = append(total.Unmatched, name)
		}
	}
	total.finish()
	return total
}

// GradeArticle grades one record against its gold annotation; a nil record
// counts as empty.
func GradeArticle(gold *Gold, rec *model.Record) *Scores {
	s := newScores()
	s.Articles = 1
	g, p := goldView(gold), recordView(rec)
	canon := newResolver(g.orgs, g.people)

	for _, f := range []struct {
		name       string
		gold, pred []nameSet
		same       func(a, b nameSet) bool
	}{
		{FieldOrganisations, g.orgs, p.orgs, sameEntity},
		{FieldPeople, g.people, p.people, sameEntity},
		{FieldPlaces, g.places, p.places, samePlace},
	} {
		tp, fp, fn, _ := matchSets(f.gold, f.pred, f.same)
		s.addPRF(f.name, tp, fp, fn)
	}

	tp, fp, fn, _ := matchSets(g.dates, p.dates, func(a, b string) bool { return a == b })
	s.addPRF(FieldDates, tp, fp, fn)

	tp, fp, fn, pairs := matchSets(g.quotes, p.quotes, sameQuote)
	s.addPRF(FieldQuotes, tp, fp, fn)
	ok := 0
	for _, pr := range pairs {
		if canon(g.quotes[pr.gold].speaker) == canon(p.quotes[pr.pred].speaker) {
			ok++
		}
	}
	// A quote with the wrong speaker is both a miss and a false hit.
	s.addPRF(FieldQuoteSpeakers, ok, tp-ok+fp, len(g.quotes)-ok)

	sameIncident := func(gi, pi incidentView) bool {
		return pi.victim != "" && canon(gi.victim) == canon(pi.victim)
	}
	tp, fp, fn, pairs = matchSets(g.incidents, p.incidents, sameIncident)
	s.addPRF(FieldIncidents, tp, fp, fn)
	matched := make(map[int]bool, len(pairs))
	for _, pr := range pairs {
		matched[pr.gold] = true
		gi, pi := g.incidents[pr.gold], p.incidents[pr.pred]
		s.addAcc(FieldIncidentType, normalize(gi.typ) == normalize(pi.typ))
		s.addAcc(FieldIncidentDate, pyStr(gi.date) == pyStr(pi.date))
		pb := pi.dataBreach
		if pb == "" {
			pb = notStatedDataBreach
		}
		s.addAcc(FieldDataBreach, normalize(gi.dataBreach) == normalize(pb))

		stp, sfp, sfn, spairs := matchSets(gi.systems, pi.systems, sameSystem)
		s.addPRF(FieldSystems, stp, sfp, sfn)
		ok := 0
		for _, sp := range spairs {
			if normalize(gi.systems[sp.gold].status) == normalize(pi.systems[sp.pred].status) {
				ok++
			}
		}
		s.addPRF(FieldSystemsStatus, ok, sfp+stp-ok, sfn+stp-ok)

		for _, f := range []struct {
			name       string
			gold, pred []string
		}{
			{FieldAttackers, gi.attackers, pi.attackers},
			{FieldResponders, gi.responders, pi.responders},
		} {
			atp, afp, afn, _ := matchSets(canonAll(canon, f.gold), canonAll(canon, f.pred),
				func(a, b string) bool { return a == b })
			s.addPRF(f.name, atp, afp, afn)
		}
	}
	// An unmatched gold incident counts its systems as missed and its
	// values as wrong.
	for i, gi := range g.incidents {
		if !matched[i] {
			s.addPRF(FieldSystems, 0, 0, len(gi.systems))
			s.addPRF(FieldSystemsStatus, 0, 0, len(gi.systems))
			s.addAcc(FieldIncidentType, false)
			s.addAcc(FieldIncidentDate, false)
			s.addAcc(FieldDataBreach, false)
		}
	}

	for _, f := range []struct {
		name       string
		gold, pred string
	}{
		{FieldHeadline, g.headline, p.headline},
		{FieldPublished, g.published, p.published},
		{FieldPublication, g.publication, p.publication},
	} {
		if f.gold != "" {
			s.addAcc(f.name, normalize(f.gold) == normalize(f.pred))
		}
	}
	s.finish()
	return s
}

// pyStr renders an optional value the way Python's str does: "None" for nil.
func pyStr(s *string) string {
	if s == nil {
		return "None"
	}
	return *s
}

// canonAll maps each name through canon.
func canonAll(canon func(string) string, names []string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = canon(n)
	}
	return out
}

// pair is a matched gold item and prediction, by index.
type pair struct {
	gold, pred int
}

// matchSets matches each gold item, in order, to the first unused prediction
// that is the same. Predictions that match nothing are false positives,
// except those that only repeat an already matched gold item.
func matchSets[T any](gold, pred []T, same func(g, p T) bool) (tp, fp, fn int, pairs []pair) {
	used := make([]bool, len(pred))
	for gi, g := range gold {
		for pi, p := range pred {
			if !used[pi] && same(g, p) {
				used[pi] = true
				pairs = append(pairs, pair{gi, pi})
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
			if same(gold[pr.gold], p) {
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

// placeAliases are groups of names for the same country.
var placeAliases = []nameSet{
	{"uk": {}, "united kingdom": {}, "britain": {}, "great britain": {}},
	{"us": {}, "usa": {}, "united states": {}, "united states of america": {}, "america": {}},
	{"uae": {}, "united arab emirates": {}},
	{"netherlands": {}, "holland": {}},
}

// samePlace reports whether two places are the same: names of one country,
// or the same entity.
func samePlace(a, b nameSet) bool {
	for _, grp := range placeAliases {
		if intersects(a, grp) && intersects(b, grp) {
			return true
		}
	}
	return sameEntity(a, b)
}

// intersects reports whether a and b share a name.
func intersects(a, b nameSet) bool {
	for x := range a {
		if _, ok := b[x]; ok {
			return true
		}
	}
	return false
}

// sameQuote reports whether a predicted quote's text starts with the gold
// quote's first words, or is a prefix of them.
func sameQuote(g, p quoteView) bool {
	b, t := []rune(normalize(g.text)), []rune(normalize(p.text))
	if len(t) == 0 {
		return false
	}
	if hasPrefix(t, b) {
		return true
	}
	return hasPrefix(b, t[:min(max(len(b), 12), len(t))])
}

// hasPrefix reports whether s starts with prefix.
func hasPrefix(s, prefix []rune) bool {
	return len(prefix) <= len(s) && string(s[:len(prefix)]) == string(prefix)
}

// sameSystem reports whether two system names share most of their words.
func sameSystem(g, p systemView) bool {
	a, b := wordSet(normalize(g.name)), wordSet(normalize(p.name))
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	inter := 0
	for w := range a {
		if _, ok := b[w]; ok {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	return float64(inter)/float64(min(len(a), len(b))) >= 0.6 || float64(inter)/float64(union) >= 0.5
}

// wordSet returns the set of space-separated words of s.
func wordSet(s string) map[string]struct{} {
	set := make(map[string]struct{})
	for _, w := range strings.Fields(s) {
		set[w] = struct{}{}
	}
	return set
}

// newResolver returns a function that maps a name to the gold organisation
// or person it denotes (the smallest of its normalised names), or else to its
// own normalised form.
func newResolver(orgs, people []nameSet) func(string) string {
	groups := append(append([]nameSet(nil), orgs...), people...)
	return func(name string) string {
		n := normalize(name)
		ns := strings.ReplaceAll(n, " ", "")
		for _, g := range groups {
			if _, ok := g[n]; ok {
				return g.min()
			}
			for x := range g {
				if strings.ReplaceAll(x, " ", "") == ns {
					return g.min()
				}
			}
			// The acronym of a gold name. Gold names are normalised to lower
			// case here, so this matches only an empty name, as in score.py.
			for x := range g {
				if acronym(x) == ns {
					return g.min()
				}
			}
		}
		return n
	}
}
