/* sc-cadence-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the cadence widgets (dashboard card, reminders) say the same way:
 * the state of a review and the reminders, in the interface language,
 * with an icon and a status class so that colour is never alone.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-cadence.h"

G_BEGIN_DECLS

/* "Monthly review of August 2025: late since September 16, 2025". */
char       *sc_cadence_ui_review_text   (ScStore           *store,
                                         const ScReviewDue *review,
                                         gboolean           quarterly);
/* Shows status (SC_STATUS_*) on an image: its icon and status class. */
void        sc_cadence_ui_set_status    (GtkImage          *image,
                                         ScStatus           status);
ScStatus    sc_cadence_ui_review_status (const ScReviewDue *review);
/* The sentence of one reminder: "This week's meeting is today at 8:30 a.m." */
char       *sc_cadence_ui_reminder_text (ScStore               *store,
                                         ScReminders            reminder,
                                         const ScCadenceHealth *health);

G_END_DECLS
