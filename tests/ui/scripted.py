"""A scripted Assistant over real documents (a two-page PDF budget book, the Markdown action plan, a press
release), for the chat's browser tests: answers by question, no model, no index. Citations carry the
offsets the index would give (the documents are loaded with ingest.load)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from core.types import Answer, Calculation, CalculationInput, Citation, DocumentRecord
from ingest.load import load_document

REPO = Path(__file__).resolve().parents[2]
BOOK = "tests/ui/fixtures/budget_book.pdf"
PLAN = "corpus/ekonomisk-handlingsplan-valfardens-finansiering.md"
PRESS = "corpus/2020-05-18-pressmeddelande-socialtjanstens-ekonomi.txt"

CHANGE_Q = "Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?"
COMPARE_Q = "Hur mycket får nämnderna 2021?"
PLAN_Q = "Vem ansvarar för nämndbuffertarna?"
CLAIM_Q = "Is it true that the social welfare committee decided on a restructuring package of 15 million kronor?"
FILTERED_Q = "Vad säger pressmeddelandet om omställningspaketet?"


class _Texts:
    def __init__(self, texts: dict[str, str]) -> None:
        self.texts = texts

    def text(self, doc_path: str) -> str:
        return self.texts[doc_path]


class BrowserAssistant:
    def __init__(self) -> None:
        self.loaded = {path: load_document(REPO / path, display_path=path) for path in (BOOK, PLAN, PRESS)}
        book = self.loaded[BOOK]  # "Budget 2021–2023 för Testkommun": no real municipality, so ingest names none;
        # named here, the index holds two municipalities and the chat shows its municipality filter
        self.loaded[BOOK] = replace(book, meta=replace(book.meta, municipality="Testkommun"))
        self.index = _Texts({path: doc.text for path, doc in self.loaded.items()})
        self.calls: list[dict] = []

    def documents(self) -> list[DocumentRecord]:
        return [DocumentRecord(path=path, sha256=doc.sha256, meta=doc.meta, n_chunks=5, pages=doc.pages)
                for path, doc in self.loaded.items()]

    def cite(self, n: int, path: str, quote: str) -> Citation:
        doc = self.loaded[path]
        start = doc.text.index(quote)
        return Citation(n=n, doc=path, title=doc.meta.title, quote=quote, chunk_id=f"{path}#{doc.page_at(start)}",
                        page=doc.page_at(start), date=doc.meta.date, doc_type=doc.meta.doc_type,
                        start=start, end=start + len(quote))

    def row(self, name: str) -> str:
        return next(line for line in self.index.text(BOOK).split("\n") if line.startswith(name + " "))

    def ask(self, question: str, history: tuple[str, ...] = (), check: bool = False,
            filters: dict | None = None) -> Answer:
        self.calls.append({"question": question, "history": tuple(history), "filters": filters})
        if question == CHANGE_Q:
            row = self.row("Socialnämnden")
            note = "Beloppen är i tusentals kronor (tkr)."
            calc = Calculation(
                operation="change", expression="213 162 - 205 172 = 7 990 tkr; 7 990 / 205 172 = 3,9 %",
                result=Decimal("7990"), unit="tkr", notes=(note,),
                inputs=(CalculationInput("Socialnämnden", "Budget 2021", Decimal("205172"), "tkr", 1),
                        CalculationInput("Socialnämnden", "Plan 2023", Decimal("213162"), "tkr", 2)))
            return Answer(question=question, calculation=calc, notes=(note, "Beloppen är i tusentals kronor (tkr)"),
                          citations=(self.cite(1, BOOK, row), replace(self.cite(1, BOOK, row), n=2)),
                          answer="Socialnämndens kommunbidrag ökar med 8,0 miljoner kronor (7 990 tkr, 3,9 %) från "
                                 "2021 till 2023 [1][2].")
        if question == COMPARE_Q:
            names = ("Kommunstyrelsen", "Barn- och ungdomsnämnden", "Vård- och omsorgsnämnden", "Socialnämnden",
                     "Kultur- och utbildningsnämnden")
            values = ("112604", "612300", "818729", "205172", "298987")
            calc = Calculation(operation="sum", expression="112 604 + 612 300 + 818 729 + 205 172 + 298 987 = "
                               "2 047 792 tkr", result=Decimal("2047792"), unit="tkr",
                               inputs=tuple(CalculationInput(name, "Budget 2021", Decimal(value), "tkr", n)
                                            for n, (name, value) in enumerate(zip(names, values), start=1)))
            cites = tuple(self.cite(n, BOOK, self.row(name)) for n, name in enumerate(names, start=1))
            return Answer(question=question, calculation=calc, citations=cites,
                          answer="Nämnderna får sammanlagt 2 047,8 miljoner kronor 2021 (2 047 792 tkr) [1-5].")
        if question == PLAN_Q:
            quote = "**Ansvar:** Samtliga förvaltningschefer."
            return Answer(question=question, citations=(self.cite(1, PLAN, quote),),
                          answer="Samtliga förvaltningschefer ansvarar för nämndbuffertarna [1].")
        if question == CLAIM_Q:
            quote = next(line for line in self.index.text(PRESS).split("\n") if "omställningspaket" in line)
            return Answer(question=question, verdict="contradicted", language="en",
                          citations=(self.cite(1, PRESS, quote),),
                          answer="Contradicted: the restructuring package was 5.4 million kronor, not 15 [1].")
        if question == FILTERED_Q and filters:
            return Answer(question=question, refused=True, answer="Jag hittar inget om det i dokumenten.")
        quote = next(line for line in self.index.text(PRESS).split("\n") if "omställningspaket" in line)
        return Answer(question=question, citations=(self.cite(1, PRESS, quote),),
                      answer="Socialnämnden beslutade om ett omställningspaket på 5,4 miljoner kronor [1].")
