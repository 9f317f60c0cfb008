package layout

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/model"
)

// line is one input line without its "\n".
type line struct {
	text   string
	start  int  // code-point offset in the input
	bstart int  // byte offset in the input
	fk     Kind // footerKind of text
	n      int  // length in code points
	group  int  // index of the run of non-blank lines it belongs to
}

var (
	timeRE    = regexp.MustCompile(`(?i)^\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?(\s*(GMT|UTC|CET|CEST|BST|EST|EDT|PST|PDT|[A-Z]{2,4})?\s*([+-]\d{1,2}(:?\d{2})?)?)?$`)
	issueRE   = regexp.MustCompile(`(?i)^(?:[0-9ivxlc]+\.?\s+)?(anno|année|annee|año|ano|jahrgang|jaargang|vol\.?|volume|volumen|issue|n°|nº|no\.|nr\.?|numero|número|num\.|ausgabe|heft|edição|edicion|edición|edizione|édition|edition)(\s|\d|$)`)
	bylineRE  = regexp.MustCompile(`(?i)^(by|from|par|por|di|von|door|written by|posted|published|texto de|text von|source:|sources:|quelle:|fonte:|fuente:|bron:)\s+\S`)
	creditRE  = regexp.MustCompile(`(?i)^\(?(additional )?(reporting|writing|editing|compiled|translated)( and [a-z]+)? by\b[^.]*\)?\.?$`)
	creditBy  = regexp.MustCompile(`(?i)^\(?(?:additional )?(?:reporting|writing)(?: and [a-z]+)? by\s+([^;)]+)`)
	inCityRE  = regexp.MustCompile(`\s+in\s+\p{Lu}[\p{L} ]*$`)
	datelnRE  = regexp.MustCompile(`^(\p{Lu}[\p{Lu}\p{M} .'’-]+)(?:,\s*[\p{L} .]+)?,\s*([^()]{3,30}?)\s*(?:\(([^)]{2,40})\))?\s*[-–—]{1,2}\s`)
	pipeRE    = regexp.MustCompile(`\s*\|\s*`)
	clockRE   = regexp.MustCompile(`^\d{1,2}h\d{0,2}$`)
	editorRE  = regexp.MustCompile(`(?i)^(editor in chief|editor-in-chief|editor|publisher|directeur|directrice|director|directora|rédacteur|rédactrice|redactor|redactora|direttore|direttrice|chefredakteur|chefredakteurin|hoofdredacteur|diretor)\b[^:]{0,30}:`)
	addressRE = regexp.MustCompile(`^\s*[-–]\s+\S.*\d.*\s[-–]\s`)
	postalRE  = regexp.MustCompile(`\s[-–]\s.*\d{4,5}\s+\p{Lu}[\p{L}() .]+\s[-–]\s+\p{Lu}{3,}$`)
	countRE   = regexp.MustCompile(`(?i)^\d+\s+(comments?|responses?|replies|commenti|commentaires|comentarios|kommentare|reacties)$`)
	boilerRE  = regexp.MustCompile(`(?i)^(related|read more|see also|share this|follow us|subscribe)\b.{0,60}$`)
	pageRE    = regexp.MustCompile(`(?i)^((page|pagina|página|seite|pag\.?|p\.)\s*)?\d{1,4}(\s*(/|of|di|de|sur|von|van)\s*\d{1,4})?$`)
)

// contactWords introduce a phone or fax number when followed by a colon.
var contactWords = []string{"phone", "tel", "tél", "téléphone", "telefono", "teléfono", "telefon", "telefoon", "fax"}

// registryWords name company, tax and press registrations.
var registryWords = []string{"vat number", "vat no", "vat:", "p.iva", "p. iva", "partita iva", "cif:", "nif:", "siret", "siren", "issn", "isbn", "ust-idnr", "press reg", "reg. trib", "commission paritaire", "depósito legal", "deposito legale", "registered in", "company no", "handelsregister"}

// reservedWords mark copyright and reproduction notices.
var reservedWords = []string{"all rights reserved", "tous droits réservés", "reservados todos los derechos", "todos los derechos reservados", "tutti i diritti riservati", "alle rechte vorbehalten", "todos os direitos reservados", "alle rechten voorbehouden", "no part may be reproduced", "reproduction interdite", "©"}

// footerPrefixes open tag, topic and category lines.
var footerPrefixes = []string{"tags:", "tag:", "topics:", "topic:", "filed under:", "categories:", "media enquiries:", "media inquiries:", "media contact:", "press contact:", "press enquiries:", "contact presse :", "contact presse:", "you are receiving this", "you received this", "to unsubscribe", "unsubscribe"}

// maxFooterLine is the longest line (in bytes) that can be a footer line;
// longer lines are prose.
const maxFooterLine = 1000

