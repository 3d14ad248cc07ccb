"""The index: the one schema, generations and the per-process handle, per-reader state, the one module that reads Whoosh's internals, live-document BM25F, value columns."""
