/* sc-parse-checks.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sc-parse-checks.h"
#include "sc-parse.h"
#include "sc-values.h"

/* What the date parser counts from: the sample company's today. */
#define TODAY_ISO "2025-09-26"

static void
refused (ScParseChecks *checks,
         GError        *error)
{
  g_assert_nonnull (error);
  g_assert_nonnull (error->message);
  g_assert_cmpuint (strlen (error->message), >, 10);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  checks->refused++;
}

void
sc_parse_checks_number (ScParseChecks *checks,
                        ScLang         lang,
                        const char    *text)
{
  g_autoptr(GError) error = NULL;
  ScParsedFlags flags = 0;
  double value = 0;

  if (!sc_parse_number (lang, text, &value, &flags, &error))
    return refused (checks, error);
  g_assert_true (isfinite (value));
  g_assert_cmpfloat (fabs (value), <=, 1e13);
  checks->accepted++;
}

void
sc_parse_checks_ratio (ScParseChecks *checks,
                       ScLang         lang,
                       const char    *text)
{
  g_autoptr(GError) error = NULL;
  double num = 0, den = 0;

  if (!sc_parse_ratio (lang, text, &num, &den, &error))
    return refused (checks, error);
  g_assert_true (isfinite (num) && isfinite (den));
  g_assert_cmpfloat (num, >=, 0);
  g_assert_true (den > 0 || num == 0);
  checks->accepted++;
}

void
sc_parse_checks_date (ScParseChecks *checks,
                      ScLang         lang,
                      const char    *text)
{
  g_autoptr(GError) error = NULL;
  ScDay day = SC_DAY_NONE;

  if (!sc_parse_date (lang, text, sc_day_from_iso (TODAY_ISO), &day, &error))
    return refused (checks, error);
  g_assert_true (sc_day_valid (day));
  checks->accepted++;
}

/* A stored figure must read back the same from the text an entry shows
 * to edit it. */
static void
check_edit_text (ScKpi      *kpi,
                 ScLang      lang,
                 const char *text,
                 gint64      value,
                 gint64      den)
{
  g_autoptr(ScRecord) stored = sc_record_new (SC_TYPE_KPI_VALUE);
  g_autoptr(GError) error = NULL;
  g_autofree char *edit = NULL;
  gint64 again = 0, again_den = 0;
  gboolean empty = FALSE;

  sc_record_set_int (stored, SC_VALUE_VALUE, value);
  sc_record_set_int (stored, SC_VALUE_DEN, den);
  edit = sc_values_dup_edit_text (kpi, lang, SC_KPI_VALUE (stored));
  if (!sc_values_parse (kpi, lang, edit, &again, &again_den, &empty, &error))
    {
      /* abort (), not g_error (): libFuzzer keeps the input on SIGABRT. */
      g_printerr ("“%s” stored as %" G_GINT64_FORMAT " / %" G_GINT64_FORMAT
                  " reads back as “%s”: %s\n", text, value, den, edit, error->message);
      abort ();
    }
  g_assert_false (empty);
  g_assert_cmpint (again, ==, value);
  g_assert_cmpint (again_den, ==, den);
}

void
sc_parse_checks_figure (ScParseChecks *checks,
                        ScLang         lang,
                        const char    *text)
{
  for (guint k = 0; k < checks->kpis->len; k++)
    {
      ScKpi *kpi = g_ptr_array_index (checks->kpis, k);
      g_autoptr(GError) error = NULL;
      gint64 value = 0, den = 0;
      gboolean empty = FALSE;

      if (!sc_values_parse (kpi, lang, text, &value, &den, &empty, &error))
        {
          refused (checks, error);
          continue;
        }
      checks->accepted++;
      if (!empty)
        check_edit_text (kpi, lang, text, value, den);
    }
}

void
sc_parse_checks_all (ScParseChecks *checks,
                     const char    *text)
{
  for (ScLang lang = SC_LANG_EN; lang <= SC_LANG_FR; lang++)
    {
      sc_parse_checks_number (checks, lang, text);
      sc_parse_checks_ratio (checks, lang, text);
      sc_parse_checks_date (checks, lang, text);
      sc_parse_checks_figure (checks, lang, text);
    }
}

void
sc_parse_checks_init (ScParseChecks *checks)
{
  static const struct { ScUnit unit; ScRollup rollup; } kinds[] = {
    { SC_UNIT_CURRENCY, SC_ROLLUP_SUM }, { SC_UNIT_COUNT, SC_ROLLUP_SUM },
    { SC_UNIT_PERCENT, SC_ROLLUP_AVERAGE }, { SC_UNIT_DAYS, SC_ROLLUP_AVERAGE },
    { SC_UNIT_NUMBER, SC_ROLLUP_LAST }, { SC_UNIT_PERCENT, SC_ROLLUP_RATIO },
  };

  memset (checks, 0, sizeof *checks);
  checks->kpis = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      ScRecord *kpi = sc_record_new (SC_TYPE_KPI);

      sc_record_set_text (kpi, SC_KPI_NAME, "KPI");
      sc_record_set_int (kpi, SC_KPI_UNIT, kinds[i].unit);
      sc_record_set_int (kpi, SC_KPI_ROLLUP, kinds[i].rollup);
      sc_record_set_text (kpi, SC_KPI_NUM_LABEL, "won");
      sc_record_set_text (kpi, SC_KPI_DEN_LABEL, "decided");
      g_ptr_array_add (checks->kpis, kpi);
    }
}

void
sc_parse_checks_clear (ScParseChecks *checks)
{
  g_clear_pointer (&checks->kpis, g_ptr_array_unref);
}
