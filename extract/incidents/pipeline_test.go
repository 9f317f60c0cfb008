package incidents

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/dates"
	"github.com/clipper-news/clipper/extract/entities"
	"github.com/clipper-news/clipper/extract/quotes"
	"github.com/clipper-news/clipper/model"
)

// TestPipelineDevelopmentSet scores Build on the development set and the
// hard cases with the
// inputs the real recognisers give (entities with resolved pronouns, dates
// resolved against the gold reference date, quotes with speakers), and fails
// below floors set under what they reach.
func TestPipelineDevelopmentSet(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the statistical tagger")
	}
	er, df, qf, b := entities.New(), dates.New(), quotes.New(), New()
	var sc scores
	var all []story
	goldDir := map[string]string{}
	for _, d := range [][2]string{{"../../testdata/incidents/stories", "../../testdata/gold"}, {"../../testdata/incidents/cases", "../../testdata/incidents/cases"}} {
		for _, st := range readStories(t, d[0]) {
			all = append(all, st)
			goldDir[st.name] = d[1]
		}
	}
	for _, st := range all {
		g := readGold(t, filepath.Join(goldDir[st.name], st.name+".gold.json"))
		doc := annotate.New(st.text, annotate.Layout{Headline: true, Standfirst: st.standfirst})
		ents := er.Recognize(doc)
		ref := dates.Reference{}
		if tm, err := time.Parse("2006-01-02", g.ReferenceDate); err == nil {
			ref = dates.Reference{Time: tm, Precision: model.PrecisionDay}
		}
		ds, _ := df.Find(st.text, ref)
		in := Input{Doc: doc, Entities: ents, Dates: ds, Quotes: qf.Find(doc, ents)}
		got := b.Build(in)
		checkSpans(t, st.name, in, got)
		var one scores
		one.grade(g, asPred(got))
		sc.grade(g, asPred(got))
		if one.incidents.fp+one.incidents.fn+one.systemsStatus.fp+one.systemsStatus.fn > 0 || one.typ.ok+one.date.ok+one.breach.ok < one.typ.n*3 {
			t.Logf("%s:\n%s%s", st.name, describe(got), describeGold(g))
		}
		if len(g.Incidents) == 0 && len(got) > 0 {
			t.Errorf("%s: an article without an incident gave %d", st.name, len(got))
		}
	}
	t.Logf("scores with the real recognisers:\n%s", &sc)
	floors := []struct {
		name  string
		got   float64
		floor float64
	}{
		{"incidents F1", sc.incidents.f1(), 0.90},
		{"incident_type", sc.typ.value(), 0.85},
		{"incident_date", sc.date.value(), 0.85},
		{"data_breach", sc.breach.value(), 0.90},
		{"systems+status F1", sc.systemsStatus.f1(), 0.75},
	}
	for _, f := range floors {
		if f.got < f.floor {
			t.Errorf("%s = %.3f, below the floor %.2f", f.name, f.got, f.floor)
		}
	}
}
