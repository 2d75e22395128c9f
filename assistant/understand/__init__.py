"""Understanding a question before anything is looked up: its language and normalised input (language,
userinput), its stems, expansions and named metadata (query), its word classes (words), its parts (parts),
abbreviations, whole-word matching (boundaries), the earlier turns it continues (followup) and what an earlier
answer named (referent). The calculator's own reading of a question is assistant.budget.plan.
"""
