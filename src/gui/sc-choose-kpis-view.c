/* sc-choose-kpis-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-choose-kpis-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-choose-kpis-view.h"
#include "sc-kpi-ui.h"
#include "sc-l10n.h"
#include "sc-plan-ui.h"

typedef struct
{
  const ScCatalogEntry *entry;
  GtkCheckButton       *check;
  GtkEntry             *target;
  GtkLabel             *error;
} Choice;

struct _ScChooseKpisView
{
  GtkWidget       parent_instance;

  ScStore        *store;
  GPtrArray      *choices;       /* Choice, in catalogue order */
  GtkSizeGroup   *periods;       /* "per week", "per month": one width */

  /* Template children */
  GtkListBox     *outcome_list;
  GtkListBox     *activity_list;
  GtkImage       *count_icon;
  GtkLabel       *count_label;
  GtkLabel       *advice_label;
  GtkLabel       *error_label;
};

G_DEFINE_FINAL_TYPE (ScChooseKpisView, sc_choose_kpis_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  DONE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static Choice *
find_choice (ScChooseKpisView *self,
             const char       *key)
{
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *c = g_ptr_array_index (self->choices, i);

      if (g_str_equal (c->entry->key, key))
        return c;
    }
  return NULL;
}

static gboolean
is_chosen (Choice *c)
{
  return gtk_check_button_get_active (c->check) && gtk_widget_get_sensitive (GTK_WIDGET (c->check));
}

/* The count and the rule of 5 to 7 ---------------------------------------- */

/* The KPIs the file would have: those it has and those checked. */
static GListModel *
would_have (ScChooseKpisView *self,
            guint            *n_chosen)
{
  GListModel *kpis = sc_store_get_list (self->store, &sc_kpi_table);
  GListStore *all = g_list_store_new (SC_TYPE_KPI);

  *n_chosen = 0;
  for (guint i = 0; i < g_list_model_get_n_items (kpis); i++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (kpis, i);

      g_list_store_append (all, kpi);
    }
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *c = g_ptr_array_index (self->choices, i);
      g_autoptr(ScKpi) draft = NULL;

      if (!is_chosen (c))
        continue;
      draft = sc_kpi_new_from_catalog (c->entry);
      g_list_store_append (all, draft);
      (*n_chosen)++;
    }
  return G_LIST_MODEL (all);
}

static void
update_count (ScChooseKpisView *self)
{
  g_autoptr(GListModel) kpis = NULL;
  g_autofree char *count = NULL;
  g_autofree char *advice = NULL;
  gboolean too_many = FALSE;
  guint n;

  if (self->store == NULL)
    return;

  kpis = would_have (self, &n);
  advice = sc_kpi_dup_rule_advice (kpis, &too_many);
  count = g_strdup_printf (ngettext ("%u indicator chosen", "%u indicators chosen", n), n);
  gtk_label_set_label (self->count_label, count);
  gtk_label_set_label (self->advice_label,
                       advice ? advice : _("A good number and a good mix for a 30-minute meeting."));
  gtk_image_set_from_icon_name (self->count_icon, advice == NULL ? "object-select-symbolic"
                                                  : too_many ? "dialog-warning-symbolic"
                                                  : "dialog-information-symbolic");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "choose.create",
                                 n > 0 && !sc_store_get_read_only (self->store));
}

static void
on_choice_toggled_cb (GtkCheckButton   *check,
                      ScChooseKpisView *self)
{
  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *c = g_ptr_array_index (self->choices, i);

      gtk_widget_set_sensitive (GTK_WIDGET (c->target), is_chosen (c));
    }
  update_count (self);
}

/* Rows ------------------------------------------------------------------- */

