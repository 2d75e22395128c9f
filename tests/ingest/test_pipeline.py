"""Ingest end to end with the fake embedder: idempotency, changes, removals, repair, bad files, model change."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.storage.index import open_index, read_manifest
from core.settings import Settings
from assistant.storage.store import open_store
from assistant.storage.sentence_store import quotable_spans
from ingest import pipeline
from ingest.cli import run as cli_run
from ingest.pipeline import ingest_paths
from tests.conftest import CORPUS, FIXTURES
from tests.fakes import HashEmbedder

BUDGET = "budget-2021-2023-socialdemokraterna.txt"
PRESS = "2020-05-18-pressmeddelande-socialtjanstens-ekonomi.txt"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(CORPUS, folder)
    return folder


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return Settings(data_dir=data_dir)


def _state(settings: Settings, embedder: HashEmbedder) -> tuple[list[str], int]:
    index = open_index(settings, embedder=embedder)
    store_ids = sorted(index.store.ids())
    assert store_ids == sorted(index.chunks)  # Chroma and chunks.jsonl agree exactly
    return list(index.chunks), index.store.count()


def test_first_ingest_then_unchanged_rerun_embeds_nothing(corpus: Path, settings: Settings) -> None:
    embedder = HashEmbedder()
    first = ingest_paths([corpus], settings, embedder=embedder)
    assert (first.files_seen, first.files_ingested, first.files_unchanged) == (5, 5, 0)
    assert first.chunks_total == first.chunks_embedded
    assert first.sentences_embedded > first.chunks_total  # every quotable sentence, stored for re-ranking
    assert embedder.texts_embedded == first.chunks_embedded + first.sentences_embedded
    assert first.tables == 3 and first.skipped == () and first.ok
    ids, count = _state(settings, embedder)
    assert count == len(ids) == first.chunks_total

    before = embedder.texts_embedded
    second = ingest_paths([corpus], settings, embedder=embedder)
    assert embedder.texts_embedded == before and second.chunks_embedded == second.sentences_embedded == 0
    assert (second.files_ingested, second.files_unchanged, second.files_removed) == (0, 5, 0)
    assert _state(settings, embedder) == (ids, count)
    generation = open_index(settings, embedder=embedder).files_dir
    for name in ("manifest.json", "chunks.jsonl", "figures.json", "lexical/chunk_ids.json"):
        assert (generation / name).is_file()
    assert len(list((settings.data_dir / "generations").iterdir())) == 1  # the earlier one, unread, is gone
    assert len(list((settings.data_dir / "texts").glob("*.txt"))) == 5


def test_sentences_split_differently_embed_only_the_new_ones(corpus: Path, settings: Settings,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer splitter (here: the old one missed each document's last sentence) re-embeds only the sentences
    it cuts differently at the next ingest; the others keep their stored vectors, so questions embed none."""
    from assistant.storage import sentence_store

    whole = sentence_store.quotable_spans
    monkeypatch.setattr(sentence_store, "quotable_spans", lambda chunks, text: whole(chunks, text)[:-1])
    embedder = HashEmbedder()
    first = ingest_paths([corpus], settings, embedder=embedder)
    monkeypatch.setattr(sentence_store, "quotable_spans", whole)
    before = embedder.texts_embedded
    second = ingest_paths([corpus], settings, embedder=embedder)
    assert second.files_unchanged == 5 and second.chunks_embedded == 0
    assert second.sentences_embedded == 5 and embedder.texts_embedded - before == 5
    index = open_index(settings, embedder=embedder)
    for doc_path in {c.doc_path for c in index.chunks.values()}:
        stored = index.stored_sentence_vectors(doc_path)
        spans = whole(index.chunks_of(doc_path), index.text(doc_path))
        assert sorted(stored) == spans
        fresh = sentence_store.embed_spans(embedder, index.documents[doc_path].meta.title, index.text(doc_path),
                                           spans[:1])
        assert np.allclose(stored[spans[0]], fresh[0])  # a kept vector is the sentence's own
    third = ingest_paths([corpus], settings, embedder=embedder)
    assert third.sentences_embedded == 0 and first.sentences_embedded > second.sentences_embedded


