/* sc-quarterly-review-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-quarterly-review-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-l10n.h"
#include "sc-plan-ui.h"
#include "sc-print.h"
#include "sc-quarterly-review-view.h"
#include "sc-report-window.h"
#include "sc-review-ui.h"

struct _ScQuarterlyReviewView
{
  GtkWidget                 parent_instance;

  ScQuarterlyReviewSession *session;

  /* Template children */
  GtkLabel                 *title_label;
  GtkLabel                 *period_label;
  GtkLabel                 *progress_label;
  GtkWidget                *draft_button;
  GtkButton                *finish_button;
  GtkImage                 *notice_image;
  GtkLabel                 *notice_label;
  GtkListBox               *items_box;
  ScDecisionPane           *pane;
};

G_DEFINE_FINAL_TYPE (ScQuarterlyReviewView, sc_quarterly_review_view, GTK_TYPE_WIDGET)

static gboolean
read_only (ScQuarterlyReviewView *self)
{
  return self->session == NULL || sc_quarterly_review_session_get_read_only (self->session);
}

static void
set_notice (ScQuarterlyReviewView *self,
            const char            *text,
            gboolean               warning)
{
  gtk_label_set_label (self->notice_label, text);
  gtk_image_set_from_icon_name (self->notice_image, warning ? "dialog-warning-symbolic"
                                                            : "dialog-information-symbolic");
}

static char *
next_name (ScQuarterlyReviewView *self)
{
  const ScPeriod *next = sc_quarterly_review_session_get_next (self->session);

  return sc_plan_ui_quarter_name (sc_quarterly_review_session_get_store (self->session),
                                  next->fiscal_year, next->index);
}

/* Items -------------------------------------------------------------------- */

/* The sections of the list: KPIs, objectives, open then finished actions. */
static int
section_of (ScQuarterlyReviewView *self,
            guint                  index)
{
  GListModel *items = sc_quarterly_review_session_get_items (self->session);
  g_autoptr(ScRecord) item = g_list_model_get_item (items, index);
  int kind = sc_record_get_int (item, SC_DECISION_ITEM_KIND);

  return kind * 2 + !sc_quarterly_review_session_is_required (self->session, index);
}

static const char *
section_title (ScQuarterlyReviewView *self,
               int                    section)
{
  switch (section)
    {
    case SC_ITEM_KPI * 2:
      return _("Indicators");
    case SC_ITEM_PRIORITY * 2:
      return _("Priority Objectives");
    case SC_ITEM_ACTION * 2:
      return read_only (self) ? _("Actions") : _("Open Actions");
    default:
      return _("Finished Actions (Optional)");
    }
}

static void
update_header_cb (GtkListBoxRow *row,
                  GtkListBoxRow *before,
                  gpointer       data)
{
  ScQuarterlyReviewView *self = data;
  int section;
  GtkWidget *header;

  /* Rows are removed after the session is gone. */
  if (self->session == NULL)
    return;
  section = section_of (self, gtk_list_box_row_get_index (row));

  if (before != NULL && section_of (self, gtk_list_box_row_get_index (before)) == section)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (section_title (self, section));
  gtk_label_set_xalign (GTK_LABEL (header), 0);
  gtk_widget_add_css_class (header, "review-section");
  gtk_list_box_row_set_header (row, header);
}

