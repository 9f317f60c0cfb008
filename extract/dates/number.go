package dates

import (
	"github.com/clipper-news/clipper/model"
)

// matchNumber reads patterns that start with a number at i: numeric dates
// ("2020-09-30", "30/09/2020"), year ranges ("2019-2020"), years alone and
// dates that start with their day ("30 September").
func (s *scan) matchNumber(i int) (hit, bool) {
	if h, ok := s.matchNumeric(i); ok {
		return h, true
	}
	t := &s.toks[i]
	switch {
	case t.digits == 4 && !t.ord:
		return s.matchYear(i)
	case t.digits <= 2:
		return s.matchDayMonth(i, i, -1)
	}
	return hit{}, false
}

// numericSep reports whether token j is a date separator touching numbers
// on both sides, and returns it.
func (s *scan) numericSep(j int) (rune, bool) {
	t, n := s.tok(j), s.tok(j+1)
	if t == nil || n == nil || t.kind != kPunct || t.gap != gapNone || n.gap != gapNone || n.kind != kNumber {
		return 0, false
	}
	switch t.r {
	case '-', '/', '.':
		return t.r, true
	}
	return 0, false
}

// matchNumeric reads an all-number date whose three parts share one
// separator: ISO 8601 "2020-09-30" (with an optional time, which is kept in
// the text), "30/09/2020", "30.09.2020", "30-09-2020", and "30/09/20". A
// day-first or month-first order is decided by a part over 12, else by the
// text's own written dates ("March 14" means month first), else day first.
// Numbers that are part of longer codes (phone numbers, versions, 1.2.3.4)
// are not dates.
func (s *scan) matchNumeric(i int) (hit, bool) {
	sep, ok := s.numericSep(i + 1)
	if !ok {
		return hit{}, false
	}
	if sep2, ok := s.numericSep(i + 3); !ok || sep2 != sep {
		return hit{}, false
	}
	if s.touchesBefore(i) || s.kw(i-1, kwNotYear) {
		return hit{}, false
	}
	a, b, c := &s.toks[i], &s.toks[i+2], &s.toks[i+4]
	end := i + 5
	if a.ord || b.ord || c.ord || a.glued || b.glued || b.digits > 2 || s.joinsDigit(i+5) {
		return hit{}, false
	}
	var y, m, d int
	if a.digits == 4 {
		// Year first: ISO 8601, possibly a timestamp.
		if sep == '.' || c.digits > 2 {
			return hit{}, false
		}
		y, m, d = int(a.num), int(b.num), int(c.num)
		if c.glued {
			if end = s.isoTime(end); end < 0 {
				return hit{}, false
			}
		}
	} else {
		if a.digits > 2 || c.glued {
			return hit{}, false
		}
		switch {
		case c.digits == 4:
			y = int(c.num)
		case c.digits == 2 && sep == '/':
			y = 2000 + int(c.num)
			if c.num >= 70 {
				y -= 100
			}
		default:
			return hit{}, false
		}
		p, q := int(a.num), int(b.num)
		switch {
		case p > 12 && q <= 12:
			d, m = p, q
		case q > 12 && p <= 12:
			m, d = p, q
		case s.textStyle() == 2:
			m, d = p, q
		default:
			d, m = p, q
		}
	}
	if !validDay(y, m, d) {
		return hit{}, false
	}
	c2 := civilOf(y, m, d)
	return s.dayHit(hit{start: i, end: end}, c2), true
}

