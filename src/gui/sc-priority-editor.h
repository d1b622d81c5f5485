/* sc-priority-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One priority objective of a quarter in a modal window: what it is, who
 * is responsible for it and, optionally, the KPI it is meant to move.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_PRIORITY_EDITOR (sc_priority_editor_get_type ())

G_DECLARE_FINAL_TYPE (ScPriorityEditor, sc_priority_editor, SC, PRIORITY_EDITOR, GtkWindow)

/* priority NULL: a new objective of fiscal_year/quarter. */
ScPriorityEditor *sc_priority_editor_new         (GtkWindow        *parent,
                                                  ScStore          *store,
                                                  ScPriority       *priority,
                                                  int               fiscal_year,
                                                  int               quarter);
gboolean          sc_priority_editor_save        (ScPriorityEditor *self);
/* The message at the title (0) or owner (1) field, NULL if none (tests). */
const char       *sc_priority_editor_get_message (ScPriorityEditor *self,
                                                  guint             field);

G_END_DECLS
