/* sc-scorecard-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The screen the owner opens every Monday: the active KPIs as rows, the
 * last 13 weeks as columns, each cell typed in place. Months and quarters
 * roll the weeks up by each KPI's rule. Every figure comes from
 * sc-metrics; this file only lays them out.
 */

#define G_LOG_DOMAIN "sc-scorecard-page"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-kpi-detail.h"
#include "sc-kpi-list.h"
#include "sc-l10n.h"
#include "sc-metrics.h"
#include "sc-scorecard-cell.h"
#include "sc-scorecard-page.h"
#include "sc-values.h"

#define N_WEEKS 13
#define FIRST_CELL_COLUMN 2

typedef enum
{
  VIEW_WEEKS,
  VIEW_MONTHS,
  VIEW_QUARTERS,
} View;

struct _ScScorecardPage
{
  GtkWidget       parent_instance;

  ScStore        *store;
  ScMetrics      *metrics;
  View            view;
  ScDay           end_week;      /* newest week shown */
  int             fiscal_year;   /* of the months and quarters views */
  GPtrArray      *kpis;          /* ScKpi, one per row */
  GPtrArray      *cells;         /* ScScorecardCell, row-major; NULL where none */
  ScPeriod        columns[N_WEEKS + 1];
  guint           n_columns;
  guint           rebuild_id;

  /* Template children */
  GtkStack       *stack;
  ScKpiDetail    *detail;
  ScKpiList      *kpi_list;
  GtkLabel       *range_label;
  GtkGrid        *grid;
  GtkRevealer    *advice_revealer;
  GtkLabel       *advice_label;
  GtkWidget      *empty_label;
  GtkWidget      *legend;
};

G_DEFINE_FINAL_TYPE (ScScorecardPage, sc_scorecard_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_VIEW,
  N_PROPS
};

static const char *const view_names[] = { "weeks", "months", "quarters" };

static GParamSpec *properties[N_PROPS];

static void rebuild (ScScorecardPage *self);

static ScLang
ui_lang (void)
{
  return sc_l10n_ui_lang ();
}

static const char *
currency (ScScorecardPage *self)
{
  return sc_record_get_text (SC_RECORD (sc_store_get_company (self->store)), SC_COMPANY_CURRENCY);
}

static ScDay
current_week (ScScorecardPage *self)
{
  ScCalendar cal;

  sc_store_get_calendar (self->store, &cal);
  return sc_calendar_week_start (&cal, sc_store_get_today (self->store));
}

static ScScorecardCell *
cell_at (ScScorecardPage *self,
         guint            row,
         guint            column)
{
  if (row >= self->kpis->len || column >= self->n_columns)
    return NULL;
  return g_ptr_array_index (self->cells, row * self->n_columns + column);
}

/* Layout helpers ----------------------------------------------------------- */

static void
clear_grid (ScScorecardPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_grid_remove (self->grid, child);
  g_ptr_array_set_size (self->cells, 0);
}

static GtkWidget *
header_label (const char *top,
              const char *bottom,
              gboolean    current)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = gtk_label_new (top);

  gtk_widget_add_css_class (box, "scorecard-header");
  if (current)
    gtk_widget_add_css_class (box, "current");
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_box_append (GTK_BOX (box), label);
  if (bottom != NULL)
    {
      GtkWidget *small = gtk_label_new (bottom);

      gtk_label_set_xalign (GTK_LABEL (small), 1);
      gtk_widget_add_css_class (small, "dim-label");
      gtk_widget_add_css_class (small, "caption");
      gtk_box_append (GTK_BOX (box), small);
    }
  return box;
}

static void
on_kpi_name_clicked_cb (GtkButton       *button,
                        ScScorecardPage *self)
{
  ScKpi *kpi = g_object_get_data (G_OBJECT (button), "kpi");

  gtk_widget_activate_action (GTK_WIDGET (self), "scorecard.show-kpi", "x",
                              sc_record_get_id (SC_RECORD (kpi)));
}

