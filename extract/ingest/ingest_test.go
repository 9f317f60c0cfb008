package ingest

import (
	"bytes"
	"compress/gzip"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFF, 0xFE)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func utf16be(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = append(b, 0xFE, 0xFF)
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u>>8), byte(u))
	}
	return b
}

func gz(t testing.TB, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// result is the part of a Document (or error) a case checks.
type result struct {
	Text     string
	Format   string
	Encoding string
	Bytes    int64
	Warnings []string
	Err      error
}

func TestDecode(t *testing.T) {
	const page = "<!DOCTYPE html><html><head><meta charset=\"iso-8859-1\"><title>x</title></head><body><p>Caf\xe9</p></body></html>"
	const utf8Page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Café “quoted”</p></body></html>"
	bigGzip := gz(t, bytes.Repeat([]byte("a"), 3000))
	goodGzip := gz(t, []byte("hello\n"))
	cases := []struct {
		name   string
		data   []byte
		opts   Options
		want   result
		reason string
	}{
		{"utf8", []byte("Hello, wörld\n"), Options{}, result{Text: "Hello, wörld\n", Format: "text", Encoding: "utf-8", Bytes: 14}, "valid UTF-8 text is taken as UTF-8"},
		{"utf8-bom", []byte("\xEF\xBB\xBFHello"), Options{}, result{Text: "Hello", Format: "text", Encoding: "utf-8", Bytes: 8}, "the BOM is removed from the text"},
		{"utf16le-bom", utf16le("Zürich port\r\n", true), Options{}, result{Text: "Zürich port\n", Format: "text", Encoding: "utf-16le", Bytes: 28}, "a UTF-16LE BOM decides the encoding"},
		{"utf16le-nobom", utf16le("Plain words in a port story.", false), Options{}, result{Text: "Plain words in a port story.", Format: "text", Encoding: "utf-16le", Bytes: 56}, "UTF-16LE without BOM is recognised by its zero bytes instead of being refused as binary"},
		{"utf16be-bom-html", utf16be("<html><body><p>Ciao</p></body></html>", true), Options{}, result{Text: "<html><body><p>Ciao</p></body></html>", Format: "html", Encoding: "utf-16be", Bytes: 76}, "format is sniffed after decoding UTF-16"},
		{"utf16be-nobom", utf16be("Another plain story here.", false), Options{}, result{Text: "Another plain story here.", Format: "text", Encoding: "utf-16be", Bytes: 50}, "UTF-16BE without BOM"},
		{"cp1252", []byte("\x93Quoted\x94 caf\xe9"), Options{}, result{Text: "“Quoted” café", Format: "text", Encoding: "windows-1252", Bytes: 13}, "invalid UTF-8 falls back to Windows-1252 with its curly quotes"},
		{"meta-charset", []byte(page), Options{}, result{Text: strings.Replace(page, "\xe9", "é", 1), Format: "html", Encoding: "windows-1252", Bytes: int64(len(page))}, "a meta charset decides for HTML (iso-8859-1 is windows-1252 by the Encoding Standard)"},
		{"meta-charset-lies", []byte(utf8Page), Options{}, result{Text: utf8Page, Format: "html", Encoding: "utf-8", Bytes: int64(len(utf8Page)), Warnings: []string{"declared charset windows-1252, but the content is valid UTF-8: decoded as UTF-8"}}, "a declaration contradicted by valid non-ASCII UTF-8 is overridden with a warning"},
		{"meta-utf16-on-bytes", []byte("<html><head><meta charset=utf-16></head><p>ok</p>"), Options{}, result{Text: "<html><head><meta charset=utf-16></head><p>ok</p>", Format: "html", Encoding: "utf-8", Bytes: 49}, "a UTF-16 declaration in a byte-oriented page means UTF-8"},
		{"crlf", []byte("a\r\nb\rc\n"), Options{}, result{Text: "a\nb\nc\n", Format: "text", Encoding: "utf-8", Bytes: 7}, "CRLF and lone CR become LF"},
		{"nfc", []byte("Cafe\u0301"), Options{}, result{Text: "Café", Format: "text", Encoding: "utf-8", Bytes: 6}, "combining marks are composed (NFC)"},
		{"format-forced", []byte("<p>not really</p>"), Options{Format: "text"}, result{Text: "<p>not really</p>", Format: "text", Encoding: "utf-8", Bytes: 17}, "an explicit format is not sniffed"},
		{"format-upper", []byte("<p>x</p>"), Options{Format: "HTML"}, result{Text: "<p>x</p>", Format: "html", Encoding: "utf-8", Bytes: 8}, "format names are case-insensitive"},
		{"gzip", goodGzip, Options{}, result{Text: "hello\n", Format: "text", Encoding: "utf-8", Bytes: 6}, "gzip is decompressed transparently and Bytes counts decompressed bytes"},
		{"bad-format", []byte("x"), Options{Format: "pdf"}, result{Err: ErrFormat}, "unknown formats are refused"},
		{"nul", []byte("abc\x00def ghi jkl"), Options{}, result{Err: ErrBinary}, "a NUL byte marks binary input"},
		{"controls", []byte("\x01\x02\x03\x04\x05abc\x06\x07\x08"), Options{}, result{Err: ErrBinary}, "mostly control characters is binary"},
		{"empty", []byte(" \n\t\r\n"), Options{}, result{Err: ErrEmpty}, "whitespace only is empty"},
		{"zero", nil, Options{}, result{Err: ErrEmpty}, "no bytes at all is empty"},
		{"too-large", bytes.Repeat([]byte("a"), 101), Options{MaxBytes: 100}, result{Err: ErrTooLarge}, "inputs over the limit are refused"},
		{"gzip-bomb", bigGzip, Options{MaxBytes: 1000}, result{Err: ErrTooLarge}, "the decompressed size is capped too"},
		{"gzip-truncated", goodGzip[:len(goodGzip)-6], Options{}, result{Err: ErrBadGzip}, "a truncated gzip stream is an error, not a partial text"},
		{"gzip-header-only", []byte{0x1f, 0x8b, 8}, Options{}, result{Err: ErrBadGzip}, "a gzip header cut short is an error"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Decode("input-"+tc.name, tc.data, tc.opts)
			var got result
			if err != nil {
				got.Err = err
				if !strings.Contains(err.Error(), "input-"+tc.name) {
					t.Errorf("error %q does not name the input", err)
				}
			} else {
				got = result{Text: doc.Text, Format: doc.Format, Encoding: doc.Encoding, Bytes: doc.Bytes, Warnings: doc.Warnings}
				if len(doc.SHA256) != 64 {
					t.Errorf("SHA256 = %q, want 64 hex digits", doc.SHA256)
				}
			}
			if diff := cmp.Diff(tc.want, got, cmpopts.EquateErrors(), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Decode() mismatch (-want +got) [%s]:\n%s", tc.reason, diff)
			}
		})
	}
}

