/* sc-action-quick-entry.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-action-quick-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-action-quick-entry.h"
#include "sc-format.h"
#include "sc-l10n.h"
#include "sc-parse.h"
#include "sc-plan-ui.h"

struct _ScActionQuickEntry
{
  GtkWidget        parent_instance;

  ScStore         *store;
  int              fiscal_year;
  int              quarter;

  /* Template children */
  GtkEntry        *title_entry;
  ScRecordChooser *owner_chooser;
  ScDateEntry     *date_entry;
  GtkLabel        *title_message;
  GtkLabel        *owner_message;
  GtkLabel        *due_message;
};

G_DEFINE_FINAL_TYPE (ScActionQuickEntry, sc_action_quick_entry, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

enum {
  ADDED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static GtkWidget *
field_widget (ScActionQuickEntry *self,
              ScQuickField        field)
{
  switch (field)
    {
    case SC_QUICK_FIELD_OWNER:
      return GTK_WIDGET (self->owner_chooser);
    case SC_QUICK_FIELD_DUE:
      return GTK_WIDGET (sc_date_entry_get_entry (self->date_entry));
    default:
      return GTK_WIDGET (self->title_entry);
    }
}

static GtkLabel *
field_message (ScActionQuickEntry *self,
               ScQuickField        field)
{
  switch (field)
    {
    case SC_QUICK_FIELD_OWNER:
      return self->owner_message;
    case SC_QUICK_FIELD_DUE:
      return self->due_message;
    default:
      return self->title_message;
    }
}

static void
show_error (ScActionQuickEntry *self,
            ScQuickField        field,
            const char         *message)
{
  sc_plan_ui_field_error (field_widget (self, field), field_message (self, field), message);
  if (message != NULL)
    gtk_widget_grab_focus (field == SC_QUICK_FIELD_OWNER ? GTK_WIDGET (self->owner_chooser)
                                                         : field_widget (self, field));
}

/* Under the date, what it was understood as: "friday" → "Friday, October 3, 2025". */
static void
show_due_hint (ScActionQuickEntry *self)
{
  ScDay day = sc_date_entry_get_day (self->date_entry);
  g_autofree char *text = NULL;

  sc_plan_ui_field_error (field_widget (self, SC_QUICK_FIELD_DUE), NULL, NULL);
  if (day == SC_DAY_NONE)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->due_message), FALSE);
      return;
    }
  text = sc_format_date_long (sc_l10n_ui_lang (), day, TRUE);
  gtk_label_set_label (self->due_message, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->due_message), "form-error");
  gtk_widget_add_css_class (GTK_WIDGET (self->due_message), "dim-label");
  gtk_widget_set_visible (GTK_WIDGET (self->due_message), TRUE);
}

static void
on_title_changed_cb (ScActionQuickEntry *self)
{
  show_error (self, SC_QUICK_FIELD_TITLE, NULL);
}

static void
on_owner_changed_cb (ScActionQuickEntry *self)
{
  sc_plan_ui_field_error (GTK_WIDGET (self->owner_chooser), self->owner_message, NULL);
}

static void
on_day_changed_cb (ScActionQuickEntry *self)
{
  show_due_hint (self);
}

static void
on_activate_cb (ScActionQuickEntry *self)
{
  sc_action_quick_entry_add (self);
}

static void
sc_action_quick_entry_add_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *param)
{
  sc_action_quick_entry_add (SC_ACTION_QUICK_ENTRY (widget));
}

static ScQuickField
field_of_error (const GError *error)
{
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_OWNER) ||
      g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_INACTIVE_OWNER))
    return SC_QUICK_FIELD_OWNER;
  if (g_error_matches (error, SC_PLAN_ERROR, SC_PLAN_ERROR_NO_DUE) ||
      error->domain == SC_PARSE_ERROR)
    return SC_QUICK_FIELD_DUE;
  return SC_QUICK_FIELD_TITLE;
}