// footerKind classifies a line as Copyright, Footer (contact, address,
// registration, credits, tags, comment counts) or Other. Cheap substring
// tests run before any regular expression.
func footerKind(s string) Kind {
	if len(s) > maxFooterLine {
		return Other
	}
	if isASCII(s) && !mayBeFooterASCII(s) {
		return Other // the same test without lower-casing a copy
	}
	l := strings.ToLower(s)
	if !mayBeFooter(l) {
		return Other
	}
	if strings.HasPrefix(l, "(c)") || strings.HasPrefix(l, "copyright") {
		return Copyright
	}
	if reservedIndex.in(l) {
		return Copyright
	}
	if strings.Contains(l, "unsubscribe") && len(l) < 300 {
		return Footer
	}
	if contactIndex.in(l) {
		for _, w := range contactWords {
			if i := wordIndex(l, w); i >= 0 {
				rest := strings.TrimLeft(l[i+len(w):], " .")
				if strings.HasPrefix(rest, ":") {
					return Footer
				}
			}
		}
	}
	if registryIndex.in(l) {
		for _, w := range registryWords {
			if wordIndex(l, w) >= 0 {
				return Footer
			}
		}
	}
	lc := strings.ReplaceAll(l, " :", ":")
	for _, w := range footerPrefixes {
		if strings.HasPrefix(l, w) || strings.HasPrefix(lc, w) {
			return Footer
		}
	}
	if l == "e-mail" || l == "email" || l == "e-mail:" || l == "email:" {
		return Footer
	}
	if (strings.HasPrefix(l, "(") || strings.Contains(l, " by ")) && creditRE.MatchString(s) {
		return Footer
	}
	if len(l) > 0 && l[0] >= '0' && l[0] <= '9' && countRE.MatchString(s) {
		return Footer
	}
	if strings.Contains(s, " - ") || strings.Contains(s, " – ") || strings.HasPrefix(s, "- ") || strings.HasPrefix(s, "– ") {
		if strings.ContainsAny(s, "0123456789") && (addressRE.MatchString(s) || postalRE.MatchString(s)) {
			return Footer
		}
	}
	if strings.Contains(l, ":") && editorRE.MatchString(s) {
		return Footer
	}
	if len(l) < 80 && boilerRE.MatchString(s) {
		return Footer
	}
	return Other
}

// footerStems are lower-case word starts found in footer lines that hold
// none of the marks mayBeFooter looks for first.
var footerStems = []string{"reporting", "writing by", "editing by", "tag", "topic", "filed under", "categor", "media", "contact", "reserv", "reproduc", "derechos", "diritti", "droits", "rechte", "direitos", "rechten", "unsubscribe", "receiving this", "received this", "registered in", "e-mail", "email", "related", "read more", "see also", "share", "follow us", "subscribe"}

// mayBeFooter is a cheap test on the lower-cased line l that lets most
// story lines skip the rest of footerKind: a footer line has a digit, a
// colon, ©, @, a parenthesis, a pipe or a dash between spaces, or one of
// footerStems.
func mayBeFooter(l string) bool {
	if strings.ContainsAny(l, "0123456789:@(|") || strings.Contains(l, "©") || strings.Contains(l, " - ") || strings.Contains(l, " – ") || strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "– ") {
		return true
	}
	return footerStemIndex.in(l)
}

