/* sc-monthly-review-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-monthly-review-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-monthly-review-view.h"
#include "sc-plan-ui.h"
#include "sc-print.h"
#include "sc-report-window.h"

struct _ScMonthlyReviewView
{
  GtkWidget               parent_instance;

  ScMonthlyReviewSession *session;
  char                   *summary;

  /* Template children */
  GtkLabel               *title_label;
  GtkLabel               *period_label;
  GtkWidget              *held_box;
  GtkLabel               *held_label;
  GtkWidget              *save_button;
  GtkImage               *notice_image;
  GtkLabel               *notice_label;
  GtkListBox             *lines_box;
  GtkLabel               *footnote_label;
  GtkWidget              *notes_title;
  GtkTextView            *notes_view;
};

G_DEFINE_FINAL_TYPE (ScMonthlyReviewView, sc_monthly_review_view, GTK_TYPE_WIDGET)

static gboolean
read_only (ScMonthlyReviewView *self)
{
  return self->session == NULL || sc_monthly_review_session_get_read_only (self->session);
}

static void
set_notice (ScMonthlyReviewView *self,
            const char          *text,
            gboolean             warning)
{
  gtk_label_set_label (self->notice_label, text);
  gtk_image_set_from_icon_name (self->notice_image, warning ? "dialog-warning-symbolic"
                                                            : "dialog-information-symbolic");
}

/* What the review still asks for, after its summary. */
static void
update_notice (ScMonthlyReviewView *self)
{
  g_autofree char *text = NULL;
  guint missing;

  if (self->session == NULL)
    return;
  if (read_only (self))
    {
      set_notice (self, self->summary, FALSE);
      return;
    }

  missing = sc_monthly_review_session_count_missing (self->session);
  if (missing > 0)
    /* Translators: after "7 indicators: 4 on target, 1 to watch, 2 off target". */
    text = g_strdup_printf (ngettext ("%s. Say what caused the variance off target and what will "
                                      "be done about it; a countermeasure can become an action.",
                                      "%s. For each of the %u indicators off target, say what "
                                      "caused the variance and what will be done about it; a "
                                      "countermeasure can become an action.", missing),
                            self->summary, missing);
  else
    text = g_strdup_printf (_("%s. The review has what it needs: save it to keep it."),
                            self->summary);
  set_notice (self, text, FALSE);
}

static void
on_row_changed_cb (ScMonthlyReviewView *self,
                   ScVarianceRow       *row)
{
  update_notice (self);
}

static void
clear_rows (ScMonthlyReviewView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->lines_box))) != NULL)
    gtk_list_box_remove (self->lines_box, child);
}

static void
show_notes (ScMonthlyReviewView *self)
{
  const char *notes = sc_monthly_review_session_get_notes (self->session);
  gboolean ro = read_only (self);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), notes, -1);
  gtk_text_view_set_editable (self->notes_view, !ro);
  gtk_text_view_set_cursor_visible (self->notes_view, !ro);
  gtk_widget_set_visible (self->notes_title, !ro || *notes != '\0');
  gtk_widget_set_visible (GTK_WIDGET (self->notes_view), !ro || *notes != '\0');
}

static void
render (ScMonthlyReviewView *self)
{
  g_autoptr(ScMonthlyReviewContent) content = NULL;
  gboolean ro = read_only (self);

  clear_rows (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monthly.save", !ro);
  if (self->session == NULL)
    return;

  content = sc_monthly_review_session_dup_content (self->session, sc_l10n_ui_lang ());
  gtk_label_set_label (self->title_label, content->title);
  gtk_label_set_label (self->period_label, content->period);
  gtk_label_set_label (self->held_label, content->held);
  gtk_widget_set_visible (self->held_box, ro);
  gtk_widget_set_visible (self->save_button, !ro);
  g_free (self->summary);
  self->summary = g_strdup (content->summary);

  for (guint i = 0; i < content->lines->len; i++)
    {
      ScVarianceRow *row = sc_variance_row_new (self->session, i,
                                                g_ptr_array_index (content->lines, i));

      g_signal_connect_object (row, "changed", G_CALLBACK (on_row_changed_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_list_box_append (self->lines_box, GTK_WIDGET (row));
    }
  gtk_label_set_label (self->footnote_label, content->footnote);
  gtk_widget_set_visible (GTK_WIDGET (self->footnote_label), *content->footnote != '\0');
  show_notes (self);
  update_notice (self);
}

static void
on_notes_changed_cb (ScMonthlyReviewView *self,
                     GtkTextBuffer       *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (read_only (self))
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  sc_monthly_review_session_set_notes (self->session, text);
}

/* The first row that still lacks what an off-target KPI needs. */
static ScVarianceRow *
first_missing_row (ScMonthlyReviewView *self)
{
  for (guint i = 0; i < sc_monthly_review_session_get_n_lines (self->session); i++)
    {
      const ScVarianceLine *line = sc_monthly_review_session_get_line (self->session, i);

      if (line->month.status == SC_STATUS_OFF_TARGET &&
          (*line->cause == '\0' || *line->countermeasure == '\0'))
        return sc_monthly_review_view_get_row (self, i);
    }
  return NULL;
}

gboolean
sc_monthly_review_view_save (ScMonthlyReviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *month = NULL;
  g_autofree char *message = NULL;
  const ScPeriod *period;
  ScVarianceRow *row;

  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_VIEW (self), FALSE);

  if (read_only (self))
    return FALSE;
  if (!sc_monthly_review_session_save (self->session, &error))
    {
      if ((row = first_missing_row (self)) != NULL)
        {
          set_notice (self, error->message, TRUE);
          sc_variance_row_focus_missing (row);
        }
      else
        sc_plan_ui_error (GTK_WIDGET (self), _("The review could not be saved"), error);
      return FALSE;
    }

  period = sc_monthly_review_session_get_month (self->session);
  month = sc_format_month_year (sc_l10n_ui_lang (), period->year, period->index);
  /* Translators: %s is a month, "The review of August 2025 is saved." */
  message = g_strdup_printf (_("The review of %s is saved."), month);
  render (self);
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
  return TRUE;
}

static void
sc_monthly_review_view_save_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *param)
{
  sc_monthly_review_view_save (SC_MONTHLY_REVIEW_VIEW (widget));
}

/* The review as it stands, saved or not, on one page. */
static void
sc_monthly_review_view_print_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  ScMonthlyReviewView *self = SC_MONTHLY_REVIEW_VIEW (widget);

  if (self->session != NULL)
    sc_print_review (widget, G_OBJECT (self->session));
}

