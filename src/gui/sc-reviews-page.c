/* sc-reviews-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-reviews-page"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"
#include "sc-reviews-page.h"

struct _ScReviewsPage
{
  GtkWidget              parent_instance;

  ScStore               *store;
  guint                  refresh_id;

  /* Template children */
  GtkStack              *stack;
  GtkLabel              *monthly_due_label;
  GtkButton             *monthly_button;
  GtkLabel              *quarterly_due_label;
  GtkButton             *quarterly_button;
  GtkListBox            *past_list;
  ScMonthlyReviewView   *monthly_view;
  ScQuarterlyReviewView *quarterly_view;
};

G_DEFINE_FINAL_TYPE (ScReviewsPage, sc_reviews_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static ScLang
lang (void)
{
  return sc_l10n_ui_lang ();
}

static char *
quarter_name (ScStore *store,
              int      fiscal_year,
              int      quarter)
{
  return sc_plan_ui_quarter_name (store, fiscal_year, quarter);
}

/* The cards ------------------------------------------------------------------ */

static void
update_monthly_card (ScReviewsPage *self)
{
  g_autofree char *text = NULL;
  g_autofree char *month = NULL;
  g_autofree char *button = NULL;
  int year, index;
  gboolean due = sc_monthly_review_due_month (self->store, &year, &index);

  if (due)
    {
      month = sc_format_month_year (lang (), year, index);
      /* Translators: %s is a month, "August 2025". */
      text = g_strdup_printf (_("%s is over and has not been reviewed: compare each indicator "
                                "with its target, and say what caused the variances and what "
                                "will be done about them."), month);
      /* Translators: a button, "Start the Review of August 2025". */
      button = g_strdup_printf (_("_Start the Review of %s"), month);
      gtk_button_set_label (self->monthly_button, button);
    }
  else
    {
      ScCalendar cal;
      ScPeriod current;
      g_autofree char *after = NULL;

      sc_store_get_calendar (self->store, &cal);
      sc_calendar_period_at (&cal, SC_PERIOD_MONTH, sc_store_get_today (self->store), &current);
      month = sc_format_month_year (lang (), current.year, current.index);
      after = sc_format_date_long (lang (), current.last_week + 7, FALSE);
      /* Translators: "The next review is of September 2025, due on September 29, 2025." */
      text = g_strdup_printf (_("Every month over has been reviewed. The next review is of %s, "
                                "due on %s."), month, after);
    }
  gtk_label_set_label (self->monthly_due_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_button), due);
}

static guint
count_decisions (ScStore *store,
                 gint64   review_id)
{
  g_autoptr(GPtrArray) rows = sc_store_query_children (store, &sc_decision_table,
                                                       SC_DECISION_REVIEW_ID, review_id, NULL);

  return rows ? rows->len : 0;
}

static void
update_quarterly_card (ScReviewsPage *self)
{
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  g_autofree char *next = NULL;
  g_autofree char *button = NULL;
  int year, quarter;
  gboolean draft = FALSE;
  gboolean due = sc_quarterly_review_due_quarter (self->store, &year, &quarter, &draft);
  ScPeriod period, following;
  ScCalendar cal;

  sc_store_get_calendar (self->store, &cal);
  if (!due)
    sc_calendar_period_at (&cal, SC_PERIOD_QUARTER, sc_store_get_today (self->store), &period);
  else
    sc_calendar_quarter (&cal, year, quarter, &period);
  sc_calendar_period_shift (&cal, &period, 1, &following);
  name = quarter_name (self->store, period.fiscal_year, period.index);
  next = quarter_name (self->store, following.fiscal_year, following.index);

  if (due && draft)
    {
      ScQuarterlyReview *review = sc_quarterly_review_find (self->store, year, quarter);
      guint n = count_decisions (self->store, sc_record_get_id (SC_RECORD (review)));

      /* Translators: "The review of Q1 FY2025 is under way: 9 decisions so far." */
      text = g_strdup_printf (ngettext ("The review of %s is under way: %u decision so far.",
                                        "The review of %s is under way: %u decisions so far.", n),
                              name, n);
      button = g_strdup_printf (_("_Resume the Review of %s"), name);
    }
  else if (due)
    {
      /* Translators: "Q1 FY2025 has come to its end: …; the plan of Q2 FY2025 follows." */
      text = g_strdup_printf (_("%s has come to its end: decide, for each indicator, objective "
                                "and open action, whether to keep, modify or drop it. The plan "
                                "of %s follows from the decisions."), name, next);
      /* Translators: a button, "Start the Review of Q1 FY2025" (the quarterly one). */
      button = g_strdup_printf (C_("quarter", "_Start the Review of %s"), name);
    }
  else
    text = g_strdup_printf (_("The last quarter has its review. The next one is of %s, in its "
                              "last week."), name);
  if (button != NULL)
    gtk_button_set_label (self->quarterly_button, button);
  gtk_label_set_label (self->quarterly_due_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->quarterly_button), due);
}