func TestReadLimits(t *testing.T) {
	cases := []struct {
		name   string
		data   []byte
		max    int64
		want   error
		reason string
	}{
		{"at-limit", bytes.Repeat([]byte("a"), 100), 100, nil, "exactly the limit is accepted"},
		{"over-limit", bytes.Repeat([]byte("a"), 101), 100, ErrTooLarge, "one byte over is refused without reading the rest"},
		{"huge-line", bytes.Repeat([]byte("word "), 1<<20), 1 << 20, ErrTooLarge, "a 5 MB single line over a 1 MiB limit"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(tc.name, bytes.NewReader(tc.data), Options{MaxBytes: tc.max})
			if !errors.Is(err, tc.want) {
				t.Errorf("Read() error = %v, want %v [%s]", err, tc.want, tc.reason)
			}
		})
	}
}

// TestHostile checks inputs that must neither panic nor hang.
func TestHostile(t *testing.T) {
	size := 40 << 20
	if raceEnabled || testing.Short() {
		size = 4 << 20
	}
	line := bytes.Repeat([]byte("x"), size)
	doc, err := Decode("line", line, Options{MaxBytes: 64 << 20})
	if err != nil || len(doc.Text) != size {
		t.Fatalf("40 MB line: err %v", err)
	}
	deep := strings.Repeat("<div>", 100000) + "x"
	if doc, err := Decode("deep", []byte(deep), Options{}); err != nil || doc.Format != "html" {
		t.Fatalf("deep HTML: %v", err)
	}
	bomb := gz(t, make([]byte, size+size/2))
	if _, err := Decode("bomb", bomb, Options{MaxBytes: int64(size)}); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("gzip bomb: err %v, want ErrTooLarge", err)
	}
}

