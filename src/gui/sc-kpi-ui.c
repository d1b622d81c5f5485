/* sc-kpi-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-kpi-ui"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi-editor.h"
#include "sc-kpi-ui.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"

char *
sc_kpi_ui_summary (ScKpiKind   kind,
                   ScUnit      unit,
                   ScDirection direction,
                   ScFrequency frequency)
{
  const char *kinds[] = { C_("kind", "Outcome"), C_("kind", "Activity") };
  const char *units[] = {
    C_("unit", "Money"), C_("unit", "Count"), C_("unit", "Percentage"), C_("unit", "Days"),
    C_("unit", "Number"),
  };
  const char *directions[] = { _("Higher is better"), _("Lower is better") };
  const char *frequencies[] = { _("Weekly"), _("Monthly") };

  g_return_val_if_fail (kind <= SC_KPI_KIND_ACTIVITY && unit <= SC_UNIT_NUMBER, NULL);
  g_return_val_if_fail (direction <= SC_DIRECTION_LOWER && frequency <= SC_FREQUENCY_MONTHLY, NULL);

  /* Translators: a KPI's kind, unit, direction and frequency, e.g.
   * "Outcome · Money · Higher is better · Weekly". */
  return g_strdup_printf (_("%s · %s · %s · %s"), kinds[kind], units[unit],
                          directions[direction], frequencies[frequency]);
}

char *
sc_kpi_ui_kpi_summary (ScKpi *kpi)
{
  return sc_kpi_ui_summary (sc_kpi_get_kind (kpi), sc_kpi_get_unit (kpi),
                            sc_kpi_get_direction (kpi), sc_kpi_get_frequency (kpi));
}

char *
sc_kpi_ui_target (ScStore *store,
                  ScKpi   *kpi,
                  gint64   amount)
{
  ScRecord *company = SC_RECORD (sc_store_get_company (store));
  const char *currency = sc_record_get_text (company, SC_COMPANY_CURRENCY);

  /* Targets are round sums: no cents unless there are some. */
  if (sc_kpi_get_unit (kpi) == SC_UNIT_CURRENCY && amount % 100 == 0)
    return sc_format_money (sc_l10n_ui_lang (), currency, amount, SC_MONEY_WHOLE);
  return sc_format_value (sc_l10n_ui_lang (), sc_kpi_get_unit (kpi),
                          currency, sc_amount_to_double (amount), FALSE, FALSE);
}

char *
sc_kpi_ui_period (ScKpi *kpi,
                  ScDay  day)
{
  int y, m, d;

  if (sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY || !sc_day_to_ymd (day, &y, &m, &d))
    return sc_format_week_label (sc_l10n_ui_lang (), day);
  return sc_format_month_year (sc_l10n_ui_lang (), y, m);
}

ScAlertWindow *
sc_kpi_ui_confirm_add (GtkWidget  *from,
                       ScStore    *store,
                       const char *accept_label)
{
  g_autofree char *warning = sc_kpi_dup_add_warning (sc_store_get_list (store, &sc_kpi_table));
  ScAlertWindow *alert;

  if (warning == NULL)
    return NULL;

  alert = sc_alert_window_new (sc_plan_ui_parent (from), _("More than seven indicators?"),
                               warning);
  sc_alert_window_add_response (alert, "cancel", _("_Cancel"), SC_ALERT_DEFAULT);
  sc_alert_window_add_response (alert, "accept", accept_label, SC_ALERT_DEFAULT);
  gtk_window_present (GTK_WINDOW (alert));
  return alert;
}

static void
restore_now (GtkWidget *from,
             ScStore   *store,
             gint64     kpi_id)
{
  g_autoptr(GError) error = NULL;

  if (!sc_kpi_editing_restore (store, kpi_id, NULL, &error))
    sc_plan_ui_error (from, _("The indicator could not be restored"), error);
  else
    sc_plan_ui_toast (from, _("Indicator restored with its history."), TRUE);
}

static void
on_restore_response_cb (ScAlertWindow *alert,
                        const char    *response,
                        GtkWidget     *from)
{
  if (g_strcmp0 (response, "accept") == 0)
    restore_now (from, g_object_get_data (G_OBJECT (alert), "store"),
                 *(gint64 *) g_object_get_data (G_OBJECT (alert), "kpi-id"));
}

void
sc_kpi_ui_restore (GtkWidget *from,
                   ScStore   *store,
                   gint64     kpi_id)
{
  ScAlertWindow *alert;

  g_return_if_fail (GTK_IS_WIDGET (from));
  g_return_if_fail (SC_IS_STORE (store));

  alert = sc_kpi_ui_confirm_add (from, store, _("_Restore Anyway"));
  if (alert == NULL)
    {
      restore_now (from, store, kpi_id);
      return;
    }
  g_object_set_data_full (G_OBJECT (alert), "store", g_object_ref (store), g_object_unref);
  g_object_set_data_full (G_OBJECT (alert), "kpi-id", g_memdup2 (&kpi_id, sizeof kpi_id), g_free);
  g_signal_connect_object (alert, "response", G_CALLBACK (on_restore_response_cb), from, 0);
}

GtkWindow *
sc_kpi_ui_open_editor (GtkWidget *from,
                       ScStore   *store,
                       ScKpi     *kpi)
{
  ScKpiEditor *editor;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);
  g_return_val_if_fail (SC_IS_KPI (kpi), NULL);

  editor = sc_kpi_editor_new (from ? sc_plan_ui_parent (from) : NULL, store, kpi);
  gtk_window_present (GTK_WINDOW (editor));
  return GTK_WINDOW (editor);
}
