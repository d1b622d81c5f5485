/* test-kpi-editing.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules of the KPI editor (sc-kpi-editing.h) on temporary copies of
 * the sample company, whose today is Friday 2025-09-26 (week of Monday
 * 2025-09-22) and whose seven KPIs have targets from 2025-03-31: what is
 * created reaches the file, refusals write nothing, a new target never
 * rewrites the past, history survives dropping, and every change undoes.
 */

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gstdio.h>

#include "sc-kpi-editing.h"
#include "sc-metrics.h"
#include "sc-sample.h"
#include "sc-test-sample.h"

typedef ScSampleCopy Fixture;

static ScKpi *
kpi (Fixture    *f,
     const char *key)
{
  ScKpi *found = sc_kpi_editing_find_catalog (f->store, key);

  g_assert_nonnull (found);
  return found;
}

static gint64
kpi_id (Fixture    *f,
        const char *key)
{
  return sc_record_get_id (SC_RECORD (kpi (f, key)));
}

/* The row as the file holds it, read by a query rather than the cache. */
static ScRecord *
file_row (Fixture           *f,
          const ScTableInfo *table,
          gint64             id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = sc_store_query_children (f->store, table, 0, id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, <=, 1);
  return rows->len ? g_object_ref (g_ptr_array_index (rows, 0)) : NULL;
}

static GPtrArray *
file_children (Fixture           *f,
               const ScTableInfo *table,
               guint              column,
               gint64             id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = sc_store_query_children (f->store, table, column, id, &error);

  g_assert_no_error (error);
  return rows;
}

static double
target_at (Fixture    *f,
           const char *key,
           const char *iso)
{
  return sc_metrics_entry_target (sc_metrics_for_store (f->store), kpi (f, key), day (iso));
}

static void
undo (Fixture    *f,
      const char *label)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, label);
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
}

/* Creating ----------------------------------------------------------------- */

static void
test_create_from_catalog (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScKpi) draft = sc_kpi_editing_new_draft (f->store, sc_kpi_catalog_lookup ("K27"));
  g_autoptr(ScRecord) row = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  guint kpis = sc_store_count_rows (f->store, &sc_kpi_table);
  gint64 id;

  g_assert_true (sc_kpi_editing_create (f->store, draft, 3, SC_DAY_NONE, &error));
  g_assert_no_error (error);
  id = sc_record_get_id (SC_RECORD (draft));
  g_assert_cmpint (id, >, 0);

  row = file_row (f, &sc_kpi_table, id);
  g_assert_nonnull (row);
  g_assert_cmpstr (sc_record_get_text (row, SC_KPI_CATALOG_KEY), ==, "K27");
  g_assert_cmpstr (sc_record_get_text (row, SC_KPI_NAME), ==, "");
  g_assert_cmpint (sc_record_get_int (row, SC_KPI_UNIT), ==, SC_UNIT_COUNT);
  g_assert_cmpint (sc_record_get_int (row, SC_KPI_POSITION), ==, 7);
  g_assert_cmpuint (sc_record_get_date (row, SC_KPI_CREATED), ==, day ("2025-09-26"));
  g_assert_true (sc_record_is_null (row, SC_KPI_ARCHIVED));

  /* The first target is in force from the start of this week. */
  targets = file_children (f, &sc_target_table, SC_TARGET_KPI_ID, id);
  g_assert_cmpuint (targets->len, ==, 1);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (targets, 0), SC_TARGET_EFFECTIVE), ==,
                    day ("2025-09-22"));
  g_assert_cmpint (sc_record_get_int (g_ptr_array_index (targets, 0), SC_TARGET_VALUE), ==, 300);
  g_assert_cmpfloat (target_at (f, "K27", "2025-09-22"), ==, 3);
  g_assert_true (isnan (target_at (f, "K27", "2025-09-15")));

  undo (f, "Add an indicator");
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_kpi_table), ==, kpis);
  g_assert_null (sc_kpi_editing_find_catalog (f->store, "K27"));
  g_clear_pointer (&targets, g_ptr_array_unref);
  targets = file_children (f, &sc_target_table, SC_TARGET_KPI_ID, id);
  g_assert_cmpuint (targets->len, ==, 0);
}

