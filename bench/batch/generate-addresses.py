#!/usr/bin/env python3
"""Writes N rows of realistic Vietnamese addresses (old and new units, several writing styles) as CSV.

usage: generate-addresses.py ROWS OUT.csv [DATA_DIR]
The addresses come from the reference data set: old communes with their district and province as
people wrote them before July 2025, and a share of new communes; house numbers and streets vary.
"""
import csv
import random
import sys
import unicodedata

rows = int(sys.argv[1])
out_path = sys.argv[2]
data_dir = sys.argv[3] if len(sys.argv) > 3 else "src/main/resources/data/admin-units"

rng = random.Random(20261122)


def read(name):
    with open(f"{data_dir}/{name}", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


old = [r for r in read("old_to_new.csv") if r["old_commune_code"]]
new = read("communes.csv")
provinces = {p["code"]: p["full_name"] for p in read("provinces.csv")}

STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Trãi", "Hai Bà Trưng", "Lý Thường Kiệt", "Quang Trung",
           "Hùng Vương", "Phan Chu Trinh", "Điện Biên Phủ", "Ngô Quyền"]
ABBREVIATIONS = [("Thành phố ", "TP "), ("Tỉnh ", "T. "), ("Quận ", "Q. "), ("Huyện ", "H. "),
                 ("Phường ", "P. "), ("Xã ", "X. "), ("Thị trấn ", "TT "), ("Thị xã ", "TX ")]


def plain(text):
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def abbreviate(text):
    for long, short in ABBREVIATIONS:
        text = text.replace(long, short)
    return text


def street():
    style = rng.random()
    if style < 0.4:
        return f"Số {rng.randint(1, 300)} {rng.choice(STREETS)}, "
    if style < 0.6:
        return f"Thôn {rng.randint(1, 12)}, "
    if style < 0.75:
        return f"{rng.randint(1, 99)}/{rng.randint(1, 30)} đường {rng.choice(STREETS)}, "
    return ""


with open(out_path, "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\n")
    writer.writerow(["id", "address", "note"])
    for i in range(1, rows + 1):
        if rng.random() < 0.85:
            r = rng.choice(old)
            address = f"{street()}{r['old_commune_name']}, {r['old_district_name']}, {r['old_province_name']}"
        else:
            r = rng.choice(new)
            address = f"{street()}{r['full_name']}, {provinces[r['province_code']]}"
        style = rng.random()
        if style < 0.15:
            address = plain(address)
        elif style < 0.30:
            address = abbreviate(address)
        elif style < 0.35:
            address = address.lower()
        writer.writerow([i, address, "" if rng.random() < 0.7 else f"ghi chú {i}"])
