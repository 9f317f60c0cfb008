// Package dates finds every expression in a news story that names or implies
// a calendar date, and resolves each to the calendar against the story's
// publication date.
//
// A [Finder] reads English text with a hand-written scanner: the text is
// split once into words, numbers and punctuation (with code-point offsets),
// and a small grammar is tried at each token. It finds
//
//   - full dates: "30 September", "September 30", "3rd of May 2021",
//     "Thursday, March 14", "Sunday 5 March", ISO 8601 dates and timestamps,
//     and numeric dates ("30/09/2020", day first unless the text writes its
//     dates month first);
//   - a weekday alone ("on Monday"), a month alone ("in February"), a year
//     alone ("since 2021"), a month and year ("May 2021");
//   - ranges: "6 and 7 April", "between 12 and 14 June", "June 12-14",
//     "30 June - 2 July 2021", "March to May 2021", "2019-2020";
//   - relative expressions: "yesterday", "early this morning", "at the
//     weekend", "last week", "earlier this month", "last year", "two years
//     ago", "last Friday", "next March", and expressions relative to the last
//     day the text named: "two days earlier", "the previous Friday", "the
//     following day".
//
// It leaves alone what only looks like a date: phone numbers, postcodes, VAT
// and other codes, money ("$4 million"), versions ("version 2.1"), "may" the
// verb, times of day ("14:20 GMT+2"), durations ("for a few hours", "within
// 48 hours"), "COVID-19", Roman numerals.
//
// Each expression is resolved against a [Reference] as precisely as the
// text allows, in the value forms of [model.DateValue]: "2020-09-30",
// "2020-09", "2020", or an interval "2020-09-26/2020-09-27" for a weekend, a
// Monday-Sunday week or a range. A date without its year takes the year
// nearest the reference in which its printed weekday matches, preferring
// the past in a past-tense sentence and the future in one with "will"; a
// weekday alone is the most recent such day on or before the reference; a
// month alone later than the reference month belongs to the previous year
// unless the sentence speaks of the future. An expression that needs a more
// precise reference than there is (a "yesterday" in an issue dated only
// "OTTOBRE 2020") is returned with an empty Value and a warning.
//
// [ParseDate] reads the absolute dates that mastheads, bylines and page
// metadata print, in English, Italian, French, Spanish, German, Portuguese
// and Dutch.
//
// Files:
//
//   - find.go: [Finder], [Reference], [Finder.Find], [Unique]; the patterns
//     that start with a weekday, a month or a day number.
//   - number.go: numeric dates, years and year ranges.
//   - relative.go: relative expressions.
//   - resolve.go: resolution against the reference; tense.
//   - parse.go: [ParseDate].
//   - scan.go: the tokenizer.
//   - lexicon.go, words.txt: the keyword table and the embedded month and
//     weekday names.
//   - calendar.go: day arithmetic and value formatting.
package dates
