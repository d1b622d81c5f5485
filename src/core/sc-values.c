/* sc-values.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-values"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-parse.h"
#include "sc-values.h"

G_DEFINE_QUARK (sc-values-error-quark, sc_values_error)

/* Beyond this, a weekly figure is a typing accident, not a sale. */
#define MAX_AMOUNT 1e12

static gboolean
invalid (GError     **error,
         const char  *message)
{
  g_set_error_literal (error, SC_VALUES_ERROR, SC_VALUES_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
parse_ratio (ScKpi       *kpi,
             ScLang       lang,
             const char  *text,
             gint64      *value,
             gint64      *den,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  double num, d;

  if (!sc_parse_ratio (lang, text, &num, &d, &local_error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s and %s name the two figures, e.g. "won" and "decided". */
      message = g_strdup_printf (_("Type the two figures, for example 3 / 11 (%s / %s)."),
                                 sc_kpi_get_num_label (kpi, sc_l10n_ui_lang ()),
                                 sc_kpi_get_den_label (kpi, sc_l10n_ui_lang ()));
      return invalid (error, message);
    }
  if (num > MAX_AMOUNT || d > MAX_AMOUNT)
    return invalid (error, _("This figure is too large."));
  *value = sc_amount_from_double (num);
  *den = sc_amount_from_double (d);
  /* Figures are kept to the hundredth: 0.1 / 0.002 would be stored as
   * 0.1 / 0, a ratio that cannot be computed (found by fuzz-values). */
  if (*den == 0 && *value != 0)
    return invalid (error, _("The second figure is too small: it must be at least one hundredth."));
  return TRUE;
}

gboolean
sc_values_parse (ScKpi       *kpi,
                 ScLang       lang,
                 const char  *text,
                 gint64      *value,
                 gint64      *den,
                 gboolean    *empty,
                 GError     **error)
{
  ScParsedFlags flags = 0;
  ScUnit unit;
  double number;

  g_return_val_if_fail (SC_IS_KPI (kpi), FALSE);

  *empty = is_blank (text);
  *den = -1;
  *value = 0;
  if (*empty)
    return TRUE;

  if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_RATIO)
    return parse_ratio (kpi, lang, text, value, den, error);

  if (!sc_parse_number (lang, text, &number, &flags, error))
    return FALSE;

  unit = sc_kpi_get_unit (kpi);
  if ((flags & SC_PARSED_PERCENT) && unit != SC_UNIT_PERCENT)
    return invalid (error, _("This indicator is not a percentage: type the figure without %."));
  if ((flags & SC_PARSED_CURRENCY) && unit != SC_UNIT_CURRENCY)
    return invalid (error, _("This indicator is not an amount of money: type the figure "
                             "without a currency sign."));
  if (fabs (number) > MAX_AMOUNT)
    return invalid (error, _("This figure is too large."));
  if (number < 0 && (unit == SC_UNIT_COUNT || unit == SC_UNIT_DAYS))
    return invalid (error, _("This figure cannot be negative."));
  if (unit == SC_UNIT_COUNT && number != floor (number))
    return invalid (error, _("This indicator counts whole things: type a whole number."));

  *value = sc_amount_from_double (number);
  return TRUE;
}

/* Up to two decimals, no unit: the shape the parser reads back. */
static char *
plain (ScLang lang,
       gint64 amount)
{
  return sc_format_value (lang, SC_UNIT_NUMBER, NULL, sc_amount_to_double (amount), FALSE, FALSE);
}

char *
sc_values_dup_edit_text (ScKpi      *kpi,
                         ScLang      lang,
                         ScKpiValue *value)
{
  ScRecord *v = SC_RECORD (value);

  g_return_val_if_fail (SC_IS_KPI (kpi), NULL);

  if (value == NULL)
    return g_strdup ("");

  if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_RATIO)
    {
      g_autofree char *num = plain (lang, sc_record_get_int (v, SC_VALUE_VALUE));
      g_autofree char *den = plain (lang, sc_record_get_int (v, SC_VALUE_DEN));

      return g_strdup_printf ("%s / %s", num, den);
    }
  return plain (lang, sc_record_get_int (v, SC_VALUE_VALUE));
}

static ScRecord *
find_value (ScStore *store,
            ScKpi   *kpi,
            ScDay    period)
{
  return SC_RECORD (sc_store_get_value (store, sc_record_get_id (SC_RECORD (kpi)), period));
}

static char *
now_stamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format_iso8601 (now);
}

gboolean
sc_values_set_text (ScStore     *store,
                    ScKpi       *kpi,
                    ScDay        period,
                    ScLang       lang,
                    const char  *text,
                    GError     **error)
{
  g_autoptr(ScRecord) record = NULL;
  g_autofree char *stamp = NULL;
  gint64 value, den;
  gboolean empty;
  ScChange *change;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_KPI (kpi), FALSE);

  if (!sc_values_parse (kpi, lang, text, &value, &den, &empty, error))
    return FALSE;

  record = find_value (store, kpi, period);
  if (empty)
    {
      if (record == NULL)
        return TRUE;
      change = sc_store_begin (store, _("Clear a figure"), error);
      if (change == NULL)
        return FALSE;
      if (!sc_change_delete (change, &sc_value_table, sc_record_get_id (record), error))
        {
          sc_store_rollback (store, change);
          return FALSE;
        }
      return sc_store_commit (store, change, error);
    }

  if (record == NULL)
    {
      record = sc_record_new (SC_TYPE_KPI_VALUE);
      sc_record_set_ref (record, SC_VALUE_KPI_ID, sc_record_get_id (SC_RECORD (kpi)));
      sc_record_set_date (record, SC_VALUE_PERIOD, period);
    }
  else if (sc_record_get_int (record, SC_VALUE_VALUE) == value &&
           (den < 0 ? sc_record_is_null (record, SC_VALUE_DEN)
                    : sc_record_get_int (record, SC_VALUE_DEN) == den))
    return TRUE;

  sc_record_set_int (record, SC_VALUE_VALUE, value);
  if (den >= 0)
    sc_record_set_int (record, SC_VALUE_DEN, den);
  else
    sc_record_set_null (record, SC_VALUE_DEN);
  stamp = now_stamp ();
  sc_record_set_text (record, SC_VALUE_UPDATED, stamp);
  return sc_store_put (store, _("Enter a figure"), record, error);
}

gboolean
sc_values_set_details (ScStore     *store,
                       ScKpi       *kpi,
                       ScDay        period,
                       const char  *note,
                       gboolean     provisional,
                       GError     **error)
{
  g_autoptr(ScRecord) record = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_KPI (kpi), FALSE);

  record = find_value (store, kpi, period);
  if (record == NULL)
    return invalid (error, _("Type the figure first, then its note."));

  sc_record_set_text (record, SC_VALUE_NOTE, note);
  sc_record_set_bool (record, SC_VALUE_PROVISIONAL, provisional);
  return sc_store_put (store, _("Edit a figure's note"), record, error);
}