/* Past reviews ------------------------------------------------------------- */

typedef struct
{
  ScDay        end;        /* for the order, newest first */
  const char  *action;
  gint64       id;
  char        *title;
  char        *subtitle;
  const char  *icon;
} PastReview;

static void
past_review_clear (gpointer data)
{
  PastReview *past = data;

  g_free (past->title);
  g_free (past->subtitle);
}

static int
compare_past (gconstpointer a,
              gconstpointer b)
{
  const PastReview *x = a, *y = b;

  return (x->end < y->end) - (x->end > y->end);
}

static void
add_monthly (ScReviewsPage *self,
             ScRecord      *review,
             GArray        *past)
{
  g_autoptr(GPtrArray) lines = sc_store_query_children (self->store, &sc_review_line_table,
                                                        SC_REVIEW_LINE_REVIEW_ID,
                                                        sc_record_get_id (review), NULL);
  int year = sc_record_get_int (review, SC_MONTHLY_REVIEW_YEAR);
  int index = sc_record_get_int (review, SC_MONTHLY_REVIEW_MONTH);
  g_autofree char *month = sc_format_month_year (lang (), year, index);
  ScDay done_on = sc_record_get_date (review, SC_MONTHLY_REVIEW_DONE_ON);
  g_autofree char *held = sc_format_date_long (lang (), done_on, FALSE);
  guint n = lines ? lines->len : 0, off = 0;
  ScCalendar cal;
  ScPeriod period;
  PastReview entry = { 0 };

  for (guint i = 0; i < n; i++)
    off += sc_record_get_int (g_ptr_array_index (lines, i), SC_REVIEW_LINE_STATUS) ==
           SC_STATUS_OFF_TARGET;
  sc_store_get_calendar (self->store, &cal);
  sc_calendar_month (&cal, year, index, &period);
  entry.end = period.last_day;
  entry.action = "reviews.open-monthly";
  entry.id = sc_record_get_id (review);
  entry.icon = "x-office-calendar-symbolic";
  entry.title = g_strdup_printf (_("Monthly Variance Review — %s"), month);
  /* Translators: "Held on September 26, 2025 · 2 of 7 indicators off target". */
  entry.subtitle = g_strdup_printf (ngettext ("Held on %s · %u of %u indicator off target",
                                              "Held on %s · %u of %u indicators off target", n),
                                    held, off, n);
  g_array_append_val (past, entry);
}

static void
add_quarterly (ScReviewsPage *self,
               ScRecord      *review,
               GArray        *past)
{
  int year = sc_record_get_int (review, SC_QUARTERLY_REVIEW_FISCAL_YEAR);
  int quarter = sc_record_get_int (review, SC_QUARTERLY_REVIEW_QUARTER);
  g_autofree char *name = quarter_name (self->store, year, quarter);
  guint n = count_decisions (self->store, sc_record_get_id (review));
  ScDay done = sc_record_get_date (review, SC_QUARTERLY_REVIEW_DONE_ON);
  ScCalendar cal;
  ScPeriod period;
  PastReview entry = { 0 };

  sc_store_get_calendar (self->store, &cal);
  sc_calendar_quarter (&cal, year, quarter, &period);
  entry.end = period.last_day;
  entry.action = "reviews.open-quarterly";
  entry.id = sc_record_get_id (review);
  entry.icon = "view-list-bullet-symbolic";
  entry.title = g_strdup_printf (_("Quarterly Review — %s"), name);
  if (done != SC_DAY_NONE)
    {
      g_autofree char *day = sc_format_date_long (lang (), done, FALSE);

      /* Translators: "Finished on September 26, 2025 · 15 decisions". */
      entry.subtitle = g_strdup_printf (ngettext ("Finished on %s · %u decision",
                                                  "Finished on %s · %u decisions", n), day, n);
    }
  else
    entry.subtitle = g_strdup_printf (ngettext ("Draft · %u decision so far",
                                                "Draft · %u decisions so far", n), n);
  g_array_append_val (past, entry);
}

