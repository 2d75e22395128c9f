"""Understanding a question before anything is looked up: its word classes (understand.words) and its parts
(understand.parts). The rest of the question model still lives in assistant.query, assistant.followup and
assistant.budget.plan; new analysis belongs here.
"""
