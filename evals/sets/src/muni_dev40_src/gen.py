import gen_munkfors, gen_forshaga, os
for m in (gen_munkfors, gen_forshaga):
    os.makedirs(m.OUT, exist_ok=True)
    m.budget(); m.html(); m.protokoll(); m.xlsx(); m.press()
gen_munkfors.arsred(); gen_forshaga.delar()