static void
sc_monthly_review_view_export_pdf_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *param)
{
  ScMonthlyReviewView *self = SC_MONTHLY_REVIEW_VIEW (widget);

  if (self->session != NULL)
    sc_report_window_show_review (widget, G_OBJECT (self->session));
}

static void
sc_monthly_review_view_dispose (GObject *object)
{
  ScMonthlyReviewView *self = SC_MONTHLY_REVIEW_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_MONTHLY_REVIEW_VIEW);
  /* The template's root has no id: dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_monthly_review_view_parent_class)->dispose (object);
}

static void
sc_monthly_review_view_finalize (GObject *object)
{
  ScMonthlyReviewView *self = SC_MONTHLY_REVIEW_VIEW (object);

  g_free (self->summary);

  G_OBJECT_CLASS (sc_monthly_review_view_parent_class)->finalize (object);
}

static void
sc_monthly_review_view_class_init (ScMonthlyReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_monthly_review_view_dispose;
  object_class->finalize = sc_monthly_review_view_finalize;

  g_type_ensure (SC_TYPE_VARIANCE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-monthly-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, period_label);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, held_box);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, held_label);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, save_button);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, notice_image);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, notice_label);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, lines_box);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, footnote_label);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, notes_title);
  gtk_widget_class_bind_template_child (widget_class, ScMonthlyReviewView, notes_view);

  gtk_widget_class_install_action (widget_class, "monthly.save", NULL,
                                   sc_monthly_review_view_save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "monthly.save", NULL);
  gtk_widget_class_install_action (widget_class, "monthly.print", NULL,
                                   sc_monthly_review_view_print_action);
  gtk_widget_class_install_action (widget_class, "monthly.export-pdf", NULL,
                                   sc_monthly_review_view_export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "monthly.print", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "monthlyreview");
}

static void
sc_monthly_review_view_init (ScMonthlyReviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "monthly.save", FALSE);
}

void
sc_monthly_review_view_set_session (ScMonthlyReviewView    *self,
                                    ScMonthlyReviewSession *session)
{
  g_return_if_fail (SC_IS_MONTHLY_REVIEW_VIEW (self));
  g_return_if_fail (session == NULL || SC_IS_MONTHLY_REVIEW_SESSION (session));

  if (self->session == session)
    return;
  /* The notes of the session shown before stay with it. */
  g_clear_object (&self->session);
  if (session != NULL)
    self->session = g_object_ref (session);
  render (self);
}

ScMonthlyReviewSession *
sc_monthly_review_view_get_session (ScMonthlyReviewView *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_VIEW (self), NULL);
  return self->session;
}

ScVarianceRow *
sc_monthly_review_view_get_row (ScMonthlyReviewView *self,
                                guint                index)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_VIEW (self), NULL);

  row = gtk_list_box_get_row_at_index (self->lines_box, (int) index);
  return row ? SC_VARIANCE_ROW (row) : NULL;
}

const char *
sc_monthly_review_view_get_notice (ScMonthlyReviewView *self)
{
  g_return_val_if_fail (SC_IS_MONTHLY_REVIEW_VIEW (self), NULL);
  return gtk_label_get_label (self->notice_label);
}
