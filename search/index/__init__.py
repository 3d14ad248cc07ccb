"""The index: the one schema, generations and the per-process handle,
per-reader state, the two modules that touch Whoosh's internals (whoosh_read:
postings, lengths, columns, the self-check; whoosh_write: segments in bulk),
the engine's state for operators, live-document BM25F, value columns."""
