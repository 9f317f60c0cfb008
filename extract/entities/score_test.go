package entities

import (
	"bufio"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

// The scores come from extract/eval, the port of the project's reference
// scorer: each story's entities are graded as a record holding only them.

// story is one development article as the pipeline will give it.
type story struct {
	name, text string
	layout     annotate.Layout
	byline     string
}

// loadStories reads testdata/entities/stories.tsv and the story texts.
func loadStories(t testing.TB) map[string]story {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "entities")
	f, err := os.Open(filepath.Join(dir, "stories.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]story{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) != 3 {
			t.Fatalf("stories.tsv: bad line %q", line)
		}
		text, err := os.ReadFile(filepath.Join(dir, "stories", col[0]+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		st := story{name: col[0], text: strings.TrimRight(string(text), "\n"),
			layout: annotate.Layout{Headline: true, Standfirst: col[1] == "standfirst"}}
		if col[2] != "-" {
			st.byline = col[2]
		}
		out[col[0]] = st
	}
	return out
}

// grade scores recs against the gold files at paths, and fails the test
// when a field falls below its floor.
func grade(t *testing.T, gold map[string]*eval.Gold, recs map[string]*model.Record, floors map[string]float64) {
	t.Helper()
	scores := eval.Grade(gold, recs)
	names := make([]string, 0, len(scores.PerArticle))
	for n := range scores.PerArticle {
		names = append(names, n)
	}
	sort.Strings(names)
	fields := []string{eval.FieldOrganisations, eval.FieldPeople, eval.FieldPlaces}
	for _, n := range names {
		for _, f := range fields {
			if c := scores.PerArticle[n].PRF[f]; c.FP+c.FN > 0 {
				t.Logf("%s %s: tp %d fp %d fn %d; predicted %s", n, f, c.TP, c.FP, c.FN, entityNames(recs[n], f))
			}
		}
	}
	for _, f := range fields {
		c := scores.PRF[f]
		t.Logf("%-13s F1 %.3f (tp %d fp %d fn %d)", f, c.F1(), c.TP, c.FP, c.FN)
		if c.F1() < floors[f] {
			t.Errorf("%s F1 %.3f, below the floor %.2f", f, c.F1(), floors[f])
		}
	}
}

func entityNames(rec *model.Record, field string) string {
	typ := map[string]string{eval.FieldOrganisations: model.EntityOrganisation, eval.FieldPeople: model.EntityPerson, eval.FieldPlaces: model.EntityPlace}[field]
	var out []string
	for _, e := range rec.Entities {
		if e.Type == typ {
			out = append(out, e.Name)
		}
	}
	return strings.Join(out, "; ")
}

func record(ents []model.Entity) *model.Record {
	rec := model.NewRecord(model.Source{})
	rec.Entities = append(rec.Entities, ents...)
	return rec
}

// Floors reached on the development set (13 gold files); the test fails
// below them.
var devFloors = map[string]float64{eval.FieldOrganisations: 0.98, eval.FieldPeople: 0.98, eval.FieldPlaces: 0.98}

func TestScoreDevelopmentSet(t *testing.T) {
	stories := loadStories(t)
	gold, err := eval.LoadGoldDir(filepath.Join("..", "..", "testdata", "gold"))
	if err != nil || len(gold) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	r := New()
	recs := map[string]*model.Record{}
	for name := range gold {
		st, ok := stories[strings.TrimSuffix(name, "-reflowed")]
		if !ok {
			// graded through the whole pipeline in TestScorePipeline
			delete(gold, name)
			continue
		}
		ents := r.Recognize(annotate.New(st.text, st.layout))
		recs[name] = record(AddBylines(ents, ParseByline(st.byline)))
	}
	grade(t, gold, recs, devFloors)
	checkSplits(t, gold, recs)
}

// checkSplits fails when two predicted entities carry names of one gold
// entity: the scorer forgives such a split, the stages after this one do
// not.
func checkSplits(t *testing.T, gold map[string]*eval.Gold, recs map[string]*model.Record) {
	t.Helper()
	key := func(s string) string {
		s = strings.ToLower(strings.NewReplacer("’", "'", "the ", "").Replace(s))
		return strings.Join(strings.Fields(s), " ")
	}
	for name, g := range gold {
		for _, ge := range append(append([]eval.GoldEntity{}, g.Organisations...), g.People...) {
			names := map[string]bool{key(ge.Name): true}
			for _, a := range ge.Aliases {
				names[key(a)] = true
			}
			var hits []string
			for _, e := range recs[name].Entities {
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					if names[key(n)] {
						hits = append(hits, e.ID+" "+e.Name)
						break
					}
				}
			}
			if len(hits) > 1 {
				t.Errorf("%s: %q is split over %q", name, ge.Name, hits)
			}
		}
	}
}

// Floors reached on the extra fixtures, stories written for this package
// to cover what the development set does not (see their "reason").
var extraFloors = map[string]float64{eval.FieldOrganisations: 0.97, eval.FieldPeople: 0.97, eval.FieldPlaces: 0.97}

func TestScoreExtraFixtures(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "entities", "extra")
	gold, err := eval.LoadGoldDir(dir)
	if err != nil || len(gold) == 0 {
		t.Fatalf("no extra fixtures: %v", err)
	}
	r := New()
	recs := map[string]*model.Record{}
	for name := range gold {
		text, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		doc := annotate.New(strings.TrimRight(string(text), "\n"), annotate.Layout{Headline: true, Standfirst: true})
		recs[name] = record(r.Recognize(doc))
	}
	grade(t, gold, recs, extraFloors)
	checkSplits(t, gold, recs)
}
