#!/usr/bin/python3
"""Independent check of the Word output: renders each fixture with `bpo render --format docx`,
opens the file with python-docx (Debian: python3-docx) and checks headings, numbering, tables
and key text. Prints `N passed, M failed`; exit status 1 when anything failed.

usage: tests/docx/check_docx.py [PATH_TO_BPO]   (default: build/native-doc/bpo)
"""
import os
import subprocess
import sys
import tempfile
import zipfile
import xml.dom.minidom

import docx  # python3-docx

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BPO = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build", "native-doc", "bpo")
FIXTURES = ["startup-customer-support", "midsize-finance-hr", "enterprise-multi-tower"]
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

passed = 0
failed = 0


def check(condition, what):
    global passed, failed
    if condition:
        passed += 1
    else:
        failed += 1
        print("FAIL:", what)


def style_of(paragraph):
    return paragraph.style.name if paragraph.style is not None else ""


def has_numbering(paragraph, level):
    ppr = paragraph._p.pPr
    if ppr is None or ppr.numPr is None:
        return False
    return ppr.numPr.ilvl is not None and ppr.numPr.ilvl.val == level


with tempfile.TemporaryDirectory() as tmp:
    for name in FIXTURES:
        source = os.path.join(ROOT, "tests", "fixtures", name + ".json")
        out = os.path.join(tmp, name + ".docx")
        result = subprocess.run([BPO, "render", "--format", "docx", source, "-o", out], capture_output=True, text=True)
        check(result.returncode == 0 and os.path.exists(out), name + ": bpo render exits 0 and writes the file " + result.stderr)
        if not os.path.exists(out):
            continue

        # Every part is well-formed XML, and the package has the required parts.
        with zipfile.ZipFile(out) as z:
            names = set(z.namelist())
            for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                         "word/styles.xml", "word/numbering.xml", "docProps/core.xml", "docProps/app.xml"]:
                check(part in names, name + ": has " + part)
            for part in names:
                try:
                    xml.dom.minidom.parseString(z.read(part))
                    ok = True
                except Exception as e:  # noqa: BLE001
                    ok = False
                    print("  ", part, e)
                check(ok, name + ": " + part + " is well-formed XML")

        d = docx.Document(out)
        paragraphs = d.paragraphs
        text = "\n".join(p.text for p in paragraphs)
        styles = [style_of(p) for p in paragraphs]

        check(styles.count("Title") == 1, name + ": one Title paragraph")
        h1 = [p for p in paragraphs if style_of(p) == "Heading 1"]
        h2 = [p for p in paragraphs if style_of(p) == "Heading 2"]
        check(len(h1) >= 20, name + ": Heading 1 for sections and schedules (%d)" % len(h1))
        check(len(h2) >= 10, name + ": Heading 2 for schedule parts (%d)" % len(h2))
        check("Heading 3" in [s.name for s in d.styles], name + ": styles.xml defines Heading 3")
        h1_text = [p.text for p in h1]
        for heading in ["Definitions and interpretation", "The services", "Service levels and service credits",
                        "Governance and relationship management", "Transition", "Charges and payment",
                        "Data protection and security", "Confidentiality", "Intellectual property",
                        "Termination and exit", "Dispute resolution", "Liability, indemnities and insurance", "General",
                        "Schedule 1: Services", "Schedule 2: Service levels and objectives", "Schedule 6: Data protection",
                        "Signatures"]:
            check(heading in h1_text, name + ": heading '" + heading + "'")

        # Automatic numbering: sections at level 0, clauses at 1, sub-clauses at 2.
        numbered_sections = [p for p in h1 if has_numbering(p, 0)]
        check(len(numbered_sections) >= 14, name + ": numbered section headings (%d)" % len(numbered_sections))
        clauses = [p for p in paragraphs if has_numbering(p, 1)]
        subclauses = [p for p in paragraphs if has_numbering(p, 2)]
        check(len(clauses) >= 60, name + ": numbered clauses (%d)" % len(clauses))
        check(len(subclauses) >= 15, name + ": numbered sub-clauses (%d)" % len(subclauses))
        check(clauses and clauses[0].text.startswith("Definitions."), name + ": clause 1.1 is Definitions")

        # Tables: real tables, a grid in each, a header row.
        check(len(d.tables) >= 12, name + ": tables (%d)" % len(d.tables))
        grids = all(t._tbl.find(W + "tblGrid") is not None for t in d.tables)
        check(grids, name + ": every table has a w:tblGrid")
        headers = [t.rows[0].cells[0].text for t in d.tables]
        check("Ref" in headers, name + ": service levels table")
        check("Service" in headers, name + ": services table")
        check(all(len(t.rows) >= 2 for t in d.tables), name + ": every table has rows")

        # Key text.
        check("not legal advice" in text, name + ": the draft notice")
        check("The parties agree as follows." in text, name + ": agreed terms")
        check("Signed for the Client" in text and "Signed for the Provider" in text, name + ": signature blocks")
        check("{{" not in text and "[reference:" not in text, name + ": no template leftovers")
        check(d.core_properties.title != "", name + ": document title in core properties")

    # Hostile text: the XML stays well-formed and the text comes through literally.
    import json
    with open(os.path.join(ROOT, "tests", "fixtures", "startup-customer-support.json")) as f:
        agreement = json.load(f)
    evil = "<script>alert(1)</script> & \"q\" ]]> |`x`| \u0001\u000b end"
    agreement["client"]["legalName"] = evil
    agreement["services"][0]["inScope"] = evil
    hostile = os.path.join(tmp, "hostile.json")
    with open(hostile, "w") as f:
        json.dump(agreement, f)
    out = os.path.join(tmp, "hostile.docx")
    result = subprocess.run([BPO, "render", "--format", "docx", hostile, "-o", out], capture_output=True, text=True)
    check(result.returncode == 0, "hostile: rendered " + result.stderr)
    if result.returncode == 0:
        d = docx.Document(out)
        text = "\n".join(p.text for p in d.paragraphs)
        check("<script>alert(1)</script> & \"q\" ]]> |`x`|  end" in text, "hostile: text kept literally, control characters dropped")

    # Refuses to write binary to a terminal is checked by the CLI; here: -o is honoured.
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
