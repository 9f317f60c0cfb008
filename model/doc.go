// Package model defines clipper's output: the [Record] written for each
// article and the [Failure] written in place of one that could not be read.
//
// The JSON field names are a public contract. All spans (Start, End) are
// half-open ranges of Unicode code points into [Article.Text], so that
// text[start:end] in Python, or []rune(text)[start:end] in Go, is the evidence
// for the field. Dates are ISO 8601 with an explicit precision.
//
// The package holds plain data types only: no I/O and no behaviour beyond
// small helpers.
package model
