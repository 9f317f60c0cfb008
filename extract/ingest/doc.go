// Package ingest turns the raw bytes of one input into clean text: it
// decompresses gzip, sniffs HTML versus plain text, decodes the character
// encoding, normalises line endings to "\n" and Unicode to NFC, and refuses
// binary, empty and oversized inputs with errors that name the input.
//
// Encoding precedence: a byte order mark (UTF-8, UTF-16LE, UTF-16BE); UTF-16
// without a mark, recognised by its zero bytes; for HTML, a meta charset
// declaration (overridden, with a warning, when the page is valid non-ASCII
// UTF-8 that the declaration contradicts); else UTF-8 when the bytes are valid
// UTF-8; else Windows-1252.
//
// Files:
//   - ingest.go: [Decode], [Read], [Options], [Document] and the sentinel errors.
//   - hash.go: [Hash], the input's digest without decoding, for resumed batches.
//
// Everything here is a pure function of its arguments and safe for concurrent
// use.
package ingest
