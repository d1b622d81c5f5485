/* sc-test-records.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding rows of the sample company by a text column, for the plan's
 * model and widget tests.
 */

#pragma once

#include "sc-store.h"

/* The cached row of table whose column is text (borrowed), or NULL. */
G_GNUC_UNUSED static ScRecord *
find (ScStore           *store,
      const ScTableInfo *table,
      guint              column,
      const char        *text)
{
  GListModel *model = sc_store_get_list (store, table);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(ScRecord) r = g_list_model_get_item (model, i);

      if (g_str_equal (sc_record_get_text (r, column), text))
        return r;
    }
  return NULL;
}

