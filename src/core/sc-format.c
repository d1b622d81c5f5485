/* sc-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-format"

#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-l10n.h"
#include "sc-format.h"

#define NBSP      "\xc2\xa0"      /* U+00A0 NO-BREAK SPACE */
#define MINUS     "\xe2\x88\x92"  /* U+2212 MINUS SIGN */
#define NO_VALUE  "\xe2\x80\x94"  /* U+2014 EM DASH */

/* Decimals beyond this are noise: a double holds 15 significant digits. */
#define MAX_DECIMALS 12

typedef enum
{
  SIGN_NEGATIVE,  /* "-" before negative values only, as CLDR writes money */
  SIGN_ALWAYS,    /* "+" or U+2212 before any non-zero value: a variance */
} SignStyle;

/* Patterns ---------------------------------------------------------------- */

#define MAX_ARGS 4

/* Replaces the {name} placeholders of a pattern by the values given as
 * name, value pairs ending with NULL. Translations reorder and drop
 * placeholders freely (French names a fiscal year by two years, English by
 * one), which printf formats cannot do. An unknown placeholder or a stray
 * brace is copied as it is: a faulty translation gives odd text, never a
 * crash. */
static char *
expand (const char *pattern,
        ...)
{
  const char *names[MAX_ARGS], *values[MAX_ARGS];
  guint n_args = 0;
  GString *out = g_string_new (NULL);
  const char *name;
  va_list args;

  va_start (args, pattern);
  while (n_args < MAX_ARGS && (name = va_arg (args, const char *)) != NULL)
    {
      names[n_args] = name;
      values[n_args++] = va_arg (args, const char *);
    }
  va_end (args);

  for (const char *p = pattern; *p != '\0'; )
    {
      const char *close = *p == '{' ? strchr (p, '}') : NULL;
      guint i = 0;

      while (close != NULL && i < n_args &&
             (strncmp (p + 1, names[i], close - p - 1) != 0 ||
              names[i][close - p - 1] != '\0'))
        i++;

      if (close != NULL && i < n_args)
        {
          g_string_append (out, values[i]);
          p = close + 1;
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* Numbers ----------------------------------------------------------------- */

/* The digits of round (|value| × 10^decimals), rounded half away from zero
 * on the value's 15 significant decimal digits, that is on the number as it
 * was typed or computed rather than on its binary expansion: 2.675 gives
 * 268 with two decimals, although the double is 2.67499999…. At least
 * decimals + 1 digits are returned. */
static GString *
round_digits (double    value,
              int       decimals,
              gboolean *negative)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char mantissa[15];
  gint64 exponent;
  gint64 round_at;
  GString *digits = g_string_new (NULL);

  /* "d.dddddddddddddde±XX": the 15 digits and the power of ten of the first. */
  g_ascii_formatd (buf, sizeof buf, "%.14e", fabs (value));
  mantissa[0] = buf[0];
  memcpy (mantissa + 1, buf + 2, 14);
  exponent = g_ascii_strtoll (buf + 17, NULL, 10);

  /* Digit i of the mantissa stands for 10^(exponent - i). */
  for (gint64 place = MAX (exponent, 0); place >= -decimals; place--)
    {
      gint64 i = exponent - place;
      g_string_append_c (digits, i >= 0 && i < 15 ? mantissa[i] : '0');
    }

  round_at = exponent + decimals + 1;
  if (round_at >= 0 && round_at < 15 && mantissa[round_at] >= '5')
    {
      gssize i = digits->len - 1;

      for (; i >= 0 && digits->str[i] == '9'; i--)
        digits->str[i] = '0';
      if (i >= 0)
        digits->str[i]++;
      else
        g_string_prepend_c (digits, '1');
    }

  while (digits->len > (gsize) decimals + 1 && digits->str[0] == '0')
    g_string_erase (digits, 0, 1);

  *negative = value < 0 && strspn (digits->str, "0") != digits->len;
  return digits;
}

/* Writes digits (an integer scaled by 10^decimals, with more than decimals
 * digits) with the separators of lang, keeping at least min_decimals of
 * the decimals: trailing zeros beyond them are dropped. */
static char *
join_digits (ScLang      lang,
             const char *digits,
             int         decimals,
             int         min_decimals)
{
  gsize len = strlen (digits);
  gsize int_len = len > (gsize) decimals ? len - decimals : 0;
  const char *group = lang == SC_LANG_FR ? NBSP : ",";
  const char *frac = digits + int_len;
  int n_frac = decimals;
  GString *out = g_string_new (NULL);

  if (int_len == 0)
    g_string_append_c (out, '0');
  for (gsize i = 0; i < int_len; i++)
    {
      if (i > 0 && (int_len - i) % 3 == 0)
        g_string_append (out, group);
      g_string_append_c (out, digits[i]);
    }

  while (n_frac > min_decimals && frac[n_frac - 1] == '0')
    n_frac--;
  if (n_frac > 0)
    {
      g_string_append_c (out, lang == SC_LANG_FR ? ',' : '.');
      g_string_append_len (out, frac, n_frac);
    }

  return g_string_free (out, FALSE);
}

/* |value| with between min_decimals and decimals decimals. */
static char *
format_abs (ScLang    lang,
            double    value,
            int       decimals,
            int       min_decimals,
            gboolean *negative)
{
  g_autoptr(GString) digits = NULL;

  decimals = CLAMP (decimals, 0, MAX_DECIMALS);
  digits = round_digits (value, decimals, negative);
  return join_digits (lang, digits->str, decimals, MIN (min_decimals, decimals));
}

static const char *
sign_prefix (gboolean  negative,
             gboolean  zero,
             SignStyle style)
{
  if (negative)
    return style == SIGN_ALWAYS ? MINUS : "-";
  return style == SIGN_ALWAYS && !zero ? "+" : "";
}

static gboolean
is_zero (const char *text)
{
  return strspn (text, "0.," NBSP) == strlen (text);
}

/* The text of a number in a pattern such as "{number}%", signed. */
static char *
format_in_pattern (ScLang      lang,
                   const char *pattern,
                   double      value,
                   int         decimals,
                   int         min_decimals,
                   SignStyle   style)
{
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  gboolean negative;

  if (!isfinite (value))
    return g_strdup (NO_VALUE);

  number = format_abs (lang, value, decimals, min_decimals, &negative);
  text = expand (pattern, "number", number, NULL);
  return g_strconcat (sign_prefix (negative, is_zero (number), style), text, NULL);
}

char *
sc_format_number (ScLang lang,
                  double value,
                  int    decimals)
{
  return format_in_pattern (lang, "{number}", value, decimals, decimals, SIGN_NEGATIVE);
}

static const char *
percent_pattern (ScLang lang)
{
  /* Translators: a percentage; {number} is the number. French puts a
   * no-break space (U+00A0) before %. */
  return LC_ (lang, "percent", "{number}%");
}

char *
sc_format_percent (ScLang lang,
                   double percent,
                   int    decimals)
{
  return format_in_pattern (lang, percent_pattern (lang), percent, decimals, decimals,
                            SIGN_NEGATIVE);
}

char *
sc_format_points (ScLang lang,
                  double points,
                  int    decimals)
{
  /* Translators: a difference between two percentages, in percentage
   * points: "−2.2 pts". {number} is the number, without its sign. */
  return format_in_pattern (lang, LC_ (lang, "percentage points", "{number} pts"),
                            points, decimals, decimals, SIGN_ALWAYS);
}

/* Money ------------------------------------------------------------------- */

static gboolean
currency_is (const char *currency,
             const char *code)
{
  return g_ascii_strcasecmp (currency, code) == 0;
}

/* The pattern that places an amount ("1,234.56", or "563K" when compact)
 * and the currency sign. */
static const char *
currency_pattern (ScLang      lang,
                  const char *currency,
                  gboolean    compact)
{
  /* Translators: money in Canadian dollars; {amount} is the number. In
   * French "{amount} $" with a no-break space; the compact form, where
   * {amount} already ends with "k" or "M", has no space: "563 k$". */
  if (currency_is (currency, "CAD"))
    return compact ? LC_ (lang, "compact money, Canadian dollars", "${amount}")
                   : LC_ (lang, "money, Canadian dollars", "${amount}");
  /* Translators: money in US dollars; French writes "1 234,56 $ US" and
   * "563 k$ US". */
  if (currency_is (currency, "USD"))
    return compact ? LC_ (lang, "compact money, US dollars", "US${amount}")
                   : LC_ (lang, "money, US dollars", "US${amount}");
  /* Translators: money in euros; French writes "1 234,56 €" and "563 k€". */
  if (currency_is (currency, "EUR"))
    return compact ? LC_ (lang, "compact money, euros", "€{amount}")
                   : LC_ (lang, "money, euros", "€{amount}");
  /* Translators: money in another currency; {code} is its ISO 4217 code,
   * "GBP". French uses a no-break space (U+00A0). */
  return compact ? LC_ (lang, "compact money, other currency", "{amount} {code}")
                 : LC_ (lang, "money, other currency", "{amount} {code}");
}

/* The compact amount of a number of cents: whole dollars below a thousand,
 * whole thousands below a million, millions with one decimal. Each step is
 * chosen on the rounded value, so 999 600 $ is 1,0 M$, not 1 000 k$. */
static char *
compact_amount (ScLang    lang,
                guint64   cents,
                gboolean  millions,
                gboolean *scaled)
{
  g_autofree char *digits = NULL;
  g_autofree char *number = NULL;
  guint64 units = cents / 100 + (cents % 100 >= 50);

  *scaled = units >= 1000;
  if (units < 1000)
    {
      digits = g_strdup_printf ("%" G_GUINT64_FORMAT, units);
      return join_digits (lang, digits, 0, 0);
    }

  units = cents / 100000 + (cents % 100000 >= 50000);
  if (units < 1000 || !millions)
    {
      digits = g_strdup_printf ("%" G_GUINT64_FORMAT, units);
      number = join_digits (lang, digits, 0, 0);
      /* Translators: a number of thousands in a compact amount of money,
       * "563K"; French writes "563 k" (no-break space). */
      return expand (LC_ (lang, "compact thousands", "{number}K"), "number", number, NULL);
    }

  units = cents / 10000000 + (cents % 10000000 >= 5000000);
  digits = g_strdup_printf ("%02" G_GUINT64_FORMAT, units);
  number = join_digits (lang, digits, 1, 1);
  /* Translators: a number of millions in a compact amount of money, "1.3M";
   * French writes "1,3 M" (no-break space). */
  return expand (LC_ (lang, "compact millions", "{number}M"), "number", number, NULL);
}

static char *
format_money_abs (ScLang        lang,
                  const char   *currency,
                  gboolean      negative,
                  guint64       cents,
                  ScMoneyStyle  style,
                  SignStyle     sign)
{
  g_autofree char *digits = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *text = NULL;
  gboolean scaled = FALSE;

  if (currency == NULL || *currency == '\0')
    currency = "CAD";

  if (style == SC_MONEY_COMPACT || style == SC_MONEY_THOUSANDS)
    amount = compact_amount (lang, cents, style == SC_MONEY_COMPACT, &scaled);
  else if (style == SC_MONEY_WHOLE)
    {
      digits = g_strdup_printf ("%" G_GUINT64_FORMAT, cents / 100 + (cents % 100 >= 50));
      amount = join_digits (lang, digits, 0, 0);
    }
  else
    {
      digits = g_strdup_printf ("%03" G_GUINT64_FORMAT, cents);
      amount = join_digits (lang, digits, 2, 2);
    }

  text = expand (currency_pattern (lang, currency, scaled),
                 "amount", amount, "code", currency, NULL);
  negative = negative && !is_zero (amount);
  return g_strconcat (sign_prefix (negative, is_zero (amount), sign), text, NULL);
}

char *
sc_format_money (ScLang        lang,
                 const char   *currency,
                 gint64        cents,
                 ScMoneyStyle  style)
{
  /* Negating G_MININT64 overflows: take the magnitude in unsigned. */
  guint64 magnitude = cents < 0 ? (guint64) -(cents + 1) + 1 : (guint64) cents;

  return format_money_abs (lang, currency, cents < 0, magnitude, style, SIGN_NEGATIVE);
}

/* Values of KPIs ------------------------------------------------------------ */

static char *
format_value_money (ScLang      lang,
                    const char *currency,
                    double      value,
                    gboolean    compact,
                    SignStyle   sign)
{
  g_autoptr(GString) digits = NULL;
  gboolean negative;
  guint64 cents;

  if (!isfinite (value))
    return g_strdup (NO_VALUE);

  digits = round_digits (value, 2, &negative);
  /* Beyond 10^17 cents no amount is real: keep the largest that fits. */
  cents = digits->len > 17 ? G_MAXINT64 : g_ascii_strtoull (digits->str, NULL, 10);
  return format_money_abs (lang, currency, negative, cents,
                           compact ? SC_MONEY_COMPACT : SC_MONEY_CENTS, sign);
}

char *
sc_format_value (ScLang      lang,
                 ScUnit      unit,
                 const char *currency,
                 double      value,
                 gboolean    compact,
                 gboolean    signed_)
{
  SignStyle sign = signed_ ? SIGN_ALWAYS : SIGN_NEGATIVE;

  switch (unit)
    {
    case SC_UNIT_CURRENCY:
      return format_value_money (lang, currency, value, compact, sign);
    case SC_UNIT_COUNT:
      return format_in_pattern (lang, "{number}", value, 2, 0, sign);
    case SC_UNIT_PERCENT:
      return format_in_pattern (lang, percent_pattern (lang), value, 1, 1, sign);
    case SC_UNIT_DAYS:
      /* Translators: a duration in days, "12.5 d"; French "12,5 j" with a
       * no-break space. */
      return format_in_pattern (lang, LC_ (lang, "duration in days", "{number} d"),
                                value, 1, 0, sign);
    case SC_UNIT_NUMBER:
    default:
      return format_in_pattern (lang, "{number}", value, 2, 0, sign);
    }
}

/* Dates ------------------------------------------------------------------- */

/* Translators: month names as they stand inside a date ("March 4, 2025",
 * "4 mars 2025"): French writes them in lowercase. */
static const char * const month_names[] = {
  NC_("month name", "January"), NC_("month name", "February"), NC_("month name", "March"),
  NC_("month name", "April"), NC_("month name", "May"), NC_("month name", "June"),
  NC_("month name", "July"), NC_("month name", "August"), NC_("month name", "September"),
  NC_("month name", "October"), NC_("month name", "November"), NC_("month name", "December"),
};

/* Translators: abbreviated month names for short dates ("Mar 4", "4 mars")
 * and chart axes. French uses the OQLF abbreviations: janv., févr., mars,
 * avr., mai, juin, juill., août, sept., oct., nov., déc. */
static const char * const month_abbreviations[] = {
  NC_("month abbreviation", "Jan"), NC_("month abbreviation", "Feb"),
  NC_("month abbreviation", "Mar"), NC_("month abbreviation", "Apr"),
  NC_("month abbreviation", "May"), NC_("month abbreviation", "Jun"),
  NC_("month abbreviation", "Jul"), NC_("month abbreviation", "Aug"),
  NC_("month abbreviation", "Sep"), NC_("month abbreviation", "Oct"),
  NC_("month abbreviation", "Nov"), NC_("month abbreviation", "Dec"),
};

/* Translators: weekday names inside a date ("Tuesday, March 4, 2025",
 * "mardi 4 mars 2025"): French writes them in lowercase. */
static const char * const weekday_names[] = {
  NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
  NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
  NC_("weekday", "Sunday"),
};

char *
sc_format_month_name (ScLang   lang,
                      int      month,
                      gboolean abbreviated)
{
  g_return_val_if_fail (month >= 1 && month <= 12, g_strdup (""));

  if (abbreviated)
    return g_strdup (LC_ (lang, "month abbreviation", month_abbreviations[month - 1]));
  return g_strdup (LC_ (lang, "month name", month_names[month - 1]));
}

char *
sc_format_weekday_name (ScLang       lang,
                        GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, g_strdup (""));

  return g_strdup (LC_ (lang, "weekday", weekday_names[weekday - 1]));
}

static char *
format_day_of_month (ScLang lang,
                     int    mday)
{
  /* Translators: the first day of a month in a date, "March 1"; French
   * writes "1er" (« 1er mars »). */
  if (mday == 1)
    return g_strdup (LC_ (lang, "first day of the month", "1"));
  return g_strdup_printf ("%d", mday);
}

char *
sc_format_date_iso (ScDay day)
{
  char buf[11];

  return g_strdup (sc_day_to_iso (day, buf));
}

/* Expands a date pattern whose placeholders are {weekday}, {day}, {month}
 * and {year}; an invalid day gives an empty string. */
static char *
expand_date (ScLang      lang,
             const char *pattern,
             ScDay       day,
             gboolean    abbreviated)
{
  g_autofree char *mday_text = NULL;
  g_autofree char *month_text = NULL;
  g_autofree char *weekday_text = NULL;
  char year_text[16];
  int year, month, mday;

  if (!sc_day_to_ymd (day, &year, &month, &mday))
    return g_strdup ("");

  mday_text = format_day_of_month (lang, mday);
  month_text = sc_format_month_name (lang, month, abbreviated);
  weekday_text = sc_format_weekday_name (lang, sc_day_weekday (day));
  g_snprintf (year_text, sizeof year_text, "%d", year);
  return expand (pattern, "weekday", weekday_text, "day", mday_text,
                 "month", month_text, "year", year_text, NULL);
}

char *
sc_format_date_long (ScLang   lang,
                     ScDay    day,
                     gboolean with_weekday)
{
  /* Translators: a long date with the day of the week, "Tuesday, March 4,
   * 2025"; French: "{weekday} {day} {month} {year}" (mardi 4 mars 2025). */
  if (with_weekday)
    return expand_date (lang, LC_ (lang, "long date with weekday",
                                   "{weekday}, {month} {day}, {year}"), day, FALSE);

  /* Translators: a long date, "March 4, 2025"; French: "{day} {month}
   * {year}" (4 mars 2025). */
  return expand_date (lang, LC_ (lang, "long date", "{month} {day}, {year}"), day, FALSE);
}

char *
sc_format_date_short (ScLang lang,
                      ScDay  day)
{
  /* Translators: a short date with an abbreviated month, "Mar 4"; French:
   * "{day} {month}" (4 mars). */
  return expand_date (lang, LC_ (lang, "short date", "{month} {day}"), day, TRUE);
}

char *
sc_format_month_year (ScLang lang,
                      int    year,
                      int    month)
{
  g_autofree char *month_text = NULL;
  char year_text[16];

  g_return_val_if_fail (month >= 1 && month <= 12, g_strdup (""));

  month_text = sc_format_month_name (lang, month, FALSE);
  g_snprintf (year_text, sizeof year_text, "%d", year);
  /* Translators: a month of a year, "March 2025"; French "mars 2025". */
  return expand (LC_ (lang, "month and year", "{month} {year}"),
                 "month", month_text, "year", year_text, NULL);
}

char *
sc_format_week_label (ScLang lang,
                      ScDay  week_start)
{
  g_autofree char *date = NULL;

  if (!sc_day_valid (week_start))
    return g_strdup ("");

  date = sc_format_date_long (lang, week_start, FALSE);
  /* Translators: a week named by its first day; {date} is a long date.
   * French: "Semaine du {date}" (Semaine du 3 mars 2025). */
  return expand (LC_ (lang, "week label", "Week of {date}"), "date", date, NULL);
}

static gboolean
calendar_aligned (const ScCalendar *cal)
{
  return cal == NULL || cal->fiscal_start_month <= 1 || cal->fiscal_start_month > 12;
}

/* Expands a pattern with {year} and {next_year}: a fiscal year that does
 * not start in January spans two calendar years. */
static char *
expand_fiscal (const char *pattern,
               int         fiscal_year,
               const char *quarter)
{
  char year_text[16], next_text[16];

  g_snprintf (year_text, sizeof year_text, "%d", fiscal_year);
  g_snprintf (next_text, sizeof next_text, "%d", fiscal_year + 1);
  return expand (pattern, "year", year_text, "next_year", next_text,
                 "quarter", quarter, NULL);
}

char *
sc_format_quarter (ScLang            lang,
                   const ScCalendar *cal,
                   int               fiscal_year,
                   int               quarter)
{
  char quarter_text[16];

  g_snprintf (quarter_text, sizeof quarter_text, "%d", quarter);
  /* Translators: a quarter of a fiscal year that starts in January,
   * "Q1 2025"; French "T{quarter} {year}". */
  if (calendar_aligned (cal))
    return expand_fiscal (LC_ (lang, "quarter of a calendar year", "Q{quarter} {year}"),
                          fiscal_year, quarter_text);
  /* Translators: a quarter of a fiscal year that starts in another month
   * than January, named after the year in which it starts: "Q1 FY2025".
   * {next_year} is the year in which it ends; French writes both:
   * "T{quarter} {year}-{next_year}" (T1 2025-2026). */
  return expand_fiscal (LC_ (lang, "quarter of a fiscal year", "Q{quarter} FY{year}"),
                        fiscal_year, quarter_text);
}

char *
sc_format_fiscal_year (ScLang            lang,
                       const ScCalendar *cal,
                       int               fiscal_year)
{
  /* Translators: a fiscal year that starts in January, "FY2025"; French
   * "exercice {year}". */
  if (calendar_aligned (cal))
    return expand_fiscal (LC_ (lang, "calendar-aligned fiscal year", "FY{year}"),
                          fiscal_year, "");
  /* Translators: a fiscal year that starts in another month than January,
   * named after the year in which it starts; {next_year} is the year in
   * which it ends. French: "exercice {year}-{next_year}" (exercice
   * 2025-2026). */
  return expand_fiscal (LC_ (lang, "fiscal year", "FY{year}"), fiscal_year, "");
}

char *
sc_format_period (ScLang            lang,
                  const ScCalendar *cal,
                  const ScPeriod   *period)
{
  g_return_val_if_fail (period != NULL, g_strdup (""));

  switch (period->kind)
    {
    case SC_PERIOD_WEEK:
      return sc_format_week_label (lang, period->first_week);
    case SC_PERIOD_MONTH:
      return sc_format_month_year (lang, period->year, period->index);
    case SC_PERIOD_QUARTER:
      return sc_format_quarter (lang, cal, period->fiscal_year, period->index);
    case SC_PERIOD_YEAR:
      return sc_format_fiscal_year (lang, cal, period->fiscal_year);
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/* Durations --------------------------------------------------------------- */

char *
sc_format_minutes (ScLang lang,
                   int    minutes)
{
  g_autofree char *text = NULL;
  char hours_text[16], minutes_text[8], minutes2_text[8];
  guint magnitude = minutes < 0 ? 0u - (guint) minutes : (guint) minutes;

  g_snprintf (hours_text, sizeof hours_text, "%u", magnitude / 60);
  g_snprintf (minutes_text, sizeof minutes_text, "%u", magnitude % 60);
  g_snprintf (minutes2_text, sizeof minutes2_text, "%02u", magnitude % 60);

  /* Translators: {minutes} is a number of minutes, "28 min"; French puts a
   * no-break space before "min". */
  if (magnitude < 60)
    text = expand (LC_ (lang, "duration", "{minutes} min"), "minutes", minutes_text, NULL);
  /* Translators: a whole number of hours, "2 h"; French "2 h" with a
   * no-break space. */
  else if (magnitude % 60 == 0)
    text = expand (LC_ (lang, "duration", "{hours} h"), "hours", hours_text, NULL);
  /* Translators: hours and minutes, "1 h 5 min". {minutes2} is the minutes
   * on two digits: French writes "{hours} h {minutes2}" (1 h 05). */
  else
    text = expand (LC_ (lang, "duration", "{hours} h {minutes} min"), "hours", hours_text,
                   "minutes", minutes_text, "minutes2", minutes2_text, NULL);

  return g_strconcat (minutes < 0 ? MINUS : "", text, NULL);
}

char *
sc_format_time_of_day (ScLang lang,
                       int    minutes)
{
  char hours_text[8], hours12_text[8], minutes2_text[8];
  int h = CLAMP (minutes, 0, 24 * 60 - 1) / 60, m = CLAMP (minutes, 0, 24 * 60 - 1) % 60;

  g_snprintf (hours_text, sizeof hours_text, "%d", h);
  g_snprintf (hours12_text, sizeof hours12_text, "%d", h % 12 == 0 ? 12 : h % 12);
  g_snprintf (minutes2_text, sizeof minutes2_text, "%02d", m);

  /* Translators: a time of day before noon, "8:30 a.m."; French uses the
   * 24-hour clock: "{hours} h {minutes2}" (8 h 30). {hours12} is the hour
   * on a 12-hour clock, {hours} on a 24-hour clock. */
  if (h < 12)
    return expand (LC_ (lang, "time of day", "{hours12}:{minutes2} a.m."), "hours", hours_text,
                   "hours12", hours12_text, "minutes2", minutes2_text, NULL);
  /* Translators: a time of day from noon on, "1:30 p.m."; French: "{hours} h {minutes2}". */
  return expand (LC_ (lang, "time of day", "{hours12}:{minutes2} p.m."), "hours", hours_text,
                 "hours12", hours12_text, "minutes2", minutes2_text, NULL);
}

char *
sc_format_clock (gint64 seconds)
{
  guint64 magnitude = seconds < 0 ? (guint64) -(seconds + 1) + 1 : (guint64) seconds;
  const char *sign = seconds < 0 ? MINUS : "";

  if (magnitude < 3600)
    return g_strdup_printf ("%s%02u:%02u", sign, (guint) (magnitude / 60),
                            (guint) (magnitude % 60));
  return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u:%02u", sign, magnitude / 3600,
                          (guint) (magnitude / 60 % 60), (guint) (magnitude % 60));
}