static GtkWidget *
past_row (const PastReview *past)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (past->title);
  GtkWidget *subtitle = gtk_label_new (past->subtitle);
  /* The row's name says it all: the icons are decoration. */
  GtkWidget *icon = g_object_new (GTK_TYPE_IMAGE, "icon-name", past->icon,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);
  GtkWidget *arrow = g_object_new (GTK_TYPE_IMAGE, "icon-name", "go-next-symbolic",
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION, NULL);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (texts), title);
  gtk_box_append (GTK_BOX (texts), subtitle);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_box_append (GTK_BOX (box), arrow);
  gtk_widget_add_css_class (box, "past-review");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), past->action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "x", past->id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  past->title, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  past->subtitle, -1);
  return row;
}

static void
update_past (ScReviewsPage *self)
{
  g_autoptr(GArray) past = g_array_new (FALSE, TRUE, sizeof (PastReview));
  GListModel *monthly = sc_store_get_list (self->store, &sc_monthly_review_table);
  GListModel *quarterly = sc_store_get_list (self->store, &sc_quarterly_review_table);
  GtkListBoxRow *row;

  g_array_set_clear_func (past, past_review_clear);
  for (guint i = 0; i < g_list_model_get_n_items (monthly); i++)
    {
      g_autoptr(ScRecord) review = g_list_model_get_item (monthly, i);

      add_monthly (self, review, past);
    }
  for (guint i = 0; i < g_list_model_get_n_items (quarterly); i++)
    {
      g_autoptr(ScRecord) review = g_list_model_get_item (quarterly, i);

      add_quarterly (self, review, past);
    }
  g_array_sort (past, compare_past);

  /* Rows only: the placeholder stays. */
  while ((row = gtk_list_box_get_row_at_index (self->past_list, 0)) != NULL)
    gtk_list_box_remove (self->past_list, GTK_WIDGET (row));
  for (guint i = 0; i < past->len; i++)
    gtk_list_box_append (self->past_list, past_row (&g_array_index (past, PastReview, i)));
}

/* Following the file ------------------------------------------------------ */

/* After an undo or a redo, a review on screen may be gone, finished again
 * or back to a draft: show what the file says. */
static void
check_views (ScReviewsPage *self)
{
  const char *shown = sc_reviews_page_get_shown (self);
  ScMonthlyReviewSession *monthly = sc_monthly_review_view_get_session (self->monthly_view);
  ScQuarterlyReviewSession *quarterly = sc_quarterly_review_view_get_session (self->quarterly_view);

  if (g_str_equal (shown, "monthly") && monthly != NULL &&
      sc_monthly_review_session_get_review_id (monthly) != 0 &&
      sc_store_lookup (self->store, &sc_monthly_review_table,
                       sc_monthly_review_session_get_review_id (monthly)) == NULL)
    gtk_stack_set_visible_child_name (self->stack, "list");

  if (g_str_equal (shown, "quarterly") && quarterly != NULL)
    {
      const ScPeriod *q = sc_quarterly_review_session_get_quarter (quarterly);
      ScRecord *review = SC_RECORD (sc_quarterly_review_find (self->store, q->fiscal_year,
                                                              q->index));
      gboolean done = review != NULL && !sc_record_is_null (review, SC_QUARTERLY_REVIEW_DONE_ON);
      gint64 id = review ? sc_record_get_id (review) : 0;

      if (done != sc_quarterly_review_session_get_read_only (quarterly) ||
          id != sc_quarterly_review_session_get_review_id (quarterly))
        {
          g_autoptr(ScQuarterlyReviewSession) fresh =
            sc_quarterly_review_session_new (self->store, q->fiscal_year, q->index, NULL);

          if (fresh != NULL)
            sc_quarterly_review_view_set_session (self->quarterly_view, fresh);
          else
            gtk_stack_set_visible_child_name (self->stack, "list");
        }
    }
}