static GtkWidget *
kpi_label (ScScorecardPage *self,
           ScKpi           *kpi)
{
  ScRecord *owner = sc_store_lookup (self->store, &sc_person_table,
                                     sc_record_get_ref (SC_RECORD (kpi), SC_KPI_OWNER_ID));
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (sc_kpi_get_name (kpi, ui_lang ()));
  g_autofree char *detail = NULL;
  GtkWidget *sub;

  detail = g_strdup_printf ("%s%s%s",
                            sc_kpi_get_kind (kpi) == SC_KPI_KIND_OUTCOME ? _("Outcome")
                                                                         : _("Activity"),
                            owner ? " · " : "",
                            owner ? sc_record_get_text (owner, SC_PERSON_NAME) : "");
  sub = gtk_label_new (detail);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_xalign (GTK_LABEL (sub), 0);
  /* Names wrap rather than shrink: the grid is as wide as it needs. */
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_label_set_wrap (GTK_LABEL (sub), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (name), 18);
  gtk_label_set_width_chars (GTK_LABEL (name), 14);
  gtk_label_set_max_width_chars (GTK_LABEL (sub), 20);
  gtk_widget_add_css_class (name, "heading");
  gtk_widget_add_css_class (sub, "dim-label");
  gtk_widget_add_css_class (sub, "caption");
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), sub);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "kpi-name");
  gtk_widget_set_tooltip_text (button, sc_kpi_get_definition (kpi, ui_lang ()));
  g_object_set_data_full (G_OBJECT (button), "kpi", g_object_ref (kpi), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (on_kpi_name_clicked_cb), self);
  return button;
}

static GtkWidget *
target_label (ScScorecardPage *self,
              ScKpi           *kpi,
              double           target)
{
  g_autofree char *text = isnan (target) ? g_strdup ("—")
                                         : sc_kpi_format_value (kpi, ui_lang (), currency (self),
                                                                target, TRUE);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "scorecard-target");
  return label;
}

/* Cells ------------------------------------------------------------------ */

static char *
figure_tooltip (ScScorecardPage *self,
                ScKpi           *kpi,
                const ScPeriod  *period,
                const ScFigure  *figure,
                const char      *note)
{
  ScCalendar cal;
  g_autofree char *label = NULL;
  g_autofree char *actual = NULL;
  g_autofree char *target = NULL;
  GString *text = g_string_new (NULL);

  sc_store_get_calendar (self->store, &cal);
  label = sc_format_period (ui_lang (), &cal, period);
  g_string_append_printf (text, "%s\n%s", label, sc_kpi_get_name (kpi, ui_lang ()));
  if (sc_figure_has_actual (figure))
    {
      actual = sc_kpi_format_value (kpi, ui_lang (), currency (self), figure->actual, FALSE);
      /* Translators: the figure entered, e.g. "Actual: $181,000.00". */
      g_string_append_printf (text, "\n%s", _("Actual:"));
      g_string_append_printf (text, " %s", actual);
      if (sc_kpi_get_rollup (kpi) == SC_ROLLUP_RATIO)
        g_string_append_printf (text, " (%g %s / %g %s)", figure->numerator,
                                sc_kpi_get_num_label (kpi, ui_lang ()), figure->denominator,
                                sc_kpi_get_den_label (kpi, ui_lang ()));
    }
  if (sc_figure_has_target (figure))
    {
      target = sc_kpi_format_value (kpi, ui_lang (), currency (self), figure->target, FALSE);
      g_string_append_printf (text, "\n%s %s", _("Target:"), target);
    }
  g_string_append_printf (text, "\n%s", sc_status_get_label (figure->status, ui_lang ()));
  if (figure->provisional)
    g_string_append_printf (text, "\n%s", _("Provisional: an estimate until the final figure."));
  if (note != NULL && *note != '\0')
    g_string_append_printf (text, "\n%s %s", _("Note:"), note);
  return g_string_free (text, FALSE);
}

