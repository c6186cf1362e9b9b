students = [
    {"name": "Ana", "grade": 11, "scores": [90, 85, 77]},
    {"name": "Ben", "grade": 12, "scores": [60, 75, 80]},
    {"name": "Cy", "grade": 11, "scores": [88, 92, 95]},
    {"name": "Di", "grade": 12, "scores": [70, 65, 90]},
    {"name": "Ed", "grade": 10, "scores": []},
]


def average(xs):
    return sum(xs) / len(xs) if xs else 0.0


def letter(avg):
    for cutoff, grade in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return grade
    return "F"


for s in students:
    avg = average(s["scores"])
    s["avg"] = round(avg, 2)
    print(f"{s['name']:<4} grade {s['grade']:>2}  avg {avg:6.2f}  {letter(avg)}")
by_grade = {}
for s in students:
    by_grade.setdefault(s["grade"], []).append(s["name"])
print(dict(sorted(by_grade.items())))
ranked = sorted(students, key=lambda s: (-s["avg"], s["name"]))
print([s["name"] for s in ranked])
top = max(students, key=lambda s: s["avg"])
print(top["name"], top["avg"])
all_scores = [x for s in students for x in s["scores"]]
print(len(all_scores), min(all_scores), max(all_scores), round(average(all_scores), 3))
print({g: round(average([x for s in students if s["grade"] == g for x in s["scores"]]), 1)
       for g in sorted(by_grade)})
