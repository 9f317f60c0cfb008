package dates_test

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/clipper-news/clipper/extract/dates"
	"github.com/clipper-news/clipper/model"
)

// want is an expected date: its text, value and precision. Its span is the
// next occurrence of text in the input.
type want struct{ text, value, prec string }

// expand turns wants into the dates Find should return for text.
func expand(t *testing.T, text string, ws []want) []model.Date {
	t.Helper()
	out := []model.Date{}
	from := 0
	for _, w := range ws {
		k := strings.Index(text[from:], w.text)
		if k < 0 {
			t.Fatalf("want %q: not in the input after byte %d", w.text, from)
		}
		start := utf8.RuneCountInString(text[:from+k])
		out = append(out, model.Date{Text: w.text, Value: w.value, Precision: w.prec, Start: start, End: start + utf8.RuneCountInString(w.text)})
		from += k + len(w.text)
	}
	return out
}

func day(y int, m time.Month, d int) dates.Reference {
	return dates.Reference{Time: time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Precision: model.PrecisionDay}
}

// friday is the reference of the seed article: Friday 2 October 2020.
var friday = day(2020, time.October, 2)

const (
	pDay     = model.PrecisionDay
	pMonth   = model.PrecisionMonth
	pYear    = model.PrecisionYear
	pWeek    = model.PrecisionWeek
	pWeekend = model.PrecisionWeekend
	pRange   = model.PrecisionRange
)

