// Package dehyphen repairs the hyphenation artifacts that typesetters leave in text pulled
// out of PDF journals, and keeps every genuine hyphen.
//
// A word broken at a line end stays broken when the extractor kept the lines
// ("manage-\nment") and keeps a hyphen in the middle of a line when it re-flowed them
// ("ma-nagement"). Journals are often typeset with another language's hyphenation rules:
// English broken with Italian rules gives "cybe-rattack" and "resto-re". Genuine hyphens
// ("web-based", "Hapag-Lloyd", "2019-2020", "first- and second-tier") must survive.
//
// A [Repairer] decides each hyphen on evidence:
//
//   - an embedded English lexicon (SCOWL, American, British and Canadian spellings with
//     inflections, with a frequency level per word) and a domain list of trade-press words;
//   - a list of genuine hyphenated compounds whose joined form is also a word ("co-operation");
//   - the document itself: does the joined word occur elsewhere? does the same hyphenated
//     form recur while the joined word never does?
//   - whether a typesetter could have broken the word there under Italian rules or English
//     (US or British) Liang patterns;
//   - case ("Maer-sk" is joined, "Hapag-Lloyd" kept), digits ("COVID-19") and line position
//     (a line-end hyphen before "and" is a suspended hyphen).
//
// Hyphens whose letter runs touch ("cyber-at-tack") are decided together: the decision
// must hold for the words the repairs leave behind, so that repairing the output again
// changes nothing.
//
// [Repairer.Repair] documents exactly what counts as a repair. [Repairer.RepairStream] is the
// streaming form for large inputs.
//
// Files: repair.go (API, finding hyphens), decide.go (the evidence and the decisions),
// apply.go (edits and offsets), stream.go (streaming), lexicon.go (word list search),
// liang.go (English Liang patterns), italian.go (Italian syllabification rules).
//
// Measured on the generated evaluation set in testdata/dehyphen (see eval_test.go): broken
// words restored 98-99%, genuine hyphens lost 0.1-0.45 per 1,000 words, word error rate
// 0.02-0.09%, against 2-5% for doing nothing.
//
// The embedded data in data/ is derived from Debian packages by
//
//	go generate ./dehyphen/...
//
// which runs internal/gen (see its doc for the packages it needs); data/domain.txt and
// data/compounds.txt are hand-written. data/README.md records sources and licences.
package dehyphen

//go:generate go run ./internal/gen -out data
