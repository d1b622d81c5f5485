/* sc-meeting-kpis.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-meeting-kpis"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-meeting-kpis.h"
#include "sc-metrics.h"
#include "sc-plan-ui.h"
#include "sc-values.h"

enum { COLUMN_NAME, COLUMN_ACTUAL, COLUMN_TARGET, COLUMN_STATUS };

typedef struct
{
  ScKpi           *kpi;      /* borrowed from the store */
  ScScorecardCell *cell;
  GtkLabel        *target;
  GtkWidget       *chip;
  GtkImage        *chip_icon;
  GtkLabel        *chip_label;
} KpiRow;

struct _ScMeetingKpis
{
  GtkWidget         parent_instance;

  ScMeetingSession *session;
  ScMetrics        *metrics;
  GArray           *rows;       /* KpiRow */
  guint             refresh_id;
  gboolean          rebuild;

  /* Template children */
  GtkLabel         *summary_label;
  GtkGrid          *grid;
  GtkWidget        *empty_label;
};

G_DEFINE_FINAL_TYPE (ScMeetingKpis, sc_meeting_kpis, GTK_TYPE_WIDGET)

static const char *const status_classes[] = {
  "status-none", "status-on", "status-watch", "status-off",
};
static const char *const status_icons[] = {
  "content-loading-symbolic", "object-select-symbolic", "dialog-warning-symbolic",
  "dialog-error-symbolic",
};

static ScStore *
store (ScMeetingKpis *self)
{
  return sc_meeting_session_get_store (self->session);
}

static const char *
currency (ScMeetingKpis *self)
{
  return sc_record_get_text (SC_RECORD (sc_store_get_company (store (self))), SC_COMPANY_CURRENCY);
}

/* Shows one KPI's figure; TRUE when it is missing. */
static gboolean
refresh_row (ScMeetingKpis *self,
             KpiRow        *row)
{
  ScLang lang = sc_l10n_ui_lang ();
  ScDay week = sc_meeting_session_get_review_week (self->session);
  ScDay period = sc_metrics_entry_period (self->metrics, row->kpi, week);
  g_autoptr(ScKpiValue) value = sc_store_get_value (store (self),
                                                    sc_record_get_id (SC_RECORD (row->kpi)), period);
  g_autofree char *display = NULL;
  g_autofree char *edit = sc_values_dup_edit_text (row->kpi, lang, value);
  g_autofree char *target = NULL;
  ScFigure figure;

  sc_metrics_week_cell (self->metrics, row->kpi, week, &figure);
  display = sc_figure_has_actual (&figure)
            ? sc_kpi_format_value (row->kpi, lang, currency (self), figure.actual, TRUE)
            : g_strdup ("");
  sc_scorecard_cell_set_figure (row->cell, display, edit, figure.status, figure.provisional,
                                value ? sc_record_get_text (SC_RECORD (value), SC_VALUE_NOTE) : NULL,
                                value == NULL);
  target = sc_figure_has_target (&figure)
           ? sc_kpi_format_value (row->kpi, lang, currency (self), figure.target, TRUE)
           : g_strdup ("—");
  gtk_label_set_label (row->target, target);

  for (guint i = 0; i < G_N_ELEMENTS (status_classes); i++)
    gtk_widget_remove_css_class (row->chip, status_classes[i]);
  gtk_widget_add_css_class (row->chip, status_classes[figure.status]);
  gtk_image_set_from_icon_name (row->chip_icon, status_icons[figure.status]);
  gtk_label_set_label (row->chip_label, value == NULL ? _("Missing")
                                                      : sc_status_get_label (figure.status, lang));
  return value == NULL;
}