func TestFind(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		ref      dates.Reference
		want     []want
		warnings []string
		reason   string
	}{
		{
			name:   "phone numbers",
			text:   "Call +39.010.2462122, fax +39 010 555 0142 or +44 20 7946 2019.",
			ref:    friday,
			reason: "digit groups of phone numbers, one of which looks like a year, are not dates",
		},
		{
			name:   "postcodes",
			text:   "Write to Via dei Mille 24, 16147 Genoa, or 120 Bay Street, Savannah, GA 31401, or London SW1A 2AA.",
			ref:    friday,
			reason: "house numbers and postcodes are not days or years",
		},
		{
			name:   "VAT and registration numbers",
			text:   "VAT number: 03532950106. CIF: B11223344 - Depósito legal: CA 123-2016. Press Reg.: nr 33/96. ISSN 1760-0000.",
			ref:    friday,
			reason: "codes with dashes and slashes are not dates or year ranges",
		},
		{
			name:   "money",
			text:   "The gang demanded $4 million, or 75 bitcoin, worth about $290,000, after asking for $2020 and then 2000 bitcoin.",
			ref:    friday,
			reason: "amounts are not dates, even when they look like a year",
		},
		{
			name:   "versions",
			text:   "Version 2.1 of the software, version 2020.1 and v2021 replaced Windows 2000 and release 1.2.20.",
			ref:    friday,
			reason: "version numbers are not dates or years",
		},
		{
			name:   "may the verb",
			text:   "Attackers may have copied data. May I add that the company may yet pay?",
			ref:    friday,
			reason: "the modal verb, lower case or at the start of a sentence, is not the month",
		},
		{
			name:   "May the month",
			text:   "The flaw was introduced in May 2021 and fixed on 3 May 2022.",
			ref:    friday,
			want:   []want{{"May 2021", "2021-05", pMonth}, {"3 May 2022", "2022-05-03", pDay}},
			reason: "May with a year or a day is the month",
		},
		{
			name:   "times of day",
			text:   "Staff noticed it at 14:20 GMT+2, about 4 a.m. on Tuesday, and again at 11:42 AM.",
			ref:    friday,
			want:   []want{{"Tuesday", "2020-09-29", pDay}},
			reason: "times are not dates; the weekday beside one is",
		},
		{
			name:   "durations",
			text:   "Services were down for a few hours and must be restored within 48 hours; the gang gave seven days to pay, and audits run twice a year for two years.",
			ref:    friday,
			reason: "durations are not dates",
		},
		{
			name:   "Roman numerals",
			text:   "ANNO XXXVIII - Numero XII. Pope Pius XII visited in MCMXX.",
			ref:    friday,
			reason: "Roman numerals are neither days nor years",
		},
		{
			name:   "year range",
			text:   "The 2019-2020 season and the 2015–16 season were quiet, as were the years between 2010 and 2012.",
			ref:    friday,
			want:   []want{{"2019-2020", "2019/2020", pRange}, {"2015–16", "2015/2016", pRange}, {"2010 and 2012", "2010/2012", pRange}},
			reason: "a span of years is one range, not two years",
		},
		{
			name:   "COVID-19",
			text:   "Since the COVID-19 pandemic began in March, traffic fell.",
			ref:    friday,
			want:   []want{{"March", "2020-03", pMonth}},
			reason: "the 19 of COVID-19 is no day of March",
		},
		{
			name:   "ISO timestamps",
			text:   "Published 2020-09-30T14:20:00Z, updated 2020-10-01 08:00 and 2020-10-02T08:15:00+01:00.",
			ref:    friday,
			want:   []want{{"2020-09-30T14:20:00Z", "2020-09-30", pDay}, {"2020-10-01", "2020-10-01", pDay}, {"2020-10-02T08:15:00+01:00", "2020-10-02", pDay}},
			reason: "ISO dates and timestamps, the time kept in the text and dropped from the value",
		},
		{
			name:   "British numeric date",
			text:   "The attack was detected on 30/09/2020 and reported on 01/10/2020.",
			ref:    friday,
			want:   []want{{"30/09/2020", "2020-09-30", pDay}, {"01/10/2020", "2020-10-01", pDay}},
			reason: "numeric dates are day first unless the text writes month-first dates",
		},
		{
			name:   "ordinal with of",
			text:   "It began on the 3rd of May 2021 and ended on May 5th, 2021.",
			ref:    friday,
			want:   []want{{"3rd of May 2021", "2021-05-03", pDay}, {"May 5th, 2021", "2021-05-05", pDay}},
			reason: "ordinal days, with 'of' and in US order",
		},
		{
			name:   "range between",
			text:   "The forum met between 12 and 14 June, and again on 6 and 7 April.",
			ref:    friday,
			want:   []want{{"12 and 14 June", "2020-06-12/2020-06-14", pRange}, {"6 and 7 April", "2020-04-06/2020-04-07", pRange}},
			reason: "two days sharing a month are one range; 'between' is dropped like other prepositions",
		},
		{
			name:   "range forms",
			text:   "Closed 12-14 June, June 22-23 and 30 June - 2 July 2021.",
			ref:    friday,
			want:   []want{{"12-14 June", "2020-06-12/2020-06-14", pRange}, {"June 22-23", "2020-06-22/2020-06-23", pRange}, {"30 June - 2 July 2021", "2021-06-30/2021-07-02", pRange}},
			reason: "dashed ranges, month first, and across months",
		},
		{
			name:   "more range and weekend forms",
			text:   "It ran 5th-6th March, from 9 to 11 March and between 20 March and 2 April; this past weekend it failed again.",
			ref:    friday,
			want:   []want{{"5th-6th March", "2020-03-05/2020-03-06", pRange}, {"9 to 11 March", "2020-03-09/2020-03-11", pRange}, {"20 March and 2 April", "2020-03-20/2020-04-02", pRange}, {"this past weekend", "2020-09-26/2020-09-27", pWeekend}},
			reason: "ordinal ranges, 'from ... to', ranges across months, and 'this past weekend' as the weekend just gone",
		},
		{
			name:   "month ranges",
			text:   "Traffic fell from March to May 2021 and between November and January 2020, but in June and July it recovered.",
			ref:    friday,
			want:   []want{{"March to May 2021", "2021-03/2021-05", pRange}, {"November and January 2020", "2019-11/2020-01", pRange}, {"June", "2020-06", pMonth}, {"July", "2020-07", pMonth}},
			reason: "two months sharing a year are one range; 'June and July' without a year are two months",
		},
		{
			name:   "two days earlier",
			text:   "It went offline on Wednesday 30 September. Two days earlier, staff had seen odd logins.",
			ref:    friday,
			want:   []want{{"Wednesday 30 September", "2020-09-30", pDay}, {"Two days earlier", "2020-09-28", pDay}},
			reason: "'earlier' counts from the last day the text named, not from the publication date",
		},
		{
			name:   "the previous Friday",
			text:   "It went offline on Wednesday 30 September; the previous Friday, a phishing e-mail had arrived.",
			ref:    friday,
			want:   []want{{"Wednesday 30 September", "2020-09-30", pDay}, {"the previous Friday", "2020-09-25", pDay}},
			reason: "'the previous Friday' is the Friday before the last day named",
		},
		{
			name:   "year boundary",
			text:   "The campaign began in December, the first e-mail arrived on 28 December, and the attack came last week.",
			ref:    day(2021, time.January, 5),
			want:   []want{{"December", "2020-12", pMonth}, {"28 December", "2020-12-28", pDay}, {"last week", "2020-12-28/2021-01-03", pWeek}},
			reason: "in a January story, December and its days belong to the previous year",
		},
		{
			name:   "seed expressions",
			text:   "Since yesterday, service has been restored; systems were unavailable early this morning, after the cyberattack at the weekend.",
			ref:    friday,
			want:   []want{{"yesterday", "2020-10-01", pDay}, {"early this morning", "2020-10-02", pDay}, {"at the weekend", "2020-09-26/2020-09-27", pWeekend}},
			reason: "fixed relative phrases keep their words; the weekend is the one before the reference",
		},
		{
			name:   "weekday and possessive",
			text:   "Friday's outage followed last week's attack; every Monday and on Mondays the site is patched.",
			ref:    friday,
			want:   []want{{"Friday", "2020-10-02", pDay}, {"last week", "2020-09-21/2020-09-27", pWeek}},
			reason: "a possessive still names the day; habitual weekdays do not",
		},
		{
			name:   "relative words",
			text:   "The day before yesterday it failed, last Friday it was patched, late last year it was audited, and mid-March it was bought; a week ago it failed again, and by end-2021 it will be replaced.",
			ref:    friday,
			want:   []want{{"The day before yesterday", "2020-09-30", pDay}, {"last Friday", "2020-09-25", pDay}, {"late last year", "2019", pYear}, {"mid-March", "2020-03", pMonth}, {"a week ago", "2020-09-21/2020-09-27", pWeek}, {"end-2021", "2021", pYear}},
			reason: "relative expressions count from the reference",
		},
		{
			name:   "tense",
			text:   "It will stay down until at least Thursday, the company said on Monday. It said it would publish a report in December, and a fix will follow on Tuesday.",
			ref:    friday,
			want:   []want{{"Thursday", "2020-10-08", pDay}, {"Monday", "2020-09-28", pDay}, {"December", "2020-12", pMonth}, {"Tuesday", "2020-10-06", pDay}},
			reason: "a weekday or month after 'will' or 'would' is ahead of the reference, unless a nearer past-tense verb ('said on Monday') puts it behind",
		},
		{
			name:   "quarters and newspapers",
			text:   "Revenue fell in Q3 2021, the Sunday Times reported on Monday.",
			ref:    friday,
			want:   []want{{"2021", "2021", pYear}, {"Monday", "2020-09-28", pDay}},
			reason: "a year after a quarter is a year; a weekday in a newspaper's name is not a date",
		},
		{
			name:   "names that are months",
			text:   "June Whitfield and April Jones spoke to The Sun on Sat 3 Oct.",
			ref:    friday,
			want:   []want{{"Sat 3 Oct", "2020-10-03", pDay}},
			reason: "a month name without a preposition or a day is a first name; abbreviations count only next to a day",
		},
		{
			name:     "weekday misprint",
			text:     "It failed on Thursday 30 September.",
			ref:      friday,
			want:     []want{{"Thursday 30 September", "2020-09-30", pDay}},
			warnings: []string{`"Thursday 30 September": the weekday does not match the date within a year of the publication date`},
			reason:   "a weekday that fits no nearby year is reported, and the date kept",
		},
		{
			name:     "impossible date",
			text:     "It failed on 31 September 2020.",
			ref:      friday,
			want:     []want{{"31 September 2020", "", pDay}},
			warnings: []string{`"31 September 2020" is not a calendar date; left unresolved`},
			reason:   "no value is invented for a day that does not exist",
		},
		{
			name:     "month reference",
			text:     "It failed on Wednesday 30 September and was restored yesterday, after attacks last month.",
			ref:      dates.Reference{Time: time.Date(2020, 10, 1, 0, 0, 0, 0, time.UTC), Precision: model.PrecisionMonth},
			want:     []want{{"Wednesday 30 September", "2020-09-30", pDay}, {"yesterday", "", pDay}, {"last month", "2020-09", pMonth}},
			warnings: []string{dates.WarnMonthOnly},
			reason:   "an issue dated to the month resolves weekday dates and months, not days",
		},
		{
			name:     "no reference",
			text:     "It was detected on 12 October 2021 and reported yesterday.",
			want:     []want{{"12 October 2021", "2021-10-12", pDay}, {"yesterday", "", pDay}},
			warnings: []string{dates.WarnNoReference},
			reason:   "without an anchor, absolute dates resolve and relative ones are left empty with a warning",
		},
		{
			name:   "paragraph break",
			text:   "It failed on 12\n\nOctober statistics were published.",
			ref:    friday,
			want:   []want{{"October", "", ""}},
			reason: "placeholder; replaced below",
		},
	}
	// The last case checks that a date does not run across a paragraph
	// break; its want is set here to keep the table readable.
	tests[len(tests)-1].want = nil
	tests[len(tests)-1].reason = "a blank line ends a date: '12' and 'October' are in different paragraphs"
	f := dates.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.reason == "" {
				t.Fatal("case without a reason")
			}
			got, warnings := f.Find(tc.text, tc.ref)
			if diff := cmp.Diff(expand(t, tc.text, tc.want), got); diff != "" {
				t.Errorf("Find(%q) mismatch (-want +got):\n%s", tc.text, diff)
			}
			if diff := cmp.Diff(tc.warnings, warnings, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Find(%q) warnings mismatch (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in     string
		want   model.DateValue
		ok     bool
		reason string
	}{
		{"ANNO XXXVIII - Numero OTTOBRE 2020", model.DateValue{Text: "OTTOBRE 2020", Value: "2020-10", Precision: pMonth}, true, "Italian issue line: month and year, Roman numerals skipped"},
		{"AÑO IX - NÚMERO 98 - ENERO 2025", model.DateValue{Text: "ENERO 2025", Value: "2025-01", Precision: pMonth}, true, "Spanish issue line; the issue number is no day"},
		{"N° 214 - AVRIL 2022", model.DateValue{Text: "AVRIL 2022", Value: "2022-04", Precision: pMonth}, true, "French issue line"},
		{"2024-05-21T08:15:00+01:00", model.DateValue{Text: "2024-05-21T08:15:00+01:00", Value: "2024-05-21", Precision: pDay}, true, "ISO timestamp from JSON-LD or <time datetime>"},
		{"June 15, 2022 11:42 AM GMT+2", model.DateValue{Text: "June 15, 2022", Value: "2022-06-15", Precision: pDay}, true, "wire byline, US order, with a time"},
		{"Published 6 October 2020, 07:30 CET", model.DateValue{Text: "6 October 2020", Value: "2020-10-06", Precision: pDay}, true, "byline date line"},
		{"14 de noviembre de 2023", model.DateValue{Text: "14 de noviembre de 2023", Value: "2023-11-14", Precision: pDay}, true, "Spanish long date"},
		{"1er avril 2022", model.DateValue{Text: "1er avril 2022", Value: "2022-04-01", Precision: pDay}, true, "French ordinal first day"},
		{"14. März 2023", model.DateValue{Text: "14. März 2023", Value: "2023-03-14", Precision: pDay}, true, "German day with full stop"},
		{"3 mei 2022", model.DateValue{Text: "3 mei 2022", Value: "2022-05-03", Precision: pDay}, true, "Dutch, lower case"},
		{"1º de maio de 2021", model.DateValue{Text: "1º de maio de 2021", Value: "2021-05-01", Precision: pDay}, true, "Portuguese ordinal indicator"},
		{"Mon, 06 Mar 2023 10:00:00 GMT", model.DateValue{Text: "06 Mar 2023", Value: "2023-03-06", Precision: pDay}, true, "RFC 1123 date of feeds and HTTP headers, with an abbreviated month"},
		{"30/09/2020", model.DateValue{Text: "30/09/2020", Value: "2020-09-30", Precision: pDay}, true, "numeric, day first"},
		{"2019", model.DateValue{Text: "2019", Value: "2019", Precision: pYear}, true, "a bare year"},
		{"© 2025 Ediciones Cuaderno Marítimo S.L.", model.DateValue{}, false, "a copyright year in a footer is not a publication date"},
		{"phone: +39.010.2462122", model.DateValue{}, false, "no date"},
		{"", model.DateValue{}, false, "empty input"},
	}
	for _, tc := range tests {
		got, ok := dates.ParseDate(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" || ok != tc.ok {
			t.Errorf("ParseDate(%q) = %v, mismatch (-want +got) (%s):\n%s", tc.in, ok, tc.reason, diff)
		}
	}
}

func TestUnique(t *testing.T) {
	in := []model.Date{
		{Text: "Tuesday", Value: "2022-06-14", Start: 1, End: 8},
		{Text: "Wednesday", Value: "2022-06-15", Start: 10, End: 19},
		{Text: "Tuesday", Value: "2022-06-14", Start: 30, End: 37},
	}
	if diff := cmp.Diff(in[:2], dates.Unique(in)); diff != "" {
		t.Errorf("Unique mismatch (-want +got):\n%s", diff)
	}
}

// TestFindConcurrent shares one Finder between goroutines; run with -race.
func TestFindConcurrent(t *testing.T) {
	f := dates.New()
	text := "It went offline on Wednesday 30 September, two days after the attack at the weekend, and was restored yesterday."
	want, _ := f.Find(text, friday)
	errs := make(chan string, 8)
	for range 8 {
		go func() {
			for range 50 {
				got, _ := f.Find(text, friday)
				if diff := cmp.Diff(want, got); diff != "" {
					errs <- diff
					return
				}
			}
			errs <- ""
		}()
	}
	for range 8 {
		if diff := <-errs; diff != "" {
			t.Errorf("concurrent Find mismatch (-want +got):\n%s", diff)
		}
	}
}
