/* test-store.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The company file: round trips, one transaction per change, undo and
 * redo, and files that must be refused without a byte changing.
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <glib/gstdio.h>

#include "sc-calendar.h"
#include "sc-records.h"
#include "sc-sample.h"
#include "sc-schema.h"
#include "sc-store.h"
#include "sc-values.h"

typedef struct
{
  char    *dir;
  char    *path;
  ScStore *store;
} Fixture;

static ScCompany *
new_company (const char *name)
{
  ScRecord *company = sc_record_new (SC_TYPE_COMPANY);

  sc_record_set_text (company, SC_COMPANY_NAME, name);
  sc_record_set_text (company, SC_COMPANY_CURRENCY, "CAD");
  sc_record_set_int (company, SC_COMPANY_FISCAL_START_MONTH, 4);
  sc_record_set_int (company, SC_COMPANY_WEEK_START, 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_TIME, 510);
  sc_record_set_int (company, SC_COMPANY_MEETING_MINUTES, 30);
  sc_record_set_text (company, SC_COMPANY_REPORT_LANG, "fr");
  sc_record_set_int (company, SC_COMPANY_TOLERANCE, 1000);
  return SC_COMPANY (company);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCompany) company = new_company ("Usinage Précis inc.");

  f->dir = g_dir_make_tmp ("sc-store-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "company.salescadence", NULL);
  g_assert_true (sc_store_create (f->path, company, &error));
  g_assert_no_error (error);
  f->store = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->store);
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_chmod (path, 0600);
      g_unlink (path);
    }
  g_chmod (dir, 0700);
  g_rmdir (dir);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static ScRecord *
new_person (const char *name)
{
  ScRecord *p = sc_record_new (SC_TYPE_PERSON);

  sc_record_set_text (p, SC_PERSON_NAME, name);
  sc_record_set_bool (p, SC_PERSON_ACTIVE, TRUE);
  return p;
}

static GBytes *
read_bytes (const char *path)
{
  char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return g_bytes_new_take (contents, len);
}

/* Runs SQL on a file behind the store's back (to craft bad files). */
static void
raw_sql (const char *path,
         const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_store_create_and_reopen (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) again = NULL;
  ScRecord *company;
  ScCalendar cal;
  GStatBuf st;

  company = SC_RECORD (sc_store_get_company (f->store));
  g_assert_cmpstr (sc_record_get_text (company, SC_COMPANY_NAME), ==, "Usinage Précis inc.");
  g_assert_cmpint (sc_record_get_int (company, SC_COMPANY_FISCAL_START_MONTH), ==, 4);
  g_assert_cmpuint (sc_record_get_date (company, SC_COMPANY_CREATED), ==, sc_day_today ());
  g_assert_true (sc_record_is_null (company, SC_COMPANY_AS_OF));
  g_assert_cmpuint (sc_store_get_today (f->store), ==, sc_day_today ());
  sc_store_get_calendar (f->store, &cal);
  g_assert_cmpint (cal.fiscal_start_month, ==, 4);
  g_assert_cmpint (cal.week_start, ==, G_DATE_MONDAY);

  /* The standard 30-minute agenda: 5 + 10 + 10 + 5. */
  g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (f->store, &sc_agenda_table)), ==, 4);
  g_assert_false (sc_store_get_read_only (f->store));
  g_assert_cmpuint (sc_store_get_file_version (f->store), ==, SC_SCHEMA_VERSION);

  /* New files are for the owner only. */
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  sc_store_close (f->store);
  g_clear_object (&f->store);
  again = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (sc_store_get_company (again)), SC_COMPANY_NAME),
                   ==, "Usinage Précis inc.");
  g_assert_true (sc_store_check_file (f->path, &error) == FALSE);
  /* The open store holds the lock: a check from elsewhere says busy. */
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY);
}

