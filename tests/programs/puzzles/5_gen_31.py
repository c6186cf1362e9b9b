log = """2024-01-03 INFO user=alice action=login
2024-01-03 WARN user=bob action=failed_login attempts=3
2024-01-04 INFO user=alice action=upload size=2048
2024-01-04 ERROR user=carol action=crash code=500
2024-01-05 INFO user=bob action=login
2024-01-05 INFO user=alice action=logout"""
records = []
for line in log.splitlines():
    date, level, *fields = line.split()
    rec = {"date": date, "level": level}
    for f in fields:
        key, _, val = f.partition("=")
        rec[key] = int(val) if val.isdigit() else val
    records.append(rec)
print(len(records), records[1])
levels = {}
for r in records:
    levels[r["level"]] = levels.get(r["level"], 0) + 1
print(sorted(levels.items()))
per_user = {}
for r in records:
    per_user.setdefault(r["user"], []).append(r["action"])
for user in sorted(per_user):
    print(f"{user:>6}: {', '.join(per_user[user])}")
errors = [r for r in records if r["level"] in ("WARN", "ERROR")]
print([(r["user"], r.get("code", r.get("attempts"))) for r in errors])
print(sum(r.get("size", 0) for r in records), max(r["date"] for r in records))
y, m, d = map(int, records[0]["date"].split("-"))
print(y, m, d, f"{d:02d}/{m:02d}/{y}")
print("|".join(sorted({r["date"][-2:] for r in records})))