static GtkWidget *
item_child (ScQuarterlyReviewView *self,
            guint                  index,
            GtkListBoxRow         *row)
{
  g_autoptr(ScQuarterlyReviewContentItem) item =
    sc_quarterly_review_session_dup_item (self->session, index, sc_l10n_ui_lang ());
  g_autofree char *title = *item->ref ? g_strdup_printf ("%s  %s", item->ref, item->title)
                                      : g_strdup (item->title);
  /* A finished action need not be decided on: say so rather than "To decide". */
  const char *decision = !item->required && item->decision == SC_DECISION_NONE
                         ? C_("decision", "Optional") : item->decision_label;
  /* Translators: under an item of the review: "Modify · Jean-Philippe Gagnon". */
  g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), decision, item->owner);
  /* Translators: the accessible name of an item: "A03 Reduce …: Modify". */
  g_autofree char *name = g_strdup_printf (_("%s: %s"), title, decision);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *image = gtk_image_new_from_icon_name (sc_review_ui_decision_icon (item->decision));
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *subtitle_label = gtk_label_new (subtitle);

  gtk_accessible_update_property (GTK_ACCESSIBLE (image), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  decision, -1);
  sc_review_ui_set_decision (image, item->decision);
  gtk_widget_set_valign (image, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (subtitle_label, "dim-label");
  gtk_widget_add_css_class (subtitle_label, "caption");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title_label);
  gtk_box_append (GTK_BOX (texts), subtitle_label);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_add_css_class (box, "review-item");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return box;
}

static void
update_row (ScQuarterlyReviewView *self,
            guint                  index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->items_box, (int) index);

  if (row != NULL)
    gtk_list_box_row_set_child (row, item_child (self, index, row));
}

static void
update_progress (ScQuarterlyReviewView *self)
{
  guint required = 0, left;
  g_autofree char *text = NULL;

  for (guint i = 0; i < sc_quarterly_review_session_get_n_items (self->session); i++)
    required += sc_quarterly_review_session_is_required (self->session, i);
  left = sc_quarterly_review_session_count_undecided (self->session);
  /* Translators: "8 of 12 decided". */
  text = g_strdup_printf (_("%u of %u decided"), required - left, required);
  gtk_label_set_label (self->progress_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_label), !read_only (self));
}

static void
update_notice (ScQuarterlyReviewView *self)
{
  g_autoptr(ScQuarterlyReviewContent) content =
    sc_quarterly_review_session_dup_content (self->session, sc_l10n_ui_lang ());
  g_autofree char *text = NULL;

  if (read_only (self))
    /* Translators: "Finished on September 26, 2025. 15 decisions: … Plan of Q2 FY2025: …" */
    text = g_strdup_printf (_("%s. %s. %s."), content->held, content->summary, content->next_plan);
  else
    text = g_strdup_printf (_("Decide on each indicator, objective and open action: keep it, "
                              "modify it or drop it, and say why when it changes. %s."),
                            content->held);
  set_notice (self, text, FALSE);
}

static void
render (ScQuarterlyReviewView *self)
{
  g_autoptr(ScQuarterlyReviewContent) content = NULL;
  g_autofree char *next = NULL;
  g_autofree char *finish = NULL;
  GtkWidget *child;
  gboolean ro = read_only (self);
  int first;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->items_box))) != NULL)
    gtk_list_box_remove (self->items_box, child);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quarterly.save-draft", !ro);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quarterly.finish", !ro);
  if (self->session == NULL)
    return;

  content = sc_quarterly_review_session_dup_content (self->session, sc_l10n_ui_lang ());
  next = next_name (self);
  /* Translators: a button, %s is the next quarter: "Finish and Create the Plan of Q2 FY2025". */
  finish = g_strdup_printf (_("_Finish and Create the Plan of %s"), next);
  gtk_label_set_label (self->title_label, content->title);
  gtk_label_set_label (self->period_label, content->period);
  gtk_button_set_label (self->finish_button, finish);
  gtk_widget_set_visible (GTK_WIDGET (self->finish_button), !ro);
  gtk_widget_set_visible (self->draft_button, !ro);

  for (guint i = 0; i < sc_quarterly_review_session_get_n_items (self->session); i++)
    {
      GtkWidget *row = gtk_list_box_row_new ();

      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row),
                                  item_child (self, i, GTK_LIST_BOX_ROW (row)));
      gtk_list_box_append (self->items_box, row);
    }
  update_progress (self);
  update_notice (self);
  first = sc_quarterly_review_session_first_undecided (self->session);
  if (sc_quarterly_review_session_get_n_items (self->session) > 0)
    sc_quarterly_review_view_select (self, first >= 0 ? (guint) first : 0);
}