static void
test_create_from_scratch (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScKpi) draft = sc_kpi_editing_new_draft (f->store, NULL);
  ScRecord *r = SC_RECORD (draft);
  gint64 sophie = sc_record_get_ref (SC_RECORD (kpi (f, "K23")), SC_KPI_OWNER_ID);
  g_autoptr(ScRecord) row = NULL;
  g_autoptr(GPtrArray) targets = NULL;

  sc_record_set_text (r, SC_KPI_NAME, "  Contacts au salon Expo-Usinage  ");
  sc_record_set_text (r, SC_KPI_DEFINITION, "Cartes d'affaires recueillies au kiosque.");
  sc_record_set_int (r, SC_KPI_FREQUENCY, SC_FREQUENCY_MONTHLY);
  sc_record_set_ref (r, SC_KPI_OWNER_ID, sophie);
  sc_record_set_int (r, SC_KPI_TOLERANCE, 1500);

  /* A day inside October: the monthly target starts with the month. */
  g_assert_true (sc_kpi_editing_create (f->store, draft, 40, day ("2025-10-15"), &error));
  g_assert_no_error (error);

  row = file_row (f, &sc_kpi_table, sc_record_get_id (r));
  g_assert_cmpstr (sc_record_get_text (row, SC_KPI_NAME), ==, "Contacts au salon Expo-Usinage");
  g_assert_cmpstr (sc_record_get_text (row, SC_KPI_CATALOG_KEY), ==, "");
  g_assert_cmpint (sc_record_get_int (row, SC_KPI_KIND), ==, SC_KPI_KIND_ACTIVITY);
  g_assert_cmpint (sc_record_get_int (row, SC_KPI_FREQUENCY), ==, SC_FREQUENCY_MONTHLY);
  g_assert_cmpint (sc_record_get_ref (row, SC_KPI_OWNER_ID), ==, sophie);
  g_assert_cmpint (sc_record_get_int (row, SC_KPI_TOLERANCE), ==, 1500);

  targets = file_children (f, &sc_target_table, SC_TARGET_KPI_ID, sc_record_get_id (r));
  g_assert_cmpuint (targets->len, ==, 1);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (targets, 0), SC_TARGET_EFFECTIVE), ==,
                    day ("2025-10-01"));

  /* The scorecard now has eight KPIs: the rule of 5 to 7 says so. */
  g_autofree char *advice = sc_kpi_dup_rule_advice (sc_store_get_list (f->store, &sc_kpi_table),
                                                    NULL);
  g_assert_nonnull (advice);

  /* Without a target nothing is in force. */
  g_autoptr(ScKpi) bare = sc_kpi_editing_new_draft (f->store, NULL);
  sc_record_set_text (SC_RECORD (bare), SC_KPI_NAME, "Infolettres envoyées");
  g_assert_true (sc_kpi_editing_create (f->store, bare, NAN, SC_DAY_NONE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&targets, g_ptr_array_unref);
  targets = sc_kpi_editing_get_targets (f->store, sc_record_get_id (SC_RECORD (bare)));
  g_assert_cmpuint (targets->len, ==, 0);
}

/* The starter set in one change. */
static void
test_create_many (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = g_ptr_array_new_with_free_func (g_object_unref);
  const double targets[] = { 5, NAN };
  guint kpis = sc_store_count_rows (f->store, &sc_kpi_table);
  guint versions = sc_store_count_rows (f->store, &sc_target_table);

  g_ptr_array_add (drafts, sc_kpi_editing_new_draft (f->store, sc_kpi_catalog_lookup ("K28")));
  g_ptr_array_add (drafts, sc_kpi_editing_new_draft (f->store, sc_kpi_catalog_lookup ("K29")));
  g_assert_true (sc_kpi_editing_create_many (f->store, drafts, targets, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_kpi_table), ==, kpis + 2);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_target_table), ==, versions + 1);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K29")), SC_KPI_POSITION), ==, 8);

  undo (f, "Add 2 indicators");
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_kpi_table), ==, kpis);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_target_table), ==, versions);
}

/* Refusals --------------------------------------------------------------- */

typedef struct
{
  guint    kpis, targets, overrides;
  gboolean could_undo;
} Counts;

static void
count (Fixture *f,
       Counts  *c)
{
  c->kpis = sc_store_count_rows (f->store, &sc_kpi_table);
  c->targets = sc_store_count_rows (f->store, &sc_target_table);
  c->overrides = sc_store_count_rows (f->store, &sc_override_table);
  c->could_undo = sc_store_can_undo (f->store);
}

static void
assert_nothing_written (Fixture      *f,
                        const Counts *before)
{
  Counts after;

  count (f, &after);
  g_assert_cmpuint (after.kpis, ==, before->kpis);
  g_assert_cmpuint (after.targets, ==, before->targets);
  g_assert_cmpuint (after.overrides, ==, before->overrides);
  g_assert_cmpint (after.could_undo, ==, before->could_undo);
}

