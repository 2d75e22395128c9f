"""Every text the chat shows, in Swedish (default) and English. Answers follow the question's language."""
from __future__ import annotations

from core.types import DOC_TYPE_LABELS_SV

LANGUAGES = {"sv": "Svenska", "en": "English"}

DOC_TYPE_LABELS_EN: dict[str, str] = {
    "budget": "Budget",
    "press_release": "Press release",
    "committee_summary": "Committee summary",
    "action_plan": "Action plan",
    "minutes": "Minutes",
    "other": "Document",
}

VERDICTS: dict[str, dict[str, tuple[str, str, str]]] = {  # verdict -> (label, colour, icon)
    "sv": {
        "supported": ("Stämmer", "green", ":material/check_circle:"),
        "contradicted": ("Stämmer inte", "red", ":material/cancel:"),
        "not_found": ("Finns inte i dokumenten", "gray", ":material/help:"),
    },
    "en": {
        "supported": ("Supported", "green", ":material/check_circle:"),
        "contradicted": ("Contradicted", "red", ":material/cancel:"),
        "not_found": ("Not in the documents", "gray", ":material/help:"),
    },
}

EXAMPLES: dict[str, tuple[str, ...]] = {
    "sv": (
        "Hur mycket får äldreomsorgen 2022?",
        "Hur mycket ökar Socialnämndens kommunbidrag från 2021 till 2023?",
        "Stämmer det att socialnämnden beslutade om ett omställningspaket på 15 miljoner kronor?",
        "Vad är sparkravet för nämnden för arbete, kompetens och välfärd?",
    ),
    "en": (
        "How much does elderly care get in 2022?",
        "How much does the Social Welfare Committee's municipal grant increase from 2021 to 2023?",
        "Is it true that the social welfare committee decided on a restructuring package of 15 million kronor?",
        "What is the savings requirement for the committee for work, skills and welfare?",
    ),
}

