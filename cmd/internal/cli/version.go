package cli

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/clipper-news/clipper/model"
)

// NewCmdVersion builds "clipper version".
func NewCmdVersion(ios *IOStreams) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print clipper's version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			version, goVersion := "(devel)", ""
			if bi, ok := debug.ReadBuildInfo(); ok {
				if bi.Main.Version != "" {
					version = bi.Main.Version
				}
				goVersion = bi.GoVersion
			}
			_, err := fmt.Fprintf(ios.Out, "clipper %s (record schema %s, %s)\n", version, model.SchemaVersion, goVersion)
			return err
		},
	}
}
