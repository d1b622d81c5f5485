/* test-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * French strings come from the catalogue built in build/po
 * (SALESCADENCE_LOCALEDIR): a missing catalogue fails the tests.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-format.h"
#include "sc-l10n.h"

#define NB    "\xc2\xa0"       /* U+00A0 NO-BREAK SPACE */
#define MINUS "\xe2\x88\x92"   /* U+2212 MINUS SIGN */
#define DASH  "\xe2\x80\x94"   /* U+2014 EM DASH */

#define FR SC_LANG_FR
#define EN SC_LANG_EN

static const ScCalendar april = { 4, G_DATE_MONDAY };
static const ScCalendar january = { 1, G_DATE_MONDAY };

/* Takes text, compares it with expected and frees it. */
static void
check (char       *text,
       const char *expected)
{
  g_assert_nonnull (text);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, expected);
  g_free (text);
}

static ScDay
day (const char *iso)
{
  ScDay d = sc_day_from_iso (iso);

  g_assert_cmpuint (d, !=, SC_DAY_NONE);
  return d;
}

static void
test_catalogue (void)
{
  g_assert_true (sc_l10n_has_catalogue (SC_LANG_FR));
  g_assert_true (sc_l10n_has_catalogue (SC_LANG_EN));
}

/* Money -------------------------------------------------------------------- */

typedef struct
{
  gint64        cents;
  ScMoneyStyle  style;
  const char   *fr;
  const char   *en;
} MoneyCase;

static void
check_money_cases (const char      *currency,
                   const MoneyCase *cases,
                   guint            n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      check (sc_format_money (FR, currency, cases[i].cents, cases[i].style), cases[i].fr);
      check (sc_format_money (EN, currency, cases[i].cents, cases[i].style), cases[i].en);
    }
}

static void
test_money_cents (void)
{
  static const MoneyCase cases[] = {
    { 123456, SC_MONEY_CENTS, "1" NB "234,56" NB "$", "$1,234.56" },
    { -123456, SC_MONEY_CENTS, "-1" NB "234,56" NB "$", "-$1,234.56" },
    { 0, SC_MONEY_CENTS, "0,00" NB "$", "$0.00" },
    { 5, SC_MONEY_CENTS, "0,05" NB "$", "$0.05" },
    { -5, SC_MONEY_CENTS, "-0,05" NB "$", "-$0.05" },
    { 100, SC_MONEY_CENTS, "1,00" NB "$", "$1.00" },
    { 99999, SC_MONEY_CENTS, "999,99" NB "$", "$999.99" },
    { 100000, SC_MONEY_CENTS, "1" NB "000,00" NB "$", "$1,000.00" },
    { 99999999, SC_MONEY_CENTS, "999" NB "999,99" NB "$", "$999,999.99" },
    { 100000000, SC_MONEY_CENTS, "1" NB "000" NB "000,00" NB "$", "$1,000,000.00" },
    { G_MAXINT64, SC_MONEY_CENTS, "92" NB "233" NB "720" NB "368" NB "547" NB "758,07" NB "$",
      "$92,233,720,368,547,758.07" },
    { G_MININT64, SC_MONEY_CENTS,
      "-92" NB "233" NB "720" NB "368" NB "547" NB "758,08" NB "$",
      "-$92,233,720,368,547,758.08" },
  };

  check_money_cases ("CAD", cases, G_N_ELEMENTS (cases));
}

static void
test_money_whole (void)
{
  static const MoneyCase cases[] = {
    { 4850000, SC_MONEY_WHOLE, "48" NB "500" NB "$", "$48,500" },
    { 4850049, SC_MONEY_WHOLE, "48" NB "500" NB "$", "$48,500" },
    { 4850050, SC_MONEY_WHOLE, "48" NB "501" NB "$", "$48,501" },
    { -4850050, SC_MONEY_WHOLE, "-48" NB "501" NB "$", "-$48,501" },
    { -4850049, SC_MONEY_WHOLE, "-48" NB "500" NB "$", "-$48,500" },
    { -49, SC_MONEY_WHOLE, "0" NB "$", "$0" },   /* never "-0" */
    { -50, SC_MONEY_WHOLE, "-1" NB "$", "-$1" },
    { 0, SC_MONEY_WHOLE, "0" NB "$", "$0" },
    { 99950, SC_MONEY_WHOLE, "1" NB "000" NB "$", "$1,000" },
    { 123456789, SC_MONEY_WHOLE, "1" NB "234" NB "568" NB "$", "$1,234,568" },
  };

  check_money_cases ("CAD", cases, G_N_ELEMENTS (cases));
}

