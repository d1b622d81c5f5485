/* sc-review-ui.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "sc-review-ui"

#include "config.h"

#include "sc-kpi.h"
#include "sc-l10n.h"
#include "sc-review-ui.h"

static const char *const status_classes[] = {
  "status-none", "status-on", "status-watch", "status-off",
};
static const char *const status_icons[] = {
  "content-loading-symbolic", "object-select-symbolic", "dialog-warning-symbolic",
  "dialog-error-symbolic",
};
static const char *const decision_classes[] = {
  "decision-none", "decision-keep", "decision-modify", "decision-drop",
};
static const char *const decision_icons[] = {
  "radio-symbolic", "object-select-symbolic", "document-edit-symbolic",
  "edit-delete-symbolic",
};

static void
set_class (GtkWidget         *widget,
           const char *const *classes,
           guint              n_classes,
           guint              which)
{
  for (guint i = 0; i < n_classes; i++)
    gtk_widget_remove_css_class (widget, classes[i]);
  gtk_widget_add_css_class (widget, classes[which]);
}

void
sc_review_ui_set_status (GtkWidget *chip,
                         GtkImage  *image,
                         GtkLabel  *label,
                         ScStatus   status)
{
  g_return_if_fail (status <= SC_STATUS_OFF_TARGET);

  set_class (chip, status_classes, G_N_ELEMENTS (status_classes), status);
  gtk_image_set_from_icon_name (image, status_icons[status]);
  gtk_label_set_label (label, sc_status_get_label (status, sc_l10n_ui_lang ()));
}

void
sc_review_ui_set_variance (GtkWidget *word,
                           gboolean   has_variance,
                           gboolean   favourable)
{
  gtk_widget_remove_css_class (word, "variance-favourable");
  gtk_widget_remove_css_class (word, "variance-unfavourable");
  if (has_variance)
    gtk_widget_add_css_class (word, favourable ? "variance-favourable" : "variance-unfavourable");
}

const char *
sc_review_ui_decision_icon (ScDecision decision)
{
  g_return_val_if_fail (decision <= SC_DECISION_DROP, NULL);
  return decision_icons[decision];
}

void
sc_review_ui_set_decision (GtkWidget  *widget,
                           ScDecision  decision)
{
  g_return_if_fail (decision <= SC_DECISION_DROP);
  set_class (widget, decision_classes, G_N_ELEMENTS (decision_classes), decision);
}
