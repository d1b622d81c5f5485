/* sc-kpi.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-kpi"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-calendar.h"
#include "sc-format.h"
#include "sc-kpi.h"
#include "sc-l10n.h"

ScKpi *
sc_kpi_new_from_catalog (const ScCatalogEntry *entry)
{
  ScRecord *kpi = sc_record_new (SC_TYPE_KPI);

  g_return_val_if_fail (entry != NULL, NULL);

  sc_record_set_text (kpi, SC_KPI_CATALOG_KEY, entry->key);
  sc_record_set_int (kpi, SC_KPI_KIND, entry->kind);
  sc_record_set_int (kpi, SC_KPI_UNIT, entry->unit);
  sc_record_set_int (kpi, SC_KPI_DIRECTION, entry->direction);
  sc_record_set_int (kpi, SC_KPI_FREQUENCY, entry->frequency);
  sc_record_set_int (kpi, SC_KPI_ROLLUP, entry->rollup);
  sc_record_set_int (kpi, SC_KPI_ROLLING_WEEKS, entry->rolling_weeks);
  sc_record_set_int (kpi, SC_KPI_TOLERANCE, entry->tolerance);
  sc_record_set_date (kpi, SC_KPI_CREATED, sc_day_today ());

  return SC_KPI (kpi);
}

const ScCatalogEntry *
sc_kpi_get_catalog_entry (ScKpi *kpi)
{
  g_return_val_if_fail (SC_IS_KPI (kpi), NULL);

  return sc_kpi_catalog_lookup (sc_record_get_text (SC_RECORD (kpi), SC_KPI_CATALOG_KEY));
}

/* The owner's text when there is some, else the catalogue's msgid in lang. */
static const char *
own_or_catalog (ScKpi       *kpi,
                guint        column,
                const char  *catalog_msgid,
                ScLang       lang)
{
  const char *own = sc_record_get_text (SC_RECORD (kpi), column);

  if (*own != '\0' || catalog_msgid == NULL)
    return own;
  return sc_l10n_gettext (lang, catalog_msgid);
}

const char *
sc_kpi_get_name (ScKpi  *kpi,
                 ScLang  lang)
{
  const ScCatalogEntry *entry = sc_kpi_get_catalog_entry (kpi);

  return own_or_catalog (kpi, SC_KPI_NAME, entry ? entry->name : NULL, lang);
}

const char *
sc_kpi_get_definition (ScKpi  *kpi,
                       ScLang  lang)
{
  const ScCatalogEntry *entry = sc_kpi_get_catalog_entry (kpi);

  return own_or_catalog (kpi, SC_KPI_DEFINITION, entry ? entry->definition : NULL, lang);
}

const char *
sc_kpi_get_num_label (ScKpi  *kpi,
                      ScLang  lang)
{
  const ScCatalogEntry *entry = sc_kpi_get_catalog_entry (kpi);

  return own_or_catalog (kpi, SC_KPI_NUM_LABEL, entry ? entry->num_label : NULL, lang);
}

const char *
sc_kpi_get_den_label (ScKpi  *kpi,
                      ScLang  lang)
{
  const ScCatalogEntry *entry = sc_kpi_get_catalog_entry (kpi);

  return own_or_catalog (kpi, SC_KPI_DEN_LABEL, entry ? entry->den_label : NULL, lang);
}

gboolean
sc_kpi_is_active (ScKpi *kpi)
{
  return sc_record_is_null (SC_RECORD (kpi), SC_KPI_ARCHIVED);
}

ScUnit
sc_kpi_get_unit (ScKpi *kpi)
{
  return (ScUnit) sc_record_get_int (SC_RECORD (kpi), SC_KPI_UNIT);
}

ScRollup
sc_kpi_get_rollup (ScKpi *kpi)
{
  return (ScRollup) sc_record_get_int (SC_RECORD (kpi), SC_KPI_ROLLUP);
}

ScFrequency
sc_kpi_get_frequency (ScKpi *kpi)
{
  return (ScFrequency) sc_record_get_int (SC_RECORD (kpi), SC_KPI_FREQUENCY);
}

ScDirection
sc_kpi_get_direction (ScKpi *kpi)
{
  return (ScDirection) sc_record_get_int (SC_RECORD (kpi), SC_KPI_DIRECTION);
}

ScKpiKind
sc_kpi_get_kind (ScKpi *kpi)
{
  return (ScKpiKind) sc_record_get_int (SC_RECORD (kpi), SC_KPI_KIND);
}

