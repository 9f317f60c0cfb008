// Package pipelinetest grades the entity recogniser through the whole
// extraction pipeline (layout, hyphenation repair, segmentation, entities)
// on every annotated article in testdata/gold, including those the entities
// package has no hand-cut story text for. It holds tests only; keeping them
// here lets the entities package's own tests build without the other stages.
package pipelinetest
