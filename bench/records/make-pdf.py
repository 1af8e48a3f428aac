#!/usr/bin/env python3
"""Writes a valid PDF of about SIZE bytes (default 1 MiB): one page of text and an unreferenced binary stream
holding random bytes, with a 20-character marker the load script overwrites per request (same length, so
the cross-reference offsets stay right) to make every upload a distinct file.
   bench/records/make-pdf.py OUT [SIZE]"""
import os, sys

out = sys.argv[1]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 1024 * 1024
marker = b"HAICAPBENCH000000000"
text = b"BT /F1 12 Tf 60 780 Td (Ho so luu tru - tai lieu thu nghiem) Tj ET"
payload = marker + os.urandom(max(0, size - 1200))
objects = [
    b"<< /Type /Catalog /Pages 2 0 R >>",
    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
    b" /Resources << /Font << /F1 5 0 R >> >> >>",
    b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
    b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    b"<< /Length %d >>\nstream\n" % len(payload) + payload + b"\nendstream",
]
pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
offsets = []
for number, body in enumerate(objects, start=1):
    offsets.append(len(pdf))
    pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
xref = len(pdf)
pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
for offset in offsets:
    pdf += b"%010d 00000 n \n" % offset
pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
with open(out, "wb") as f:
    f.write(pdf)
