package dehyphen

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestASCIILetterRun compares the eight-bytes-at-a-time scan with a byte-by-byte one on
// every byte value in every position, and on random text.
func TestASCIILetterRun(t *testing.T) {
	naive := func(s string) int {
		n := 0
		for n < len(s) && ('a' <= s[n] && s[n] <= 'z' || 'A' <= s[n] && s[n] <= 'Z') {
			n++
		}
		return n
	}
	check := func(s string) {
		t.Helper()
		if got, want := asciiLetterRun(s), naive(s); got != want {
			t.Fatalf("asciiLetterRun(%q) = %d, want %d", s, got, want)
		}
	}
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for c := range 256 {
		for pos := range 12 {
			b := []byte(letters[:12])
			b[pos] = byte(c)
			check(string(b))
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 10000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			if rng.IntN(4) == 0 {
				b[i] = byte(rng.IntN(256))
			} else {
				b[i] = letters[rng.IntN(len(letters))]
			}
		}
		check(string(b))
	}
}

// TestRuneCount compares runeCount with utf8.RuneCountInString on text with multi-byte
// and invalid sequences in every position.
func TestRuneCount(t *testing.T) {
	pieces := []string{"a", "abcdefgh", "é", "’", "😀", "\xff", "\xe2\x80", "\x80", " ", "\u00ad"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b []byte
		for range rng.IntN(12) {
			b = append(b, pieces[rng.IntN(len(pieces))]...)
		}
		s := string(b)
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// TestRevisitCounts checks that a later pass's document counts and positions, derived from
// the pass before and its edits, equal those read from its text.
func TestRevisitCounts(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	text := "The sy-stems of the ma-\nnagement: systems, Systems and manage- ment; the web-\nbased e-mail in-house. " +
		"Résu-\nmé, résumé and RÉSUMÉ; cyber-at-tack and cyberattack."
	p := r.pass(text, nil, true)
	if len(p.edits) == 0 {
		t.Fatal("no edits")
	}
	var words []string
	for w := range p.counts {
		words = append(words, w)
	}
	words = append(words, "systems", "management", "résumé", "cyberattack", "webbased", "the")
	derived := &documentCounts{text: p.out, prev: p, counts: map[string]int{}}
	derived.ensure(words)
	scanned := &documentCounts{text: p.out, counts: map[string]int{}}
	scanned.ensure(words)
	for _, w := range words {
		if derived.counts[w] != scanned.counts[w] {
			t.Errorf("count of %q: derived %d, scanned %d", w, derived.counts[w], scanned.counts[w])
		}
		if !slices.Equal(derived.pos[w], scanned.pos[w]) {
			t.Errorf("positions of %q: derived %v, scanned %v", w, derived.pos[w], scanned.pos[w])
		}
	}
}

// TestRevisitAgreesWithFullPasses checks that limiting later passes to the chains an edit
// could change gives what deciding every chain again gives, on windows of the evaluation
// set's damaged and clean texts.
func TestRevisitAgreesWithFullPasses(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	full := func(text string) string {
		out, _ := r.repairPasses(text, false)
		return out
	}
	files, err := filepath.Glob("../testdata/dehyphen/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no evaluation texts: %v", err)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		for k := range 25 {
			n := 2000 + rng.IntN(20000)
			if k == 0 {
				n = len(text) // the whole text
			}
			a := rng.IntN(max(len(text)-n, 1))
			w := strings.ToValidUTF8(text[a:min(a+n, len(text))], "")
			got, _ := r.Repair(w)
			if want := full(w); got != want {
				t.Fatalf("%s[%d:%d]: limited passes differ from full ones", filepath.Base(f), a, a+n)
			}
		}
	}
}

// TestTextWithoutSpaces repairs a long text without spaces, where every hyphen's token is
// the whole text: the looks around each hyphen are bounded (maxTokenScan), so this takes
// time in proportion to the length, not its square (minutes before they were).
func TestTextWithoutSpaces(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	const n = 5000
	text := strings.Repeat("ma-nagement;sy-stems;web-\nbased;x-y-;", n)
	out, reps := r.Repair(text)
	if want := strings.Repeat("management;systems;web-based;x-y-;", n); out != want {
		t.Errorf("Repair changed %d bytes into %d, want %d", len(text), len(out), len(want))
	}
	if len(reps) != 3*n {
		t.Errorf("%d repairs, want %d", len(reps), 3*n)
	}
	if again, _ := r.Repair(out); again != out {
		t.Error("repairing the output again changed it")
	}
}

func TestIdentifierUses(t *testing.T) {
	text := "Use os.PathLike or a PathLike; call call_soon_threadsafe() or pathlike_check; threadsafe code."
	d := &documentCounts{text: text, counts: map[string]int{}}
	d.ensure([]string{"pathlike", "threadsafe"})
	for _, tc := range []struct {
		w             string
		k             int
		humps, snaked int
		reason        string
	}{
		{"pathlike", 4, 1, 1, "os.PathLike is a dotted CamelCase attribute; PathLike alone is a name; pathlike_check is snake_case"},
		{"pathlike", 3, 0, 1, "no capital at byte 3"},
		{"threadsafe", 6, 0, 1, "call_soon_threadsafe is snake_case; the last threadsafe is a word"},
	} {
		h, s := d.identifierUses(tc.w, tc.k)
		if h != tc.humps || s != tc.snaked {
			t.Errorf("identifierUses(%q, %d) = %d, %d, want %d, %d (%s)", tc.w, tc.k, h, s, tc.humps, tc.snaked, tc.reason)
		}
	}
}
