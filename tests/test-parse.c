/* test-parse.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-parse.h"

#define NB    "\xc2\xa0"       /* U+00A0 NO-BREAK SPACE */
#define NNB   "\xe2\x80\xaf"   /* U+202F NARROW NO-BREAK SPACE */
#define THIN  "\xe2\x80\x89"   /* U+2009 THIN SPACE */
#define MINUS "\xe2\x88\x92"   /* U+2212 MINUS SIGN */

#define FR SC_LANG_FR
#define EN SC_LANG_EN

/* Numbers ------------------------------------------------------------------- */

typedef struct
{
  const char    *text;
  double         value;
  ScParsedFlags  flags;
} NumberCase;

static void
check_number (ScLang            lang,
              const NumberCase *c)
{
  g_autoptr(GError) error = NULL;
  ScParsedFlags flags = 0xff;
  double value = NAN;

  if (!sc_parse_number (lang, c->text, &value, &flags, &error))
    g_error ("“%s” (%s) refused: %s", c->text, sc_lang_to_code (lang), error->message);
  g_assert_no_error (error);
  g_assert_cmpfloat (fabs (value - c->value), <=, fabs (c->value) * 1e-15);
  g_assert_cmpint (flags, ==, c->flags);
  /* No negative zero. */
  if (value == 0)
    g_assert_false (signbit (value));
}

static void
check_number_cases (ScLang            lang,
                    const NumberCase *cases,
                    guint             n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    check_number (lang, &cases[i]);
}

/* The same meaning in both languages. */
static const NumberCase both_cases[] = {
  { "1234.56", 1234.56, SC_PARSED_PLAIN },
  { "1,234.56", 1234.56, SC_PARSED_PLAIN },
  { "1.234,56", 1234.56, SC_PARSED_PLAIN },
  { "1 234,56", 1234.56, SC_PARSED_PLAIN },
  { "1" NB "234,56", 1234.56, SC_PARSED_PLAIN },
  { "1" NNB "234,56", 1234.56, SC_PARSED_PLAIN },
  { "1" THIN "234,56", 1234.56, SC_PARSED_PLAIN },
  { "1 234.56", 1234.56, SC_PARSED_PLAIN },
  { "1 234 567", 1234567, SC_PARSED_PLAIN },
  { "1.234", 1.234, SC_PARSED_PLAIN },
  { "1.234.567", 1234567, SC_PARSED_PLAIN },
  { "1.234.567,89", 1234567.89, SC_PARSED_PLAIN },
  { "12,345,678.9", 12345678.9, SC_PARSED_PLAIN },
  { "1,234,567", 1234567, SC_PARSED_PLAIN },
  { "1,5", 1.5, SC_PARSED_PLAIN },
  { "1,2345", 1.2345, SC_PARSED_PLAIN },
  { "0,125", 0.125, SC_PARSED_PLAIN },
  { "1 234,567", 1234.567, SC_PARSED_PLAIN },
  { "  42  ", 42, SC_PARSED_PLAIN },
  { "\t42\t", 42, SC_PARSED_PLAIN },
  { NB "42" NB, 42, SC_PARSED_PLAIN },
  { "+5", 5, SC_PARSED_PLAIN },
  { "-5", -5, SC_PARSED_PLAIN },
  { MINUS "5", -5, SC_PARSED_PLAIN },
  { MINUS "2,2", -2.2, SC_PARSED_PLAIN },
  { "- 5", -5, SC_PARSED_PLAIN },
  { ".5", 0.5, SC_PARSED_PLAIN },
  { ",5", 0.5, SC_PARSED_PLAIN },
  { "-.5", -0.5, SC_PARSED_PLAIN },
  { "0", 0, SC_PARSED_PLAIN },
  { "-0", 0, SC_PARSED_PLAIN },
  { "-0,00", 0, SC_PARSED_PLAIN },
  { "007", 7, SC_PARSED_PLAIN },
  { "0.1", 0.1, SC_PARSED_PLAIN },
  { "12 %", 12, SC_PARSED_PERCENT },
  { "12%", 12, SC_PARSED_PERCENT },
  { "-3.5 %", -3.5, SC_PARSED_PERCENT },
  { "32,5" NB "%", 32.5, SC_PARSED_PERCENT },
  { "$1200", 1200, SC_PARSED_CURRENCY },
  { "$ 1 200.50", 1200.5, SC_PARSED_CURRENCY },
  { "-$1 234.56", -1234.56, SC_PARSED_CURRENCY },
  { "$-5", -5, SC_PARSED_CURRENCY },
  { "US$1.234,56", 1234.56, SC_PARSED_CURRENCY },
  { "CA$5", 5, SC_PARSED_CURRENCY },
  { "C$5", 5, SC_PARSED_CURRENCY },
  { "1 234,56 $", 1234.56, SC_PARSED_CURRENCY },
  { "1" NB "234,56" NB "$", 1234.56, SC_PARSED_CURRENCY },
  { "1" NB "234,56" NB "$" NB "US", 1234.56, SC_PARSED_CURRENCY },
  { "1234 $US", 1234, SC_PARSED_CURRENCY },
  { "1234 $ CA", 1234, SC_PARSED_CURRENCY },
  { "1234$", 1234, SC_PARSED_CURRENCY },
  { "5 CAD", 5, SC_PARSED_CURRENCY },
  { "CAD 5", 5, SC_PARSED_CURRENCY },
  { "cad 5", 5, SC_PARSED_CURRENCY },
  { "5 usd", 5, SC_PARSED_CURRENCY },
  { "EUR 5", 5, SC_PARSED_CURRENCY },
  { "€5", 5, SC_PARSED_CURRENCY },
  { "5 €", 5, SC_PARSED_CURRENCY },
  { "-€5", -5, SC_PARSED_CURRENCY },
  { "150 k$", 150000, SC_PARSED_CURRENCY },
  { "150k", 150000, SC_PARSED_PLAIN },
  { "150 K", 150000, SC_PARSED_PLAIN },
  { "1.5M", 1500000, SC_PARSED_PLAIN },
  { "$1.3M", 1300000, SC_PARSED_CURRENCY },
  { "$563K", 563000, SC_PARSED_CURRENCY },
  { "1,3" NB "M$", 1300000, SC_PARSED_CURRENCY },
  { "563" NB "k$" NB "US", 563000, SC_PARSED_CURRENCY },
  { "563" NB "k€", 563000, SC_PARSED_CURRENCY },
  { "US$563K", 563000, SC_PARSED_CURRENCY },
  { "0.0000001k", 0.0001, SC_PARSED_PLAIN },
  { "10 000 000 000 000", 1e13, SC_PARSED_PLAIN },
  { "-10000000000000", -1e13, SC_PARSED_PLAIN },
  { "10M", 1e7, SC_PARSED_PLAIN },
  { "9999999999999.99", 9999999999999.99, SC_PARSED_PLAIN },
  { "0.000000000000000000001", 1e-21, SC_PARSED_PLAIN },
};

