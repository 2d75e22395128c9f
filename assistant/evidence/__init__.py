"""Evidence from the retrieved passages: quotable sentences and what of the question each covers, whether the passages answer the question, and claims checked against them."""
