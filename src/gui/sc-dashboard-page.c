/* sc-dashboard-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-dashboard-page.h"
#include "sc-format.h"
#include "sc-kpi-tile.h"
#include "sc-l10n.h"
#include "sc-metrics.h"

/* Figures are looked for over the scorecard's 13 weeks. */
#define MISSING_WEEKS 13

struct _ScDashboardPage
{
  GtkWidget    parent_instance;

  ScStore     *store;
  ScMetrics   *metrics;
  GPtrArray   *tiles;
  guint        refresh_id;
  gboolean     rebuild_needed;

  /* Template children */
  GtkLabel    *company_label;
  GtkLabel    *when_label;
  GtkLabel    *meeting_label;
  GtkRevealer *advice_revealer;
  GtkLabel    *advice_label;
  GtkFlowBox  *tiles_box;
  GtkWidget   *empty_label;
  GtkWidget   *missing_box;
  GtkImage    *missing_icon;
  GtkLabel    *missing_title;
  GtkLabel    *missing_label;
  GtkWidget   *missing_button;
  GtkBox      *extra_box;
};

G_DEFINE_FINAL_TYPE (ScDashboardPage, sc_dashboard_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ScDay
this_week (ScDashboardPage *self)
{
  ScCalendar cal;

  sc_store_get_calendar (self->store, &cal);
  return sc_calendar_week_start (&cal, sc_store_get_today (self->store));
}

static void
update_header (ScDashboardPage *self)
{
  ScLang lang = sc_l10n_ui_lang ();
  ScRecord *company = SC_RECORD (sc_store_get_company (self->store));
  ScDay today = sc_store_get_today (self->store);
  int weekday = sc_record_get_int (company, SC_COMPANY_MEETING_WEEKDAY);
  ScDay meeting = today + (weekday - sc_day_weekday (today) + 7) % 7;
  g_autofree char *week = sc_format_week_label (lang, this_week (self));
  g_autofree char *quarter = NULL;
  g_autofree char *when = NULL;
  g_autofree char *day = sc_format_date_long (lang, meeting, TRUE);
  g_autofree char *time = sc_format_time_of_day (lang, sc_record_get_int (company, SC_COMPANY_MEETING_TIME));
  g_autofree char *next = NULL;
  ScCalendar cal;
  ScPeriod q;

  gtk_label_set_label (self->company_label, sc_record_get_text (company, SC_COMPANY_NAME));
  sc_store_get_calendar (self->store, &cal);
  sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, today, &q);
  quarter = sc_format_period (lang, &cal, &q);
  /* Translators: "Week of September 22, 2025 · Q2 FY2025". */
  when = g_strdup_printf (_("%s · %s"), week, quarter);
  gtk_label_set_label (self->when_label, when);

  /* Translators: the next meeting: "Monday, September 29, 2025, 8:30 a.m.". */
  next = g_strdup_printf (_("%s, %s"), day, time);
  gtk_label_set_label (self->meeting_label, next);
}

static void
update_advice (ScDashboardPage *self)
{
  g_autofree char *advice = sc_kpi_dup_rule_advice (sc_store_get_list (self->store, &sc_kpi_table),
                                                     NULL);

  gtk_label_set_label (self->advice_label, advice ? advice : "");
  gtk_revealer_set_reveal_child (self->advice_revealer, advice != NULL);
}

static void
update_missing (ScDashboardPage *self)
{
  ScLang lang = sc_l10n_ui_lang ();
  ScDay week = this_week (self);
  g_autoptr(GArray) missing = sc_metrics_missing (self->metrics, week - 7 * MISSING_WEEKS, week);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = NULL;
  ScDay current = SC_DAY_NONE;

  for (guint i = 0; i < missing->len; i++)
    {
      const ScMissing *m = &g_array_index (missing, ScMissing, i);

      if (m->period != current)
        {
          g_autofree char *label = NULL;

          if (sc_kpi_get_frequency (m->kpi) == SC_FREQUENCY_MONTHLY)
            {
              int y, mo, d;

              sc_day_to_ymd (m->period, &y, &mo, &d);
              label = sc_format_month_year (lang, y, mo);
            }
          else
            label = sc_format_week_label (lang, m->period);
          g_string_append_printf (text, "%s%s: ", text->len ? "\n" : "", label);
          current = m->period;
        }
      else
        g_string_append (text, ", ");
      g_string_append (text, sc_kpi_get_name (m->kpi, lang));
    }

  if (missing->len == 0)
    title = g_strdup (_("Every figure of the last 13 weeks is in."));
  else
    title = g_strdup_printf (ngettext ("%u figure is missing in the last 13 weeks",
                                       "%u figures are missing in the last 13 weeks",
                                       missing->len), missing->len);
  gtk_label_set_label (self->missing_title, title);
  gtk_label_set_label (self->missing_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->missing_label), missing->len > 0);
  gtk_widget_set_visible (self->missing_button, missing->len > 0 &&
                          !sc_store_get_read_only (self->store));
  gtk_image_set_from_icon_name (self->missing_icon, missing->len ? "dialog-warning-symbolic"
                                                                 : "object-select-symbolic");
}

