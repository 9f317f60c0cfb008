package gazetteer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLoad(t *testing.T) {
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		want   string // body name or place kind, "" when absent
		body   bool
		reason string
	}{
		{"IMO", "International Maritime Organization", true, "acronym alias of a UN body"},
		{"International Maritime Organisation", "International Maritime Organization", true, "British spelling is an alias"},
		{"Maersk", "A.P. Moller-Maersk", true, "short form of a container line"},
		{"imo", "", true, "lookups are case-sensitive so lowercase words do not match"},
		{"Spain", "country", false, "ISO 3166-1 country"},
		{"South Carolina", "region", false, "ISO 3166-2 US state"},
		{"Canary Islands", "region", false, "curated region"},
		{"Helsingborg", "city", false, "curated port city"},
		{"Spanish", "", false, "adjectives are not places"},
	}
	for _, tc := range tests {
		var got string
		if tc.body {
			b, _ := g.Body(tc.name)
			got = b.Name
		} else {
			p, _ := g.Place(tc.name)
			got = p.Kind
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (%s) mismatch (-want +got):\n%s", tc.name, tc.reason, diff)
		}
	}
	if g.MaxWords() < 3 {
		t.Errorf("MaxWords() = %d, want at least 3", g.MaxWords())
	}
}