static void
test_number_both (void)
{
  check_number_cases (EN, both_cases, G_N_ELEMENTS (both_cases));
  check_number_cases (FR, both_cases, G_N_ELEMENTS (both_cases));
}

/* A lone comma followed by three digits: grouping in English, decimal in
 * French; and the exceptions to the English rule. */
static void
test_number_ambiguous (void)
{
  static const NumberCase en[] = {
    { "1,234", 1234, SC_PARSED_PLAIN },
    { "$1,200", 1200, SC_PARSED_CURRENCY },
    { "12,345", 12345, SC_PARSED_PLAIN },
    { "-123,456", -123456, SC_PARSED_PLAIN },
    { "0,123", 0.123, SC_PARSED_PLAIN },        /* a group never starts with 0 */
    { "1 234,567", 1234.567, SC_PARSED_PLAIN }, /* spaces group already */
    { ",123", 0.123, SC_PARSED_PLAIN },
    { "1,23", 1.23, SC_PARSED_PLAIN },
    { "1,2345", 1.2345, SC_PARSED_PLAIN },
    { "1,234k", 1234000, SC_PARSED_PLAIN },
  };
  static const NumberCase fr[] = {
    { "1,234", 1.234, SC_PARSED_PLAIN },
    { "$1,200", 1.2, SC_PARSED_CURRENCY },
    { "12,345", 12.345, SC_PARSED_PLAIN },
    { "-123,456", -123.456, SC_PARSED_PLAIN },
    { "0,123", 0.123, SC_PARSED_PLAIN },
    { "1,234k", 1234, SC_PARSED_PLAIN },
  };

  check_number_cases (EN, en, G_N_ELEMENTS (en));
  check_number_cases (FR, fr, G_N_ELEMENTS (fr));
}

static void
check_refused (ScLang        lang,
               const char   *text,
               ScParseError  code)
{
  g_autoptr(GError) error = NULL;
  ScParsedFlags flags = 0xff;
  double value = 12345;

  if (sc_parse_number (lang, text, &value, &flags, &error))
    g_error ("“%s” (%s) accepted as %g", text, sc_lang_to_code (lang), value);
  g_assert_error (error, SC_PARSE_ERROR, (int) code);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpuint (strlen (error->message), >, 10);
  /* Outputs stay untouched on failure. */
  g_assert_cmpfloat (value, ==, 12345);
  g_assert_cmpint (flags, ==, 0xff);
}

