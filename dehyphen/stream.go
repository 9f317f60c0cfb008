package dehyphen

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// chunkSize is how much text RepairStream gathers before it looks for a place to cut.
const chunkSize = 1 << 20

// RepairStream is the streaming form of [Repairer.Repair]: it reads in, writes the repaired
// text to w, and calls report (which may be nil) for each repair. Offsets in the reported
// repairs are code points from the start of the stream.
//
// The text is repaired in pieces of about a megabyte cut at a paragraph break (a blank
// line) or, failing that, at a space that no repair can cross; the document evidence
// (does the joined word occur elsewhere?) is gathered per piece. Inputs shorter than a
// piece give exactly the result of Repair.
func (r *Repairer) RepairStream(in io.Reader, w io.Writer, report func(Repair)) error {
	br := bufio.NewReaderSize(in, 64<<10)
	var buf []byte
	rawBase, outBase := 0, 0
	eof := false
	tmp := make([]byte, 64<<10)
	for {
		for !eof && len(buf) < chunkSize {
			n, err := br.Read(tmp)
			buf = append(buf, tmp[:n]...)
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return fmt.Errorf("dehyphen: read input: %w", err)
			}
		}
		cut := len(buf)
		if !eof {
			cut = cutPoint(buf)
		}
		chunk := string(buf[:cut])
		out, reps := r.Repair(chunk)
		if _, err := io.WriteString(w, out); err != nil {
			return fmt.Errorf("dehyphen: write output: %w", err)
		}
		if report != nil {
			for _, rp := range reps {
				rp.RawStart += rawBase
				rp.RawEnd += rawBase
				rp.Start += outBase
				rp.End += outBase
				report(rp)
			}
		}
		rawBase += utf8.RuneCountInString(chunk)
		outBase += utf8.RuneCountInString(out)
		buf = append(buf[:0], buf[cut:]...)
		if eof && len(buf) == 0 {
			return nil
		}
	}
}

// cutPoint returns where buf can be cut so that no repair crosses the cut: after the last
// blank line, or else after a space that follows neither a hyphen nor whitespace and is
// followed by a letter-free stretch. It returns len(buf) when there is no such place.
func cutPoint(buf []byte) int {
	s := string(buf)
	if i := strings.LastIndex(s, "\n\n"); i > len(s)/2 {
		return i + 2
	}
	for i := len(s) - 1; i > len(s)/2; i-- {
		if s[i] != ' ' || i == 0 {
			continue
		}
		p := s[i-1]
		if p == ' ' || p == '\n' || p == '\t' || p == '\r' || isHyphenAt(s, i-1) {
			continue
		}
		if i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n' || s[i+1] == '\t' || s[i+1] == '\r') {
			continue
		}
		return i + 1
	}
	return len(s)
}
