/* sc-calendar.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Calendar arithmetic of PRODUCT.md §3.1: days, weeks (Monday or Sunday
 * start), the Thursday rule (a week belongs to the month, quarter and fiscal
 * year that contain its Thursday), fiscal years starting on any month and
 * their quarters. Pure functions, no I/O.
 *
 * A calendar whose week_start is not G_DATE_SUNDAY has Monday weeks; a
 * fiscal_start_month out of 1 … 12 counts as January. Periods are defined
 * for the years 2 … 65534 of GDate; a day outside is a programming error.
 */

#pragma once

#include <glib.h>

#include "sc-types.h"

G_BEGIN_DECLS

/* Days ------------------------------------------------------------------ */

/* The last day GDate can represent, 65535-12-31. GLib's
 * g_date_valid_julian() accepts any non-zero number: use sc_day_valid(). */
#define SC_DAY_MAX ((ScDay) 23936166)

/* Whether day is a day of GDate's calendar: 1 … SC_DAY_MAX. */
gboolean     sc_day_valid             (ScDay        day);

ScDay        sc_day_from_ymd          (int          year,
                                       int          month,
                                       int          day);
gboolean     sc_day_to_ymd            (ScDay        day,
                                       int         *year,
                                       int         *month,
                                       int         *mday);
/* Parses exactly "YYYY-MM-DD"; returns SC_DAY_NONE when invalid. */
ScDay        sc_day_from_iso          (const char  *iso);
/* Writes "YYYY-MM-DD" into buf (at least 11 bytes), or "" for an invalid
 * day; returns buf. */
char        *sc_day_to_iso            (ScDay        day,
                                       char        *buf);
/* NULL for an invalid day (SC_DAY_NONE), so that it stores as SQL NULL. */
char        *sc_day_dup_iso           (ScDay        day);
/* 1 = Monday … 7 = Sunday (GDateWeekday); G_DATE_BAD_WEEKDAY when day
 * is invalid. */
GDateWeekday sc_day_weekday           (ScDay        day);
ScDay        sc_day_today             (void);
/* 0 for an invalid month. */
int          sc_days_in_month         (int          year,
                                       int          month);

/* Calendar of a company -------------------------------------------------- */

typedef struct
{
  int          fiscal_start_month;  /* 1 … 12 */
  GDateWeekday week_start;          /* G_DATE_MONDAY or G_DATE_SUNDAY */
} ScCalendar;

#define SC_CALENDAR_INIT { 1, G_DATE_MONDAY }

/* First day of the week that contains day. */
ScDay        sc_calendar_week_start   (const ScCalendar *cal,
                                       ScDay             day);
/* The Thursday of the week that starts on week_start: the day that decides
 * the week's month, quarter and fiscal year. Any day of the week may be
 * passed. */
ScDay        sc_calendar_week_anchor  (const ScCalendar *cal,
                                       ScDay             week_start);
/* ISO 8601 week number (1 … 53) of the week that contains day's anchor. */
int          sc_calendar_week_number  (const ScCalendar *cal,
                                       ScDay             day);

/* Fiscal year (named after the calendar year in which it starts) and
 * quarter (1 … 4) of a day. For a week, pass its anchor. */
int          sc_calendar_fiscal_year  (const ScCalendar *cal,
                                       ScDay             day);
int          sc_calendar_fiscal_quarter (const ScCalendar *cal,
                                         ScDay             day);
/* Position of a calendar month in the fiscal year: 1 … 12. */
int          sc_calendar_fiscal_month_index (const ScCalendar *cal,
                                             int               month);

/* A period is a run of whole weeks: the weeks whose anchor falls in the
 * month, quarter or fiscal year. first_day … last_day are the calendar
 * bounds of the month/quarter/year itself; first_week and last_week are the
 * start days of its first and last weeks. */
typedef struct
{
  ScPeriodKind kind;
  int          fiscal_year;
  int          index;       /* week: 1 … 53 in the fiscal year; month: calendar
                             * month 1 … 12; quarter: 1 … 4; year: 0 */
  int          year;        /* calendar year of a month; of the anchor for a week;
                             * of first_day for a quarter or a year */
  ScDay        first_day;
  ScDay        last_day;
  ScDay        first_week;
  ScDay        last_week;
  guint        n_weeks;
} ScPeriod;

void         sc_calendar_week         (const ScCalendar *cal,
                                       ScDay             day,
                                       ScPeriod         *period);
void         sc_calendar_month        (const ScCalendar *cal,
                                       int               year,
                                       int               month,
                                       ScPeriod         *period);
void         sc_calendar_quarter      (const ScCalendar *cal,
                                       int               fiscal_year,
                                       int               quarter,
                                       ScPeriod         *period);
void         sc_calendar_year         (const ScCalendar *cal,
                                       int               fiscal_year,
                                       ScPeriod         *period);
/* The period of the given kind that contains day (by the Thursday rule:
 * day is first reduced to its week's anchor). */
void         sc_calendar_period_at    (const ScCalendar *cal,
                                       ScPeriodKind      kind,
                                       ScDay             day,
                                       ScPeriod         *period);
/* The period after (offset > 0) or before (offset < 0) period; result may
 * be period itself. */
void         sc_calendar_period_shift (const ScCalendar *cal,
                                       const ScPeriod   *period,
                                       int               offset,
                                       ScPeriod         *result);
/* Whether the week that contains week_start (any of its days) is one of
 * the period's weeks. */
gboolean     sc_period_contains_week  (const ScPeriod   *period,
                                       ScDay             week_start);
gboolean     sc_period_equal          (const ScPeriod   *a,
                                       const ScPeriod   *b);

G_END_DECLS