static void
on_item_selected_cb (ScQuarterlyReviewView *self,
                     GtkListBoxRow         *row,
                     GtkListBox            *box)
{
  if (row != NULL && self->session != NULL)
    sc_decision_pane_show (self->pane, self->session, gtk_list_box_row_get_index (row));
}

static void
move (ScQuarterlyReviewView *self,
      int                    offset)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->items_box);
  int index = row ? gtk_list_box_row_get_index (row) + offset : 0;
  int n = self->session ? (int) sc_quarterly_review_session_get_n_items (self->session) : 0;

  if (index >= 0 && index < n)
    sc_quarterly_review_view_select (self, (guint) index);
}

static void
on_pane_recorded_cb (ScQuarterlyReviewView *self,
                     ScDecisionPane        *pane)
{
  update_row (self, sc_decision_pane_get_index (pane));
  update_progress (self);
  update_notice (self);
  move (self, 1);
}

/* GTK 4.8 has no gtk_list_box_scroll_to (): move the list's viewport so
 * that the row is in sight. */
static void
scroll_to_row (ScQuarterlyReviewView *self,
               GtkListBoxRow         *row)
{
  GtkWidget *viewport = gtk_widget_get_parent (GTK_WIDGET (self->items_box));
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double value, page;

  if (!GTK_IS_SCROLLABLE (viewport) ||
      !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->items_box), &bounds))
    return;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport));
  value = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  /* Out of sight, the row comes to the middle (the adjustment clamps). */
  if (bounds.origin.y < value || bounds.origin.y + bounds.size.height > value + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height / 2 - page / 2);
}

/* Actions ------------------------------------------------------------------ */

static void
sc_quarterly_review_view_previous_action (GtkWidget  *widget,
                                          const char *action_name,
                                          GVariant   *param)
{
  move (SC_QUARTERLY_REVIEW_VIEW (widget), -1);
}

static void
sc_quarterly_review_view_next_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  move (SC_QUARTERLY_REVIEW_VIEW (widget), 1);
}

/* The review as it stands, finished or not, on one page. */
static void
sc_quarterly_review_view_print_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  ScQuarterlyReviewView *self = SC_QUARTERLY_REVIEW_VIEW (widget);

  if (self->session != NULL)
    sc_print_review (widget, G_OBJECT (self->session));
}

static void
sc_quarterly_review_view_export_pdf_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param)
{
  ScQuarterlyReviewView *self = SC_QUARTERLY_REVIEW_VIEW (widget);

  if (self->session != NULL)
    sc_report_window_show_review (widget, G_OBJECT (self->session));
}

static void
sc_quarterly_review_view_save_draft_action (GtkWidget  *widget,
                                            const char *action_name,
                                            GVariant   *param)
{
  ScQuarterlyReviewView *self = SC_QUARTERLY_REVIEW_VIEW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (read_only (self))
    return;
  if (!sc_quarterly_review_session_save_draft (self->session, &error))
    {
      sc_plan_ui_error (widget, _("The draft could not be saved"), error);
      return;
    }
  message = g_strdup_printf (_("Draft saved: %s."), gtk_label_get_label (self->progress_label));
  update_notice (self);
  sc_plan_ui_toast (widget, message, TRUE);
}

gboolean
sc_quarterly_review_view_finish (ScQuarterlyReviewView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScQuarterlyReviewContent) content = NULL;
  g_autofree char *message = NULL;
  int first;

  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_VIEW (self), FALSE);

  if (read_only (self))
    return FALSE;
  if (!sc_quarterly_review_session_finish (self->session, &error))
    {
      first = sc_quarterly_review_session_first_undecided (self->session);
      if (first >= 0)
        sc_quarterly_review_view_select (self, (guint) first);
      set_notice (self, error->message, TRUE);
      return FALSE;
    }

  content = sc_quarterly_review_session_dup_content (self->session, sc_l10n_ui_lang ());
  /* Translators: "Plan of Q2 FY2025: 3 objectives and 3 actions carried over." */
  message = g_strdup_printf (_("%s."), content->next_plan);
  render (self);
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
  return TRUE;
}

