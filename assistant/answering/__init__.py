"""The answer stages Assistant is built of: prose, figures, claims, compound questions, unknown names."""