static void
refresh (ScMeetingKpis *self)
{
  ScLang lang = sc_l10n_ui_lang ();
  guint counts[G_N_ELEMENTS (status_classes)] = { 0 };
  guint missing = 0;
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *summary = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      KpiRow *row = &g_array_index (self->rows, KpiRow, i);
      ScFigure figure;

      if (refresh_row (self, row))
        missing++;
      sc_metrics_week_cell (self->metrics, row->kpi,
                            sc_meeting_session_get_review_week (self->session), &figure);
      counts[figure.status]++;
    }

  for (ScStatus s = SC_STATUS_ON_TARGET; s <= SC_STATUS_OFF_TARGET; s++)
    if (counts[s] > 0)
      /* Translators: a count in the meeting's summary of figures, "On target: 4". */
      g_ptr_array_add (parts, g_strdup_printf (_("%s: %u"), sc_status_get_label (s, lang),
                                               counts[s]));
  if (missing > 0)
    g_ptr_array_add (parts, g_strdup_printf (_("%s: %u"), _("Missing"), missing));
  g_ptr_array_add (parts, NULL);
  summary = g_strjoinv (_(" · "), (char **) parts->pdata);
  gtk_label_set_label (self->summary_label, summary);
  gtk_widget_set_visible (self->empty_label, self->rows->len == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->grid), self->rows->len > 0);
}

/* Cells ------------------------------------------------------------------------- */

static gint
row_of_cell (ScMeetingKpis   *self,
             ScScorecardCell *cell)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (g_array_index (self->rows, KpiRow, i).cell == cell)
      return i;
  return -1;
}

static char *
on_cell_commit_cb (ScScorecardCell *cell,
                   const char      *text,
                   gpointer         user_data)
{
  ScMeetingKpis *self = user_data;
  g_autoptr(GError) error = NULL;
  gint row = row_of_cell (self, cell);

  if (row < 0)
    return NULL;
  if (!sc_meeting_session_set_figure (self->session, g_array_index (self->rows, KpiRow, row).kpi,
                                      text, &error))
    return g_strdup (error->message);
  return NULL;
}

static void
on_cell_move_cb (ScScorecardCell *cell,
                 ScCellMove       move,
                 gpointer         user_data)
{
  ScMeetingKpis *self = user_data;
  gint row = row_of_cell (self, cell);

  if (move == SC_CELL_MOVE_DOWN && row + 1 < (gint) self->rows->len)
    sc_scorecard_cell_focus (g_array_index (self->rows, KpiRow, row + 1).cell);
  else if (move == SC_CELL_MOVE_UP && row > 0)
    sc_scorecard_cell_focus (g_array_index (self->rows, KpiRow, row - 1).cell);
}

/* Building ------------------------------------------------------------------------ */

static GtkWidget *
header (const char *text,
        float       xalign)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), xalign);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static GtkWidget *
name_box (ScMeetingKpis *self,
          ScKpi         *kpi)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (sc_kpi_get_name (kpi, sc_l10n_ui_lang ()));
  g_autofree char *owner_name = sc_plan_ui_person_name (store (self),
                                                        sc_record_get_ref (SC_RECORD (kpi),
                                                                           SC_KPI_OWNER_ID));
  GtkWidget *owner = gtk_label_new (owner_name);

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_xalign (GTK_LABEL (owner), 0);
  gtk_widget_add_css_class (owner, "caption");
  gtk_widget_add_css_class (owner, "dim-label");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), owner);
  return box;
}

static void
add_row (ScMeetingKpis *self,
         ScKpi         *kpi,
         guint          index)
{
  gboolean writable = !sc_store_get_read_only (store (self));
  KpiRow row = { kpi };
  GtkWidget *name = name_box (self, kpi);

  row.cell = sc_scorecard_cell_new (on_cell_commit_cb, on_cell_move_cb, NULL, self);
  sc_scorecard_cell_set_editable (row.cell, writable);
  gtk_widget_set_size_request (GTK_WIDGET (row.cell), 150, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sc_scorecard_cell_get_editable (row.cell)),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  sc_kpi_get_name (kpi, sc_l10n_ui_lang ()), -1);
  row.target = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (row.target, 1);
  gtk_widget_add_css_class (GTK_WIDGET (row.target), "numeric");
  row.chip = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  row.chip_icon = GTK_IMAGE (gtk_image_new ());
  row.chip_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (row.chip, "status-chip");
  gtk_widget_set_valign (row.chip, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (row.chip, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row.chip_icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  "", -1);
  gtk_box_append (GTK_BOX (row.chip), GTK_WIDGET (row.chip_icon));
  gtk_box_append (GTK_BOX (row.chip), GTK_WIDGET (row.chip_label));

  gtk_grid_attach (self->grid, name, COLUMN_NAME, index + 1, 1, 1);
  gtk_grid_attach (self->grid, GTK_WIDGET (row.cell), COLUMN_ACTUAL, index + 1, 1, 1);
  gtk_grid_attach (self->grid, GTK_WIDGET (row.target), COLUMN_TARGET, index + 1, 1, 1);
  gtk_grid_attach (self->grid, row.chip, COLUMN_STATUS, index + 1, 1, 1);
  g_array_append_val (self->rows, row);
}

