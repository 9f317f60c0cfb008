package gazetteer

//go:generate go run ./internal/gen -iso /usr/share/iso-codes/json -o places.tsv
