package dehyphen

import (
	"encoding/binary"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// edit is one repaired stretch of a pass: in[a:b] of the pass's input became out[oa:ob] of
// its output (byte offsets). Outside its edits, a pass copies its input unchanged.
type edit struct{ a, b, oa, ob int }

// passResult is what one pass over a text leaves for the next one.
type passResult struct {
	in, out string
	reps    []Repair
	edits   []edit
	// counts holds the document counts, in in, of every word the pass needed, and pos the
	// bytes where each occurrence starts, in order.
	counts map[string]int
	pos    map[string][]int
}

// documentCounts counts, once each, the words a pass asks about in its text. After a first
// pass it derives most counts from that pass's ones and its edits instead of scanning the
// text again.
type documentCounts struct {
	text   string
	prev   *passResult // nil for the first pass
	counts map[string]int
	pos    map[string][]int // where each counted word occurs, in order
}

// ensure makes sure that counts holds every word of words.
func (d *documentCounts) ensure(words []string) {
	if d.pos == nil {
		d.pos = map[string][]int{}
	}
	var derive, scan []string
	for _, w := range words {
		if w == "" {
			continue
		}
		if _, ok := d.counts[w]; ok {
			continue
		}
		if d.prev != nil {
			if n, ok := d.prev.counts[w]; ok {
				d.counts[w] = n
				derive = append(derive, w)
				continue
			}
		}
		d.counts[w] = 0
		scan = append(scan, w)
	}
	if len(scan) > 0 {
		// The positions of all the words share one array, carved by their counts.
		type hit struct {
			w  string
			at int
		}
		var hits []hit
		newWordCounter(scan).scan(d.text, func(w string, at int) {
			d.counts[w]++
			hits = append(hits, hit{w, at})
		})
		backing := make([]int, len(hits))
		for _, w := range scan {
			n := d.counts[w]
			d.pos[w], backing = backing[:0:n], backing[n:]
		}
		for _, h := range hits {
			d.pos[h.w] = append(d.pos[h.w], h.at)
		}
	}
	if len(derive) > 0 {
		// An edit spans whole words (it never starts or ends inside a letter run), so the
		// words of the text are those of the previous one, less the words of the edited
		// stretches, plus the words they became; the others move by the edits before them.
		wc := newWordCounter(derive)
		made := map[string][]int{}
		for _, e := range d.prev.edits {
			wc.count(d.prev.in[e.a:e.b], d.counts, -1)
			wc.scan(d.text[e.oa:e.ob], func(w string, at int) {
				d.counts[w]++
				made[w] = append(made[w], e.oa+at)
			})
		}
		for _, w := range derive {
			d.pos[w] = movePositions(d.prev.pos[w], d.prev.edits, made[w])
		}
	}
}

// movePositions returns the positions pos of a previous pass's input moved into its
// output: those inside an edit are dropped, the others shift by the edits before them, and
// the positions made, in the edited stretches of the output, are merged in.
func movePositions(pos []int, edits []edit, made []int) []int {
	out := make([]int, 0, len(pos)+len(made))
	k, shift := 0, 0
	for _, p := range pos {
		for k < len(edits) && edits[k].b <= p {
			shift = edits[k].ob - edits[k].b
			k++
		}
		if k < len(edits) && edits[k].a <= p {
			continue // inside an edit
		}
		q := p + shift
		for len(made) > 0 && made[0] < q {
			out = append(out, made[0])
			made = made[1:]
		}
		out = append(out, q)
	}
	return append(out, made...)
}

// wordCounter counts the letter runs of a text that equal, ignoring case, a word of a set.
type wordCounter struct {
	// filter has one bit per (length, first letter, last letter) of the ASCII words wanted.
	filter   [(maxCountedLen*26*26 + 63) / 64]uint64
	want     map[string]string // each wanted word, to itself
	nonASCII bool
}

// maxCountedLen bounds the ASCII words a wordCounter counts: longer runs are never words.
const maxCountedLen = 40

func newWordCounter(words []string) *wordCounter {
	wc := &wordCounter{want: make(map[string]string, len(words))}
	for _, w := range words {
		if w == "" {
			continue
		}
		wc.want[w] = w
		if !isASCIILower(w) {
			wc.nonASCII = true
			continue
		}
		if len(w) < maxCountedLen {
			k := (len(w)*26+int(w[0]-'a'))*26 + int(w[len(w)-1]-'a')
			wc.filter[k/64] |= 1 << (k % 64)
		}
	}
	return wc
}

// count adds sign to counts[w] for every letter run of text equal to a wanted word w.
func (wc *wordCounter) count(text string, counts map[string]int, sign int) {
	wc.scan(text, func(w string, _ int) { counts[w] += sign })
}

// scan calls found with every letter run of text equal, ignoring case, to a wanted word w,
// and the byte where the run starts, in order.
func (wc *wordCounter) scan(text string, found func(w string, at int)) {
	var buf []byte
	i, n := 0, len(text)
	for i < n {
		for i < n && byteClass[text[i]] == classOther {
			i++
		}
		start := i
		ascii := true
		i += asciiLetterRun(text[i:])
		for i < n {
			switch byteClass[text[i]] {
			case classLetter:
				i++
				continue
			case classNonASCII:
				if ru, k := utf8.DecodeRuneInString(text[i:]); unicode.IsLetter(ru) {
					ascii = false
					i += k
					continue
				}
			}
			break
		}
		if i == start {
			if i < n {
				_, k := utf8.DecodeRuneInString(text[i:])
				i += k
			}
			continue
		}
		if ascii {
			n := i - start
			if n >= maxCountedLen {
				continue
			}
			k := (n*26+int(text[start]|0x20-'a'))*26 + int(text[i-1]|0x20-'a')
			if wc.filter[k/64]&(1<<(k%64)) == 0 {
				continue
			}
			buf = buf[:0]
			for k := start; k < i; k++ {
				buf = append(buf, text[k]|0x20)
			}
			if w, ok := wc.want[string(buf)]; ok {
				found(w, start)
			}
			continue
		}
		if wc.nonASCII {
			if w, ok := wc.want[strings.ToLower(text[start:i])]; ok {
				found(w, start)
			}
		}
	}
}

// asciiLetterRun returns the length of the run of ASCII letters that s starts with,
// testing eight bytes at a time.
func asciiLetterRun(s string) int {
	const (
		ones = 0x0101010101010101
		high = 0x8080808080808080
	)
	n := 0
	for len(s)-n >= 8 {
		v := binary.LittleEndian.Uint64([]byte(s[n : n+8]))
		x := (v | 0x20*ones) &^ high // lower case, without the high bits
		ge := x + (0x80-'a')*ones    // high bit set where x >= 'a'
		gt := x + (0x80-'z'-1)*ones  // high bit set where x > 'z'
		not := (^ge | gt | v) & high // high bit set where the byte is no ASCII letter
		if not != 0 {
			return n + bits.TrailingZeros64(not)/8
		}
		n += 8
	}
	for n < len(s) && byteClass[s[n]] == classLetter {
		n++
	}
	return n
}

// Byte classes for scanning letter runs.
const (
	classOther    = iota // an ASCII byte that is not a letter
	classLetter          // an ASCII letter
	classNonASCII        // a byte of a multi-byte UTF-8 sequence
)

// byteClass gives the class of every byte.
var byteClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c], t[c-'a'+'A'] = classLetter, classLetter
	}
	for c := utf8.RuneSelf; c < 256; c++ {
		t[c] = classNonASCII
	}
	return t
}()

