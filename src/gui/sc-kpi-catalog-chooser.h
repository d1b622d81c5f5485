/* sc-kpi-catalog-chooser.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding a KPI: the catalogue for manufacturers, outcome and activity
 * indicators apart, each with its definition and how it is measured, the
 * ones already used marked; a search; and "Create from Scratch". Choosing
 * one opens the KPI editor filled in (a dropped one is restored instead,
 * with its history). From the 8th active KPI on, the rule of 5 to 7 is
 * said first and the owner may add anyway.
 */

#pragma once

#include <gtk/gtk.h>

#include "sc-store.h"

G_BEGIN_DECLS

#define SC_TYPE_KPI_CATALOG_CHOOSER (sc_kpi_catalog_chooser_get_type ())

G_DECLARE_FINAL_TYPE (ScKpiCatalogChooser, sc_kpi_catalog_chooser, SC, KPI_CATALOG_CHOOSER,
                      GtkWindow)

ScKpiCatalogChooser *sc_kpi_catalog_chooser_new    (GtkWindow           *parent,
                                                    ScStore             *store);
/* What choosing the catalogue entry key does (NULL: from scratch). */
void                 sc_kpi_catalog_chooser_choose (ScKpiCatalogChooser *self,
                                                    const char          *key);
/* The entries shown by the search (tests). */
guint                sc_kpi_catalog_chooser_count_visible (ScKpiCatalogChooser *self);

G_END_DECLS