static void
assert_create_refused (Fixture    *f,
                       ScKpi      *draft,
                       ScKpiError  code)
{
  g_autoptr(GError) error = NULL;
  Counts before;

  count (f, &before);
  g_assert_false (sc_kpi_editing_create (f->store, draft, 10, SC_DAY_NONE, &error));
  g_assert_error (error, SC_KPI_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  g_assert_cmpint (sc_record_get_id (SC_RECORD (draft)), ==, 0);
  assert_nothing_written (f, &before);
}

static ScKpi *
scratch (Fixture    *f,
         const char *name)
{
  ScKpi *draft = sc_kpi_editing_new_draft (f->store, NULL);

  sc_record_set_text (SC_RECORD (draft), SC_KPI_NAME, name);
  return draft;
}

static void
test_validation (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(ScKpi) no_name = scratch (f, "   ");
  g_autoptr(ScKpi) ratio = scratch (f, "Taux de visites");
  g_autoptr(ScKpi) rolling = scratch (f, "Visites");
  g_autoptr(ScKpi) monthly = scratch (f, "Visites");
  g_autoptr(ScKpi) tolerance = scratch (f, "Visites");
  g_autoptr(ScKpi) ghost = scratch (f, "Visites");
  g_autoptr(ScKpi) invalid = scratch (f, "Visites");

  sc_record_set_int (SC_RECORD (ratio), SC_KPI_ROLLUP, SC_ROLLUP_RATIO);
  sc_record_set_text (SC_RECORD (ratio), SC_KPI_NUM_LABEL, "visites");
  sc_record_set_int (SC_RECORD (rolling), SC_KPI_ROLLING_WEEKS, 53);
  sc_record_set_int (SC_RECORD (monthly), SC_KPI_ROLLING_WEEKS, 4);
  sc_record_set_int (SC_RECORD (monthly), SC_KPI_FREQUENCY, SC_FREQUENCY_MONTHLY);
  sc_record_set_int (SC_RECORD (tolerance), SC_KPI_TOLERANCE, 5001);
  sc_record_set_ref (SC_RECORD (ghost), SC_KPI_OWNER_ID, 9999);
  sc_record_set_int (SC_RECORD (invalid), SC_KPI_UNIT, 7);

  assert_create_refused (f, no_name, SC_KPI_ERROR_NO_NAME);
  assert_create_refused (f, ratio, SC_KPI_ERROR_NO_LABELS);
  assert_create_refused (f, rolling, SC_KPI_ERROR_ROLLING);
  assert_create_refused (f, monthly, SC_KPI_ERROR_ROLLING);
  assert_create_refused (f, tolerance, SC_KPI_ERROR_TOLERANCE);
  assert_create_refused (f, ghost, SC_KPI_ERROR_OWNER);
  assert_create_refused (f, invalid, SC_KPI_ERROR_INVALID);

  /* A catalogue KPI whose name is cleared takes the catalogue's. */
  g_autoptr(ScKpi) visits = sc_kpi_editing_new_draft (f->store, sc_kpi_catalog_lookup ("K27"));
  g_autoptr(GError) error = NULL;

  sc_record_set_text (SC_RECORD (visits), SC_KPI_NAME, "  ");
  g_assert_true (sc_kpi_editing_validate (f->store, visits, &error));
  g_assert_no_error (error);
}

static void
assert_parse_refused (ScKpi      *k,
                      const char *text)
{
  g_autoptr(GError) error = NULL;
  double target = 1;

  g_assert_false (sc_kpi_editing_parse_target (k, SC_LANG_FR, text, &target, &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_TARGET);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_parse (Fixture       *f,
            gconstpointer  data)
{
  ScKpi *sales = kpi (f, "K01");
  ScKpi *quotes = kpi (f, "K24");
  ScKpi *margin = kpi (f, "K02");
  g_autoptr(GError) error = NULL;
  double target;
  gint64 hundredths;

  g_assert_true (sc_kpi_editing_parse_target (sales, SC_LANG_FR, "150 000,50 $", &target, &error));
  g_assert_cmpfloat (target, ==, 150000.5);
  g_assert_true (sc_kpi_editing_parse_target (sales, SC_LANG_EN, "$1,234.5", &target, &error));
  g_assert_cmpfloat (target, ==, 1234.5);
  g_assert_true (sc_kpi_editing_parse_target (margin, SC_LANG_FR, "27,5 %", &target, &error));
  g_assert_cmpfloat (target, ==, 27.5);
  g_assert_true (sc_kpi_editing_parse_target (quotes, SC_LANG_FR, "  ", &target, &error));
  g_assert_true (isnan (target));
  /* Money may go below zero (a net figure); a count may not. */
  g_assert_true (sc_kpi_editing_parse_target (sales, SC_LANG_EN, "-500", &target, &error));
  g_assert_no_error (error);

  assert_parse_refused (quotes, "douze");
  assert_parse_refused (quotes, "-3");
  assert_parse_refused (quotes, "12 %");
  assert_parse_refused (quotes, "12 $");
  assert_parse_refused (sales, "1e20");

  g_assert_true (sc_kpi_editing_parse_percent (SC_LANG_FR, "12,5 %", SC_KPI_MAX_TOLERANCE,
                                               SC_KPI_ERROR_TOLERANCE, &hundredths, &error));
  g_assert_cmpint (hundredths, ==, 1250);
  g_assert_false (sc_kpi_editing_parse_percent (SC_LANG_EN, "60", SC_KPI_MAX_TOLERANCE,
                                                SC_KPI_ERROR_TOLERANCE, &hundredths, &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_TOLERANCE);
  g_assert_nonnull (strstr (error->message, "50%"));
}

/* Targets ------------------------------------------------------------------ */

static void
test_target_versions (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  gint64 sales = kpi_id (f, "K01");
  gint64 first_id, new_id;

  versions = sc_kpi_editing_get_targets (f->store, sales);
  g_assert_cmpuint (versions->len, ==, 1);
  first_id = sc_record_get_id (g_ptr_array_index (versions, 0));
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-06"), ==, 150000);

  /* Wednesday 22 October: from the week of Monday 20 October on. */
  g_assert_true (sc_kpi_editing_add_target (f->store, sales, day ("2025-10-22"), 165000,
                                            "Nouveau client Cascades", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-06"), ==, 150000);
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-27"), ==, 165000);
  g_assert_cmpfloat (target_at (f, "K01", "2025-04-07"), ==, 150000);

  g_clear_pointer (&versions, g_ptr_array_unref);
  versions = file_children (f, &sc_target_table, SC_TARGET_KPI_ID, sales);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpint (sc_record_get_id (g_ptr_array_index (versions, 0)), ==, first_id);
  g_assert_cmpint (sc_record_get_int (g_ptr_array_index (versions, 0), SC_TARGET_VALUE), ==,
                   15000000);
  new_id = sc_record_get_id (g_ptr_array_index (versions, 1));
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (versions, 1), SC_TARGET_EFFECTIVE), ==,
                    day ("2025-10-20"));

  /* The same week again replaces that version, and only it. */
  g_assert_true (sc_kpi_editing_add_target (f->store, sales, day ("2025-10-20"), 170000, NULL,
                                            &error));
  g_clear_pointer (&versions, g_ptr_array_unref);
  versions = sc_kpi_editing_get_targets (f->store, sales);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpint (sc_record_get_id (g_ptr_array_index (versions, 1)), ==, new_id);
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (versions, 1), SC_TARGET_NOTE), ==,
                   "Nouveau client Cascades");
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-20"), ==, 170000);
  undo (f, "Change a target");
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-20"), ==, 165000);

  /* Removing a version: the one before applies again; the last stays. */
  g_assert_true (sc_kpi_editing_delete_target (f->store, new_id, &error));
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-27"), ==, 150000);
  g_assert_false (sc_kpi_editing_delete_target (f->store, first_id, &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_LAST_TARGET);
  g_clear_error (&error);
  undo (f, "Delete a target");
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-27"), ==, 165000);
  undo (f, "Change a target");
  g_assert_cmpfloat (target_at (f, "K01", "2025-10-27"), ==, 150000);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_target_table), ==, 7);

  /* A count's target cannot be negative. */
  g_assert_false (sc_kpi_editing_add_target (f->store, kpi_id (f, "K24"), day ("2025-10-13"), -1,
                                             NULL, &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_TARGET);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_target_table), ==, 7);
}

