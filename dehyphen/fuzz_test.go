package dehyphen_test

import (
	"testing"
	"unicode/utf8"
)

// FuzzRepair checks that Repair never panics, that its repairs are in order, do not overlap
// and point at the right text, that everything outside them is unchanged, and that
// repairing the output again changes nothing.
func FuzzRepair(f *testing.F) {
	for _, s := range []string{
		"IT sy-stems", "manage-\nment", "manage- \nment", "infor\u00admation", "web-\nbased",
		"first- and second-tier", "TECHNOLOGY- RESEARCH", "2019-2020", "COVID-\n19", "a--b - c",
		"cyber-at-tack", "fir-st- and", "Maer-sk", "ab-cd-ef-gh-ij-kl", "www.hapag-lloyd.com",
		"\u00ad-\u2010", "x-\r\ny", "Él sy-stems, manage- \nment",
	} {
		f.Add(s)
	}
	r := newRepairer(f)
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		out, reps := r.Repair(in)
		checkRepairs(t, in, out, reps)
		again, reps2 := r.Repair(out)
		if again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q (%+v)", in, out, again, reps2)
		}
	})
}
