package layout

import (
	"os"
	"strings"
	"testing"
)

// sink keeps benchmark results alive.
var sink *Result

func readFixture(b *testing.B, path string) string {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func BenchmarkText(b *testing.B) {
	for _, name := range []string{"imo-cma-cgm-2020.txt", "amber-coast-pcs-ddos-2022.txt"} {
		text := readFixture(b, "../../testdata/gold/"+name)
		b.Run(strings.TrimSuffix(name, ".txt"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				sink = Text(text)
			}
			if sink.Headline == "" {
				b.Fatal("no headline")
			}
		})
	}
}

func BenchmarkHTML(b *testing.B) {
	for _, name := range []string{"kestrel-ecdis-malware-2024.html", "brightwell-forwarding-denial-2025.html"} {
		text := readFixture(b, "../../testdata/gold/"+name)
		b.Run(strings.TrimSuffix(name, ".html"), func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				r, err := HTML(text)
				if err != nil {
					b.Fatal(err)
				}
				sink = r
			}
			if sink.Headline == "" {
				b.Fatal("no headline")
			}
		})
	}
}