static void
test_overrides (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) overrides = NULL;
  gint64 opportunities = kpi_id (f, "K23");
  gint64 margin = kpi_id (f, "K02");

  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 12);
  g_assert_true (sc_kpi_editing_set_override (f->store, opportunities, day ("2025-11-05"), 20,
                                              "Salon Expo-Usinage", &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 20);
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-10"), ==, 12);

  overrides = file_children (f, &sc_override_table, SC_OVERRIDE_KPI_ID, opportunities);
  g_assert_cmpuint (overrides->len, ==, 1);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (overrides, 0), SC_OVERRIDE_PERIOD), ==,
                    day ("2025-11-03"));
  g_assert_cmpstr (sc_record_get_text (g_ptr_array_index (overrides, 0), SC_OVERRIDE_NOTE), ==,
                   "Salon Expo-Usinage");

  g_assert_true (sc_kpi_editing_clear_override (f->store, opportunities, day ("2025-11-07"),
                                                &error));
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 12);
  undo (f, "Clear the target of one period");
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 20);
  undo (f, "Set a target for one period");
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 12);

  /* A monthly KPI's override is for the month its week belongs to: the
   * week of Monday 29 September has its Thursday in October. */
  g_assert_true (sc_kpi_editing_set_override (f->store, margin, day ("2025-09-29"), 25, NULL,
                                              &error));
  g_clear_pointer (&overrides, g_ptr_array_unref);
  overrides = sc_kpi_editing_get_overrides (f->store, margin);
  g_assert_cmpuint (overrides->len, ==, 1);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (overrides, 0), SC_OVERRIDE_PERIOD), ==,
                    day ("2025-10-01"));
  g_assert_cmpfloat (target_at (f, "K02", "2025-10-01"), ==, 25);
}

