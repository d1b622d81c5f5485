/* sc-choose-kpis-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Choose your key indicators", the step right after a company is
 * created: the catalogue by kind, the six of the starter set checked, a
 * target for each (optional, typed in the interface language), a live
 * count with what the rule of 5 to 7 says, then "Create These Indicators"
 * (one change, one Undo) or "Skip". Either way ::done is emitted, with
 * TRUE when indicators were created.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_CHOOSE_KPIS_VIEW (sc_choose_kpis_view_get_type ())

G_DECLARE_FINAL_TYPE (ScChooseKpisView, sc_choose_kpis_view, SC, CHOOSE_KPIS_VIEW, GtkWidget)

void        sc_choose_kpis_view_set_store     (ScChooseKpisView *self,
                                               ScStore          *store);
ScStore    *sc_choose_kpis_view_get_store     (ScChooseKpisView *self);
/* Checks or unchecks the catalogue entry key. */
void        sc_choose_kpis_view_set_chosen    (ScChooseKpisView *self,
                                               const char       *key,
                                               gboolean          chosen);
guint       sc_choose_kpis_view_count_chosen  (ScChooseKpisView *self);
/* The target field of the entry key (tests type in it). */
GtkEditable *sc_choose_kpis_view_get_target   (ScChooseKpisView *self,
                                               const char       *key);
/* What "Create These Indicators" does: FALSE, with messages at the
 * fields, when a target makes no sense (nothing is written then). */
gboolean    sc_choose_kpis_view_create        (ScChooseKpisView *self);

G_END_DECLS
