package quotes

import (
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/entities"
)

// Floors reached with the entity recogniser's own entities, which carry
// resolved pronouns and descriptions but may miss or split names.
const (
	floorRecognizedQuotes   = 0.95
	floorRecognizedSpeakers = 0.90
)

func TestGoldScoresRecognized(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the entity recogniser")
	}
	f := New()
	r := entities.New()
	var q, s prf
	stories := append(devStories(t), caseStories(t)...)
	for _, st := range stories {
		doc := annotate.New(st.text, st.layout)
		got := f.Find(doc, r.Recognize(doc))
		checkSpans(t, doc, got)
		qq, ss, misses := scoreQuotes(st.gold, got)
		q.add(qq)
		s.add(ss)
		for _, m := range misses {
			t.Logf("%s: %s", st.name, m)
		}
	}
	t.Logf("%d articles: quotes %v; quote_speakers %v", len(stories), q, s)
	if q.f1() < floorRecognizedQuotes {
		t.Errorf("quotes %v, below the floor %.2f", q, floorRecognizedQuotes)
	}
	if s.f1() < floorRecognizedSpeakers {
		t.Errorf("quote_speakers %v, below the floor %.2f", s, floorRecognizedSpeakers)
	}
}
