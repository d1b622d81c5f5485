/* sc-reassign-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-reassign-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sc-plan-ui.h"
#include "sc-reassign-window.h"

struct _ScReassignWindow
{
  GtkWindow        parent_instance;

  ScStore         *store;
  gint64           person_id;
  ScPersonFate     fate;

  /* Template children */
  GtkLabel        *heading_label;
  GtkLabel        *body_label;
  ScRecordChooser *chooser;
  GtkLabel        *message_label;
  GtkButton       *confirm_button;
};

G_DEFINE_FINAL_TYPE (ScReassignWindow, sc_reassign_window, GTK_TYPE_WINDOW)

static void
on_chooser_changed_cb (ScReassignWindow *self)
{
  sc_plan_ui_field_error (GTK_WIDGET (self->chooser), self->message_label, NULL);
}

static char *
confirmation (ScReassignWindow *self,
              const char       *from,
              const char       *to)
{
  /* Translators: the toast after a hand-over, "Sophie Lachance's open work
   * now belongs to Émilie Ouellet; Sophie Lachance is inactive." */
  if (self->fate == SC_PERSON_DEACTIVATE)
    return g_strdup_printf (_("%s’s open work now belongs to %s; %s is inactive."), from, to,
                            from);
  if (self->fate == SC_PERSON_DELETE)
    return g_strdup_printf (_("%s’s open work now belongs to %s; %s is deleted."), from, to,
                            from);
  return g_strdup_printf (_("%s’s open work now belongs to %s."), from, to);
}

gboolean
sc_reassign_window_confirm (ScReassignWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *message = NULL;
  gint64 to_id;

  g_return_val_if_fail (SC_IS_REASSIGN_WINDOW (self), FALSE);

  to_id = sc_record_chooser_get_selected_id (self->chooser);
  from = sc_plan_ui_person_name (self->store, self->person_id);
  to = sc_plan_ui_person_name (self->store, to_id);
  if (!sc_plan_reassign_person (self->store, self->person_id, to_id, self->fate, &error))
    {
      if (error->domain == SC_PLAN_ERROR && error->code != SC_PLAN_ERROR_HISTORY)
        {
          sc_plan_ui_field_error (GTK_WIDGET (self->chooser), self->message_label,
                                  error->message);
          gtk_widget_grab_focus (GTK_WIDGET (self->chooser));
        }
      else
        sc_plan_ui_error (GTK_WIDGET (self), _("The open work could not be handed over"), error);
      return FALSE;
    }

  message = confirmation (self, from, to);
  sc_plan_ui_toast (GTK_WIDGET (self), message, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
sc_reassign_window_confirm_action (GtkWidget  *widget,
                                   const char *action_name,
                                   GVariant   *param)
{
  sc_reassign_window_confirm (SC_REASSIGN_WINDOW (widget));
}

static void
sc_reassign_window_dispose (GObject *object)
{
  ScReassignWindow *self = SC_REASSIGN_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SC_TYPE_REASSIGN_WINDOW);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (sc_reassign_window_parent_class)->dispose (object);
}

static void
sc_reassign_window_class_init (ScReassignWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sc_reassign_window_dispose;

  g_type_ensure (SC_TYPE_RECORD_CHOOSER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-reassign-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScReassignWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, ScReassignWindow, body_label);
  gtk_widget_class_bind_template_child (widget_class, ScReassignWindow, chooser);
  gtk_widget_class_bind_template_child (widget_class, ScReassignWindow, message_label);
  gtk_widget_class_bind_template_child (widget_class, ScReassignWindow, confirm_button);
  gtk_widget_class_bind_template_callback (widget_class, on_chooser_changed_cb);

  gtk_widget_class_install_action (widget_class, "reassign.confirm", NULL,
                                   sc_reassign_window_confirm_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_reassign_window_init (ScReassignWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
set_texts (ScReassignWindow *self,
           const char       *name,
           const char       *items)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  switch (self->fate)
    {
    case SC_PERSON_DELETE:
      /* Translators: %s is a person's name. */
      heading = g_strdup_printf (_("Hand over %s’s work before deleting"), name);
      gtk_button_set_label (self->confirm_button, _("Hand Over and _Delete"));
      break;
    case SC_PERSON_DEACTIVATE:
      heading = g_strdup_printf (_("Hand over %s’s work before deactivating"), name);
      gtk_button_set_label (self->confirm_button, _("Hand Over and _Deactivate"));
      break;
    default:
      heading = g_strdup_printf (_("Hand over %s’s work"), name);
      gtk_button_set_label (self->confirm_button, _("_Hand Over"));
      break;
    }
  /* Translators: "Sophie Lachance still owns 1 open action, 1 objective and
   * 2 KPIs. …" */
  body = g_strdup_printf (_("%s still owns %s. Every open item must have an owner: choose who "
                            "takes them all over. Closed actions keep their owner, so the "
                            "history stays true."), name, items);
  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->body_label, body);
  gtk_window_set_title (GTK_WINDOW (self), heading);
}

ScReassignWindow *
sc_reassign_window_new (GtkWindow    *parent,
                        ScStore      *store,
                        gint64        person_id,
                        ScPersonFate  fate)
{
  ScReassignWindow *self;
  ScPersonLoad load;
  ScRecord *person;
  g_autofree char *items = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  self = g_object_new (SC_TYPE_REASSIGN_WINDOW, "transient-for", parent, NULL);
  self->store = g_object_ref (store);
  self->person_id = person_id;
  self->fate = fate;

  person = sc_store_lookup (store, &sc_person_table, person_id);
  sc_plan_person_load (store, person_id, sc_store_get_today (store), &load);
  items = sc_plan_describe_open_items (&load);
  set_texts (self, person ? sc_record_get_text (person, SC_PERSON_NAME) : "", items);

  sc_record_chooser_set_exclude_id (self->chooser, person_id);
  sc_record_chooser_set_store (self->chooser, store);
  gtk_widget_grab_focus (GTK_WIDGET (self->chooser));
  return self;
}

ScRecordChooser *
sc_reassign_window_get_chooser (ScReassignWindow *self)
{
  g_return_val_if_fail (SC_IS_REASSIGN_WINDOW (self), NULL);
  return self->chooser;
}

const char *
sc_reassign_window_get_body (ScReassignWindow *self)
{
  g_return_val_if_fail (SC_IS_REASSIGN_WINDOW (self), NULL);
  return gtk_label_get_label (self->body_label);
}

const char *
sc_reassign_window_get_message (ScReassignWindow *self)
{
  g_return_val_if_fail (SC_IS_REASSIGN_WINDOW (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->message_label))
         ? gtk_label_get_label (self->message_label) : NULL;
}