static void
rebuild (ScMeetingKpis *self)
{
  g_autoptr(GPtrArray) kpis = sc_metrics_active_kpis (self->metrics);
  g_autofree char *week = sc_format_week_label (sc_l10n_ui_lang (),
                                                sc_meeting_session_get_review_week (self->session));
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_array_set_size (self->rows, 0);

  gtk_grid_attach (self->grid, header (_("Indicator"), 0), COLUMN_NAME, 0, 1, 1);
  gtk_grid_attach (self->grid, header (week, 1), COLUMN_ACTUAL, 0, 1, 1);
  gtk_grid_attach (self->grid, header (_("Target"), 1), COLUMN_TARGET, 0, 1, 1);
  gtk_grid_attach (self->grid, header (_("Status"), 0), COLUMN_STATUS, 0, 1, 1);
  for (guint i = 0; i < kpis->len; i++)
    add_row (self, g_ptr_array_index (kpis, i), i);
  refresh (self);
}

static gboolean
refresh_idle_cb (gpointer data)
{
  ScMeetingKpis *self = data;

  self->refresh_id = 0;
  if (self->rebuild)
    rebuild (self);
  else
    refresh (self);
  self->rebuild = FALSE;
  return G_SOURCE_REMOVE;
}

static void
on_store_changed_cb (ScMeetingKpis     *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *changed)
{
  if (table == &sc_kpi_table || table == &sc_person_table)
    self->rebuild = TRUE;
  else if (table != &sc_value_table && table != &sc_target_table && table != &sc_override_table)
    return;
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add (refresh_idle_cb, self);
}

static void
sc_meeting_kpis_dispose (GObject *object)
{
  ScMeetingKpis *self = SC_MEETING_KPIS (object);
  GtkWidget *child;

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MEETING_KPIS);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_meeting_kpis_parent_class)->dispose (object);
}

static void
sc_meeting_kpis_finalize (GObject *object)
{
  ScMeetingKpis *self = SC_MEETING_KPIS (object);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (sc_meeting_kpis_parent_class)->finalize (object);
}

static void
sc_meeting_kpis_class_init (ScMeetingKpisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_meeting_kpis_dispose;
  object_class->finalize = sc_meeting_kpis_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-meeting-kpis.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMeetingKpis, summary_label);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingKpis, grid);
  gtk_widget_class_bind_template_child (widget_class, ScMeetingKpis, empty_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "meetingkpis");
}

static void
sc_meeting_kpis_init (ScMeetingKpis *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_array_new (FALSE, TRUE, sizeof (KpiRow));
}

ScMeetingKpis *
sc_meeting_kpis_new (ScMeetingSession *session)
{
  ScMeetingKpis *self;

  g_return_val_if_fail (SC_IS_MEETING_SESSION (session), NULL);

  self = g_object_new (SC_TYPE_MEETING_KPIS, NULL);
  self->session = g_object_ref (session);
  self->metrics = sc_metrics_for_store (store (self));
  g_signal_connect_object (store (self), "changed", G_CALLBACK (on_store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  rebuild (self);
  return self;
}

ScScorecardCell *
sc_meeting_kpis_get_cell (ScMeetingKpis *self,
                          guint          row)
{
  g_return_val_if_fail (SC_IS_MEETING_KPIS (self), NULL);

  if (row >= self->rows->len)
    return NULL;
  return g_array_index (self->rows, KpiRow, row).cell;
}

const char *
sc_meeting_kpis_get_summary (ScMeetingKpis *self)
{
  g_return_val_if_fail (SC_IS_MEETING_KPIS (self), NULL);
  return gtk_label_get_label (self->summary_label);
}