/* What the editor saves: fields, versions and overrides in one change. */
static void
test_save_all (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) draft = sc_record_copy (SC_RECORD (kpi (f, "K24")));
  g_autoptr(GPtrArray) targets = sc_kpi_editing_get_targets (f->store, kpi_id (f, "K24"));
  g_autoptr(GPtrArray) overrides = g_ptr_array_new_with_free_func (g_object_unref);
  ScRecord *t = sc_record_new (SC_TYPE_TARGET);
  ScRecord *o = sc_record_new (SC_TYPE_TARGET_OVERRIDE);
  Counts before;

  count (f, &before);
  sc_record_set_int (draft, SC_KPI_TOLERANCE, 2000);
  sc_record_set_date (t, SC_TARGET_EFFECTIVE, day ("2025-10-08"));
  sc_record_set_int (t, SC_TARGET_VALUE, 1200);
  g_ptr_array_add (targets, t);
  sc_record_set_date (o, SC_OVERRIDE_PERIOD, day ("2025-12-22"));
  sc_record_set_int (o, SC_OVERRIDE_VALUE, 300);
  g_ptr_array_add (overrides, o);

  g_assert_true (sc_kpi_editing_save (f->store, SC_KPI (draft), targets, overrides, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K24")), SC_KPI_TOLERANCE), ==, 2000);
  g_assert_cmpfloat (target_at (f, "K24", "2025-10-06"), ==, 12);
  g_assert_cmpfloat (target_at (f, "K24", "2025-09-29"), ==, 10);
  g_assert_cmpfloat (target_at (f, "K24", "2025-12-22"), ==, 3);

  /* One step undoes it all. */
  undo (f, "Edit an indicator");
  assert_nothing_written (f, &before);
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K24")), SC_KPI_TOLERANCE), ==, 1000);

  /* A KPI that had a target keeps one. */
  g_ptr_array_set_size (targets, 0);
  g_assert_false (sc_kpi_editing_save (f->store, SC_KPI (draft), targets, NULL, &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_LAST_TARGET);
  assert_nothing_written (f, &before);
}

/* The scorecard ---------------------------------------------------------- */

static char *
order (Fixture *f)
{
  g_autoptr(GPtrArray) active = sc_kpi_editing_list (f->store, FALSE);
  GString *keys = g_string_new (NULL);

  for (guint i = 0; i < active->len; i++)
    {
      ScRecord *k = g_ptr_array_index (active, i);

      g_assert_cmpint (sc_record_get_int (k, SC_KPI_POSITION), ==, i);
      g_string_append_printf (keys, "%s%s", i ? " " : "",
                              sc_record_get_text (k, SC_KPI_CATALOG_KEY));
    }
  return g_string_free (keys, FALSE);
}

static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *initial = order (f);
  g_autofree char *moved = NULL;
  g_autofree char *back = NULL;
  g_autofree char *still = NULL;

  g_assert_cmpstr (initial, ==, "K01 K02 K08 K04 K23 K24 K25");
  g_assert_true (sc_kpi_editing_move (f->store, kpi_id (f, "K04"), -2, &error));
  g_assert_no_error (error);
  moved = order (f);
  g_assert_cmpstr (moved, ==, "K01 K04 K02 K08 K23 K24 K25");

  /* The positions are in the file. */
  sc_sample_copy_reopen (f);
  g_free (moved);
  moved = order (f);
  g_assert_cmpstr (moved, ==, "K01 K04 K02 K08 K23 K24 K25");

  /* At the top, moving up writes nothing. */
  g_assert_true (sc_kpi_editing_move (f->store, kpi_id (f, "K01"), -1, &error));
  g_assert_false (sc_store_can_undo (f->store));

  g_assert_true (sc_kpi_editing_move (f->store, kpi_id (f, "K01"), 1, &error));
  still = order (f);
  g_assert_cmpstr (still, ==, "K04 K01 K02 K08 K23 K24 K25");
  undo (f, "Reorder indicators");
  back = order (f);
  g_assert_cmpstr (back, ==, "K01 K04 K02 K08 K23 K24 K25");
}

static guint
count_values (Fixture *f,
              gint64   id)
{
  return sc_store_count_values (f->store, id, day ("2000-01-01"), day ("2100-01-01"));
}

static void
test_archive_restore (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) archived = NULL;
  g_autoptr(GPtrArray) active = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  g_autoptr(ScKpi) extra = scratch (f, "Visites d'usine");
  g_autofree char *warning = NULL;
  g_autofree char *expected = NULL;
  gint64 sales = kpi_id (f, "K01");
  guint values = count_values (f, sales);
  g_autoptr(ScRecord) row = NULL;

  g_assert_cmpuint (values, >, 0);
  g_assert_true (sc_kpi_editing_drop (f->store, sales, &error));
  g_assert_no_error (error);
  row = file_row (f, &sc_kpi_table, sales);
  g_assert_cmpuint (sc_record_get_date (row, SC_KPI_ARCHIVED), ==, day ("2025-09-26"));
  g_assert_cmpuint (count_values (f, sales), ==, values);
  targets = sc_kpi_editing_get_targets (f->store, sales);
  g_assert_cmpuint (targets->len, ==, 1);
  archived = sc_kpi_editing_list (f->store, TRUE);
  g_assert_cmpuint (archived->len, ==, 1);
  active = sc_kpi_editing_list (f->store, FALSE);
  g_assert_cmpuint (active->len, ==, 6);

  /* Six active: a seventh, then restoring makes eight and says why that
   * is a pitfall, but restores all the same. */
  g_assert_true (sc_kpi_editing_create (f->store, extra, 2, SC_DAY_NONE, &error));
  expected = sc_kpi_dup_add_warning (sc_store_get_list (f->store, &sc_kpi_table));
  g_assert_nonnull (expected);
  g_assert_true (sc_kpi_editing_restore (f->store, sales, &warning, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (warning, ==, expected);
  g_clear_object (&row);
  row = file_row (f, &sc_kpi_table, sales);
  g_assert_true (sc_record_is_null (row, SC_KPI_ARCHIVED));
  /* Back at the end of the scorecard. */
  g_clear_pointer (&active, g_ptr_array_unref);
  active = sc_kpi_editing_list (f->store, FALSE);
  g_assert_cmpuint (active->len, ==, 8);
  g_assert_cmpint (sc_record_get_id (g_ptr_array_index (active, 7)), ==, sales);
  g_assert_cmpuint (count_values (f, sales), ==, values);

  undo (f, "Restore an indicator");
  g_assert_false (sc_kpi_is_active (kpi (f, "K01")));
  undo (f, "Add an indicator");
  undo (f, "Drop an indicator");
  g_assert_true (sc_kpi_is_active (kpi (f, "K01")));
  g_assert_cmpint (sc_record_get_int (SC_RECORD (kpi (f, "K01")), SC_KPI_POSITION), ==, 0);

  /* Seven active and one restored back: no warning under 8. */
  g_assert_true (sc_kpi_editing_drop (f->store, sales, &error));
  g_clear_pointer (&warning, g_free);
  g_assert_true (sc_kpi_editing_restore (f->store, sales, &warning, &error));
  g_assert_null (warning);
}

static void
test_delete (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScKpi) draft = scratch (f, "Visites d'usine");
  g_autoptr(ScRecord) first = NULL;
  g_autoptr(ScRecord) action = NULL;
  Counts before;
  guint actions;
  gint64 id;

  /* Sales has figures: refused, nothing changes. */
  count (f, &before);
  g_assert_false (sc_kpi_editing_delete (f->store, kpi_id (f, "K01"), &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_HISTORY);
  g_clear_error (&error);
  assert_nothing_written (f, &before);

  /* A KPI without figures goes with its targets and overrides, and the
   * action that named it keeps existing without it. */
  g_assert_true (sc_kpi_editing_create (f->store, draft, 4, SC_DAY_NONE, &error));
  id = sc_record_get_id (SC_RECORD (draft));
  g_assert_true (sc_kpi_editing_set_override (f->store, id, day ("2025-10-13"), 1, NULL, &error));
  first = g_list_model_get_item (sc_store_get_list (f->store, &sc_action_table), 0);
  action = sc_record_copy (first);
  sc_record_set_ref (action, SC_ACTION_KPI_ID, id);
  g_assert_true (sc_store_put (f->store, "Link", action, &error));
  count (f, &before);
  actions = sc_store_count_rows (f->store, &sc_action_table);

  g_assert_true (sc_kpi_editing_delete (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_null (file_row (f, &sc_kpi_table, id));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_target_table), ==, before.targets - 1);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_override_table), ==, before.overrides - 1);
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_action_table), ==, actions);
  g_assert_cmpint (sc_record_get_ref (sc_store_lookup (f->store, &sc_action_table,
                                                       sc_record_get_id (action)),
                                      SC_ACTION_KPI_ID), ==, 0);

  undo (f, "Delete an indicator");
  assert_nothing_written (f, &before);
  g_assert_cmpint (sc_record_get_ref (sc_store_lookup (f->store, &sc_action_table,
                                                       sc_record_get_id (action)),
                                      SC_ACTION_KPI_ID), ==, id);
  g_assert_cmpfloat (sc_metrics_entry_target (sc_metrics_for_store (f->store),
                                              SC_KPI (sc_store_lookup (f->store, &sc_kpi_table, id)),
                                              day ("2025-10-13")), ==, 1);
}

