package dates

import "github.com/clipper-news/clipper/model"

// matchAgo reads "two days ago", "three weeks earlier", "a year later",
// "10 days before." at i, where token i is a count. "ago" counts from the
// reference; "earlier", "later", and "before" or "after" ending a clause
// count from the last day the text named.
func (s *scan) matchAgo(i int) (hit, bool) {
	t := &s.toks[i]
	var n int
	switch {
	case t.kind == kWord && t.e.cls == clsNumber:
		n = int(t.e.val)
	case t.kind == kNumber && !t.ord && t.digits <= 3 && !s.touchesBefore(i):
		v, ok := s.number(i, 3)
		if !ok {
			return hit{}, false
		}
		n = v
	default:
		return hit{}, false
	}
	unit, ok := s.unitOf(i+1, n == 1)
	if !ok || unit == unitWeekend {
		return hit{}, false
	}
	j := i + 2
	switch {
	case s.kw(j, kwAgo):
		return s.fromRef(i, j+1, unit, -n), true
	case s.kw(j, kwEarlier):
		return s.fromAnchor(i, j+1, unit, -n), true
	case s.kw(j, kwLater):
		return s.fromAnchor(i, j+1, unit, n), true
	case s.kw(j, kwBefore) && s.clauseEnds(j+1):
		return s.fromAnchor(i, j+1, unit, -n), true
	case s.kw(j, kwAfter) && s.clauseEnds(j+1):
		return s.fromAnchor(i, j+1, unit, n), true
	}
	return hit{}, false
}

// clauseEnds reports whether token j ends a clause: the end of the text, a
// paragraph break or a punctuation mark other than a hyphen.
func (s *scan) clauseEnds(j int) bool {
	t := s.tok(j)
	return t == nil || t.gap == gapPara || t.kind == kPunct && !isDash(t.r)
}

// matchKeyword reads the relative expressions that start with a keyword at
// i: "yesterday", "at the weekend", "last week", "earlier this month", "the
// previous Friday", "mid-March".
func (s *scan) matchKeyword(i int) (hit, bool) {
	switch s.toks[i].e.val {
	case kwMid, kwEarly, kwLate, kwEnd, kwStart:
		// "mid-March", "end-2024", "late-2021".
		if h, ok := s.matchPrefixed(i); ok {
			return h, true
		}
	}
	switch s.toks[i].e.val {
	case kwYesterday:
		return s.fromRef(i, i+1, unitDay, -1), true
	case kwToday, kwTonight:
		return s.fromRef(i, i+1, unitDay, 0), true
	case kwTomorrow:
		return s.fromRef(i, i+1, unitDay, 1), true
	case kwThe:
		return s.matchThe(i)
	case kwAt, kwOver, kwDuring, kwOn:
		// "at the weekend": the fixed phrase keeps its preposition.
		j := i + 1
		if !s.kw(j, kwThe) {
			return hit{}, false
		}
		if s.kw(j+1, kwPast) {
			j++
		}
		if unit, ok := s.unitOf(j+1, true); ok && unit == unitWeekend {
			return s.fromRef(i, j+2, unitWeekend, -1), true
		}
	case kwLast:
		return s.matchThisLastNext(i, i+1, -1)
	case kwThis:
		return s.matchThisLastNext(i, i+1, 0)
	case kwNext:
		return s.matchThisLastNext(i, i+1, 1)
	case kwEarlier, kwLater, kwEarly, kwLate:
		// "earlier this month", "early this morning", "late last year",
		// "earlier today".
		switch {
		case s.kw(i+1, kwToday):
			return s.fromRef(i, i+2, unitDay, 0), true
		case s.kw(i+1, kwThis):
			return s.matchThisLastNext(i, i+2, 0)
		case s.kw(i+1, kwLast):
			return s.matchThisLastNext(i, i+2, -1)
		case s.kw(i+1, kwNext):
			return s.matchThisLastNext(i, i+2, 1)
		}
	}
	return hit{}, false
}

// matchPrefixed reads a month or a year joined by a hyphen to the word at i
// ("mid-March", "end-2024", "early-2021"); the text includes the prefix.
func (s *scan) matchPrefixed(i int) (hit, bool) {
	if !s.punct(i+1, '-') || s.toks[i+1].gap != gapNone || s.tok(i+2) == nil || s.toks[i+2].gap != gapNone {
		return hit{}, false
	}
	if _, _, _, ok := s.monthName(i + 2); ok {
		return s.matchMonth(i, i+2)
	}
	if y, ok := s.number(i+2, 4); ok && s.toks[i+2].digits == 4 && y >= 1900 && y <= 2099 {
		return hit{start: i, end: i + 3, prec: model.PrecisionYear, value: fmtYear(y)}, true
	}
	return hit{}, false
}

