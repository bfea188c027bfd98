"""Build the four dev9 w_* documents and their gold; print a summary."""
import importlib

STEMS = ["w_kure_minutes_1", "w_fukuoka_progress_2", "w_takatsuki_committee_3", "w_hinokuma_plan_4"]

if __name__ == "__main__":
    tot = [0, 0, 0, 0]
    for s in STEMS:
        m = importlib.import_module(s)
        res = m.build()
        g = m.gold(*res) if isinstance(res, tuple) else m.gold(res)
        st = len((g.get("minutes") or {}).get("statements") or [])
        print(f"{s:28s} pages={g['source']['pages']} facts={len(g['facts'])} initiatives={len(g['initiatives'])} statements={st}")
        for i, v in enumerate((1, g["source"]["pages"], len(g["facts"]), len(g["initiatives"]))):
            tot[i] += v
    print(f"total: documents={tot[0]} pages={tot[1]} facts={tot[2]} initiatives={tot[3]}")