_TEXTS: dict[str, dict[str, str]] = {
    "sv": {
        "page_title": "Fråga kommunen",
        "title": "Fråga kommunen",
        "intro": "Ställ en fråga om kommunens budgetar, pressmeddelanden, handlingsplaner och nämndbeslut. "
                 "Varje svar visar sina källor, och varje budgetsiffra räknas ut med en kalkylator som visar "
                 "sina uppgifter. Skriv \"Stämmer det att ...\" för att kontrollera ett påstående.",
        "chat_placeholder": "Skriv din fråga, t.ex. Hur mycket får äldreomsorgen 2022?",
        "thinking": "Letar i dokumenten …",
        "sources": "Källor",
        "related": "Närliggande avsnitt (inte belägg för ett svar)",
        "show_passage": "Avsnittet",
        "whole_document": "Visa hela dokumentet",
        "jump_to_quote": "Hoppa till citatet ↓",
        "download_original": "Ladda ner originalfilen",
        "text_missing": "Dokumentets text finns inte i indexet; citatet visas ensamt.",
        "page": "s.",
        "undated": "odaterat",
        "calculation": "Uträkning",
        "inputs": "Uppgifter i uträkningen",
        "col_label": "Post",
        "col_column": "Kolumn",
        "col_value": "Belopp",
        "col_unit": "Enhet",
        "col_source": "Källa",
        "chart_y": "Belopp",
        "feedback_prompt": "Var svaret till hjälp?",
        "feedback_thanks": "Tack! Ditt omdöme är sparat.",
        "comment": "Kommentar (valfritt)",
        "send_comment": "Skicka kommentar",
        "comment_saved": "Kommentaren är sparad.",
        "elapsed": "Svar på {seconds} s",
        "language": "Språk",
        "new_conversation": "Ny konversation",
        "examples": "Exempelfrågor",
        "try_asking": "Prova att fråga:",
        "filters": "Filter",
        "filter_types": "Dokumenttyp",
        "all_types": "Alla typer",
        "filter_docs": "Bara dessa dokument",
        "all_docs": "Alla dokument",
        "filter_years": "År",
        "filter_municipalities": "Kommun",
        "all_municipalities": "Alla kommuner",
        "filter_active": "Svaren söks bara i dokument som matchar filtren.",
        "documents": "Dokument i indexet ({count})",
        "passages": "{count} avsnitt",
        "tables": "{count} tabeller",
        "export": "Exportera samtalet (Markdown)",
        "admin": "Lägg till dokument",
        "admin_token": "Administratörsnyckel",
        "admin_wrong": "Fel nyckel.",
        "upload": "PDF, .txt eller .md (högst {mb} MB per fil)",
        "upload_button": "Läs in filerna",
        "uploading": "Läser in {count} fil(er) …",
        "upload_done": "Klart: {files} fil(er) inlästa; indexet har nu {chunks} avsnitt.",
        "skipped": "Hoppades över",
        "first_ingest": "Första start: läser in dokumenten i {folder}/ (tar ungefär en minut) …",
        "first_ingest_done": "Dokumenten är inlästa.",
        "first_ingest_failed": "Inläsningen misslyckades.",
        "progress": "{stage}: {done} av {total}",
        "loading": "Laddar assistenten och inbäddningsmodellen …",
        "loading_model": "Laddar inbäddningsmodellen …",
        "no_corpus": "Indexet är tomt och mappen {folder} innehåller inga dokument. "
                     "Lägg PDF-, .txt- eller .md-filer där och ladda om sidan, eller kör: kommun ingest MAPP",
        "unexpected": "Frågan kunde inte besvaras på grund av ett internt fel ({kind}). "
                      "Försök igen eller formulera frågan annorlunda; kvarstår felet, kontakta den som driver tjänsten.",
        "error_next": "Ladda om sidan när felet är åtgärdat.",
        "start_failed": "Assistenten kunde inte startas på grund av ett internt fel ({kind}). Felet finns i "
                        "serverns logg; kör kommun ingest corpus/ i terminalen för att se om indexet går att läsa.",
        "export_title": "Samtal med Fråga kommunen",
        "export_question": "Fråga",
        "export_answer": "Svar",
        "exported": "Exporterat",
        "pdf_page": "PDF-sida {page} av {pages}",
        "pdf_page_short": "PDF-sida {page}",
        "printed_page": "tryckt sidnummer {number}",
        "no_printed_page": "inget sidnummer tryckt på sidan",
        "whole_page": "Visa hela sidan",
        "quote_not_on_page": "Citatet kunde inte markeras på sidbilden; texten nedan visar det.",
        "page_image_failed": "Sidan kunde inte visas som bild ({kind}); texten visas nedan.",
        "page_alt": "Sidan {page} ur {title}, citatet markerat med gult",
        "link": "Länk till svaret",
        "filtered_out": "Filtren ({filters}) utesluter de avsnitt som svarar på frågan.",
        "ask_without_filters": "Fråga utan filter",
        "filter_desc_types": "dokumenttyp {values}",
        "filter_desc_years": "år {first}–{last}",
        "filter_desc_docs": "dokument {values}",
        "filter_desc_municipalities": "kommun {values}",
        "chart_title": "Diagram",
    },
    "en": {
        "page_title": "Ask the municipality",
        "title": "Ask the municipality",
        "intro": "Ask about the municipality's budgets, press releases, action plans and committee decisions. "
                 "Every answer shows its sources, and every budget figure is computed by a calculator that "
                 "shows its inputs. Write \"Is it true that ...\" to check a claim.",
        "chat_placeholder": "Type your question, e.g. How much does elderly care get in 2022?",
        "thinking": "Searching the documents …",
        "sources": "Sources",
        "related": "Related passages (not evidence for an answer)",
        "show_passage": "Passage",
        "whole_document": "Show the whole document",
        "jump_to_quote": "Jump to the quote ↓",
        "download_original": "Download the original file",
        "text_missing": "The document's text is not in the index; only the quote is shown.",
        "page": "p.",
        "undated": "undated",
        "calculation": "Calculation",
        "inputs": "Figures used",
        "col_label": "Item",
        "col_column": "Column",
        "col_value": "Amount",
        "col_unit": "Unit",
        "col_source": "Source",
        "chart_y": "Amount",
        "feedback_prompt": "Was this answer helpful?",
        "feedback_thanks": "Thank you! Your rating is saved.",
        "comment": "Comment (optional)",
        "send_comment": "Send comment",
        "comment_saved": "Your comment is saved.",
        "elapsed": "Answered in {seconds} s",
        "language": "Language",
        "new_conversation": "New conversation",
        "examples": "Example questions",
        "try_asking": "Try asking:",
        "filters": "Filters",
        "filter_types": "Document type",
        "all_types": "All types",
        "filter_docs": "Only these documents",
        "all_docs": "All documents",
        "filter_years": "Years",
        "filter_municipalities": "Municipality",
        "all_municipalities": "All municipalities",
        "filter_active": "Answers only use documents that match the filters.",
        "documents": "Indexed documents ({count})",
        "passages": "{count} passages",
        "tables": "{count} tables",
        "export": "Export the conversation (Markdown)",
        "admin": "Add documents",
        "admin_token": "Admin token",
        "admin_wrong": "Wrong token.",
        "upload": "PDF, .txt or .md (at most {mb} MB per file)",
        "upload_button": "Ingest the files",
        "uploading": "Ingesting {count} file(s) …",
        "upload_done": "Done: {files} file(s) ingested; the index now has {chunks} passages.",
        "skipped": "Skipped",
        "first_ingest": "First start: ingesting the documents in {folder}/ (takes about a minute) …",
        "first_ingest_done": "The documents are ingested.",
        "first_ingest_failed": "Ingesting failed.",
        "progress": "{stage}: {done} of {total}",
        "loading": "Loading the assistant and the embedding model …",
        "loading_model": "Loading the embedding model …",
        "no_corpus": "The index is empty and the folder {folder} holds no documents. "
                     "Put PDF, .txt or .md files there and reload the page, or run: kommun ingest FOLDER",
        "unexpected": "The question could not be answered because of an internal error ({kind}). "
                      "Try again or rephrase the question; if it persists, contact whoever runs the service.",
        "error_next": "Reload the page once the problem is fixed.",
        "start_failed": "The assistant could not start because of an internal error ({kind}). The server log has "
                        "the details; run kommun ingest corpus/ in a terminal to check that the index can be read.",
        "export_title": "Conversation with Ask the municipality",
        "export_question": "Question",
        "export_answer": "Answer",
        "exported": "Exported",
        "pdf_page": "PDF page {page} of {pages}",
        "pdf_page_short": "PDF page {page}",
        "printed_page": "printed page number {number}",
        "no_printed_page": "no page number printed on the page",
        "whole_page": "Show the whole page",
        "quote_not_on_page": "The quote could not be marked on the page image; the text below shows it.",
        "page_image_failed": "The page could not be shown as an image ({kind}); the text is shown below.",
        "page_alt": "Page {page} of {title}, the quote marked in yellow",
        "link": "Link to this answer",
        "filtered_out": "The filters ({filters}) exclude the passages that answer the question.",
        "ask_without_filters": "Ask without the filters",
        "filter_desc_types": "document type {values}",
        "filter_desc_years": "years {first}–{last}",
        "filter_desc_docs": "documents {values}",
        "filter_desc_municipalities": "municipality {values}",
        "chart_title": "Chart",
    },
}


def text(lang: str, key: str, **values: object) -> str:
    """The UI text `key` in `lang` (falls back to Swedish), with `values` filled in."""
    table = _TEXTS.get(lang, _TEXTS["sv"])
    template = table.get(key) or _TEXTS["sv"][key]
    return template.format(**values) if values else template


def doc_type_label(doc_type: str | None, lang: str) -> str:
    labels = DOC_TYPE_LABELS_EN if lang == "en" else DOC_TYPE_LABELS_SV
    return labels.get(doc_type or "other", labels["other"])


def verdict_badge(verdict: str, lang: str) -> tuple[str, str, str]:
    """(label, colour, icon) for a claim verdict."""
    return VERDICTS.get(lang, VERDICTS["sv"])[verdict]