/* Refreshes the cell at (row, column) from the store. */
static void
refresh_cell (ScScorecardPage *self,
              guint            row,
              guint            column)
{
  ScScorecardCell *cell = cell_at (self, row, column);
  ScKpi *kpi = g_ptr_array_index (self->kpis, row);
  const ScPeriod *period = &self->columns[column];
  g_autoptr(ScKpiValue) value = NULL;
  g_autofree char *display = NULL;
  g_autofree char *edit = NULL;
  g_autofree char *tooltip = NULL;
  ScFigure figure;
  gboolean missing;
  ScDay entry;
  const char *note = NULL;

  if (cell == NULL)
    return;

  if (self->view == VIEW_WEEKS)
    {
      sc_metrics_week_cell (self->metrics, kpi, period->first_week, &figure);
      entry = sc_metrics_entry_period (self->metrics, kpi, period->first_week);
      value = sc_store_get_value (self->store, sc_record_get_id (SC_RECORD (kpi)), entry);
      note = value ? sc_record_get_text (SC_RECORD (value), SC_VALUE_NOTE) : NULL;
      edit = sc_values_dup_edit_text (kpi, ui_lang (), value);
    }
  else
    sc_metrics_figure (self->metrics, kpi, period, current_week (self), &figure);

  display = sc_figure_has_actual (&figure)
            ? sc_kpi_format_value (kpi, ui_lang (), currency (self), figure.actual, TRUE)
            : g_strdup ("");
  if (figure.provisional && *display != '\0')
    {
      char *marked = g_strconcat ("≈", display, NULL);

      g_free (display);
      display = marked;
    }
  missing = self->view == VIEW_WEEKS && value == NULL && period->first_week < current_week (self);
  sc_scorecard_cell_set_figure (cell, display, edit, figure.status, figure.provisional,
                                note, missing);
  tooltip = figure_tooltip (self, kpi, period, &figure, note);
  gtk_widget_set_tooltip_text (GTK_WIDGET (cell), tooltip);
}

static void
refresh_row (ScScorecardPage *self,
             guint            row)
{
  for (guint c = 0; c < self->n_columns; c++)
    refresh_cell (self, row, c);
}

static gboolean
cell_position (ScScorecardPage *self,
               ScScorecardCell *cell,
               guint           *row,
               guint           *column)
{
  guint index;

  if (!g_ptr_array_find (self->cells, cell, &index))
    return FALSE;
  *row = index / self->n_columns;
  *column = index % self->n_columns;
  return TRUE;
}

static char *
on_cell_commit_cb (ScScorecardCell *cell,
                   const char      *text,
                   gpointer         user_data)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (user_data);
  g_autoptr(GError) error = NULL;
  guint row, column;
  ScKpi *kpi;

  if (!cell_position (self, cell, &row, &column))
    return NULL;

  kpi = g_ptr_array_index (self->kpis, row);
  if (!sc_values_set_text (self->store, kpi,
                           sc_metrics_entry_period (self->metrics, kpi,
                                                    self->columns[column].first_week),
                           ui_lang (), text, &error))
    return g_strdup (error->message);
  return NULL;
}

static char *
on_cell_details_cb (ScScorecardCell *cell,
                    const char      *note,
                    gboolean         provisional,
                    gpointer         user_data)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (user_data);
  g_autoptr(GError) error = NULL;
  guint row, column;
  ScKpi *kpi;

  if (!cell_position (self, cell, &row, &column))
    return NULL;

  kpi = g_ptr_array_index (self->kpis, row);
  if (!sc_values_set_details (self->store, kpi,
                              sc_metrics_entry_period (self->metrics, kpi,
                                                       self->columns[column].first_week),
                              note, provisional, &error))
    return g_strdup (error->message);
  return NULL;
}

