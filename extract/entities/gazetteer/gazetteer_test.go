package gazetteer

import (
	"strings"
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

// TestDataInvariants checks the data files: places.tsv is generated sorted
// and without duplicates; every body has a known kind and no alias names
// two bodies.
func TestDataInvariants(t *testing.T) {
	var prev string
	for i, line := range strings.Split(placesTSV, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, _, _ := strings.Cut(line, "\t")
		if name <= prev {
			t.Errorf("places.tsv line %d: %q after %q; the file is generated (go generate), do not edit it", i+1, name, prev)
		}
		prev = name
	}
	kinds := map[string]bool{"agency": true, "intergovernmental": true, "association": true, "carrier": true,
		"port": true, "forwarder": true, "company": true, "media": true, "gang": true}
	g, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, b := range g.Bodies() {
		if !kinds[b.Kind] {
			t.Errorf("bodies.tsv: %s has unknown kind %q", b.Name, b.Kind)
		}
		for _, n := range append([]string{b.Name}, b.Aliases...) {
			if other, dup := seen[n]; dup {
				t.Errorf("bodies.tsv: %q names both %s and %s", n, other, b.Name)
			}
			seen[n] = b.Name
		}
	}
}