static void
test_money_compact (void)
{
  static const MoneyCase cases[] = {
    { 56300000, SC_MONEY_COMPACT, "563" NB "k$", "$563K" },
    { -56300000, SC_MONEY_COMPACT, "-563" NB "k$", "-$563K" },
    { 130000000, SC_MONEY_COMPACT, "1,3" NB "M$", "$1.3M" },
    { 4900000, SC_MONEY_COMPACT, "49" NB "k$", "$49K" },
    { 85000, SC_MONEY_COMPACT, "850" NB "$", "$850" },
    { 99949, SC_MONEY_COMPACT, "999" NB "$", "$999" },
    { 99950, SC_MONEY_COMPACT, "1" NB "k$", "$1K" },
    { 1249999, SC_MONEY_COMPACT, "12" NB "k$", "$12K" },
    { 1250000, SC_MONEY_COMPACT, "13" NB "k$", "$13K" },
    { 99949999, SC_MONEY_COMPACT, "999" NB "k$", "$999K" },
    { 99950000, SC_MONEY_COMPACT, "1,0" NB "M$", "$1.0M" },
    { 99960000, SC_MONEY_COMPACT, "1,0" NB "M$", "$1.0M" },
    { 104999999, SC_MONEY_COMPACT, "1,0" NB "M$", "$1.0M" },
    { 105000000, SC_MONEY_COMPACT, "1,1" NB "M$", "$1.1M" },
    { 1234567890, SC_MONEY_COMPACT, "12,3" NB "M$", "$12.3M" },
    { 125000000000, SC_MONEY_COMPACT, "1" NB "250,0" NB "M$", "$1,250.0M" },
    { 0, SC_MONEY_COMPACT, "0" NB "$", "$0" },
    { -49, SC_MONEY_COMPACT, "0" NB "$", "$0" },
    { G_MININT64, SC_MONEY_COMPACT, "-92" NB "233" NB "720" NB "368,5" NB "M$",
      "-$92,233,720,368.5M" },
  };

  check_money_cases ("CAD", cases, G_N_ELEMENTS (cases));
  check_money_cases (NULL, cases, G_N_ELEMENTS (cases));
  check_money_cases ("", cases, G_N_ELEMENTS (cases));
  check_money_cases ("cad", cases, G_N_ELEMENTS (cases));
}

static void
test_money_currencies (void)
{
  static const MoneyCase usd[] = {
    { 123456, SC_MONEY_CENTS, "1" NB "234,56" NB "$" NB "US", "US$1,234.56" },
    { -500, SC_MONEY_CENTS, "-5,00" NB "$" NB "US", "-US$5.00" },
    { 4850000, SC_MONEY_WHOLE, "48" NB "500" NB "$" NB "US", "US$48,500" },
    { 56300000, SC_MONEY_COMPACT, "563" NB "k$" NB "US", "US$563K" },
    { 130000000, SC_MONEY_COMPACT, "1,3" NB "M$" NB "US", "US$1.3M" },
    { 85000, SC_MONEY_COMPACT, "850" NB "$" NB "US", "US$850" },
  };
  static const MoneyCase eur[] = {
    { 123456, SC_MONEY_CENTS, "1" NB "234,56" NB "€", "€1,234.56" },
    { -123456, SC_MONEY_CENTS, "-1" NB "234,56" NB "€", "-€1,234.56" },
    { 56300000, SC_MONEY_COMPACT, "563" NB "k€", "€563K" },
    { 130000000, SC_MONEY_COMPACT, "1,3" NB "M€", "€1.3M" },
  };
  static const MoneyCase gbp[] = {
    { 123456, SC_MONEY_CENTS, "1" NB "234,56" NB "GBP", "1,234.56 GBP" },
    { -123456, SC_MONEY_WHOLE, "-1" NB "235" NB "GBP", "-1,235 GBP" },
    { 56300000, SC_MONEY_COMPACT, "563" NB "k" NB "GBP", "563K GBP" },
  };

  check_money_cases ("USD", usd, G_N_ELEMENTS (usd));
  check_money_cases ("usd", usd, G_N_ELEMENTS (usd));
  check_money_cases ("EUR", eur, G_N_ELEMENTS (eur));
  check_money_cases ("GBP", gbp, G_N_ELEMENTS (gbp));
}

