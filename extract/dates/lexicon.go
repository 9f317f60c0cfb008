package dates

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// words is the month and weekday name table; its format is described at its top.
//
//go:embed words.txt
var words string

// class says what a word is to the scanner.
type class uint8

const (
	clsNone    class = iota
	clsMonth         // val is the month, 1-12
	clsWeekday       // val is the time.Weekday
	clsNumber        // val is the number a word spells ("two" is 2)
	clsKeyword       // val is a keyword id (kwYesterday, ...)
)

// entry is what the lexicon knows of one lower-case word.
type entry struct {
	cls  class
	abbr bool // an abbreviated month or weekday name
	val  int16
}

// Keyword ids: the English function words and time words the grammar reads.
const (
	kwNone = iota
	kwYesterday
	kwToday
	kwTomorrow
	kwTonight
	kwMorning
	kwAfternoon
	kwEvening
	kwNight
	kwLast
	kwThis
	kwNext
	kwEarlier
	kwLater
	kwEarly
	kwLate
	kwAgo
	kwDay
	kwWeek
	kwWeekend
	kwMonth
	kwYear
	kwThe
	kwAt
	kwOver
	kwDuring
	kwOn
	kwPrevious
	kwFollowing
	kwBefore
	kwAfter
	kwSame
	kwBetween
	kwAnd
	kwTo
	kwFrom
	kwOf
	kwIn
	kwSince
	kwUntil
	kwBy
	kwThrough
	kwMid
	kwOr
	kwPast
	kwEnd
	kwStart
	kwFuture   // will, shall, would, going, due, scheduled, expected, expects, plans, intends
	kwNotYear  // words after which a four-digit number is not a year: version, no, nr, number, iso
	kwQuantity // about, some, around, nearly, almost, approximately, roughly, than, least, total
	kwUnit     // words before which a four-digit number is a quantity: per, percent, bitcoin, ...
	kwCurrency // usd, eur, gbp, chf
	kwEvery    // every: "every Monday" is no date
	kwSaid     // said, told, was, had ...: a verb that puts what follows in the past
	kwDe       // "de" in Spanish and Portuguese dates ("14 de enero de 2025")
)

// keywords maps English words to keyword ids. Plural and singular units share an id.
var keywords = map[string]int16{
	"yesterday": kwYesterday, "today": kwToday, "tomorrow": kwTomorrow, "tonight": kwTonight,
	"morning": kwMorning, "afternoon": kwAfternoon, "evening": kwEvening, "night": kwNight,
	"last": kwLast, "this": kwThis, "next": kwNext, "earlier": kwEarlier, "later": kwLater,
	"early": kwEarly, "late": kwLate, "ago": kwAgo,
	"day": kwDay, "days": kwDay, "week": kwWeek, "weeks": kwWeek, "weekend": kwWeekend,
	"month": kwMonth, "months": kwMonth, "year": kwYear, "years": kwYear,
	"the": kwThe, "at": kwAt, "over": kwOver, "during": kwDuring, "on": kwOn,
	"previous": kwPrevious, "following": kwFollowing, "before": kwBefore, "after": kwAfter,
	"same": kwSame, "between": kwBetween, "and": kwAnd, "to": kwTo, "from": kwFrom, "of": kwOf,
	"in": kwIn, "since": kwSince, "until": kwUntil, "till": kwUntil, "by": kwBy,
	"through": kwThrough, "throughout": kwThrough, "mid": kwMid, "or": kwOr, "past": kwPast,
	"end": kwEnd, "start": kwStart, "beginning": kwStart,
	"will": kwFuture, "shall": kwFuture, "would": kwFuture, "going": kwFuture, "due": kwFuture,
	"scheduled": kwFuture, "expected": kwFuture, "expects": kwFuture, "plans": kwFuture,
	"intends": kwFuture,
	"version": kwNotYear, "v": kwNotYear, "no": kwNotYear, "nr": kwNotYear, "number": kwNotYear,
	"iso": kwNotYear, "ref": kwNotYear, "code": kwNotYear, "model": kwNotYear, "windows": kwNotYear,
	"about": kwQuantity, "some": kwQuantity, "around": kwQuantity, "nearly": kwQuantity,
	"almost": kwQuantity, "approximately": kwQuantity, "roughly": kwQuantity, "than": kwQuantity,
	"least": kwQuantity, "total": kwQuantity, "additional": kwQuantity, "another": kwQuantity,
	"per": kwUnit, "percent": kwUnit, "bitcoin": kwUnit, "btc": kwUnit, "million": kwUnit,
	"billion": kwUnit, "thousand": kwUnit, "teu": kwUnit, "tonnes": kwUnit, "tons": kwUnit,
	"km": kwUnit, "kilometres": kwUnit, "kilometers": kwUnit, "miles": kwUnit, "metres": kwUnit,
	"meters": kwUnit, "dollars": kwUnit, "euros": kwUnit, "pounds": kwUnit, "gb": kwUnit,
	"tb": kwUnit, "mb": kwUnit, "hours": kwUnit, "minutes": kwUnit, "times": kwUnit,
	"usd": kwCurrency, "eur": kwCurrency, "gbp": kwCurrency, "chf": kwCurrency,
	"every": kwEvery, "de": kwDe,
	"said": kwSaid, "told": kwSaid, "added": kwSaid, "announced": kwSaid, "confirmed": kwSaid,
	"reported": kwSaid, "explained": kwSaid, "stated": kwSaid, "wrote": kwSaid, "revealed": kwSaid,
	"disclosed": kwSaid, "claimed": kwSaid, "noted": kwSaid, "admitted": kwSaid, "was": kwSaid,
	"were": kwSaid, "had": kwSaid, "did": kwSaid,
}

