package incidents

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

// goldFile is the part of a gold annotation (testdata/gold/FORMAT.md) these
// tests read.
type goldFile struct {
	ReferenceDate string `json:"reference_date"`
	Organisations []struct {
		Name    string   `json:"name"`
		Aliases []string `json:"aliases"`
	} `json:"organisations"`
	People []struct {
		Name string `json:"name"`
		Role string `json:"role"`
	} `json:"people"`
	Places []string `json:"places"`
	Dates  []struct {
		Text  string `json:"text"`
		Value string `json:"value"`
	} `json:"dates"`
	Quotes []struct {
		Begins      string `json:"begins"`
		Speaker     string `json:"speaker"`
		SpeakerText string `json:"speaker_text"`
	} `json:"quotes"`
	Incidents []goldIncident `json:"incidents"`
}

type goldIncident struct {
	Victim     string       `json:"victim"`
	Type       string       `json:"type"`
	Date       *string      `json:"date"`
	Attackers  []string     `json:"attackers"`
	Responders []string     `json:"responders"`
	Systems    []goldSystem `json:"systems"`
	DataBreach string       `json:"data_breach"`
}

type goldSystem struct {
	Name   string `json:"name"`
	Status string `json:"status"`
}

func readGold(t testing.TB, path string) goldFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read gold %s: %v", path, err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("parse gold %s: %v", path, err)
	}
	return g
}

// story is one article text with its layout.
type story struct {
	name, text string
	standfirst bool
}

// readStories reads dir/*.txt; dir/standfirst.txt lists the stories whose
// second paragraph is a standfirst.
func readStories(t testing.TB, dir string) []story {
	t.Helper()
	sf := map[string]bool{}
	if data, err := os.ReadFile(filepath.Join(dir, "standfirst.txt")); err == nil {
		for _, l := range strings.Fields(string(data)) {
			sf[l] = true
		}
	}
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var out []story
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		if name == "standfirst" {
			continue
		}
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("read story %s: %v", p, err)
		}
		out = append(out, story{name: name, text: strings.TrimRight(string(data), "\n"), standfirst: sf[name]})
	}
	return out
}

