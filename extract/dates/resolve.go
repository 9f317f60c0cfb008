package dates

import (
	"fmt"
	"strings"
	"time"

	"github.com/clipper-news/clipper/model"
)

// This file turns matched expressions into calendar values. Absolute dates
// need nothing; a date without its year takes the year nearest the
// reference that fits its weekday and the tense of its sentence; relative
// expressions count from the reference, or, for "two days earlier" and
// "the previous Friday", from the last day the text named.

// maxWeekdayCost bounds the cost (see yearFor) of a year chosen for its
// weekday: "Thursday 30 September" in a story of October 2020 is a misprint
// for Wednesday, not a date in September 2021.
const maxWeekdayCost = 400

// pastBias is how much more a candidate year costs per day when it puts a
// date in the future of a past-tense sentence (or in the past of a
// future-tense one): "1 November" in a story of 13 October is this year's,
// "20 December" in a story of 5 January is last year's.
const pastBias = 3

// yearFor chooses the year of day d of month m: among the years around the
// reference, the one whose date is nearest the reference, counting a date on
// the wrong side of the sentence's tense pastBias times, and, when want is a
// weekday, only years where the date falls on it. ok is false when there is
// no reference or no candidate.
func (s *scan) yearFor(m, d int, want time.Weekday, future bool) (int, bool) {
	if s.ref.prec == precNone {
		return 0, false
	}
	best, bestCost := 0, -1
	for y := s.ref.y - 1; y <= s.ref.y+1; y++ {
		if !validDay(y, m, d) {
			continue
		}
		c := civilOf(y, m, d)
		if want >= 0 && c.weekday() != want {
			continue
		}
		delta := int(c - s.ref.day)
		cost := delta
		switch {
		case future && delta < 0:
			cost = -delta * pastBias
		case !future && delta > 0:
			cost = delta * pastBias
		case delta < 0:
			cost = -delta
		}
		if want >= 0 && cost > maxWeekdayCost {
			continue
		}
		if bestCost < 0 || cost < bestCost {
			best, bestCost = y, cost
		}
	}
	return best, bestCost >= 0
}

// fullDate resolves a day and month, with the year if printed (y != 0) and
// the weekday if printed (want >= 0), spanning tokens [start, end).
func (s *scan) fullDate(start, end, y, m, d int, want time.Weekday) hit {
	h := hit{start: start, end: end, prec: model.PrecisionDay}
	if y == 0 {
		var ok bool
		if want >= 0 {
			y, ok = s.yearFor(m, d, want, s.future(start))
			if !ok && s.ref.prec != precNone {
				h.warn = s.mismatchWarning(start, end, "within a year of the publication date")
			}
		}
		if !ok {
			y, ok = s.yearFor(m, d, -1, s.future(start))
		}
		if !ok && s.ref.prec == precNone {
			h.need = precYear
			return h
		}
	}
	if !validDay(y, m, d) {
		h.warn = fmt.Sprintf("%q is not a calendar date; left unresolved", s.span(start, end))
		return h
	}
	c := civilOf(y, m, d)
	if want >= 0 && c.weekday() != want && h.warn == "" {
		h.warn = fmt.Sprintf("%q: %s was a %s; the printed date is kept", s.span(start, end), fmtDay(c), c.weekday())
	}
	h.value, h.day, h.isDay = fmtDay(c), c, true
	return h
}

func (s *scan) mismatchWarning(start, end int, where string) string {
	return fmt.Sprintf("%q: the weekday does not match the date %s", s.span(start, end), where)
}

// span returns the text of tokens [start, end).
func (s *scan) span(start, end int) string {
	return s.text[s.toks[start].bs:s.toks[end-1].be]
}

// dayRange resolves "6 and 7 April" or "30 June - 2 July 2021". y1 and y2
// are 0 when no year is printed.
func (s *scan) dayRange(start, end, y1, m1, d1, y2, m2, d2 int) hit {
	h := hit{start: start, end: end, prec: model.PrecisionRange}
	if y1 == 0 {
		y, ok := s.yearFor(m1, d1, -1, s.future(start))
		if !ok {
			h.need = precYear
			return h
		}
		y1, y2 = y, y
		if m2 < m1 {
			y2 = y + 1
		}
	}
	if !validDay(y1, m1, d1) || !validDay(y2, m2, d2) {
		h.warn = fmt.Sprintf("%q is not a calendar date; left unresolved", s.span(start, end))
		return h
	}
	h.value = fmtDays(civilOf(y1, m1, d1), civilOf(y2, m2, d2))
	return h
}

