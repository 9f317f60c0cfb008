package layout

import (
	"github.com/clipper-news/clipper/model"
)

// Kind classifies a [Block].
type Kind int

// Block kinds. Only Headline, Standfirst, Dateline and Body blocks make up
// the story (see [Result.Story]).
const (
	// Other is text that fits no other kind.
	Other Kind = iota
	// Masthead is the publication's name, tagline or page furniture
	// (a running head, a page number, a masthead repeated after a page break).
	Masthead
	// IssueLine is a journal's volume and issue line ("ANNO XII - Numero MARZO 2023").
	IssueLine
	// Timestamp is a line that only gives a date or time ("14:20 GMT+2",
	// "June 15, 2022 11:42 AM GMT+2").
	Timestamp
	// Section is the journal or site section ("TECHNOLOGY - RESEARCH").
	Section
	// Headline is the story's headline.
	Headline
	// Standfirst is the summary printed under the headline.
	Standfirst
	// Byline names the authors ("By Lena Marsh").
	Byline
	// Dateline is the first body paragraph when it opens with a wire dateline
	// ("ROTTERDAM, March 3 (Harbour Wire) - ..."); it belongs to the story.
	Dateline
	// Body is a paragraph, heading or list item of the story.
	Body
	// Caption is a figure caption.
	Caption
	// Footer is contact, address, registration or credit text, tags and
	// comment counts.
	Footer
	// Copyright is a copyright or reproduction notice.
	Copyright
	// Navigation is a menu, breadcrumb or site header.
	Navigation
	// Related is a list of other stories (related, recommended, most read).
	Related
	// Comment is reader comments and comment forms.
	Comment
	// Boilerplate is cookie banners, share bars, newsletter boxes,
	// advertisements, sidebars and forms.
	Boilerplate
)

var kindNames = [...]string{"other", "masthead", "issue-line", "timestamp", "section", "headline", "standfirst", "byline", "dateline", "body", "caption", "footer", "copyright", "navigation", "related", "comment", "boilerplate"}

// String returns the kind's lower-case name, e.g. "headline".
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return "unknown"
	}
	return kindNames[k]
}

// MarshalText encodes the kind as its name, so that JSON shows "headline"
// rather than a number.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Block is one classified piece of the input.
type Block struct {
	// Kind classifies the block.
	Kind Kind `json:"kind"`
	// Text is the block's text. For plain text it keeps its hard-wrap "\n"
	// line breaks and line-end hyphens, exactly as in the input. For HTML it
	// is the element's text with whitespace collapsed, <br> as "\n", entities
	// decoded and &shy; kept as U+00AD.
	Text string `json:"text"`
	// RawStart is the code-point offset of Text in the decoded input for
	// plain text; -1 for HTML.
	RawStart int `json:"raw_start"`
	// Continued marks a Body block that continues the paragraph of the
	// previous Body block, interrupted by page furniture (a footer or
	// masthead at a page break). The extractor joins it to that paragraph.
	Continued bool `json:"continued,omitempty"`
}

// Result is the structure found in one article.
type Result struct {
	// Headline is the headline as printed.
	Headline string `json:"headline"`
	// Standfirst is the summary under the headline, if any.
	Standfirst string `json:"standfirst"`
	// Section is the section in title case ("Technology - Research").
	Section string `json:"section"`
	// Publication is the journal or site name, in title case when it was
	// printed in capitals.
	Publication string `json:"publication"`
	// Authors are the people named in the byline.
	Authors []string `json:"authors"`
	// Language is the story's BCP 47 language tag, e.g. "en".
	Language string `json:"language"`
	// Published is the article's publication date from its issue line,
	// date line, byline, dateline or page metadata; nil if none.
	Published *model.DateValue `json:"published"`
	// URL is the canonical address of an HTML page.
	URL string `json:"url"`
	// Blocks lists every block found, in reading order.
	Blocks []Block `json:"blocks"`
	// Warnings describe doubtful decisions, e.g. metadata sources that
	// disagree.
	Warnings []string `json:"warnings"`
}

// Story returns the blocks that make up article.text, in reading order:
// the Headline, the Standfirst, then the body (Dateline and Body blocks).
func (r *Result) Story() []Block {
	var out []Block
	for _, b := range r.Blocks {
		switch b.Kind {
		case Headline, Standfirst, Dateline, Body:
			out = append(out, b)
		}
	}
	return out
}

func newResult() *Result {
	return &Result{Authors: []string{}, Blocks: []Block{}, Warnings: []string{}}
}