static void
test_store_create_never_replaces (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScCompany) other = new_company ("Autre");
  g_autoptr(GBytes) before = read_bytes (f->path);
  g_autoptr(GBytes) after = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "x.salescadence", NULL);

  g_assert_false (sc_store_create (f->path, other, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_EXISTS);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_error (&error);

  g_assert_false (sc_store_create (missing, other, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_FOUND);
}

static void
count_notify (guint *counter)
{
  (*counter)++;
}

static void
test_store_put_update_delete (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) p = new_person ("Nathalie Bergeron");
  g_autoptr(ScRecord) draft = NULL;
  GListModel *people = sc_store_get_list (f->store, &sc_person_table);
  ScRecord *live;
  ScChange *change;
  guint notified = 0;

  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_true (sc_store_put (f->store, "Add person", p, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_record_get_id (p), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 1);

  live = sc_store_lookup (f->store, &sc_person_table, sc_record_get_id (p));
  g_assert_nonnull (live);
  g_assert_true (live != p);
  g_assert_cmpstr (sc_record_get_text (live, SC_PERSON_NAME), ==, "Nathalie Bergeron");
  g_assert_cmpstr (sc_record_get_text (live, SC_PERSON_ROLE), ==, "");
  g_assert_true (sc_record_get_bool (live, SC_PERSON_ACTIVE));

  /* An update notifies the bound object once, after the commit. */
  g_signal_connect_swapped (live, "notify::name", G_CALLBACK (count_notify), &notified);
  draft = sc_record_copy (live);
  sc_record_set_text (draft, SC_PERSON_NAME, "Nathalie Bergeron-Roy");
  g_assert_true (sc_store_put (f->store, "Rename", draft, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (sc_record_get_text (live, SC_PERSON_NAME), ==, "Nathalie Bergeron-Roy");
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_person_table), ==, 1);

  change = sc_store_begin (f->store, "Delete", &error);
  g_assert_nonnull (change);
  g_assert_true (sc_change_delete (change, &sc_person_table, sc_record_get_id (p), &error));
  g_assert_true (sc_store_commit (f->store, change, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_null (sc_store_lookup (f->store, &sc_person_table, sc_record_get_id (p)));
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_person_table), ==, 0);
}

static void
test_store_undo_redo (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) p = new_person ("Sophie Lachance");
  g_autoptr(ScRecord) draft = NULL;
  g_autoptr(ScRecord) original = NULL;
  GListModel *people = sc_store_get_list (f->store, &sc_person_table);
  gint64 id;

  g_assert_false (sc_store_can_undo (f->store));
  g_assert_true (sc_store_put (f->store, "Add person", p, &error));
  id = sc_record_get_id (p);
  original = sc_record_copy (sc_store_lookup (f->store, &sc_person_table, id));
  draft = sc_record_copy (original);
  sc_record_set_text (draft, SC_PERSON_ROLE, "Représentante");
  g_assert_true (sc_store_put (f->store, "Edit person", draft, &error));
  g_assert_true (sc_store_can_undo (f->store));
  g_assert_cmpstr (sc_store_get_undo_label (f->store), ==, "Edit person");

  /* Undo the edit: the row is as it was, byte for byte. */
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (sc_record_equal (sc_store_lookup (f->store, &sc_person_table, id), original));
  g_assert_cmpstr (sc_store_get_redo_label (f->store), ==, "Edit person");

  /* Undo the insertion: gone from the list and the file. */
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 0);
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_person_table), ==, 0);
  g_assert_false (sc_store_can_undo (f->store));

  /* Redo both: back under the same id. */
  g_assert_true (sc_store_redo (f->store, &error));
  g_assert_true (sc_store_redo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sc_record_get_text (sc_store_lookup (f->store, &sc_person_table, id),
                                       SC_PERSON_ROLE), ==, "Représentante");
  g_assert_false (sc_store_can_redo (f->store));

  /* A new change clears what could be redone. */
  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_true (sc_store_can_redo (f->store));
  g_clear_object (&draft);
  draft = sc_record_copy (sc_store_lookup (f->store, &sc_person_table, id));
  sc_record_set_text (draft, SC_PERSON_EMAIL, "s@example.com");
  g_assert_true (sc_store_put (f->store, "Edit email", draft, &error));
  g_assert_false (sc_store_can_redo (f->store));
}

