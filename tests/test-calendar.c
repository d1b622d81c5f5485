/* test-calendar.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sc-calendar.h"

static const ScCalendar monday_april = { 4, G_DATE_MONDAY };
static const ScCalendar monday_january = { 1, G_DATE_MONDAY };
static const ScCalendar sunday_january = { 1, G_DATE_SUNDAY };
static const ScCalendar monday_october = { 10, G_DATE_MONDAY };
static const ScCalendar sunday_april = { 4, G_DATE_SUNDAY };

static ScDay
iso (const char *text)
{
  ScDay day = sc_day_from_iso (text);

  g_assert_cmpuint (day, !=, SC_DAY_NONE);
  return day;
}

/* Asserts a day as ISO text, so that a failure shows a readable date. */
#define assert_day(day, expected) \
  G_STMT_START { \
    char buf_[11]; \
    g_assert_cmpstr (sc_day_to_iso ((day), buf_), ==, (expected)); \
  } G_STMT_END

static void
assert_period (const ScPeriod *p,
               ScPeriodKind    kind,
               int             fiscal_year,
               int             index,
               int             year,
               const char     *first_day,
               const char     *last_day,
               const char     *first_week,
               const char     *last_week,
               guint           n_weeks)
{
  g_assert_cmpint (p->kind, ==, kind);
  g_assert_cmpint (p->fiscal_year, ==, fiscal_year);
  g_assert_cmpint (p->index, ==, index);
  g_assert_cmpint (p->year, ==, year);
  assert_day (p->first_day, first_day);
  assert_day (p->last_day, last_day);
  assert_day (p->first_week, first_week);
  assert_day (p->last_week, last_week);
  g_assert_cmpuint (p->n_weeks, ==, n_weeks);
}

/* Days ------------------------------------------------------------------- */

static void
test_day_ymd (void)
{
  int y = 0, m = 0, d = 0;
  ScDay day;

  day = sc_day_from_ymd (2025, 3, 4);
  g_assert_cmpuint (day, ==, 739314);   /* GDate's Julian number of 2025-03-04 */
  g_assert_true (sc_day_to_ymd (day, &y, &m, &d));
  g_assert_cmpint (y, ==, 2025);
  g_assert_cmpint (m, ==, 3);
  g_assert_cmpint (d, ==, 4);
  g_assert_cmpint (sc_day_weekday (day), ==, G_DATE_TUESDAY);
  g_assert_cmpuint (sc_day_from_ymd (1, 1, 1), ==, 1);
  g_assert_cmpint (sc_day_weekday (1), ==, G_DATE_MONDAY);
  g_assert_cmpuint (sc_day_from_ymd (2025, 3, 5), ==, day + 1);
  g_assert_cmpuint (sc_day_from_ymd (2026, 1, 1) - sc_day_from_ymd (2025, 1, 1), ==, 365);
  g_assert_cmpuint (sc_day_from_ymd (2025, 1, 1) - sc_day_from_ymd (2024, 1, 1), ==, 366);

  g_assert_cmpuint (sc_day_from_ymd (2024, 2, 29), !=, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (2025, 2, 29), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (1900, 2, 29), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (2000, 2, 29), !=, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (2025, 4, 31), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (2025, 13, 1), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (2025, 0, 1), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (2025, 1, 0), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (2025, 1, 32), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (0, 1, 1), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (-5, 1, 1), ==, SC_DAY_NONE);
  g_assert_cmpuint (sc_day_from_ymd (G_MAXINT, 1, 1), ==, SC_DAY_NONE);

  g_assert_false (sc_day_to_ymd (SC_DAY_NONE, &y, &m, &d));
  g_assert_cmpuint (sc_day_from_ymd (65535, 12, 31), ==, SC_DAY_MAX);
  g_assert_true (sc_day_valid (SC_DAY_MAX));
  g_assert_true (sc_day_valid (1));
  g_assert_false (sc_day_valid (SC_DAY_MAX + 1));
  g_assert_false (sc_day_valid (SC_DAY_NONE));
  g_assert_false (sc_day_to_ymd (SC_DAY_MAX + 1, &y, &m, &d));
  g_assert_cmpint (sc_day_weekday (SC_DAY_MAX + 1), ==, G_DATE_BAD_WEEKDAY);
  g_assert_true (sc_day_to_ymd (day, NULL, NULL, NULL));
  g_assert_cmpint (sc_day_weekday (SC_DAY_NONE), ==, G_DATE_BAD_WEEKDAY);
}