static void
test_edit_fields (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) draft = sc_record_copy (SC_RECORD (kpi (f, "K01")));
  g_autoptr(ScRecord) row = NULL;
  Counts before;

  /* Sales has figures: its frequency and roll-up stay. */
  count (f, &before);
  sc_record_set_int (draft, SC_KPI_FREQUENCY, SC_FREQUENCY_MONTHLY);
  g_assert_false (sc_kpi_editing_update (f->store, SC_KPI (draft), &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_HISTORY);
  g_clear_error (&error);
  sc_record_set_int (draft, SC_KPI_FREQUENCY, SC_FREQUENCY_WEEKLY);
  sc_record_set_int (draft, SC_KPI_ROLLUP, SC_ROLLUP_AVERAGE);
  g_assert_false (sc_kpi_editing_update (f->store, SC_KPI (draft), &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_HISTORY);
  g_clear_error (&error);
  assert_nothing_written (f, &before);
  g_assert_cmpint (sc_kpi_get_rollup (kpi (f, "K01")), ==, SC_ROLLUP_SUM);

  /* Renaming is fine; the catalogue's own words (in French too) are
   * stored as "" and read in the reader's language. */
  sc_record_set_int (draft, SC_KPI_ROLLUP, SC_ROLLUP_SUM);
  sc_record_set_text (draft, SC_KPI_NAME, "Ventes facturées");
  sc_record_set_text (draft, SC_KPI_DEFINITION, "Selon Acomba.");
  g_assert_true (sc_kpi_editing_update (f->store, SC_KPI (draft), &error));
  g_assert_no_error (error);
  row = file_row (f, &sc_kpi_table, sc_record_get_id (draft));
  g_assert_cmpstr (sc_record_get_text (row, SC_KPI_NAME), ==, "Ventes facturées");
  g_assert_cmpstr (sc_kpi_get_name (kpi (f, "K01"), SC_LANG_EN), ==, "Ventes facturées");

  sc_record_set_text (draft, SC_KPI_NAME, "Chiffre d'affaires");
  g_assert_true (sc_kpi_editing_update (f->store, SC_KPI (draft), &error));
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (kpi (f, "K01")), SC_KPI_NAME), ==, "");
  g_assert_cmpstr (sc_kpi_get_name (kpi (f, "K01"), SC_LANG_EN), ==, "Sales");
  /* Cleared, it is the same: nothing to write, nothing to undo. */
  sc_record_set_text (draft, SC_KPI_NAME, "");
  g_assert_true (sc_kpi_editing_update (f->store, SC_KPI (draft), &error));
  g_assert_cmpstr (sc_kpi_get_name (kpi (f, "K01"), SC_LANG_EN), ==, "Sales");

  undo (f, "Edit an indicator");
  g_assert_cmpstr (sc_kpi_get_name (kpi (f, "K01"), SC_LANG_EN), ==, "Ventes facturées");

  /* A KPI without figures may still change how it is entered. */
  g_autoptr(ScKpi) fresh = scratch (f, "Visites d'usine");
  g_assert_true (sc_kpi_editing_create (f->store, fresh, 2, SC_DAY_NONE, &error));
  sc_record_set_int (SC_RECORD (fresh), SC_KPI_FREQUENCY, SC_FREQUENCY_MONTHLY);
  g_assert_true (sc_kpi_editing_update (f->store, fresh, &error));
  g_assert_no_error (error);
}

