/* sc-kpi-editing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * KPIs: drafts, validation, creating and editing, the scorecard's order,
 * dropping, restoring and deleting. Targets and shutdown weeks are in
 * sc-kpi-editing-targets.c.
 */

#define G_LOG_DOMAIN "sc-kpi-editing"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "sc-kpi-editing-private.h"
#include "sc-l10n.h"
#include "sc-metrics.h"

G_DEFINE_QUARK (sc-kpi-error-quark, sc_kpi_error)

/* Helpers shared by the sc-kpi-editing*.c files -------------------------- */

gboolean
_sc_kpi_fail (GError     **error,
              ScKpiError   code,
              const char  *message)
{
  g_set_error_literal (error, SC_KPI_ERROR, code, message);
  return FALSE;
}

gboolean
_sc_kpi_commit (ScStore   *store,
                ScChange  *change,
                gboolean   ok,
                GError   **error)
{
  if (!ok)
    {
      sc_store_rollback (store, change);
      return FALSE;
    }
  return sc_store_commit (store, change, error);
}

ScKpi *
_sc_kpi_lookup (ScStore  *store,
                gint64    kpi_id,
                GError  **error)
{
  ScRecord *kpi = sc_store_lookup (store, &sc_kpi_table, kpi_id);

  if (kpi == NULL)
    _sc_kpi_fail (error, SC_KPI_ERROR_NOT_FOUND,
                  _("This indicator is no longer in the company file."));
  return kpi ? SC_KPI (kpi) : NULL;
}

/* Drafts ------------------------------------------------------------------ */

ScKpi *
sc_kpi_editing_new_draft (ScStore              *store,
                          const ScCatalogEntry *entry)
{
  ScRecord *kpi;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  if (entry != NULL)
    kpi = SC_RECORD (sc_kpi_new_from_catalog (entry));
  else
    {
      ScRecord *company = SC_RECORD (sc_store_get_company (store));

      kpi = sc_record_new (SC_TYPE_KPI);
      sc_record_set_int (kpi, SC_KPI_KIND, SC_KPI_KIND_ACTIVITY);
      sc_record_set_int (kpi, SC_KPI_UNIT, SC_UNIT_COUNT);
      sc_record_set_int (kpi, SC_KPI_DIRECTION, SC_DIRECTION_HIGHER);
      sc_record_set_int (kpi, SC_KPI_FREQUENCY, SC_FREQUENCY_WEEKLY);
      sc_record_set_int (kpi, SC_KPI_ROLLUP, SC_ROLLUP_SUM);
      sc_record_set_int (kpi, SC_KPI_TOLERANCE, sc_record_get_int (company, SC_COMPANY_TOLERANCE));
    }
  sc_record_set_date (kpi, SC_KPI_CREATED, sc_store_get_today (store));
  return SC_KPI (kpi);
}

gboolean
sc_kpi_editing_has_values (ScStore *store,
                           gint64   kpi_id)
{
  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  /* ISO dates, as the file stores them, stop at 9999. */
  return sc_store_count_values (store, kpi_id, sc_day_from_ymd (1, 1, 1),
                                sc_day_from_ymd (9999, 12, 31)) > 0;
}

/* Texts are stored trimmed, and the catalogue's own wording (in either
 * language) is stored as "" so that the file keeps reading in both. */
static void
normalise_text (ScRecord   *kpi,
                guint       column,
                const char *catalog_msgid)
{
  g_autofree char *text = g_strstrip (g_strdup (sc_record_get_text (kpi, column)));

  if (catalog_msgid != NULL &&
      (g_str_equal (text, catalog_msgid) ||
       g_str_equal (text, sc_l10n_gettext (SC_LANG_FR, catalog_msgid))))
    text[0] = '\0';
  if (!g_str_equal (text, sc_record_get_text (kpi, column)))
    sc_record_set_text (kpi, column, text);
}

