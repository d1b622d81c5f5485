/* sc-plan-ui.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the plan's widgets (plan page, action rows and editor, people page,
 * dashboard summary) say and show the same way: the state of an action in
 * words ("119 days late", "Due tomorrow", "Done on May 2"), names of
 * people, messages at a field, and toasts with Undo.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-plan.h"

G_BEGIN_DECLS

/* How an action's state reads; every tone also has words, never colour
 * alone. */
typedef enum
{
  SC_TONE_NORMAL,
  SC_TONE_SOON,      /* due within the week */
  SC_TONE_LATE,
  SC_TONE_DONE,
  SC_TONE_DROPPED,
} ScTone;

/* "119 days late", "Due today", "Due in 3 days", "Open", "Done on May 2",
 * "Dropped on May 28" in the interface language. */
char       *sc_plan_ui_action_state   (ScAction      *action,
                                       ScDay          today,
                                       ScTone        *tone);
/* The icon that goes with the state. */
const char *sc_plan_ui_tone_icon      (ScTone         tone);
/* Sets the CSS class of the tone on widget (and removes the others). */
void        sc_plan_ui_set_tone       (GtkWidget     *widget,
                                       ScTone         tone);

/* "1 action overdue, 119 days late in all". */
char       *sc_plan_ui_lateness       (guint          n_overdue,
                                       guint          days_late);

/* A person's name; "(inactive)" after it for someone who left; "" for
 * nobody. */
char       *sc_plan_ui_person_name    (ScStore       *store,
                                       gint64         person_id);
char       *sc_plan_ui_person_label   (ScRecord      *person);
gboolean    sc_plan_ui_person_active  (ScStore       *store,
                                       gint64         person_id);
/* "Q1 FY2025" / "T1 2025-2026" */
char       *sc_plan_ui_quarter_name   (ScStore       *store,
                                       int            fiscal_year,
                                       int            quarter);
/* "1 slip" / "3 slips"; NULL for none. */
char       *sc_plan_ui_slips          (guint          n_slips);

/* Text folded for searching and sorting: no case, no accents
 * ("Équipement" and "equipement" fold the same). */
char       *sc_plan_ui_fold           (const char    *text);
/* Names in the order people expect, accents or not and whatever the
 * locale's collation ("Émilie" before "Jean"). */
int         sc_plan_ui_collate        (const char    *a,
                                       const char    *b);

/* Shows message under a field (NULL clears it): the field turns red,
 * says it is invalid to assistive technologies, and carries the message
 * as its description. */
void        sc_plan_ui_field_error    (GtkWidget     *field,
                                       GtkLabel      *message,
                                       const char    *text);

/* The window the widget is in, for dialogs. */
GtkWindow  *sc_plan_ui_parent         (GtkWidget     *widget);
/* A toast in the widget's main window; with undo, an Undo button. */
void        sc_plan_ui_toast          (GtkWidget     *widget,
                                       const char    *message,
                                       gboolean       undo);
/* A modal error in the widget's main window. */
void        sc_plan_ui_error          (GtkWidget     *widget,
                                       const char    *heading,
                                       const GError  *error);

G_END_DECLS