// findAll returns the code-point spans of s in rs at word boundaries.
func findAll(rs []rune, s string) []model.Span {
	pat := []rune(s)
	var out []model.Span
	if len(pat) == 0 {
		return nil
	}
	for i := 0; i+len(pat) <= len(rs); i++ {
		if string(rs[i:i+len(pat)]) != s {
			continue
		}
		if i > 0 && isWordRune(rs[i-1]) || i+len(pat) < len(rs) && isWordRune(rs[i+len(pat)]) {
			continue
		}
		out = append(out, model.Span{Start: i, End: i + len(pat)})
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// goldInput builds the Input the other recognisers would give, from the gold
// annotation: entity mentions where a gold name or alias (or a person's
// surname) occurs, dates where a gold date text occurs, quotes from the gold
// beginnings to the next closing mark. No pronoun mentions: they are not in
// the gold.
func goldInput(text string, standfirst bool, g goldFile) Input {
	doc := annotate.New(text, annotate.Layout{Headline: true, Standfirst: standfirst})
	rs := doc.Runes
	type cand struct {
		span model.Span
		ent  int
	}
	var ents []model.Entity
	var cands []cand
	addEnt := func(typ, name string, names []string) {
		e := model.Entity{ID: fmt.Sprintf("e%d", len(ents)+1), Type: typ, Name: name, Aliases: []string{}, Mentions: []model.Mention{}}
		ents = append(ents, e)
		for _, n := range names {
			for _, sp := range findAll(rs, n) {
				cands = append(cands, cand{sp, len(ents) - 1})
			}
		}
	}
	for _, o := range g.Organisations {
		addEnt(model.EntityOrganisation, o.Name, append([]string{o.Name}, o.Aliases...))
	}
	for _, p := range g.People {
		names := []string{p.Name}
		if f := strings.Fields(p.Name); len(f) > 1 {
			names = append(names, f[len(f)-1])
		}
		addEnt(model.EntityPerson, p.Name, names)
	}
	for _, pl := range g.Places {
		addEnt(model.EntityPlace, pl, []string{pl})
	}
	// longest first, no overlaps
	sort.SliceStable(cands, func(i, j int) bool {
		return cands[i].span.End-cands[i].span.Start > cands[j].span.End-cands[j].span.Start
	})
	taken := make([]bool, len(rs))
	for _, c := range cands {
		free := true
		for p := c.span.Start; p < c.span.End; p++ {
			if taken[p] {
				free = false
			}
		}
		if !free {
			continue
		}
		for p := c.span.Start; p < c.span.End; p++ {
			taken[p] = true
		}
		e := &ents[c.ent]
		e.Mentions = append(e.Mentions, model.Mention{Start: c.span.Start, End: c.span.End, Text: string(rs[c.span.Start:c.span.End])})
	}
	for i := range ents {
		sort.Slice(ents[i].Mentions, func(a, b int) bool { return ents[i].Mentions[a].Start < ents[i].Mentions[b].Start })
	}
	var dates []model.Date
	dtaken := make([]bool, len(rs))
	ds := append([]struct {
		Text  string `json:"text"`
		Value string `json:"value"`
	}{}, g.Dates...)
	sort.SliceStable(ds, func(i, j int) bool { return len(ds[i].Text) > len(ds[j].Text) })
	for _, d := range ds {
		for _, sp := range findAll(rs, d.Text) {
			if dtaken[sp.Start] || dtaken[sp.End-1] {
				continue
			}
			for p := sp.Start; p < sp.End; p++ {
				dtaken[p] = true
			}
			dates = append(dates, model.Date{Text: d.Text, Value: d.Value, Precision: precisionOf(d.Value), Start: sp.Start, End: sp.End})
		}
	}
	sort.Slice(dates, func(i, j int) bool { return dates[i].Start < dates[j].Start })
	var quotes []model.Quote
	for _, q := range g.Quotes {
		sps := findAll(rs, q.Begins)
		if len(sps) == 0 {
			continue
		}
		st := sps[0].Start
		end := st
		for end < len(rs) && rs[end] != '\u201d' && rs[end] != '"' {
			end++
		}
		var sp *model.Ref
		for _, e := range ents {
			if e.Name == q.Speaker {
				sp = &model.Ref{ID: e.ID, Name: e.Name}
			}
		}
		quotes = append(quotes, model.Quote{Text: string(rs[st:end]), Speaker: sp, SpeakerText: q.SpeakerText, Start: st, End: end})
	}
	return Input{Doc: doc, Entities: ents, Dates: dates, Quotes: quotes}
}

func precisionOf(v string) string {
	switch {
	case strings.Contains(v, "/"):
		return model.PrecisionRange
	case len(v) == 10:
		return model.PrecisionDay
	case len(v) == 7:
		return model.PrecisionMonth
	}
	return model.PrecisionYear
}

func describe(incs []model.Incident) string {
	var b strings.Builder
	for _, inc := range incs {
		d := "null"
		if inc.Date != nil {
			d = inc.Date.Value
		}
		fmt.Fprintf(&b, "  %s %s %s date=%s breach=%s attackers=%v responders=%v\n", inc.ID, inc.Victim.Name, inc.Type, d, inc.DataBreach, inc.Attackers, inc.Responders)
		for _, s := range inc.Systems {
			fmt.Fprintf(&b, "     - %q %s\n", s.Name, s.Status)
		}
	}
	return b.String()
}

func describeGold(g goldFile) string {
	var b strings.Builder
	for _, inc := range g.Incidents {
		d := "null"
		if inc.Date != nil {
			d = *inc.Date
		}
		fmt.Fprintf(&b, "  gold %s %s date=%s breach=%s attackers=%v responders=%v\n", inc.Victim, inc.Type, d, inc.DataBreach, inc.Attackers, inc.Responders)
		for _, s := range inc.Systems {
			fmt.Fprintf(&b, "     - %q %s\n", s.Name, s.Status)
		}
	}
	return b.String()
}

// recordOf wraps incidents in a record, as the extractor writes them, so
// that extract/eval grades them.
func recordOf(name string, in Input, incs []model.Incident) *model.Record {
	rec := model.NewRecord(model.Source{Name: name + ".txt"})
	rec.Entities = in.Entities
	rec.Dates = in.Dates
	rec.Quotes = in.Quotes
	rec.Incidents = incs
	return rec
}

// incidentReport prints the incident fields of s.
func incidentReport(s *eval.Scores) string {
	var b strings.Builder
	for _, k := range []string{eval.FieldIncidents, eval.FieldSystems, eval.FieldSystemsStatus, eval.FieldAttackers, eval.FieldResponders} {
		c := s.PRF[k]
		fmt.Fprintf(&b, "%-16s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", k, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, k := range []string{eval.FieldIncidentType, eval.FieldIncidentDate, eval.FieldDataBreach} {
		a := s.Accuracy[k]
		acc, _ := a.Acc()
		fmt.Fprintf(&b, "%-16s acc %.3f (n %d)\n", k, acc, a.N)
	}
	return b.String()
}

// scoreGold builds the incidents of every story in storyDir with inputs
// made from the gold annotation in goldDir and grades them with
// extract/eval.
func scoreGold(t *testing.T, storyDir, goldDir string) *eval.Scores {
	t.Helper()
	b := New()
	golds := map[string]*eval.Gold{}
	preds := map[string]*model.Record{}
	shown := map[string]string{}
	for _, st := range readStories(t, storyDir) {
		path := filepath.Join(goldDir, st.name+".gold.json")
		g := readGold(t, path)
		eg, err := eval.LoadGold(path)
		if err != nil {
			t.Fatalf("load gold %s: %v", path, err)
		}
		in := goldInput(st.text, st.standfirst, g)
		got := b.Build(in)
		checkSpans(t, st.name, in, got)
		golds[st.name], preds[st.name] = eg, recordOf(st.name, in, got)
		shown[st.name] = describe(got) + describeGold(g)
		if len(g.Incidents) == 0 && len(got) > 0 {
			t.Errorf("%s: an article without an incident gave %d", st.name, len(got))
		}
	}
	sc := eval.Grade(golds, preds)
	logArticles(t, sc, shown)
	t.Logf("scores:\n%s", incidentReport(sc))
	return sc
}

// logArticles logs the incidents of the articles whose incident fields are
// not all right (of every article with -v).
func logArticles(t *testing.T, sc *eval.Scores, shown map[string]string) {
	t.Helper()
	for _, name := range sortedNames(shown) {
		a := sc.PerArticle[name]
		if a == nil {
			continue
		}
		bad := a.PRF[eval.FieldIncidents].FP+a.PRF[eval.FieldIncidents].FN+a.PRF[eval.FieldSystemsStatus].FP+a.PRF[eval.FieldSystemsStatus].FN > 0
		for _, k := range []string{eval.FieldIncidentType, eval.FieldIncidentDate, eval.FieldDataBreach} {
			bad = bad || a.Accuracy[k].Correct < a.Accuracy[k].N
		}
		if bad || testing.Verbose() {
			t.Logf("%s:\n%s", name, shown[name])
		}
	}
}

func sortedNames(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// checkFloors fails the test for each incident score below floor.
func checkFloors(t *testing.T, sc *eval.Scores, floor float64) {
	t.Helper()
	acc := func(k string) float64 { a, _ := sc.Accuracy[k].Acc(); return a }
	for _, f := range []struct {
		name string
		got  float64
	}{
		{"incidents F1", sc.PRF[eval.FieldIncidents].F1()},
		{"incident_type", acc(eval.FieldIncidentType)},
		{"incident_date", acc(eval.FieldIncidentDate)},
		{"data_breach", acc(eval.FieldDataBreach)},
		{"systems+status F1", sc.PRF[eval.FieldSystemsStatus].F1()},
	} {
		if f.got < floor {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, floor)
		}
	}
}

// TestGoldDevelopmentSet scores Build on the development set and the seed
// with inputs made from the gold annotation, and fails below the floors.
func TestGoldDevelopmentSet(t *testing.T) {
	checkFloors(t, scoreGold(t, "../../testdata/incidents/stories", "../../testdata/gold"), 0.95)
}

// TestGoldCases scores Build on the hard cases written for this package
// (testdata/incidents/cases: two victims with a hypothetical and a generic
// attack between them; a coordination of restored systems, a precautionary
// shutdown, a gradual reconnection and a suspected breach; an article with
// no incident at all).
func TestGoldCases(t *testing.T) {
	checkFloors(t, scoreGold(t, "../../testdata/incidents/cases", "../../testdata/incidents/cases"), 1.0)
}

// checkSpans checks that every span Build returns lies in the text and that
// each system's name is the text of its span.
func checkSpans(t *testing.T, name string, in Input, got []model.Incident) {
	t.Helper()
	n := len(in.Doc.Runes)
	for _, inc := range got {
		for _, s := range inc.Systems {
			if s.Start < 0 || s.End > n || s.Start >= s.End {
				t.Errorf("%s: system %q has span %d-%d outside the text", name, s.Name, s.Start, s.End)
				continue
			}
			if txt := string(in.Doc.Runes[s.Start:s.End]); txt != s.Name {
				t.Errorf("%s: system name %q but its span holds %q", name, s.Name, txt)
			}
		}
		for _, e := range inc.Evidence {
			if e.Start < 0 || e.End > n || e.Start >= e.End {
				t.Errorf("%s: evidence span %d-%d outside the text", name, e.Start, e.End)
			}
		}
		for _, q := range inc.Quotes {
			if q < 0 || q >= len(in.Quotes) {
				t.Errorf("%s: quote index %d out of range", name, q)
			}
		}
	}
}
