// Package schema generates the JSON Schema (draft 2020-12) of clipper's
// record from the Go types of package model, so that the two never drift
// apart. The descriptions come from the types' doc comments, collected by
// "go generate ./model/schema" into comments_gen.go.
package schema
