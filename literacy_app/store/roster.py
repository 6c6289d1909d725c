"""Class rosters as CSV: read what spreadsheets and school systems write, write what they read."""

from __future__ import annotations

import csv
import io

from literacy_app.learning.analytics import Student
from literacy_app.store.classroom import RosterEntry

NAME_HEADERS = {"name", "full name", "student", "student name", "learner", "nom", "nombre", "naam"}
FIRST_HEADERS = {"first name", "firstname", "given name", "prénom", "prenom"}
LAST_HEADERS = {"last name", "lastname", "surname", "family name", "nom de famille"}
ID_HEADERS = {"student id", "student_id", "studentid", "id", "id number", "idnumber", "number", "username"}


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else the Windows code page spreadsheets often use."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    first = next((line for line in text.splitlines() if line.strip()), "")
    counts = {d: first.count(d) for d in (";", ",", "\t")}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    return best if counts[best] else ","


def parse_roster(text: str) -> list[RosterEntry]:
    """Names (and optional student ids) from CSV text: ; , or tab separated, with or without a header row."""
    text = text.lstrip("\ufeff")
    rows = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), delimiter=_delimiter(text))]
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    header = [title.casefold() for title in rows[0]]
    name_col: int | None = None
    first_col: int | None = None
    last_col: int | None = None
    id_col: int | None = None
    for index, title in enumerate(header):
        if title in NAME_HEADERS and name_col is None:
            name_col = index
        elif title in FIRST_HEADERS:
            first_col = index
        elif title in LAST_HEADERS:
            last_col = index
        elif title in ID_HEADERS and id_col is None:
            id_col = index
    if name_col is None and first_col is None and last_col is None:
        name_col, id_col = 0, 1  # no header row: name, then an optional id
    else:
        rows = rows[1:]

    def cell(row: list[str], index: int | None) -> str:
        return row[index] if index is not None and index < len(row) else ""

    entries = []
    for row in rows:
        if name_col is not None:
            name = cell(row, name_col)
        else:
            name = " ".join(part for part in (cell(row, first_col), cell(row, last_col)) if part)
        name = " ".join(name.split())
        if name:
            entries.append(RosterEntry(name, cell(row, id_col)))
    return entries


def roster_csv(students: list[Student]) -> str:
    """Name, student id and the profile's stable id; UTF-8 with BOM and CRLF for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Name", "Student ID", "Profile ID", "Created", "Last active"])
    for student in students:
        writer.writerow([student.name, student.student_id, student.uid, student.created_at,
                         student.last_active_at or ""])
    return "\ufeff" + out.getvalue()


def roster_csv_rows(entries: list[RosterEntry]) -> str:
    """A class roster (name, student id) as CSV that parse_roster reads back; UTF-8 with BOM and CRLF."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["Name", "Student ID"])
    writer.writerows([entry.name, entry.student_id] for entry in entries)
    return "\ufeff" + out.getvalue()