def test_changed_file_replaces_only_its_chunks(corpus: Path, settings: Settings) -> None:
    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    old_ids, _ = _state(settings, embedder)
    press = corpus / PRESS
    press.write_text(press.read_text(encoding="utf-8") + "\n\nTillägg: nämnden återkommer i juni.\n", encoding="utf-8")
    before = embedder.texts_embedded
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert (report.files_ingested, report.files_unchanged) == (1, 4)
    new_ids, count = _state(settings, embedder)
    index = open_index(settings, embedder=embedder)
    press_chunks = [c for c in index.chunks.values() if c.doc_path.endswith(PRESS)]
    assert 1 <= report.chunks_embedded < len(press_chunks)  # only its passages whose text changed
    press_text = index.text(press_chunks[0].doc_path)
    press_sentences = quotable_spans(press_chunks, press_text)
    new_sentences = [(s, e) for s, e in press_sentences if "Tillägg" in press_text[s:e] or "juni" in press_text[s:e]]
    assert 1 <= report.sentences_embedded <= len(new_sentences) < len(press_sentences)  # only its new sentences
    assert embedder.texts_embedded - before == report.chunks_embedded + report.sentences_embedded
    new_prefix = press_chunks[0].id[:12]
    old_press = {i for i in old_ids if i not in new_ids}
    assert old_press and len({i[:12] for i in old_press}) == 1 and new_prefix not in {i[:12] for i in old_ids}
    assert set(old_ids) - old_press == {i for i in new_ids if not i.startswith(new_prefix)}  # others untouched
    assert any("Tillägg: nämnden återkommer i juni." in c.text for c in press_chunks)
    assert count == len(new_ids)
    assert len(list((settings.data_dir / "texts").glob("*.txt"))) == 5  # the old text was dropped


def test_deleted_file_is_removed(corpus: Path, settings: Settings) -> None:
    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    (corpus / BUDGET).unlink()
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert report.files_removed == 1 and report.chunks_embedded == 0 and report.tables == 0
    ids, count = _state(settings, embedder)
    index = open_index(settings, embedder=embedder)
    assert not any(d.endswith(BUDGET) for d in index.documents)
    assert count == len(ids) == report.chunks_total


def test_sidecar_change_updates_metadata(corpus: Path, settings: Settings) -> None:
    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    sidecar = json.loads((corpus / "metadata.json").read_text(encoding="utf-8"))
    sidecar[PRESS]["title"] = "Ny titel"
    (corpus / "metadata.json").write_text(json.dumps(sidecar, ensure_ascii=False), encoding="utf-8")
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert (report.files_ingested, report.files_unchanged) == (1, 4)
    index = open_index(settings, embedder=embedder)
    assert {c.title for c in index.chunks.values() if c.doc_path.endswith(PRESS)} == {"Ny titel"}


