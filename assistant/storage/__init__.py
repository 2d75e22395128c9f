"""The index on disk: chunks, texts and manifests (index), vectors (store, sentence_store) and generations, so readers never see a half-written index."""
