/* sc-dashboard-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The page a company opens on: a tile per active KPI, the figures missing
 * for past weeks, the 5–7 note, the next meeting. Other cards (actions,
 * cadence) are added to it by the window.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_DASHBOARD_PAGE (sc_dashboard_page_get_type ())

G_DECLARE_FINAL_TYPE (ScDashboardPage, sc_dashboard_page, SC, DASHBOARD_PAGE, GtkWidget)

void        sc_dashboard_page_set_store   (ScDashboardPage *self,
                                           ScStore         *store);
ScStore    *sc_dashboard_page_get_store   (ScDashboardPage *self);
/* Adds a card under the tiles (actions due, cadence health…). */
void        sc_dashboard_page_add_card    (ScDashboardPage *self,
                                           GtkWidget       *card);
/* For tests: the tiles in order, and the missing-figures text. */
GPtrArray  *sc_dashboard_page_get_tiles   (ScDashboardPage *self);
const char *sc_dashboard_page_get_missing (ScDashboardPage *self);
const char *sc_dashboard_page_get_advice  (ScDashboardPage *self);

G_END_DECLS
