package dates

import (
	"sync"
	"time"

	"github.com/clipper-news/clipper/model"
)

// Reference anchors relative dates: the article's publication date or the
// user's --date.
type Reference struct {
	// Time is the anchor day (UTC midnight). Only its year, month and day are read.
	Time time.Time
	// Precision is model.PrecisionDay, PrecisionMonth or PrecisionYear; ""
	// when there is no anchor.
	Precision string
}

// maxPooledTokens bounds the token buffers kept for reuse, so that one huge
// input does not pin its buffer.
const maxPooledTokens = 1 << 16

// Warnings Find may return.
const (
	WarnNoReference = "no publication date found; relative dates unresolved"
	WarnMonthOnly   = "publication date known only to the month; relative days and weeks unresolved"
	WarnYearOnly    = "publication date known only to the year; relative days, weeks and months unresolved"
)

// Finder finds date expressions in English news text and resolves them to
// the calendar. Its word tables are built once and never change, and the
// token buffers it reuses are pooled, so one Finder is safe for concurrent
// use by any number of goroutines.
type Finder struct {
	lx   *lexicon
	toks *sync.Pool // of *[]token, reused between calls
}

// sharedLexicon parses the embedded word table once per process.
var sharedLexicon = sync.OnceValues(newLexicon)

// New returns a Finder. It is cheap: the word tables are built once per
// process and shared. It panics only if the embedded word table is
// malformed, which the package's tests rule out.
func New() *Finder {
	lx, err := sharedLexicon()
	if err != nil {
		panic(err)
	}
	return &Finder{lx: lx, toks: &sync.Pool{New: func() any { return new([]token) }}}
}

// Find returns every date expression in text, in text order, with Start and
// End as code-point offsets into text, each resolved against ref as
// precisely as the text allows, and the warnings a user should read (e.g.
// [WarnNoReference]). text is the article text: headline, standfirst and
// body paragraphs separated by blank lines. An expression that cannot be
// resolved is returned with an empty Value.
//
// An expression that occurs several times is returned at each occurrence;
// [Unique] keeps the first of each.
func (f *Finder) Find(text string, ref Reference) ([]model.Date, []string) {
	buf := f.toks.Get().(*[]token)
	s := scan{lx: f.lx, text: text, ref: newAnchor(ref)}
	s.toks = tokenize((*buf)[:0], text, f.lx, false)
	s.run()
	if cap(s.toks) <= maxPooledTokens {
		*buf = s.toks
		f.toks.Put(buf)
	}
	if s.out == nil {
		s.out = []model.Date{}
	}
	return s.out, s.warnings()
}

// Unique returns dates without the repeats of an earlier entry's text and
// value, keeping the first occurrence of each, as annotators list them.
func Unique(dates []model.Date) []model.Date {
	out := make([]model.Date, 0, len(dates))
	for _, d := range dates {
		dup := false
		for _, o := range out {
			if o.Text == d.Text && o.Value == d.Value {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, d)
		}
	}
	return out
}

// Anchor precisions, from none to a day.
const (
	precNone uint8 = iota
	precYear
	precMonth
	precDay
)

// anchor is a Reference reduced to what resolution reads.
type anchor struct {
	day  civil // the reference day; the 15th when only the month is known
	y, m int
	prec uint8
}

func newAnchor(r Reference) anchor {
	y, mo, d := r.Time.Date()
	a := anchor{y: y, m: int(mo)}
	switch r.Precision {
	case model.PrecisionDay:
		a.prec = precDay
	case model.PrecisionMonth:
		a.prec, d = precMonth, 15
	case model.PrecisionYear:
		a.prec, d, a.m = precYear, 1, 7
	default:
		return anchor{}
	}
	a.day = civilOf(y, a.m, d)
	return a
}

// hit is one matched expression: tokens [start, end) and its resolution.
type hit struct {
	start, end int
	prec       string
	value      string
	day        civil // the resolved day, when isDay
	isDay      bool
	need       uint8 // the anchor precision the hit lacked, when value is empty
	warn       string
}

// scan is the state of one Find call.
type scan struct {
	lx       *lexicon
	text     string
	toks     []token
	ref      anchor
	out      []model.Date
	last     civil // the last day the text named, for "two days earlier"
	hasLast  bool
	lastEnd  int      // token index just after the last hit
	style    int8     // numeric date order: 0 not yet known, 1 day first, 2 month first
	needs    uint8    // the most precise reference an unresolved hit needed
	mismatch []string // warnings about single hits: weekday mismatches, impossible dates
	anyCase  bool     // month names in any case, for ParseDate
	limit    int      // tokens from here on are in a later paragraph
}

