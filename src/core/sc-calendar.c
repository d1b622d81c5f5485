/* sc-calendar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-calendar"

#include "config.h"

#include <string.h>

#include "sc-calendar.h"

/* Days ------------------------------------------------------------------ */

gboolean
sc_day_valid (ScDay day)
{
  return day >= 1 && day <= SC_DAY_MAX;
}

ScDay
sc_day_from_ymd (int year,
                 int month,
                 int day)
{
  GDate date;

  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12 || day < 1 || day > 31 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return SC_DAY_NONE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return g_date_get_julian (&date);
}

gboolean
sc_day_to_ymd (ScDay  day,
               int   *year,
               int   *month,
               int   *mday)
{
  GDate date;

  if (!sc_day_valid (day))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, day);
  if (year != NULL)
    *year = g_date_get_year (&date);
  if (month != NULL)
    *month = g_date_get_month (&date);
  if (mday != NULL)
    *mday = g_date_get_day (&date);
  return TRUE;
}

static gboolean
read_digits (const char *text,
             int         n,
             int        *value)
{
  *value = 0;
  for (int i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }
  return TRUE;
}

ScDay
sc_day_from_iso (const char *iso)
{
  int year, month, day;

  /* Every byte is checked before the next is read, so a short string stops
   * at its NUL and nothing past it is touched. */
  if (iso == NULL ||
      !read_digits (iso, 4, &year) || iso[4] != '-' ||
      !read_digits (iso + 5, 2, &month) || iso[7] != '-' ||
      !read_digits (iso + 8, 2, &day) || iso[10] != '\0')
    return SC_DAY_NONE;

  return sc_day_from_ymd (year, month, day);
}

char *
sc_day_to_iso (ScDay  day,
               char  *buf)
{
  int year, month, mday;

  g_return_val_if_fail (buf != NULL, NULL);

  if (!sc_day_to_ymd (day, &year, &month, &mday) || year > 9999)
    buf[0] = '\0';
  else
    g_snprintf (buf, 11, "%04d-%02d-%02d", year, month, mday);
  return buf;
}

char *
sc_day_dup_iso (ScDay day)
{
  char buf[11];

  if (!sc_day_valid (day))
    return NULL;
  return g_strdup (sc_day_to_iso (day, buf));
}

GDateWeekday
sc_day_weekday (ScDay day)
{
  if (!sc_day_valid (day))
    return G_DATE_BAD_WEEKDAY;

  /* Julian day 1 (0001-01-01) was a Monday. */
  return (GDateWeekday) ((day - 1) % 7 + 1);
}

ScDay
sc_day_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int year, month, day;

  g_date_time_get_ymd (now, &year, &month, &day);
  return sc_day_from_ymd (year, month, day);
}

int
sc_days_in_month (int year,
                  int month)
{
  if (year < 1 || year > G_MAXUINT16 || month < 1 || month > 12)
    return 0;
  return g_date_get_days_in_month ((GDateMonth) month, (GDateYear) year);
}

/* Calendar of a company -------------------------------------------------- */

/* A damaged setting must not make every figure wrong or crash: anything but
 * Sunday is a Monday week, a month out of range is January. */
static gboolean
sunday_weeks (const ScCalendar *cal)
{
  return cal != NULL && cal->week_start == G_DATE_SUNDAY;
}

static int
fiscal_start (const ScCalendar *cal)
{
  if (cal == NULL || cal->fiscal_start_month < 1 || cal->fiscal_start_month > 12)
    return 1;
  return cal->fiscal_start_month;
}

ScDay
sc_calendar_week_start (const ScCalendar *cal,
                        ScDay             day)
{
  guint offset;

  g_return_val_if_fail (sc_day_valid (day), SC_DAY_NONE);

  offset = sc_day_weekday (day) - G_DATE_MONDAY;
  if (sunday_weeks (cal))
    offset = (offset + 1) % 7;
  if (offset >= day)
    return SC_DAY_NONE;
  return day - offset;
}

ScDay
sc_calendar_week_anchor (const ScCalendar *cal,
                         ScDay             week_start)
{
  ScDay start = sc_calendar_week_start (cal, week_start);

  /* Both kinds of weeks are anchored on their Thursday. */
  if (start == SC_DAY_NONE)
    return SC_DAY_NONE;
  return start + (sunday_weeks (cal) ? 4 : 3);
}

int
sc_calendar_week_number (const ScCalendar *cal,
                         ScDay             day)
{
  ScDay anchor = sc_calendar_week_anchor (cal, day);
  GDate date;

  g_return_val_if_fail (sc_day_valid (anchor), 0);

  /* ISO week 1 is the week of the year's first Thursday, so the number of
   * a Thursday follows from its day of the year alone. */
  g_date_clear (&date, 1);
  g_date_set_julian (&date, anchor);
  return (g_date_get_day_of_year (&date) - 1) / 7 + 1;
}