double
sc_kpi_get_tolerance (ScKpi *kpi)
{
  return sc_record_get_int (SC_RECORD (kpi), SC_KPI_TOLERANCE) / 10000.0;
}

double
sc_amount_to_double (gint64 amount)
{
  return amount / (double) SC_SCALE;
}

gint64
sc_amount_from_double (double value)
{
  return (gint64) llround (value * SC_SCALE);
}

static void
count_active (GListModel *kpis,
              guint      *n,
              guint      *outcome,
              guint      *activity)
{
  *n = *outcome = *activity = 0;
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (kpis, i);

      if (!sc_kpi_is_active (kpi))
        continue;
      (*n)++;
      if (sc_kpi_get_kind (kpi) == SC_KPI_KIND_OUTCOME)
        (*outcome)++;
      else
        (*activity)++;
    }
}

char *
sc_kpi_dup_rule_advice (GListModel *kpis,
                        gboolean   *too_many)
{
  guint n, outcome, activity;

  g_return_val_if_fail (G_IS_LIST_MODEL (kpis), NULL);

  count_active (kpis, &n, &outcome, &activity);
  if (too_many != NULL)
    *too_many = n > 7;

  if (n > 7)
    return g_strdup_printf (ngettext ("%u indicators are active: too many to discuss in a "
                                      "30-minute meeting. Keep the 5 to 7 that matter most and "
                                      "drop the others (their history stays).",
                                      "%u indicators are active: too many to discuss in a "
                                      "30-minute meeting. Keep the 5 to 7 that matter most and "
                                      "drop the others (their history stays).", n), n);
  if (n == 0)
    return g_strdup (_("No indicators yet. Start with five to seven: a few outcome indicators "
                       "(sales, gross margin) and a few activity indicators (new opportunities, "
                       "quotes sent, follow-ups)."));
  if (outcome == 0)
    return g_strdup (_("All your indicators are activity indicators. Add an outcome indicator "
                       "such as sales or gross margin, to see whether the effort pays off."));
  if (activity == 0)
    return g_strdup (_("All your indicators are outcome indicators. Add an activity indicator "
                       "such as new opportunities or quotes sent: it moves before the results "
                       "do."));
  if (n < 5)
    return g_strdup_printf (ngettext ("Only %u indicator: five to seven give a fuller picture "
                                      "of sales and marketing.",
                                      "Only %u indicators: five to seven give a fuller picture "
                                      "of sales and marketing.", n), n);
  return NULL;
}

char *
sc_kpi_dup_add_warning (GListModel *kpis)
{
  guint n, outcome, activity;

  g_return_val_if_fail (G_IS_LIST_MODEL (kpis), NULL);

  count_active (kpis, &n, &outcome, &activity);
  if (n + 1 <= 7)
    return NULL;
  return g_strdup_printf (_("This would be indicator number %u. Too many indicators is a "
                            "pitfall: you drown in numbers, the weekly meeting runs long and "
                            "attention spreads thin. Consider dropping one first."), n + 1);
}

char *
sc_kpi_format_value (ScKpi      *kpi,
                     ScLang      lang,
                     const char *currency,
                     double      value,
                     gboolean    compact)
{
  g_return_val_if_fail (SC_IS_KPI (kpi), NULL);

  /* Tables and tiles count in thousands, as the accountant's reports do;
   * money under 10 000 $ reads better whole than as 9 k$. */
  if (compact && sc_kpi_get_unit (kpi) == SC_UNIT_CURRENCY)
    return sc_format_money (lang, currency, (gint64) llround (value * 100),
                            fabs (value) < 10000 ? SC_MONEY_WHOLE : SC_MONEY_THOUSANDS);
  return sc_format_value (lang, sc_kpi_get_unit (kpi), currency, value, compact, FALSE);
}

const char *
sc_status_get_label (ScStatus status,
                     ScLang   lang)
{
  switch (status)
    {
    case SC_STATUS_ON_TARGET:
      return LC_ (lang, "KPI status", "On target");
    case SC_STATUS_WATCH:
      return LC_ (lang, "KPI status", "To watch");
    case SC_STATUS_OFF_TARGET:
      return LC_ (lang, "KPI status", "Off target");
    case SC_STATUS_NONE:
    default:
      return LC_ (lang, "KPI status", "No status");
    }
}
