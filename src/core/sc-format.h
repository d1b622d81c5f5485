/* sc-format.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one module that turns numbers, money, percentages and dates into text,
 * in French (Québec) or English (Canada) conventions: `1 234,56 $` and
 * `$1,234.56`, `32,5 %` and `32.5%`, `4 mars 2025` and `March 4, 2025`.
 * The screen, the charts, the workbook and the PDF all use it, with the
 * language passed explicitly: a document's language may differ from the
 * interface's. French separators are U+00A0 (no-break space).
 *
 * Every function returns a newly allocated string.
 *
 * Choices shared by all functions:
 * - rounding is half away from zero on the value's 15 significant decimal
 *   digits (2.675 → 2.68, -0.125 → -0.13); a value that rounds to zero has
 *   no sign ("0.00", never "-0.00");
 * - groups of three digits everywhere, from 1 000 on; years are not
 *   grouped;
 * - a negative amount, number or percentage takes a hyphen-minus
 *   ("-1 234,56 $", "-$1,234.56", as CLDR writes them, and as spreadsheets
 *   read them back); a signed variance (sc_format_points(), signed_) takes
 *   "+" or U+2212 MINUS SIGN, and zero has no sign;
 * - NaN and infinities give U+2014 EM DASH "—"; an invalid day gives "".
 * Every word and pattern comes from the catalogue (sc-l10n.h), so the
 * French text is in po/fr.po.
 */

#pragma once

#include <glib.h>

#include "sc-calendar.h"
#include "sc-types.h"

G_BEGIN_DECLS

typedef enum
{
  SC_MONEY_CENTS,    /* 1 234,56 $   $1,234.56 */
  SC_MONEY_WHOLE,    /* 1 235 $      $1,235 */
  SC_MONEY_COMPACT,  /* 563 k$  1,3 M$   $563K  $1.3M */
  SC_MONEY_THOUSANDS,/* 563 k$  1 995 k$ $563K  $1,995K (tables: never M) */
} ScMoneyStyle;

/* currency is an ISO 4217 code, case-insensitive: "CAD" (also NULL or ""),
 * "USD" (1 234,56 $ US, US$1,234.56) or "EUR" (1 234,56 €, €1,234.56);
 * others are written after the amount with their code (1,234.56 GBP).
 * SC_MONEY_WHOLE rounds to the dollar, half away from zero. Compact: whole
 * dollars below 1 000 $ (850 $), whole thousands below a million (563 k$,
 * $563K), then millions with one decimal (1,3 M$, 12,0 M$, $1.3M), each
 * chosen after rounding (999 600 $ is 1,0 M$). */
char *sc_format_money        (ScLang        lang,
                              const char   *currency,
                              gint64        cents,
                              ScMoneyStyle  style);
/* Exactly decimals decimals (0 … 12). */
char *sc_format_number       (ScLang        lang,
                              double        value,
                              int           decimals);
/* percent is in points: 32.5 gives "32,5 %" / "32.5%". */
char *sc_format_percent      (ScLang        lang,
                              double        percent,
                              int           decimals);
/* A signed variance in percentage points: "−2,2 pts" / "−2.2 pts",
 * "+1,0 pts", "0,0 pts". */
char *sc_format_points       (ScLang        lang,
                              double        points,
                              int           decimals);
/* A value in the natural unit of a KPI (dollars, count, percent points,
 * days, plain number). compact shortens money to k$/M$ for tiles and axes.
 * signed_ prefixes a sign to positive values (for variances).
 * - SC_UNIT_CURRENCY: value in dollars, as sc_format_money() with cents
 *   (SC_MONEY_CENTS) or SC_MONEY_COMPACT;
 * - SC_UNIT_COUNT and SC_UNIT_NUMBER: up to 2 decimals, trailing zeros
 *   dropped ("12", "12,5", "12,25");
 * - SC_UNIT_PERCENT: 1 decimal ("32,5 %", "32.0%"), the unit kept when
 *   signed ("+2,5 %": use sc_format_points() for a variance in points);
 * - SC_UNIT_DAYS: up to 1 decimal ("12,5 j", "12 d"). */
char *sc_format_value        (ScLang        lang,
                              ScUnit        unit,
                              const char   *currency,
                              double        value,
                              gboolean      compact,
                              gboolean      signed_);

/* "2025-03-04" in both languages. */
char *sc_format_date_iso     (ScDay         day);
/* "4 mars 2025" / "March 4, 2025"; with_weekday: "mardi 4 mars 2025" /
 * "Tuesday, March 4, 2025". French writes "1er" for the first. */
char *sc_format_date_long    (ScLang        lang,
                              ScDay         day,
                              gboolean      with_weekday);
/* "4 mars" / "Mar 4", "1er juill." / "Jul 1" */
char *sc_format_date_short   (ScLang        lang,
                              ScDay         day);
/* "mars 2025" / "March 2025" */
char *sc_format_month_year   (ScLang        lang,
                              int           year,
                              int           month);
/* "mars" / "March"; abbreviated: "mars" / "Mar", "juill." / "Jul" */
char *sc_format_month_name   (ScLang        lang,
                              int           month,
                              gboolean      abbreviated);
char *sc_format_weekday_name (ScLang        lang,
                              GDateWeekday  weekday);
/* "Semaine du 3 mars 2025" / "Week of March 3, 2025" */
char *sc_format_week_label   (ScLang        lang,
                              ScDay         week_start);
/* "T1 2025-2026" / "Q1 FY2025"; a calendar-aligned fiscal year gives
 * "T1 2025" / "Q1 2025". */
char *sc_format_quarter      (ScLang            lang,
                              const ScCalendar *cal,
                              int               fiscal_year,
                              int               quarter);
/* "exercice 2025-2026" / "FY2025"; calendar-aligned: "exercice 2025" /
 * "FY2025". */
char *sc_format_fiscal_year  (ScLang            lang,
                              const ScCalendar *cal,
                              int               fiscal_year);
/* The label of any period: a week label, a month-year, a quarter, a year. */
char *sc_format_period       (ScLang            lang,
                              const ScCalendar *cal,
                              const ScPeriod   *period);
/* A length of time: "28 min", "1 h 05" / "28 min", "1 h 5 min"; whole
 * hours "2 h"; negative with U+2212. */
char *sc_format_minutes      (ScLang        lang,
                              int           minutes);
/* A time of day given in minutes after midnight: "8 h 30" / "8:30 a.m.". */
char *sc_format_time_of_day  (ScLang        lang,
                              int           minutes);
/* A countdown: "04:59", "−01:12" (overrun, U+2212), "1:02:03" past an
 * hour. The same in both languages. */
char *sc_format_clock        (gint64        seconds);

G_END_DECLS