// run tries the patterns at each token in turn, skipping past each hit.
func (s *scan) run() {
	s.lastEnd = -1
	for i := 0; i < len(s.toks); {
		if i >= s.limit {
			// A date never runs across a blank line.
			s.limit = i + 1
			for s.limit < len(s.toks) && s.toks[s.limit].gap != gapPara {
				s.limit++
			}
		}
		h, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		s.emit(h)
		i = h.end
	}
}

// emit appends h to the output and updates the state later hits read.
func (s *scan) emit(h hit) {
	first, last := &s.toks[h.start], &s.toks[h.end-1]
	s.out = append(s.out, model.Date{
		Text:      s.text[first.bs:last.be],
		Value:     h.value,
		Precision: h.prec,
		Start:     int(first.rs),
		End:       int(last.re),
	})
	if h.value == "" && h.need > s.needs {
		s.needs = h.need
	}
	if h.warn != "" {
		s.mismatch = append(s.mismatch, h.warn)
	}
	if h.isDay {
		s.last, s.hasLast = h.day, true
	}
	s.lastEnd = h.end
}

// warnings returns the warnings of the whole text, or nil.
func (s *scan) warnings() []string {
	var w []string
	if s.needs > s.ref.prec {
		switch s.ref.prec {
		case precNone:
			w = append(w, WarnNoReference)
		case precMonth:
			w = append(w, WarnMonthOnly)
		case precYear:
			w = append(w, WarnYearOnly)
		}
	}
	return append(w, s.mismatch...)
}

// Token predicates. Each is false for an index out of range.

func (s *scan) tok(j int) *token {
	if j < 0 || j >= s.limit {
		return nil
	}
	return &s.toks[j]
}

// kw reports whether token j is the keyword k.
func (s *scan) kw(j int, k int16) bool {
	t := s.tok(j)
	return t != nil && t.kind == kWord && t.e.cls == clsKeyword && t.e.val == k
}

// punct reports whether token j is the punctuation mark r.
func (s *scan) punct(j int, r rune) bool {
	t := s.tok(j)
	return t != nil && t.kind == kPunct && t.r == r
}

// word returns the text of token j.
func (s *scan) word(j int) string {
	t := &s.toks[j]
	return s.text[t.bs:t.be]
}

// isDash reports whether r joins the two ends of a range.
func isDash(r rune) bool { return r == '-' || r == '\u2013' || r == '\u2014' }

// capitalised reports whether the word token t is written as a name is:
// with a capital, or in capitals.
func capitalised(t *token) bool { return t.title || t.upper }

// rangeSep returns the index after a range separator at j ("and", "to",
// "&", "-", "–", "until", "through"), or -1.
func (s *scan) rangeSep(j int) int {
	t := s.tok(j)
	if t == nil {
		return -1
	}
	switch {
	case t.kind == kPunct && (isDash(t.r) || t.r == '&' || t.r == '/'):
		return j + 1
	case s.kw(j, kwAnd), s.kw(j, kwTo), s.kw(j, kwUntil), s.kw(j, kwThrough):
		return j + 1
	}
	return -1
}

// touchesBefore reports whether token j is joined to the token before it by
// something that makes it part of a code, an amount or a word: "COVID-19",
// "$2020", "+39", "v2021", "17r/19r".
func (s *scan) touchesBefore(j int) bool {
	t := s.tok(j)
	if t == nil || j == 0 || t.gap != gapNone {
		return false
	}
	p := &s.toks[j-1]
	if p.kind != kPunct {
		return true
	}
	switch p.r {
	case '(', '[', '"', '\'', '\u201c', '\u2018', '\u00ab', '\u2014':
		return false
	}
	return true
}

// joinsDigit reports whether token j is a mark directly between digits
// ("14:20", "2.1", "30/09", "123-2016"), so that the number before it is
// part of a larger one.
func (s *scan) joinsDigit(j int) bool {
	t, n := s.tok(j), s.tok(j+1)
	if t == nil || n == nil || t.gap != gapNone || t.kind != kPunct || n.gap != gapNone {
		return false
	}
	switch t.r {
	case ':', '.', ',', '/', '-', '\u2013':
		return n.kind == kNumber
	}
	return false
}

// number returns the value of token j if it is a free-standing number of
// at most maxDigits digits: not glued to letters, not part of a larger
// number and not a percentage.
func (s *scan) number(j, maxDigits int) (int, bool) {
	return s.numberDash(j, maxDigits, false)
}

// numberDash is number, allowing a dash and a number to follow when dashOK
// ("12-14 June").
func (s *scan) numberDash(j, maxDigits int, dashOK bool) (int, bool) {
	t := s.tok(j)
	if t == nil || t.kind != kNumber || t.glued || int(t.digits) > maxDigits {
		return 0, false
	}
	if s.joinsDigit(j+1) && !(dashOK && isDash(s.toks[j+1].r)) || s.punct(j+1, '%') && s.toks[j+1].gap == gapNone {
		return 0, false
	}
	return int(t.num), true
}