// mayBeFooterASCII is mayBeFooter(strings.ToLower(s)) for an ASCII line s.
func mayBeFooterASCII(s string) bool {
	if strings.ContainsAny(s, "0123456789:@(|") || strings.Contains(s, " - ") || strings.HasPrefix(s, "- ") {
		return true
	}
	return footerStemIndex.inFold(s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// stemIndex finds any of a set of strings (of two bytes or more) in a line
// in one pass: a bit per pair of bytes that starts one of them lets most
// positions be skipped without a lookup.
type stemIndex struct {
	pairs [1 << 16 / 64]uint64
	stems map[uint16][]string
}

func newStemIndex(stems []string) *stemIndex {
	x := &stemIndex{stems: map[uint16][]string{}}
	for _, s := range stems {
		k := uint16(s[0])<<8 | uint16(s[1])
		x.pairs[k/64] |= 1 << (k % 64)
		x.stems[k] = append(x.stems[k], s)
	}
	return x
}

// in reports whether l contains one of the strings.
func (x *stemIndex) in(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		k := uint16(l[i])<<8 | uint16(l[i+1])
		if x.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, s := range x.stems[k] {
			if strings.HasPrefix(l[i:], s) {
				return true
			}
		}
	}
	return false
}

// inFold reports whether the ASCII line l contains one of the strings
// (which are lower case) in any case: in(strings.ToLower(l)) without the copy.
func (x *stemIndex) inFold(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		k := uint16(lowerASCII(l[i]))<<8 | uint16(lowerASCII(l[i+1]))
		if x.pairs[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, s := range x.stems[k] {
			if len(l)-i >= len(s) && strings.EqualFold(l[i:i+len(s)], s) {
				return true
			}
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// Indexes of the word lists footerKind looks for; they are not modified
// after they are built.
var (
	footerStemIndex = newStemIndex(footerStems)
	reservedIndex   = newStemIndex(reservedWords)
	contactIndex    = newStemIndex(contactWords)
	registryIndex   = newStemIndex(registryWords)
)

// wordIndex finds w in l where it does not continue a longer word on the
// left; -1 if absent.
func wordIndex(l, w string) int {
	off := 0
	for {
		i := strings.Index(l[off:], w)
		if i < 0 {
			return -1
		}
		i += off
		if i == 0 {
			return 0
		}
		r, _ := utf8.DecodeLastRuneInString(l[:i])
		if !unicode.IsLetter(r) {
			return i
		}
		off = i + len(w)
	}
}

// words returns the words of s: a letter or digit followed by letters,
// digits and the joiners ' ’ . & - (so "AT&T", "e-mail", "U.S."). A run of
// those characters is one word from its first letter or digit on.
func words(s string) []string {
	var out []string
	start := -1 // byte offset of the current word, -1 outside one
	for i, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if start < 0 {
				start = i
			}
		case isWordJoiner(r):
		default:
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// wordCount counts the words of s as [words] finds them, stopping once it
// passes max: the result is min(len(words(s)), max+1), without building the
// slice.
func wordCount(s string, max int) int {
	n := 0
	in := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsNumber(r):
			if !in {
				in = true
				if n++; n > max {
					return n
				}
			}
		case isWordJoiner(r):
		default:
			in = false
		}
	}
	return n
}

// isWordJoiner reports the characters that continue a word without starting one.
func isWordJoiner(r rune) bool {
	return r == '\'' || r == '’' || r == '.' || r == '&' || r == '-'
}

// isTimeLine reports a line that is only a time of day.
func isTimeLine(s string) bool { return len(s) <= 24 && timeRE.MatchString(s) }

// isIssueLine reports a journal's volume or issue line.
func isIssueLine(s string) bool {
	return len(s) <= 80 && issueRE.MatchString(s) && (findDate(s, true) != nil || strings.ContainsAny(s, "0123456789"))
}

// dateWords may surround a date in a date line.
var dateWords = map[string]bool{"published": true, "updated": true, "posted": true, "on": true, "at": true, "le": true, "il": true, "el": true, "am": true, "pm": true, "de": true, "del": true, "gmt": true, "utc": true, "cet": true, "cest": true, "bst": true, "est": true, "edt": true, "pst": true, "pdt": true, "last": true, "modified": true, "publié": true, "publicado": true, "pubblicato": true, "veröffentlicht": true, "gepubliceerd": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true, "saturday": true, "sunday": true,
	"à": true, "um": true, "uhr": true, "às": true, "alle": true, "ore": true, "om": true, "a": true, "las": true, "h": true, "mis": true, "aggiornato": true, "actualizado": true, "aktualisiert": true, "atualizado": true, "bijgewerkt": true, "mez": true, "mesz": true}

// isDateLine reports a line that gives only a date (and perhaps a time).
func isDateLine(s string) (*model.DateValue, bool) {
	if utf8.RuneCountInString(s) > 60 {
		return nil, false
	}
	d := findDate(s, false)
	if d == nil {
		return nil, false
	}
	rest := strings.Replace(s, d.Text, " ", 1)
	for _, t := range tokens(rest) {
		l := strings.ToLower(t.s)
		if dateWords[l] || strings.IndexFunc(l, unicode.IsLetter) < 0 || clockRE.MatchString(l) {
			continue
		}
		return nil, false
	}
	return d, true
}

// isTagline reports a descriptive masthead line ("Independent journal on
// economy and transport policy"): several words, mostly lower case, no full
// stop at the end.
func isTagline(s string) bool {
	if len(s) > 400 || utf8.RuneCountInString(s) > 100 {
		return false
	}
	ws := words(s)
	if len(ws) < 4 || strings.HasSuffix(s, ".") {
		return false
	}
	lower := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			lower++
		}
	}
	return lower*2 > len(ws)
}

// isNameLike reports a short line in capitals or title case without final
// punctuation: a publication, section or capitals headline.
func isNameLike(s string) bool {
	if len(s) > 400 || utf8.RuneCountInString(s) > 100 {
		return false
	}
	ws := words(s)
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	if strings.HasSuffix(s, ".") && !isCaps(s) || strings.HasSuffix(s, ",") || strings.HasSuffix(s, ":") {
		return false
	}
	if isCaps(s) {
		return true
	}
	if len(ws) > 6 || strings.Contains(s, ",") {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) && !smallWords[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

func isByline(s string) bool {
	return utf8.RuneCountInString(s) <= 120 && bylineRE.MatchString(s) && !strings.HasSuffix(s, ".")
}

// endsSentence reports a line that ends a sentence or a quotation.
func endsSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(s, " \t"))
	return strings.ContainsRune(`.!?:"”»'’)…`, r)
}

// opensParagraph reports a line that can start a paragraph.
func opensParagraph(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"“«‘'(—–-¿¡`, r)
}

// splitLines splits text into lines with code-point offsets and groups.
func splitLines(text string) []line {
	out := make([]line, 0, strings.Count(text, "\n")+1)
	pos, bpos, group, prevBlank := 0, 0, 0, true
	for {
		i := strings.IndexByte(text, '\n')
		var s string
		if i < 0 {
			s = text
		} else {
			s = text[:i]
		}
		n := utf8.RuneCountInString(s)
		trimmed := strings.TrimSpace(s)
		if trimmed == "" {
			// A form feed alone on a line is a PDF page break, which may fall
			// inside a paragraph: it does not separate groups.
			if !prevBlank && !strings.Contains(s, "\f") {
				group++
				prevBlank = true
			}
		} else {
			leadB := strings.Index(s, trimmed)
			lead := utf8.RuneCountInString(s[:leadB])
			out = append(out, line{text: trimmed, start: pos + lead, bstart: bpos + leadB, n: utf8.RuneCountInString(trimmed), group: group, fk: footerKind(trimmed)})
			prevBlank = false
		}
		if i < 0 {
			break
		}
		pos += n + 1
		bpos += i + 1
		text = text[i+1:]
	}
	return out
}

// textParser holds the state of one [Text] call.
type textParser struct {
	text  string
	lines []line
	width int  // typical full line width in code points
	blank bool // paragraphs are separated by blank lines
	res   *Result
	head  map[string]bool // lower-cased masthead lines, to spot repeats
	// headLens holds the byte lengths of head's keys: an ASCII line of
	// another length (lower-casing keeps it) cannot be a repeat.
	headLens map[int]bool
}

// Text finds the structure of a plain-text article (a PDF journal's text
// dump or a news page saved as text): masthead, issue line, section,
// headline, standfirst, byline, body paragraphs and footer. text is the
// decoded input ([ingest.Document.Text]); every block's RawStart is a
// code-point offset into it.
func Text(text string) *Result {
	p := &textParser{text: text, lines: splitLines(text), res: newResult(), head: map[string]bool{}, headLens: map[int]bool{}}
	p.width = typicalWidth(p.lines)
	p.blank = blankSeparated(p.lines)
	p.parse()
	p.finish()
	return p.res
}

// blankSeparated reports text whose paragraphs are separated by blank
// lines: three groups or more, none holding half the lines (a journal's dump
// is one long group, perhaps with a blank line before its footer).
func blankSeparated(lines []line) bool {
	if len(lines) == 0 || lines[len(lines)-1].group < 2 {
		return false
	}
	size := map[int]int{}
	for _, l := range lines {
		size[l.group]++
		if size[l.group]*2 >= len(lines) {
			return false
		}
	}
	return true
}

// typicalWidth is the 90th percentile of line lengths.
func typicalWidth(lines []line) int {
	if len(lines) == 0 {
		return 0
	}
	ns := make([]int, len(lines))
	for i, l := range lines {
		ns[i] = l.n
	}
	sort.Ints(ns)
	return ns[len(ns)*9/10]
}

// block makes a block from lines[i:j], which must be consecutive.
func (p *textParser) block(k Kind, i, j int) Block {
	first, last := p.lines[i], p.lines[j-1]
	startB := first.bstart
	endB := last.bstart + len(last.text)
	return Block{Kind: k, Text: p.text[startB:endB], RawStart: first.start}
}

func (p *textParser) add(k Kind, i, j int) {
	p.res.Blocks = append(p.res.Blocks, p.block(k, i, j))
}

func (p *textParser) parse() {
	lines := p.lines
	if len(lines) == 0 {
		return
	}
	end := p.footerStart()
	h := p.parseHead(end)
	h = p.parseStandfirstAndByline(h, end)
	p.parseBody(h, end)
	for i := end; i < len(lines); {
		k := lines[i].fk
		if k == Other {
			k = Footer
		}
		j := i + 1
		for j < len(lines) && lines[j].group == lines[i].group && lines[j].fk == Other {
			j++
		}
		p.add(k, i, j)
		i = j
	}
}

// footerStart finds where the trailing footer begins: a run of footer lines
// at the end (contact, registration, credits, copyright, tags).
func (p *textParser) footerStart() int {
	end := len(p.lines)
	for end > 0 {
		s := p.lines[end-1].text
		if p.lines[end-1].fk != Other {
			end--
			continue
		}
		// A line between two footer lines in the same group (an address
		// continuation) is footer too.
		if end < len(p.lines) && end >= 2 && p.lines[end-2].group == p.lines[end-1].group &&
			p.lines[end].group == p.lines[end-1].group && p.lines[end-2].fk != Other && !endsSentence(s) {
			end--
			continue
		}
		break
	}
	return end
}

// parseHead classifies the lines before the story and returns the index of
// the first line after the headline.
func (p *textParser) parseHead(end int) int {
	lines := p.lines
	type cand struct {
		i    int
		kind Kind
	}
	var head []cand
	blockForm := false
	for i := 1; i < len(lines) && i < 12; i++ {
		if lines[i].group != lines[i-1].group {
			blockForm = true
			break
		}
	}
	i := 0
	sawName := false
	for ; i < end && i < 40; i++ {
		s := lines[i].text
		switch {
		case isTimeLine(s):
			head = append(head, cand{i, Timestamp})
			continue
		case isIssueLine(s):
			head = append(head, cand{i, IssueLine})
			continue
		case isByline(s):
		default:
			if _, ok := isDateLine(s); ok || isMetaLine(s) {
				head = append(head, cand{i, Timestamp})
				continue
			}
			if !blockForm && !sawName && i < 3 && p.mastheadFollows(i) && isJournalTagline(s) {
				head = append(head, cand{i, Masthead})
				continue
			}
			if isNameLike(s) {
				head = append(head, cand{i, Headline})
				sawName = true
				continue
			}
			inFirstGroup := lines[i].group == lines[0].group
			if isTagline(s) && ((blockForm && inFirstGroup && groupSize(lines, i) > 1) || (!blockForm && !sawName)) {
				head = append(head, cand{i, Masthead})
				continue
			}
		}
		break
	}
	// In block form, a sentence-case headline opens its own group right
	// after the masthead lines, alone or followed by the byline.
	headlineSeen := false // a headline-sized name line standing in its own group
	for _, c := range head {
		if c.kind == Headline && lines[c.i].group != lines[0].group && wordCount(lines[c.i].text, 4) >= 4 {
			headlineSeen = true
		}
	}
	if blockForm && !headlineSeen && i < end && !isByline(lines[i].text) && !endsSentence(lines[i].text) && wordCount(lines[i].text, 30) <= 30 &&
		(i == 0 || lines[i-1].group != lines[i].group) &&
		(i+1 >= end || lines[i+1].group != lines[i].group || isByline(lines[i+1].text) || isDateOnly(lines[i+1].text)) {
		head = append(head, cand{i, Headline})
		i++
	}
	// Name-like candidates: the last run is the headline (its first line is
	// the section when a run of two or more follows the publication).
	var names []int
	issueAt := -1
	for _, c := range head {
		if c.kind == Headline {
			names = append(names, c.i)
		}
		if c.kind == IssueLine && issueAt < 0 {
			issueAt = c.i
		}
	}
	kinds := map[int]Kind{}
	for _, c := range head {
		kinds[c.i] = c.kind
	}
	if len(names) > 0 {
		var before, headIdx []int
		switch {
		case blockForm:
			// The headline is the last name-like line (its own group).
			before, headIdx = names[:len(names)-1], names[len(names)-1:]
		case issueAt >= 0:
			// Journal: names above the issue line are mastheads; below it
			// come the section (when two or more lines follow) and the
			// headline.
			var post []int
			for _, k := range names {
				if k < issueAt {
					before = append(before, k)
				} else {
					post = append(post, k)
				}
			}
			switch {
			case len(post) == 0:
				before, headIdx = before[:len(before)-1], before[len(before)-1:]
			case len(post) >= 2 && wordCount(lines[post[0]].text, 5) <= 5:
				p.res.Section = titleCase(lines[post[0]].text)
				kinds[post[0]] = Section
				headIdx = post[1:]
			default:
				headIdx = post
			}
		default:
			// Journal without an issue line: PUBLICATION / [SECTION /] HEADLINE.
			switch {
			case len(names) >= 3 && wordCount(lines[names[1]].text, 4) <= 4:
				before, headIdx = names[:2], names[2:]
			case len(names) >= 2:
				before, headIdx = names[:1], names[1:]
			default:
				headIdx = names
			}
		}
		for _, k := range headIdx {
			kinds[k] = Headline
		}
		// Before the headline: the first name is the publication; in block
		// form and without an issue line the next one is the section.
		for n, k := range before {
			switch {
			case n == 0:
				kinds[k] = Masthead
				p.res.Publication = titleCase(lines[k].text)
				if len(before) == 1 && p.res.Section == "" && (issueAt < 0 || len(headIdx) == 1) {
					// "LOWLANDS CARGO WIRE - LEGAL": publication and section.
					if parts := dashSpaceRE.Split(lines[k].text, 2); len(parts) == 2 && isNameLike(parts[0]) && isNameLike(parts[1]) && !hasSectionLine(kinds) {
						p.res.Publication = titleCase(parts[0])
						p.res.Section = titleCase(parts[1])
					}
				}
			case n == 1 && p.res.Section == "" && issueAt < 0:
				kinds[k] = Section
				p.res.Section = titleCase(lines[k].text)
			default:
				kinds[k] = Masthead
			}
		}
	}
	// Emit head blocks in order; the headline lines form one block.
	next := 0
	for k := 0; k < len(head); {
		c := head[k]
		kind := kinds[c.i]
		if kind == Headline {
			j := k
			for j+1 < len(head) && kinds[head[j+1].i] == Headline && head[j+1].i == head[j].i+1 {
				j++
			}
			p.add(Headline, c.i, head[j].i+1)
			p.res.Headline = joinLines(p.block(Headline, c.i, head[j].i+1).Text)
			next = head[j].i + 1
			k = j + 1
			continue
		}
		p.add(kind, c.i, c.i+1)
		key := strings.ToLower(lines[c.i].text)
		p.head[key] = true
		p.headLens[len(key)] = true
		switch kind {
		case IssueLine:
			if d := findDate(lines[c.i].text, true); d != nil {
				p.setPublished(d, "issue line")
			}
		case Timestamp:
			p.metaLine(lines[c.i].text)
		}
		next = c.i + 1
		k++
	}
	return next
}

// isMetaLine reports a line of fields separated by "|" of which one is a
// date ("9 October 2024 | 16:48 CEST | Ports").
func isMetaLine(s string) bool {
	if !strings.Contains(s, "|") || utf8.RuneCountInString(s) > 120 {
		return false
	}
	for _, part := range pipeRE.Split(s, -1) {
		if isDateOnly(part) {
			return true
		}
	}
	return false
}

// metaLine takes the publication date, and a section, from a date line or
// a "|"-separated line of fields.
func (p *textParser) metaLine(s string) {
	for _, part := range pipeRE.Split(s, -1) {
		switch d, ok := isDateLine(part); {
		case ok:
			p.setPublished(d, "date line")
		case isTimeLine(part) || part == "":
		case p.res.Section == "" && isNameLike(part):
			p.res.Section = titleCase(part)
		}
	}
}

// isJournalTagline reports a descriptive line at the top of a journal page:
// not in capitals, three words or more, no full stop at the end (German
// capitalises nouns, so case alone does not tell it from a name).
func isJournalTagline(s string) bool {
	return !isCaps(s) && wordCount(s, 3) >= 3 && !strings.HasSuffix(s, ".") && utf8.RuneCountInString(s) <= 100
}

// mastheadFollows reports whether a capitals line or a time line follows
// line i within three lines.
func (p *textParser) mastheadFollows(i int) bool {
	for j := i + 1; j < len(p.lines) && j <= i+3; j++ {
		if isCaps(p.lines[j].text) || isTimeLine(p.lines[j].text) {
			return true
		}
	}
	return false
}

func hasSectionLine(kinds map[int]Kind) bool {
	for _, k := range kinds {
		if k == Section {
			return true
		}
	}
	return false
}

func groupSize(lines []line, i int) int {
	n := 0
	for _, l := range lines {
		if l.group == lines[i].group {
			n++
		}
	}
	return n
}

// joinLines joins hard-wrapped lines with spaces (for metadata fields).
func joinLines(s string) string { return strings.Join(strings.Fields(s), " ") }

// setPublished keeps the most precise publication date seen.
func (p *textParser) setPublished(d *model.DateValue, from string) {
	cur := p.res.Published
	if cur == nil {
		p.res.Published = d
		return
	}
	rank := map[string]int{model.PrecisionYear: 1, model.PrecisionMonth: 2, model.PrecisionDay: 3}
	better := rank[d.Precision] > rank[cur.Precision]
	if !strings.HasPrefix(d.Value, cur.Value) && !strings.HasPrefix(cur.Value, d.Value) {
		kept := cur.Text
		if better {
			kept = d.Text
		}
		p.res.Warnings = append(p.res.Warnings, fmt.Sprintf("published: %s %q disagrees with %q; kept %q", from, d.Text, cur.Text, kept))
	}
	if better {
		p.res.Published = d
	}
}

// paragraphs splits lines[i:j] into paragraphs: at blank lines, and inside
// hard-wrapped runs where a line ends a sentence well short of the typical
// width (or is very short) and the next line can open a paragraph.
func (p *textParser) paragraphs(i, j int) [][2]int {
	var out [][2]int
	start := i
	for k := i; k < j; k++ {
		if k+1 == j || p.lines[k+1].group != p.lines[k].group || p.breakAfter(start, k) {
			out = append(out, [2]int{start, k + 1})
			start = k + 1
		}
	}
	return out
}

// breakAfter reports a paragraph break between lines k and k+1 of a
// paragraph that started at line start. In text with blank lines between
// paragraphs, a hard-wrapped run breaks only after a short line. In text
// without them (a PDF journal's dump), every line that ends a sentence
// before a line that can open a paragraph ends the paragraph, unless a
// quotation is still open and the next line does not reopen it (a quote
// that runs over two paragraphs reopens with a quotation mark).
func (p *textParser) breakAfter(start, k int) bool {
	l, next := p.lines[k], p.lines[k+1]
	if strings.HasSuffix(l.text, "-") && !strings.HasSuffix(l.text, " -") {
		return false
	}
	if !opensParagraph(next.text) {
		return false
	}
	short := l.n*100 < p.width*85
	if endsSentence(l.text) && (short || !p.blank && !p.insideQuote(start, k, next.text)) {
		return true
	}
	return l.n*100 < p.width*55
}

// insideQuote reports whether lines[start:k+1] leave a quotation open that
// the next line does not reopen.
func (p *textParser) insideQuote(start, k int, next string) bool {
	straight, open, closed := 0, 0, 0
	for i := start; i <= k; i++ {
		s := p.lines[i].text
		straight += strings.Count(s, `"`)
		open += strings.Count(s, "“") + strings.Count(s, "«")
		closed += strings.Count(s, "”") + strings.Count(s, "»")
	}
	if straight%2 == 0 && open <= closed {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return !strings.ContainsRune(`"“«`, r)
}

// parseStandfirstAndByline classifies the standfirst, byline and date lines
// after the headline and returns the index of the first body line.
func (p *textParser) parseStandfirstAndByline(h, end int) int {
	lines := p.lines
	if h >= end {
		return h
	}
	if p.res.Headline == "" {
		return p.bylines(h, end)
	}
	// A byline (and date line) right after the headline.
	if q := p.bylines(h, end); q > h {
		return q
	}
	paras := p.paragraphs(h, end)
	if len(paras) == 0 {
		return h
	}
	first := paras[0]
	text := p.block(Standfirst, first[0], first[1]).Text
	r, _ := utf8.DecodeRuneInString(text)
	quoted := strings.ContainsRune(`"“«`, r) && strings.ContainsAny(lastRuneString(text), `"”»`)
	followedByByline := first[1] < end && (isByline(lines[first[1]].text) || isDateOnly(lines[first[1]].text))
	if len(paras) > 1 && (quoted || followedByByline || (!endsSentence(text) && wordCount(text, 5) >= 5)) {
		p.add(Standfirst, first[0], first[1])
		p.res.Standfirst = joinLines(text)
		return p.bylines(first[1], end)
	}
	return h
}

func isDateOnly(s string) bool { _, ok := isDateLine(s); return ok }

func lastRuneString(s string) string {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(s))
	return string(r)
}

// bylines classifies byline and date lines starting at i.
func (p *textParser) bylines(i, end int) int {
	for ; i < end; i++ {
		s := p.lines[i].text
		if _, ok := isDateLine(s); ok || isMetaLine(s) {
			p.add(Timestamp, i, i+1)
			p.metaLine(s)
			continue
		}
		if isTimeLine(s) {
			p.add(Timestamp, i, i+1)
			continue
		}
		if !isByline(s) {
			break
		}
		p.add(Byline, i, i+1)
		p.parseByline(s)
	}
	return i
}

var (
	byPrefixRE  = regexp.MustCompile(`(?i)^(written by|by|from|par|por|di|von|door|texto de|text von)\s+`)
	byInsideRE  = regexp.MustCompile(`(?i)\b(?:by|par|por|di|von|door)\s+(.+)$`)
	nameSplitRE = regexp.MustCompile(`\s*(?:,|;|\band\b|\bet\b|\by\b|\be\b|\bund\b|\ben\b|&)\s*`)
)

// parseByline fills authors, section and date from a byline such as
// "By Lena Marsh" or "Posted on 14 January 2026 by Tom Ashdown | Analysis".
func (p *textParser) parseByline(s string) {
	parts := pipeRE.Split(s, -1)
	main := parts[0]
	for _, extra := range parts[1:] {
		if isNameLike(extra) && findDate(extra, false) == nil && p.res.Section == "" {
			p.res.Section = titleCase(extra)
		}
	}
	if d := findDate(main, false); d != nil {
		p.setPublished(d, "byline")
	}
	var names string
	if m := byPrefixRE.FindStringIndex(main); m != nil {
		names = main[m[1]:]
	} else if m := byInsideRE.FindStringSubmatch(main); m != nil {
		names = m[1]
	}
	p.res.Authors = append(p.res.Authors, personNames(names)...)
}

// personNames splits "A and B, Reporter" into names that look like people:
// two to five capitalised words (particles allowed).
func personNames(s string) []string {
	var out []string
	if len(s) > 3 && strings.EqualFold(s[:3], "by ") {
		s = s[3:]
	}
	for _, part := range nameSplitRE.Split(s, -1) {
		part = strings.TrimSpace(part)
		if isPersonName(part) {
			out = append(out, part)
		}
	}
	return out
}

// jobWords mark a job title rather than a name ("Technology Editor").
var jobWords = map[string]bool{"editor": true, "reporter": true, "correspondent": true, "writer": true, "journalist": true, "columnist": true, "contributor": true, "analyst": true, "staff": true, "desk": true, "newsdesk": true, "chief": true, "head": true, "director": true, "producer": true, "senior": true, "deputy": true, "news": true, "team": true, "agency": true, "agencies": true, "redazione": true, "rédaction": true, "redacción": true, "redaktion": true, "redactie": true}

func isPersonName(s string) bool {
	ws := strings.Fields(s)
	for _, w := range ws {
		if jobWords[strings.ToLower(w)] {
			return false
		}
	}
	if len(ws) < 2 || len(ws) > 5 {
		return false
	}
	caps := 0
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
			if isCaps(w) && len(w) > 2 {
				return false
			}
		case smallWords[strings.ToLower(w)]:
		default:
			return false
		}
		if strings.IndexFunc(w, unicode.IsDigit) >= 0 {
			return false
		}
	}
	return caps >= 2
}