func TestTestdata(t *testing.T) {
	files, err := filepath.Glob("../../testdata/gold/*.*")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		ext := filepath.Ext(f)
		if ext != ".txt" && ext != ".html" {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := Decode(f, data, Options{})
		if err != nil {
			t.Fatalf("Decode(%s): %v", f, err)
		}
		want := map[string]string{".txt": "text", ".html": "html"}[ext]
		if doc.Format != want || doc.Encoding != "utf-8" {
			t.Errorf("%s: format %s encoding %s, want %s utf-8", f, doc.Format, doc.Encoding, want)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("plain text\n"), "")
	f.Add([]byte("<html><meta charset=latin1><p>caf\xe9</p>"), "auto")
	f.Add(utf16le("hello world", false), "text")
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0}, "")
	f.Add([]byte("\xFE\xFF\x00<\x00p"), "html")
	f.Fuzz(func(t *testing.T, data []byte, format string) {
		doc, err := Decode("fuzz", data, Options{Format: format, MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		if strings.ContainsRune(doc.Text, '\r') {
			t.Errorf("text holds a CR")
		}
		if strings.TrimSpace(doc.Text) == "" {
			t.Errorf("empty text accepted")
		}
		if doc.Format != "text" && doc.Format != "html" {
			t.Errorf("format %q", doc.Format)
		}
	})
}

func BenchmarkDecode(b *testing.B) {
	data, err := os.ReadFile("../../testdata/gold/kestrel-ecdis-malware-2024.html")
	if err != nil {
		b.Fatal(err)
	}
	cp := []byte(strings.NewReplacer("“", "\x93", "”", "\x94", "’", "\x92", "charset=\"utf-8\"", "charset=\"windows-1252\"").Replace(string(data)))
	for _, bc := range []struct {
		name string
		data []byte
	}{{"utf8", data}, {"cp1252", cp}, {"utf16", utf16le(string(data), true)}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.data)))
			for b.Loop() {
				if _, err := Decode("bench", bc.data, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestEncodedFiles reads re-encoded copies of development articles and
// checks that they decode to the same text as the UTF-8 originals.
func TestEncodedFiles(t *testing.T) {
	cases := []struct {
		file, original, encoding, format string
		reason                           string
	}{
		{"kestrel-utf16le-bom.html", "kestrel-ecdis-malware-2024.html", "utf-16le", "html", "UTF-16LE with a byte order mark"},
		{"kestrel-windows-1252.html", "kestrel-ecdis-malware-2024.html", "windows-1252", "html", "Windows-1252 declared by a meta charset (curly quotes in 0x93/0x94)"},
		{"imo-cma-cgm-2020-crlf.txt.gz", "imo-cma-cgm-2020.txt", "utf-8", "text", "gzip with CRLF line endings"},
	}
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open(filepath.Join("../../testdata/ingest", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			doc, err := Read(tc.file, f, Options{})
			if err != nil {
				t.Fatal(err)
			}
			orig, err := os.ReadFile(filepath.Join("../../testdata/gold", tc.original))
			if err != nil {
				t.Fatal(err)
			}
			want := string(orig)
			if tc.encoding == "windows-1252" {
				want = strings.Replace(want, `charset="utf-8"`, `charset="windows-1252"`, 1)
			}
			got := result{Text: doc.Text, Format: doc.Format, Encoding: doc.Encoding}
			if diff := cmp.Diff(result{Text: want, Format: tc.format, Encoding: tc.encoding}, got); diff != "" {
				t.Errorf("Read() mismatch (-want +got) [%s]:\n%s", tc.reason, diff)
			}
		})
	}
}
