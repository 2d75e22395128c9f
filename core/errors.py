"""Errors people can act on. Library code raises these; the CLI and the UI turn them into messages.

Messages are Swedish (users read them) and name the file or setting and the next step.
"""
from __future__ import annotations


class KommunError(Exception):
    """Base class: `str(error)` is a complete message for the user."""

    exit_code = 2


class ConfigError(KommunError):
    """A setting (KOMMUN_* variable) has a value we cannot use."""


class IndexEmptyError(KommunError):
    """No index in the data dir yet."""

    def __init__(self, data_dir: object) -> None:
        super().__init__(f"Indexet i {data_dir} är tomt. Kör: kommun ingest corpus/")


class EmbeddingModelMismatchError(KommunError):
    """The index was built with another embedding model than the one configured."""

    def __init__(self, index_model: str, configured_model: str) -> None:
        super().__init__(
            f"Indexet byggdes med inbäddningsmodellen {index_model!r}, men KOMMUN_EMBED_MODEL anger "
            f"{configured_model!r}. Kör: kommun ingest corpus/ (bäddar in allt på nytt) eller sätt "
            f"KOMMUN_EMBED_MODEL={index_model}"
        )


class StoreUnavailableError(KommunError):
    """The Chroma server in KOMMUN_CHROMA_URL does not answer."""


class ModelLoadError(KommunError):
    """The embedding model could not be loaded (offline, wrong name or path)."""


class DocumentError(KommunError):
    """A file could not be ingested; ingest names it in the summary and goes on."""

    exit_code = 1


class UnsupportedFileError(DocumentError):
    pass


class EmptyDocumentError(DocumentError):
    pass


class CorruptFileError(DocumentError):
    pass


class EncryptedPdfError(DocumentError):
    pass


class NoTextLayerError(DocumentError):
    pass


class FileTooLargeError(DocumentError):
    pass


class UnreadableFileError(DocumentError):
    """The operating system refused to read the file (permissions, vanished meanwhile, I/O error)."""


class LLMError(KommunError):
    """The configured LLM (KOMMUN_LLM) failed or answered something we cannot use."""


class EvalSetError(KommunError):
    """An evaluation question set (evals/sets/*.jsonl) is missing or has a malformed line."""