static void
clear (ScActionQuickEntry *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), "");
  sc_date_entry_set_day (self->date_entry, SC_DAY_NONE);
  sc_record_chooser_set_selected_id (self->owner_chooser, 0);
  for (ScQuickField f = SC_QUICK_FIELD_TITLE; f <= SC_QUICK_FIELD_DUE; f++)
    sc_plan_ui_field_error (field_widget (self, f), field_message (self, f), NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
confirm (ScActionQuickEntry *self,
         ScAction           *action)
{
  ScRecord *r = SC_RECORD (action);
  g_autofree char *owner = sc_plan_ui_person_name (self->store,
                                                   sc_record_get_ref (r, SC_ACTION_OWNER_ID));
  g_autofree char *due = sc_format_date_long (sc_l10n_ui_lang (),
                                              sc_record_get_date (r, SC_ACTION_DUE), FALSE);
  /* Translators: "Action A11 added: Sophie Lachance, due October 3, 2025." */
  g_autofree char *message = g_strdup_printf (_("Action %s added: %s, due %s."),
                                              sc_record_get_text (r, SC_ACTION_REF), owner, due);

  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
}

gboolean
sc_action_quick_entry_add (ScActionQuickEntry *self)
{
  g_autoptr(ScAction) draft = NULL;
  g_autoptr(GError) error = NULL;
  ScDay due = SC_DAY_NONE;
  const char *date_text;

  g_return_val_if_fail (SC_IS_ACTION_QUICK_ENTRY (self), FALSE);

  if (self->store == NULL)
    return FALSE;

  draft = sc_plan_new_action (self->store, self->fiscal_year, self->quarter);
  sc_record_set_text (SC_RECORD (draft), SC_ACTION_TITLE,
                      gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  sc_record_set_ref (SC_RECORD (draft), SC_ACTION_OWNER_ID,
                     sc_record_chooser_get_selected_id (self->owner_chooser));

  /* Something typed that is not a date says so; nothing typed is the
   * plan's "no due date" refusal, checked with the other fields. */
  date_text = gtk_editable_get_text (GTK_EDITABLE (sc_date_entry_get_entry (self->date_entry)));
  if (*date_text != '\0' && !sc_date_entry_parse (self->date_entry, &due, &error))
    {
      show_error (self, SC_QUICK_FIELD_DUE, error->message);
      return FALSE;
    }
  sc_record_set_date (SC_RECORD (draft), SC_ACTION_DUE, due);

  if (!sc_plan_save_action (self->store, draft, NULL, &error))
    {
      if (error->domain == SC_PLAN_ERROR)
        show_error (self, field_of_error (error), error->message);
      else
        sc_plan_ui_error (GTK_WIDGET (self), _("The action could not be saved"), error);
      return FALSE;
    }

  confirm (self, draft);
  clear (self);
  g_signal_emit (self, signals[ADDED], 0, draft);
  return TRUE;
}

static void
sc_action_quick_entry_dispose (GObject *object)
{
  ScActionQuickEntry *self = SC_ACTION_QUICK_ENTRY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_ACTION_QUICK_ENTRY);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_action_quick_entry_parent_class)->dispose (object);
}

static void
sc_action_quick_entry_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  ScActionQuickEntry *self = SC_ACTION_QUICK_ENTRY (object);

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
sc_action_quick_entry_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  ScActionQuickEntry *self = SC_ACTION_QUICK_ENTRY (object);

  switch (prop_id)
    {
    case PROP_STORE:
      sc_action_quick_entry_set_store (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sc_action_quick_entry_class_init (ScActionQuickEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_action_quick_entry_dispose;
  object_class->get_property = sc_action_quick_entry_get_property;
  object_class->set_property = sc_action_quick_entry_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, SC_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * ScActionQuickEntry::added:
   * @action: the action just saved
   */
  signals[ADDED] =
    g_signal_new ("added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, SC_TYPE_ACTION);

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);
  g_type_ensure (SC_TYPE_DATE_ENTRY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-action-quick-entry.ui");
  /* The direct child, so that gtk_widget_dispose_template () unparents it. */
  gtk_widget_class_bind_template_child_full (widget_class, "grid", FALSE, 0);
  gtk_widget_class_bind_template_child (widget_class, ScActionQuickEntry, title_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionQuickEntry, owner_chooser);
  gtk_widget_class_bind_template_child (widget_class, ScActionQuickEntry, date_entry);
  gtk_widget_class_bind_template_child (widget_class, ScActionQuickEntry, title_message);
  gtk_widget_class_bind_template_child (widget_class, ScActionQuickEntry, owner_message);
  gtk_widget_class_bind_template_child (widget_class, ScActionQuickEntry, due_message);
  gtk_widget_class_bind_template_callback (widget_class, on_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_owner_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_day_changed_cb);

  gtk_widget_class_install_action (widget_class, "quick.add", NULL,
                                   sc_action_quick_entry_add_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "actionquickentry");
}

static void
sc_action_quick_entry_init (ScActionQuickEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
sc_action_quick_entry_set_store (ScActionQuickEntry *self,
                                 ScStore            *store)
{
  g_return_if_fail (SC_IS_ACTION_QUICK_ENTRY (self));

  if (!g_set_object (&self->store, store))
    return;
  if (store != NULL)
    sc_date_entry_set_today (self->date_entry, sc_store_get_today (store));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

void
sc_action_quick_entry_set_quarter (ScActionQuickEntry *self,
                                   int                 fiscal_year,
                                   int                 quarter)
{
  g_return_if_fail (SC_IS_ACTION_QUICK_ENTRY (self));

  self->fiscal_year = fiscal_year;
  self->quarter = quarter;
}

GtkEntry *
sc_action_quick_entry_get_title_entry (ScActionQuickEntry *self)
{
  g_return_val_if_fail (SC_IS_ACTION_QUICK_ENTRY (self), NULL);
  return self->title_entry;
}

ScRecordChooser *
sc_action_quick_entry_get_owner (ScActionQuickEntry *self)
{
  g_return_val_if_fail (SC_IS_ACTION_QUICK_ENTRY (self), NULL);
  return self->owner_chooser;
}

ScDateEntry *
sc_action_quick_entry_get_date (ScActionQuickEntry *self)
{
  g_return_val_if_fail (SC_IS_ACTION_QUICK_ENTRY (self), NULL);
  return self->date_entry;
}

const char *
sc_action_quick_entry_get_message (ScActionQuickEntry *self,
                                   ScQuickField        field)
{
  GtkLabel *label;

  g_return_val_if_fail (SC_IS_ACTION_QUICK_ENTRY (self), NULL);

  label = field_message (self, field);
  if (!gtk_widget_get_visible (GTK_WIDGET (label)) ||
      !gtk_widget_has_css_class (GTK_WIDGET (label), "form-error"))
    return NULL;
  return gtk_label_get_label (label);
}
