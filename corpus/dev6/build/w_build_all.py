"""Build the four w_* dev6 documents and their gold, then check them (raw text on its page)."""
import w_ube_plan_1, w_kyoto_committee_2, w_minase_progress_3, w_komatsushima_minutes_4

tot = [0, 0, 0]
for m in (w_ube_plan_1, w_kyoto_committee_2, w_minase_progress_3, w_komatsushima_minutes_4):
    for i, n in enumerate(m.build()):
        tot[i] += n
print(f"4 documents, {tot[0]} pages, {tot[1]} facts, {tot[2]} initiatives")