static void
normalise (ScKpi *draft)
{
  const ScCatalogEntry *entry = sc_kpi_get_catalog_entry (draft);
  ScRecord *r = SC_RECORD (draft);

  normalise_text (r, SC_KPI_NAME, entry ? entry->name : NULL);
  normalise_text (r, SC_KPI_DEFINITION, entry ? entry->definition : NULL);
  normalise_text (r, SC_KPI_NUM_LABEL, entry ? entry->num_label : NULL);
  normalise_text (r, SC_KPI_DEN_LABEL, entry ? entry->den_label : NULL);
}

static gboolean
in_range (ScRecord *r,
          guint     column,
          gint64    last)
{
  gint64 v = sc_record_get_int (r, column);

  return v >= 0 && v <= last;
}

static gboolean
check_owner (ScStore  *store,
             ScKpi    *draft,
             GError  **error)
{
  gint64 owner_id = sc_record_get_ref (SC_RECORD (draft), SC_KPI_OWNER_ID);
  gint64 id = sc_record_get_id (SC_RECORD (draft));
  ScRecord *stored = id ? sc_store_lookup (store, &sc_kpi_table, id) : NULL;
  ScRecord *owner;

  if (owner_id == 0)
    return TRUE;

  owner = sc_store_lookup (store, &sc_person_table, owner_id);
  if (owner == NULL)
    return _sc_kpi_fail (error, SC_KPI_ERROR_OWNER,
                         _("This person is no longer in the company file."));
  if (!sc_record_get_bool (owner, SC_PERSON_ACTIVE) &&
      (stored == NULL || sc_record_get_ref (stored, SC_KPI_OWNER_ID) != owner_id))
    {
      g_set_error (error, SC_KPI_ERROR, SC_KPI_ERROR_OWNER,
                   /* Translators: %s is a person's name. */
                   _("%s is no longer active: choose someone else."),
                   sc_record_get_text (owner, SC_PERSON_NAME));
      return FALSE;
    }
  return TRUE;
}

gboolean
sc_kpi_editing_validate (ScStore  *store,
                         ScKpi    *draft,
                         GError  **error)
{
  ScRecord *r = SC_RECORD (draft);
  ScLang lang = sc_l10n_ui_lang ();
  g_autofree char *name = NULL;
  gint64 rolling = sc_record_get_int (r, SC_KPI_ROLLING_WEEKS);
  gint64 tolerance = sc_record_get_int (r, SC_KPI_TOLERANCE);

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_KPI (draft), FALSE);

  name = g_strstrip (g_strdup (sc_record_get_text (r, SC_KPI_NAME)));
  if (*name == '\0' && sc_kpi_get_catalog_entry (draft) == NULL)
    return _sc_kpi_fail (error, SC_KPI_ERROR_NO_NAME, _("The indicator needs a name."));

  if (!in_range (r, SC_KPI_KIND, SC_KPI_KIND_ACTIVITY) || !in_range (r, SC_KPI_UNIT, SC_UNIT_NUMBER) ||
      !in_range (r, SC_KPI_DIRECTION, SC_DIRECTION_LOWER) ||
      !in_range (r, SC_KPI_FREQUENCY, SC_FREQUENCY_MONTHLY) ||
      !in_range (r, SC_KPI_ROLLUP, SC_ROLLUP_RATIO))
    return _sc_kpi_fail (error, SC_KPI_ERROR_INVALID,
                         _("A setting of this indicator is not one of its choices."));

  if (sc_kpi_get_rollup (draft) == SC_ROLLUP_RATIO &&
      (*sc_kpi_get_num_label (draft, lang) == '\0' || *sc_kpi_get_den_label (draft, lang) == '\0'))
    return _sc_kpi_fail (error, SC_KPI_ERROR_NO_LABELS,
                         _("A ratio needs the names of its two figures, for example “quotes won” "
                           "and “quotes decided”."));

  if (rolling < 0 || rolling > SC_KPI_MAX_ROLLING_WEEKS)
    return _sc_kpi_fail (error, SC_KPI_ERROR_ROLLING,
                         _("An indicator can be shown over 0 to 52 weeks."));
  if (rolling > 0 && sc_kpi_get_frequency (draft) == SC_FREQUENCY_MONTHLY)
    return _sc_kpi_fail (error, SC_KPI_ERROR_ROLLING,
                         _("Only a weekly indicator can be shown over several weeks."));

  if (tolerance < 0 || tolerance > SC_KPI_MAX_TOLERANCE)
    return _sc_kpi_fail (error, SC_KPI_ERROR_TOLERANCE,
                         /* xgettext:no-c-format */
                         _("The watch band is from 0 to 50 % of the target."));

  return check_owner (store, draft, error);
}

