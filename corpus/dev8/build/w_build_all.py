"""Build all dev8 w_* documents and their gold, check them, print a summary."""
import w_kagoshima_plan_4
import w_miyakojima_progress_3
import w_tamano_committee_1
import w_uruma_minutes_2

tot = [0, 0, 0, 0]
for m in (w_tamano_committee_1, w_uruma_minutes_2, w_miyakojima_progress_3, w_kagoshima_plan_4):
    r = m.build()
    tot = [a + b for a, b in zip(tot, r)]
print(f"TOTAL: documents=4 pages={tot[0]} facts={tot[1]} initiatives={tot[2]} statements={tot[3]}")
