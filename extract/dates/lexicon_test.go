package dates

import (
	"strings"
	"testing"
)

// TestLexicon checks the invariants of the embedded word table: it parses,
// English has every month and weekday, every language has twelve months,
// and names are lower case.
func TestLexicon(t *testing.T) {
	lx, err := newLexicon()
	if err != nil {
		t.Fatal(err)
	}
	months := map[string]map[int16]bool{}
	weekdays := map[int16]bool{}
	for i, line := range strings.Split(words, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		for _, name := range f[3:] {
			if name != strings.ToLower(name) {
				t.Errorf("words.txt line %d: %q is not lower case", i+1, name)
			}
			e := lx.lookupAll(strings.TrimSuffix(name, "."))
			switch f[0] {
			case "month":
				if e.cls != clsMonth {
					t.Errorf("words.txt line %d: %q is not a month in the lexicon", i+1, name)
				}
				if months[f[2]] == nil {
					months[f[2]] = map[int16]bool{}
				}
				months[f[2]][e.val] = true
			case "weekday":
				if f[2] == "en" {
					weekdays[lx.lookupEN(strings.TrimSuffix(name, ".")).val] = true
				}
			}
		}
	}
	for lang, ms := range months {
		if len(ms) != 12 {
			t.Errorf("language %s has %d months, want 12", lang, len(ms))
		}
	}
	if len(months) != 7 {
		t.Errorf("%d languages, want 7 (en it fr es de pt nl)", len(months))
	}
	if len(weekdays) != 7 {
		t.Errorf("%d English weekdays, want 7", len(weekdays))
	}
	// Every English entry is reachable through the tokenizer's table.
	for w, e := range lx.en {
		if got := lx.lookupEN(strings.ToUpper(w)); got != e {
			t.Errorf("lookupEN(%q) = %+v, want %+v", strings.ToUpper(w), got, e)
		}
	}
}
