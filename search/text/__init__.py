"""Text: folding with offsets kept, jieba, the analyzer, the gazetteer, synonyms."""