/* French amounts never break: every space in them is a no-break space. */
static void
test_money_no_break (void)
{
  static const char * const currencies[] = { "CAD", "USD", "EUR", "CHF" };
  gint64 cents = 1000;

  for (guint i = 0; i < 30; i++, cents = cents * 3 + 7)
    for (guint c = 0; c < G_N_ELEMENTS (currencies); c++)
      for (ScMoneyStyle style = SC_MONEY_CENTS; style <= SC_MONEY_COMPACT; style++)
        {
          g_autofree char *fr = sc_format_money (FR, currencies[c], cents, style);
          g_autofree char *neg = sc_format_money (FR, currencies[c], -cents, style);

          g_assert_null (strchr (fr, ' '));
          g_assert_true (g_str_has_prefix (neg, "-"));
          g_assert_cmpstr (neg + 1, ==, fr);
        }
}

/* Numbers ------------------------------------------------------------------ */

typedef struct
{
  double      value;
  int         decimals;
  const char *fr;
  const char *en;
} NumberCase;

static void
test_number (void)
{
  static const NumberCase cases[] = {
    { 1234.5, 2, "1" NB "234,50", "1,234.50" },
    { -1234.5, 2, "-1" NB "234,50", "-1,234.50" },
    { 0, 0, "0", "0" },
    { -0.0, 2, "0,00", "0.00" },
    { -0.004, 2, "0,00", "0.00" },
    { -0.005, 2, "-0,01", "-0.01" },
    { 2.675, 2, "2,68", "2.68" },       /* the double is 2.67499999… */
    { -2.675, 2, "-2,68", "-2.68" },
    { 1.005, 2, "1,01", "1.01" },
    { 0.125, 2, "0,13", "0.13" },
    { 0.5, 0, "1", "1" },
    { 1.5, 0, "2", "2" },
    { 2.5, 0, "3", "3" },
    { -2.5, 0, "-3", "-3" },
    { 999.995, 2, "1" NB "000,00", "1,000.00" },
    { 999.5, 0, "1" NB "000", "1,000" },
    { 1e13, 0, "10" NB "000" NB "000" NB "000" NB "000", "10,000,000,000,000" },
    { 123456789.123, 3, "123" NB "456" NB "789,123", "123,456,789.123" },
    { 0.1 + 0.2, 2, "0,30", "0.30" },
    { 0.1 + 0.2, 17, "0,300000000000", "0.300000000000" },   /* at most 12 */
    { 1e-20, 2, "0,00", "0.00" },
    { 12, -1, "12", "12" },
    { 123, 0, "123", "123" },
    { 1000, 0, "1" NB "000", "1,000" },
    { 1234, 1, "1" NB "234,0", "1,234.0" },
    { 0.05, 1, "0,1", "0.1" },
    { 7.0e-3, 3, "0,007", "0.007" },
    { 9.9999999999e5, 2, "1" NB "000" NB "000,00", "1,000,000.00" },
    { NAN, 2, DASH, DASH },
    { INFINITY, 2, DASH, DASH },
    { -INFINITY, 0, DASH, DASH },
  };
  g_autofree char *huge = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      check (sc_format_number (FR, cases[i].value, cases[i].decimals), cases[i].fr);
      check (sc_format_number (EN, cases[i].value, cases[i].decimals), cases[i].en);
    }

  /* Far beyond any amount, still every digit. */
  huge = sc_format_number (EN, 1e300, 0);
  g_assert_true (g_str_has_prefix (huge, "1,000,000,000,000,000,"));
  g_assert_cmpuint (strlen (huge), ==, 301 + 100);
}

