// Package batch runs an [extract.Extractor] (or any per-item work) over many
// inputs: [Walk] lists the files of folders in a stable order, and [Run]
// processes them on several goroutines while handing results on in input
// order, with bounded memory, so that a million-article archive streams
// through as JSON Lines.
//
// Failures are per item: a bad input gets its own failed result and the batch
// goes on, as gofmt does with the files it formats.
package batch
