"""Numbers, dates and times written the way the app's language writes them (QLocale; see ui/shell/language.py).

The core writes numbers for files and logs ("3.3"); what a person reads goes through here: "3,3" in
Spanish and French, "26/11/2026" or "26 nov. 2026" for a date, "45 %" in French.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QObject, QTime, QTimeZone

from literacy_app.learning import numbers


class Formats(QObject):
    """The catalogues' context for the few patterns that differ by language ("{0}%" is "{0} %" in French)."""


def number(value: float, decimals: int = 1) -> str:
    """At most DECIMALS decimals (numbers.number) with the locale's decimal sign: 3.3333 -> "3,3" in Spanish."""
    text = numbers.number(value, decimals)
    locale = QLocale()
    return text.replace("-", locale.negativeSign()).replace(".", locale.decimalPoint())


def fixed(value: float, places: int = 1) -> str:
    """Exactly PLACES decimals, for a column of figures: 1.0 -> "1.0" / "1,0"."""
    locale = QLocale()
    rounded = Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)  # 1.25 -> 1.3
    return f"{rounded:f}".replace("-", locale.negativeSign()).replace(".", locale.decimalPoint())


def whole(value: int) -> str:
    """A count with the locale's group separator: 12345 -> "12,345" / "12.345" / "12 345"."""
    return QLocale().toString(int(value))


def percent_value(value: float) -> str:
    """A share already in percent, whole: 33.3 -> "33%" ("33 %" in French); "<1%" and "99%" where rounding would
    mislead (numbers.percent_value)."""
    text = numbers.percent_value(value)
    return Formats.tr("{0}%").format(text.removesuffix("%"))


def percent(part: float, whole: float) -> str:
    """PART of WHOLE as a whole percentage: (1, 3) -> "33%"; nothing to share reads "0%"."""
    return percent_value(100 * part / whole) if whole else percent_value(0)


def percent_or(value: float | None, none: str = "–") -> str:
    """percent_value, or NONE when there is no value."""
    return none if value is None else percent_value(value)


def as_date(value: date | str | None, long: bool = False) -> str:
    """A day: "26/11/2026" (short) or "26 de noviembre de 2026" (long); "" for nothing; other text as is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    qdate = QDate(value.year, value.month, value.day)
    if _unset():
        return value.isoformat()
    return QLocale().toString(qdate, QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat)


def as_day(value: date) -> str:
    """A day of the coming weeks as people say it: "Monday 2 March" / "lunes, 2 de marzo"."""
    if _unset():
        return f"{value:%A} {value.day} {value:%B}"
    locale = QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    # the year of a day a few weeks away goes without saying: "d 'de' MMMM 'de' yyyy" -> "d 'de' MMMM"
    pattern = re.sub(r"[\s,.]*('[^']*'[\s,]*)?y+[\s.]*$", "", pattern) or pattern
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def as_long_date(value: date) -> str:
    """A day written out, without the weekday: "5 March 2026", "5 de marzo de 2026", "March 5, 2026"."""
    locale = QLocale()
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"^dddd[,.]?\s*|[,\s]*dddd$", "", long) or "d MMMM yyyy"
    return locale.toString(QDate(value.year, value.month, value.day), pattern)


def as_time(value: datetime | str | None) -> str:
    """The local time of day of a moment: "14:05" or "2:05 PM"."""
    moment = _local(value)
    return QLocale().toString(moment.time(), QLocale.FormatType.ShortFormat) if moment is not None else ""


def as_date_time(value: datetime | str | None) -> str:
    """A moment in local time, short: "26/11/2026 14:05"."""
    moment = _local(value)
    if moment is None:
        return ""
    if _unset():
        return moment.toString("yyyy-MM-dd HH:mm")
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def _unset() -> bool:
    """The C locale (no language chosen, LANG=C): ISO dates rather than C's "7 11 2024"."""
    return QLocale().language() == QLocale.Language.C


def _local(value: datetime | str | None) -> QDateTime | None:
    if not value:
        return None
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    moment = QDateTime(QDate(value.year, value.month, value.day),
                       QTime(value.hour, value.minute, value.second))
    if value.tzinfo is not None:  # stored in UTC: shown in the PC's time
        offset = value.utcoffset()
        seconds = int(offset.total_seconds()) if offset is not None else 0
        moment.setTimeZone(QTimeZone.fromSecondsAheadOfUtc(seconds))
        return moment.toLocalTime()
    return moment
