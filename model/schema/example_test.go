package schema_test

import (
	"fmt"

	"github.com/clipper-news/clipper/model/schema"
)

func ExampleRecord() {
	s := schema.Record()
	fmt.Println(s.Version)
	fmt.Println(s.Properties.Len() > 0)
	// Output:
	// https://json-schema.org/draft/2020-12/schema
	// true
}