static void
test_day_iso (void)
{
  static const char * const refused[] = {
    "", "2025", "2025-03", "2025-3-04", "2025-03-4", "2025/03/04", "2025-03-04 ",
    " 2025-03-04", "2025-03-04x", "20250304", "2025-02-29", "2025-13-01", "2025-00-10",
    "2025-01-00", "0000-01-01", "+025-03-04", "2025-03-3a", "２０２５-03-04", "2025—03-04",
  };
  char buf[11];
  g_autofree char *dup = NULL;

  g_assert_cmpuint (sc_day_from_iso ("2025-03-04"), ==, sc_day_from_ymd (2025, 3, 4));
  g_assert_cmpuint (sc_day_from_iso ("2024-02-29"), ==, sc_day_from_ymd (2024, 2, 29));
  g_assert_cmpuint (sc_day_from_iso ("0001-01-01"), ==, 1);
  g_assert_cmpuint (sc_day_from_iso ("9999-12-31"), ==, sc_day_from_ymd (9999, 12, 31));
  g_assert_cmpuint (sc_day_from_iso (NULL), ==, SC_DAY_NONE);
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    g_assert_cmpuint (sc_day_from_iso (refused[i]), ==, SC_DAY_NONE);

  g_assert_cmpstr (sc_day_to_iso (sc_day_from_ymd (2025, 3, 4), buf), ==, "2025-03-04");
  g_assert_cmpstr (sc_day_to_iso (sc_day_from_ymd (987, 12, 1), buf), ==, "0987-12-01");
  g_assert_cmpstr (sc_day_to_iso (SC_DAY_NONE, buf), ==, "");
  dup = sc_day_dup_iso (sc_day_from_ymd (2026, 11, 26));
  g_assert_cmpstr (dup, ==, "2026-11-26");
  g_assert_null (sc_day_dup_iso (SC_DAY_NONE));

  /* Every day of 1990 … 2060 goes to ISO text and back. */
  for (ScDay day = sc_day_from_ymd (1990, 1, 1); day <= sc_day_from_ymd (2060, 12, 31); day++)
    {
      GDate date;
      g_autofree char *text = sc_day_dup_iso (day);

      g_assert_cmpuint (sc_day_from_iso (text), ==, day);
      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      g_assert_cmpint (sc_day_weekday (day), ==, g_date_get_weekday (&date));
    }
}

static void
test_day_days_in_month (void)
{
  static const int days_2025[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  for (int m = 1; m <= 12; m++)
    {
      g_assert_cmpint (sc_days_in_month (2025, m), ==, days_2025[m - 1]);
      g_assert_cmpint (sc_days_in_month (2024, m), ==, days_2025[m - 1] + (m == 2));
    }
  g_assert_cmpint (sc_days_in_month (1900, 2), ==, 28);
  g_assert_cmpint (sc_days_in_month (2000, 2), ==, 29);
  g_assert_cmpint (sc_days_in_month (2025, 0), ==, 0);
  g_assert_cmpint (sc_days_in_month (2025, 13), ==, 0);
  g_assert_cmpint (sc_days_in_month (0, 1), ==, 0);
}

static void
test_day_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  ScDay today = sc_day_today ();
  int y, m, d;

  g_assert_true (sc_day_to_ymd (today, &y, &m, &d));
  /* The test may straddle midnight: allow the next day. */
  g_assert_true ((y == g_date_time_get_year (now) && m == g_date_time_get_month (now) &&
                  d == g_date_time_get_day_of_month (now)) ||
                 today == sc_day_from_ymd (g_date_time_get_year (now),
                                           g_date_time_get_month (now),
                                           g_date_time_get_day_of_month (now)) + 1);
}

/* Weeks ------------------------------------------------------------------- */

static void
test_week_start (void)
{
  /* Tuesday 2025-03-04: Monday 3 March, Sunday 2 March. */
  for (int d = 3; d <= 9; d++)
    assert_day (sc_calendar_week_start (&monday_january, sc_day_from_ymd (2025, 3, d)),
                "2025-03-03");
  for (int d = 2; d <= 8; d++)
    assert_day (sc_calendar_week_start (&sunday_january, sc_day_from_ymd (2025, 3, d)),
                "2025-03-02");
  assert_day (sc_calendar_week_start (&monday_january, iso ("2025-03-02")), "2025-02-24");
  assert_day (sc_calendar_week_start (&sunday_january, iso ("2025-03-09")), "2025-03-09");

  /* Across the year end. */
  assert_day (sc_calendar_week_start (&monday_january, iso ("2026-01-01")), "2025-12-29");
  assert_day (sc_calendar_week_start (&monday_january, iso ("2026-01-04")), "2025-12-29");
  assert_day (sc_calendar_week_start (&monday_january, iso ("2026-01-05")), "2026-01-05");
  assert_day (sc_calendar_week_start (&sunday_january, iso ("2026-01-03")), "2025-12-28");
  assert_day (sc_calendar_week_start (&sunday_january, iso ("2026-01-04")), "2026-01-04");

  /* A damaged setting counts as Monday weeks. */
  {
    ScCalendar odd = { 1, G_DATE_WEDNESDAY };
    assert_day (sc_calendar_week_start (&odd, iso ("2025-03-04")), "2025-03-03");
    assert_day (sc_calendar_week_start (NULL, iso ("2025-03-04")), "2025-03-03");
  }
}