static void
test_percent (void)
{
  static const NumberCase cases[] = {
    { 32.5, 1, "32,5" NB "%", "32.5%" },
    { -32.5, 1, "-32,5" NB "%", "-32.5%" },
    { 100, 0, "100" NB "%", "100%" },
    { 0.05, 1, "0,1" NB "%", "0.1%" },
    { -0.04, 1, "0,0" NB "%", "0.0%" },
    { 1234.5, 1, "1" NB "234,5" NB "%", "1,234.5%" },
    { 12.345, 2, "12,35" NB "%", "12.35%" },
    { NAN, 1, DASH, DASH },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      check (sc_format_percent (FR, cases[i].value, cases[i].decimals), cases[i].fr);
      check (sc_format_percent (EN, cases[i].value, cases[i].decimals), cases[i].en);
    }
}

static void
test_points (void)
{
  static const NumberCase cases[] = {
    { -2.2, 1, MINUS "2,2" NB "pts", MINUS "2.2 pts" },
    { 2.2, 1, "+2,2" NB "pts", "+2.2 pts" },
    { 0, 1, "0,0" NB "pts", "0.0 pts" },
    { -0.04, 1, "0,0" NB "pts", "0.0 pts" },
    { 0.05, 1, "+0,1" NB "pts", "+0.1 pts" },
    { -12.25, 0, MINUS "12" NB "pts", MINUS "12 pts" },
    { 1500, 1, "+1" NB "500,0" NB "pts", "+1,500.0 pts" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      check (sc_format_points (FR, cases[i].value, cases[i].decimals), cases[i].fr);
      check (sc_format_points (EN, cases[i].value, cases[i].decimals), cases[i].en);
    }
}

typedef struct
{
  ScUnit      unit;
  const char *currency;
  double      value;
  gboolean    compact;
  gboolean    signed_;
  const char *fr;
  const char *en;
} ValueCase;

static void
test_value (void)
{
  static const ValueCase cases[] = {
    { SC_UNIT_CURRENCY, "CAD", 1234.56, FALSE, FALSE, "1" NB "234,56" NB "$", "$1,234.56" },
    { SC_UNIT_CURRENCY, "CAD", -1234.56, FALSE, FALSE, "-1" NB "234,56" NB "$", "-$1,234.56" },
    { SC_UNIT_CURRENCY, NULL, 563000, TRUE, FALSE, "563" NB "k$", "$563K" },
    { SC_UNIT_CURRENCY, "CAD", 1.3e6, TRUE, FALSE, "1,3" NB "M$", "$1.3M" },
    { SC_UNIT_CURRENCY, "CAD", 1234.5, FALSE, TRUE, "+1" NB "234,50" NB "$", "+$1,234.50" },
    { SC_UNIT_CURRENCY, "CAD", -1234.5, FALSE, TRUE, MINUS "1" NB "234,50" NB "$",
      MINUS "$1,234.50" },
    { SC_UNIT_CURRENCY, "CAD", -563000, TRUE, TRUE, MINUS "563" NB "k$", MINUS "$563K" },
    { SC_UNIT_CURRENCY, "CAD", 0, FALSE, TRUE, "0,00" NB "$", "$0.00" },
    { SC_UNIT_CURRENCY, "CAD", 2.675, FALSE, FALSE, "2,68" NB "$", "$2.68" },
    { SC_UNIT_CURRENCY, "CAD", -0.001, FALSE, FALSE, "0,00" NB "$", "$0.00" },
    { SC_UNIT_CURRENCY, "USD", 1234.56, FALSE, FALSE, "1" NB "234,56" NB "$" NB "US",
      "US$1,234.56" },
    { SC_UNIT_CURRENCY, "EUR", 999.5, TRUE, FALSE, "1" NB "k€", "€1K" },
    { SC_UNIT_CURRENCY, "EUR", 999.49, TRUE, FALSE, "999" NB "€", "€999" },
    { SC_UNIT_CURRENCY, "CAD", NAN, FALSE, FALSE, DASH, DASH },
    { SC_UNIT_CURRENCY, "CAD", 1e300, FALSE, FALSE,
      "92" NB "233" NB "720" NB "368" NB "547" NB "758,07" NB "$",
      "$92,233,720,368,547,758.07" },
    { SC_UNIT_COUNT, NULL, 12, FALSE, FALSE, "12", "12" },
    { SC_UNIT_COUNT, NULL, 12.5, FALSE, FALSE, "12,5", "12.5" },
    { SC_UNIT_COUNT, NULL, 12.25, FALSE, FALSE, "12,25", "12.25" },
    { SC_UNIT_COUNT, NULL, 3.999, FALSE, FALSE, "4", "4" },
    { SC_UNIT_COUNT, NULL, 1234, TRUE, FALSE, "1" NB "234", "1,234" },
    { SC_UNIT_COUNT, NULL, 3, FALSE, TRUE, "+3", "+3" },
    { SC_UNIT_COUNT, NULL, -3, FALSE, TRUE, MINUS "3", MINUS "3" },
    { SC_UNIT_COUNT, NULL, -3, FALSE, FALSE, "-3", "-3" },
    { SC_UNIT_COUNT, NULL, 0, FALSE, TRUE, "0", "0" },
    { SC_UNIT_COUNT, NULL, -0.001, FALSE, TRUE, "0", "0" },
    { SC_UNIT_PERCENT, NULL, 32.5, FALSE, FALSE, "32,5" NB "%", "32.5%" },
    { SC_UNIT_PERCENT, NULL, 32, FALSE, FALSE, "32,0" NB "%", "32.0%" },
    { SC_UNIT_PERCENT, NULL, 2.5, FALSE, TRUE, "+2,5" NB "%", "+2.5%" },
    { SC_UNIT_PERCENT, NULL, -2.54, TRUE, TRUE, MINUS "2,5" NB "%", MINUS "2.5%" },
    { SC_UNIT_DAYS, NULL, 12.5, FALSE, FALSE, "12,5" NB "j", "12.5 d" },
    { SC_UNIT_DAYS, NULL, 12, FALSE, FALSE, "12" NB "j", "12 d" },
    { SC_UNIT_DAYS, NULL, 12.04, FALSE, FALSE, "12" NB "j", "12 d" },
    { SC_UNIT_DAYS, NULL, 1.25, FALSE, FALSE, "1,3" NB "j", "1.3 d" },
    { SC_UNIT_DAYS, NULL, -1.5, FALSE, TRUE, MINUS "1,5" NB "j", MINUS "1.5 d" },
    { SC_UNIT_NUMBER, NULL, 1.234, FALSE, FALSE, "1,23", "1.23" },
    { SC_UNIT_NUMBER, NULL, 1234.5, FALSE, FALSE, "1" NB "234,5", "1,234.5" },
    { SC_UNIT_NUMBER, NULL, -0.001, FALSE, FALSE, "0", "0" },
    { SC_UNIT_NUMBER, NULL, 0.015, FALSE, TRUE, "+0,02", "+0.02" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const ValueCase *c = &cases[i];

      check (sc_format_value (FR, c->unit, c->currency, c->value, c->compact, c->signed_),
             c->fr);
      check (sc_format_value (EN, c->unit, c->currency, c->value, c->compact, c->signed_),
             c->en);
    }
}

/* Dates --------------------------------------------------------------------- */

static void
test_names (void)
{
  static const char * const fr_months[] = {
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
  };
  static const char * const fr_abbreviations[] = {
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.",
    "déc.",
  };
  static const char * const en_months[] = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  };
  static const char * const en_abbreviations[] = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  };
  static const char * const fr_weekdays[] = {
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  };
  static const char * const en_weekdays[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  };

  for (int m = 1; m <= 12; m++)
    {
      check (sc_format_month_name (FR, m, FALSE), fr_months[m - 1]);
      check (sc_format_month_name (FR, m, TRUE), fr_abbreviations[m - 1]);
      check (sc_format_month_name (EN, m, FALSE), en_months[m - 1]);
      check (sc_format_month_name (EN, m, TRUE), en_abbreviations[m - 1]);
    }
  for (GDateWeekday wd = G_DATE_MONDAY; wd <= G_DATE_SUNDAY; wd++)
    {
      check (sc_format_weekday_name (FR, wd), fr_weekdays[wd - 1]);
      check (sc_format_weekday_name (EN, wd), en_weekdays[wd - 1]);
    }
}

