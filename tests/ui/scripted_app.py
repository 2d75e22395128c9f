"""streamlit_app.py with tests.ui.scripted's BrowserAssistant in place of the real one (browser tests only):
`streamlit run tests/ui/scripted_app.py` from the repository root."""
from __future__ import annotations

import runpy
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from assistant.ui import resources  # noqa: E402
from tests.ui.scripted import BrowserAssistant  # noqa: E402

if not isinstance(getattr(resources, "_scripted", None), BrowserAssistant):
    resources._scripted = BrowserAssistant()
resources.get_assistant = lambda settings, lang: resources._scripted
runpy.run_path(str(REPO / "streamlit_app.py"), run_name="__main__")
