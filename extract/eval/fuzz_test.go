package eval_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/clipper-news/clipper/extract/eval"
	"github.com/clipper-news/clipper/model"
)

// FuzzGradeArticle grades arbitrary gold files against arbitrary records and
// checks that every score is a proportion and that recall counts every gold
// item.
func FuzzGradeArticle(f *testing.F) {
	for _, name := range []string{"imo-cma-cgm-2020", "edge-unicode-nulls", "bilge-pump-ferry-crew-2026"} {
		g, err := os.ReadFile(filepath.Join(evalData, "gold", name+".gold.json"))
		if err != nil {
			f.Fatal(err)
		}
		p, err := os.ReadFile(filepath.Join(evalData, "pred", "perturbed", name+".json"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(g, p)
	}
	f.Add([]byte(`{"quotes":[{"begins":""}],"incidents":[{"victim":null,"date":null}]}`), []byte(`{"quotes":[{"text":"x"}]}`))
	f.Fuzz(func(t *testing.T, goldJSON, recJSON []byte) {
		gold, err := eval.ParseGold(goldJSON)
		if err != nil {
			return
		}
		var rec model.Record
		if json.Unmarshal(recJSON, &rec) != nil {
			return
		}
		s := eval.GradeArticle(gold, &rec)
		for k, c := range s.PRF {
			for _, v := range []float64{c.P(), c.R(), c.F1()} {
				if !(v >= 0 && v <= 1) {
					t.Errorf("%s: score %v out of [0, 1] for %+v", k, v, c)
				}
			}
		}
		for k, n := range map[string]int{
			eval.FieldOrganisations: len(gold.Organisations),
			eval.FieldPeople:        len(gold.People),
			eval.FieldPlaces:        len(gold.Places),
			eval.FieldDates:         len(gold.Dates),
			eval.FieldQuotes:        len(gold.Quotes),
			eval.FieldQuoteSpeakers: len(gold.Quotes),
			eval.FieldIncidents:     len(gold.Incidents),
		} {
			if c := s.PRF[k]; c.TP+c.FN != n {
				t.Errorf("%s: tp %d + fn %d != %d gold items", k, c.TP, c.FN, n)
			}
		}
		for k, a := range s.Accuracy {
			if a.Correct < 0 || a.Correct > a.N {
				t.Errorf("%s: %d correct of %d", k, a.Correct, a.N)
			}
		}
		if _, err := json.Marshal(s); err != nil {
			t.Errorf("Marshal: %v", err)
		}
	})
}