/* Refuses what would reinterpret the figures already recorded. */
static gboolean
check_history (ScStore  *store,
               ScKpi    *draft,
               ScKpi    *stored,
               GError  **error)
{
  gboolean frequency = sc_kpi_get_frequency (draft) != sc_kpi_get_frequency (stored);
  gboolean rollup = sc_kpi_get_rollup (draft) != sc_kpi_get_rollup (stored);

  if ((!frequency && !rollup) ||
      !sc_kpi_editing_has_values (store, sc_record_get_id (SC_RECORD (stored))))
    return TRUE;

  if (frequency)
    return _sc_kpi_fail (error, SC_KPI_ERROR_HISTORY,
                         _("This indicator already has figures, so how often they are entered "
                           "cannot change: it would reinterpret its history."));
  return _sc_kpi_fail (error, SC_KPI_ERROR_HISTORY,
                       _("This indicator already has figures, so how they add up cannot change: "
                         "it would reinterpret its history."));
}

/* Creating and editing ----------------------------------------------------- */

static gint64
next_position (ScStore *store)
{
  GListModel *list = sc_store_get_list (store, &sc_kpi_table);
  gint64 next = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (list, i);

      if (sc_kpi_is_active (kpi))
        next = MAX (next, sc_record_get_int (SC_RECORD (kpi), SC_KPI_POSITION) + 1);
    }
  return next;
}

/* Writes draft (inserted at position when new, else every field but
 * archiving and position) and its targets and overrides within change.
 * The store's lists change only at the commit: the caller counts
 * positions. */
static gboolean
save_in_change (ScChange   *change,
                ScKpi      *draft,
                gint64      position,
                GPtrArray  *targets,
                GPtrArray  *overrides,
                GError    **error)
{
  ScStore *store = sc_change_get_store (change);
  gint64 id = sc_record_get_id (SC_RECORD (draft));
  g_autoptr(ScRecord) row = NULL;

  normalise (draft);
  if (!sc_kpi_editing_validate (store, draft, error))
    return FALSE;

  if (id == 0)
    {
      if (sc_record_get_date (SC_RECORD (draft), SC_KPI_CREATED) == SC_DAY_NONE)
        sc_record_set_date (SC_RECORD (draft), SC_KPI_CREATED, sc_store_get_today (store));
      sc_record_set_int (SC_RECORD (draft), SC_KPI_POSITION, position);
      sc_record_set_null (SC_RECORD (draft), SC_KPI_ARCHIVED);
      if (!sc_change_put (change, SC_RECORD (draft), error))
        return FALSE;
    }
  else
    {
      ScKpi *stored = _sc_kpi_lookup (store, id, error);

      if (stored == NULL || !check_history (store, draft, stored, error))
        return FALSE;
      row = sc_record_copy (SC_RECORD (draft));
      sc_record_set_int (row, SC_KPI_POSITION, sc_record_get_int (SC_RECORD (stored), SC_KPI_POSITION));
      sc_record_set_date (row, SC_KPI_ARCHIVED, sc_record_get_date (SC_RECORD (stored), SC_KPI_ARCHIVED));
      if (!sc_change_put (change, row, error))
        return FALSE;
    }

  return (targets == NULL || _sc_kpi_apply_rows (change, &sc_target_table, draft, targets, error)) &&
         (overrides == NULL ||
          _sc_kpi_apply_rows (change, &sc_override_table, draft, overrides, error));
}