static void
sc_quarterly_review_view_finish_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  sc_quarterly_review_view_finish (SC_QUARTERLY_REVIEW_VIEW (widget));
}

/* The object --------------------------------------------------------------- */

static void
sc_quarterly_review_view_dispose (GObject *object)
{
  ScQuarterlyReviewView *self = SC_QUARTERLY_REVIEW_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_QUARTERLY_REVIEW_VIEW);
  /* The template's root has no id: dispose_template leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sc_quarterly_review_view_parent_class)->dispose (object);
}

static void
sc_quarterly_review_view_class_init (ScQuarterlyReviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_quarterly_review_view_dispose;

  g_type_ensure (SC_TYPE_DECISION_PANE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-quarterly-review-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, title_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, period_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, draft_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, finish_button);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, notice_image);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, notice_label);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, items_box);
  gtk_widget_class_bind_template_child (widget_class, ScQuarterlyReviewView, pane);
  gtk_widget_class_bind_template_callback (widget_class, on_item_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pane_recorded_cb);

  gtk_widget_class_install_action (widget_class, "quarterly.previous", NULL,
                                   sc_quarterly_review_view_previous_action);
  gtk_widget_class_install_action (widget_class, "quarterly.next", NULL,
                                   sc_quarterly_review_view_next_action);
  gtk_widget_class_install_action (widget_class, "quarterly.save-draft", NULL,
                                   sc_quarterly_review_view_save_draft_action);
  gtk_widget_class_install_action (widget_class, "quarterly.finish", NULL,
                                   sc_quarterly_review_view_finish_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK,
                                       "quarterly.previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK,
                                       "quarterly.next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "quarterly.save-draft", NULL);
  gtk_widget_class_install_action (widget_class, "quarterly.print", NULL,
                                   sc_quarterly_review_view_print_action);
  gtk_widget_class_install_action (widget_class, "quarterly.export-pdf", NULL,
                                   sc_quarterly_review_view_export_pdf_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "quarterly.print", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "quarterlyreview");
}

static void
sc_quarterly_review_view_init (ScQuarterlyReviewView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->items_box, update_header_cb, self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quarterly.save-draft", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "quarterly.finish", FALSE);
}

void
sc_quarterly_review_view_set_session (ScQuarterlyReviewView    *self,
                                      ScQuarterlyReviewSession *session)
{
  g_return_if_fail (SC_IS_QUARTERLY_REVIEW_VIEW (self));
  g_return_if_fail (session == NULL || SC_IS_QUARTERLY_REVIEW_SESSION (session));

  if (self->session == session)
    return;
  g_clear_object (&self->session);
  if (session != NULL)
    self->session = g_object_ref (session);
  render (self);
}

ScQuarterlyReviewSession *
sc_quarterly_review_view_get_session (ScQuarterlyReviewView *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_VIEW (self), NULL);
  return self->session;
}

void
sc_quarterly_review_view_select (ScQuarterlyReviewView *self,
                                 guint                  index)
{
  GtkListBoxRow *row;

  g_return_if_fail (SC_IS_QUARTERLY_REVIEW_VIEW (self));

  row = gtk_list_box_get_row_at_index (self->items_box, (int) index);
  if (row == NULL)
    return;
  gtk_list_box_select_row (self->items_box, row);
  /* Selecting the row already selected shows it again all the same. */
  sc_decision_pane_show (self->pane, self->session, index);
  scroll_to_row (self, row);
}

ScDecisionPane *
sc_quarterly_review_view_get_pane (ScQuarterlyReviewView *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_VIEW (self), NULL);
  return self->pane;
}

const char *
sc_quarterly_review_view_get_notice (ScQuarterlyReviewView *self)
{
  g_return_val_if_fail (SC_IS_QUARTERLY_REVIEW_VIEW (self), NULL);
  return gtk_label_get_label (self->notice_label);
}