/* Undoing the deletion of a parent and its children restores both. */
static void
test_store_undo_delete_with_children (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) p = new_person ("Jean-Philippe Gagnon");
  g_autoptr(ScRecord) action = sc_record_new (SC_TYPE_ACTION);
  g_autoptr(ScRecord) slip = sc_record_new (SC_TYPE_DUE_CHANGE);
  ScChange *change;

  g_assert_true (sc_store_put (f->store, "Add person", p, &error));
  sc_record_set_text (action, SC_ACTION_TITLE, "Réviser les taux horaires");
  sc_record_set_ref (action, SC_ACTION_OWNER_ID, sc_record_get_id (p));
  sc_record_set_date (action, SC_ACTION_DUE, sc_day_from_iso ("2025-05-30"));
  sc_record_set_date (action, SC_ACTION_ORIGINAL_DUE, sc_day_from_iso ("2025-05-16"));
  sc_record_set_int (action, SC_ACTION_FISCAL_YEAR, 2025);
  sc_record_set_int (action, SC_ACTION_QUARTER, 1);
  sc_record_set_date (action, SC_ACTION_CREATED, sc_day_from_iso ("2025-04-01"));
  change = sc_store_begin (f->store, "Add action", &error);
  g_assert_true (sc_change_put (change, action, &error));
  sc_record_set_ref (slip, SC_DUE_CHANGE_ACTION_ID, sc_record_get_id (action));
  sc_record_set_date (slip, SC_DUE_CHANGE_CHANGED_ON, sc_day_from_iso ("2025-05-12"));
  sc_record_set_date (slip, SC_DUE_CHANGE_OLD_DUE, sc_day_from_iso ("2025-05-16"));
  sc_record_set_date (slip, SC_DUE_CHANGE_NEW_DUE, sc_day_from_iso ("2025-05-30"));
  g_assert_true (sc_change_put (change, slip, &error));
  g_assert_true (sc_store_commit (f->store, change, &error));
  g_assert_no_error (error);

  change = sc_store_begin (f->store, "Delete action", &error);
  g_assert_true (sc_change_delete (change, &sc_due_change_table, sc_record_get_id (slip), &error));
  g_assert_true (sc_change_delete (change, &sc_action_table, sc_record_get_id (action), &error));
  g_assert_true (sc_store_commit (f->store, change, &error));
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_action_table), ==, 0);
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_due_change_table), ==, 0);

  g_assert_true (sc_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_action_table), ==, 1);
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_due_change_table), ==, 1);
  g_assert_true (sc_record_equal (sc_store_lookup (f->store, &sc_action_table,
                                                   sc_record_get_id (action)), action));
}

/* A change the rules refuse leaves the file and the objects untouched,
 * and the store ready for the next change. */
static void
test_store_refused_change (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) p = new_person ("Émilie Ouellet");
  g_autoptr(ScRecord) action = sc_record_new (SC_TYPE_ACTION);
  g_autoptr(ScRecord) blank = sc_record_new (SC_TYPE_PERSON);
  ScChange *change;

  g_assert_true (sc_store_put (f->store, "Add person", p, &error));

  /* No owner: the database refuses it too, whatever the caller checked. */
  sc_record_set_text (action, SC_ACTION_TITLE, "Publier 3 études de cas");
  sc_record_set_date (action, SC_ACTION_DUE, sc_day_from_iso ("2025-05-30"));
  sc_record_set_date (action, SC_ACTION_ORIGINAL_DUE, sc_day_from_iso ("2025-05-30"));
  sc_record_set_int (action, SC_ACTION_FISCAL_YEAR, 2025);
  sc_record_set_int (action, SC_ACTION_QUARTER, 1);
  sc_record_set_date (action, SC_ACTION_CREATED, sc_day_from_iso ("2025-04-01"));
  change = sc_store_begin (f->store, "Add action", &error);
  g_assert_false (sc_change_put (change, p, &error) == FALSE);
  g_assert_false (sc_change_put (change, action, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_INVALID);
  sc_store_rollback (f->store, change);
  g_clear_error (&error);
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_action_table), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (f->store, &sc_action_table)), ==, 0);

  /* A blank name breaks a CHECK constraint. */
  g_assert_false (sc_store_put (f->store, "Add person", blank, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_person_table), ==, 1);

  /* The store goes on. */
  sc_record_set_ref (action, SC_ACTION_OWNER_ID, sc_record_get_id (p));
  g_assert_true (sc_store_put (f->store, "Add action", action, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_action_table), ==, 1);
}

