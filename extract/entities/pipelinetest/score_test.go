package pipelinetest

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/clipper-news/clipper/extract"
	"github.com/clipper-news/clipper/extract/entities"
	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

// Floors reached through the whole pipeline (layout, repair, annotate,
// entities) on every annotated article, with the byline authors added as
// the extractor would; the test fails below them.
var pipelineFloors = map[string]float64{eval.FieldOrganisations: 0.95, eval.FieldPeople: 0.90, eval.FieldPlaces: 0.95}

// TestScorePipeline grades the entities of every gold article as the
// extractor produces them, including articles this package has no story
// text for.
func TestScorePipeline(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the whole pipeline")
	}
	dir := filepath.Join("..", "..", "..", "testdata", "gold")
	gold, err := eval.LoadGoldDir(dir)
	if err != nil || len(gold) == 0 {
		t.Fatalf("no gold files: %v", err)
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	recs := map[string]*model.Record{}
	for name, g := range gold {
		var data []byte
		for _, ext := range []string{".txt", ".html"} {
			if data, err = os.ReadFile(filepath.Join(dir, name+ext)); err == nil {
				break
			}
		}
		if err != nil {
			t.Fatalf("%s: no article: %v", name, err)
		}
		ref, _ := time.Parse("2006-01-02", g.ReferenceDate)
		rec, err := x.Extract(context.Background(), extract.Input{Name: name, Data: data, Reference: ref})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var bylines []entities.Byline
		for _, a := range rec.Article.Authors {
			bylines = append(bylines, entities.Byline{Name: a, Role: "reporter"})
		}
		out := model.NewRecord(model.Source{})
		out.Entities = entities.AddBylines(rec.Entities, bylines)
		recs[name] = out
	}
	scores := eval.Grade(gold, recs)
	for _, f := range []string{eval.FieldOrganisations, eval.FieldPeople, eval.FieldPlaces} {
		c := scores.PRF[f]
		t.Logf("%-13s F1 %.3f (tp %d fp %d fn %d)", f, c.F1(), c.TP, c.FP, c.FN)
		for _, n := range sortedNames(scores.PerArticle) {
			if a := scores.PerArticle[n].PRF[f]; a.FP+a.FN > 0 {
				t.Logf("  %s: tp %d fp %d fn %d", n, a.TP, a.FP, a.FN)
			}
		}
		if c.F1() < pipelineFloors[f] {
			t.Errorf("%s F1 %.3f, below the floor %.2f", f, c.F1(), pipelineFloors[f])
		}
	}
}

func sortedNames(m map[string]*eval.Scores) []string {
	var out []string
	for n := range m {
		out = append(out, n)
	}
	for i := range out {
		for j := i + 1; j < len(out); j++ {
			if strings.Compare(out[j], out[i]) < 0 {
				out[i], out[j] = out[j], out[i]
			}
		}
	}
	return out
}
