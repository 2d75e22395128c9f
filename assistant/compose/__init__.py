"""Writing the answer: the extractive and LLM composers, answers that continue an earlier turn, and citations verified against their sources."""
