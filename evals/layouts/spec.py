"""The known tables of the layout-robustness harness (evals/table_layouts.py), as data.

Three tables a Swedish municipality publishes, written down once: each row has its section path, label, values
per column and, for the operating statement, a note. `make.py` renders them in many layouts and formats; the
harness reads the files with the real readers and scores the cells it gets against these.
No figure here is from a real document; the Summa rows add up.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class SpecColumn:
    label: str  # as written in a one-line header
    kind: str  # the Column.kind the reader should give it
    year: int | None
    unit: str  # the unit its cells carry: "mnkr", "tkr", "%"
    top: str = ""  # a merged header's upper line (a group "2024" over Utfall/Budget/Prognos)
    bottom: str = ""  # the lower line under `top`


@dataclass(frozen=True, slots=True)
class SpecRow:
    label: str
    values: tuple[str | None, ...]  # Swedish decimals without thousands separators: "-26,1", "1250"
    sections: tuple[str, ...] = ()
    total: bool = False
    note: str | None = None

    def is_section(self) -> bool:
        return all(v is None for v in self.values) and not self.total


@dataclass(frozen=True, slots=True)
class SpecTable:
    key: str
    title: str
    unit: str  # "mnkr" / "tkr"
    caption: str  # how the unit is said: "Belopp i mnkr", "(tkr)"
    label_header: str
    columns: tuple[SpecColumn, ...]
    rows: tuple[SpecRow, ...]  # section rows (no values) included, in order
    notes: bool = False  # a "Not" column after the label


def dec(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))


KS, BUN = "Kommunstyrelsen", "Barn- och utbildningsnämnden"
OPERATING = SpecTable(
    key="drift", title="Driftsredovisning per nämnd", unit="mnkr", caption="Belopp i mnkr",
    label_header="Nämnd", notes=True,
    columns=(
        SpecColumn("Utfall jan–aug 2024", "Utfall", 2024, "mnkr", top="2024", bottom="Utfall jan–aug"),
        SpecColumn("Budget 2024", "Budget", 2024, "mnkr", top="2024", bottom="Budget"),
        SpecColumn("Prognos 2024", "Prognos", 2024, "mnkr", top="2024", bottom="Prognos"),
        SpecColumn("Avvikelse", "Avvikelse", None, "mnkr"),
        SpecColumn("Förändring %", "Förändring", None, "%"),
    ),
    rows=(
        SpecRow(KS, (None,) * 5),
        SpecRow("Kommunledning", ("45,3", "70,0", "68,2", "1,8", "2,1"), (KS,), note="1"),
        SpecRow("Samhällsbyggnad", ("120,4", "175,5", "181,6", "-6,1", "-3,4"), (KS,), note="2"),
        SpecRow("Summa Kommunstyrelsen", ("165,7", "245,5", "249,8", "-4,3", "-1,7"), (KS,), total=True),
        SpecRow(BUN, (None,) * 5),
        SpecRow("Förskola", ("140,2", "214,0", "212,2", "1,8", "0,8"), (BUN,)),
        SpecRow("Grundskola", ("301,5", "452,0", "478,1", "-26,1", "-5,5"), (BUN,), note="3"),
        SpecRow("Summa Barn- och utbildningsnämnden", ("441,7", "666,0", "690,3", "-24,3", "-3,5"), (BUN,),
                total=True),
        SpecRow("Summa nämnder", ("607,4", "911,5", "940,1", "-28,6", "-3,0"), total=True),
    ),
)

_PROJECTS = {
    "Fastigheter": [("Ny förskola Norr", "18500", "22000", "4500"), ("Renovering simhall", "12250", "3000", None),
                    ("Äldreboende etapp 2", "35000", "41500", "12000"), ("Energieffektivisering", "2500", "2500", "2500"),
                    ("Skolkök Centrum", "6800", None, None), ("Försäljning av mark", "-3500", "-1200", None),
                    ("Tillgänglighetsåtgärder", "1250", "1250", "1250"), ("Brandskydd skolor", "900", "1100", "1300")],
    "Gator och parker": [("Gång- och cykelväg Ån", "4200", "5100", None), ("Beläggningsunderhåll", "9000", "9000", "9500"),
                         ("Gatubelysning LED", "3100", "2800", "2800"), ("Lekplatser", "1500", "1500", "1500"),
                         ("Dagvattendamm", "7750", None, "3300"), ("Trafiksäkerhet", "1200", "1350", "1400"),
                         ("Torgets ombyggnad", "11000", "15500", None), ("Parkmaskiner", "850", "900", "950")],
}


def _sum(values: list[str | None]) -> str:
    return str(sum(int(v) for v in values if v is not None))


def _investment_rows() -> tuple[SpecRow, ...]:
    rows: list[SpecRow] = []
    totals: list[tuple[str, ...]] = []
    for section, projects in _PROJECTS.items():
        rows.append(SpecRow(section, (None,) * 3))
        for label, *values in projects:
            rows.append(SpecRow(label, tuple(values), (section,)))
        total = tuple(_sum([p[i + 1] for p in projects]) for i in range(3))
        totals.append(total)
        rows.append(SpecRow(f"Summa {section.lower()}", total, (section,), total=True))
    rows.append(SpecRow("Summa investeringar", tuple(_sum([t[i] for t in totals]) for i in range(3)), total=True))
    return tuple(rows)


INVESTMENTS = SpecTable(
    key="invest", title="Investeringsbudget 2025–2027", unit="tkr", caption="(tkr)", label_header="Projekt",
    columns=(SpecColumn("Budget 2025", "Budget", 2025, "tkr", top="Budget", bottom="2025"),
             SpecColumn("Plan 2026", "Plan", 2026, "tkr", top="Plan", bottom="2026"),
             SpecColumn("Plan 2027", "Plan", 2027, "tkr", top="Plan", bottom="2027")),
    rows=_investment_rows(),
)

INCOME = SpecTable(
    key="resultat", title="Resultaträkning", unit="mnkr", caption="Belopp i mnkr", label_header="",
    columns=(SpecColumn("Bokslut 2023", "Bokslut", 2023, "mnkr", top="Bokslut", bottom="2023"),
             SpecColumn("Budget 2024", "Budget", 2024, "mnkr", top="Budget", bottom="2024"),
             SpecColumn("Prognos 2024", "Prognos", 2024, "mnkr", top="Prognos", bottom="2024"),
             SpecColumn("Plan 2025", "Plan", 2025, "mnkr", top="Plan", bottom="2025")),
    rows=(
        SpecRow("Verksamhetens intäkter", ("412,6", "398,0", "421,3", "405,0")),
        SpecRow("Verksamhetens kostnader", ("-2045,3", "-2101,8", "-2130,4", "-2160,0")),
        SpecRow("Avskrivningar", ("-98,4", "-104,0", "-101,2", "-110,5")),
        SpecRow("Verksamhetens nettokostnader", ("-1731,1", "-1807,8", "-1810,3", "-1865,5"), total=True),
        SpecRow("Skatteintäkter", ("1456,2", "1498,0", "1489,7", "1540,2")),
        SpecRow("Generella statsbidrag och utjämning", ("312,8", "330,5", "334,1", "345,0")),
        SpecRow("Finansnetto", ("-12,5", "-15,0", "-14,2", "-16,0"), total=True),
        SpecRow("Årets resultat", ("25,4", "5,7", "-0,7", "3,7"), total=True),
    ),
)

TABLES = (OPERATING, INVESTMENTS, INCOME)

# Key figures per committee: an mnkr column beside a column in kronor per inhabitant and a count
KEY_FIGURES = SpecTable(
    key="nyckeltal", title="Nyckeltal per nämnd 2025", unit="mnkr", caption="", label_header="Nämnd",
    columns=(SpecColumn("Nettokostnad budget 2025, mnkr", "Budget", 2025, "mnkr"),
             SpecColumn("Nettokostnad per invånare, kr", "Nettokostnad per invånare", None, "kr"),
             SpecColumn("Antal årsarbetare", "Antal årsarbetare", 2025, "antal")),  # a count: the title's year
    rows=(
        SpecRow("Socialnämnden", ("679,8", "30484", "905")),
        SpecRow("Bildningsnämnden", ("761,5", "34148", "812")),
        SpecRow("Miljönämnden", ("12,6", "565", "14")),
    ),
)

# Tables some layouts add to the three every layout holds
EXTRA_TABLES = {"pdf_keyfigures": (KEY_FIGURES,)}


def tables_for(layout: str) -> tuple[SpecTable, ...]:
    """The known tables a layout's file holds."""
    return TABLES + EXTRA_TABLES.get(layout, ())
