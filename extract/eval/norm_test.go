package eval

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The wanted values below are what score.py's norm and acronym return.
func TestNormalize(t *testing.T) {
	for _, tc := range []struct {
		in, want, wantAcronym string
		reason                string
	}{
		{"The International Maritime Organisation", "international maritime organisation", "timo", "leading The dropped, case folded"},
		{"Lloyd’s Loading List", "lloyd loading list", "lll", "curly possessive dropped"},
		{"CMA CGM Group", "cma cgm", "ccg", "Group is a corporate suffix"},
		{"Acme S.A.", "acme", "as", "S.A. becomes s a, dropped across the space"},
		{"Acme SA", "acme", "as", "SA is a suffix too"},
		{"Acme s  a", "acme s a", "", `s\s?a takes one space only`},
		{"x.s a.b", "x b", "", "s a between punctuation is a whole-word match"},
		{"Maersk Co., Ltd.", "maersk", "mcl", "several suffixes"},
		{"Corp Corporation Inc", "", "cci", "a name made of suffixes normalises to nothing"},
		{"co-op group", "op", "", "co is dropped as a word even inside a hyphenated one"},
		{"theatre company", "theatre company", "", "the must be a whole word followed by space"},
		{"The", "the", "", "a lone The stays: \\s+ must follow it"},
		{"the  the  port", "the port", "", "only the first The goes"},
		{"The “Kestrel” Shipping", "kestrel shipping", "ts", "curly double quotes become spaces"},
		{"ＴＯＫＹＯ", "tokyo", "", "NFKC folds full-width letters"},
		{"ΣΑΣ", "σας", "", "Python's lower writes a final sigma"},
		{"İzmir", "i zmir", "", "Python's lower maps İ to i and a combining dot, which is not a word character"},
		{"Port\x1cof\x1fTallinn", "port of tallinn", "pt", "the information separators are whitespace to Python"},
		{"data-breach", "data breach", "", "hyphen to space"},
		{"not_stated", "not_stated", "", "underscore is a word character"},
		{"2020-09-26/2020-09-27", "2020 09 26 2020 09 27", "", "digits are word characters"},
		{"West Sweden Hauliers’ Association", "west sweden hauliers association", "wsha", "apostrophe without s"},
		{"Ships’s", "ships", "", "possessive after a plural"},
		{"Zoë  van der Berg", "zoë van der berg", "zb", "accents kept, spaces collapsed, lower-case words give no initials"},
		{"e-mail \u00a0systems", "e mail systems", "", "no-break space is whitespace"},
		{"", "", "", "empty"},
	} {
		if got := normalize(tc.in); got != tc.want {
			t.Errorf("normalize(%q) = %q, want %q (%s)", tc.in, got, tc.want, tc.reason)
		}
		if got := acronym(tc.in); got != tc.wantAcronym {
			t.Errorf("acronym(%q) = %q, want %q (%s)", tc.in, got, tc.wantAcronym, tc.reason)
		}
	}
}

func TestMatchSets(t *testing.T) {
	eq := func(a, b string) bool { return a == b }
	type result struct {
		TP, FP, FN int
		Pairs      []pair
	}
	for _, tc := range []struct {
		name       string
		gold, pred []string
		want       result
		reason     string
	}{
		{"empty", nil, nil, result{}, "nothing to match"},
		{"all found", []string{"a", "b"}, []string{"b", "a"}, result{2, 0, 0, []pair{{0, 1}, {1, 0}}}, "order does not matter"},
		{"repeat", []string{"a"}, []string{"a", "a"}, result{1, 0, 0, []pair{{0, 0}}}, "a repeat of a matched item is not a false positive"},
		{"repeat of a miss", []string{"a", "b"}, []string{"c", "c"}, result{0, 2, 2, nil}, "unmatched predictions count each time"},
		{"duplicate gold", []string{"a", "a"}, []string{"a"}, result{1, 0, 1, []pair{{0, 0}}}, "one prediction matches one gold item"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got result
			got.TP, got.FP, got.FN, got.Pairs = matchSets(tc.gold, tc.pred, eq)
			if diff := cmp.Diff(tc.want, got, cmp.AllowUnexported(pair{})); diff != "" {
				t.Errorf("matchSets(%q, %q) mismatch (-want +got):\n%s\nreason: %s", tc.gold, tc.pred, diff, tc.reason)
			}
		})
	}
}

// FuzzNormalize checks that normalize never panics and returns lower-case
// words of word characters separated by single spaces.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"The IMO", "Lloyd’s S.A.", "ΣΑΣ", "İ", "\x1c the \x00", "s a s a", "'s's", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := normalize(s)
		if got != strings.TrimSpace(got) || strings.Contains(got, "  ") {
			t.Errorf("normalize(%q) = %q: stray spaces", s, got)
		}
		for _, r := range got {
			if r != ' ' && !isWord(r) && r != utf8.RuneError {
				t.Errorf("normalize(%q) = %q: %q is not a word character", s, got, r)
			}
		}
		for _, w := range strings.Fields(got) {
			if corporateSuffixes[w] {
				t.Errorf("normalize(%q) = %q: suffix %q left", s, got, w)
			}
		}
	})
}
