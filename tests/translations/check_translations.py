#!/usr/bin/env python3
"""Fails when a visible string has no Spanish translation.

Runs lupdate over the sources into a copy of remitente_es.ts (so a string added to the code but not yet to the .ts
file counts too), then checks that every message is translated, that placeholders (%1, %2, ..., {host}) and
accelerators (&) survive translation, and that the checked-in file is up to date.
"""
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

lupdate, source_dir = sys.argv[1], Path(sys.argv[2])
checked_in = source_dir / "translations" / "remitente_es.ts"
sources = [str(p) for d in ("core", "ui", "app") for p in (source_dir / d).rglob("*") if p.suffix in (".cpp", ".h")]

with tempfile.TemporaryDirectory() as tmp:
    fresh = Path(tmp) / "remitente_es.ts"
    shutil.copy(checked_in, fresh)
    subprocess.run([lupdate, "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)], check=True)
    root = ET.parse(fresh).getroot()

problems = []
count = 0
for message in root.iter("message"):
    count += 1
    source = message.findtext("source") or ""
    translation = message.find("translation")
    # A plural message ("%n message(s)") has one text per plural form; each is checked as a translation.
    forms = translation.findall("numerusform")
    texts = [form.text or "" for form in forms] if message.get("numerus") == "yes" else [translation.text or ""]
    if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(texts):
        problems.append(f"not translated: {source!r}")
        continue
    for text in texts:
        placeholders = r"%\d|\{[a-zA-Z]+\}"  # Qt's %1 and the catalogues' {host}
        if sorted(re.findall(placeholders, source)) != sorted(re.findall(placeholders, text)):
            problems.append(f"placeholders differ: {source!r} -> {text!r}")
        accelerator = re.compile(r"&(?![&\s])")  # "&File"; not "&&" nor "Privacy & Security"
        if bool(accelerator.search(source)) != bool(accelerator.search(text)) and not source.startswith("<"):
            problems.append(f"accelerator lost: {source!r} -> {text!r}")

print(f"{count} strings checked in Spanish")
if problems:
    print("\n".join(problems))
    print("Run: cmake --build build --target update_translations, then translate translations/remitente_es.ts")
    sys.exit(1)
