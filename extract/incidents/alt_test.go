package incidents

import "testing"

// FuzzAlt checks the fast alt against splitting the pattern.
func FuzzAlt(f *testing.F) {
	for _, c := range [][2]string{{"hit", "hit|struck"}, {"it", "hit|struck"}, {"struck", "hit|struck"}, {"", "a||b"}, {"a", ""}, {"b", "ab|b"}, {"a|b", "a|b"}} {
		f.Add(c[0], c[1])
	}
	f.Fuzz(func(t *testing.T, s, pat string) {
		if got, want := alt(s, pat), altScan(s, pat); got != want {
			t.Fatalf("alt(%q, %q) = %v, splitting says %v", s, pat, got, want)
		}
	})
}