static void
refresh (ScReviewsPage *self)
{
  gboolean writable;

  if (self->store == NULL)
    return;
  writable = !sc_store_get_read_only (self->store);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.start-monthly", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reviews.start-quarterly", writable);
  update_monthly_card (self);
  update_quarterly_card (self);
  update_past (self);
  check_views (self);
}

static void
on_refresh_idle_cb (gpointer data)
{
  ScReviewsPage *self = data;

  self->refresh_id = 0;
  refresh (self);
}

static void
on_store_changed_cb (ScReviewsPage     *self,
                     const ScTableInfo *table,
                     gint64             id,
                     ScStore           *store)
{
  /* A change writes many rows: look once it is all written. */
  if (self->refresh_id == 0)
    self->refresh_id = g_idle_add_once (on_refresh_idle_cb, self);
}

/* Actions ------------------------------------------------------------------ */

static void
show_monthly (ScReviewsPage          *self,
              ScMonthlyReviewSession *session)
{
  sc_monthly_review_view_set_session (self->monthly_view, session);
  gtk_stack_set_visible_child_name (self->stack, "monthly");
}

static void
show_quarterly (ScReviewsPage            *self,
                ScQuarterlyReviewSession *session)
{
  sc_quarterly_review_view_set_session (self->quarterly_view, session);
  gtk_stack_set_visible_child_name (self->stack, "quarterly");
}

static void
sc_reviews_page_start_monthly_action (GtkWidget  *widget,
                                      const char *action_name,
                                      GVariant   *param)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (widget);
  g_autoptr(ScMonthlyReviewSession) session = NULL;
  g_autoptr(GError) error = NULL;
  int year, month;

  if (self->store == NULL || !sc_monthly_review_due_month (self->store, &year, &month))
    return;
  session = sc_monthly_review_session_new (self->store, year, month, &error);
  if (session == NULL)
    {
      sc_plan_ui_error (widget, _("The review could not be started"), error);
      return;
    }
  show_monthly (self, session);
}

static void
open_quarter (ScReviewsPage *self,
              int            fiscal_year,
              int            quarter)
{
  g_autoptr(ScQuarterlyReviewSession) session = NULL;
  g_autoptr(GError) error = NULL;

  session = sc_quarterly_review_session_new (self->store, fiscal_year, quarter, &error);
  if (session == NULL)
    {
      sc_plan_ui_error (GTK_WIDGET (self), _("The review could not be opened"), error);
      return;
    }
  show_quarterly (self, session);
}

static void
sc_reviews_page_start_quarterly_action (GtkWidget  *widget,
                                        const char *action_name,
                                        GVariant   *param)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (widget);
  int year, quarter;

  if (self->store != NULL && sc_quarterly_review_due_quarter (self->store, &year, &quarter, NULL))
    open_quarter (self, year, quarter);
}

static void
sc_reviews_page_open_monthly_action (GtkWidget  *widget,
                                     const char *action_name,
                                     GVariant   *param)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (widget);
  g_autoptr(ScMonthlyReviewSession) session = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  session = sc_monthly_review_session_open (self->store, g_variant_get_int64 (param), &error);
  if (session == NULL)
    {
      sc_plan_ui_error (widget, _("The review could not be opened"), error);
      return;
    }
  show_monthly (self, session);
}

static void
sc_reviews_page_open_quarterly_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *param)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (widget);
  ScRecord *review;

  if (self->store == NULL)
    return;
  review = sc_store_lookup (self->store, &sc_quarterly_review_table, g_variant_get_int64 (param));
  if (review != NULL)
    open_quarter (self, sc_record_get_int (review, SC_QUARTERLY_REVIEW_FISCAL_YEAR),
                  sc_record_get_int (review, SC_QUARTERLY_REVIEW_QUARTER));
}

static void
sc_reviews_page_back_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *param)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (widget);

  /* What was typed in a review not saved stays with its session until
   * another review is started. */
  gtk_stack_set_visible_child_name (self->stack, "list");
  refresh (self);
}

