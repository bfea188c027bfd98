"""Build helper e's dev7 documents and check their gold: cd build && python3 e_build_all.py"""
import e_kawasaki_minutes_4
import e_morioka_plan_1
import e_oshima_progress_3
import e_sendai_committee_2

tot = [0, 0, 0, 0]
for m in (e_morioka_plan_1, e_sendai_committee_2, e_oshima_progress_3, e_kawasaki_minutes_4):
    g = m.build()
    tot[0] += 1
    tot[1] += g["source"]["pages"]
    tot[2] += len(g["facts"])
    tot[3] += len(g["initiatives"])
print(f"documents={tot[0]} pages={tot[1]} facts={tot[2]} initiatives={tot[3]}")