gboolean
sc_kpi_editing_save (ScStore    *store,
                     ScKpi      *draft,
                     GPtrArray  *targets,
                     GPtrArray  *overrides,
                     GError    **error)
{
  ScChange *change;
  gboolean is_new;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_KPI (draft), FALSE);

  is_new = sc_record_get_id (SC_RECORD (draft)) == 0;
  change = sc_store_begin (store, is_new ? _("Add an indicator") : _("Edit an indicator"), error);
  if (change == NULL)
    return FALSE;
  if (!_sc_kpi_commit (store, change, save_in_change (change, draft, next_position (store), targets,
                                                       overrides, error),
                       error))
    {
      /* A failed insert leaves no row: the draft is still new. */
      if (is_new)
        sc_record_set_id (SC_RECORD (draft), 0);
      return FALSE;
    }
  return TRUE;
}

gboolean
sc_kpi_editing_update (ScStore  *store,
                       ScKpi    *draft,
                       GError  **error)
{
  g_return_val_if_fail (SC_IS_KPI (draft), FALSE);
  g_return_val_if_fail (sc_record_get_id (SC_RECORD (draft)) != 0, FALSE);

  return sc_kpi_editing_save (store, draft, NULL, NULL, error);
}

/* The first target of a new KPI, as the editor would give it. */
static GPtrArray *
first_target (ScStore *store,
              ScKpi   *draft,
              double   target,
              ScDay    effective)
{
  GPtrArray *targets = g_ptr_array_new_with_free_func (g_object_unref);
  ScRecord *t;

  if (isnan (target))
    return targets;

  t = sc_record_new (SC_TYPE_TARGET);
  sc_record_set_date (t, SC_TARGET_EFFECTIVE,
                      effective != SC_DAY_NONE ? effective
                                               : sc_kpi_editing_current_period (store, draft));
  sc_record_set_int (t, SC_TARGET_VALUE, sc_amount_from_double (target));
  g_ptr_array_add (targets, t);
  return targets;
}

gboolean
sc_kpi_editing_create (ScStore  *store,
                       ScKpi    *draft,
                       double    target,
                       ScDay     effective,
                       GError  **error)
{
  g_autoptr(GPtrArray) targets = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (SC_IS_KPI (draft), FALSE);
  g_return_val_if_fail (sc_record_get_id (SC_RECORD (draft)) == 0, FALSE);

  targets = first_target (store, draft, target, effective);
  return sc_kpi_editing_save (store, draft, targets, NULL, error);
}

gboolean
sc_kpi_editing_create_many (ScStore       *store,
                            GPtrArray     *drafts,
                            const double  *targets,
                            GError       **error)
{
  g_autofree char *label = NULL;
  ScChange *change;
  gboolean ok = TRUE;
  gint64 position;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (drafts != NULL, FALSE);

  if (drafts->len == 0)
    return TRUE;

  label = g_strdup_printf (ngettext ("Add %u indicator", "Add %u indicators", drafts->len),
                           drafts->len);
  change = sc_store_begin (store, label, error);
  if (change == NULL)
    return FALSE;

  position = next_position (store);
  for (guint i = 0; i < drafts->len && ok; i++)
    {
      ScKpi *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GPtrArray) first = first_target (store, draft, targets ? targets[i] : NAN,
                                                 SC_DAY_NONE);

      ok = save_in_change (change, draft, position + i, first, NULL, error);
    }

  if (!_sc_kpi_commit (store, change, ok, error))
    {
      for (guint i = 0; i < drafts->len; i++)
        sc_record_set_id (g_ptr_array_index (drafts, i), 0);
      return FALSE;
    }
  return TRUE;
}

/* The scorecard ---------------------------------------------------------- */