// dayNum returns the day number at token j ("5", "5th"), 1-31. free
// requires a clean left edge (not "COVID-19").
func (s *scan) dayNum(j int, free bool) (int, bool) {
	return s.dayNumDash(j, free, false)
}

// dayNumDash is dayNum, allowing a dash and a number to follow when dashOK.
func (s *scan) dayNumDash(j int, free, dashOK bool) (int, bool) {
	d, ok := s.numberDash(j, 2, dashOK)
	if !ok || d < 1 || d > 31 || free && s.touchesBefore(j) {
		return 0, false
	}
	return d, true
}

// yearNum returns the year at token j, 1000-2999, in a full date.
func (s *scan) yearNum(j int) (int, bool) {
	t := s.tok(j)
	if t == nil || t.digits != 4 || t.ord {
		return 0, false
	}
	y, ok := s.number(j, 4)
	if !ok || y < 1000 || y > 2999 {
		return 0, false
	}
	return y, true
}

// monthName returns the month named by token j and the index after it (and
// after an abbreviation's full stop). Names must be capitalised.
func (s *scan) monthName(j int) (m, end int, abbr, ok bool) {
	t := s.tok(j)
	if t == nil || t.kind != kWord || t.e.cls != clsMonth || !s.anyCase && !capitalised(t) {
		return 0, 0, false, false
	}
	end = j + 1
	if t.e.abbr && s.abbrDot(end) {
		end++
	}
	return int(t.e.val), end, t.e.abbr, true
}

// weekdayName is monthName for days of the week.
func (s *scan) weekdayName(j int) (w time.Weekday, end int, abbr, ok bool) {
	t := s.tok(j)
	if t == nil || t.kind != kWord || t.e.cls != clsWeekday || !capitalised(t) {
		return 0, 0, false, false
	}
	end = j + 1
	if t.e.abbr && s.abbrDot(end) {
		end++
	}
	return time.Weekday(t.e.val), end, t.e.abbr, true
}

// abbrDot reports whether token j is the full stop of an abbreviation
// ("Oct. 3", "3 Oct. 2021") rather than the end of a sentence ("on 3 Oct.
// The company ...").
func (s *scan) abbrDot(j int) bool {
	if !s.punct(j, '.') || s.toks[j].gap != gapNone {
		return false
	}
	n := s.tok(j + 1)
	return n != nil && (n.kind == kNumber || n.kind == kPunct && n.r == ',' || n.kind == kWord && !n.title)
}

// optYear reads an optional ", 2021" or " 2021" at j, returning the year
// (0 if none) and the index after it.
func (s *scan) optYear(j int) (int, int) {
	k := j
	if s.punct(k, ',') {
		k++
	}
	if y, ok := s.yearNum(k); ok && !s.touchesBefore(k) {
		return y, k + 1
	}
	return 0, j
}

// match tries every pattern at token i.
func (s *scan) match(i int) (hit, bool) {
	t := &s.toks[i]
	switch t.kind {
	case kNumber:
		if h, ok := s.matchAgo(i); ok {
			return h, true
		}
		return s.matchNumber(i)
	case kWord:
		switch t.e.cls {
		case clsMonth:
			return s.matchMonth(i, i)
		case clsWeekday:
			return s.matchWeekday(i)
		case clsNumber:
			return s.matchAgo(i)
		case clsKeyword:
			return s.matchKeyword(i)
		}
	}
	return hit{}, false
}

// matchDayMonth reads "D [of] M [Y]", "D-D M [Y]", "D and D M [Y]" and
// "D M - D M [Y]" at i, where token i is a day number. start is where the
// expression's text begins (before a weekday). want is the weekday printed
// before the date, or -1.
func (s *scan) matchDayMonth(start, i int, want time.Weekday) (hit, bool) {
	d1, ok := s.dayNumDash(i, true, true)
	if !ok {
		return hit{}, false
	}
	j := i + 1
	// A range of days in one month: "6 and 7 April", "12-14 June".
	if k := s.rangeSep(j); k > 0 && want < 0 {
		if d2, ok := s.dayNum(k, false); ok && d2 > d1 {
			k2 := k + 1
			if s.kw(k2, kwOf) {
				k2++
			}
			if m, end, _, ok := s.monthName(k2); ok {
				y, end := s.optYear(end)
				return s.dayRange(start, end, y, m, d1, y, m, d2), true
			}
		}
	}
	if _, ok := s.dayNum(i, true); !ok {
		return hit{}, false
	}
	if s.kw(j, kwOf) {
		j++
	}
	m, end, _, ok := s.monthName(j)
	if !ok {
		return hit{}, false
	}
	// A range across months: "30 June - 2 July 2021".
	if k := s.rangeSep(end); k > 0 && want < 0 {
		if d2, ok := s.dayNum(k, false); ok {
			if m2, end2, _, ok := s.monthName(k + 1); ok {
				y, end2 := s.optYear(end2)
				y1 := y
				if y != 0 && monthIndex(0, m2) < monthIndex(0, m) {
					y1 = y - 1
				}
				return s.dayRange(start, end2, y1, m, d1, y, m2, d2), true
			}
		}
	}
	y, end := s.optYear(end)
	return s.fullDate(start, end, y, m, d1, want), true
}