/* Any text, of any length and in any script, comes back intact. */
static void
test_store_text_round_trip (Fixture       *f,
                            gconstpointer  data)
{
  static const char *const texts[] = {
    "Réal Côté",
    "=1+1",
    "'; DROP TABLE person; --",
    "%s %n %x %%",
    "Tab\tnew\nline\r\"quotes\" «\u00a0guillemets\u00a0» 中文 العربية 😀",
    "\u202eRTL override",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);

  for (guint i = 0; i < 20000; i++)
    g_string_append (long_text, "Écart ");

  for (guint i = 0; i <= G_N_ELEMENTS (texts); i++)
    {
      const char *text = i < G_N_ELEMENTS (texts) ? texts[i] : long_text->str;
      g_autoptr(ScRecord) p = new_person (text);
      g_autoptr(ScStore) again = NULL;
      gint64 id;

      sc_record_set_text (p, SC_PERSON_ROLE, text);
      g_assert_true (sc_store_put (f->store, "Add person", p, &error));
      g_assert_no_error (error);
      id = sc_record_get_id (p);
      g_assert_cmpstr (sc_record_get_text (sc_store_lookup (f->store, &sc_person_table, id),
                                           SC_PERSON_ROLE), ==, text);
    }
  g_assert_cmpint (sc_store_count_rows (f->store, &sc_person_table), ==, G_N_ELEMENTS (texts) + 1);
}

static void
test_store_values (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) kpi = sc_record_new (SC_TYPE_KPI);
  g_autoptr(GPtrArray) values = NULL;
  ScDay week = sc_day_from_iso ("2025-03-31");
  ScAggregate agg;
  ScChange *change;
  ScDay first, last;

  sc_record_set_text (kpi, SC_KPI_NAME, "Soumissions gagnées");
  sc_record_set_int (kpi, SC_KPI_ROLLUP, SC_ROLLUP_RATIO);
  sc_record_set_date (kpi, SC_KPI_CREATED, week);
  g_assert_true (sc_store_put (f->store, "Add KPI", kpi, &error));
  g_assert_no_error (error);
  g_assert_false (sc_store_value_span (f->store, &first, &last));

  change = sc_store_begin (f->store, "Type values", &error);
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(ScRecord) v = sc_record_new (SC_TYPE_KPI_VALUE);

      sc_record_set_ref (v, SC_VALUE_KPI_ID, sc_record_get_id (kpi));
      sc_record_set_date (v, SC_VALUE_PERIOD, week + 7 * i);
      sc_record_set_int (v, SC_VALUE_VALUE, (i + 1) * 100);
      sc_record_set_int (v, SC_VALUE_DEN, 1000);
      sc_record_set_bool (v, SC_VALUE_PROVISIONAL, i == 4);
      sc_record_set_text (v, SC_VALUE_UPDATED, "2025-05-02");
      g_assert_true (sc_change_put (change, v, &error));
    }
  g_assert_true (sc_store_commit (f->store, change, &error));
  g_assert_no_error (error);

  values = sc_store_get_values (f->store, sc_record_get_id (kpi), week + 7, week + 21, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (values->len, ==, 3);
  g_assert_cmpint (sc_record_get_int (g_ptr_array_index (values, 0), SC_VALUE_VALUE), ==, 200);
  g_assert_cmpint (sc_record_get_int (g_ptr_array_index (values, 2), SC_VALUE_VALUE), ==, 400);

  g_assert_true (sc_store_aggregate (f->store, sc_record_get_id (kpi), week, week + 28, &agg, &error));
  g_assert_cmpuint (agg.n, ==, 5);
  g_assert_cmpint (agg.sum, ==, 1500);
  g_assert_cmpint (agg.sum_den, ==, 5000);
  g_assert_cmpint (agg.last, ==, 500);
  g_assert_cmpuint (agg.last_period, ==, week + 28);
  g_assert_cmpuint (agg.n_provisional, ==, 1);

  g_assert_true (sc_store_aggregate (f->store, sc_record_get_id (kpi), week - 70, week - 1, &agg, &error));
  g_assert_cmpuint (agg.n, ==, 0);
  g_assert_true (sc_store_value_span (f->store, &first, &last));
  g_assert_cmpuint (first, ==, week);
  g_assert_cmpuint (last, ==, week + 28);
}

