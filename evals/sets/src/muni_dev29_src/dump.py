import sys, pypdf
for f in sys.argv[1:]:
    for i, pg in enumerate(pypdf.PdfReader(f).pages):
        print(f"=== page {i+1}"); print(pg.extract_text())