// letterRuns calls fn with every letter run of s, in lower case.
func letterRuns(s string, fn func(string)) {
	start := -1
	for i, c := range s {
		if unicode.IsLetter(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			fn(strings.ToLower(s[start:i]))
			start = -1
		}
	}
	if start >= 0 {
		fn(strings.ToLower(s[start:]))
	}
}

// revisit tells which chains of a later pass may be decided differently from the pass
// before it, given that pass's edits. A site's decision rests on the letter runs of its
// chain, the text around it, the words of the text (the document counts of the words its
// chain could form, and where its runs stand as words of their own), and the decisions at
// other sites (which the pass's own rounds follow). So a chain is decided again when its
// text lies near an edit, or when one of its runs or a word it could form is a word that
// an edit removed or made; any other chain was left alone by the pass before, and would be
// again.
type revisit struct {
	text    string
	edits   []edit
	touched map[string]bool // the words of the edited stretches, before and after
}

func newRevisit(text string, prev *passResult) *revisit {
	rv := &revisit{text: text, edits: prev.edits, touched: map[string]bool{}}
	add := func(w string) { rv.touched[w] = true }
	for _, e := range prev.edits {
		letterRuns(prev.in[e.a:e.b], add)
		letterRuns(text[e.oa:e.ob], add)
	}
	return rv
}

// chain reports whether chain c must be decided again.
func (rv *revisit) chain(sites []site, c *chain) bool {
	for _, ws := range [][]string{c.need, c.runs} {
		for _, w := range ws {
			if rv.touched[w] {
				return true
			}
		}
	}
	a, _ := contextSpan(rv.text, &sites[c.sites[0]])
	_, b := contextSpan(rv.text, &sites[c.sites[len(c.sites)-1]])
	// the first edit that ends after a
	k := sort.Search(len(rv.edits), func(i int) bool { return rv.edits[i].ob > a })
	return k < len(rv.edits) && rv.edits[k].oa < b
}

// contextSpan returns a byte span of text that holds everything the decision at s looks
// at: its letter runs, the whitespace-separated words around them (carried on through
// hyphens at line ends, as inCode and inAddress do, as far as maxTokenScan), and the
// characters before them that tell whether a sentence starts there.
func contextSpan(text string, s *site) (int, int) {
	const reach = 2*maxTokenScan + 8
	lo, hi := max(s.lStart-reach, 0), min(s.rEnd+reach, len(text))
	a := s.lStart
	for a > lo {
		for a > lo && !isSpaceByte(text[a-1]) {
			a--
		}
		w := a
		for w > lo && isSpaceByte(text[w-1]) {
			w--
		}
		if w > lo && isHyphenAt(text, w-1) {
			a = w
			continue
		}
		a = w - min(w-lo, 4)
		break
	}
	// sentenceStart passes spaces and opening quotes and brackets back to a mark
	for q := s.lStart; q > 0 && s.lStart-q < maxTokenScan; {
		c, n := utf8.DecodeLastRuneInString(text[:q])
		q -= n
		a = min(a, q)
		if !unicode.IsSpace(c) && strings.IndexRune("\"'‘“([", c) < 0 {
			break
		}
	}
	b := s.rEnd
	for words := 0; b < hi; {
		for b < hi && !isSpaceByte(text[b]) {
			b++
		}
		words++
		if b >= hi || (!isHyphenAt(text, b-1) && words > 1) {
			break
		}
		for b < hi && isSpaceByte(text[b]) {
			b++
		}
	}
	return max(a-1, 0), min(b+1, len(text))
}