/* Moves to the next cell that can be typed in, in that direction. */
static void
on_cell_move_cb (ScScorecardCell *cell,
                 ScCellMove       move,
                 gpointer         user_data)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (user_data);
  int dr = 0, dc = 0;
  int row, column;
  guint r, c;

  if (!cell_position (self, cell, &r, &c))
    return;

  switch (move)
    {
    case SC_CELL_MOVE_UP: dr = -1; break;
    case SC_CELL_MOVE_DOWN: dr = 1; break;
    case SC_CELL_MOVE_LEFT: dc = -1; break;
    case SC_CELL_MOVE_RIGHT: dc = 1; break;
    case SC_CELL_MOVE_NONE:
    default: return;
    }

  for (row = (int) r + dr, column = (int) c + dc;
       row >= 0 && column >= 0 && (guint) row < self->kpis->len && (guint) column < self->n_columns;
       row += dr, column += dc)
    {
      ScScorecardCell *next = cell_at (self, row, column);

      if (next != NULL && gtk_widget_get_focusable (GTK_WIDGET (sc_scorecard_cell_get_editable (next))))
        {
          sc_scorecard_cell_focus (next);
          return;
        }
    }
}

/* A monthly KPI in the weekly grid is typed once, in the column of the
 * last shown week of each month. */
static gboolean
is_month_cell (ScScorecardPage *self,
               ScKpi           *kpi,
               guint            column)
{
  ScDay month = sc_metrics_entry_period (self->metrics, kpi, self->columns[column].first_week);

  return column + 1 >= self->n_columns ||
         sc_metrics_entry_period (self->metrics, kpi, self->columns[column + 1].first_week) != month;
}

static void
add_row (ScScorecardPage *self,
         guint            row)
{
  ScKpi *kpi = g_ptr_array_index (self->kpis, row);
  gboolean writable = !sc_store_get_read_only (self->store) && self->view == VIEW_WEEKS;
  ScFigure last;
  ScPeriod *newest = &self->columns[self->n_columns - 1];

  gtk_grid_attach (self->grid, kpi_label (self, kpi), 0, row + 1, 1, 1);
  if (self->view == VIEW_WEEKS)
    sc_metrics_week_cell (self->metrics, kpi, newest->first_week, &last);
  else
    sc_metrics_figure (self->metrics, kpi, newest, SC_DAY_NONE, &last);
  gtk_grid_attach (self->grid, target_label (self, kpi, last.target), 1, row + 1, 1, 1);

  for (guint c = 0; c < self->n_columns; c++)
    {
      ScScorecardCell *cell = NULL;

      if (self->view != VIEW_WEEKS || sc_kpi_get_frequency (kpi) == SC_FREQUENCY_WEEKLY ||
          is_month_cell (self, kpi, c))
        {
          cell = sc_scorecard_cell_new (on_cell_commit_cb, on_cell_move_cb, on_cell_details_cb,
                                        self);
          sc_scorecard_cell_set_editable (cell, writable);
          sc_scorecard_cell_set_can_be_provisional (cell,
                                                    sc_kpi_get_kind (kpi) == SC_KPI_KIND_OUTCOME);
          gtk_grid_attach (self->grid, GTK_WIDGET (cell), FIRST_CELL_COLUMN + c, row + 1, 1, 1);
        }
      g_ptr_array_add (self->cells, cell);
    }
  refresh_row (self, row);
}

/* Columns ---------------------------------------------------------------- */

static void
set_columns (ScScorecardPage *self)
{
  ScCalendar cal;

  sc_store_get_calendar (self->store, &cal);
  self->n_columns = 0;

  if (self->view == VIEW_WEEKS)
    {
      for (guint i = 0; i < N_WEEKS; i++)
        sc_calendar_week (&cal, self->end_week - 7 * (N_WEEKS - 1 - i), &self->columns[self->n_columns++]);
      return;
    }

  {
    ScPeriod year;

    sc_calendar_year (&cal, self->fiscal_year, &year);
    sc_calendar_period_at (&cal, self->view == VIEW_MONTHS ? SC_PERIOD_MONTH : SC_PERIOD_QUARTER,
                           year.first_week, &self->columns[0]);
    for (self->n_columns = 1; self->n_columns < (self->view == VIEW_MONTHS ? 12u : 4u); self->n_columns++)
      sc_calendar_period_shift (&cal, &self->columns[self->n_columns - 1], 1,
                                &self->columns[self->n_columns]);
    self->columns[self->n_columns++] = year;
  }
}

