"""Finding passages: BM25 over Swedish stems, the embedders and dense vectors, their fusion, and the question-sentence similarity used to rank evidence."""