/* The object --------------------------------------------------------------- */

static void
sc_reviews_page_dispose (GObject *object)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (object);

  g_clear_handle_id (&self->refresh_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_REVIEWS_PAGE);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_reviews_page_parent_class)->dispose (object);
}

static void
sc_reviews_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (object);

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
sc_reviews_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  ScReviewsPage *self = SC_REVIEWS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_reviews_page_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_reviews_page_class_init (ScReviewsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_reviews_page_dispose;
  object_class->get_property = sc_reviews_page_get_property;
  object_class->set_property = sc_reviews_page_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SC_TYPE_MONTHLY_REVIEW_VIEW);
  g_type_ensure (SC_TYPE_QUARTERLY_REVIEW_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-reviews-page.ui");
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, monthly_due_label);
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, monthly_button);
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, quarterly_due_label);
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, quarterly_button);
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, past_list);
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, monthly_view);
  gtk_widget_class_bind_template_child (widget_class, ScReviewsPage, quarterly_view);

  gtk_widget_class_install_action (widget_class, "reviews.start-monthly", NULL,
                                   sc_reviews_page_start_monthly_action);
  gtk_widget_class_install_action (widget_class, "reviews.start-quarterly", NULL,
                                   sc_reviews_page_start_quarterly_action);
  gtk_widget_class_install_action (widget_class, "reviews.open-monthly", "x",
                                   sc_reviews_page_open_monthly_action);
  gtk_widget_class_install_action (widget_class, "reviews.open-quarterly", "x",
                                   sc_reviews_page_open_quarterly_action);
  gtk_widget_class_install_action (widget_class, "reviews.back", NULL,
                                   sc_reviews_page_back_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "reviews.back", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "reviewspage");
}

static void
sc_reviews_page_init (ScReviewsPage *self)
{
  GtkWidget *placeholder;

  gtk_widget_init_template (GTK_WIDGET (self));

  placeholder = gtk_label_new (_("No review yet: the reviews held will be listed here."));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_add_css_class (placeholder, "plan-placeholder");
  gtk_list_box_set_placeholder (self->past_list, placeholder);
}

void
sc_reviews_page_set_store (ScReviewsPage *self,
                           ScStore       *store)
{
  g_return_if_fail (SC_IS_REVIEWS_PAGE (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (self->store == store)
    return;
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_set_object (&self->store, store);
  /* Another file: its reviews, not the last one's. */
  sc_monthly_review_view_set_session (self->monthly_view, NULL);
  sc_quarterly_review_view_set_session (self->quarterly_view, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (store != NULL)
    {
      g_signal_connect_object (store, "changed", G_CALLBACK (on_store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      refresh (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_reviews_page_get_store (ScReviewsPage *self)
{
  g_return_val_if_fail (SC_IS_REVIEWS_PAGE (self), NULL);
  return self->store;
}

const char *
sc_reviews_page_get_shown (ScReviewsPage *self)
{
  g_return_val_if_fail (SC_IS_REVIEWS_PAGE (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

ScMonthlyReviewView *
sc_reviews_page_get_monthly_view (ScReviewsPage *self)
{
  g_return_val_if_fail (SC_IS_REVIEWS_PAGE (self), NULL);
  return self->monthly_view;
}

ScQuarterlyReviewView *
sc_reviews_page_get_quarterly_view (ScReviewsPage *self)
{
  g_return_val_if_fail (SC_IS_REVIEWS_PAGE (self), NULL);
  return self->quarterly_view;
}

GtkListBox *
sc_reviews_page_get_past_list (ScReviewsPage *self)
{
  g_return_val_if_fail (SC_IS_REVIEWS_PAGE (self), NULL);
  return self->past_list;
}

const char *
sc_reviews_page_get_monthly_due (ScReviewsPage *self)
{
  g_return_val_if_fail (SC_IS_REVIEWS_PAGE (self), NULL);
  return gtk_label_get_label (self->monthly_due_label);
}

const char *
sc_reviews_page_get_quarterly_due (ScReviewsPage *self)
{
  g_return_val_if_fail (SC_IS_REVIEWS_PAGE (self), NULL);
  return gtk_label_get_label (self->quarterly_due_label);
}
