import os

path = "io_lines_processing.csv"
rows = [("name", "dept", "salary"), ("ann", "eng", "120"), ("bob", "ops", "90"),
        ("cy", "eng", "110"), ("di", "ops", "95"), ("ed", "sales", "70")]
with open(path, "w") as f:
    for row in rows:
        print(",".join(row), file=f)
totals = {}
with open(path) as f:
    header = next(f).strip().split(",")
    for line in f:
        record = dict(zip(header, line.strip().split(",")))
        totals[record["dept"]] = totals.get(record["dept"], 0) + int(record["salary"])
print(header)
for dept, total in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{dept:<6}{total:>5}")
with open(path) as f:
    print(sum(1 for _ in f), "lines")
with open(path) as src, open(path + ".upper", "w") as dst:
    for line in src:
        dst.write(line.upper())
with open(path + ".upper") as f:
    print(f.read(), end="")
os.remove(path)
os.remove(path + ".upper")
print(os.path.exists(path), os.path.exists(path + ".upper"))
