/* sc-alert-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-alert-window"

#include "config.h"

#include "sc-alert-window.h"

struct _ScAlertWindow
{
  GtkWindow  parent_instance;

  char      *cancel_id;
  gboolean   responded;

  /* Template children */
  GtkLabel  *heading_label;
  GtkLabel  *body_label;
  GtkBox    *button_box;
};

G_DEFINE_FINAL_TYPE (ScAlertWindow, sc_alert_window, GTK_TYPE_WINDOW)

enum {
  RESPONSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_button_clicked_cb (GtkButton     *button,
                      ScAlertWindow *self)
{
  sc_alert_window_respond (self, g_object_get_data (G_OBJECT (button), "response-id"));
}

static gboolean
sc_alert_window_close_request (GtkWindow *window)
{
  ScAlertWindow *self = SC_ALERT_WINDOW (window);

  if (!self->responded && self->cancel_id != NULL)
    {
      self->responded = TRUE;
      g_signal_emit (self, signals[RESPONSE], 0, self->cancel_id);
    }

  return GTK_WINDOW_CLASS (sc_alert_window_parent_class)->close_request (window);
}

static void
sc_alert_window_finalize (GObject *object)
{
  ScAlertWindow *self = SC_ALERT_WINDOW (object);

  g_free (self->cancel_id);

  G_OBJECT_CLASS (sc_alert_window_parent_class)->finalize (object);
}

static void
sc_alert_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SC_TYPE_ALERT_WINDOW);

  G_OBJECT_CLASS (sc_alert_window_parent_class)->dispose (object);
}

static void
sc_alert_window_class_init (ScAlertWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sc_alert_window_dispose;
  object_class->finalize = sc_alert_window_finalize;
  window_class->close_request = sc_alert_window_close_request;

  signals[RESPONSE] =
    g_signal_new ("response", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sc-alert-window.ui");
  gtk_widget_class_bind_template_child (widget_class, ScAlertWindow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, ScAlertWindow, body_label);
  gtk_widget_class_bind_template_child (widget_class, ScAlertWindow, button_box);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sc_alert_window_init (ScAlertWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

ScAlertWindow *
sc_alert_window_new (GtkWindow  *parent,
                     const char *heading,
                     const char *body)
{
  ScAlertWindow *self = g_object_new (SC_TYPE_ALERT_WINDOW,
                                      "transient-for", parent,
                                      "title", heading,
                                      NULL);

  gtk_label_set_label (self->heading_label, heading);
  gtk_label_set_label (self->body_label, body ? body : "");
  gtk_widget_set_visible (GTK_WIDGET (self->body_label), body != NULL && *body != '\0');
  return self;
}

void
sc_alert_window_add_response (ScAlertWindow *self,
                              const char    *id,
                              const char    *label,
                              ScAlertStyle   style)
{
  GtkWidget *button;

  g_return_if_fail (SC_IS_ALERT_WINDOW (self));
  g_return_if_fail (id != NULL && label != NULL);

  button = gtk_button_new_with_mnemonic (label);
  g_object_set_data_full (G_OBJECT (button), "response-id", g_strdup (id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked_cb), self);
  if (style == SC_ALERT_SUGGESTED)
    gtk_widget_add_css_class (button, "suggested-action");
  else if (style == SC_ALERT_DESTRUCTIVE)
    gtk_widget_add_css_class (button, "destructive-action");
  gtk_box_append (self->button_box, button);

  /* The focus starts on a button, the suggested one if any, not in the
   * selectable text: GTK would show the whole text selected. */
  if (self->cancel_id == NULL)
    {
      self->cancel_id = g_strdup (id);
      gtk_window_set_focus (GTK_WINDOW (self), button);
    }
  if (style == SC_ALERT_SUGGESTED)
    {
      gtk_window_set_default_widget (GTK_WINDOW (self), button);
      gtk_window_set_focus (GTK_WINDOW (self), button);
    }
}

const char *
sc_alert_window_get_heading (ScAlertWindow *self)
{
  g_return_val_if_fail (SC_IS_ALERT_WINDOW (self), NULL);
  return gtk_label_get_label (self->heading_label);
}

const char *
sc_alert_window_get_body (ScAlertWindow *self)
{
  g_return_val_if_fail (SC_IS_ALERT_WINDOW (self), NULL);
  return gtk_label_get_label (self->body_label);
}

void
sc_alert_window_respond (ScAlertWindow *self,
                         const char    *id)
{
  g_return_if_fail (SC_IS_ALERT_WINDOW (self));

  if (self->responded)
    return;
  self->responded = TRUE;
  g_object_ref (self);
  g_signal_emit (self, signals[RESPONSE], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
  g_object_unref (self);
}