// numberWords are the counts the grammar reads in "two days ago".
var numberWords = map[string]int16{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

// lexicon holds the word tables a Finder reads. It is built once by
// [newLexicon] and never changed afterwards.
type lexicon struct {
	en  map[string]entry // English: keywords, number words, month and weekday names
	all map[string]entry // month names in every language of words.txt
	tab wordTable        // en as an open-addressing table the tokenizer probes with its own hash
}

// wordTable is a fixed-size open-addressing hash table of lower-case ASCII
// words, looked up without regard to case with a hash the tokenizer
// computes while it reads the word ([hashInit], [hashByte]). It is about
// twice as fast as a map lookup, which matters because every word of every
// story is looked up.
type wordTable struct {
	keys [tableSize]string
	vals [tableSize]entry
}

const (
	tableSize = 1 << 10
	tableMask = tableSize - 1
	// maxWordLen is the longest word in the table; longer words are not looked up.
	maxWordLen = 13
	hashInit   = 2166136261
)

// hashByte adds byte c, folded to lower case, to the FNV-1a hash h.
func hashByte(h uint32, c byte) uint32 {
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return (h ^ uint32(c)) * 16777619
}

func (t *wordTable) put(k string, e entry) error {
	if len(k) > maxWordLen {
		return fmt.Errorf("dates: word %q is longer than %d bytes", k, maxWordLen)
	}
	h := uint32(hashInit)
	for i := 0; i < len(k); i++ {
		h = hashByte(h, k[i])
	}
	for i, n := h&tableMask, 0; n < tableSize; i, n = (i+1)&tableMask, n+1 {
		if t.keys[i] == "" || t.keys[i] == k {
			t.keys[i], t.vals[i] = k, e
			return nil
		}
	}
	return fmt.Errorf("dates: word table full at %q", k)
}

// get returns the entry of the ASCII word w, whose hash is h.
func (t *wordTable) get(w string, h uint32) entry {
	for i := h & tableMask; ; i = (i + 1) & tableMask {
		k := t.keys[i]
		if k == "" {
			return entry{}
		}
		if len(k) == len(w) && equalFoldASCII(w, k) {
			return t.vals[i]
		}
	}
}

// equalFoldASCII reports whether w equals the lower-case word k, ignoring
// the case of w's ASCII letters.
func equalFoldASCII(w, k string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != k[i] {
			return false
		}
	}
	return true
}

// newLexicon parses the embedded name table.
func newLexicon() (*lexicon, error) {
	lx := &lexicon{en: make(map[string]entry, 256), all: make(map[string]entry, 160)}
	for w, id := range keywords {
		lx.en[w] = entry{cls: clsKeyword, val: id}
	}
	for w, n := range numberWords {
		lx.en[w] = entry{cls: clsNumber, val: n}
	}
	for i, line := range strings.Split(words, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Fields(line)
		if len(f) < 4 {
			return nil, fmt.Errorf("dates: words.txt line %d: want KIND NUMBER LANGUAGE NAME..., got %q", i+1, line)
		}
		n, err := strconv.Atoi(f[1])
		if err != nil {
			return nil, fmt.Errorf("dates: words.txt line %d: %w", i+1, err)
		}
		var cls class
		switch {
		case f[0] == "month" && n >= 1 && n <= 12:
			cls = clsMonth
		case f[0] == "weekday" && n >= 0 && n <= 6:
			cls = clsWeekday
		default:
			return nil, fmt.Errorf("dates: words.txt line %d: bad kind or number in %q", i+1, line)
		}
		for _, name := range f[3:] {
			e := entry{cls: cls, val: int16(n)}
			if strings.HasSuffix(name, ".") {
				e.abbr = true
				name = strings.TrimSuffix(name, ".")
			}
			if f[2] == "en" {
				if old, ok := lx.en[name]; ok && old.cls != clsMonth {
					return nil, fmt.Errorf("dates: words.txt line %d: %q is already a %v", i+1, name, old.cls)
				}
				lx.en[name] = e
			}
			if cls == clsMonth {
				if old, ok := lx.all[name]; ok && old.val != e.val {
					return nil, fmt.Errorf("dates: words.txt line %d: %q names two months", i+1, name)
				}
				lx.all[name] = e
			}
		}
	}
	for w, e := range lx.en {
		if err := lx.tab.put(w, e); err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// lookupEN returns the English entry of word w, matched without regard to
// case. Words that are not ASCII or longer than any entry are not found.
func (lx *lexicon) lookupEN(w string) entry {
	if len(w) > maxWordLen {
		return entry{}
	}
	h := uint32(hashInit)
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return entry{}
		}
		h = hashByte(h, w[i])
	}
	return lx.tab.get(w, h)
}

// lookupAll returns the month entry of word w in any language, matched
// without regard to case.
func (lx *lexicon) lookupAll(w string) entry {
	if len(w) > 24 || !utf8.ValidString(w) {
		return entry{}
	}
	if e, ok := lx.all[strings.ToLower(w)]; ok {
		return e
	}
	return lx.lookupEN(w)
}
