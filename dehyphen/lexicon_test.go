package dehyphen

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/clipper-news/clipper/dehyphen/internal/wordindex"
)

// TestWordsInvariants checks the generated word list: sorted, unique, lower-case, one
// "word<TAB>level" a line.
func TestWordsInvariants(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(wordsData, "\n"), "\n")
	prev := ""
	for i, line := range lines {
		w, lv, ok := strings.Cut(line, "\t")
		if !ok || len(lv) != 1 || lv[0] < '1' || lv[0] > '4' {
			t.Fatalf("line %d %q: want word<TAB>level (words.txt is generated: run go generate)", i+1, line)
		}
		if w <= prev && i > 0 {
			t.Fatalf("line %d %q: not sorted or duplicate after %q", i+1, w, prev)
		}
		if strings.ToLower(w) != w {
			t.Fatalf("line %d %q: not lower-case", i+1, w)
		}
		prev = w
	}
}

// TestWordsIndexUpToDate checks that data/words.idx is the table of data/words.txt
// (go generate ./dehyphen/... writes both).
func TestWordsIndexUpToDate(t *testing.T) {
	got, n, err := wordindex.Decode(wordsIndex, wordsData)
	if err != nil {
		t.Fatalf("data/words.idx: %v: run go generate ./dehyphen/...", err)
	}
	want, wantN := wordindex.Build(wordsData)
	if n != wantN || !slices.Equal(got, want) {
		t.Fatal("data/words.idx is not the table of data/words.txt: run go generate ./dehyphen/...")
	}
}

// TestLexiconFindsEveryWord looks up every listed word, and every word with a letter added
// or removed at its end, which must agree with the list.
func TestLexiconFindsEveryWord(t *testing.T) {
	lx := newLexicon(wordsData, wordsIndex)
	listed := map[string]int{}
	for _, line := range strings.Split(strings.TrimSuffix(wordsData, "\n"), "\n") {
		w, lv, _ := strings.Cut(line, "\t")
		listed[w] = int(lv[0] - '0')
	}
	for w, want := range listed {
		if got := lx.level(w); got != want {
			t.Fatalf("level(%q) = %d, want %d", w, got, want)
		}
		for _, v := range []string{w + "q", w[:len(w)-1], "\x00" + w, w + "\xff"} {
			if got := lx.level(v); got != listed[v] {
				t.Fatalf("level(%q) = %d, want %d", v, got, listed[v])
			}
		}
	}
}

func TestLexiconLevel(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word   string
		want   int
		reason string
	}{
		{"the", 1, "most common word"},
		{"management", 1, "common word"},
		{"nagement", 0, "a fragment"},
		{"colour", 1, "British spelling"},
		{"color", 1, "American spelling"},
		{"cyberattack", 1, "domain list"},
		{"a", 1, "first line"},
		{"zzzzzzzz", 0, "after the last line"},
		{"", 0, "empty"},
	}
	for _, tc := range tests {
		if got := r.wordLevel(tc.word); got != tc.want {
			t.Errorf("wordLevel(%q) = %d, want %d (%s)", tc.word, got, tc.want, tc.reason)
		}
	}
}

func TestBreakRules(t *testing.T) {
	r, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		word   string
		k      int
		it, us bool
		reason string
	}{
		{"systems", 2, true, false, "Italian: s+consonant starts the syllable (sy-stems); English: sys-tems"},
		{"restore", 5, true, false, "Italian resto-re"},
		{"cyberattack", 4, true, false, "Italian cybe-rattack"},
		{"management", 2, true, false, "Italian ma-nagement; English man-age-ment"},
		{"management", 6, true, true, "Italian ma-na-ge-ment and English man-age-ment both break before ment"},
		{"possible", 3, true, true, "doubled consonant split"},
		{"first", 3, true, false, "Italian fir-st in a final cluster"},
	}
	for _, tc := range tests {
		if got := italianBreakAt(tc.word, tc.k); got != tc.it {
			t.Errorf("italianBreakAt(%q, %d) = %v, want %v (%s)", tc.word, tc.k, got, tc.it, tc.reason)
		}
		if got := r.enUS.breakAt(tc.word, tc.k); got != tc.us {
			t.Errorf("enUS.breakAt(%q, %d) = %v, want %v (%s)", tc.word, tc.k, got, tc.us, tc.reason)
		}
	}
}

