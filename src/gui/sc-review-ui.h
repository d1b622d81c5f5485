/* sc-review-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the review widgets (the Reviews page, the monthly and quarterly
 * reviews) show the same way: a KPI's status as a chip with an icon and a
 * word, a variance as favourable or unfavourable, a decision with its
 * icon. Never colour alone.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-types.h"

G_BEGIN_DECLS

/* The chip's colour class, its icon and the status in words. */
void        sc_review_ui_set_status      (GtkWidget  *chip,
                                          GtkImage   *image,
                                          GtkLabel   *label,
                                          ScStatus    status);
/* The tone of a variance's word ("favourable", "unfavourable"); the
 * sign of the figure and the word say it without colour. */
void        sc_review_ui_set_variance    (GtkWidget  *word,
                                          gboolean    has_variance,
                                          gboolean    favourable);
/* "Keep" … with its icon and colour class on widget. */
const char *sc_review_ui_decision_icon   (ScDecision  decision);
void        sc_review_ui_set_decision    (GtkWidget  *widget,
                                          ScDecision  decision);

G_END_DECLS
