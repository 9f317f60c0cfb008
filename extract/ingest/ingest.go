package ingest

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/model"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// DefaultMaxBytes is the size limit used when [Options.MaxBytes] is 0: 16 MiB.
const DefaultMaxBytes int64 = 16 << 20

// Sentinel errors. Every error returned by [Decode] and [Read] wraps one of
// these (or an I/O error) and names the input, so callers can classify
// failures with [errors.Is].
var (
	// ErrTooLarge reports an input, or its gzip-decompressed content, larger
	// than the size limit.
	ErrTooLarge = errors.New("ingest: input too large")
	// ErrBinary reports an input that is not text: it holds NUL bytes or is
	// mostly control characters.
	ErrBinary = errors.New("ingest: binary input")
	// ErrEmpty reports an input that holds only whitespace.
	ErrEmpty = errors.New("ingest: empty input")
	// ErrBadGzip reports a gzip stream that is corrupt or truncated.
	ErrBadGzip = errors.New("ingest: bad gzip data")
	// ErrFormat reports an unknown [Options.Format].
	ErrFormat = errors.New("ingest: unknown format")
)

// Format values accepted by [Options.Format].
const (
	// FormatAuto sniffs the format from the input's first bytes.
	FormatAuto = "auto"
	// FormatText is plain text, e.g. a PDF journal's text dump.
	FormatText = model.FormatText
	// FormatHTML is an HTML page.
	FormatHTML = model.FormatHTML
)

// Options controls [Decode] and [Read]. The zero value sniffs the format and
// applies [DefaultMaxBytes].
type Options struct {
	// Format is "auto" (or ""), "text" or "html".
	Format string
	// MaxBytes caps the input size, and the size after gzip decompression.
	// 0 means [DefaultMaxBytes]; a negative value is treated as 0.
	MaxBytes int64
}

func (o Options) limit() int64 {
	if o.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return o.MaxBytes
}

// Document is a decoded input, ready for layout analysis.
type Document struct {
	// Text is the decoded text in Unicode NFC with "\n" line endings and no
	// byte order mark.
	Text string
	// Format is model.FormatText or model.FormatHTML.
	Format string
	// Encoding names the character encoding the input was decoded from:
	// "utf-8", "utf-16le", "utf-16be", "windows-1252", or the name of a
	// charset declared by an HTML page.
	Encoding string
	// Bytes is the input's size after gzip decompression.
	Bytes int64
	// SHA256 is the hex SHA-256 of the input bytes after decompression.
	SHA256 string
	// Warnings describe doubtful decisions, e.g. a declared charset that the
	// content contradicts.
	Warnings []string
}

// Read reads at most the size limit (plus one byte, to notice a larger input)
// from r and decodes it with [Decode]. The reader is not closed. name is used
// in errors only.
func Read(name string, r io.Reader, opts Options) (*Document, error) {
	max := opts.limit()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return Decode(name, data, opts)
}

// Decode turns the raw bytes of one input into a [Document]. A gzip stream
// (recognised by its magic bytes) is decompressed first, with the
// decompressed size capped at the limit. The format is sniffed unless
// opts.Format says otherwise. The character encoding is taken from a byte
// order mark, then (for HTML) from a meta charset declaration, else UTF-8 when
// the bytes are valid UTF-8, else Windows-1252. Binary, empty and oversized
// inputs are refused with an error that wraps one of the sentinel errors and
// names the input. Decode never retains data.
func Decode(name string, data []byte, opts Options) (*Document, error) {
	format := strings.ToLower(strings.TrimSpace(opts.Format))
	switch format {
	case "", FormatAuto, FormatText, FormatHTML:
	default:
		return nil, fmt.Errorf("%s: %w %q (want auto, text or html)", name, ErrFormat, opts.Format)
	}
	max := opts.limit()
	if int64(len(data)) > max {
		return nil, fmt.Errorf("%s: %w: more than %d bytes", name, ErrTooLarge, max)
	}
	if isGzip(data) {
		var err error
		data, err = gunzip(name, data, max)
		if err != nil {
			return nil, err
		}
	}
	sum := sha256.Sum256(data)
	doc := &Document{Bytes: int64(len(data)), SHA256: hex.EncodeToString(sum[:])}

	enc, encName, bomLen := sniffUnicode(data)
	body := data[bomLen:]
	if enc == nil && bytes.IndexByte(body, 0) >= 0 {
		return nil, fmt.Errorf("%s: %w: contains NUL bytes", name, ErrBinary)
	}
	if format == "" || format == FormatAuto {
		// Sniff on a decoded prefix so that UTF-16 pages are seen as HTML.
		format = sniffFormat(prefixText(body, enc))
	}
	if enc == nil {
		enc, encName, doc.Warnings = chooseEncoding(body, format)
	}
	text, err := decodeWith(enc, body)
	if err != nil {
		return nil, fmt.Errorf("%s: decode %s: %w", name, encName, err)
	}
	text = normalizeNewlines(text)
	if !norm.NFC.IsNormalString(text) {
		text = norm.NFC.String(text)
	}
	text = strings.TrimPrefix(text, "\uFEFF")
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%s: %w: only whitespace", name, ErrEmpty)
	}
	if isBinaryText(text) {
		return nil, fmt.Errorf("%s: %w: mostly control characters", name, ErrBinary)
	}
	doc.Text = text
	doc.Format = format
	doc.Encoding = encName
	return doc, nil
}

