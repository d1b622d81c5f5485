/* sc-kpi-tile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-kpi-tile"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi-tile.h"
#include "sc-l10n.h"
#include "sc-metrics-chart.h"
#include "sc-sparkline.h"

struct _ScKpiTile
{
  GtkWidget   parent_instance;

  ScMetrics  *metrics;
  ScKpi      *kpi;
  ScStatus    status;

  /* Template children */
  GtkLabel   *name_label;
  GtkWidget  *status_chip;
  GtkImage   *status_image;
  GtkLabel   *status_label;
  GtkLabel   *value_label;
  GtkLabel   *detail_label;
  GtkWidget  *chart_box;
  GtkWidget  *sparkline;
};

G_DEFINE_FINAL_TYPE (ScKpiTile, sc_kpi_tile, GTK_TYPE_WIDGET)

static const char *const status_classes[] = { "status-none", "status-on", "status-watch", "status-off" };
static const char *const status_icons[] = {
  "content-loading-symbolic", "object-select-symbolic", "dialog-warning-symbolic",
  "dialog-error-symbolic",
};

static void
activate_tile (ScKpiTile *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-kpi", "x",
                              sc_record_get_id (SC_RECORD (self->kpi)));
}

static void
on_released_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                ScKpiTile       *self)
{
  activate_tile (self);
}

static void
sc_kpi_tile_activate_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  activate_tile (SC_KPI_TILE (widget));
}

static void
set_status (ScKpiTile *self,
            ScStatus   status)
{
  ScLang lang = sc_l10n_ui_lang ();

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (self->status_chip, status_classes[i]);
  gtk_widget_add_css_class (self->status_chip, status_classes[status]);
  gtk_image_set_from_icon_name (self->status_image, status_icons[status]);
  gtk_label_set_label (self->status_label, sc_status_get_label (status, lang));
  self->status = status;
}

/* The 13 weeks up to the latest figure (13 months for a monthly KPI). */
static void
update_sparkline (ScKpiTile        *self,
                  const ScCalendar *cal,
                  ScDay             latest)
{
  g_autoptr(ScChartData) data = NULL;

  if (sc_kpi_get_frequency (self->kpi) == SC_FREQUENCY_MONTHLY)
    data = sc_metrics_chart_data (self->metrics, self->kpi, sc_l10n_ui_lang (), SC_PERIOD_MONTH,
                                  latest - 12 * 31, latest);
  else
    data = sc_metrics_chart_data (self->metrics, self->kpi, sc_l10n_ui_lang (), SC_PERIOD_WEEK,
                                  latest - 12 * 7, latest);
  sc_chart_view_set_data (SC_CHART_VIEW (self->sparkline), data);
}

void
sc_kpi_tile_refresh (ScKpiTile *self)
{
  ScStore *store = sc_metrics_get_store (self->metrics);
  const char *currency = sc_record_get_text (SC_RECORD (sc_store_get_company (store)),
                                             SC_COMPANY_CURRENCY);
  ScLang lang = sc_l10n_ui_lang ();
  g_autofree char *value = NULL;
  g_autofree char *target = NULL;
  g_autofree char *when = NULL;
  g_autofree char *detail = NULL;
  g_autofree char *accessible = NULL;
  ScCalendar cal;
  ScFigure figure;
  ScDay period;

  g_return_if_fail (SC_IS_KPI_TILE (self));

  sc_store_get_calendar (store, &cal);
  gtk_label_set_label (self->name_label, sc_kpi_get_name (self->kpi, lang));
  if (!sc_metrics_latest (self->metrics, self->kpi,
                          sc_calendar_week_start (&cal, sc_store_get_today (store)),
                          &period, &figure))
    {
      gtk_label_set_label (self->value_label, "—");
      gtk_label_set_label (self->detail_label, _("No figure yet"));
      set_status (self, SC_STATUS_NONE);
      return;
    }

  value = sc_kpi_format_value (self->kpi, lang, currency, figure.actual, TRUE);
  if (figure.provisional)
    {
      char *marked = g_strconcat ("≈ ", value, NULL);

      g_free (value);
      value = marked;
    }
  gtk_label_set_label (self->value_label, value);

  if (sc_kpi_get_frequency (self->kpi) == SC_FREQUENCY_MONTHLY)
    {
      int y, m, d;

      sc_day_to_ymd (period, &y, &m, &d);
      when = sc_format_month_year (lang, y, m);
    }
  else
    when = sc_format_week_label (lang, period);
  target = sc_figure_has_target (&figure)
           ? sc_kpi_format_value (self->kpi, lang, currency, figure.target, TRUE)
           : g_strdup ("—");
  /* Translators: "Target 150 k$ · Week of September 22, 2025". */
  detail = g_strdup_printf (_("Target %s · %s"), target, when);
  gtk_label_set_label (self->detail_label, detail);
  set_status (self, figure.status);
  update_sparkline (self, &cal, period);

  accessible = g_strdup_printf ("%s: %s, %s. %s", sc_kpi_get_name (self->kpi, lang), value,
                                sc_status_get_label (figure.status, lang), detail);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
}

static void
sc_kpi_tile_dispose (GObject *object)
{
  ScKpiTile *self = SC_KPI_TILE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_KPI_TILE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->kpi);
  g_clear_object (&self->metrics);

  G_OBJECT_CLASS (sc_kpi_tile_parent_class)->dispose (object);
}

static void
sc_kpi_tile_class_init (ScKpiTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_kpi_tile_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sc-kpi-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, ScKpiTile, name_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiTile, status_chip);
  gtk_widget_class_bind_template_child (widget_class, ScKpiTile, status_image);
  gtk_widget_class_bind_template_child (widget_class, ScKpiTile, status_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiTile, value_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiTile, detail_label);
  gtk_widget_class_bind_template_child (widget_class, ScKpiTile, chart_box);

  gtk_widget_class_install_action (widget_class, "tile.activate", NULL, sc_kpi_tile_activate_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "tile.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "tile.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "tile.activate", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "kpitile");
}

static void
sc_kpi_tile_init (ScKpiTile *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->sparkline = sc_sparkline_new ();
  gtk_widget_set_hexpand (self->sparkline, TRUE);
  gtk_box_append (GTK_BOX (self->chart_box), self->sparkline);
  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

ScKpiTile *
sc_kpi_tile_new (ScMetrics *metrics,
                 ScKpi     *kpi)
{
  ScKpiTile *self = g_object_new (SC_TYPE_KPI_TILE, NULL);

  self->metrics = g_object_ref (metrics);
  self->kpi = g_object_ref (kpi);
  sc_kpi_tile_refresh (self);
  return self;
}

ScKpi *
sc_kpi_tile_get_kpi (ScKpiTile *self)
{
  g_return_val_if_fail (SC_IS_KPI_TILE (self), NULL);
  return self->kpi;
}

const char *
sc_kpi_tile_get_value (ScKpiTile *self)
{
  g_return_val_if_fail (SC_IS_KPI_TILE (self), NULL);
  return gtk_label_get_label (self->value_label);
}

ScStatus
sc_kpi_tile_get_status (ScKpiTile *self)
{
  g_return_val_if_fail (SC_IS_KPI_TILE (self), SC_STATUS_NONE);
  return self->status;
}