static int
compare_archived (gconstpointer a,
                  gconstpointer b)
{
  ScDay x = sc_record_get_date (*(ScRecord **) a, SC_KPI_ARCHIVED);
  ScDay y = sc_record_get_date (*(ScRecord **) b, SC_KPI_ARCHIVED);

  return (x < y) - (x > y);
}

GPtrArray *
sc_kpi_editing_list (ScStore  *store,
                     gboolean  archived)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SC_IS_STORE (store), result);

  if (!archived)
    {
      g_autoptr(GPtrArray) active = sc_metrics_active_kpis (sc_metrics_for_store (store));

      for (guint i = 0; i < active->len; i++)
        g_ptr_array_add (result, g_object_ref (g_ptr_array_index (active, i)));
      return result;
    }

  {
    GListModel *list = sc_store_get_list (store, &sc_kpi_table);

    for (guint i = 0; i < g_list_model_get_n_items (list); i++)
      {
        ScKpi *kpi = g_list_model_get_item (list, i);

        if (!sc_kpi_is_active (kpi))
          g_ptr_array_add (result, kpi);
        else
          g_object_unref (kpi);
      }
    g_ptr_array_sort (result, compare_archived);
  }
  return result;
}

ScKpi *
sc_kpi_editing_find_catalog (ScStore    *store,
                             const char *key)
{
  GListModel *list;
  ScKpi *found = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  if (key == NULL || *key == '\0')
    return NULL;

  list = sc_store_get_list (store, &sc_kpi_table);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (list, i);

      if (!g_str_equal (sc_record_get_text (SC_RECORD (kpi), SC_KPI_CATALOG_KEY), key))
        continue;
      if (sc_kpi_is_active (kpi))
        return kpi;
      if (found == NULL || compare_archived (&kpi, &found) < 0)
        found = kpi;
    }
  return found;
}

gboolean
sc_kpi_editing_move (ScStore  *store,
                     gint64    kpi_id,
                     int       offset,
                     GError  **error)
{
  g_autoptr(GPtrArray) active = NULL;
  ScChange *change;
  gboolean ok = TRUE;
  guint from;
  int to;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  active = sc_kpi_editing_list (store, FALSE);
  for (from = 0; from < active->len; from++)
    if (sc_record_get_id (g_ptr_array_index (active, from)) == kpi_id)
      break;
  if (from == active->len)
    return _sc_kpi_fail (error, SC_KPI_ERROR_NOT_FOUND,
                         _("This indicator is not on the scorecard."));

  to = CLAMP ((int) from + offset, 0, (int) active->len - 1);
  if (to == (int) from)
    return TRUE;

  {
    gpointer moving = g_ptr_array_steal_index (active, from);

    g_ptr_array_insert (active, to, moving);
  }

  change = sc_store_begin (store, _("Reorder indicators"), error);
  if (change == NULL)
    return FALSE;
  for (guint i = 0; i < active->len && ok; i++)
    {
      g_autoptr(ScRecord) row = sc_record_copy (g_ptr_array_index (active, i));

      sc_record_set_int (row, SC_KPI_POSITION, i);
      ok = sc_change_put (change, row, error);
    }
  return _sc_kpi_commit (store, change, ok, error);
}

gboolean
sc_kpi_editing_drop (ScStore  *store,
                     gint64    kpi_id,
                     GError  **error)
{
  ScKpi *kpi;
  g_autoptr(ScRecord) row = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  kpi = _sc_kpi_lookup (store, kpi_id, error);
  if (kpi == NULL)
    return FALSE;
  if (!sc_kpi_is_active (kpi))
    return TRUE;

  row = sc_record_copy (SC_RECORD (kpi));
  sc_record_set_date (row, SC_KPI_ARCHIVED, sc_store_get_today (store));
  return sc_store_put (store, _("Drop an indicator"), row, error);
}