static void
test_week_anchor (void)
{
  assert_day (sc_calendar_week_anchor (&monday_january, iso ("2025-03-03")), "2025-03-06");
  assert_day (sc_calendar_week_anchor (&sunday_january, iso ("2025-03-02")), "2025-03-06");
  /* Any day of the week gives its Thursday. */
  assert_day (sc_calendar_week_anchor (&monday_january, iso ("2025-03-09")), "2025-03-06");
  assert_day (sc_calendar_week_anchor (&sunday_january, iso ("2025-03-08")), "2025-03-06");
  assert_day (sc_calendar_week_anchor (&sunday_january, iso ("2025-03-09")), "2025-03-13");
  assert_day (sc_calendar_week_anchor (&monday_january, iso ("2024-12-30")), "2025-01-02");

  for (ScDay day = iso ("2024-01-01"); day < iso ("2027-01-01"); day++)
    {
      g_assert_cmpint (sc_day_weekday (sc_calendar_week_anchor (&monday_january, day)), ==,
                       G_DATE_THURSDAY);
      g_assert_cmpint (sc_day_weekday (sc_calendar_week_anchor (&sunday_january, day)), ==,
                       G_DATE_THURSDAY);
    }
}

static void
test_week_thursday_rule (void)
{
  ScPeriod p;

  /* The brief's facts: Monday weeks, fiscal year starting in April. */
  sc_calendar_period_at (&monday_april, SC_PERIOD_MONTH, iso ("2025-03-31"), &p);
  g_assert_cmpint (p.year, ==, 2025);
  g_assert_cmpint (p.index, ==, 4);
  sc_calendar_period_at (&monday_april, SC_PERIOD_QUARTER, iso ("2025-03-31"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2025);
  g_assert_cmpint (p.index, ==, 1);
  sc_calendar_period_at (&monday_april, SC_PERIOD_YEAR, iso ("2025-03-31"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2025);

  sc_calendar_period_at (&monday_april, SC_PERIOD_QUARTER, iso ("2025-06-23"), &p);
  g_assert_cmpint (p.index, ==, 1);
  assert_day (p.last_week, "2025-06-23");
  sc_calendar_period_at (&monday_april, SC_PERIOD_MONTH, iso ("2025-06-30"), &p);
  g_assert_cmpint (p.index, ==, 7);
  sc_calendar_period_at (&monday_april, SC_PERIOD_QUARTER, iso ("2025-06-30"), &p);
  g_assert_cmpint (p.index, ==, 2);
  g_assert_cmpint (p.fiscal_year, ==, 2025);
  /* Sunday 2025-07-06 is still in the week of 30 June for Monday weeks. */
  sc_calendar_period_at (&monday_april, SC_PERIOD_MONTH, iso ("2025-07-06"), &p);
  assert_day (p.first_week, "2025-06-30");

  /* The last days of March 2025 are in a February week (Thursday 27 March
   * is in March, so that week is March's) ... */
  sc_calendar_period_at (&monday_april, SC_PERIOD_MONTH, iso ("2025-03-30"), &p);
  g_assert_cmpint (p.index, ==, 3);
  sc_calendar_period_at (&monday_april, SC_PERIOD_YEAR, iso ("2025-03-30"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2024);
  /* ... while for Sunday weeks, Sunday 30 March starts April's first week. */
  sc_calendar_period_at (&sunday_april, SC_PERIOD_MONTH, iso ("2025-03-30"), &p);
  g_assert_cmpint (p.index, ==, 4);
  sc_calendar_period_at (&sunday_april, SC_PERIOD_YEAR, iso ("2025-03-30"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2025);

  /* New Year's week belongs to the year of its Thursday. */
  sc_calendar_period_at (&monday_january, SC_PERIOD_YEAR, iso ("2024-12-30"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2025);
  sc_calendar_period_at (&monday_january, SC_PERIOD_MONTH, iso ("2024-12-31"), &p);
  g_assert_cmpint (p.year, ==, 2025);
  g_assert_cmpint (p.index, ==, 1);
  sc_calendar_period_at (&monday_january, SC_PERIOD_YEAR, iso ("2021-01-03"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2020);
  sc_calendar_period_at (&monday_january, SC_PERIOD_MONTH, iso ("2021-01-03"), &p);
  g_assert_cmpint (p.year, ==, 2020);
  g_assert_cmpint (p.index, ==, 12);
}

static void
test_week_number (void)
{
  static const struct
  {
    const char *day;
    int         monday;
    int         sunday;
  } cases[] = {
    { "2025-07-21", 30, 30 },
    { "2025-07-20", 29, 30 },   /* a Sunday */
    { "2025-01-01", 1, 1 },
    { "2024-12-30", 1, 1 },
    { "2024-12-29", 52, 1 },    /* Sunday: its Sunday week holds 2 January */
    { "2020-12-31", 53, 53 },
    { "2021-01-03", 53, 1 },
    { "2021-01-04", 1, 1 },
    { "2026-12-31", 53, 53 },
    { "2027-01-03", 53, 1 },
    { "2027-01-04", 1, 1 },
    { "2015-12-31", 53, 53 },
    { "2016-01-03", 53, 1 },
    { "2019-12-30", 1, 1 },
    { "2008-12-29", 1, 1 },
    { "2010-01-03", 53, 1 },
    { "2025-12-29", 1, 1 },
    { "2025-12-28", 52, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpint (sc_calendar_week_number (&monday_january, iso (cases[i].day)), ==,
                       cases[i].monday);
      g_assert_cmpint (sc_calendar_week_number (&sunday_january, iso (cases[i].day)), ==,
                       cases[i].sunday);
    }

  /* Monday weeks are ISO weeks: the number of every day agrees with GLib's. */
  for (ScDay day = iso ("1990-01-01"); day <= iso ("2060-12-31"); day++)
    {
      GDate date, anchor;

      g_date_clear (&date, 1);
      g_date_set_julian (&date, day);
      g_assert_cmpint (sc_calendar_week_number (&monday_january, day), ==,
                       g_date_get_iso8601_week_of_year (&date));
      g_date_clear (&anchor, 1);
      g_date_set_julian (&anchor, sc_calendar_week_anchor (&sunday_january, day));
      g_assert_cmpint (sc_calendar_week_number (&sunday_january, day), ==,
                       g_date_get_iso8601_week_of_year (&anchor));
    }
}

/* Fiscal years ------------------------------------------------------------- */

static void
test_fiscal_year_and_quarter (void)
{
  static const struct
  {
    int         start_month;
    const char *day;
    int         fiscal_year;
    int         quarter;
  } cases[] = {
    { 1, "2025-01-01", 2025, 1 }, { 1, "2025-03-31", 2025, 1 }, { 1, "2025-04-01", 2025, 2 },
    { 1, "2025-09-30", 2025, 3 }, { 1, "2025-10-01", 2025, 4 }, { 1, "2025-12-31", 2025, 4 },
    { 4, "2025-03-31", 2024, 4 }, { 4, "2025-04-01", 2025, 1 }, { 4, "2025-06-30", 2025, 1 },
    { 4, "2025-07-01", 2025, 2 }, { 4, "2025-12-31", 2025, 3 }, { 4, "2026-01-01", 2025, 4 },
    { 4, "2026-03-31", 2025, 4 }, { 4, "2026-04-01", 2026, 1 },
    { 10, "2025-09-30", 2024, 4 }, { 10, "2025-10-01", 2025, 1 }, { 10, "2025-12-31", 2025, 1 },
    { 10, "2026-01-15", 2025, 2 }, { 10, "2026-04-01", 2025, 3 }, { 10, "2026-07-01", 2025, 4 },
    { 12, "2025-11-30", 2024, 4 }, { 12, "2025-12-01", 2025, 1 }, { 12, "2026-02-28", 2025, 1 },
    { 12, "2026-03-01", 2025, 2 }, { 2, "2024-02-29", 2024, 1 }, { 2, "2025-01-31", 2024, 4 },
    /* Out of range counts as January. */
    { 0, "2025-04-01", 2025, 2 }, { 13, "2025-12-31", 2025, 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScCalendar cal = { cases[i].start_month, G_DATE_MONDAY };

      g_assert_cmpint (sc_calendar_fiscal_year (&cal, iso (cases[i].day)), ==,
                       cases[i].fiscal_year);
      g_assert_cmpint (sc_calendar_fiscal_quarter (&cal, iso (cases[i].day)), ==,
                       cases[i].quarter);
    }

  g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_april, 4), ==, 1);
  g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_april, 12), ==, 9);
  g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_april, 1), ==, 10);
  g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_april, 3), ==, 12);
  g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_october, 10), ==, 1);
  g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_october, 9), ==, 12);
  g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_october, 1), ==, 4);
  for (int m = 1; m <= 12; m++)
    g_assert_cmpint (sc_calendar_fiscal_month_index (&monday_january, m), ==, m);
}