static GtkWidget *
wrapped (const char *text,
         const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Wrapped labels ask for little width: let them take the row's. */
  gtk_label_set_max_width_chars (GTK_LABEL (label), 80);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* The check (name and definition), a target and its period. */
static GtkWidget *
choice_fields (ScChooseKpisView *self,
               Choice           *c,
               gboolean          used)
{
  ScLang lang = sc_l10n_ui_lang ();
  const char *name = L_(lang, c->entry->name);
  /* Translators: accessible name of a target field; %s is a KPI's name. */
  g_autofree char *target_name = g_strdup_printf (_("Target for %s"), name);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *period;

  gtk_box_append (GTK_BOX (text), wrapped (name, "heading"));
  gtk_box_append (GTK_BOX (text), wrapped (used ? _("Already on your scorecard.")
                                                : L_(lang, c->entry->definition),
                                           "dim-label"));
  c->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_check_button_set_child (c->check, text);
  gtk_widget_set_hexpand (GTK_WIDGET (c->check), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (c->check), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_check_button_set_active (c->check, c->entry->starter && !used);
  gtk_widget_set_sensitive (GTK_WIDGET (c->check), !used);
  g_signal_connect_object (c->check, "toggled", G_CALLBACK (on_choice_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (c->check));

  c->target = GTK_ENTRY (gtk_entry_new ());
  gtk_editable_set_width_chars (GTK_EDITABLE (c->target), 9);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (c->target), 9);
  gtk_editable_set_alignment (GTK_EDITABLE (c->target), 1);
  gtk_entry_set_placeholder_text (c->target, _("Target"));
  gtk_widget_set_valign (GTK_WIDGET (c->target), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (c->target), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  target_name, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (c->target),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, c->error, NULL, -1);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (c->target));
  period = gtk_label_new (c->entry->frequency == SC_FREQUENCY_WEEKLY ? _("per week")
                                                                     : _("per month"));
  /* One width for both, so that the target fields line up. */
  gtk_size_group_add_widget (self->periods, period);
  gtk_label_set_xalign (GTK_LABEL (period), 0);
  gtk_widget_add_css_class (period, "dim-label");
  gtk_box_append (GTK_BOX (box), period);
  return box;
}

static GtkWidget *
choice_row (ScChooseKpisView *self,
            Choice           *c)
{
  gboolean used = sc_kpi_editing_find_catalog (self->store, c->entry->key) != NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *row = gtk_list_box_row_new ();

  c->error = GTK_LABEL (wrapped ("", "form-error"));
  gtk_label_set_xalign (c->error, 1);
  gtk_widget_set_visible (GTK_WIDGET (c->error), FALSE);
  gtk_box_append (GTK_BOX (box), choice_fields (self, c, used));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (c->error));
  gtk_widget_add_css_class (box, "prefs-row");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
clear_list (GtkListBox *list)
{
  GtkListBoxRow *row;

  while ((row = gtk_list_box_get_row_at_index (list, 0)) != NULL)
    gtk_list_box_remove (list, GTK_WIDGET (row));
}

static void
fill (ScChooseKpisView *self)
{
  const ScCatalogEntry *entries;
  guint n;

  clear_list (self->outcome_list);
  clear_list (self->activity_list);
  g_ptr_array_set_size (self->choices, 0);
  if (self->store == NULL)
    return;

  entries = sc_kpi_catalog_get_entries (&n);
  for (guint i = 0; i < n; i++)
    {
      Choice *c = g_new0 (Choice, 1);

      c->entry = &entries[i];
      g_ptr_array_add (self->choices, c);
      gtk_list_box_append (entries[i].kind == SC_KPI_KIND_OUTCOME ? self->outcome_list
                                                                  : self->activity_list,
                           choice_row (self, c));
    }
  on_choice_toggled_cb (NULL, self);
}

/* Creating ----------------------------------------------------------------- */

/* Reads every chosen target; FALSE with a message at each one refused. */
static gboolean
read_targets (ScChooseKpisView *self,
              GPtrArray        *drafts,
              GArray           *targets)
{
  GtkWidget *first_bad = NULL;

  for (guint i = 0; i < self->choices->len; i++)
    {
      Choice *c = g_ptr_array_index (self->choices, i);
      g_autoptr(ScKpi) draft = NULL;
      g_autoptr(GError) error = NULL;
      double target = NAN;

      sc_plan_ui_field_error (GTK_WIDGET (c->target), c->error, NULL);
      if (!is_chosen (c))
        continue;

      draft = sc_kpi_editing_new_draft (self->store, c->entry);
      if (!sc_kpi_editing_parse_target (draft, sc_l10n_ui_lang (),
                                        gtk_editable_get_text (GTK_EDITABLE (c->target)),
                                        &target, &error))
        {
          sc_plan_ui_field_error (GTK_WIDGET (c->target), c->error, error->message);
          if (first_bad == NULL)
            first_bad = GTK_WIDGET (c->target);
          continue;
        }
      g_ptr_array_add (drafts, g_steal_pointer (&draft));
      g_array_append_val (targets, target);
    }

  if (first_bad != NULL)
    gtk_widget_grab_focus (first_bad);
  return first_bad == NULL;
}

gboolean
sc_choose_kpis_view_create (ScChooseKpisView *self)
{
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) targets = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (SC_IS_CHOOSE_KPIS_VIEW (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  if (!read_targets (self, drafts, targets))
    return FALSE;
  if (!sc_kpi_editing_create_many (self->store, drafts, (double *) targets->data, &error))
    {
      gtk_label_set_label (self->error_label, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return FALSE;
    }

  message = g_strdup_printf (ngettext ("%u indicator added.", "%u indicators added.", drafts->len),
                             drafts->len);
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
  g_signal_emit (self, signals[DONE], 0, TRUE);
  return TRUE;
}

static void
sc_choose_kpis_view_create_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  sc_choose_kpis_view_create (SC_CHOOSE_KPIS_VIEW (widget));
}

static void
sc_choose_kpis_view_skip_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *param)
{
  g_signal_emit (widget, signals[DONE], 0, FALSE);
}

/* The object ------------------------------------------------------------- */

void
sc_choose_kpis_view_set_store (ScChooseKpisView *self,
                               ScStore          *store)
{
  g_return_if_fail (SC_IS_CHOOSE_KPIS_VIEW (self));
  g_return_if_fail (store == NULL || SC_IS_STORE (store));

  if (!g_set_object (&self->store, store))
    return;
  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

ScStore *
sc_choose_kpis_view_get_store (ScChooseKpisView *self)
{
  g_return_val_if_fail (SC_IS_CHOOSE_KPIS_VIEW (self), NULL);
  return self->store;
}

void
sc_choose_kpis_view_set_chosen (ScChooseKpisView *self,
                                const char       *key,
                                gboolean          chosen)
{
  Choice *c;

  g_return_if_fail (SC_IS_CHOOSE_KPIS_VIEW (self));

  c = find_choice (self, key);
  g_return_if_fail (c != NULL);
  gtk_check_button_set_active (c->check, chosen);
}

guint
sc_choose_kpis_view_count_chosen (ScChooseKpisView *self)
{
  guint n = 0;

  g_return_val_if_fail (SC_IS_CHOOSE_KPIS_VIEW (self), 0);

  for (guint i = 0; i < self->choices->len; i++)
    n += is_chosen (g_ptr_array_index (self->choices, i));
  return n;
}

GtkEditable *
sc_choose_kpis_view_get_target (ScChooseKpisView *self,
                                const char       *key)
{
  Choice *c;

  g_return_val_if_fail (SC_IS_CHOOSE_KPIS_VIEW (self), NULL);

  c = find_choice (self, key);
  return c ? GTK_EDITABLE (c->target) : NULL;
}

static void
sc_choose_kpis_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, SC_CHOOSE_KPIS_VIEW (object)->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_choose_kpis_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_STORE:
      sc_choose_kpis_view_set_store (SC_CHOOSE_KPIS_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_choose_kpis_view_dispose (GObject *object)
{
  ScChooseKpisView *self = SC_CHOOSE_KPIS_VIEW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_CHOOSE_KPIS_VIEW);
  /* The template's root child has no id: unparent it ourselves. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_choose_kpis_view_parent_class)->dispose (object);
}

static void
sc_choose_kpis_view_finalize (GObject *object)
{
  ScChooseKpisView *self = SC_CHOOSE_KPIS_VIEW (object);

  g_clear_pointer (&self->choices, g_ptr_array_unref);
  g_clear_object (&self->periods);

  G_OBJECT_CLASS (sc_choose_kpis_view_parent_class)->finalize (object);
}

static void
sc_choose_kpis_view_class_init (ScChooseKpisViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sc_choose_kpis_view_get_property;
  object_class->set_property = sc_choose_kpis_view_set_property;
  object_class->dispose = sc_choose_kpis_view_dispose;
  object_class->finalize = sc_choose_kpis_view_finalize;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScChooseKpisView::done:
   * @created: whether indicators were created (FALSE: skipped)
   */
  signals[DONE] =
    g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-choose-kpis-view.ui");
  gtk_widget_class_bind_template_child (widget_class, ScChooseKpisView, outcome_list);
  gtk_widget_class_bind_template_child (widget_class, ScChooseKpisView, activity_list);
  gtk_widget_class_bind_template_child (widget_class, ScChooseKpisView, count_icon);
  gtk_widget_class_bind_template_child (widget_class, ScChooseKpisView, count_label);
  gtk_widget_class_bind_template_child (widget_class, ScChooseKpisView, advice_label);
  gtk_widget_class_bind_template_child (widget_class, ScChooseKpisView, error_label);

  gtk_widget_class_install_action (widget_class, "choose.create", NULL,
                                   sc_choose_kpis_view_create_action);
  gtk_widget_class_install_action (widget_class, "choose.skip", NULL,
                                   sc_choose_kpis_view_skip_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "choosekpisview");
}

static void
sc_choose_kpis_view_init (ScChooseKpisView *self)
{
  self->choices = g_ptr_array_new_with_free_func (g_free);
  self->periods = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "choose.create", FALSE);
}