// matchMonth reads patterns that start with a month name at i: "March 14",
// "March 14-16", "March 2021", or a month alone. start is where the text
// begins ("mid-March" starts at "mid").
func (s *scan) matchMonth(start, i int) (hit, bool) {
	m, j, abbr, ok := s.monthName(i)
	if !ok {
		return hit{}, false
	}
	if d, ok := s.dayNumDash(j, true, true); ok && s.toks[j].gap != gapNone {
		if k := s.rangeSep(j + 1); k > 0 {
			if d2, ok := s.dayNum(k, false); ok && d2 > d {
				y, end := s.optYear(k + 1)
				return s.dayRange(start, end, y, m, d, y, m, d2), true
			}
		}
		if _, ok := s.dayNum(j, true); !ok {
			return hit{}, false
		}
		y, end := s.optYear(j + 1)
		return s.fullDate(start, end, y, m, d, -1), true
	}
	// A range of months with its year: "March to May 2021", "between
	// November and January 2021".
	if k := s.rangeSep(j); k > 0 && !abbr && (!s.kw(j, kwAnd) || s.kw(i-1, kwBetween)) {
		if m2, end, _, ok := s.monthName(k); ok && m2 != m {
			if y, end := s.optYear(end); y != 0 {
				y1 := y
				if m2 < m {
					y1--
				}
				return hit{start: start, end: end, prec: model.PrecisionRange, value: fmtMonths(y1, m, y, m2)}, true
			}
		}
	}
	k := j
	if s.kw(k, kwOf) {
		k++
	}
	if y, end := s.optYear(k); y != 0 {
		return hit{start: start, end: end, prec: model.PrecisionMonth, value: fmtMonth(y, m)}, true
	}
	if abbr || !s.monthContext(i) {
		return hit{}, false
	}
	return s.monthAlone(start, j, m, s.future(start)), true
}

// monthContext reports whether the word before a month name at i makes it a
// month rather than a name or the verb "may": "in May", "since March",
// "early June", "mid-April", or a list after another date ("March and April").
func (s *scan) monthContext(i int) bool {
	p := i - 1
	if s.punct(p, '-') && s.toks[p].gap == gapNone && s.toks[i].gap == gapNone {
		if q := s.tok(p - 1); q != nil && q.kind == kWord && q.e.cls == clsKeyword {
			switch q.e.val {
			case kwMid, kwEarly, kwLate, kwEnd, kwStart:
				return true
			}
		}
	}
	t := s.tok(p)
	if t == nil || t.kind != kWord || t.e.cls != clsKeyword {
		return false
	}
	switch t.e.val {
	case kwIn, kwSince, kwUntil, kwBy, kwDuring, kwFrom, kwOf, kwEarly, kwLate, kwBefore,
		kwAfter, kwThrough, kwBetween, kwMid:
		return true
	case kwAnd, kwOr, kwTo:
		return s.lastEnd == p
	}
	return false
}

// matchWeekday reads "Sunday 5 March", "Thursday, March 14", "Sunday the
// 5th of March 2023" or a weekday alone at i.
func (s *scan) matchWeekday(i int) (hit, bool) {
	w, j, abbr, ok := s.weekdayName(i)
	if !ok {
		return hit{}, false
	}
	k := j
	if s.punct(k, ',') {
		k++
	}
	if s.kw(k, kwThe) {
		if h, ok := s.matchDayMonth(i, k+1, w); ok {
			return h, true
		}
	}
	if h, ok := s.matchDayMonth(i, k, w); ok {
		return h, true
	}
	if m, end, _, ok := s.monthName(k); ok {
		if d, ok := s.dayNum(end, true); ok {
			y, end := s.optYear(end + 1)
			return s.fullDate(i, end, y, m, d, w), true
		}
	}
	if abbr || s.kw(i-1, kwEvery) {
		return hit{}, false
	}
	// "the Sunday Times" is a newspaper.
	if n := s.tok(j); s.kw(i-1, kwThe) && n != nil && n.kind == kWord && n.title && n.e.cls != clsMonth {
		return hit{}, false
	}
	return s.weekdayAlone(i, j, w), true
}
