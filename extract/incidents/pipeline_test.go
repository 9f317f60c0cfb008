package incidents

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/dates"
	"github.com/clipper-news/clipper/extract/entities"
	"github.com/clipper-news/clipper/extract/eval"
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
	golds := map[string]*eval.Gold{}
	preds := map[string]*model.Record{}
	shown := map[string]string{}
	for _, d := range [][2]string{{"../../testdata/incidents/stories", "../../testdata/gold"}, {"../../testdata/incidents/cases", "../../testdata/incidents/cases"}} {
		for _, st := range readStories(t, d[0]) {
			path := filepath.Join(d[1], st.name+".gold.json")
			g := readGold(t, path)
			eg, err := eval.LoadGold(path)
			if err != nil {
				t.Fatalf("load gold %s: %v", path, err)
			}
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
			golds[st.name], preds[st.name] = eg, recordOf(st.name, in, got)
			shown[st.name] = describe(got) + describeGold(g)
			if len(g.Incidents) == 0 && len(got) > 0 {
				t.Errorf("%s: an article without an incident gave %d", st.name, len(got))
			}
		}
	}
	sc := eval.Grade(golds, preds)
	logArticles(t, sc, shown)
	t.Logf("scores with the real recognisers:\n%s", incidentReport(sc))
	checkFloors(t, sc, 0.90)
}