// monthAlone resolves a month named without its year: in a past-tense
// sentence the latest such month not after the reference month ("December"
// in a January story is last year's), in a future-tense one the first not
// before it.
func (s *scan) monthAlone(start, end, m int, future bool) hit {
	h := hit{start: start, end: end, prec: model.PrecisionMonth}
	if s.ref.prec < precMonth {
		h.need = precMonth
		return h
	}
	y := s.ref.y
	switch {
	case future && m < s.ref.m:
		y++
	case !future && m > s.ref.m:
		y--
	}
	h.value = fmtMonth(y, m)
	return h
}

// weekdayAlone resolves a weekday named alone: the most recent such day on
// or before the reference, or in a future-tense sentence the next one after it.
func (s *scan) weekdayAlone(start, end int, w time.Weekday) hit {
	if s.ref.prec < precDay {
		return hit{start: start, end: end, prec: model.PrecisionDay, need: precDay}
	}
	if s.future(start) {
		return s.weekdayFrom(start, end, w, s.ref.day, +1, false)
	}
	return s.weekdayFrom(start, end, w, s.ref.day, -1, true)
}

// weekdayFrom resolves the weekday w nearest base in direction dir (-1
// before, +1 after), including base itself when orSame.
func (s *scan) weekdayFrom(start, end int, w time.Weekday, base civil, dir int, orSame bool) hit {
	h := hit{start: start, end: end, prec: model.PrecisionDay}
	var n int
	if dir < 0 {
		n = (int(base.weekday()) - int(w) + 7) % 7
	} else {
		n = (int(w) - int(base.weekday()) + 7) % 7
	}
	if n == 0 && !orSame {
		n = 7
	}
	return s.dayHit(h, base+civil(dir*n))
}

func (s *scan) dayHit(h hit, c civil) hit {
	h.prec, h.value, h.day, h.isDay = model.PrecisionDay, fmtDay(c), c, true
	return h
}

// Units of relative expressions.
const (
	unitDay = iota
	unitWeek
	unitMonth
	unitYear
	unitWeekend
)

// unitOf returns the unit named by keyword token j, if any. singular
// rejects plurals ("last weeks").
func (s *scan) unitOf(j int, singular bool) (int, bool) {
	t := s.tok(j)
	if t == nil || t.kind != kWord || t.e.cls != clsKeyword {
		return 0, false
	}
	if singular {
		if c := s.text[t.be-1]; c == 's' || c == 'S' {
			return 0, false
		}
	}
	switch t.e.val {
	case kwDay:
		return unitDay, true
	case kwWeek:
		return unitWeek, true
	case kwMonth:
		return unitMonth, true
	case kwYear:
		return unitYear, true
	case kwWeekend:
		return unitWeekend, true
	}
	return 0, false
}