int
sc_calendar_fiscal_month_index (const ScCalendar *cal,
                                int               month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return (month - fiscal_start (cal) + 12) % 12 + 1;
}

int
sc_calendar_fiscal_year (const ScCalendar *cal,
                         ScDay             day)
{
  int year, month;

  g_return_val_if_fail (sc_day_valid (day), 0);

  sc_day_to_ymd (day, &year, &month, NULL);
  return month >= fiscal_start (cal) ? year : year - 1;
}

int
sc_calendar_fiscal_quarter (const ScCalendar *cal,
                            ScDay             day)
{
  int month;

  g_return_val_if_fail (sc_day_valid (day), 0);

  sc_day_to_ymd (day, NULL, &month, NULL);
  return (sc_calendar_fiscal_month_index (cal, month) - 1) / 3 + 1;
}

/* Periods ---------------------------------------------------------------- */

/* The first day of the month that is `months` months after January of
 * year 0 (months may run past December). */
static ScDay
month_first_day (gint64 months)
{
  if (months < 12 || months / 12 > G_MAXUINT16)
    return SC_DAY_NONE;
  return sc_day_from_ymd ((int) (months / 12), (int) (months % 12) + 1, 1);
}

/* Periods reach up to a year around a day (its fiscal year): days closer
 * than that to the ends of GDate's range have no periods. */
static gboolean
day_in_range (ScDay day)
{
  return day > 400 && sc_day_valid (day) && sc_day_valid (day + 400);
}

/* The first week whose anchor is on or after day. */
static ScDay
first_week_from (const ScCalendar *cal,
                 ScDay             day)
{
  ScDay start = sc_calendar_week_start (cal, day);

  return sc_calendar_week_anchor (cal, start) < day ? start + 7 : start;
}

/* Fills the weeks of a period from its calendar bounds: the weeks whose
 * anchor lies between first_day and last_day. */
static void
fill_weeks (const ScCalendar *cal,
            ScPeriod         *period,
            ScDay             first_day,
            ScDay             last_day)
{
  ScDay first_week = first_week_from (cal, first_day);
  ScDay last_week = first_week_from (cal, last_day + 1) - 7;

  period->first_day = first_day;
  period->last_day = last_day;
  period->first_week = first_week;
  period->last_week = last_week;
  period->n_weeks = (last_week - first_week) / 7 + 1;
}

/* A span of whole calendar months: `months` counts from January of year 0. */
static gboolean
fill_months (const ScCalendar *cal,
             ScPeriod         *period,
             gint64            first_month,
             int               n_months)
{
  ScDay first_day = month_first_day (first_month);
  ScDay next = month_first_day (first_month + n_months);
  int year = 0;

  /* The weeks of the span reach a few days past it on both sides. */
  if (first_day <= 7 || next == SC_DAY_NONE || !sc_day_valid (next + 7))
    return FALSE;

  fill_weeks (cal, period, first_day, next - 1);
  sc_day_to_ymd (first_day, &year, NULL, NULL);
  period->year = year;
  period->fiscal_year = sc_calendar_fiscal_year (cal, first_day);
  return TRUE;
}

void
sc_calendar_week (const ScCalendar *cal,
                  ScDay             day,
                  ScPeriod         *period)
{
  ScDay start, anchor, fy_first;
  int year = 0;

  g_return_if_fail (period != NULL);
  memset (period, 0, sizeof *period);
  period->kind = SC_PERIOD_WEEK;

  g_return_if_fail (day_in_range (day));
  start = sc_calendar_week_start (cal, day);

  anchor = sc_calendar_week_anchor (cal, start);
  sc_day_to_ymd (anchor, &year, NULL, NULL);
  period->year = year;
  period->fiscal_year = sc_calendar_fiscal_year (cal, anchor);

  /* Weeks are numbered from the fiscal year's first week. */
  fy_first = first_week_from (cal, month_first_day ((gint64) period->fiscal_year * 12 +
                                                    fiscal_start (cal) - 1));
  period->index = (start - fy_first) / 7 + 1;

  period->first_day = period->first_week = period->last_week = start;
  period->last_day = start + 6;
  period->n_weeks = 1;
}

void
sc_calendar_month (const ScCalendar *cal,
                   int               year,
                   int               month,
                   ScPeriod         *period)
{
  g_return_if_fail (period != NULL);
  memset (period, 0, sizeof *period);
  period->kind = SC_PERIOD_MONTH;
  g_return_if_fail (month >= 1 && month <= 12);

  period->index = month;
  if (!fill_months (cal, period, (gint64) year * 12 + month - 1, 1))
    g_return_if_reached ();
}

