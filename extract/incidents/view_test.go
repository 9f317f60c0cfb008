package incidents

import (
	"path/filepath"
	"testing"

	"github.com/clipper-news/clipper/model"
	"github.com/google/go-cmp/cmp"
)

// byRune returns the cover of in's tokens laid code point by code point.
func byRune(in Input) cover {
	nt := len(in.Doc.Tokens)
	c := cover{ent: make([]int32, nt), mention: make([]int32, nt), lastEnt: make([]int32, nt),
		lastMention: make([]int32, nt), date: make([]int32, nt), quote: make([]int32, nt)}
	coverByRune(in, c)
	return c
}

// TestCoverTokens checks that covering tokens by binary search over spans
// gives what laying the spans over every code point gives, on the stories,
// the hard cases and spans that overlap, reach outside the text or are
// empty.
func TestCoverTokens(t *testing.T) {
	var ins []Input
	for _, dir := range []string{"../../testdata/incidents/stories", "../../testdata/incidents/cases"} {
		goldDir := "../../testdata/gold"
		if dir == "../../testdata/incidents/cases" {
			goldDir = dir
		}
		for _, st := range readStories(t, dir) {
			ins = append(ins, goldInput(st.text, st.standfirst, readGold(t, filepath.Join(goldDir, st.name+".gold.json"))))
		}
	}
	odd := caseInput("Headline\n\nAcme Shipping said Acme Port was hit on Monday. \"It was bad,\" it said.", nil, nil)
	odd.Entities = []model.Entity{
		{ID: "e1", Name: "Acme Shipping", Mentions: []model.Mention{{Start: 10, End: 23}, {Start: -5, End: 3}}},
		{ID: "e2", Name: "Acme", Mentions: []model.Mention{{Start: 10, End: 14}, {Start: 29, End: 33}, {Start: 40, End: 35}}},
		{ID: "e3", Name: "Port", Mentions: []model.Mention{{Start: 31, End: 38}, {Start: 70, End: 500}}},
	}
	odd.Dates = []model.Date{{Start: 50, End: 59}, {Start: 52, End: 54}, {Start: -3, End: -1}}
	odd.Quotes = []model.Quote{{Start: 60, End: 75}, {Start: 59, End: 61}}
	ins = append(ins, odd)
	marked := 0
	for i, in := range ins {
		want, got := byRune(in), coverTokens(in)
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(cover{})); diff != "" {
			t.Errorf("input %d: cover mismatch (-want +got):\n%s", i, diff)
		}
		for _, e := range got.ent {
			if e > 0 {
				marked++
			}
		}
	}
	if marked < 100 {
		t.Errorf("%d tokens covered by entities, want at least 100", marked)
	}
}
