package schema

import (
	"encoding/json"
	"maps"

	"github.com/invopop/jsonschema"

	"github.com/clipper-news/clipper/model"
)

//go:generate go run ./internal/gencomments

// ID is the schema's $id.
const ID = "https://github.com/clipper-news/clipper/model/record.schema.json"

// Record returns the JSON Schema (draft 2020-12) of [model.Record], with the
// Go doc comments as descriptions.
func Record() *jsonschema.Schema {
	r := &jsonschema.Reflector{
		CommentMap:     maps.Clone(comments),
		ExpandedStruct: true,
	}
	s := r.Reflect(&model.Record{})
	s.ID = ID
	s.Title = "clipper record"
	return s
}

// JSON returns [Record] as indented JSON.
func JSON() ([]byte, error) {
	return json.MarshalIndent(Record(), "", "  ")
}