static void
test_store_read_only_open (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) ro = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(ScRecord) p = new_person ("Luc Fortin");

  g_clear_object (&f->store);
  before = read_bytes (f->path);
  ro = sc_store_open (f->path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sc_store_get_read_only (ro));
  g_assert_nonnull (sc_store_get_read_only_reason (ro));
  g_assert_false (sc_store_put (ro, "Add person", p, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_READ_ONLY);
  g_clear_object (&ro);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* Never two writers: the second opener is told the file is in use. */
static void
test_store_busy (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) second = NULL;

  second = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_null (second);
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_BUSY);
  g_clear_error (&error);

  sc_store_close (f->store);
  second = sc_store_open (f->path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (second);
}

static void
test_store_save_copy (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScRecord) p = new_person ("Marc-André Pelletier");
  g_autofree char *copy = g_build_filename (f->dir, "copy.salescadence", NULL);
  g_autoptr(ScStore) opened = NULL;
  GStatBuf st;

  g_assert_true (sc_store_put (f->store, "Add person", p, &error));
  g_assert_true (sc_store_save_copy (f->store, copy, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (sc_store_check_file (copy, &error));
  g_assert_no_error (error);
  opened = sc_store_open (copy, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (sc_store_get_list (opened, &sc_person_table)), ==, 1);

  /* Not over the open file itself. */
  g_assert_false (sc_store_save_copy (f->store, f->path, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_EXISTS);
}

/* Files we refuse: the error says why, and not one byte changes. */
static void
assert_refused (const char   *path,
                ScStoreError  code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(ScStore) store = NULL;

  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, SC_STORE_ERROR, (int) code);
  g_assert_nonnull (strstr (error->message, "“"));
  g_clear_error (&error);

  g_assert_false (sc_store_check_file (path, &error));
  g_assert_error (error, SC_STORE_ERROR, (int) code);

  after = read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_store_refuses_foreign_files (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *text = g_build_filename (f->dir, "notes.txt", NULL);
  g_autofree char *empty = g_build_filename (f->dir, "empty.salescadence", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.sqlite", NULL);
  g_autofree char *truncated = g_build_filename (f->dir, "truncated.salescadence", NULL);
  g_autofree char *newer = g_build_filename (f->dir, "newer.salescadence", NULL);
  g_autofree char *corrupt = g_build_filename (f->dir, "corrupt.salescadence", NULL);
  g_autoptr(GBytes) good = NULL;
  g_autoptr(GError) error = NULL;
  gsize size;
  char *bytes;

  g_assert_true (g_file_set_contents (text, "Ceci n'est pas une entreprise.\n", -1, NULL));
  assert_refused (text, SC_STORE_ERROR_NOT_OURS);
  g_assert_true (g_file_set_contents (empty, "", 0, NULL));
  assert_refused (empty, SC_STORE_ERROR_NOT_OURS);

  raw_sql (other, "CREATE TABLE t (x); INSERT INTO t VALUES (1);");
  assert_refused (other, SC_STORE_ERROR_NOT_OURS);

  sc_store_close (f->store);
  good = read_bytes (f->path);
  size = g_bytes_get_size (good);
  bytes = g_memdup2 (g_bytes_get_data (good, NULL), size);
  g_assert_true (g_file_set_contents (truncated, bytes, size - 4096, NULL));
  assert_refused (truncated, SC_STORE_ERROR_DAMAGED);

  /* A page of garbage in the middle of the file. */
  memset (bytes + 2 * 4096, 0x5a, 4096);
  g_assert_true (g_file_set_contents (corrupt, bytes, size, NULL));
  assert_refused (corrupt, SC_STORE_ERROR_DAMAGED);
  g_free (bytes);

  g_assert_true (g_file_set_contents (newer, g_bytes_get_data (good, NULL), size, NULL));
  raw_sql (newer, "PRAGMA user_version = 99");
  assert_refused (newer, SC_STORE_ERROR_NEWER);

  g_assert_null (sc_store_open (f->dir, SC_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_OURS);
  g_clear_error (&error);
  g_assert_null (sc_store_open ("/nonexistent/x.salescadence", SC_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, SC_STORE_ERROR, SC_STORE_ERROR_NOT_FOUND);
}

/* A newer file can still be read when asked for read-only. */
static void
test_store_newer_read_only (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) ro = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  sc_store_close (f->store);
  raw_sql (f->path, "PRAGMA user_version = 99");
  before = read_bytes (f->path);
  ro = sc_store_open (f->path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_true (sc_store_get_read_only (ro));
  g_assert_cmpuint (sc_store_get_file_version (ro), ==, 99);
  g_assert_cmpstr (sc_record_get_text (SC_RECORD (sc_store_get_company (ro)), SC_COMPANY_NAME),
                   ==, "Usinage Précis inc.");
  g_clear_object (&ro);
  after = read_bytes (f->path);
  g_assert_true (g_bytes_equal (before, after));
}

/* A file whose tables are not ours (a column missing) is refused. */
static void
test_store_refuses_wrong_schema (Fixture       *f,
                                 gconstpointer  data)
{
  sc_store_close (f->store);
  raw_sql (f->path, "ALTER TABLE person DROP COLUMN position");
  assert_refused (f->path, SC_STORE_ERROR_DAMAGED);
}

/* The migrations build exactly the tables the code describes. */
static void
test_store_migrations (void)
{
  static const ScTableInfo *const tables[] = {
    &sc_company_table, &sc_agenda_table, &sc_shutdown_table, &sc_person_table, &sc_kpi_table,
    &sc_target_table, &sc_override_table, &sc_value_table, &sc_priority_table,
    &sc_action_table, &sc_due_change_table, &sc_meeting_table, &sc_segment_table,
    &sc_attendance_table, &sc_topic_table, &sc_monthly_review_table, &sc_review_line_table,
    &sc_quarterly_review_table, &sc_decision_table,
  };
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (":memory:", &db), ==, SQLITE_OK);
  for (guint v = 1; v <= SC_SCHEMA_VERSION; v++)
    g_assert_cmpint (sqlite3_exec (db, sc_schema_migration (v), NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT name, \"notnull\" FROM pragma_table_info ('%s')",
                                              tables[t]->name);
      sqlite3_stmt *stmt = NULL;
      guint c = 0;

      g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_assert_cmpuint (c, <, tables[t]->n_columns);
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==,
                           tables[t]->columns[c].name);
          c++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (c, ==, tables[t]->n_columns);
    }
  sqlite3_close (db);
}

/* Rows between two days come from the file, in order, both ends
 * included; none is an empty array, not an error. */
static void
test_store_query_between (Fixture       *f,
                          gconstpointer  data)
{
  static const char *const weeks[] = { "2025-08-25", "2025-09-01", "2025-09-08", "2025-09-15" };
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) two = NULL;
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) none = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (weeks); i++)
    {
      g_autoptr(ScRecord) m = sc_record_new (SC_TYPE_MEETING);
      g_autofree char *started = g_strconcat (weeks[i], "T08:30:00", NULL);

      sc_record_set_date (m, SC_MEETING_WEEK, sc_day_from_iso (weeks[i]));
      sc_record_set_text (m, SC_MEETING_STARTED, started);
      sc_record_set_int (m, SC_MEETING_PLANNED_MINUTES, 30);
      g_assert_true (sc_store_put (f->store, "Add meeting", m, &error));
      g_assert_no_error (error);
    }

  two = sc_store_query_between (f->store, &sc_meeting_table, SC_MEETING_WEEK,
                                sc_day_from_iso ("2025-08-31"), sc_day_from_iso ("2025-09-08"),
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (two, 0), SC_MEETING_WEEK), ==,
                    sc_day_from_iso ("2025-09-01"));
  g_assert_cmpuint (sc_record_get_date (g_ptr_array_index (two, 1), SC_MEETING_WEEK), ==,
                    sc_day_from_iso ("2025-09-08"));

  one = sc_store_query_between (f->store, &sc_meeting_table, SC_MEETING_WEEK,
                                sc_day_from_iso ("2025-09-15"), sc_day_from_iso ("2025-09-15"),
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (one->len, ==, 1);

  none = sc_store_query_between (f->store, &sc_meeting_table, SC_MEETING_WEEK,
                                 sc_day_from_iso ("2025-09-16"), sc_day_from_iso ("2025-12-31"),
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
assert_same_aggregate (const ScAggregate *a,
                       const ScAggregate *b)
{
  g_assert_cmpuint (a->n, ==, b->n);
  g_assert_cmpuint (a->n_provisional, ==, b->n_provisional);
  g_assert_cmpint (a->sum, ==, b->sum);
  g_assert_cmpint (a->sum_den, ==, b->sum_den);
  g_assert_cmpint (a->last, ==, b->last);
  g_assert_cmpint (a->last_den, ==, b->last_den);
  g_assert_cmpuint (a->last_period, ==, b->last_period);
}

/* Values read ahead give every week the aggregate the file gives, and are
 * forgotten at the next change. */
static void
test_store_prefetch_values (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "sample.salescadence", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(ScStore) store = NULL;
  ScDay first = sc_day_from_iso ("2025-03-17"), last = sc_day_from_iso ("2025-09-29");
  GListModel *kpis;
  ScAggregate from_file, read_ahead;
  g_autoptr(ScKpi) sales = NULL;
  ScDay week = sc_day_from_iso ("2025-09-22");

  g_assert_true (sc_sample_write (path, 0, &error));
  g_assert_no_error (error);
  store = sc_store_open (path, SC_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  kpis = sc_store_get_list (store, &sc_kpi_table);

  for (guint k = 0; k < g_list_model_get_n_items (kpis); k++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (kpis, k);
      gint64 id = sc_record_get_id (SC_RECORD (kpi));

      for (ScDay day = first; day <= last; day++)
        {
          sc_store_prefetch_values (store, 0, SC_DAY_NONE, SC_DAY_NONE);
          g_assert_true (sc_store_aggregate (store, id, day, day, &from_file, NULL));
          sc_store_prefetch_values (store, id, first + 7, last);
          g_assert_true (sc_store_aggregate (store, id, day, day, &read_ahead, NULL));
          assert_same_aggregate (&from_file, &read_ahead);
        }
    }

  /* A change: the new figure, not the one read ahead. */
  sales = g_list_model_get_item (kpis, 0);
  sc_store_prefetch_values (store, sc_record_get_id (SC_RECORD (sales)), first, last);
  g_assert_true (sc_values_set_text (store, sales, week, SC_LANG_EN, "123456", &error));
  g_assert_no_error (error);
  g_assert_true (sc_store_aggregate (store, sc_record_get_id (SC_RECORD (sales)), week, week,
                                     &read_ahead, NULL));
  g_assert_cmpint (read_ahead.sum, ==, 12345600);
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer))
{
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add ("/store/create-and-reopen", test_store_create_and_reopen);
  add ("/store/create-never-replaces", test_store_create_never_replaces);
  add ("/store/put-update-delete", test_store_put_update_delete);
  add ("/store/undo-redo", test_store_undo_redo);
  add ("/store/undo-delete-with-children", test_store_undo_delete_with_children);
  add ("/store/refused-change", test_store_refused_change);
  add ("/store/text-round-trip", test_store_text_round_trip);
  add ("/store/values", test_store_values);
  add ("/store/query-between", test_store_query_between);
  add ("/store/prefetch-values", test_store_prefetch_values);
  add ("/store/read-only-open", test_store_read_only_open);
  add ("/store/busy", test_store_busy);
  add ("/store/save-copy", test_store_save_copy);
  add ("/store/refuses-foreign-files", test_store_refuses_foreign_files);
  add ("/store/newer-read-only", test_store_newer_read_only);
  add ("/store/refuses-wrong-schema", test_store_refuses_wrong_schema);
  g_test_add_func ("/store/migrations", test_store_migrations);

  return g_test_run ();
}
