// Package eval grades clipper records against gold annotations and reports
// precision, recall and F1 per field.
//
// A gold annotation ([Gold], read with [LoadGold] or [LoadGoldDir]) says what
// a careful analyst extracts from one article; its format is described in
// testdata/gold/FORMAT.md. [Grade] matches each record to its gold by article
// name ([Key] turns a record's source name into one) and counts, per field,
// the predicted items that match a gold item (true positives), those that
// match none (false positives) and the gold items nobody found (false
// negatives). Single-valued fields (headline, publication date, incident
// type, ...) are graded by accuracy instead. [Scores.OverallF1] is the mean
// F1 of eight fields.
//
// The matching rules are those of the project's reference scorer, score.py,
// and give the same numbers to within rounding:
//
//   - Names are compared after normalisation: NFKC, lower case, no leading
//     "The", no possessive 's, punctuation to spaces, no corporate suffixes
//     (Inc, Ltd, Group, S.A., ...). Two entities are the same if they share
//     a name, ignoring spaces; places also match country aliases (UK and
//     Britain).
//   - Each gold item is matched greedily, in order, to the first unused
//     prediction that is the same. A prediction that merely repeats a matched
//     gold item is not a false positive.
//   - A quote matches when its normalised text starts with the gold quote's
//     first words, or is a prefix of them; its speaker is right when both
//     names resolve to the same gold organisation or person (aliases
//     included). An unattributed quote resolves, as in score.py, to the first
//     gold organisation.
//   - An incident matches by victim, resolved the same way. Its systems match
//     when their names share most words (at least 60% of the shorter name);
//     systems+status also needs the same status. A gold incident nobody found
//     counts its systems as missed and its type, date and breach as wrong.
//
// Files:
//
//   - gold.go: the gold format, [LoadGold], [LoadGoldDir].
//   - records.go: reading records ([ReadRecords]) and keying them by article
//     ([Key], [Index]).
//   - grade.go: [Grade], [GradeArticle], [Scores], [PRF], [Accuracy] and the
//     matching rules.
//   - view.go: the reduction of a record or gold file to the graded fields.
//   - norm.go: name normalisation, with Python's Unicode semantics.
//   - report.go: [Scores.WriteText], [Scores.WriteDetails] and the JSON form.
//
// All functions are safe for concurrent use; a [Scores] is not modified
// after Grade returns it.
package eval
