/* sc-kpi-detail.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-kpi-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-bar-chart.h"
#include "sc-format.h"
#include "sc-kpi-detail.h"
#include "sc-l10n.h"
#include "sc-metrics-chart.h"
#include "sc-trend-chart.h"

#define TREND_WEEKS 52
#define TREND_MONTHS 24

struct _ScKpiDetail
{
  GtkWidget  parent_instance;

  ScMetrics *metrics;
  ScKpi     *kpi;

  /* Template children */
  GtkLabel  *name_label;
  GtkLabel  *summary_label;
  GtkLabel  *trend_title;
  GtkWidget *trend_chart;
  GtkLabel  *bars_title;
  GtkWidget *bar_chart;
  GtkLabel  *definition_label;
  GtkLabel  *owner_label;
  GtkLabel  *targets_label;
};

G_DEFINE_FINAL_TYPE (ScKpiDetail, sc_kpi_detail, GTK_TYPE_WIDGET)

enum {
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static ScStore *
store_of (ScKpiDetail *self)
{
  return sc_metrics_get_store (self->metrics);
}

static char *
summary_text (ScKpi *kpi)
{
  static const char *const rollups[] = {
    N_("weeks add up"), N_("weeks are averaged"), N_("the last figure counts"),
    N_("a ratio of the two sums"),
  };
  gboolean weekly = sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY;
  g_autofree char *band = g_strdup_printf ("%g", sc_kpi_get_tolerance (kpi) * 100);

  /* Translators: the facts of a KPI: "Outcome indicator · entered weekly ·
   * higher is better · over a month, weeks add up · watch band 10 %". */
  return g_strdup_printf (_("%s · %s · %s · over a month, %s · watch band %s %%"),
                          sc_kpi_get_kind (kpi) == SC_KPI_KIND_OUTCOME ? _("Outcome indicator")
                                                                       : _("Activity indicator"),
                          weekly ? _("entered weekly") : _("entered monthly"),
                          sc_kpi_get_direction (kpi) == SC_DIRECTION_HIGHER
                            ? _("higher is better") : _("lower is better"),
                          _(rollups[sc_kpi_get_rollup (kpi)]), band);
}

static int
compare_effective (gconstpointer a,
                   gconstpointer b)
{
  ScDay x = sc_record_get_date (*(ScRecord **) a, SC_TARGET_EFFECTIVE);
  ScDay y = sc_record_get_date (*(ScRecord **) b, SC_TARGET_EFFECTIVE);

  return (x > y) - (x < y);
}

static char *
targets_text (ScKpiDetail *self)
{
  ScStore *store = store_of (self);
  GListModel *targets = sc_store_get_list (store, &sc_target_table);
  GListModel *overrides = sc_store_get_list (store, &sc_override_table);
  const char *currency = sc_record_get_text (SC_RECORD (sc_store_get_company (store)),
                                             SC_COMPANY_CURRENCY);
  gint64 id = sc_record_get_id (SC_RECORD (self->kpi));
  g_autoptr(GPtrArray) versions = g_ptr_array_new_with_free_func (g_object_unref);
  GString *text = g_string_new (NULL);
  guint n_overrides = 0;

  for (guint i = 0; i < g_list_model_get_n_items (targets); i++)
    {
      ScRecord *t = g_list_model_get_item (targets, i);

      if (sc_record_get_ref (t, SC_TARGET_KPI_ID) == id)
        g_ptr_array_add (versions, t);
      else
        g_object_unref (t);
    }
  g_ptr_array_sort (versions, compare_effective);

  for (guint i = 0; i < versions->len; i++)
    {
      ScRecord *t = g_ptr_array_index (versions, i);
      g_autofree char *day = sc_format_date_long (sc_l10n_ui_lang (),
                                                  sc_record_get_date (t, SC_TARGET_EFFECTIVE), FALSE);
      g_autofree char *value = sc_kpi_format_value (self->kpi, sc_l10n_ui_lang (), currency,
                                                    sc_amount_to_double (sc_record_get_int (t, SC_TARGET_VALUE)),
                                                    FALSE);

      /* Translators: a target version: "From March 31, 2025: $150,000.00". */
      g_string_append_printf (text, "%s" , text->len ? "\n" : "");
      g_string_append_printf (text, _("From %s: %s"), day, value);
    }
  if (versions->len == 0)
    g_string_append (text, _("No target yet."));

  for (guint i = 0; i < g_list_model_get_n_items (overrides); i++)
    {
      g_autoptr(ScRecord) o = g_list_model_get_item (overrides, i);

      n_overrides += sc_record_get_ref (o, SC_OVERRIDE_KPI_ID) == id;
    }
  if (n_overrides > 0)
    {
      g_string_append_c (text, '\n');
      g_string_append_printf (text, ngettext ("%u period has a target of its own (a holiday, a shutdown).",
                                              "%u periods have a target of their own (holidays, shutdowns).",
                                              n_overrides), n_overrides);
    }
  return g_string_free (text, FALSE);
}

static void
update_charts (ScKpiDetail *self)
{
  ScStore *store = store_of (self);
  ScLang lang = sc_l10n_ui_lang ();
  ScCalendar cal;
  ScDay week, first, last;
  ScPeriod year;
  g_autoptr(ScChartData) trend = NULL;
  g_autoptr(ScChartData) bars = NULL;
  g_autofree char *fy = NULL;
  g_autofree char *bars_title = NULL;

  sc_store_get_calendar (store, &cal);
  week = sc_calendar_week_start (&cal, sc_store_get_today (store));
  /* A young company's trend starts with its first figures, not with
   * months of nothing. */
  if (!sc_store_value_span (store, &first, &last))
    first = week;
  first = MAX (sc_calendar_week_start (&cal, first), week - 7 * (TREND_WEEKS - 1));
  if (sc_kpi_get_frequency (self->kpi) == SC_FREQUENCY_WEEKLY)
    {
      guint n = (week - first) / 7 + 1;
      g_autofree char *title = g_strdup_printf (ngettext ("The last %u week", "The last %u weeks", n), n);

      trend = sc_metrics_chart_data (self->metrics, self->kpi, lang, SC_PERIOD_WEEK, first, week);
      gtk_label_set_label (self->trend_title, title);
    }
  else
    {
      trend = sc_metrics_chart_data (self->metrics, self->kpi, lang, SC_PERIOD_MONTH,
                                     week - 7 * 4 * (TREND_MONTHS + 1), week);
      gtk_label_set_label (self->trend_title, _("The last 24 months"));
    }
  sc_chart_view_set_data (SC_CHART_VIEW (self->trend_chart), trend);

  sc_calendar_year (&cal, sc_calendar_fiscal_year (&cal, sc_calendar_week_anchor (&cal, week)), &year);
  bars = sc_metrics_chart_data (self->metrics, self->kpi, lang, SC_PERIOD_MONTH,
                                year.first_week, year.last_week);
  sc_chart_view_set_data (SC_CHART_VIEW (self->bar_chart), bars);
  fy = sc_format_fiscal_year (lang, &cal, year.fiscal_year);
  /* Translators: %s is a fiscal year, "FY2025" / "exercice 2025-2026". */
  bars_title = g_strdup_printf (_("Months of %s against their targets"), fy);
  gtk_label_set_label (self->bars_title, bars_title);
}

void
sc_kpi_detail_refresh (ScKpiDetail *self)
{
  ScLang lang = sc_l10n_ui_lang ();
  ScRecord *owner;
  g_autofree char *summary = NULL;
  g_autofree char *targets = NULL;
  const char *definition;

  g_return_if_fail (SC_IS_KPI_DETAIL (self));

  if (self->kpi == NULL)
    return;

  gtk_label_set_label (self->name_label, sc_kpi_get_name (self->kpi, lang));
  summary = summary_text (self->kpi);
  gtk_label_set_label (self->summary_label, summary);
  definition = sc_kpi_get_definition (self->kpi, lang);
  gtk_label_set_label (self->definition_label, *definition ? definition : _("No definition yet."));
  owner = sc_store_lookup (store_of (self), &sc_person_table,
                           sc_record_get_ref (SC_RECORD (self->kpi), SC_KPI_OWNER_ID));
  gtk_label_set_label (self->owner_label, owner ? sc_record_get_text (owner, SC_PERSON_NAME)
                                                : _("No owner yet."));
  targets = targets_text (self);
  gtk_label_set_label (self->targets_label, targets);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->trend_chart),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, sc_kpi_get_name (self->kpi, lang),
                                  -1);
  update_charts (self);
}