// matchThisLastNext reads what follows "this", "last" or "next" (dir 0, -1,
// +1) at j: a unit ("last week", "this weekend"), a part of the day ("last
// night", "this morning"), a weekday ("last Friday") or a month ("next
// March"). The text starts at start.
func (s *scan) matchThisLastNext(start, j, dir int) (hit, bool) {
	if dir == 0 && s.kw(j, kwPast) {
		// "this past weekend", "this past week": the one just gone.
		if unit, ok := s.unitOf(j+1, true); ok && (unit == unitWeekend || unit == unitWeek) {
			return s.fromRef(start, j+2, unit, -1), true
		}
		return hit{}, false
	}
	if unit, ok := s.unitOf(j, true); ok && unit != unitDay {
		if unit == unitWeekend && dir == 0 {
			if s.future(start) {
				return s.fromRef(start, j+1, unitWeekend, 0), true
			}
			return s.fromRef(start, j+1, unitWeekend, -1), true
		}
		return s.fromRef(start, j+1, unit, dir), true
	}
	t := s.tok(j)
	if t == nil || t.kind != kWord {
		return hit{}, false
	}
	switch t.e.cls {
	case clsKeyword:
		switch t.e.val {
		case kwNight:
			if dir < 0 {
				return s.fromRef(start, j+1, unitDay, -1), true
			}
			if dir == 0 {
				return s.fromRef(start, j+1, unitDay, 0), true
			}
		case kwMorning, kwAfternoon, kwEvening:
			if dir == 0 {
				return s.fromRef(start, j+1, unitDay, 0), true
			}
		}
	case clsWeekday:
		w, end, abbr, ok := s.weekdayName(j)
		if !ok || abbr {
			return hit{}, false
		}
		if s.ref.prec < precDay {
			return hit{start: start, end: end, prec: model.PrecisionDay, need: precDay}, true
		}
		switch dir {
		case -1:
			return s.weekdayFrom(start, end, w, s.ref.day, -1, false), true
		case 1:
			return s.weekdayFrom(start, end, w, s.ref.day, +1, false), true
		}
		// "this Friday": the Friday of the reference's Monday-Sunday week.
		return s.weekdayFrom(start, end, w, s.ref.day.monday(), +1, true), true
	case clsMonth:
		m, end, abbr, ok := s.monthName(j)
		if !ok || abbr {
			return hit{}, false
		}
		h := hit{start: start, end: end, prec: model.PrecisionMonth}
		if s.ref.prec < precMonth {
			h.need = precMonth
			return h, true
		}
		y := s.ref.y
		switch {
		case dir < 0 && m >= s.ref.m:
			y--
		case dir > 0 && m <= s.ref.m:
			y++
		}
		h.value = fmtMonth(y, m)
		return h, true
	}
	return hit{}, false
}

// matchThe reads relative expressions that start with "the": "the day
// before yesterday", "the previous day", "the following Monday", "the
// previous week", "the same day", "the day after".
func (s *scan) matchThe(i int) (hit, bool) {
	j := i + 1
	switch {
	case s.kw(j, kwDay) && s.kw(j+1, kwBefore) && s.kw(j+2, kwYesterday):
		return s.fromRef(i, j+3, unitDay, -2), true
	case s.kw(j, kwDay) && s.kw(j+1, kwAfter) && s.kw(j+2, kwTomorrow):
		return s.fromRef(i, j+3, unitDay, 2), true
	case s.kw(j, kwDay) && s.kw(j+1, kwBefore) && s.clauseEnds(j+2):
		return s.fromAnchor(i, j+2, unitDay, -1), true
	case s.kw(j, kwDay) && s.kw(j+1, kwAfter) && s.clauseEnds(j+2):
		return s.fromAnchor(i, j+2, unitDay, 1), true
	case s.kw(j, kwSame):
		if unit, ok := s.unitOf(j+1, true); ok && unit == unitDay {
			return s.fromAnchor(i, j+2, unitDay, 0), true
		}
		return hit{}, false
	}
	dir := 0
	switch {
	case s.kw(j, kwPrevious):
		dir = -1
	case s.kw(j, kwFollowing), s.kw(j, kwNext):
		dir = 1
	default:
		return hit{}, false
	}
	if unit, ok := s.unitOf(j+1, true); ok && unit != unitWeekend {
		return s.fromAnchor(i, j+2, unit, dir), true
	}
	if w, end, abbr, ok := s.weekdayName(j + 1); ok && !abbr {
		base, ok := s.anchorDay()
		if !ok {
			return hit{start: i, end: end, prec: model.PrecisionDay, need: precDay}, true
		}
		return s.weekdayFrom(i, end, w, base, dir, false), true
	}
	return hit{}, false
}
