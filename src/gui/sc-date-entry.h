/* sc-date-entry.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A date typed the way people say it ("2025-05-02", "vendredi", "friday",
 * "+7", "demain"; see sc_parse_date()) relative to the company's today,
 * with a calendar one click (or Alt+Down) away. "day" follows the text
 * as it is typed (0 while it is empty or not a date); "activate" is Enter.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-types.h"

G_BEGIN_DECLS

#define SC_TYPE_DATE_ENTRY (sc_date_entry_get_type ())

G_DECLARE_FINAL_TYPE (ScDateEntry, sc_date_entry, SC, DATE_ENTRY, GtkWidget)

void       sc_date_entry_set_today (ScDateEntry  *self,
                                    ScDay         today);
ScDay      sc_date_entry_get_day   (ScDateEntry  *self);
/* Writes day as ISO text (SC_DAY_NONE empties the entry). */
void       sc_date_entry_set_day   (ScDateEntry  *self,
                                    ScDay         day);
/* The day typed, or FALSE with an SC_PARSE_ERROR saying what is wrong
 * (SC_PARSE_ERROR_EMPTY when nothing is typed). */
gboolean   sc_date_entry_parse     (ScDateEntry  *self,
                                    ScDay        *day,
                                    GError      **error);
GtkEntry  *sc_date_entry_get_entry (ScDateEntry  *self);

G_END_DECLS
