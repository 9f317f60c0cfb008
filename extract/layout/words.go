package layout

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/model"
)

// monthNames maps lower-case month names in English, Italian, French,
// Spanish, German, Portuguese and Dutch to month numbers.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "dicembre": 12,
	"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
	"enero": 1, "febrero": 2, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
	"janeiro": 1, "fevereiro": 2, "março": 3, "maio": 5, "junho": 6, "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
	"januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
}

// monthAbbrevs are English abbreviations, accepted only next to a number.
var monthAbbrevs = map[string]int{"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12}

var (
	isoDateRE  = regexp.MustCompile(`\b((?:19|20)\d\d)-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?(?:T|\b)`)
	dottedRE   = regexp.MustCompile(`\b(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])\.((?:19|20)\d\d)\b`)
	ordinalRE  = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th|er|º|°)?$`)
	yearRE     = regexp.MustCompile(`^(?:19|20)\d\d$`)
	issueNumRE = regexp.MustCompile(`(?i)^(n°|nº|no|nr|numero|número|num|issue|heft|ausgabe)$`)
)

// token is a word or number with its byte offsets in the string it came from.
type token struct {
	s          string
	start, end int
}

// tokens splits s into runs of letters and digits.
func tokens(s string) []token {
	var out []token
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '°' || r == 'º' {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, token{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, token{s[start:], start, len(s)})
	}
	return out
}

func monthOf(t string, nearNumber bool) int {
	l := strings.ToLower(t)
	if m, ok := monthNames[l]; ok {
		return m
	}
	if nearNumber {
		return monthAbbrevs[l]
	}
	return 0
}

func dayOf(t string) int {
	m := ordinalRE.FindStringSubmatch(strings.ToLower(t))
	if m == nil {
		return 0
	}
	d, _ := strconv.Atoi(m[1])
	if d < 1 || d > 31 {
		return 0
	}
	return d
}

// findDate finds the first calendar date in s: ISO 8601, day.month.year, or
// a month name with an optional day and a year ("14 January 2026",
// "March 15, 2019", "OTTOBRE 2020", "5 de marzo de 2023"). Roman numerals and
// issue numbers are not days. A month without a year is not a date (it
// cannot be resolved). issue reports an issue line, where a number is an
// issue number unless it directly precedes the month.
func findDate(s string, issue bool) *model.DateValue {
	if !strings.ContainsAny(s, "0123456789") {
		return nil // every form needs a year
	}
	if m := isoDateRE.FindStringSubmatchIndex(s); m != nil {
		if m[6] >= 0 {
			return &model.DateValue{Text: s[m[0]:m[7]], Value: s[m[2]:m[3]] + "-" + s[m[4]:m[5]] + "-" + s[m[6]:m[7]], Precision: model.PrecisionDay}
		}
		return &model.DateValue{Text: s[m[0]:m[5]], Value: s[m[2]:m[3]] + "-" + s[m[4]:m[5]], Precision: model.PrecisionMonth}
	}
	if m := dottedRE.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		return &model.DateValue{Text: m[0], Value: fmt.Sprintf("%s-%02d-%02d", m[3], mo, d), Precision: model.PrecisionDay}
	}
	toks := tokens(s)
	for i, t := range toks {
		near := (i > 0 && dayOf(toks[i-1].s) > 0) || (i+1 < len(toks) && dayOf(toks[i+1].s) > 0)
		mo := monthOf(t.s, near)
		if mo == 0 {
			continue
		}
		first, last := i, i
		day, year := 0, ""
		j := i + 1
		// "March 15, 2019", "June 15": a day after the month (not in issue lines).
		if !issue && j < len(toks) && dayOf(toks[j].s) > 0 && !yearRE.MatchString(toks[j].s) {
			day = dayOf(toks[j].s)
			last = j
			j++
		}
		if j < len(toks) && strings.EqualFold(toks[j].s, "de") {
			j++
		}
		if j < len(toks) && yearRE.MatchString(toks[j].s) {
			year = toks[j].s
			last = j
		}
		// "14 January 2026", "5 de marzo", "1er avril".
		if day == 0 {
			k := i - 1
			if k >= 0 && strings.EqualFold(toks[k].s, "de") {
				k--
			}
			if k >= 0 && dayOf(toks[k].s) > 0 {
				prevIsIssueWord := k > 0 && issueNumRE.MatchString(toks[k-1].s)
				adjacent := !strings.ContainsAny(s[toks[k].end:t.start], "-–—,/|")
				if !prevIsIssueWord && (!issue || adjacent) {
					day = dayOf(toks[k].s)
					first = k
				}
			}
		}
		if year == "" {
			continue
		}
		text := s[toks[first].start:toks[last].end]
		if day > 0 {
			return &model.DateValue{Text: text, Value: fmt.Sprintf("%s-%02d-%02d", year, mo, day), Precision: model.PrecisionDay}
		}
		return &model.DateValue{Text: text, Value: fmt.Sprintf("%s-%02d", year, mo), Precision: model.PrecisionMonth}
	}
	return nil
}

// findMonthDay finds "June 15" or "15 June" without a year, for datelines.
// It returns the text, month and day.
func findMonthDay(s string) (string, int, int) {
	toks := tokens(s)
	for i, t := range toks {
		near := (i > 0 && dayOf(toks[i-1].s) > 0) || (i+1 < len(toks) && dayOf(toks[i+1].s) > 0)
		mo := monthOf(t.s, near)
		if mo == 0 {
			continue
		}
		if i+1 < len(toks) && dayOf(toks[i+1].s) > 0 {
			return s[t.start:toks[i+1].end], mo, dayOf(toks[i+1].s)
		}
		if i > 0 && dayOf(toks[i-1].s) > 0 {
			return s[toks[i-1].start:t.end], mo, dayOf(toks[i-1].s)
		}
	}
	return "", 0, 0
}

// smallWords stay lower case inside a title-cased name.
var smallWords = map[string]bool{
	"a": true, "an": true, "and": true, "at": true, "by": true, "for": true, "in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true,
	"al": true, "da": true, "dal": true, "de": true, "dei": true, "degli": true, "del": true, "della": true, "delle": true, "des": true, "di": true, "do": true, "dos": true, "du": true,
	"e": true, "el": true, "en": true, "et": true, "la": true, "las": true, "le": true, "les": true, "lo": true, "los": true, "per": true, "sur": true, "y": true, "à": true,
	"der": true, "die": true, "das": true, "und": true, "für": true, "van": true, "von": true, "het": true, "een": true, "voor": true,
}

var dashSpaceRE = regexp.MustCompile(`\s*[-–—]\s+|\s+[-–—]\s*`)

// isCaps reports whether s has at least two letters and no lower-case ones.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// titleCase turns a name printed in capitals into title case ("CENTRO
// INTERNAZIONALE STUDI CONTAINERS" to "Centro Internazionale Studi
// Containers"), keeping small words lower case after the first; a name with
// lower-case letters is kept as printed. Dashes between words get one space
// on each side ("TECHNOLOGY- RESEARCH" to "Technology - Research").
func titleCase(s string) string {
	s = strings.Join(strings.Fields(dashSpaceRE.ReplaceAllString(s, " - ")), " ")
	if !isCaps(s) {
		return s
	}
	words := strings.Split(s, " ")
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && smallWords[lw] {
			words[i] = lw
			continue
		}
		words[i] = capitalizeParts(lw)
	}
	return strings.Join(words, " ")
}

// capitalizeParts upper-cases the first letter of w and of each part after
// a hyphen, apostrophe or slash.
func capitalizeParts(w string) string {
	var b strings.Builder
	up := true
	for _, r := range w {
		if up && unicode.IsLetter(r) {
			b.WriteRune(unicode.ToUpper(r))
			up = false
			continue
		}
		b.WriteRune(r)
		if r == '-' || r == '/' {
			up = true
		}
	}
	return b.String()
}

// stopWords are frequent function words used to guess a story's language.
var stopWords = map[string][]string{
	"en": {"the", "and", "of", "to", "in", "is", "that", "it", "was", "for", "with", "said", "has", "have", "on", "by", "its", "from", "which", "were"},
	"it": {"il", "di", "che", "e", "la", "per", "un", "una", "del", "della", "è", "non", "sono", "gli", "dei", "nel", "alla", "ha", "con", "le"},
	"fr": {"le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "qui", "pour", "dans", "sur", "au", "aux", "pas", "avec", "sont"},
	"es": {"el", "la", "los", "las", "de", "del", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se", "su", "al", "como", "ha"},
	"de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "ein", "eine", "zu", "von", "auf", "für", "sich", "des", "im", "wurde", "auch"},
	"pt": {"o", "os", "as", "de", "do", "da", "dos", "das", "e", "que", "em", "um", "uma", "para", "com", "não", "foi", "ao", "no", "na"},
	"nl": {"de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "met", "voor", "zijn", "in", "werd", "ook", "bij", "naar", "door", "heeft"},
}

// languages lists stopWords' keys in a fixed order so ties break the same
// way every time.
var languages = []string{"en", "it", "fr", "es", "de", "pt", "nl"}

// stopWordLangs maps each stop word to the languages it counts for.
var stopWordLangs = func() map[string][]int {
	m := map[string][]int{}
	for i, l := range languages {
		for _, w := range stopWords[l] {
			m[w] = append(m[w], i)
		}
	}
	return m
}()

// maxStopWord is the length in bytes of the longest stop word.
var maxStopWord = func() int {
	n := 0
	for w := range stopWordLangs {
		n = max(n, len(w))
	}
	return n
}()

// detectLanguage guesses the language of text from stop-word counts; "" when
// no stop word is found.
func detectLanguage(text string) string {
	var counts [7]int
	word := make([]byte, 0, 32)
	flush := func() {
		if len(word) == 0 || len(word) > maxStopWord {
			word = word[:0]
			return
		}
		for _, i := range stopWordLangs[string(word)] {
			counts[i]++
		}
		word = word[:0]
	}
	for i := 0; i < len(text); {
		if c := text[i]; c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				word = append(word, c)
			case 'A' <= c && c <= 'Z':
				word = append(word, c+'a'-'A')
			default:
				flush()
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if unicode.IsLetter(r) {
			word = utf8.AppendRune(word, unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
	best, bestN := "", 0
	for i, n := range counts {
		if n > bestN {
			best, bestN = languages[i], n
		}
	}
	return best
}