func TestBuiltFromParts(t *testing.T) {
	p := parsePartSplits(partsData)
	if len(p) < 5000 {
		t.Fatalf("data/parts.txt holds %d words: run go generate ./dehyphen/...", len(p))
	}
	tests := []struct {
		word   string
		k      int
		want   bool
		reason string
	}{
		{"notebook", 4, true, "a book for notes"},
		{"notebooks", 4, true, "an inflection of a listed word"},
		{"fingertips", 6, true, "the plural of fingertip"},
		{"trapdoor", 4, true, "WordNet lists the open compound trap door"},
		{"target", 3, false, "tar and get are words only by accident"},
		{"often", 2, false, "of and ten"},
		{"generate", 4, false, "gene and rate"},
		{"sealed", 3, false, "sea-led is no compound; seal-ed would be a stem and a suffix"},
		{"notebook", 3, false, "not the split of the compound"},
	}
	for _, tc := range tests {
		if got := p.builtFromParts(tc.word, tc.k); got != tc.want {
			t.Errorf("builtFromParts(%q, %d) = %v, want %v (%s)", tc.word, tc.k, got, tc.want, tc.reason)
		}
	}
}

// TestPartsInvariants checks the generated part list: sorted, unique, one "word<TAB>k" a line
// after the header, the first part at least two letters and the second at least three.
func TestPartsInvariants(t *testing.T) {
	checkGeneratedLines(t, "parts.txt", partsData, "word<TAB>k", func(line string) bool {
		w, k, ok := strings.Cut(line, "\t")
		n, err := strconv.Atoi(k)
		return ok && err == nil && n >= 2 && n <= len(w)-3 && strings.ToLower(w) == w
	})
}

// checkGeneratedLines checks that the lines of a generated data file, after its '#' header,
// each have the shape valid accepts and are sorted by bytes without duplicates.
func checkGeneratedLines(t *testing.T, file, data, shape string, valid func(line string) bool) {
	t.Helper()
	prev := ""
	for i, line := range strings.Split(strings.TrimSuffix(data, "\n"), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		if !valid(line) {
			t.Fatalf("line %d %q: want %s (%s is generated: run go generate)", i+1, line, shape, file)
		}
		if line <= prev {
			t.Fatalf("line %d %q: not sorted or duplicate after %q", i+1, line, prev)
		}
		prev = line
	}
}

func TestHyphenatedForms(t *testing.T) {
	f := parseFormSet(hyphenatedData)
	if len(f) < 5000 {
		t.Fatalf("data/hyphenated.txt holds %d forms: run go generate ./dehyphen/...", len(f))
	}
	tests := []struct {
		form   string
		want   bool
		reason string
	}{
		{"pince-nez", true, "a WordNet lemma spelled with a hyphen"},
		{"stand-alone", true, "an adjective lemma"},
		{"co-workers", true, "the plural of a noun lemma, listed because SCOWL lists workers"},
		{"de-icing", true, "a verb lemma's participle"},
		{"web-based", false, "WordNet does not list it; the repairer keeps it on other evidence"},
		{"pincenez", false, "the solid form is not the hyphenated one"},
	}
	for _, tc := range tests {
		if got := f.has(tc.form); got != tc.want {
			t.Errorf("has(%q) = %v, want %v (%s)", tc.form, got, tc.want, tc.reason)
		}
	}
}

// TestHyphenatedInvariants checks the generated list of hyphenated compounds: sorted,
// unique, one lower-case "word-word" a line after the header.
func TestHyphenatedInvariants(t *testing.T) {
	checkGeneratedLines(t, "hyphenated.txt", hyphenatedData, "word-word", func(line string) bool {
		l, r, ok := strings.Cut(line, "-")
		return ok && l != "" && r != "" && !strings.Contains(r, "-") && strings.ToLower(line) == line
	})
}
