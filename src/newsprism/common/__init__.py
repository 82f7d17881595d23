"""Building blocks every layer shares, each written once: the data-file loader, near-duplicate detection
(MinHash/LSH), union-find grouping, span merging and run-unique document ids."""
