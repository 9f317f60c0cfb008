// Package annotate splits an article's text into paragraphs, sentences and
// tokens, with every piece carrying its code-point span in the text, so that
// the recognisers (entities, dates, quotes, incidents) share one segmentation.
//
// The segmenter is rule-based and costs a few microseconds per sentence;
// statistical tagging (prose) runs later, and only where a recogniser needs it.
package annotate