typedef struct
{
  const char *day;
  const char *fr;
  const char *en;
} DateCase;

static void
test_dates (void)
{
  static const DateCase long_dates[] = {
    { "2025-03-04", "4 mars 2025", "March 4, 2025" },
    { "2025-03-01", "1er mars 2025", "March 1, 2025" },
    { "2025-08-15", "15 août 2025", "August 15, 2025" },
    { "2024-02-29", "29 février 2024", "February 29, 2024" },
    { "2025-12-31", "31 décembre 2025", "December 31, 2025" },
    { "2026-01-11", "11 janvier 2026", "January 11, 2026" },
  };
  static const DateCase weekday_dates[] = {
    { "2025-03-04", "mardi 4 mars 2025", "Tuesday, March 4, 2025" },
    { "2025-03-01", "samedi 1er mars 2025", "Saturday, March 1, 2025" },
    { "2025-03-02", "dimanche 2 mars 2025", "Sunday, March 2, 2025" },
    { "2025-03-03", "lundi 3 mars 2025", "Monday, March 3, 2025" },
  };
  static const DateCase short_dates[] = {
    { "2025-03-04", "4 mars", "Mar 4" },
    { "2025-07-01", "1er juill.", "Jul 1" },
    { "2025-02-15", "15 févr.", "Feb 15" },
    { "2025-09-30", "30 sept.", "Sep 30" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (long_dates); i++)
    {
      check (sc_format_date_long (FR, day (long_dates[i].day), FALSE), long_dates[i].fr);
      check (sc_format_date_long (EN, day (long_dates[i].day), FALSE), long_dates[i].en);
      check (sc_format_date_iso (day (long_dates[i].day)), long_dates[i].day);
    }
  for (guint i = 0; i < G_N_ELEMENTS (weekday_dates); i++)
    {
      check (sc_format_date_long (FR, day (weekday_dates[i].day), TRUE), weekday_dates[i].fr);
      check (sc_format_date_long (EN, day (weekday_dates[i].day), TRUE), weekday_dates[i].en);
    }
  for (guint i = 0; i < G_N_ELEMENTS (short_dates); i++)
    {
      check (sc_format_date_short (FR, day (short_dates[i].day)), short_dates[i].fr);
      check (sc_format_date_short (EN, day (short_dates[i].day)), short_dates[i].en);
    }

  check (sc_format_date_iso (SC_DAY_NONE), "");
  check (sc_format_date_long (FR, SC_DAY_NONE, TRUE), "");
  check (sc_format_date_short (EN, SC_DAY_NONE), "");
  check (sc_format_week_label (EN, SC_DAY_NONE), "");

  check (sc_format_month_year (FR, 2025, 3), "mars 2025");
  check (sc_format_month_year (EN, 2025, 3), "March 2025");
  check (sc_format_month_year (FR, 2025, 8), "août 2025");
  check (sc_format_month_year (EN, 2026, 12), "December 2026");
}

static void
test_periods (void)
{
  ScPeriod p;

  check (sc_format_week_label (FR, day ("2025-03-03")), "Semaine du 3 mars 2025");
  check (sc_format_week_label (EN, day ("2025-03-03")), "Week of March 3, 2025");
  check (sc_format_week_label (FR, day ("2025-09-01")), "Semaine du 1er septembre 2025");
  check (sc_format_week_label (EN, day ("2025-12-29")), "Week of December 29, 2025");

  check (sc_format_quarter (FR, &april, 2025, 1), "T1 2025-2026");
  check (sc_format_quarter (EN, &april, 2025, 1), "Q1 FY2025");
  check (sc_format_quarter (FR, &april, 2025, 4), "T4 2025-2026");
  check (sc_format_quarter (EN, &april, 2025, 4), "Q4 FY2025");
  check (sc_format_quarter (FR, &january, 2025, 1), "T1 2025");
  check (sc_format_quarter (EN, &january, 2025, 3), "Q3 2025");

  check (sc_format_fiscal_year (FR, &april, 2025), "exercice 2025-2026");
  check (sc_format_fiscal_year (EN, &april, 2025), "FY2025");
  check (sc_format_fiscal_year (FR, &january, 2025), "exercice 2025");
  check (sc_format_fiscal_year (EN, &january, 2025), "FY2025");
  check (sc_format_fiscal_year (FR, &april, 1999), "exercice 1999-2000");

  sc_calendar_period_at (&april, SC_PERIOD_WEEK, day ("2025-03-05"), &p);
  check (sc_format_period (FR, &april, &p), "Semaine du 3 mars 2025");
  check (sc_format_period (EN, &april, &p), "Week of March 3, 2025");
  sc_calendar_period_at (&april, SC_PERIOD_MONTH, day ("2025-03-31"), &p);
  check (sc_format_period (FR, &april, &p), "avril 2025");
  check (sc_format_period (EN, &april, &p), "April 2025");
  sc_calendar_period_at (&april, SC_PERIOD_QUARTER, day ("2026-01-01"), &p);
  check (sc_format_period (FR, &april, &p), "T4 2025-2026");
  check (sc_format_period (EN, &april, &p), "Q4 FY2025");
  sc_calendar_period_at (&april, SC_PERIOD_YEAR, day ("2026-01-01"), &p);
  check (sc_format_period (FR, &april, &p), "exercice 2025-2026");
  check (sc_format_period (EN, &april, &p), "FY2025");
  sc_calendar_period_at (&january, SC_PERIOD_QUARTER, day ("2024-12-30"), &p);
  check (sc_format_period (FR, &january, &p), "T1 2025");
  check (sc_format_period (EN, &january, &p), "Q1 2025");
}

/* Durations ----------------------------------------------------------------- */

static void
test_minutes (void)
{
  static const struct
  {
    int         minutes;
    const char *fr;
    const char *en;
  } cases[] = {
    { 28, "28" NB "min", "28 min" },
    { 0, "0" NB "min", "0 min" },
    { 59, "59" NB "min", "59 min" },
    { 60, "1" NB "h", "1 h" },
    { 65, "1" NB "h" NB "05", "1 h 5 min" },
    { 125, "2" NB "h" NB "05", "2 h 5 min" },
    { 150, "2" NB "h" NB "30", "2 h 30 min" },
    { 600, "10" NB "h", "10 h" },
    { -28, MINUS "28" NB "min", MINUS "28 min" },
    { -90, MINUS "1" NB "h" NB "30", MINUS "1 h 30 min" },
    { G_MININT, MINUS "35791394" NB "h" NB "08", MINUS "35791394 h 8 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      check (sc_format_minutes (FR, cases[i].minutes), cases[i].fr);
      check (sc_format_minutes (EN, cases[i].minutes), cases[i].en);
    }
}

static void
test_clock (void)
{
  check (sc_format_clock (299), "04:59");
  check (sc_format_clock (0), "00:00");
  check (sc_format_clock (59), "00:59");
  check (sc_format_clock (-72), MINUS "01:12");
  check (sc_format_clock (-1), MINUS "00:01");
  check (sc_format_clock (3599), "59:59");
  check (sc_format_clock (3600), "1:00:00");
  check (sc_format_clock (3723), "1:02:03");
  check (sc_format_clock (-3723), MINUS "1:02:03");
  check (sc_format_clock (2 * 86400), "48:00:00");
  check (sc_format_clock (G_MININT64), MINUS "2562047788015215:30:08");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/catalogue", test_catalogue);
  g_test_add_func ("/format/money/cents", test_money_cents);
  g_test_add_func ("/format/money/whole", test_money_whole);
  g_test_add_func ("/format/money/compact", test_money_compact);
  g_test_add_func ("/format/money/currencies", test_money_currencies);
  g_test_add_func ("/format/money/no-break", test_money_no_break);
  g_test_add_func ("/format/number", test_number);
  g_test_add_func ("/format/percent", test_percent);
  g_test_add_func ("/format/points", test_points);
  g_test_add_func ("/format/value", test_value);
  g_test_add_func ("/format/date/names", test_names);
  g_test_add_func ("/format/date/dates", test_dates);
  g_test_add_func ("/format/date/periods", test_periods);
  g_test_add_func ("/format/duration/minutes", test_minutes);
  g_test_add_func ("/format/duration/clock", test_clock);

  return g_test_run ();
}