// parseBody classifies the lines between the head and the footer: body
// paragraphs, with page furniture (footers, repeated mastheads, page
// numbers) in between.
func (p *textParser) parseBody(i, end int) {
	lines := p.lines
	first := true
	interrupted := false
	lastBodyOpen := false
	for i < end {
		// Page furniture inside the body.
		if k := p.furniture(i); k != Other {
			p.add(k, i, i+1)
			i++
			interrupted = true
			continue
		}
		j := i + 1
		for j < end && lines[j].group == lines[i].group && p.furniture(j) == Other && !p.breakAfter(i, j-1) {
			j++
		}
		kind := Body
		b := p.block(Body, i, j)
		if first {
			if m := datelnRE.FindStringSubmatch(b.Text); m != nil {
				if t, mo, d := findMonthDay(m[2]); mo > 0 {
					kind = Dateline
					p.dateline(t, mo, d, m[3])
				}
			}
		}
		b.Kind = kind
		if interrupted && lastBodyOpen && !opensParagraph(b.Text) {
			b.Continued = true
		}
		p.res.Blocks = append(p.res.Blocks, b)
		lastBodyOpen = !endsSentence(b.Text) || strings.HasSuffix(b.Text, "-")
		first = false
		interrupted = false
		i = j
	}
}

// furniture classifies a body line that is page furniture rather than
// story: a footer line, a repeated masthead line, or a page number.
func (p *textParser) furniture(i int) Kind {
	s := p.lines[i].text
	if (!isASCII(s) || p.headLens[len(s)]) && p.head[strings.ToLower(s)] {
		return Masthead
	}
	if endsInDigit(s) && pageRE.MatchString(s) {
		return Masthead
	}
	if k := p.lines[i].fk; k != Other {
		if k == Copyright || wordCount(s, 25) < 25 {
			return k
		}
	}
	return Other
}

