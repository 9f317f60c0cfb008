package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/clipper-news/clipper/model/schema"
)

// NewCmdSchema builds "clipper schema".
func NewCmdSchema(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema (draft 2020-12) of the record",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			b, err := schema.JSON()
			if err != nil {
				return err
			}
			_, err = fmt.Fprintf(ios.Out, "%s\n", b)
			return err
		},
	}
}