/* Periods ------------------------------------------------------------------ */

/* Expected periods. Weeks are built from any of their days (day), months
 * from (a, b) = (year, month), quarters from (fiscal year, quarter), years
 * from the fiscal year a. */
typedef struct
{
  const ScCalendar *cal;
  ScPeriodKind      kind;
  int               a;
  int               b;
  const char       *day;
  int               fiscal_year;
  int               index;
  int               year;
  const char       *first_day;
  const char       *last_day;
  const char       *first_week;
  const char       *last_week;
  guint             n_weeks;
} PeriodCase;

static const PeriodCase period_cases[] = {
  /* The brief's facts: Monday weeks, fiscal year starting in April. */
  { &monday_april, SC_PERIOD_QUARTER, 2025, 1, NULL, 2025, 1, 2025,
    "2025-04-01", "2025-06-30", "2025-03-31", "2025-06-23", 13 },
  { &monday_april, SC_PERIOD_QUARTER, 2025, 2, NULL, 2025, 2, 2025,
    "2025-07-01", "2025-09-30", "2025-06-30", "2025-09-22", 13 },
  { &monday_april, SC_PERIOD_QUARTER, 2025, 4, NULL, 2025, 4, 2026,
    "2026-01-01", "2026-03-31", "2025-12-29", "2026-03-23", 13 },
  { &monday_april, SC_PERIOD_MONTH, 2025, 4, NULL, 2025, 4, 2025,
    "2025-04-01", "2025-04-30", "2025-03-31", "2025-04-21", 4 },
  { &monday_april, SC_PERIOD_MONTH, 2025, 5, NULL, 2025, 5, 2025,
    "2025-05-01", "2025-05-31", "2025-04-28", "2025-05-26", 5 },
  { &monday_april, SC_PERIOD_MONTH, 2025, 6, NULL, 2025, 6, 2025,
    "2025-06-01", "2025-06-30", "2025-06-02", "2025-06-23", 4 },
  { &monday_april, SC_PERIOD_MONTH, 2026, 1, NULL, 2025, 1, 2026,
    "2026-01-01", "2026-01-31", "2025-12-29", "2026-01-26", 5 },
  { &monday_april, SC_PERIOD_YEAR, 2025, 0, NULL, 2025, 0, 2025,
    "2025-04-01", "2026-03-31", "2025-03-31", "2026-03-23", 52 },
  { &monday_april, SC_PERIOD_YEAR, 2024, 0, NULL, 2024, 0, 2024,
    "2024-04-01", "2025-03-31", "2024-04-01", "2025-03-24", 52 },
  { &monday_april, SC_PERIOD_WEEK, 0, 0, "2025-07-23", 2025, 17, 2025,
    "2025-07-21", "2025-07-27", "2025-07-21", "2025-07-21", 1 },
  { &monday_april, SC_PERIOD_WEEK, 0, 0, "2025-03-31", 2025, 1, 2025,
    "2025-03-31", "2025-04-06", "2025-03-31", "2025-03-31", 1 },
  { &monday_april, SC_PERIOD_WEEK, 0, 0, "2026-03-29", 2025, 52, 2026,
    "2026-03-23", "2026-03-29", "2026-03-23", "2026-03-23", 1 },
  /* The week of 30 March 2026 has its Thursday in April: the next year's first. */
  { &monday_april, SC_PERIOD_WEEK, 0, 0, "2026-03-31", 2026, 1, 2026,
    "2026-03-30", "2026-04-05", "2026-03-30", "2026-03-30", 1 },
  /* Sunday weeks: the same Thursdays, one day earlier. */
  { &sunday_april, SC_PERIOD_QUARTER, 2025, 1, NULL, 2025, 1, 2025,
    "2025-04-01", "2025-06-30", "2025-03-30", "2025-06-22", 13 },
  { &sunday_april, SC_PERIOD_WEEK, 0, 0, "2025-07-26", 2025, 17, 2025,
    "2025-07-20", "2025-07-26", "2025-07-20", "2025-07-20", 1 },
  /* A fiscal year starting in October. */
  { &monday_october, SC_PERIOD_YEAR, 2025, 0, NULL, 2025, 0, 2025,
    "2025-10-01", "2026-09-30", "2025-09-29", "2026-09-21", 52 },
  { &monday_october, SC_PERIOD_QUARTER, 2025, 1, NULL, 2025, 1, 2025,
    "2025-10-01", "2025-12-31", "2025-09-29", "2025-12-22", 13 },
  { &monday_october, SC_PERIOD_QUARTER, 2025, 2, NULL, 2025, 2, 2026,
    "2026-01-01", "2026-03-31", "2025-12-29", "2026-03-23", 13 },
  /* Calendar-aligned. */
  { &monday_january, SC_PERIOD_YEAR, 2025, 0, NULL, 2025, 0, 2025,
    "2025-01-01", "2025-12-31", "2024-12-30", "2025-12-22", 52 },
  { &monday_january, SC_PERIOD_QUARTER, 2025, 1, NULL, 2025, 1, 2025,
    "2025-01-01", "2025-03-31", "2024-12-30", "2025-03-24", 13 },
  { &monday_january, SC_PERIOD_MONTH, 2025, 2, NULL, 2025, 2, 2025,
    "2025-02-01", "2025-02-28", "2025-02-03", "2025-02-24", 4 },
  { &sunday_january, SC_PERIOD_MONTH, 2025, 2, NULL, 2025, 2, 2025,
    "2025-02-01", "2025-02-28", "2025-02-02", "2025-02-23", 4 },
  { &monday_january, SC_PERIOD_WEEK, 0, 0, "2025-01-01", 2025, 1, 2025,
    "2024-12-30", "2025-01-05", "2024-12-30", "2024-12-30", 1 },
  { &sunday_january, SC_PERIOD_WEEK, 0, 0, "2025-12-31", 2026, 1, 2026,
    "2025-12-28", "2026-01-03", "2025-12-28", "2025-12-28", 1 },
  /* The 53rd week of 2020 closes a 14-week quarter; the next one is short
   * (1 January 2021 is a Friday). */
  { &monday_january, SC_PERIOD_WEEK, 0, 0, "2020-12-31", 2020, 53, 2020,
    "2020-12-28", "2021-01-03", "2020-12-28", "2020-12-28", 1 },
  { &monday_january, SC_PERIOD_QUARTER, 2020, 4, NULL, 2020, 4, 2020,
    "2020-10-01", "2020-12-31", "2020-09-28", "2020-12-28", 14 },
  { &monday_january, SC_PERIOD_MONTH, 2020, 12, NULL, 2020, 12, 2020,
    "2020-12-01", "2020-12-31", "2020-11-30", "2020-12-28", 5 },
  { &monday_january, SC_PERIOD_QUARTER, 2021, 1, NULL, 2021, 1, 2021,
    "2021-01-01", "2021-03-31", "2021-01-04", "2021-03-22", 12 },
  { &monday_april, SC_PERIOD_WEEK, 0, 0, "2022-03-31", 2021, 53, 2022,
    "2022-03-28", "2022-04-03", "2022-03-28", "2022-03-28", 1 },
};

