"""Generate the blind-muni37 corpus (Hagfors and Torsby). Deterministic."""
import gen_hagfors
import gen_torsby

if __name__ == "__main__":
    gen_hagfors.main()
    gen_torsby.main()
    print("corpus written to", gen_hagfors.ROOT)
