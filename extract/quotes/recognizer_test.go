package quotes

import (
	"testing"

	"github.com/clipper-news/clipper/extract/annotate"
	"github.com/clipper-news/clipper/extract/entities"
	"github.com/clipper-news/clipper/model"
)

// TestGoldScoresRecognized grades Find with the entity recogniser's own
// entities, which carry resolved pronouns and descriptions but may miss or
// split names; the floors are the same.
func TestGoldScoresRecognized(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the entity recogniser")
	}
	r := entities.New()
	stories := append(devStories(t), caseStories(t)...)
	checkFloors(t, gradeStories(t, stories, func(doc *annotate.Doc, _ story) []model.Entity {
		return r.Recognize(doc)
	}))
}
