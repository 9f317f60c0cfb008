// Package cli implements clipper's commands on top of cobra. It is thin:
// each command parses its flags into an Options struct, wires the streams
// and calls a library package (extract, extract/batch, dehyphen,
// model/schema, extract/eval). Errors are mapped to exit codes once, in
// [Main].
//
// Files: root.go (the command tree, exit codes, signals), extract.go,
// dehyphen.go, schema.go, eval.go, version.go (one command each),
// iostreams.go (injected streams with terminal detection), output.go
// (atomic output files).
package cli