static void
test_number_refused (void)
{
  static const char * const invalid[] = {
    "12abc", "1..2", "--3", "inf", "nan", "NaN", "Infinity", "-inf", "0x10", "1e5", "1E5",
    "\xd9\xa1\xd9\xa2\xd9\xa3", "\xef\xbc\x95", "1,23,4", "12.", "12,", "1 2", "0 123",
    "01 234", "1,234.567.8", "1.234,567,8", "12 34", "1 234 5678", "12 345,6 789", "$5$",
    "5 % $", "5 $ %", "5%%", "5k%", "%5", "k5", "5 kk", "5 Mars", "5m", "++5", "+-5", "-+5",
    "-$-5", "5-", "(5)", "5 5", "\xe2\x88\x9e", "\xc2\xbd", "1" NB NB "234", "1  234",
    "1_000", "1'000", "0b1", "1/2", ".", ",", "-", "+", "$", "%", "k", "1 ,5", "1, 5",
    "1 .5", "5 $$", "$ $5", "USD$5", "5 US", "5 CADX", "CADX 5", "5\n6", "1.2.3,4.5",
    "1,234,56", "١٢٣", "12" MINUS, MINUS MINUS "3", "5 $ US US", "1 000,5,5",
  };
  static const char * const empty[] = { "", "   ", "\t", NB, NB " " NNB };
  static const char * const too_large[] = {
    "10 000 000 000 001", "99999999999999", "20000000 M", "-10000000000000.01",
    "10000000000000000000000000000000000000000000000000", "10000000001k",
  };

  for (ScLang lang = EN; lang <= FR; lang++)
    {
      for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
        check_refused (lang, invalid[i], SC_PARSE_ERROR_INVALID);
      for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
        check_refused (lang, empty[i], SC_PARSE_ERROR_EMPTY);
      for (guint i = 0; i < G_N_ELEMENTS (too_large); i++)
        check_refused (lang, too_large[i], SC_PARSE_ERROR_RANGE);
    }
  check_refused (EN, NULL, SC_PARSE_ERROR_EMPTY);
  check_refused (EN, "\xff" "12", SC_PARSE_ERROR_INVALID);
  check_refused (FR, "12\xc3", SC_PARSE_ERROR_INVALID);
  check_refused (FR, "\xed\xa0\x80", SC_PARSE_ERROR_INVALID);   /* a UTF-16 surrogate */

  /* Flags may be NULL, and so may value. */
  g_assert_true (sc_parse_number (EN, "5 %", NULL, NULL, NULL));
  g_assert_false (sc_parse_number (EN, "5 %%", NULL, NULL, NULL));
}

