// Package extract turns one news article (plain text or HTML) into a
// [model.Record]: the story's metadata and cleaned text, its entities,
// dates and quotes, and one incident record per victim of an attack.
//
// Build an [Extractor] once with [New] and share it: it is safe for
// concurrent use, and loads its heavy resources (the hyphenation lexicon,
// the statistical tagger) once, on first use.
//
// The pipeline is a sequence of small stages, each a package with one job:
//
//	ingest     sniff the format, decode the charset, normalise (extract/ingest)
//	layout     find the story: masthead, headline, body and footer in text;
//	           main content and metadata in HTML (extract/layout)
//	dehyphen   repair typesetters' hyphenation artifacts (dehyphen)
//	assemble   join hard-wrapped lines, lay out article.text (assemble.go)
//	annotate   paragraphs, sentences and tokens (extract/annotate)
//	recognise  entities (extract/entities), dates (extract/dates),
//	           quotes (extract/quotes)
//	incidents  victim, type, date, systems and their status (extract/incidents)
//
// Files: extract.go (Extractor, Input, Options, the pipeline), assemble.go
// (article text and repair spans).
package extract