static void
add_headers (ScScorecardPage *self)
{
  ScCalendar cal;
  ScDay now = current_week (self);

  sc_store_get_calendar (self->store, &cal);
  gtk_grid_attach (self->grid, header_label (_("Indicator"), NULL, FALSE), 0, 0, 1, 1);
  gtk_grid_attach (self->grid, header_label (_("Target"), NULL, FALSE), 1, 0, 1, 1);

  for (guint c = 0; c < self->n_columns; c++)
    {
      const ScPeriod *p = &self->columns[c];
      g_autofree char *top = NULL;
      g_autofree char *bottom = NULL;
      gboolean current = p->first_week <= now && now <= p->last_week;

      if (self->view == VIEW_WEEKS)
        {
          top = sc_format_date_short (ui_lang (), p->first_week);
          /* Translators: a week number, "W39"; French: "S39". */
          bottom = g_strdup_printf (_("W%d"), sc_calendar_week_number (&cal, p->first_week));
        }
      else if (p->kind == SC_PERIOD_YEAR)
        top = g_strdup (_("Year"));
      else
        top = sc_format_period (ui_lang (), &cal, p);
      gtk_grid_attach (self->grid, header_label (top, bottom, current),
                       FIRST_CELL_COLUMN + c, 0, 1, 1);
    }
}

static void
update_range_label (ScScorecardPage *self)
{
  ScCalendar cal;
  g_autofree char *text = NULL;

  sc_store_get_calendar (self->store, &cal);
  if (self->view == VIEW_WEEKS)
    {
      g_autofree char *from = sc_format_date_long (ui_lang (), self->columns[0].first_week, FALSE);
      g_autofree char *to = sc_format_date_long (ui_lang (), self->end_week, FALSE);

      /* Translators: the weeks shown, "13 weeks, from June 30 to September 22, 2025". */
      text = g_strdup_printf (_("13 weeks, from the week of %s to the week of %s"), from, to);
    }
  else
    text = sc_format_fiscal_year (ui_lang (), &cal, self->fiscal_year);
  gtk_label_set_label (self->range_label, text);
}

static void
update_advice (ScScorecardPage *self)
{
  g_autofree char *advice = sc_kpi_dup_rule_advice (sc_store_get_list (self->store, &sc_kpi_table),
                                                     NULL);

  gtk_label_set_label (self->advice_label, advice ? advice : "");
  gtk_revealer_set_reveal_child (self->advice_revealer, advice != NULL);
}

static void
rebuild (ScScorecardPage *self)
{
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  clear_grid (self);
  g_ptr_array_set_size (self->kpis, 0);

  if (self->store == NULL)
    return;

  {
    g_autoptr(GPtrArray) active = sc_metrics_active_kpis (self->metrics);

    for (guint i = 0; i < active->len; i++)
      g_ptr_array_add (self->kpis, g_object_ref (g_ptr_array_index (active, i)));
  }

  set_columns (self);
  add_headers (self);
  for (guint r = 0; r < self->kpis->len; r++)
    add_row (self, r);

  gtk_widget_set_visible (self->empty_label, self->kpis->len == 0);
  update_range_label (self);
  update_advice (self);
}