gboolean
sc_kpi_editing_restore (ScStore  *store,
                        gint64    kpi_id,
                        char    **warning,
                        GError  **error)
{
  ScKpi *kpi;
  g_autoptr(ScRecord) row = NULL;
  g_autofree char *pitfall = NULL;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (warning != NULL)
    *warning = NULL;

  kpi = _sc_kpi_lookup (store, kpi_id, error);
  if (kpi == NULL)
    return FALSE;
  if (sc_kpi_is_active (kpi))
    return TRUE;

  pitfall = sc_kpi_dup_add_warning (sc_store_get_list (store, &sc_kpi_table));
  row = sc_record_copy (SC_RECORD (kpi));
  sc_record_set_null (row, SC_KPI_ARCHIVED);
  sc_record_set_int (row, SC_KPI_POSITION, next_position (store));
  if (!sc_store_put (store, _("Restore an indicator"), row, error))
    return FALSE;

  if (warning != NULL)
    *warning = g_steal_pointer (&pitfall);
  return TRUE;
}

/* Whether a monthly or quarterly review holds the KPI: it is history. */
static gboolean
is_reviewed (ScStore *store,
             gint64   kpi_id)
{
  g_autoptr(GPtrArray) lines =
    sc_store_query_children (store, &sc_review_line_table, SC_REVIEW_LINE_KPI_ID, kpi_id, NULL);
  g_autoptr(GPtrArray) decisions =
    sc_store_query_children (store, &sc_decision_table, SC_DECISION_ITEM_ID, kpi_id, NULL);

  if (lines == NULL || decisions == NULL || lines->len > 0)
    return TRUE;
  for (guint i = 0; i < decisions->len; i++)
    if (sc_record_get_int (g_ptr_array_index (decisions, i), SC_DECISION_ITEM_KIND) == SC_ITEM_KPI)
      return TRUE;
  return FALSE;
}

/* Deletes the rows of table, or (unlink) empties their column, whose
 * column names the KPI: what the foreign keys would do, but where the undo
 * log sees it. */
static gboolean
clear_links (ScChange           *change,
             const ScTableInfo  *table,
             guint               column,
             gint64              kpi_id,
             gboolean            unlink,
             GError            **error)
{
  GListModel *list = sc_store_get_list (sc_change_get_store (change), table);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      ScRecord *r = g_list_model_get_item (list, i);

      if (sc_record_get_ref (r, column) == kpi_id)
        g_ptr_array_add (rows, sc_record_copy (r));
      g_object_unref (r);
    }

  for (guint i = 0; i < rows->len; i++)
    {
      ScRecord *r = g_ptr_array_index (rows, i);

      if (unlink)
        sc_record_set_null (r, column);
      if (!(unlink ? sc_change_put (change, r, error)
                   : sc_change_delete (change, table, sc_record_get_id (r), error)))
        return FALSE;
    }
  return TRUE;
}

gboolean
sc_kpi_editing_delete (ScStore  *store,
                       gint64    kpi_id,
                       GError  **error)
{
  ScChange *change;
  gboolean ok;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);

  if (_sc_kpi_lookup (store, kpi_id, error) == NULL)
    return FALSE;
  if (sc_kpi_editing_has_values (store, kpi_id) || is_reviewed (store, kpi_id))
    return _sc_kpi_fail (error, SC_KPI_ERROR_HISTORY,
                         _("This indicator has a history: drop it instead, its figures stay "
                           "readable."));

  change = sc_store_begin (store, _("Delete an indicator"), error);
  if (change == NULL)
    return FALSE;
  ok = clear_links (change, &sc_override_table, SC_OVERRIDE_KPI_ID, kpi_id, FALSE, error) &&
       clear_links (change, &sc_target_table, SC_TARGET_KPI_ID, kpi_id, FALSE, error) &&
       clear_links (change, &sc_priority_table, SC_PRIORITY_KPI_ID, kpi_id, TRUE, error) &&
       clear_links (change, &sc_action_table, SC_ACTION_KPI_ID, kpi_id, TRUE, error) &&
       sc_change_delete (change, &sc_kpi_table, kpi_id, error);
  return _sc_kpi_commit (store, change, ok, error);
}