// isoTime reads the time part of an ISO 8601 timestamp that starts at token
// j with "T" glued to the date ("T14:20:00Z", "T08:15:00+01:00") and returns
// the index after it, or -1.
func (s *scan) isoTime(j int) int {
	t := s.tok(j)
	if t == nil || t.kind != kWord || t.gap != gapNone || s.word(j) != "T" && s.word(j) != "t" {
		return -1
	}
	if n := s.tok(j + 1); n == nil || n.kind != kNumber || n.gap != gapNone {
		return -1
	}
	k := j + 1
	for k < s.limit && s.toks[k].gap == gapNone {
		t := &s.toks[k]
		switch {
		case t.kind == kNumber:
		case t.kind == kPunct && (t.r == ':' || t.r == '.' || t.r == '+' || t.r == '-' || t.r == ','):
			if n := s.tok(k + 1); n == nil || n.gap != gapNone || n.kind != kNumber {
				return k
			}
		case t.kind == kWord && (s.word(k) == "Z" || s.word(k) == "z"):
			return k + 1
		default:
			return k
		}
		k++
	}
	return k
}

// matchYear reads a four-digit number at i as a year, a year range
// ("2019-2020", "2019-20", "between 2018 and 2020") or not at all.
func (s *scan) matchYear(i int) (hit, bool) {
	y, ok := s.yearAt(i, true)
	if !ok {
		return hit{}, false
	}
	// "2019-2020", "2019/20", "2019 – 2020".
	if t := s.tok(i + 1); t != nil && t.kind == kPunct && (isDash(t.r) || t.r == '/') {
		n := s.tok(i + 2)
		spaced := t.gap != gapNone || n != nil && n.gap != gapNone
		if n != nil && n.kind == kNumber && !n.glued && (!spaced || t.r != '-' && t.r != '/') && !s.joinsDigit(i+3) {
			y2 := int(n.num)
			if n.digits == 2 {
				y2 += y / 100 * 100
			}
			if (n.digits == 2 || n.digits == 4) && y2 > y && y2 <= y+30 {
				return hit{start: i, end: i + 3, prec: model.PrecisionRange, value: fmtYears(y, y2)}, true
			}
		}
	}
	if _, ok := s.yearAt(i, false); !ok {
		return hit{}, false
	}
	// "between 2018 and 2020", "from 2018 to 2020".
	if s.kw(i-1, kwBetween) && s.kw(i+1, kwAnd) || s.kw(i-1, kwFrom) && s.kw(i+1, kwTo) {
		if y2, ok := s.yearAt(i+2, false); ok && y2 > y {
			return hit{start: i, end: i + 3, prec: model.PrecisionRange, value: fmtYears(y, y2)}, true
		}
	}
	return hit{start: i, end: i + 1, prec: model.PrecisionYear, value: fmtYear(y)}, true
}

// yearAt returns the year at token i, 1900-2099, if the number stands as a
// year: not an amount ("$2020", "2020 bitcoin", "about 2000"), not a code or
// a number in a series ("ISO 2022", "+39 010 2019 555"), not a decade
// ("2020s"). joined allows what follows to run on ("2019-2020"), for the
// caller to check.
func (s *scan) yearAt(i int, joined bool) (int, bool) {
	t := s.tok(i)
	if t == nil || t.kind != kNumber || t.digits != 4 || t.ord || t.glued {
		return 0, false
	}
	y := int(t.num)
	if y < 1900 || y > 2099 || s.touchesBefore(i) {
		return 0, false
	}
	if !joined {
		if _, ok := s.number(i, 4); !ok {
			return 0, false
		}
	}
	if p := s.tok(i - 1); p != nil {
		switch {
		case p.kind == kNumber && !s.touchesBefore(i-1):
			// A series of numbers ("+39 010 2019 555"), but not "Q3 2021".
			return 0, false
		case p.kind == kPunct:
			switch p.r {
			case '$', '\u20ac', '\u00a3', '\u00a5', '#', '\u2116', '+':
				return 0, false
			case '.':
				if s.kw(i-2, kwNotYear) {
					return 0, false
				}
			}
		case p.e.cls == clsKeyword && (p.e.val == kwNotYear || p.e.val == kwQuantity || p.e.val == kwCurrency):
			return 0, false
		}
	}
	if n := s.tok(i + 1); n != nil {
		switch {
		case n.kind == kNumber:
			return 0, false
		case n.kind == kWord && n.e.cls == clsKeyword && n.e.val == kwUnit:
			return 0, false
		}
	}
	return y, true
}
