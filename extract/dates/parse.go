package dates

import (
	"strings"

	"github.com/clipper-news/clipper/model"
)

// ParseDate returns the first absolute date in s, in any of the forms
// publication dates are printed in: ISO 8601 dates and timestamps
// ("2024-05-21T08:15:00+01:00"), day-month-year and month-day-year with the
// month's name in English, Italian, French, Spanish, German, Portuguese or
// Dutch, in any case ("14 November 2023", "June 15, 2022 11:42 AM",
// "14 de noviembre de 2023", "1er avril 2022", "14. März 2023"), numeric
// dates ("30/09/2020", day first unless the day comes second and is over
// 12), and a month with its year, as on an issue line ("Numero OTTOBRE
// 2020", "ENERO de 2025"). A string that is only a year ("2019") gives that
// year. Text is the date as printed in s; the time of a timestamp is kept in
// Text and dropped from Value. ok is false when s holds no such date.
//
// ParseDate reads the word tables built once per process; it is safe for
// concurrent use.
func ParseDate(s string) (model.DateValue, bool) {
	return New().ParseDate(s)
}

// ParseDate is the package function [ParseDate], using f's tables.
func (f *Finder) ParseDate(s string) (model.DateValue, bool) {
	sc := scan{lx: f.lx, text: s, anyCase: true}
	sc.toks = tokenize(make([]token, 0, 16), s, f.lx, true)
	sc.limit = len(sc.toks)
	for i := range sc.toks {
		if h, ok := sc.parseAt(i); ok && h.value != "" {
			return model.DateValue{Text: sc.span(h.start, h.end), Value: h.value, Precision: h.prec}, true
		}
	}
	if t := strings.TrimSpace(s); len(sc.toks) == 1 && len(t) == 4 {
		if y, ok := sc.yearNum(0); ok {
			return model.DateValue{Text: t, Value: fmtYear(y), Precision: model.PrecisionYear}, true
		}
	}
	return model.DateValue{}, false
}

// parseAt tries the absolute forms ParseDate reads at token i.
func (s *scan) parseAt(i int) (hit, bool) {
	if s.toks[i].kind == kNumber {
		if h, ok := s.matchNumeric(i); ok {
			return h, true
		}
		// 14 November 2023, 14. November 2023, 14 de noviembre de 2023, 1er avril 2022.
		j, ok := s.parseDay(i)
		if !ok {
			return hit{}, false
		}
		if s.kw(j, kwDe) || s.kw(j, kwOf) {
			j++
		}
		m, end, _, ok := s.monthName(j)
		if !ok {
			return hit{}, false
		}
		if s.kw(end, kwDe) {
			end++
		}
		y, end := s.optYear(end)
		if y == 0 {
			return hit{}, false
		}
		return s.fullDate(i, end, y, m, int(s.toks[i].num), -1), true
	}
	m, j, _, ok := s.monthName(i)
	if !ok {
		return hit{}, false
	}
	// June 15, 2022
	if d, ok := s.dayNum(j, true); ok {
		if y, end := s.optYear(j + 1); y != 0 {
			return s.fullDate(i, end, y, m, d, -1), true
		}
	}
	// OTTOBRE 2020, enero de 2025
	if s.kw(j, kwDe) || s.kw(j, kwOf) {
		j++
	}
	if y, end := s.optYear(j); y != 0 {
		return hit{start: i, end: end, prec: model.PrecisionMonth, value: fmtMonth(y, m)}, true
	}
	return hit{}, false
}

// parseDay reads a day number at i with the marks other languages print
// after it ("14.", "1er", "1º") and returns the index after them.
func (s *scan) parseDay(i int) (int, bool) {
	t := &s.toks[i]
	if t.kind != kNumber || t.digits > 2 || t.num < 1 || t.num > 31 || s.touchesBefore(i) {
		return 0, false
	}
	j := i + 1
	if t.glued {
		n := s.tok(j)
		if n == nil || n.kind != kWord {
			return 0, false
		}
		switch strings.ToLower(s.word(j)) {
		case "er", "re", "º", "ª", "o":
			j++
		default:
			return 0, false
		}
	} else if s.joinsDigit(j) {
		return 0, false
	}
	if s.punct(j, '.') || s.punct(j, '°') || s.punct(j, 'º') {
		if s.toks[j].gap == gapNone {
			j++
		}
	}
	return j, true
}
