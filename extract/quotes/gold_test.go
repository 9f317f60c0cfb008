package quotes

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
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

// goldFile is the part of a gold annotation this package is graded on.
type goldFile struct {
	Organisations []goldEntity `json:"organisations"`
	People        []goldEntity `json:"people"`
	Quotes        []goldQuote  `json:"quotes"`
}

type goldEntity struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
}

type goldQuote struct {
	Begins      string `json:"begins"`
	Speaker     string `json:"speaker"`
	SpeakerText string `json:"speaker_text"`
}

// story is one test article: its text, layout and gold.
type story struct {
	name   string
	path   string // the gold file
	text   string
	layout annotate.Layout
	gold   goldFile
}

func readGold(t testing.TB, path string) goldFile {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return g
}

// devStories loads every gold article of testdata/gold with its story text
// from testdata/quotes/stories.
func devStories(t testing.TB) []story {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/gold/*.gold.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	sf, err := os.ReadFile("../../testdata/quotes/stories/standfirst.txt")
	if err != nil {
		t.Fatal(err)
	}
	withStandfirst := map[string]bool{}
	for _, l := range strings.Fields(string(sf)) {
		withStandfirst[l] = true
	}
	var out []story
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".gold.json")
		text, err := os.ReadFile(filepath.Join("../../testdata/quotes/stories", name+".txt"))
		if errors.Is(err, fs.ErrNotExist) {
			// an article annotated after the stories were cut; the
			// extractor's accuracy test grades it through the whole pipeline
			t.Logf("no story for %s: not graded here", name)
			continue
		}
		if err != nil {
			t.Fatalf("story for %s: %v", name, err)
		}
		out = append(out, story{name: name, path: p, text: strings.TrimRight(string(text), "\n"),
			layout: annotate.Layout{Headline: true, Standfirst: withStandfirst[name]}, gold: readGold(t, p)})
	}
	return out
}

// caseStories loads the hand-written hard cases of testdata/quotes/cases.
// Their first line is the headline; a second paragraph is a standfirst
// when the gold says so with "standfirst": true.
func caseStories(t testing.TB) []story {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/quotes/cases/*.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	var out []story
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".gold.json")
		text, err := os.ReadFile(filepath.Join(filepath.Dir(p), name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		var layout struct {
			Standfirst bool `json:"standfirst"`
		}
		data, _ := os.ReadFile(p)
		_ = json.Unmarshal(data, &layout)
		out = append(out, story{name: name, path: p, text: strings.TrimRight(string(text), "\n"),
			layout: annotate.Layout{Headline: true, Standfirst: layout.Standfirst}, gold: readGold(t, p)})
	}
	return out
}

// goldEntities builds the entity list a recogniser would give, from the
// gold's organisations and people: every occurrence of a name or alias in
// the text (whole words, longest first) becomes a mention. No pronoun or
// description is resolved, so Find must fall back on its own.
func goldEntities(text string, g goldFile) []model.Entity {
	rs := []rune(text)
	type name struct {
		s   []rune
		ent int
	}
	var ents []model.Entity
	var names []name
	add := func(typ string, es []goldEntity) {
		for _, e := range es {
			id := fmt.Sprintf("e%d", len(ents)+1)
			ents = append(ents, model.Entity{ID: id, Type: typ, Name: e.Name, Aliases: e.Aliases, Mentions: []model.Mention{}})
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				names = append(names, name{[]rune(n), len(ents) - 1})
			}
		}
	}
	add(model.EntityOrganisation, g.Organisations)
	add(model.EntityPerson, g.People)
	// a person is also named by the surname alone, with its particles
	// ("Duquesne", "van Leeuwen"), as the recogniser merges them
	for i := len(g.Organisations); i < len(ents); i++ {
		ws := strings.Fields(ents[i].Name)
		k := len(ws) - 1
		for k > 1 && unicode.IsLower([]rune(ws[k-1])[0]) {
			k--
		}
		if k > 0 {
			names = append(names, name{[]rune(strings.Join(ws[k:], " ")), i})
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].s) > len(names[j].s) })
	taken := make([]bool, len(rs))
	isWord := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]))
	}
	for _, n := range names {
		if len(n.s) == 0 {
			continue
		}
	outer:
		for i := 0; i+len(n.s) <= len(rs); i++ {
			for k, r := range n.s {
				if rs[i+k] != r {
					continue outer
				}
			}
			if isWord(i-1) || isWord(i+len(n.s)) {
				continue
			}
			for k := range n.s {
				if taken[i+k] {
					continue outer
				}
			}
			for k := range n.s {
				taken[i+k] = true
			}
			e := &ents[n.ent]
			e.Mentions = append(e.Mentions, model.Mention{Start: i, End: i + len(n.s), Text: string(n.s)})
		}
	}
	for i := range ents {
		sort.Slice(ents[i].Mentions, func(a, b int) bool { return ents[i].Mentions[a].Start < ents[i].Mentions[b].Start })
	}
	return ents
}

// gradeStories runs Find on every story with the entities ents gives and
// grades the quotes with extract/eval, the port of the project's gold
// scorer. It logs the found quotes of every article graded below 1.
func gradeStories(t *testing.T, stories []story, ents func(*annotate.Doc, story) []model.Entity) *eval.Scores {
	t.Helper()
	f := New()
	gold := map[string]*eval.Gold{}
	pred := map[string]*model.Record{}
	for _, st := range stories {
		g, err := eval.LoadGold(st.path)
		if err != nil {
			t.Fatal(err)
		}
		doc := annotate.New(st.text, st.layout)
		rec := model.NewRecord(model.Source{Name: st.name})
		rec.Article.Text = st.text
		rec.Entities = ents(doc, st)
		rec.Quotes = f.Find(doc, rec.Entities)
		checkSpans(t, doc, rec.Quotes)
		gold[st.name], pred[st.name] = g, rec
	}
	s := eval.Grade(gold, pred)
	for _, st := range stories {
		a := s.PerArticle[st.name]
		if a.PRF[eval.FieldQuotes].F1() == 1 && a.PRF[eval.FieldQuoteSpeakers].F1() == 1 {
			continue
		}
		for _, q := range st.gold.Quotes {
			t.Logf("%s: gold %q by %q (%q)", st.name, q.Begins, q.Speaker, q.SpeakerText)
		}
		for _, q := range pred[st.name].Quotes {
			sp := ""
			if q.Speaker != nil {
				sp = q.Speaker.Name
			}
			t.Logf("%s: found %q by %q (%q)", st.name, q.Text, sp, q.SpeakerText)
		}
	}
	return s
}

// Floors reached on the development set, the seed and the hard-case
// articles; a change that drops below them is a regression.
const (
	floorQuotes   = 0.95
	floorSpeakers = 0.90
)

func checkFloors(t *testing.T, s *eval.Scores) {
	t.Helper()
	q, sp := s.PRF[eval.FieldQuotes], s.PRF[eval.FieldQuoteSpeakers]
	t.Logf("%d articles: quotes F1 %.3f (tp %d fp %d fn %d); quote_speakers F1 %.3f (tp %d fp %d fn %d)",
		s.Articles, q.F1(), q.TP, q.FP, q.FN, sp.F1(), sp.TP, sp.FP, sp.FN)
	if q.F1() < floorQuotes {
		t.Errorf("quotes F1 %.3f, below the floor %.2f", q.F1(), floorQuotes)
	}
	if sp.F1() < floorSpeakers {
		t.Errorf("quote_speakers F1 %.3f, below the floor %.2f", sp.F1(), floorSpeakers)
	}
}

// TestGoldScores grades Find with entities built from the gold names, so
// that pronouns and descriptions are resolved by Find alone.
func TestGoldScores(t *testing.T) {
	stories := append(devStories(t), caseStories(t)...)
	checkFloors(t, gradeStories(t, stories, func(_ *annotate.Doc, st story) []model.Entity {
		return goldEntities(st.text, st.gold)
	}))
}