def test_killed_ingest_is_repaired_by_next_run(corpus: Path, settings: Settings,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = HashEmbedder()
    real_save = pipeline._Run.save
    calls = {"n": 0}

    def dying_save(self: pipeline._Run) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the 2nd batch's vectors are in Chroma, its manifest entry is not
            raise KeyboardInterrupt
        real_save(self)

    monkeypatch.setattr(pipeline._Run, "save", dying_save)
    monkeypatch.setattr(pipeline, "PENDING_CHUNKS", 10)  # batches: 3 press/summary docs, budget, plan
    with pytest.raises(KeyboardInterrupt):
        ingest_paths([corpus], settings, embedder=embedder)
    monkeypatch.setattr(pipeline._Run, "save", real_save)
    assert len(read_manifest(settings.data_dir)["documents"]) == 3  # the first batch
    in_store = set(open_store(settings, embedder.model_id, embedder.dim).ids())
    assert len(in_store) == first_run_chunks(corpus, exclude="ekonomisk")  # incl. the unregistered budget

    report = ingest_paths([corpus], settings, embedder=embedder)
    assert (report.files_ingested, report.files_unchanged) == (2, 3)
    ids, count = _state(settings, embedder)
    clean = Settings(data_dir=settings.data_dir.parent / "clean")
    ingest_paths([corpus], clean, embedder=HashEmbedder())
    assert (ids, count) == _state(clean, HashEmbedder())


def first_run_chunks(folder: Path, exclude: str) -> int:
    from ingest.chunk import chunk_document
    from ingest.load import load_document
    return sum(len(chunk_document(load_document(p))) for p in folder.iterdir()
               if p.suffix in (".txt", ".md") and exclude not in p.name)


def test_missing_and_stray_vectors_are_reconciled(corpus: Path, settings: Settings) -> None:
    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    ids, count = _state(settings, embedder)
    store = open_store(settings, embedder.model_id, embedder.dim)
    lost = [i for i in ids if i.startswith(ids[0][:12])]  # every vector of one document
    store.delete(lost)
    store.upsert(["ffffffffffff-0000"], np.ones((1, embedder.dim), np.float32) / 8, [{"doc_path": "gone.txt"}])
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert report.repaired == len(lost) == report.chunks_embedded
    assert _state(settings, embedder) == (ids, count)


def test_missing_vectors_repaired_even_when_folder_not_given(corpus: Path, settings: Settings) -> None:
    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    ids, count = _state(settings, embedder)
    open_store(settings, embedder.model_id, embedder.dim).delete(ids[:3])
    report = ingest_paths([FIXTURES / "budget_table.pdf"], settings, embedder=embedder)
    assert report.repaired >= 3 and report.files_ingested == 1
    index = open_index(settings, embedder=embedder)
    assert sorted(index.store.ids()) == sorted(index.chunks) and len(index.documents) == 6


def test_bad_files_are_named_and_good_ones_indexed(tmp_path: Path, settings: Settings,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "blandat"
    folder.mkdir()
    for name in ("budget_table.pdf", "encrypted.pdf", "scan_no_text.pdf", "truncated.pdf"):
        shutil.copy(FIXTURES / name, folder / name)
    shutil.copy(CORPUS / PRESS, folder / PRESS)
    (folder / "tom.txt").write_bytes(b"")
    (folder / "binar.txt").write_bytes(b"\x00\x01\x02PNG" * 100)
    (folder / "bilder.json").write_text("{}", encoding="utf-8")  # not a document: ignored in a folder
    (folder / ".dold.txt").write_text("hemlig", encoding="utf-8")  # hidden: ignored
    embedder = HashEmbedder()
    monkeypatch.setattr(pipeline, "ingest_paths",
                        lambda paths, s, progress=None: ingest_paths(paths, s, embedder=embedder, progress=progress))
    from ingest import cli
    monkeypatch.setattr(cli, "ingest_paths", pipeline.ingest_paths)
    code = cli_run([str(folder), str(tmp_path / "finns-inte.txt")], settings)
    out = capsys.readouterr().out
    assert code == 1
    for name, reason in [("encrypted.pdf", "lösenordsskyddad"), ("scan_no_text.pdf", "inget textlager"),
                         ("truncated.pdf", "trasig"), ("tom.txt", "filen är tom"), ("binar.txt", "binärdata"),
                         ("finns-inte.txt", "finns inte")]:
        line = next(line for line in out.splitlines() if name in line and line.startswith("  - "))
        assert reason in line
    assert "Traceback" not in out and "bilder.json" not in out and "dold" not in out
    index = open_index(settings, embedder=embedder)
    assert sorted(Path(d).name for d in index.documents) == [PRESS, "budget_table.pdf"]
    assert "Filer: 7 (nya eller ändrade 2" in out and "överhoppade 6" in out and "1 tabeller" in out


def test_cli_exit_zero_when_all_files_ingest(corpus: Path, settings: Settings, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    from ingest import cli
    embedder = HashEmbedder()
    monkeypatch.setattr(cli, "ingest_paths",
                        lambda paths, s, progress=None: ingest_paths(paths, s, embedder=embedder, progress=progress))
    assert cli_run([str(corpus)], settings) == 0
    out = capsys.readouterr().out
    assert "nya eller ändrade 5" in out and "3 tabeller" in out


def test_unsupported_explicit_file_and_duplicates(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "a.txt").write_text("Kommunen bygger en simhall i centrum.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Kommunen bygger en simhall i centrum.", encoding="utf-8")
    (tmp_path / "c.odt").write_bytes(b"PK")
    report = ingest_paths([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.odt"], settings,
                          embedder=HashEmbedder())
    assert [Path(p).name for p, _ in report.skipped] == ["c.odt"]
    assert ".odt stöds inte" in report.skipped[0][1]
    assert [(Path(a).name, Path(b).name) for a, b in report.duplicates] == [("b.txt", "a.txt")]
    assert report.chunks_total == 1


def test_renamed_file_keeps_one_copy(corpus: Path, settings: Settings) -> None:
    embedder = HashEmbedder()
    first = ingest_paths([corpus], settings, embedder=embedder)
    (corpus / PRESS).rename(corpus / "omdopt.txt")
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert report.files_removed == 1 and report.chunks_total == first.chunks_total
    ids, count = _state(settings, embedder)
    assert count == len(ids)


def test_model_change_reembeds_everything(corpus: Path, settings: Settings) -> None:
    ingest_paths([corpus], settings, embedder=HashEmbedder())
    other = HashEmbedder(dim=32, model_id="fake:other-32")
    report = ingest_paths([corpus], settings, embedder=other)
    assert report.chunks_embedded == report.chunks_total
    assert other.texts_embedded == report.chunks_embedded + report.sentences_embedded
    index = open_index(settings, embedder=other)
    folders = [p.name for p in (settings.data_dir / "sentences").iterdir()]
    assert folders == ["fake_other-32"]  # the other model's sentence vectors are gone
    assert len(list((settings.data_dir / "sentences" / "fake_other-32").glob("*.npz"))) == 5
    assert index.model_id == "fake:other-32" and index.store.count() == len(index.chunks)
    hits = index.dense_search("Socialnämnden kommunbidrag", 3)
    assert len(hits) == 3


def test_progress_is_reported(corpus: Path, settings: Settings) -> None:
    events: list[tuple[str, int, int]] = []
    ingest_paths([corpus], settings, embedder=HashEmbedder(), progress=lambda *e: events.append(e))
    assert ("Läser", 5, 5) in events
    assert any(stage == "Bäddar in" for stage, _, _ in events)


def test_pdf_pages_are_reported_while_read(tmp_path: Path, settings: Settings) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bok.pdf").write_bytes((FIXTURES / "two_pages.pdf").read_bytes())
    events: list[tuple[str, int, int]] = []
    ingest_paths([folder], settings, embedder=HashEmbedder(), progress=lambda *e: events.append(e))
    assert [e for e in events if e[0] == "Läser bok.pdf"] == [("Läser bok.pdf", 1, 2), ("Läser bok.pdf", 2, 2)]


def test_unchanged_rerun_never_loads_the_model(corpus: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = HashEmbedder()
    settings = Settings(data_dir=data_dir, embed_model=embedder.model_id)
    ingest_paths([corpus], settings, embedder=embedder)
    import assistant.retrieval.embedding

    def no_model(_settings: Settings) -> None:
        raise AssertionError("the model was loaded for an unchanged corpus")

    monkeypatch.setattr(assistant.retrieval.embedding, "load_embedder", no_model)
    report = ingest_paths([corpus], settings)  # no embedder given: loaded only if something needs embedding
    assert report.files_unchanged == 5 and report.chunks_embedded == 0


def test_empty_folder_gives_empty_index(tmp_path: Path, settings: Settings) -> None:
    (tmp_path / "tom").mkdir()
    report = ingest_paths([tmp_path / "tom"], settings, embedder=HashEmbedder())
    assert (report.files_seen, report.chunks_total, report.skipped) == (0, 0, ())
    from core.errors import IndexEmptyError
    with pytest.raises(IndexEmptyError, match="kommun ingest"):
        open_index(settings, embedder=HashEmbedder())


def test_broken_sidecar_is_reported_and_metadata_guessed(corpus: Path, settings: Settings) -> None:
    (corpus / "metadata.json").write_text("{ inte json", encoding="utf-8")
    report = ingest_paths([corpus], settings, embedder=HashEmbedder())
    assert [Path(p).name for p, _ in report.skipped] == ["metadata.json"]
    assert "inte giltig JSON" in report.skipped[0][1]
    index = open_index(settings, embedder=HashEmbedder())
    assert len(index.documents) == 5 and all(d.meta.guessed for d in index.documents.values())


def test_second_concurrent_ingest_is_refused(corpus: Path, settings: Settings) -> None:
    from ingest.pipeline import IngestBusyError, data_dir_lock
    with data_dir_lock(settings.data_dir):
        with pytest.raises(IngestBusyError, match="En annan inläsning"):
            ingest_paths([corpus], settings, embedder=HashEmbedder())
    assert ingest_paths([corpus], settings, embedder=HashEmbedder()).ok  # released afterwards


def test_data_dir_inside_the_corpus_is_not_ingested(corpus: Path) -> None:
    settings = Settings(data_dir=corpus / "index")
    ingest_paths([corpus], settings, embedder=HashEmbedder())
    report = ingest_paths([corpus], settings, embedder=HashEmbedder())
    assert report.files_seen == 5 and report.files_unchanged == 5


def test_changed_chunking_is_noticed_without_a_version_bump(corpus: Path, settings: Settings,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    import ingest.chunk
    monkeypatch.setattr(ingest.chunk, "MAX_WORDS", 150)  # cuts long paragraphs elsewhere, same version
    before = embedder.texts_embedded
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert report.files_unchanged == 5 and embedder.texts_embedded > before
    ids, count = _state(settings, embedder)
    assert count == len(ids) == report.chunks_total
    again = ingest_paths([corpus], settings, embedder=embedder)
    assert again.chunks_embedded == 0


def test_a_format_read_anew_is_read_again_with_its_new_text(corpus: Path, settings: Settings,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from dataclasses import replace

    from assistant.storage.index import text_path
    from assistant.storage.sentence_store import vectors_path
    from ingest import load

    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    held = open_index(settings, embedder=embedder)  # a chat still reading the index as it was
    budget = next(p for p in held.documents if p.endswith(BUDGET))
    held_text, held_ids = held.text(budget), {c.id for c in held.chunks.values() if c.doc_path == budget}
    old = pipeline.load_document

    def reads_more(*args, **kwargs):
        doc = old(*args, **kwargs)
        return replace(doc, text=doc.text + "\n\nEn rad som läsaren nu ser.\n")

    monkeypatch.setattr(pipeline, "load_document", reads_more)
    assert ingest_paths([corpus], settings, embedder=embedder).files_unchanged == 5  # same version: not read
    bumped = load.reader_version("x.txt") + 1
    monkeypatch.setitem(load.READER_VERSIONS, ".txt", bumped)
    report = ingest_paths([corpus], settings, embedder=embedder)
    texts = len(list(corpus.glob("*.txt")))
    assert (report.files_ingested, report.files_unchanged) == (texts, 5 - texts)  # only the .txt files
    entry = next(e for p, e in read_manifest(settings.data_dir)["documents"].items() if p.endswith(BUDGET))
    assert entry["reader"] == bumped
    assert text_path(settings.data_dir, entry["text"]).read_text(encoding="utf-8").endswith("nu ser.\n")
    assert vectors_path(settings.data_dir, embedder.model_id, entry["text"]).is_file()  # embedded anew
    assert not held_ids & set(entry["chunk_ids"])  # new text, new chunk ids: the held index's vectors stay its own
    assert text_path(settings.data_dir, held.documents[budget].text_key).read_text(encoding="utf-8") == held_text
    held.lease.release()
    assert ingest_paths([corpus], settings, embedder=embedder).files_unchanged == 5
    assert not text_path(settings.data_dir, held.documents[budget].text_key).exists()  # released: collected


def test_an_index_from_before_text_keys_keeps_its_chunks_and_vectors(corpus: Path, settings: Settings) -> None:
    """Entries without a text key name their text by the file's sha256 and their chunk ids start with it: finishing
    such an index re-embeds nothing."""
    from assistant.storage.index import entry_text_key, stored_document, text_path, write_manifest
    from assistant.storage.sentence_store import vectors_path
    from ingest.chunk import chunk_document

    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    manifest = read_manifest(settings.data_dir)
    for path, entry in manifest["documents"].items():  # rewrite it as an index from before text keys
        key = entry.pop("text")
        text_path(settings.data_dir, key).rename(text_path(settings.data_dir, entry["sha256"]))
        vectors_path(settings.data_dir, embedder.model_id, key).rename(
            vectors_path(settings.data_dir, embedder.model_id, entry["sha256"]))
        doc = stored_document(settings.data_dir, path, entry)
        assert doc.text_key == entry["sha256"] == entry_text_key(entry)
        chunks = chunk_document(doc)
        assert all(c.id.startswith(entry["sha256"][:12]) for c in chunks)
        entry["chunk_ids"] = [c.id for c in chunks]
        open_store(settings, embedder.model_id, None).upsert(
            entry["chunk_ids"], embedder.embed_documents([c.text for c in chunks]), [c.metadata() for c in chunks])
    write_manifest(settings.data_dir, manifest)
    before = embedder.texts_embedded
    report = ingest_paths([corpus], settings, embedder=embedder)
    assert report.files_unchanged == 5 and report.chunks_embedded == report.sentences_embedded == 0
    assert embedder.texts_embedded == before


def test_a_document_read_anew_embeds_only_its_changed_passages(corpus: Path, settings: Settings,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer reader (or an edited file) gives new chunk ids, but a passage whose text is unchanged keeps the vector
    it had: only the passage with the new line is embedded, and every stored vector is the one its text embeds to."""
    from dataclasses import replace

    from ingest import load
    from ingest.pipeline import embed_text

    embedder = HashEmbedder()
    ingest_paths([corpus], settings, embedder=embedder)
    old = pipeline.load_document

    def reads_more(*args, **kwargs):
        doc = old(*args, **kwargs)
        return replace(doc, text=doc.text + "\n\nEn rad som läsaren nu ser.\n") if doc.path.endswith(BUDGET) else doc

    monkeypatch.setattr(pipeline, "load_document", reads_more)
    monkeypatch.setitem(load.READER_VERSIONS, ".txt", load.reader_version("x.txt") + 1)
    report = ingest_paths([corpus], settings, embedder=embedder)
    texts = len(list(corpus.glob("*.txt")))
    assert report.files_ingested == texts
    assert 1 <= report.chunks_embedded <= 2  # the budget's last passage (and the one it merged into), nothing else
    index = open_index(settings, embedder=embedder)
    stored = index.store.vectors(list(index.chunks))
    assert set(stored) == set(index.chunks)
    for chunk_id, chunk in index.chunks.items():
        vector, meta = stored[chunk_id]
        assert np.allclose(vector, embedder.embed_documents([embed_text(chunk)])[0], atol=1e-6)
        assert meta["embed_sha"] == pipeline.text_digest(embed_text(chunk))
    assert any(c.text.rstrip().endswith("nu ser.") for c in index.chunks.values())