/* GTK 4.8: gtk_flow_box_remove_all () arrives in 4.12. */
static void
remove_tiles (ScDashboardPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles_box))) != NULL)
    gtk_flow_box_remove (self->tiles_box, child);
  g_ptr_array_set_size (self->tiles, 0);
}

static void
rebuild_tiles (ScDashboardPage *self)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (self->metrics);

  remove_tiles (self);
  for (guint i = 0; i < kpis->len; i++)
    {
      ScKpiTile *tile = sc_kpi_tile_new (self->metrics, g_ptr_array_index (kpis, i));

      gtk_flow_box_append (self->tiles_box, GTK_WIDGET (tile));
      g_ptr_array_add (self->tiles, tile);
    }
  gtk_widget_set_visible (self->empty_label, kpis->len == 0);
}

static void
refresh (ScDashboardPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);

  if (self->store == NULL)
    {
      remove_tiles (self);
      return;
    }

  if (self->rebuild_needed || self->tiles->len == 0)
    rebuild_tiles (self);
  else
    for (guint i = 0; i < self->tiles->len; i++)
      sc_kpi_tile_refresh (g_ptr_array_index (self->tiles, i));
  self->rebuild_needed = FALSE;

  update_header (self);
  update_advice (self);
  update_missing (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  ScDashboardPage *self = data;

  self->refresh_id = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (ScDashboardPage   *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  if (table == &sc_kpi_table || table == &sc_person_table)
    self->rebuild_needed = TRUE;
  /* Many rows change in one transaction: redraw once, when idle. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
on_tile_activated_cb (ScDashboardPage *self,
                      GtkFlowBoxChild *child,
                      GtkFlowBox      *box)
{
  GtkWidget *tile = gtk_flow_box_child_get_child (child);

  gtk_widget_activate_action (tile, "tile.activate", NULL);
}

static void
sc_dashboard_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScDashboardPage *self = SC_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_dashboard_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      sc_dashboard_page_set_store (SC_DASHBOARD_PAGE (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_dashboard_page_dispose (GObject *object)
{
  ScDashboardPage *self = SC_DASHBOARD_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  if (self->store != NULL)
    sc_dashboard_page_set_store (self, NULL);
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_DASHBOARD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (sc_dashboard_page_parent_class)->dispose (object);
}

static void
sc_dashboard_page_class_init (ScDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_dashboard_page_dispose;
  object_class->get_property = sc_dashboard_page_get_property;
  object_class->set_property = sc_dashboard_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, company_label);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, when_label);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, meeting_label);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, advice_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, advice_label);
  gtk_widget_class_bind_template_child_full (widget_class, "tiles", FALSE,
                                             G_STRUCT_OFFSET (ScDashboardPage, tiles_box));
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, missing_box);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, missing_icon);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, missing_title);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, missing_label);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, missing_button);
  gtk_widget_class_bind_template_child (widget_class, ScDashboardPage, extra_box);
  gtk_widget_class_bind_template_callback (widget_class, on_tile_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "dashboardpage");

  g_type_ensure (SC_TYPE_KPI_TILE);
}

static void
sc_dashboard_page_init (ScDashboardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->tiles = g_ptr_array_new ();
}

void
sc_dashboard_page_set_store (ScDashboardPage *self,
                             ScStore         *store)
{
  g_return_if_fail (SC_IS_DASHBOARD_PAGE (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  self->metrics = store ? sc_metrics_for_store (store) : NULL;
  if (store != NULL)
    g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                             G_CONNECT_SWAPPED);
  self->rebuild_needed = TRUE;
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_dashboard_page_get_store (ScDashboardPage *self)
{
  g_return_val_if_fail (SC_IS_DASHBOARD_PAGE (self), NULL);
  return self->store;
}

void
sc_dashboard_page_add_card (ScDashboardPage *self,
                            GtkWidget       *card)
{
  g_return_if_fail (SC_IS_DASHBOARD_PAGE (self));
  gtk_box_append (self->extra_box, card);
}

GPtrArray *
sc_dashboard_page_get_tiles (ScDashboardPage *self)
{
  g_return_val_if_fail (SC_IS_DASHBOARD_PAGE (self), NULL);
  return self->tiles;
}

const char *
sc_dashboard_page_get_missing (ScDashboardPage *self)
{
  g_return_val_if_fail (SC_IS_DASHBOARD_PAGE (self), NULL);
  return gtk_label_get_label (self->missing_title);
}

const char *
sc_dashboard_page_get_advice (ScDashboardPage *self)
{
  g_return_val_if_fail (SC_IS_DASHBOARD_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->advice_revealer)
         ? gtk_label_get_label (self->advice_label) : NULL;
}
