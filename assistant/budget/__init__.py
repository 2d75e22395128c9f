"""The budget calculator: tables and amounts from documents, question -> plan -> cited result.

Import cost is small (no heavy libraries): `from assistant.budget import answer_figures`.
"""
