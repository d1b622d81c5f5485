/* sc-meetings-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The Meetings page (PRODUCT.md C5): the meetings held, newest first, each
 * with its length against the plan, attendance and decisions; and the
 * minutes of the one selected, ready to copy. Built when the page is
 * first shown, so that opening a long history costs nothing at start-up.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_MEETINGS_PAGE (sc_meetings_page_get_type ())

G_DECLARE_FINAL_TYPE (ScMeetingsPage, sc_meetings_page, SC, MEETINGS_PAGE, GtkWidget)

void        sc_meetings_page_set_store     (ScMeetingsPage *self,
                                            ScStore        *store);
ScStore    *sc_meetings_page_get_store     (ScMeetingsPage *self);
/* Brings the list up to date now (tests). */
void        sc_meetings_page_refresh       (ScMeetingsPage *self);
guint       sc_meetings_page_get_n_meetings (ScMeetingsPage *self);
/* Shows the minutes of a meeting of the list; FALSE when it is not there. */
gboolean    sc_meetings_page_select        (ScMeetingsPage *self,
                                            gint64          meeting_id);
gint64      sc_meetings_page_get_selected  (ScMeetingsPage *self);
/* The minutes shown, as plain text (what Copy Minutes copies). */
const char *sc_meetings_page_get_minutes   (ScMeetingsPage *self);
/* The caption of a row: "31 min of 30 min · 4 of 5 present · 1 decision". */
const char *sc_meetings_page_get_row_text  (ScMeetingsPage *self,
                                            guint           index);

G_END_DECLS
