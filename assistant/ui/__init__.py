"""The Streamlit chat's helpers: texts, safe rendering of document text, figures, feedback, export,
uploads and the sidebar. `streamlit_app.py` wires them together; nothing here retrieves or computes."""