static void
test_number_messages (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *long_text = g_strnfill (300, '7');
  g_autofree char *quoted = NULL;

  g_assert_false (sc_parse_number (EN, "12abc", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "“12abc” is not a number. Type for example 1,234.56 or 1234.56.");
  g_clear_error (&error);

  g_assert_false (sc_parse_number (EN, "  12abc\t", NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "“12abc”"));
  g_clear_error (&error);

  g_assert_false (sc_parse_number (EN, "1,23,4", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "“1,23,4” is not a number: digits are grouped by three, as in 1,234,567.");
  g_clear_error (&error);

  g_assert_false (sc_parse_number (EN, "", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Type a number, for example 1,234.56 or 1234.56.");
  g_clear_error (&error);

  g_assert_false (sc_parse_number (EN, "99999999999999", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "“99999999999999” is too large: numbers go up to 10,000,000,000,000.");
  g_clear_error (&error);

  g_assert_false (sc_parse_number (EN, "\xff\xfe", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "The text contains invalid characters.");
  g_clear_error (&error);

  /* Long text is quoted by its first 40 characters. */
  g_assert_false (sc_parse_number (EN, long_text, NULL, NULL, &error));
  g_assert_error (error, SC_PARSE_ERROR, SC_PARSE_ERROR_INVALID);
  quoted = g_strconcat ("“", long_text + 260, "…”", NULL);
  g_assert_nonnull (strstr (error->message, quoted));
  g_clear_error (&error);

  /* Multi-byte characters are cut whole, control characters blanked. */
  {
    g_autoptr(GString) accents = g_string_new (NULL);
    g_autofree char *expected = NULL;

    for (guint i = 0; i < 45; i++)
      g_string_append (accents, "é");
    g_assert_false (sc_parse_number (EN, accents->str, NULL, NULL, &error));
    g_assert_true (g_utf8_validate (error->message, -1, NULL));
    g_string_truncate (accents, 40 * strlen ("é"));
    expected = g_strconcat ("“", accents->str, "…”", NULL);
    g_assert_nonnull (strstr (error->message, expected));
    g_clear_error (&error);
  }
  g_assert_false (sc_parse_number (EN, "1\n2", NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "“1 2”"));
}

/* Ratios -------------------------------------------------------------------- */

static void
test_ratio (void)
{
  static const struct
  {
    ScLang      lang;
    const char *text;
    double      numerator;
    double      denominator;
  } accepted[] = {
    { EN, "3 / 11", 3, 11 },
    { FR, "3/11", 3, 11 },
    { FR, "3 sur 11", 3, 11 },
    { EN, "3 of 11", 3, 11 },
    { EN, "3 SUR 11", 3, 11 },
    { FR, "3 Of 11", 3, 11 },
    { FR, " 3" NB "/" NB "11 ", 3, 11 },
    { EN, "0/0", 0, 0 },
    { EN, "0 / 5", 0, 5 },
    { EN, "12 / 5", 12, 5 },
    { FR, "2,5 / 10", 2.5, 10 },
    { EN, "1,5/3", 1.5, 3 },
    { EN, "1,500 / 3,000", 1500, 3000 },
    { FR, "1 234 / 2 000", 1234, 2000 },
    { FR, "+3 / +4", 3, 4 },
    { EN, "1.5k / 2k", 1500, 2000 },
  };
  static const struct
  {
    const char   *text;
    ScParseError  code;
  } refused[] = {
    { "3 / 0", SC_PARSE_ERROR_INVALID },
    { "-3 / 11", SC_PARSE_ERROR_INVALID },
    { "3 / -11", SC_PARSE_ERROR_INVALID },
    { "3", SC_PARSE_ERROR_INVALID },
    { "3 /", SC_PARSE_ERROR_INVALID },
    { "/ 11", SC_PARSE_ERROR_INVALID },
    { "3 // 11", SC_PARSE_ERROR_INVALID },
    { "3/11/12", SC_PARSE_ERROR_INVALID },
    { "3 sur 11 sur 12", SC_PARSE_ERROR_INVALID },
    { "3 sur 11 / 2", SC_PARSE_ERROR_INVALID },
    { "3sur11", SC_PARSE_ERROR_INVALID },
    { "3 sur11", SC_PARSE_ERROR_INVALID },
    { "3 % / 11", SC_PARSE_ERROR_INVALID },
    { "$3 / 11", SC_PARSE_ERROR_INVALID },
    { "abc", SC_PARSE_ERROR_INVALID },
    { "3 of", SC_PARSE_ERROR_INVALID },
    { "sur 3", SC_PARSE_ERROR_INVALID },
    { "3 : 11", SC_PARSE_ERROR_INVALID },
    { "\xff/1", SC_PARSE_ERROR_INVALID },
    { "", SC_PARSE_ERROR_EMPTY },
    { "  ", SC_PARSE_ERROR_EMPTY },
    { NULL, SC_PARSE_ERROR_EMPTY },
    { "1 / 99999999999999", SC_PARSE_ERROR_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      double a = -1, b = -1;

      g_assert_true (sc_parse_ratio (accepted[i].lang, accepted[i].text, &a, &b, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (a, ==, accepted[i].numerator);
      g_assert_cmpfloat (b, ==, accepted[i].denominator);
    }

  for (ScLang lang = EN; lang <= FR; lang++)
    for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
      {
        g_autoptr(GError) error = NULL;
        double a = -1, b = -1;

        if (sc_parse_ratio (lang, refused[i].text, &a, &b, &error))
          g_error ("ratio “%s” accepted", refused[i].text);
        g_assert_error (error, SC_PARSE_ERROR, (int) refused[i].code);
        g_assert_cmpfloat (a, ==, -1);
        g_assert_cmpfloat (b, ==, -1);
      }
}

static void
test_ratio_messages (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sc_parse_ratio (EN, "3 / 0", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "“3 / 0”: the second number of a ratio cannot be zero.");
  g_clear_error (&error);
  g_assert_false (sc_parse_ratio (EN, "-3 / 11", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "“-3 / 11”: the numbers of a ratio cannot be negative.");
  g_clear_error (&error);
  g_assert_false (sc_parse_ratio (EN, "3 11", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "“3 11” is not a ratio. Type two numbers separated by a slash, "
                   "for example 3 / 11.");
  g_clear_error (&error);
  g_assert_false (sc_parse_ratio (EN, "", NULL, NULL, &error));
  g_assert_cmpstr (error->message, ==, "Type a ratio, for example 3 / 11.");
}

/* Dates --------------------------------------------------------------------- */

typedef struct
{
  const char *text;
  const char *expected;   /* ISO, or NULL when refused */
  ScParseError code;
} DateCase;

static void
check_date_cases (ScLang          lang,
                  ScDay           today,
                  const DateCase *cases,
                  guint           n_cases)
{
  for (guint i = 0; i < n_cases; i++)
    {
      g_autoptr(GError) error = NULL;
      ScDay result = 42;
      char buf[11];

      if (cases[i].expected != NULL)
        {
          if (!sc_parse_date (lang, cases[i].text, today, &result, &error))
            g_error ("date “%s” refused: %s", cases[i].text, error->message);
          g_assert_cmpstr (sc_day_to_iso (result, buf), ==, cases[i].expected);
        }
      else
        {
          if (sc_parse_date (lang, cases[i].text, today, &result, &error))
            g_error ("date “%s” accepted as %s", cases[i].text, sc_day_to_iso (result, buf));
          g_assert_error (error, SC_PARSE_ERROR, (int) cases[i].code);
          g_assert_cmpuint (result, ==, 42);
        }
    }
}

#define REFUSED(text, code) { text, NULL, SC_PARSE_ERROR_ ## code }

static void
test_date (void)
{
  /* Thursday 1 May 2025. */
  static const DateCase cases[] = {
    { "2025-05-02", "2025-05-02" }, { "2025-5-2", "2025-05-02" },
    { "  2025-05-02 ", "2025-05-02" }, { "1999-12-31", "1999-12-31" },
    { "2024-02-29", "2024-02-29" },
    REFUSED ("2025-02-29", INVALID), REFUSED ("2025-13-01", INVALID),
    REFUSED ("2025-05", INVALID), REFUSED ("2025-05-02-", INVALID),
    REFUSED ("12025-05-02", INVALID), REFUSED ("2025-005-02", INVALID),
    REFUSED ("2025-05-02 10:00", INVALID), REFUSED ("0000-01-01", INVALID),
    { "today", "2025-05-01" }, { "Aujourd'hui", "2025-05-01" },
    { "aujourd\xe2\x80\x99hui", "2025-05-01" }, { "AUJOURD'HUI", "2025-05-01" },
    { "demain", "2025-05-02" }, { "Tomorrow", "2025-05-02" },
    { "hier", "2025-04-30" }, { "yesterday", "2025-04-30" },
    { "+7", "2025-05-08" }, { "+0", "2025-05-01" }, { "+ 7", "2025-05-08" },
    { "+2w", "2025-05-15" }, { "+2s", "2025-05-15" }, { "+2 W", "2025-05-15" },
    { "+3d", "2025-05-04" }, { "+3 j", "2025-05-04" }, { "-3", "2025-04-28" },
    { MINUS "3", "2025-04-28" }, { "+31", "2025-06-01" }, { "+365", "2026-05-01" },
    { "+36600", "2125-07-16" },
    REFUSED ("+36601", RANGE), REFUSED ("+999999", RANGE), REFUSED ("+5230w", RANGE),
    REFUSED ("+9999999", INVALID), REFUSED ("+x", INVALID), REFUSED ("+", INVALID),
    REFUSED ("+7x", INVALID), REFUSED ("+2 sem", INVALID), REFUSED ("++7", INVALID),
    REFUSED ("+7 d d", INVALID), REFUSED ("+-7", INVALID),
    { "vendredi", "2025-05-02" }, { "friday", "2025-05-02" }, { "Fri", "2025-05-02" },
    { "ven.", "2025-05-02" }, { "jeudi", "2025-05-08" }, { "thursday", "2025-05-08" },
    { "thurs", "2025-05-08" }, { "lundi", "2025-05-05" }, { "Mon", "2025-05-05" },
    { "mercredi", "2025-05-07" }, { "Dimanche", "2025-05-04" }, { "sun", "2025-05-04" },
    { "MARDI", "2025-05-06" }, { "mar", "2025-05-06" }, { "tues", "2025-05-06" },
    { "sam.", "2025-05-03" }, { "Saturday", "2025-05-03" },
    { "2 mai", "2025-05-02" }, { "May 2", "2025-05-02" }, { "2 MAI", "2025-05-02" },
    { "mai 2", "2025-05-02" }, { "2 mai 2026", "2026-05-02" }, { "May 2, 2026", "2026-05-02" },
    { "1er mai", "2025-05-01" }, { "May 1st", "2025-05-01" }, { "2nd May", "2025-05-02" },
    { "3 févr.", "2025-02-03" }, { "3 fevrier", "2025-02-03" }, { "3 Février", "2025-02-03" },
    { "3 FÉVR.", "2025-02-03" }, { "3 fév", "2025-02-03" }, { "Feb 3", "2025-02-03" },
    { "31 décembre 2025", "2025-12-31" }, { "31 DÉCEMBRE", "2025-12-31" },
    { "15 août", "2025-08-15" }, { "15 aout", "2025-08-15" }, { "Aug 15", "2025-08-15" },
    { "4 juill.", "2025-07-04" }, { "4 juil", "2025-07-04" }, { "July 4", "2025-07-04" },
    { "Sept 4", "2025-09-04" }, { "4 sept.", "2025-09-04" }, { "4 septembre", "2025-09-04" },
    { "mar 4", "2025-03-04" }, { "4 mar", "2025-03-04" }, { "4 mars", "2025-03-04" },
    { "1 janv.", "2025-01-01" }, { "January 1", "2025-01-01" }, { "avr. 30", "2025-04-30" },
    { "oct 10", "2025-10-10" }, { "10 nov.", "2025-11-10" }, { "juin 21", "2025-06-21" },
    { "June 21", "2025-06-21" }, { "Apr 1", "2025-04-01" },
    { "mardi 4 mars 2025", "2025-03-04" }, { "Tuesday, March 4, 2025", "2025-03-04" },
    { "mar. 4 mars 2025", "2025-03-04" }, { "samedi 1er mars 2025", "2025-03-01" },
    { "Saturday, March 1, 2025", "2025-03-01" }, { "tue mar 4 2025", "2025-03-04" },
    { "29 février 2024", "2024-02-29" }, { "1 janvier 0001", "0001-01-01" },
    REFUSED ("lundi 4 mars 2025", INVALID), REFUSED ("31 février", INVALID),
    REFUSED ("29 février", INVALID), REFUSED ("31 avril", INVALID),
    REFUSED ("0 mai", INVALID), REFUSED ("32 mai", INVALID), REFUSED ("123 mai", INVALID),
    REFUSED ("2 mai 25", INVALID), REFUSED ("2 mai 20255", INVALID), REFUSED ("mai", INVALID),
    REFUSED ("2", INVALID), REFUSED ("2 3", INVALID), REFUSED ("mai juin", INVALID),
    REFUSED ("2 foo", INVALID), REFUSED ("vendredi prochain", INVALID),
    REFUSED ("2 mai 2025 2026", INVALID), REFUSED ("2/5", INVALID), REFUSED ("2.5", INVALID),
    REFUSED ("2025.05.02", INVALID), REFUSED ("1er", INVALID), REFUSED ("2 mai 2025er", INVALID),
    REFUSED ("2xx mai", INVALID), REFUSED ("mai 2 2025 lundi", INVALID),
    REFUSED ("vendredi vendredi", INVALID), REFUSED ("today tomorrow", INVALID),
    REFUSED ("2 mai mai", INVALID), REFUSED ("unmotbeaucouptroplongpourunmois 2", INVALID),
    REFUSED ("\xd9\xa2 \xd9\x85\xd8\xa7\xd9\x8a\xd9\x88", INVALID),
    REFUSED ("2 ma\xc3\x9f", INVALID),
    REFUSED ("1 2 3 4 5 6 7", INVALID), REFUSED ("lundi!", INVALID), REFUSED ("\xff", INVALID),
    REFUSED ("", EMPTY), REFUSED ("   ", EMPTY), REFUSED (NULL, EMPTY),
  };

  check_date_cases (FR, sc_day_from_ymd (2025, 5, 1), cases, G_N_ELEMENTS (cases));
  check_date_cases (EN, sc_day_from_ymd (2025, 5, 1), cases, G_N_ELEMENTS (cases));
}

static void
test_date_edges (void)
{
  static const DateCase year_end[] = {
    { "demain", "2026-01-01" }, { "+1w", "2026-01-07" }, { "2 janv.", "2025-01-02" },
    { "mercredi", "2026-01-07" }, { "jeudi", "2026-01-01" },
  };
  static const DateCase far_end[] = {
    REFUSED ("+1", RANGE), REFUSED ("tomorrow", RANGE),
    REFUSED ("friday", RANGE),
  };
  g_autoptr(GError) error = NULL;
  ScDay result = SC_DAY_NONE;
  ScDay today = sc_day_today ();

  /* Wednesday 31 December 2025. */
  check_date_cases (FR, sc_day_from_ymd (2025, 12, 31), year_end, G_N_ELEMENTS (year_end));

  /* The last day GDate knows. */
  check_date_cases (EN, sc_day_from_ymd (65535, 12, 31), far_end, G_N_ELEMENTS (far_end));
  g_assert_true (sc_parse_date (EN, "hier", sc_day_from_ymd (65535, 12, 31), &result, NULL));
  g_assert_cmpuint (result, ==, sc_day_from_ymd (65535, 12, 30));
  g_assert_false (sc_parse_date (EN, "hier", 1, &result, &error));
  g_assert_error (error, SC_PARSE_ERROR, SC_PARSE_ERROR_RANGE);
  g_clear_error (&error);

  /* SC_DAY_NONE is today. */
  g_assert_true (sc_parse_date (EN, "today", SC_DAY_NONE, &result, NULL));
  g_assert_true (result == today || result == today + 1);
  g_assert_true (sc_parse_date (EN, "2025-05-02", SC_DAY_NONE, NULL, NULL));
}

static void
test_date_messages (void)
{
  g_autoptr(GError) error = NULL;
  ScDay today = sc_day_from_ymd (2025, 5, 1);

  g_assert_false (sc_parse_date (EN, "31 février", today, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "“31 février” is not a day of the calendar: that month has fewer days.");
  g_clear_error (&error);
  g_assert_false (sc_parse_date (EN, "lundi 4 mars 2025", today, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "“lundi 4 mars 2025”: the day of the week does not match the date.");
  g_clear_error (&error);
  g_assert_false (sc_parse_date (EN, "+99999", today, NULL, &error));
  g_assert_cmpstr (error->message, ==, "“+99999” is too far from today.");
  g_clear_error (&error);
  g_assert_false (sc_parse_date (EN, "next friday", today, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "“next friday” is not a date. Type for example 2025-05-02, May 2, Friday "
                   "or +7.");
  g_clear_error (&error);
  g_assert_false (sc_parse_date (EN, " ", today, NULL, &error));
  g_assert_cmpstr (error->message, ==,
                   "Type a date, for example 2025-05-02, May 2, Friday or +7.");
}

/* The messages follow the interface language: French through gettext, run
 * in a child so that the parent's locale stays as it is. */
static void
test_messages_french (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      g_setenv ("LANGUAGE", "fr", TRUE);
      setlocale (LC_ALL, "C.UTF-8");
      bindtextdomain (GETTEXT_PACKAGE, sc_l10n_get_localedir ());
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
      textdomain (GETTEXT_PACKAGE);

      g_assert_false (sc_parse_number (FR, "12abc", NULL, NULL, &error));
      g_assert_cmpstr (error->message, ==,
                       "«" NB "12abc" NB "» n’est pas un nombre. Saisissez par exemple 1" NB
                       "234,56 ou 1234,56.");
      g_clear_error (&error);
      g_assert_false (sc_parse_ratio (FR, "3 / 0", NULL, NULL, &error));
      g_assert_cmpstr (error->message, ==,
                       "«" NB "3 / 0" NB "»" NB ": le second nombre d’un ratio ne peut pas "
                       "être zéro.");
      g_clear_error (&error);
      g_assert_false (sc_parse_date (FR, "31 février", sc_day_from_ymd (2025, 5, 1), NULL,
                                     &error));
      g_assert_cmpstr (error->message, ==,
                       "«" NB "31 février" NB "» n’est pas un jour du calendrier" NB
                       ": ce mois compte moins de jours.");
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* Round trips ---------------------------------------------------------------- */

/* Magnitudes from 10^-3 to 10^12, both signs. */
static double
random_value (GRand  *rand,
              double  min_exponent,
              double  max_exponent)
{
  double magnitude = pow (10, g_rand_double_range (rand, min_exponent, max_exponent));

  return g_rand_boolean (rand) ? -magnitude : magnitude;
}

static double
parse_or_die (ScLang         lang,
              const char    *text,
              ScParsedFlags  expected_flags)
{
  g_autoptr(GError) error = NULL;
  ScParsedFlags flags;
  double value;

  if (!sc_parse_number (lang, text, &value, &flags, &error))
    g_error ("“%s” (%s) refused: %s", text, sc_lang_to_code (lang), error->message);
  g_assert_cmpint (flags, ==, expected_flags);
  return value;
}

static void
test_round_trip_numbers (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250301);

  for (guint i = 0; i < 4000; i++)
    {
      ScLang lang = i % 2 ? FR : EN;
      int decimals = g_rand_int_range (rand, 0, 5);
      double v = random_value (rand, -3, 12.9);
      g_autofree char *text = sc_format_number (lang, v, decimals);
      g_autofree char *percent = sc_format_percent (lang, v / 1e9, 1);
      g_autofree char *again = NULL;
      g_autofree char *percent_again = NULL;
      double parsed = parse_or_die (lang, text, SC_PARSED_PLAIN);

      g_assert_cmpfloat (fabs (parsed - v), <=, 0.5 * pow (10, -decimals) + fabs (v) * 1e-14);
      again = sc_format_number (lang, parsed, decimals);
      g_assert_cmpstr (again, ==, text);

      parsed = parse_or_die (lang, percent, SC_PARSED_PERCENT);
      g_assert_cmpfloat (fabs (parsed - v / 1e9), <=, 0.05 + fabs (v / 1e9) * 1e-14);
      percent_again = sc_format_percent (lang, parsed, 1);
      g_assert_cmpstr (percent_again, ==, percent);
    }
}

static void
test_round_trip_money (void)
{
  static const char * const currencies[] = { "CAD", "USD", "EUR" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (4850000);

  for (guint i = 0; i < 3000; i++)
    {
      ScLang lang = i % 2 ? FR : EN;
      const char *currency = currencies[i % 3];
      gint64 cents = (gint64) random_value (rand, 0, 15);
      gint64 whole = (cents < 0 ? cents - 50 : cents + 50) / 100;
      g_autofree char *exact = sc_format_money (lang, currency, cents, SC_MONEY_CENTS);
      g_autofree char *rounded = sc_format_money (lang, currency, cents, SC_MONEY_WHOLE);
      g_autofree char *compact = sc_format_money (lang, currency, cents, SC_MONEY_COMPACT);
      double dollars = cents / 100.0;
      double scale = fabs (dollars) < 999.5 ? 1 : fabs (dollars) < 999500 ? 1e3 : 1e5;

      g_assert_cmpint (llround (parse_or_die (lang, exact, SC_PARSED_CURRENCY) * 100), ==,
                       cents);
      g_assert_cmpfloat (parse_or_die (lang, rounded, SC_PARSED_CURRENCY), ==, (double) whole);
      g_assert_cmpfloat (fabs (parse_or_die (lang, compact, SC_PARSED_CURRENCY) - dollars), <=,
                         scale / 2);
    }
}

/* Signed values (U+2212, "+") read back too. */
static void
test_round_trip_signed (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (22);

  for (guint i = 0; i < 2000; i++)
    {
      ScLang lang = i % 2 ? FR : EN;
      double v = random_value (rand, -2, 9);
      g_autofree char *count = sc_format_value (lang, SC_UNIT_COUNT, NULL, v, FALSE, TRUE);
      g_autofree char *money = sc_format_value (lang, SC_UNIT_CURRENCY, "CAD", v, FALSE, TRUE);
      g_autofree char *percent = sc_format_value (lang, SC_UNIT_PERCENT, NULL, v, FALSE, TRUE);

      g_assert_cmpfloat (fabs (parse_or_die (lang, count, SC_PARSED_PLAIN) - v), <=,
                         0.005 + fabs (v) * 1e-14);
      g_assert_cmpfloat (fabs (parse_or_die (lang, money, SC_PARSED_CURRENCY) - v), <=,
                         0.005 + fabs (v) * 1e-14);
      g_assert_cmpfloat (fabs (parse_or_die (lang, percent, SC_PARSED_PERCENT) - v), <=,
                         0.05 + fabs (v) * 1e-14);
    }
}

/* Every long date the formatter writes reads back, in both languages. */
static void
test_round_trip_dates (void)
{
  ScDay today = sc_day_from_ymd (2025, 5, 1);

  for (ScDay day = sc_day_from_ymd (2024, 1, 1); day <= sc_day_from_ymd (2026, 12, 31); day++)
    for (ScLang lang = EN; lang <= FR; lang++)
      {
        g_autofree char *plain = sc_format_date_long (lang, day, FALSE);
        g_autofree char *weekday = sc_format_date_long (lang, day, TRUE);
        g_autofree char *iso = sc_format_date_iso (day);
        ScDay a = 0, b = 0, c = 0;

        g_assert_true (sc_parse_date (lang, plain, today, &a, NULL));
        g_assert_true (sc_parse_date (lang, weekday, today, &b, NULL));
        g_assert_true (sc_parse_date (lang == EN ? FR : EN, iso, today, &c, NULL));
        g_assert_cmpuint (a, ==, day);
        g_assert_cmpuint (b, ==, day);
        g_assert_cmpuint (c, ==, day);
      }
}

/* Random text --------------------------------------------------------------- */

static void
check_outcome (gboolean  ok,
               GError   *error)
{
  if (ok)
    {
      g_assert_no_error (error);
      return;
    }
  g_assert_nonnull (error);
  g_assert_true (error->domain == SC_PARSE_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
}

static char *
random_text (GRand *rand)
{
  static const char * const pieces[] = {
    "0", "1", "2", "7", "9", " ", NB, NNB, THIN, ",", ".", "-", "+", MINUS, "$", "€", "%", "k",
    "M", "US", "CAD", "/", " sur ", " of ", "é", "mai", "févr", "lundi", "er", "'", "’", "\t",
    "\n", "\xff", "\xc3", "\xe2\x88", "\x80", "2025-", "e", "x", "…", "\xf0\x9f\x98\x80",
    "aujourd", "hui", "w", "s", "d", "j", "(", "0x", "inf", "nan",
  };
  GString *text = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 24);

  for (guint i = 0; i < n; i++)
    {
      if (g_rand_int_range (rand, 0, 10) == 0)
        g_string_append_c (text, (char) g_rand_int_range (rand, 1, 256));
      else
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
    }
  return g_string_free (text, FALSE);
}

static void
test_random_text (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1234);
  ScDay today = sc_day_from_ymd (2025, 5, 1);

  for (guint i = 0; i < 30000; i++)
    {
      g_autofree char *text = random_text (rand);
      ScLang lang = i % 2 ? FR : EN;
      GError *error = NULL;
      double value = 0, denominator = 0;
      ScDay day = SC_DAY_NONE;
      gboolean ok;

      ok = sc_parse_number (lang, text, &value, NULL, &error);
      check_outcome (ok, error);
      g_assert_true (!ok || (isfinite (value) && fabs (value) <= 1e13));
      g_clear_error (&error);

      ok = sc_parse_ratio (lang, text, &value, &denominator, &error);
      check_outcome (ok, error);
      g_assert_true (!ok || (value >= 0 && denominator >= 0));
      g_clear_error (&error);

      ok = sc_parse_date (lang, text, today, &day, &error);
      check_outcome (ok, error);
      g_assert_true (!ok || sc_day_valid (day));
      g_clear_error (&error);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parse/number/both-languages", test_number_both);
  g_test_add_func ("/parse/number/ambiguous-comma", test_number_ambiguous);
  g_test_add_func ("/parse/number/refused", test_number_refused);
  g_test_add_func ("/parse/number/messages", test_number_messages);
  g_test_add_func ("/parse/ratio/values", test_ratio);
  g_test_add_func ("/parse/ratio/messages", test_ratio_messages);
  g_test_add_func ("/parse/date/values", test_date);
  g_test_add_func ("/parse/date/edges", test_date_edges);
  g_test_add_func ("/parse/date/messages", test_date_messages);
  g_test_add_func ("/parse/messages/french", test_messages_french);
  g_test_add_func ("/parse/round-trip/numbers", test_round_trip_numbers);
  g_test_add_func ("/parse/round-trip/money", test_round_trip_money);
  g_test_add_func ("/parse/round-trip/signed", test_round_trip_signed);
  g_test_add_func ("/parse/round-trip/dates", test_round_trip_dates);
  g_test_add_func ("/parse/random-text", test_random_text);

  return g_test_run ();
}