func isGzip(data []byte) bool {
	return len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b
}

// gunzip decompresses data, refusing output larger than max.
func gunzip(name string, data []byte, max int64) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrBadGzip, err)
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w: %w", name, ErrBadGzip, err)
	}
	if int64(len(out)) > max {
		return nil, fmt.Errorf("%s: %w: more than %d bytes after gzip decompression", name, ErrTooLarge, max)
	}
	return out, nil
}

// sniffUnicode recognises UTF-8 and UTF-16 byte order marks, and UTF-16
// without one by the pattern of zero bytes in ASCII-heavy text. It returns a
// nil encoding when the input is not recognisably Unicode-encoded.
func sniffUnicode(data []byte) (encoding.Encoding, string, int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return xunicode.UTF8, "utf-8", 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le", 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be", 2
	}
	n := len(data)
	if n > 4096 {
		n = 4096
	}
	n &^= 1
	if n < 4 {
		return nil, "", 0
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			evenZero++
		}
		if data[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 >= pairs*6 && evenZero*20 <= pairs:
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), "utf-16le", 0
	case evenZero*10 >= pairs*6 && oddZero*20 <= pairs:
		return xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), "utf-16be", 0
	}
	return nil, "", 0
}

// prefixText decodes up to 1 KiB of body for format sniffing.
func prefixText(body []byte, enc encoding.Encoding) string {
	n := len(body)
	if n > 1024 {
		n = 1024
	}
	if enc == nil {
		return string(body[:n])
	}
	s, _, _ := transform.Bytes(enc.NewDecoder(), body[:n&^1])
	return string(s)
}

// htmlStarts are the tags whose presence at the start of a document marks it
// as HTML.
var htmlStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<article", "<div", "<p>", "<p ", "<h1", "<section", "<main", "<!--", "<?xml", "<table", "<span", "<header", "<nav", "<link", "<script", "<style"}

// sniffFormat reports FormatHTML when the text opens with markup.
func sniffFormat(prefix string) string {
	s := strings.TrimLeft(prefix, " \t\r\n\f\uFEFF")
	if len(s) > 64 {
		s = s[:64]
	}
	s = strings.ToLower(s)
	for _, p := range htmlStarts {
		if strings.HasPrefix(s, p) {
			return FormatHTML
		}
	}
	return FormatText
}

// chooseEncoding applies the precedence for input without a byte order mark:
// an HTML meta charset, then UTF-8 when valid, then Windows-1252.
func chooseEncoding(body []byte, format string) (encoding.Encoding, string, []string) {
	valid := utf8.Valid(body)
	if format == FormatHTML {
		n := len(body)
		if n > 4096 {
			n = 4096
		}
		if e, declared := metaCharset(body[:n]); e != nil {
			switch {
			case strings.HasPrefix(declared, "utf-16"):
				// A byte-oriented page cannot really be UTF-16 (the HTML
				// standard treats the declaration as UTF-8).
				declared = "utf-8"
				e = xunicode.UTF8
			case declared != "utf-8" && valid && !isASCII(body):
				return xunicode.UTF8, "utf-8", []string{fmt.Sprintf("declared charset %s, but the content is valid UTF-8: decoded as UTF-8", declared)}
			case declared == "utf-8" && !valid:
				return charmap.Windows1252, "windows-1252", []string{"declared charset utf-8, but the content is not valid UTF-8: decoded as windows-1252"}
			}
			return e, declared, nil
		}
	}
	if valid {
		return xunicode.UTF8, "utf-8", nil
	}
	return charmap.Windows1252, "windows-1252", nil
}

// metaCharsetRE finds a charset declaration in a <meta> tag, either
// <meta charset=x> or <meta http-equiv=content-type content="...; charset=x">.
var metaCharsetRE = regexp.MustCompile(`(?i)<meta\b[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.\-]+)`)

// metaCharset finds the page's declared charset in its first bytes and
// resolves the label as the Encoding Standard does.
func metaCharset(prefix []byte) (encoding.Encoding, string) {
	m := metaCharsetRE.FindSubmatch(prefix)
	if m == nil {
		return nil, ""
	}
	e, name := charset.Lookup(string(m[1]))
	if e == nil {
		return nil, ""
	}
	return e, strings.ToLower(name)
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func decodeWith(enc encoding.Encoding, body []byte) (string, error) {
	if enc == xunicode.UTF8 {
		if utf8.Valid(body) {
			return string(body), nil
		}
		return strings.ToValidUTF8(string(body), "\uFFFD"), nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n".
func normalizeNewlines(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

// isBinaryText reports text that holds NUL characters or in which control
// characters (other than tab, newline, form feed and vertical tab) make up
// more than a tenth of the first 64 KiB.
func isBinaryText(s string) bool {
	if len(s) > 64<<10 {
		s = s[:64<<10]
	}
	var ctrl, total int
	for _, r := range s {
		total++
		if r == 0 {
			return true
		}
		if r == '\t' || r == '\n' || r == '\f' || r == '\v' {
			continue
		}
		if unicode.IsControl(r) {
			ctrl++
		}
	}
	return ctrl*10 > total
}
