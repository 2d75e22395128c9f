"""Regenerate the whole blind-muni6 corpus deterministically."""
import gen_ang_pdf, gen_nor_pdf, gen_other

if __name__ == "__main__":
    p = gen_ang_pdf.build(); print("angelholm pdf", p.page_no(), "pages", p.n_tables, "tables")
    p = gen_nor_pdf.build(); print("norsjo pdf", p.page_no(), "pages", p.n_tables, "tables")
    gen_other.build(); print("other files ok")
