// Package incidents builds incident records from an annotated article: who
// was attacked, how, when, by whom, who helped, which systems went down,
// stayed up or came back, and whether data was taken.
package incidents