static void
sc_kpi_detail_back_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  g_signal_emit (widget, signals[BACK], 0);
}

static void
sc_kpi_detail_dispose (GObject *object)
{
  ScKpiDetail *self = SC_KPI_DETAIL (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_KPI_DETAIL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->kpi);
  g_clear_object (&self->metrics);

  G_OBJECT_CLASS (sc_kpi_detail_parent_class)->dispose (object);
}

static void
sc_kpi_detail_class_init (ScKpiDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_kpi_detail_dispose;

  /**
   * ScKpiDetail::back:
   *
   * The user asked to go back to where the detail was opened from.
   */
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SC_TYPE_TREND_CHART);
  g_type_ensure (SC_TYPE_BAR_CHART);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sc-kpi-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, name_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, trend_title);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, bars_title);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, bar_chart);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, definition_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, owner_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiDetail, targets_label);

  gtk_widget_class_install_action (widget_class, "detail.back", NULL, sc_kpi_detail_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "detail.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "detail.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kpidetail");
}

static void
sc_kpi_detail_init (ScKpiDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
sc_kpi_detail_set_kpi (ScKpiDetail *self,
                       ScMetrics   *metrics,
                       ScKpi       *kpi)
{
  g_return_if_fail (SC_IS_KPI_DETAIL (self));

  g_set_object (&self->metrics, metrics);
  g_set_object (&self->kpi, kpi);
  if (kpi == NULL)
    {
      sc_chart_view_set_data (SC_CHART_VIEW (self->trend_chart), NULL);
      sc_chart_view_set_data (SC_CHART_VIEW (self->bar_chart), NULL);
      return;
    }
  sc_kpi_detail_refresh (self);
}

ScKpi *
sc_kpi_detail_get_kpi (ScKpiDetail *self)
{
  g_return_val_if_fail (SC_IS_KPI_DETAIL (self), NULL);
  return self->kpi;
}

GtkWidget *
sc_kpi_detail_get_trend (ScKpiDetail *self)
{
  g_return_val_if_fail (SC_IS_KPI_DETAIL (self), NULL);
  return self->trend_chart;
}

GtkWidget *
sc_kpi_detail_get_bars (ScKpiDetail *self)
{
  g_return_val_if_fail (SC_IS_KPI_DETAIL (self), NULL);
  return self->bar_chart;
}

const char *
sc_kpi_detail_get_targets (ScKpiDetail *self)
{
  g_return_val_if_fail (SC_IS_KPI_DETAIL (self), NULL);
  return gtk_label_get_label (self->targets_label);
}