static gboolean
rebuild_idle_cb (gpointer data)
{
  ScScorecardPage *self = data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

static void
queue_rebuild (ScScorecardPage *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (rebuild_idle_cb, self);
}

static void
on_detail_back_cb (ScScorecardPage *self,
                   ScKpiDetail     *detail)
{
  gtk_stack_set_visible_child_name (self->stack, "grid");
  sc_kpi_detail_set_kpi (self->detail, NULL, NULL);
}

static void
on_store_changed_cb (ScScorecardPage   *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  /* A figure typed: only its row changes (a rolling rate, later weeks). */
  if (sc_kpi_detail_get_kpi (self->detail) != NULL)
    sc_kpi_detail_refresh (self->detail);

  if (table == &sc_value_table)
    {
      g_autoptr(ScRecord) value = sc_store_read (store, table, id, NULL);
      gint64 kpi = value ? sc_record_get_ref (value, SC_VALUE_KPI_ID) : 0;

      for (guint r = 0; r < self->kpis->len; r++)
        if (kpi == 0 || sc_record_get_id (g_ptr_array_index (self->kpis, r)) == kpi)
          refresh_row (self, r);
      return;
    }
  if (table == &sc_kpi_table || table == &sc_target_table || table == &sc_override_table ||
      table == &sc_shutdown_table || table == &sc_company_table || table == &sc_person_table)
    queue_rebuild (self);
}

/* Actions ---------------------------------------------------------------- */

static void
sc_scorecard_page_shift_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (widget);
  int direction = g_str_equal (action_name, "scorecard.older") ? -1 : 1;

  if (self->store == NULL)
    return;

  if (self->view == VIEW_WEEKS)
    self->end_week += direction * 7 * N_WEEKS;
  else
    self->fiscal_year += direction;
  rebuild (self);
}

static void
go_to_today (ScScorecardPage *self)
{
  ScCalendar cal;

  if (self->store == NULL)
    return;
  sc_store_get_calendar (self->store, &cal);
  self->end_week = current_week (self);
  self->fiscal_year = sc_calendar_fiscal_year (&cal, sc_calendar_week_anchor (&cal, self->end_week));
}

static void
sc_scorecard_page_today_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (widget);

  go_to_today (self);
  rebuild (self);
}

static void
sc_scorecard_page_manage_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  sc_scorecard_page_show_indicators (SC_SCORECARD_PAGE (widget));
}

static void
sc_scorecard_page_back_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *param)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (widget);

  on_detail_back_cb (self, self->detail);
}

static void
sc_scorecard_page_show_kpi_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  sc_scorecard_page_show_kpi (SC_SCORECARD_PAGE (widget), g_variant_get_int64 (param));
}

static void
sc_scorecard_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_VIEW:
      g_value_set_string (value, view_names[self->view]);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_scorecard_page_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      sc_scorecard_page_set_store (SC_SCORECARD_PAGE (object), g_value_get_object (value));
      break;
    case PROP_VIEW:
      sc_scorecard_page_set_view (SC_SCORECARD_PAGE (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_scorecard_page_dispose (GObject *object)
{
  ScScorecardPage *self = SC_SCORECARD_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->store != NULL)
    sc_scorecard_page_set_store (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_SCORECARD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->cells, g_ptr_array_unref);
  g_clear_pointer (&self->kpis, g_ptr_array_unref);

  G_OBJECT_CLASS (sc_scorecard_page_parent_class)->dispose (object);
}

static void
sc_scorecard_page_class_init (ScScorecardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_scorecard_page_dispose;
  object_class->get_property = sc_scorecard_page_get_property;
  object_class->set_property = sc_scorecard_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "weeks",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-scorecard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, detail);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, kpi_list);
  gtk_widget_class_bind_template_callback (widget_class, on_detail_back_cb);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, grid);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, advice_revealer);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, advice_label);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, ScScorecardPage, legend);

  gtk_widget_class_install_property_action (widget_class, "scorecard.view", "view");
  gtk_widget_class_install_action (widget_class, "scorecard.older", NULL,
                                   sc_scorecard_page_shift_action);
  gtk_widget_class_install_action (widget_class, "scorecard.newer", NULL,
                                   sc_scorecard_page_shift_action);
  gtk_widget_class_install_action (widget_class, "scorecard.today", NULL,
                                   sc_scorecard_page_today_action);
  gtk_widget_class_install_action (widget_class, "scorecard.show-kpi", "x",
                                   sc_scorecard_page_show_kpi_action);
  gtk_widget_class_install_action (widget_class, "scorecard.manage", NULL,
                                   sc_scorecard_page_manage_action);
  gtk_widget_class_install_action (widget_class, "scorecard.back", NULL,
                                   sc_scorecard_page_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_ALT_MASK,
                                       "scorecard.older", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_ALT_MASK,
                                       "scorecard.newer", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "scorecardpage");

  g_type_ensure (SC_TYPE_SCORECARD_CELL);
  g_type_ensure (SC_TYPE_KPI_DETAIL);
  g_type_ensure (SC_TYPE_KPI_LIST);
}