void
sc_calendar_quarter (const ScCalendar *cal,
                     int               fiscal_year,
                     int               quarter,
                     ScPeriod         *period)
{
  gint64 first_month = (gint64) fiscal_year * 12 + fiscal_start (cal) - 1 + (quarter - 1) * 3;

  g_return_if_fail (period != NULL);
  memset (period, 0, sizeof *period);
  period->kind = SC_PERIOD_QUARTER;
  g_return_if_fail (quarter >= 1 && quarter <= 4);

  period->index = quarter;
  if (!fill_months (cal, period, first_month, 3))
    g_return_if_reached ();
}

void
sc_calendar_year (const ScCalendar *cal,
                  int               fiscal_year,
                  ScPeriod         *period)
{
  g_return_if_fail (period != NULL);
  memset (period, 0, sizeof *period);
  period->kind = SC_PERIOD_YEAR;

  if (!fill_months (cal, period, (gint64) fiscal_year * 12 + fiscal_start (cal) - 1, 12))
    g_return_if_reached ();
}

void
sc_calendar_period_at (const ScCalendar *cal,
                       ScPeriodKind      kind,
                       ScDay             day,
                       ScPeriod         *period)
{
  ScDay anchor;
  int year = 0, month = 0;

  g_return_if_fail (period != NULL);
  memset (period, 0, sizeof *period);
  period->kind = kind;
  g_return_if_fail (day_in_range (day));

  anchor = sc_calendar_week_anchor (cal, day);
  sc_day_to_ymd (anchor, &year, &month, NULL);
  switch (kind)
    {
    case SC_PERIOD_WEEK:
      sc_calendar_week (cal, day, period);
      break;
    case SC_PERIOD_MONTH:
      sc_calendar_month (cal, year, month, period);
      break;
    case SC_PERIOD_QUARTER:
      sc_calendar_quarter (cal, sc_calendar_fiscal_year (cal, anchor),
                           sc_calendar_fiscal_quarter (cal, anchor), period);
      break;
    case SC_PERIOD_YEAR:
      sc_calendar_year (cal, sc_calendar_fiscal_year (cal, anchor), period);
      break;
    default:
      g_return_if_reached ();
    }
}

void
sc_calendar_period_shift (const ScCalendar *cal,
                          const ScPeriod   *period,
                          int               offset,
                          ScPeriod         *result)
{
  gint64 n;

  g_return_if_fail (period != NULL && result != NULL);

  /* Months and quarters are counted from year 0 so that one division
   * gives both the year and the position in it across year ends. */
  switch (period->kind)
    {
    case SC_PERIOD_WEEK:
      n = (gint64) period->first_week + (gint64) offset * 7;
      if (n < 1 || n > G_MAXUINT32)
        n = 0;
      sc_calendar_week (cal, (ScDay) n, result);
      break;
    case SC_PERIOD_MONTH:
      n = (gint64) period->year * 12 + period->index - 1 + offset;
      sc_calendar_month (cal, (int) CLAMP (n / 12, 0, G_MAXINT), (int) (n % 12) + 1, result);
      break;
    case SC_PERIOD_QUARTER:
      n = (gint64) period->fiscal_year * 4 + period->index - 1 + offset;
      sc_calendar_quarter (cal, (int) CLAMP (n / 4, 0, G_MAXINT), (int) (n % 4) + 1, result);
      break;
    case SC_PERIOD_YEAR:
      n = (gint64) period->fiscal_year + offset;
      sc_calendar_year (cal, (int) CLAMP (n, 0, G_MAXINT), result);
      break;
    default:
      memset (result, 0, sizeof *result);
      g_return_if_reached ();
    }
}

gboolean
sc_period_contains_week (const ScPeriod *period,
                         ScDay           week_start)
{
  g_return_val_if_fail (period != NULL, FALSE);

  /* Any day of a week of the period counts, not only its first. */
  return period->n_weeks > 0 &&
         week_start >= period->first_week &&
         week_start <= period->last_week + 6;
}

gboolean
sc_period_equal (const ScPeriod *a,
                 const ScPeriod *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->kind == b->kind &&
         a->fiscal_year == b->fiscal_year &&
         a->index == b->index &&
         a->year == b->year &&
         a->first_day == b->first_day &&
         a->last_day == b->last_day &&
         a->first_week == b->first_week &&
         a->last_week == b->last_week &&
         a->n_weeks == b->n_weeks;
}