static void
build_period (const PeriodCase *c,
              ScPeriod         *p)
{
  switch (c->kind)
    {
    case SC_PERIOD_WEEK:
      sc_calendar_week (c->cal, iso (c->day), p);
      break;
    case SC_PERIOD_MONTH:
      sc_calendar_month (c->cal, c->a, c->b, p);
      break;
    case SC_PERIOD_QUARTER:
      sc_calendar_quarter (c->cal, c->a, c->b, p);
      break;
    case SC_PERIOD_YEAR:
    default:
      sc_calendar_year (c->cal, c->a, p);
      break;
    }
}

static void
test_period_known (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (period_cases); i++)
    {
      const PeriodCase *c = &period_cases[i];
      ScPeriod p, at;

      build_period (c, &p);
      assert_period (&p, c->kind, c->fiscal_year, c->index, c->year, c->first_day,
                     c->last_day, c->first_week, c->last_week, c->n_weeks);

      /* Any day of any of its weeks finds the same period. */
      for (ScDay day = p.first_week; day < p.last_week + 7; day += 3)
        {
          sc_calendar_period_at (c->cal, c->kind, day, &at);
          g_assert_true (sc_period_equal (&p, &at));
        }
    }
}

static void
test_period_at (void)
{
  ScPeriod p;

  sc_calendar_period_at (&monday_october, SC_PERIOD_QUARTER, iso ("2026-01-01"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2025);
  g_assert_cmpint (p.index, ==, 2);
  sc_calendar_period_at (&monday_october, SC_PERIOD_YEAR, iso ("2025-09-30"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2025);   /* Thursday 2 October */
  sc_calendar_period_at (&monday_october, SC_PERIOD_YEAR, iso ("2025-09-28"), &p);
  g_assert_cmpint (p.fiscal_year, ==, 2024);
}

static void
test_period_53_weeks (void)
{
  static const struct
  {
    int         start_month;
    int         fiscal_year;
    const char *first_week;
    const char *last_week;
    guint       n_weeks;
  } cases[] = {
    { 1, 2020, "2019-12-30", "2020-12-28", 53 },
    { 1, 2026, "2025-12-29", "2026-12-28", 53 },
    { 1, 2015, "2014-12-29", "2015-12-28", 53 },
    { 1, 2025, "2024-12-30", "2025-12-22", 52 },
    { 1, 2021, "2021-01-04", "2021-12-27", 52 },
    { 4, 2021, "2021-03-29", "2022-03-28", 53 },
    { 4, 2027, "2027-03-29", "2028-03-27", 53 },
    { 4, 2015, "2015-03-30", "2016-03-28", 53 },
    { 4, 2026, "2026-03-30", "2027-03-22", 52 },
    { 10, 2026, "2026-09-28", "2027-09-27", 53 },
    { 10, 2025, "2025-09-29", "2026-09-21", 52 },
  };
  ScPeriod p;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      ScCalendar cal = { cases[i].start_month, G_DATE_MONDAY };

      sc_calendar_year (&cal, cases[i].fiscal_year, &p);
      assert_day (p.first_week, cases[i].first_week);
      assert_day (p.last_week, cases[i].last_week);
      g_assert_cmpuint (p.n_weeks, ==, cases[i].n_weeks);
    }
}

static void
test_period_shift (void)
{
  ScPeriod p, q;

  /* Across year ends, for every kind. */
  sc_calendar_week (&monday_january, iso ("2025-12-22"), &p);
  sc_calendar_period_shift (&monday_january, &p, 1, &q);
  assert_period (&q, SC_PERIOD_WEEK, 2026, 1, 2026, "2025-12-29", "2026-01-04",
                 "2025-12-29", "2025-12-29", 1);
  sc_calendar_period_shift (&monday_january, &q, -1, &q);   /* in place */
  g_assert_true (sc_period_equal (&p, &q));

  sc_calendar_week (&monday_january, iso ("2021-01-03"), &p);
  g_assert_cmpint (p.index, ==, 53);
  sc_calendar_period_shift (&monday_january, &p, 1, &q);
  g_assert_cmpint (q.index, ==, 1);
  g_assert_cmpint (q.fiscal_year, ==, 2021);
  sc_calendar_period_shift (&monday_january, &p, -52, &q);
  g_assert_cmpint (q.index, ==, 1);
  g_assert_cmpint (q.fiscal_year, ==, 2020);

  sc_calendar_month (&monday_april, 2025, 12, &p);
  sc_calendar_period_shift (&monday_april, &p, 1, &q);
  g_assert_cmpint (q.year, ==, 2026);
  g_assert_cmpint (q.index, ==, 1);
  g_assert_cmpint (q.fiscal_year, ==, 2025);
  sc_calendar_period_shift (&monday_april, &p, 4, &q);
  g_assert_cmpint (q.year, ==, 2026);
  g_assert_cmpint (q.index, ==, 4);
  g_assert_cmpint (q.fiscal_year, ==, 2026);
  sc_calendar_period_shift (&monday_april, &p, -12, &q);
  g_assert_cmpint (q.year, ==, 2024);
  g_assert_cmpint (q.index, ==, 12);
  sc_calendar_period_shift (&monday_april, &p, -25, &q);
  g_assert_cmpint (q.year, ==, 2023);
  g_assert_cmpint (q.index, ==, 11);

  sc_calendar_quarter (&monday_april, 2025, 4, &p);
  sc_calendar_period_shift (&monday_april, &p, 1, &q);
  assert_period (&q, SC_PERIOD_QUARTER, 2026, 1, 2026, "2026-04-01", "2026-06-30",
                 "2026-03-30", "2026-06-22", 13);
  sc_calendar_period_shift (&monday_april, &p, -4, &q);
  g_assert_cmpint (q.fiscal_year, ==, 2024);
  g_assert_cmpint (q.index, ==, 4);
  sc_calendar_period_shift (&monday_april, &p, -7, &q);
  g_assert_cmpint (q.fiscal_year, ==, 2024);
  g_assert_cmpint (q.index, ==, 1);

  sc_calendar_year (&monday_april, 2025, &p);
  sc_calendar_period_shift (&monday_april, &p, -1, &q);
  assert_period (&q, SC_PERIOD_YEAR, 2024, 0, 2024, "2024-04-01", "2025-03-31",
                 "2024-04-01", "2025-03-24", 52);
  sc_calendar_period_shift (&monday_april, &p, 0, &q);
  g_assert_true (sc_period_equal (&p, &q));
}

static void
test_period_contains_and_equal (void)
{
  ScPeriod april, may, other;

  sc_calendar_month (&monday_april, 2025, 4, &april);
  sc_calendar_month (&monday_april, 2025, 5, &may);
  g_assert_true (sc_period_contains_week (&april, iso ("2025-03-31")));
  g_assert_true (sc_period_contains_week (&april, iso ("2025-04-21")));
  g_assert_true (sc_period_contains_week (&april, iso ("2025-04-27")));   /* its Sunday */
  g_assert_false (sc_period_contains_week (&april, iso ("2025-04-28")));
  g_assert_false (sc_period_contains_week (&april, iso ("2025-03-30")));
  g_assert_true (sc_period_contains_week (&may, iso ("2025-04-28")));
  g_assert_false (sc_period_contains_week (&may, iso ("2025-06-02")));

  g_assert_true (sc_period_equal (&april, &april));
  g_assert_false (sc_period_equal (&april, &may));
  sc_calendar_month (&monday_april, 2025, 4, &other);
  g_assert_true (sc_period_equal (&april, &other));
  sc_calendar_month (&monday_october, 2025, 4, &other);
  g_assert_cmpint (other.fiscal_year, ==, 2024);
  g_assert_false (sc_period_equal (&april, &other));   /* another fiscal year */
  sc_calendar_month (&sunday_april, 2025, 4, &other);
  g_assert_false (sc_period_equal (&april, &other));   /* other weeks */
}

/* Brute force -------------------------------------------------------------- */

/* Every period follows the one before, and every week of a year is in
 * exactly one of each kind of period. */
static void
check_kind_at (const ScCalendar *cal,
               ScPeriodKind      kind,
               ScDay             week,
               int               fiscal_year)
{
  ScPeriod p, next, back;

  sc_calendar_period_at (cal, kind, week, &p);
  g_assert_cmpint (p.kind, ==, kind);
  g_assert_cmpint (p.fiscal_year, ==, fiscal_year);
  g_assert_true (sc_period_contains_week (&p, week));
  g_assert_cmpuint ((week - p.first_week) % 7, ==, 0);

  sc_calendar_period_shift (cal, &p, 1, &next);
  g_assert_false (sc_period_contains_week (&next, week));
  g_assert_cmpuint (next.first_week, ==, p.last_week + 7);
  sc_calendar_period_shift (cal, &next, -1, &back);
  g_assert_true (sc_period_equal (&p, &back));
  sc_calendar_period_shift (cal, &p, -1, &back);
  g_assert_false (sc_period_contains_week (&back, week));
  g_assert_cmpuint (back.last_week + 7, ==, p.first_week);
}

static void
check_week (const ScCalendar *cal,
            const ScPeriod   *year,
            ScDay             week,
            int               index)
{
  ScPeriod p, q;
  GDate anchor;

  sc_calendar_week (cal, week, &p);
  g_assert_cmpint (p.index, ==, index);
  g_assert_cmpint (p.fiscal_year, ==, year->fiscal_year);
  g_assert_cmpint (sc_calendar_fiscal_year (cal, sc_calendar_week_anchor (cal, week)), ==,
                   year->fiscal_year);
  /* Every day of the week is in it. */
  for (ScDay day = week; day < week + 7; day++)
    {
      sc_calendar_period_at (cal, SC_PERIOD_WEEK, day, &q);
      g_assert_true (sc_period_equal (&p, &q));
    }

  g_date_clear (&anchor, 1);
  g_date_set_julian (&anchor, sc_calendar_week_anchor (cal, week));
  g_assert_cmpint (sc_calendar_week_number (cal, week + 6), ==,
                   g_date_get_iso8601_week_of_year (&anchor));

  for (ScPeriodKind kind = SC_PERIOD_WEEK; kind <= SC_PERIOD_YEAR; kind++)
    check_kind_at (cal, kind, week, year->fiscal_year);
}

/* The months of a quarter, and the quarters of a year, cover it in order. */
static guint
check_parts (const ScCalendar *cal,
             const ScPeriod   *whole,
             ScPeriodKind      kind,
             int               first_index,
             int               n_parts)
{
  ScPeriod part;
  ScDay next_week = whole->first_week;
  ScDay next_day = whole->first_day;
  guint n_weeks = 0;

  if (kind == SC_PERIOD_QUARTER)
    sc_calendar_quarter (cal, whole->fiscal_year, first_index, &part);
  else
    sc_calendar_month (cal, whole->year, first_index, &part);

  for (int i = 0; i < n_parts; i++)
    {
      g_assert_cmpuint (part.first_week, ==, next_week);
      g_assert_cmpuint (part.first_day, ==, next_day);
      g_assert_cmpint (part.fiscal_year, ==, whole->fiscal_year);
      /* 89 to 92 days hold 12 to 14 Thursdays; 28 to 31 days, 4 or 5. */
      g_assert_cmpuint (part.n_weeks, >=, (kind == SC_PERIOD_QUARTER ? 12 : 4));
      g_assert_cmpuint (part.n_weeks, <=, (kind == SC_PERIOD_QUARTER ? 14 : 5));
      g_assert_cmpuint (part.n_weeks, ==, (part.last_week - part.first_week) / 7 + 1);
      n_weeks += part.n_weeks;
      next_week = part.last_week + 7;
      next_day = part.last_day + 1;
      if (kind == SC_PERIOD_MONTH)
        g_assert_cmpint (sc_calendar_fiscal_quarter (cal, part.first_day), ==,
                         sc_calendar_fiscal_quarter (cal, whole->first_day));
      sc_calendar_period_shift (cal, &part, 1, &part);
    }

  g_assert_cmpuint (next_week, ==, whole->last_week + 7);
  g_assert_cmpuint (next_day, ==, whole->last_day + 1);
  return n_weeks;
}

static void
check_year (const ScCalendar *cal,
            int               fiscal_year,
            const ScPeriod   *previous)
{
  ScPeriod year, quarter;
  int index = 1;

  sc_calendar_year (cal, fiscal_year, &year);
  g_assert_cmpuint (year.first_week, ==, previous->last_week + 7);
  g_assert_cmpuint (year.first_day, ==, previous->last_day + 1);
  g_assert_cmpuint (year.first_day, ==, sc_day_from_ymd (fiscal_year, cal->fiscal_start_month, 1));
  g_assert_cmpuint (year.n_weeks, >=, 52);
  g_assert_cmpuint (year.n_weeks, <=, 53);
  g_assert_cmpuint (check_parts (cal, &year, SC_PERIOD_QUARTER, 1, 4), ==, year.n_weeks);

  for (int q = 1; q <= 4; q++)
    {
      sc_calendar_quarter (cal, fiscal_year, q, &quarter);
      g_assert_cmpuint (check_parts (cal, &quarter, SC_PERIOD_MONTH,
                                     (cal->fiscal_start_month + 3 * (q - 1) - 1) % 12 + 1, 3),
                        ==, quarter.n_weeks);
    }

  for (ScDay week = year.first_week; week <= year.last_week; week += 7)
    check_week (cal, &year, week, index++);
}

static void
test_brute_force (void)
{
  for (int start = 1; start <= 12; start++)
    for (int sunday = 0; sunday <= 1; sunday++)
      {
        ScCalendar cal = { start, sunday ? G_DATE_SUNDAY : G_DATE_MONDAY };
        ScCalendar other = { start, sunday ? G_DATE_MONDAY : G_DATE_SUNDAY };
        ScPeriod previous, mine, theirs;

        sc_calendar_year (&cal, 1989, &previous);
        for (int fy = 1990; fy <= 2060; fy++)
          {
            check_year (&cal, fy, &previous);
            sc_calendar_year (&cal, fy, &previous);

            /* Sunday and Monday weeks share their Thursdays. */
            sc_calendar_year (&other, fy, &theirs);
            mine = previous;
            g_assert_cmpuint (mine.n_weeks, ==, theirs.n_weeks);
            g_assert_cmpint ((int) mine.first_week - (int) theirs.first_week, ==,
                             sunday ? -1 : 1);
          }
      }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/calendar/day/ymd", test_day_ymd);
  g_test_add_func ("/calendar/day/iso", test_day_iso);
  g_test_add_func ("/calendar/day/days-in-month", test_day_days_in_month);
  g_test_add_func ("/calendar/day/today", test_day_today);
  g_test_add_func ("/calendar/week/start", test_week_start);
  g_test_add_func ("/calendar/week/anchor", test_week_anchor);
  g_test_add_func ("/calendar/week/thursday-rule", test_week_thursday_rule);
  g_test_add_func ("/calendar/week/number", test_week_number);
  g_test_add_func ("/calendar/fiscal/year-and-quarter", test_fiscal_year_and_quarter);
  g_test_add_func ("/calendar/period/known", test_period_known);
  g_test_add_func ("/calendar/period/at", test_period_at);
  g_test_add_func ("/calendar/period/53-weeks", test_period_53_weeks);
  g_test_add_func ("/calendar/period/shift", test_period_shift);
  g_test_add_func ("/calendar/period/contains-and-equal", test_period_contains_and_equal);
  g_test_add_func ("/calendar/brute-force", test_brute_force);

  return g_test_run ();
}
