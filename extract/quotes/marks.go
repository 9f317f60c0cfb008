package quotes

import (
	"unicode"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/model"
)

// Double quotation marks. Single quotes are not pairs at the top level:
// inside a quote they are part of the words (a nested quote, an apostrophe
// in "helpdesk's" or "clients'").
const (
	straight  = '"'
	leftCurly = '\u201c' // “
	rightCurl = '\u201d' // ”
	lowOpen   = '\u201e' // „
	revOpen   = '\u201f' // ‟
	guilOpen  = '\u00ab' // «
	guilClose = '\u00bb' // »
)

func isDoubleMark(r rune) bool {
	switch r {
	case straight, leftCurly, rightCurl, lowOpen, revOpen, guilOpen, guilClose:
		return true
	}
	return false
}

// rawQuote is a passage between double quotation marks, before it is
// classified and attributed.
type rawQuote struct {
	// open is the position of the opening mark; close of the closing mark,
	// or of the paragraph end when the quote is never closed.
	open, close int
	// segs are the quoted words in each paragraph the quote runs over,
	// trimmed of surrounding space.
	segs []model.Span
	// para is the index of the paragraph holding the opening mark.
	para int
	// atParaStart is true when the opening mark begins its paragraph.
	atParaStart bool
	// closedAtEnd is true when the closing mark ends its paragraph.
	closedAtEnd bool
}

// openerLike reports whether the mark at i is placed like an opening mark:
// after a space, an opening bracket or the paragraph start, before a
// non-space.
func openerLike(rs []rune, i int, p model.Span) bool {
	if i+1 >= p.End || unicode.IsSpace(rs[i+1]) {
		return false
	}
	if i == p.Start {
		return true
	}
	switch c := rs[i-1]; {
	case unicode.IsSpace(c):
		return true
	case c == '(' || c == '[' || c == '{' || c == '\u2014' || c == '\u2013' || c == '/' || c == ':' || isDoubleMark(c) || c == '\'' || c == '\u2018':
		return true
	}
	return false
}

// closerLike reports whether the mark at i is placed like a closing mark:
// after a non-space, before a space, punctuation or the paragraph end.
func closerLike(rs []rune, i int, p model.Span) bool {
	if i == p.Start || unicode.IsSpace(rs[i-1]) {
		return false
	}
	if i+1 >= p.End {
		return true
	}
	c := rs[i+1]
	return unicode.IsSpace(c) || unicode.IsPunct(c) || unicode.IsSymbol(c)
}

// scanner pairs quotation marks paragraph by paragraph.
type scanner struct {
	rs    []rune
	out   []rawQuote
	open  bool
	cur   rawQuote
	opner rune
	seg   int // start of the current segment; -1 once it is recorded
	// lastWord caches, for the paragraph lastPara, the index of its last rune that is
	// neither space nor punctuation (lastPara.Start-1 when there is none).
	lastPara model.Span
	lastWord int
	lastSet  bool
}

// lastWordIn returns the index of the last rune of p that is neither space nor
// punctuation, or p.Start-1; it is computed once per paragraph.
func (s *scanner) lastWordIn(p model.Span) int {
	if !s.lastSet || s.lastPara != p {
		k := p.End - 1
		for k >= p.Start && (unicode.IsSpace(s.rs[k]) || unicode.IsPunct(s.rs[k])) {
			k--
		}
		s.lastPara, s.lastWord, s.lastSet = p, k, true
	}
	return s.lastWord
}

func (s *scanner) begin(i, para int, p model.Span, r rune) {
	s.open = true
	s.opner = r
	s.cur = rawQuote{open: i, para: para, atParaStart: i == p.Start}
	s.seg = i + 1
}

func (s *scanner) end(i int, p model.Span) {
	if s.seg >= 0 {
		s.addSeg(s.seg, i)
	}
	s.cur.close = i
	// only punctuation and space after the mark (the period after a closing mark)
	s.cur.closedAtEnd = i+1 >= p.End || s.lastWordIn(p) < i+1
	if len(s.cur.segs) > 0 {
		s.out = append(s.out, s.cur)
	}
	s.open = false
	s.cur = rawQuote{}
}

// addSeg records the quoted words rs[a:b], trimmed of space.
func (s *scanner) addSeg(a, b int) {
	for a < b && unicode.IsSpace(s.rs[a]) {
		a++
	}
	for b > a && unicode.IsSpace(s.rs[b-1]) {
		b--
	}
	if a < b {
		s.cur.segs = append(s.cur.segs, model.Span{Start: a, End: b})
	}
}

// continues reports whether an open quote runs on into paragraph p: p opens
// with a quotation mark (the convention for a quote over several
// paragraphs), or p closes a quote before it opens one. It returns where
// the quoted words resume.
func (s *scanner) continues(p model.Span) (int, bool) {
	rs := s.rs
	j := p.Start
	for j < p.End && unicode.IsSpace(rs[j]) {
		j++
	}
	if j >= p.End {
		return 0, false
	}
	switch rs[j] {
	case leftCurly, lowOpen, revOpen, guilOpen, straight:
		return j + 1, true
	}
	for i := j; i < p.End; i++ {
		if !isDoubleMark(rs[i]) {
			continue
		}
		switch rs[i] {
		case rightCurl, guilClose:
			return j, true
		case straight:
			if closerLike(rs, i, p) && !openerLike(rs, i, p) {
				return j, true
			}
		}
		return 0, false
	}
	return 0, false
}

