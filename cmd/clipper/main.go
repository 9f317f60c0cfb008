// Command clipper turns news articles into JSON incident records.
//
// Run "clipper help" for the commands.
package main

import (
	"os"

	"github.com/clipper-news/clipper/cmd/internal/cli"
)

func main() {
	os.Exit(cli.Main())
}