// endsInDigit reports whether s ends in an ASCII digit, as every line
// pageRE matches does.
func endsInDigit(s string) bool {
	return len(s) > 0 && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// trimSignOff reclassifies a letter's sign-off at the end of the body
// ("Until next week," / "Owen"): short blocks of at most four words that do
// not end a sentence.
func (p *textParser) trimSignOff() {
	last := -1
	for i, b := range p.res.Blocks {
		if b.Kind == Body || b.Kind == Dateline {
			last = i
		}
	}
	for i := last; i > 0; i-- {
		b := &p.res.Blocks[i]
		r, _ := utf8.DecodeLastRuneInString(b.Text)
		if b.Kind != Body || wordCount(b.Text, 4) > 4 || strings.ContainsRune(`.!?"”»`, r) {
			break
		}
		b.Kind = Footer
	}
}

// dateline records the publication date and publisher from a wire dateline.
func (p *textParser) dateline(text string, month, day int, publisher string) {
	if p.res.Publication == "" && publisher != "" {
		p.res.Publication = publisher
	}
	if p.res.Published != nil && len(p.res.Published.Value) >= 4 {
		v := fmt.Sprintf("%s-%02d-%02d", p.res.Published.Value[:4], month, day)
		if p.res.Published.Value != v {
			p.setPublished(&model.DateValue{Text: text, Value: v, Precision: model.PrecisionDay}, "dateline")
		}
		return
	}
	p.res.Warnings = append(p.res.Warnings, fmt.Sprintf("dateline %q gives no year; published left unset", text))
}

// finish fills the fields that depend on the whole result.
func (p *textParser) finish() {
	p.trimSignOff()
	p.res.Language = storyLanguage(p.res)
	if len(p.res.Authors) == 0 {
		// A wire credit line names the reporters when there is no byline.
		for _, b := range p.res.Blocks {
			if b.Kind != Footer {
				continue
			}
			if m := creditBy.FindStringSubmatch(b.Text); m != nil {
				for _, part := range nameSplitRE.Split(m[1], -1) {
					part = inCityRE.ReplaceAllString(strings.TrimSpace(part), "")
					if isPersonName(part) {
						p.res.Authors = append(p.res.Authors, part)
					}
				}
			}
		}
	}
	if p.res.Publication == "" {
		for _, b := range p.res.Blocks {
			if b.Kind == Copyright {
				if name := copyrightHolder(b.Text); name != "" {
					p.res.Publication = name
				}
			}
		}
	}
}

var copyrightHolderRE = regexp.MustCompile(`(?i)(?:©|\(c\)|copyright)\s*(?:\d{4}\s*)?([\p{L}][\p{L}&'’ .-]{2,60}?)(?:\s+\d{4})?(?:\.|\s+-|,|$)`)

// copyrightHolder extracts the name in "(c) 2019 Supply Chain Sentinel. All
// rights reserved."
func copyrightHolder(s string) string {
	m := copyrightHolderRE.FindStringSubmatch(joinLines(s))
	if m == nil {
		return ""
	}
	return titleCase(strings.TrimSpace(m[1]))
}

// languageSample is how much of the story (in bytes) the language guess
// reads; stop words settle it long before.
const languageSample = 8 << 10

func storyLanguage(r *Result) string {
	var b strings.Builder
	for _, bl := range r.Story() {
		if b.Len() >= languageSample {
			break
		}
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return detectLanguage(b.String())
}