// scanQuotes finds every passage between double quotation marks outside
// the headline.
func scanQuotes(doc *annotate.Doc) []rawQuote {
	s := scanner{rs: doc.Runes}
	rs := doc.Runes
	prevEnd := model.Span{}
	for pi, p := range doc.Paragraphs {
		if p.Start < 0 || p.End > len(rs) || p.Start >= p.End {
			continue
		}
		i := p.Start
		if s.open {
			if at, ok := s.continues(p.Span); ok && p.Part != annotate.PartHeadline {
				s.seg = at
				i = at
			} else {
				s.end(prevEnd.End, prevEnd)
			}
		}
		if p.Part == annotate.PartHeadline {
			prevEnd = p.Span
			continue
		}
		if !s.open && s.singlesOuter(p.Span) {
			s.scanSingles(pi, p.Span)
			prevEnd = p.Span
			continue
		}
		for ; i < p.End; i++ {
			r := rs[i]
			if !isDoubleMark(r) {
				continue
			}
			switch r {
			case leftCurly, lowOpen, revOpen, guilOpen:
				switch {
				case !s.open:
					s.begin(i, pi, p.Span, r)
				case s.opner == lowOpen && r == leftCurly:
					s.end(i, p.Span)
				case r == leftCurly && closerLike(rs, i, p.Span) && !openerLike(rs, i, p.Span):
					s.end(i, p.Span) // a mis-typed closing mark
				default:
					s.begin(i, pi, p.Span, r) // the earlier mark was never closed
				}
			case rightCurl, guilClose:
				switch {
				case s.open:
					s.end(i, p.Span)
				case openerLike(rs, i, p.Span) && !closerLike(rs, i, p.Span):
					s.begin(i, pi, p.Span, r) // a mis-typed opening mark
				}
			case straight:
				switch {
				case s.open:
					s.end(i, p.Span)
				case openerLike(rs, i, p.Span):
					s.begin(i, pi, p.Span, r)
				}
			}
		}
		if s.open {
			s.addSeg(s.seg, p.End)
			s.seg = -1
		}
		prevEnd = p.Span
	}
	if s.open {
		s.cur.close = prevEnd.End
		s.cur.closedAtEnd = true
		if len(s.cur.segs) > 0 {
			s.out = append(s.out, s.cur)
		}
	}
	return s.out
}

// singlesOuter reports whether paragraph p quotes with single marks: it
// has no double mark, or every double mark stands inside a single-quoted
// passage (‘He said “no”’, as stories quoting with single marks nest).
func (s *scanner) singlesOuter(p model.Span) bool {
	rs := s.rs
	inside := -1 // end of the current single-quoted passage
	for i := p.Start; i < p.End; i++ {
		if i > inside && isSingleOpen(rs, i, p) {
			if j := s.singleClose(i, p); j > i {
				inside = j
				continue
			}
		}
		if isDoubleMark(rs[i]) && i > inside {
			return false
		}
	}
	return true
}

// scanSingles pairs single quotation marks (‘…’ or '…') in a paragraph
// with no double ones, as stories that quote with single marks set them.
// An opening mark comes before a letter; a closing mark is not followed
// by a letter, which leaves apostrophes inside words alone.
func (s *scanner) scanSingles(pi int, p model.Span) {
	rs := s.rs
	for i := p.Start; i < p.End; i++ {
		if !isSingleOpen(rs, i, p) {
			continue
		}
		j := s.singleClose(i, p)
		if j < 0 {
			continue
		}
		s.begin(i, pi, p, rs[i])
		s.end(j, p)
		i = j
	}
}

// isSingleOpen reports whether rs[i] opens a single-quoted passage. It is
// asked of every code point of a paragraph, so the test of the mark itself
// is kept small enough to be inlined.
func isSingleOpen(rs []rune, i int, p model.Span) bool {
	c := rs[i]
	return (c == '\u2018' || c == '\'') && singleOpens(rs, i, p)
}

// singleOpens reports whether the single mark at i opens a passage.
func singleOpens(rs []rune, i int, p model.Span) bool {
	return openerLike(rs, i, p) && i+1 < p.End && unicode.IsLetter(rs[i+1])
}

// singleClose returns the closing mark for the single quote opened at i:
// the first one next to punctuation ("…,’ she said", "‘low’."), else the
// last one before the next opening mark ("‘Our clients’ ships are safe’"),
// or -1.
func (s *scanner) singleClose(i int, p model.Span) int {
	rs := s.rs
	last := -1
	for j := i + 1; j < p.End; j++ {
		if isSingleOpen(rs, j, p) && last >= 0 {
			break
		}
		if (rs[j] != '\u2019' && rs[j] != '\'') || !closerLike(rs, j, p) {
			continue
		}
		if unicode.IsPunct(rs[j-1]) || j+1 >= p.End || (unicode.IsPunct(rs[j+1]) && rs[j+1] != '-') {
			return j
		}
		last = j
	}
	return last
}