// relative resolves n units from base: a day, the Monday-Sunday week, the
// month or the year that contains base plus n units. need is the reference
// precision it takes when base is the reference.
func (s *scan) relative(start, end, unit, n int, base civil, baseOK bool) hit {
	h := hit{start: start, end: end}
	var need uint8
	switch unit {
	case unitDay:
		h.prec, need = model.PrecisionDay, precDay
	case unitWeek:
		h.prec, need = model.PrecisionWeek, precDay
	case unitWeekend:
		h.prec, need = model.PrecisionWeekend, precDay
	case unitMonth:
		h.prec, need = model.PrecisionMonth, precMonth
	default:
		h.prec, need = model.PrecisionYear, precYear
	}
	if !baseOK {
		h.need = need
		return h
	}
	switch unit {
	case unitDay:
		return s.dayHit(h, base+civil(n))
	case unitWeek:
		mon := base.monday() + civil(7*n)
		h.value = fmtDays(mon, mon+6)
	case unitWeekend:
		// n < 0: the most recent Saturday-Sunday before base; n > 0: the
		// next one after it; n == 0: the one base falls in, else the next.
		wd := int(base.weekday())
		var sat civil
		switch {
		case n < 0:
			back := (wd - int(time.Saturday) + 7) % 7
			if back == 0 {
				back = 7
			}
			sat = base - civil(back)
		case n == 0 && wd == int(time.Sunday):
			sat = base - 1
		case n == 0 && wd == int(time.Saturday):
			sat = base
		default:
			fwd := (int(time.Saturday) - wd + 7) % 7
			if fwd == 0 {
				fwd = 7
			}
			sat = base + civil(fwd)
		}
		h.value = fmtDays(sat, sat+1)
	case unitMonth:
		y, m, _ := base.ymd()
		y, m = fromMonthIndex(monthIndex(y, m) + n)
		h.value = fmtMonth(y, m)
	default:
		y, _, _ := base.ymd()
		h.value = fmtYear(y + n)
	}
	return h
}

// fromRef resolves n units from the reference, as far as its precision allows.
func (s *scan) fromRef(start, end, unit, n int) hit {
	ok := s.ref.prec >= precDay ||
		s.ref.prec == precMonth && (unit == unitMonth || unit == unitYear) ||
		s.ref.prec == precYear && unit == unitYear
	return s.relative(start, end, unit, n, s.ref.day, ok)
}

// fromAnchor resolves n units from the last day the text named, or from
// the reference day when the text has named none.
func (s *scan) fromAnchor(start, end, unit, n int) hit {
	base, ok := s.anchorDay()
	return s.relative(start, end, unit, n, base, ok)
}

func (s *scan) anchorDay() (civil, bool) {
	if s.hasLast {
		return s.last, true
	}
	return s.ref.day, s.ref.prec == precDay
}

// future reports whether the sentence of token i speaks of the future
// ("will", "would", "shall", "'ll", "is expected to") before i, or, when i
// opens its sentence ("In May the line will move"), after it. A past-tense
// verb nearer to i than the future marker wins: in "it will stay down, the
// company said on Monday", Monday is past.
func (s *scan) future(i int) bool {
	j := i - 1
	for ; j >= 0 && j >= i-40; j-- {
		if s.sentenceEnd(j) {
			break
		}
		if s.futureWord(j) {
			return true
		}
		if s.kw(j, kwSaid) {
			return false
		}
	}
	if i-j > 3 {
		return false
	}
	for j = i + 1; j < len(s.toks) && j <= i+40 && !s.sentenceEnd(j-1); j++ {
		if s.futureWord(j) {
			return true
		}
		if s.kw(j, kwSaid) {
			return false
		}
	}
	return false
}

// sentenceEnd reports whether a sentence ends at token j: a full stop,
// question or exclamation mark, or a paragraph break after j.
func (s *scan) sentenceEnd(j int) bool {
	t := &s.toks[j]
	return t.kind == kPunct && (t.r == '.' || t.r == '!' || t.r == '?') || j+1 < len(s.toks) && s.toks[j+1].gap == gapPara
}

// futureWord reports whether token j is a word that marks the future.
func (s *scan) futureWord(j int) bool {
	t := &s.toks[j]
	if t.kind != kWord {
		return false
	}
	if t.e.cls == clsKeyword && t.e.val == kwFuture {
		return true
	}
	w := s.text[t.bs:t.be]
	return len(w) > 3 && (strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "\u2019ll"))
}

// textStyle returns the order of the first written date in the text with
// both a day and a month name: 2 for "March 14", else 1 ("14 March", and the
// default).
func (s *scan) textStyle() int8 {
	if s.style != 0 {
		return s.style
	}
	limit := s.limit
	s.limit = len(s.toks)
	defer func() { s.limit = limit }()
	for j := range s.toks {
		if _, _, _, ok := s.monthName(j); !ok {
			continue
		}
		if _, ok := s.dayNum(j+1, true); ok {
			s.style = 2
			return 2
		}
		if _, ok := s.dayNum(j-1, true); ok {
			s.style = 1
			return 1
		}
	}
	s.style = 1
	return 1
}
