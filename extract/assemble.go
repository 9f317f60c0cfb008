package extract

import (
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/clipper-news/clipper/dehyphen"
	"github.com/clipper-news/clipper/extract/layout"
	"github.com/clipper-news/clipper/model"
)

// paragraphSeparator goes between the story's blocks in article.text.
const paragraphSeparator = "\n\n"

// story is the article text assembled from the layout's story blocks.
type story struct {
	// Text is article.text: blocks repaired, lines joined, separated by a blank line.
	Text string
	// Repairs are the hyphenation repairs, with spans in Text.
	Repairs []model.Repair
	// Headline and Standfirst tell whether the first blocks are those.
	Headline, Standfirst bool
}

// assembleStory repairs each story block, joins its hard-wrapped lines into
// one line (whitespace runs become one space) and lays the blocks out one
// after another. Repair spans follow the text through the joining. A block's
// raw positions are its offsets in the decoded input when the layout knows
// them (plain text); otherwise (HTML) they are offsets in the story text as
// laid out before repair.
func assembleStory(r *dehyphen.Repairer, blocks []layout.Block) story {
	var st story
	out := make([]rune, 0, 4096)
	var runes, joined []rune // scratch, reused from block to block
	var pos []int
	rawBase := 0 // running offset in the unrepaired story, for blocks without RawStart
	for i, b := range blocks {
		switch {
		case i == 0 && b.Kind == layout.Headline:
			st.Headline = true
		case b.Kind == layout.Standfirst && (i == 0 || (i == 1 && st.Headline)):
			st.Standfirst = true
		}
		repaired, reps := r.Repair(b.Text)
		runes = appendRunes(runes[:0], repaired)
		joined, pos = collapseSpaceInto(runes, joined[:0], pos[:0])
		if len(joined) == 0 {
			rawBase += utf8.RuneCountInString(b.Text) + utf8.RuneCountInString(paragraphSeparator)
			continue
		}
		switch {
		case len(out) == 0:
		case b.Continued:
			out = append(out, ' ') // a paragraph interrupted by a page break
		default:
			out = appendRunes(out, paragraphSeparator)
		}
		base := len(out)
		out = append(out, joined...)
		raw := b.RawStart
		if raw < 0 {
			raw = rawBase
		}
		for _, rp := range reps {
			st.Repairs = append(st.Repairs, model.Repair{
				Original: rp.Original,
				Repaired: rp.Repaired,
				Start:    base + pos[rp.Start],
				End:      base + pos[rp.End],
				RawStart: raw + rp.RawStart,
				RawEnd:   raw + rp.RawEnd,
				Reason:   rp.Reason,
			})
		}
		rawBase += utf8.RuneCountInString(b.Text) + utf8.RuneCountInString(paragraphSeparator)
	}
	st.Text = string(out)
	if st.Repairs == nil {
		st.Repairs = []model.Repair{}
	}
	return st
}

// appendRunes appends the code points of s to r, as append(r, []rune(s)...)
// does (invalid bytes become U+FFFD) without the intermediate slice.
func appendRunes(r []rune, s string) []rune {
	for _, c := range s {
		r = append(r, c)
	}
	return r
}

// collapseSpace trims s and turns every run of white space into one space.
// pos maps each index of s (and len(s)) to its index in the result.
func collapseSpace(s []rune) (out []rune, pos []int) {
	return collapseSpaceInto(s, make([]rune, 0, len(s)), nil)
}

// collapseSpaceInto is collapseSpace appending its result to out and its map
// to pos, both given empty, so that their storage is reused.
func collapseSpaceInto(s, out []rune, pos []int) ([]rune, []int) {
	pos = slices.Grow(pos, len(s)+1)[:len(s)+1]
	pending := false
	for i, c := range s {
		if unicode.IsSpace(c) {
			pending = len(out) > 0
			pos[i] = len(out)
			continue
		}
		if pending {
			out = append(out, ' ')
			pending = false
		}
		pos[i] = len(out)
		out = append(out, c)
	}
	pos[len(s)] = len(out)
	return out, pos
}