/* Shutdown weeks -------------------------------------------------------- */

static void
test_shutdown_weeks (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) weeks = NULL;
  ScMetrics *metrics = sc_metrics_for_store (f->store);
  guint n = sc_store_count_rows (f->store, &sc_shutdown_table);
  gint64 id;

  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 12);
  g_assert_false (sc_metrics_is_shutdown (metrics, day ("2025-11-03")));

  /* Any day of the week declares the week (the inventory count). */
  g_assert_true (sc_kpi_editing_add_shutdown (f->store, day ("2025-11-06"), " Inventaire ", 2500,
                                              &error));
  g_assert_no_error (error);
  g_assert_true (sc_metrics_is_shutdown (metrics, day ("2025-11-03")));
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 3);
  /* A rate keeps its level in a shutdown week. */
  g_assert_cmpfloat (target_at (f, "K08", "2025-11-03"), ==, 30);

  weeks = sc_kpi_editing_get_shutdowns (f->store);
  g_assert_cmpuint (weeks->len, ==, n + 1);
  id = 0;
  for (guint i = 0; i < weeks->len; i++)
    if (sc_record_get_date (g_ptr_array_index (weeks, i), SC_SHUTDOWN_PERIOD) == day ("2025-11-03"))
      id = sc_record_get_id (g_ptr_array_index (weeks, i));
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (sc_record_get_text (sc_store_lookup (f->store, &sc_shutdown_table, id),
                                       SC_SHUTDOWN_LABEL), ==, "Inventaire");

  /* The same week again takes the new level. */
  g_assert_true (sc_kpi_editing_add_shutdown (f->store, day ("2025-11-03"), "Inventaire", 5000,
                                              &error));
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_shutdown_table), ==, n + 1);
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 6);

  g_assert_false (sc_kpi_editing_add_shutdown (f->store, day ("2025-11-03"), "", 10001, &error));
  g_assert_error (error, SC_KPI_ERROR, SC_KPI_ERROR_LEVEL);
  g_clear_error (&error);

  g_assert_true (sc_kpi_editing_remove_shutdown (f->store, id, &error));
  g_assert_false (sc_metrics_is_shutdown (metrics, day ("2025-11-03")));
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 12);
  undo (f, "Remove a shutdown week");
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 6);
  undo (f, "Declare a shutdown week");
  undo (f, "Declare a shutdown week");
  g_assert_cmpuint (sc_store_count_rows (f->store, &sc_shutdown_table), ==, n);
  g_assert_cmpfloat (target_at (f, "K23", "2025-11-03"), ==, 12);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, sc_sample_copy_set_up, func, sc_sample_copy_tear_down)

  ADD ("/kpi-editing/create/catalog", test_create_from_catalog);
  ADD ("/kpi-editing/create/scratch", test_create_from_scratch);
  ADD ("/kpi-editing/create/many", test_create_many);
  ADD ("/kpi-editing/validation", test_validation);
  ADD ("/kpi-editing/parse", test_parse);
  ADD ("/kpi-editing/targets/versions", test_target_versions);
  ADD ("/kpi-editing/targets/overrides", test_overrides);
  ADD ("/kpi-editing/targets/save-all", test_save_all);
  ADD ("/kpi-editing/scorecard/reorder", test_reorder);
  ADD ("/kpi-editing/scorecard/archive-restore", test_archive_restore);
  ADD ("/kpi-editing/scorecard/delete", test_delete);
  ADD ("/kpi-editing/edit-fields", test_edit_fields);
  ADD ("/kpi-editing/shutdown-weeks", test_shutdown_weeks);

#undef ADD

  return g_test_run ();
}