static void
sc_scorecard_page_init (ScScorecardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->kpis = g_ptr_array_new_with_free_func (g_object_unref);
  self->cells = g_ptr_array_new ();
}

void
sc_scorecard_page_set_store (ScScorecardPage *self,
                             ScStore         *store)
{
  g_return_if_fail (SC_IS_SCORECARD_PAGE (self));

  if (self->store == store)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  self->metrics = store ? sc_metrics_for_store (store) : NULL;
  on_detail_back_cb (self, self->detail);
  sc_kpi_list_set_store (self->kpi_list, store);
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      go_to_today (self);
    }
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
sc_scorecard_page_set_view (ScScorecardPage *self,
                            const char      *view)
{
  g_return_if_fail (SC_IS_SCORECARD_PAGE (self));

  for (guint i = 0; i < G_N_ELEMENTS (view_names); i++)
    if (g_strcmp0 (view, view_names[i]) == 0 && self->view != (View) i)
      {
        self->view = i;
        rebuild (self);
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
      }
}

gboolean
sc_scorecard_page_show_kpi (ScScorecardPage *self,
                            gint64           kpi_id)
{
  ScRecord *kpi;

  g_return_val_if_fail (SC_IS_SCORECARD_PAGE (self), FALSE);

  kpi = self->store ? sc_store_lookup (self->store, &sc_kpi_table, kpi_id) : NULL;
  if (kpi == NULL)
    return FALSE;
  sc_kpi_detail_set_kpi (self->detail, self->metrics, SC_KPI (kpi));
  gtk_stack_set_visible_child_name (self->stack, "detail");
  gtk_widget_grab_focus (sc_kpi_detail_get_trend (self->detail));
  return TRUE;
}

void
sc_scorecard_page_show_indicators (ScScorecardPage *self)
{
  g_return_if_fail (SC_IS_SCORECARD_PAGE (self));

  gtk_stack_set_visible_child_name (self->stack, "indicators");
}

ScKpiDetail *
sc_scorecard_page_get_detail (ScScorecardPage *self)
{
  g_return_val_if_fail (SC_IS_SCORECARD_PAGE (self), NULL);
  return self->detail;
}

ScStore *
sc_scorecard_page_get_store (ScScorecardPage *self)
{
  g_return_val_if_fail (SC_IS_SCORECARD_PAGE (self), NULL);
  return self->store;
}

ScScorecardCell *
sc_scorecard_page_get_cell (ScScorecardPage *self,
                            guint            row,
                            guint            column)
{
  g_return_val_if_fail (SC_IS_SCORECARD_PAGE (self), NULL);
  return cell_at (self, row, column);
}

const ScPeriod *
sc_scorecard_page_get_column (ScScorecardPage *self,
                              guint            column)
{
  g_return_val_if_fail (SC_IS_SCORECARD_PAGE (self), NULL);
  g_return_val_if_fail (column < self->n_columns, NULL);
  return &self->columns[column];
}

guint
sc_scorecard_page_get_n_rows (ScScorecardPage *self)
{
  g_return_val_if_fail (SC_IS_SCORECARD_PAGE (self), 0);
  return self->kpis->len;
}

ScKpi *
sc_scorecard_page_get_row_kpi (ScScorecardPage *self,
                               guint            row)
{
  g_return_val_if_fail (SC_IS_SCORECARD_PAGE (self), NULL);
  g_return_val_if_fail (row < self->kpis->len, NULL);
  return g_ptr_array_index (self->kpis, row);
}
