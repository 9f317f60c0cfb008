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
//   - a list of genuine hyphenated compounds whose joined form is also a word ("co-operation"),
//     and the compounds WordNet spells with a hyphen ("pince-nez", "stand-alone") unless their
//     solid form is a common word;
//   - which words are compounds of their parts, derived from WordNet ("notebook" is a book
//     for notes; "target" is no tar and no get): a common word split into parts that are
//     words only by accident ("tar-get", "of-ten") is a typesetter's break, and so is a
//     closed compound broken inside one of its words ("filesy-stem");
//   - the document itself: does the joined word occur elsewhere (for a compound of two
//     words, within some 32 KB: a book mixes spellings), and more often than the hyphenated
//     form in the middle of a line (a line-end hyphen vouches for nothing)? does
//     a part the lexicon lacks occur alone ("systemd" beside "systemd-logind": a compound of
//     names)?
//   - whether a typesetter could have broken the word there under Italian rules or English
//     (US or British) Liang patterns;
//   - case ("Maer-sk" is joined, "Hapag-Lloyd" kept unless the document spells the joined
//     word elsewhere, as code does with "KeyError"; capitals on both sides, "MS-DOS", are
//     never joined), phrases ("point-to-point", "day-to-day"), digits ("COVID-19"), line
//     position (a hyphen at a line end is a typesetter's break far more often than a
//     compound's: between two words unless it is a compound adjective such as
//     "single-handed", and before a part the lexicon lacks unless that part occurs alone or
//     is built of words, as names are, "apt-listchanges"; a line-end hyphen before "and" is
//     a suspended hyphen), host names and addresses, and program code (a hyphen inside a call, a
//     dotted or a snake_case name is never an identifier's; paths, file names, manual pages
//     ("apt-get(8)") and tokens with other hyphens are no code);
//   - morphology: prefixes English keeps apart ("self-", "re-" and "co-" before a word
//     unless the joined word is common) or writes solid ("under-", "over-", "pro-"), bound
//     suffixes ("kind-ness"), nouns of phrasal verbs ("set-up"), and joined forms that are a
//     lexicon word plus an inflection ("loss-lessly", "cu-stomizable").
//
// Hyphens whose letter runs touch ("cyber-at-tack") are decided together: the decision
// must hold for the words the repairs leave behind, so that repairing the output again
// changes nothing.
//
// [Repairer.Repair] documents exactly what counts as a repair. [Repairer.RepairStream] is the
// streaming form for large inputs.
//
// Repair decides every hyphen once, then repairs its own output again until nothing
// changes; a later pass decides again only the hyphens an earlier edit could have changed,
// and derives the document's word counts from the earlier pass instead of reading the text
// again. The looks around a hyphen are bounded, so time grows in proportion to the text.
//
// Files: repair.go (API, finding hyphens), pass.go (passes, document counts, what a later
// pass decides again), decide.go (the evidence and the decisions), alone.go (where a part
// stands alone, listed once per pass for recurring parts), near.go (whether a word occurs
// near a hyphen, from the positions the document counts keep), apply.go (edits and
// offsets), stream.go (streaming), lexicon.go (word list lookup through the generated table
// of internal/wordindex), liang.go (English Liang patterns), italian.go (Italian
// syllabification rules).
//
// Measured on the generated evaluation set in testdata/dehyphen (see eval_test.go), on the
// three splits the rules were tuned on (tune, 58k words; dev, 198k; dev2, 85k words of
// literary, scientific, technical and news prose) and the held-out split (53k words), each
// repaired whole: broken words restored 99.4-99.7% / 99.1-99.4% / 98.8-99.4% / 99.3-99.5%;
// genuine hyphens lost or words glued 0.04-0.07 / 0.09-0.13 / 0.13-0.18 / 0.21-0.26 per
// 1,000 words; word error rate 0.010-0.014% / 0.023-0.030% / 0.025-0.038% /
// 0.026-0.039%, against 2-5% for doing nothing. Repaired as articles of about 800 words,
// one at a time, with only an article's evidence: 98.6-99.6% / 98.6-98.9% / 98.3-99.3% /
// 98.6-99.5% restored, 0.21-0.24 / 0.17-0.22 / 0.16-0.21 / 0.34-0.41 lost or glued, word
// error rate 0.029-0.040% / 0.035-0.050% / 0.029-0.052% / 0.045-0.056%.
//
// The embedded data in data/ is derived from Debian packages by
//
//	go generate ./dehyphen/...
//
// which runs internal/gen (see its doc for the packages it needs: SCOWL word lists, English
// hyphenation patterns, WordNet); data/domain.txt and
// data/compounds.txt are hand-written. data/README.md records sources and licences.
package dehyphen

//go:generate go run ./internal/gen -out data
//go:generate go run ./internal/wordindex/gen -words data/words.txt -out data/words.idx
