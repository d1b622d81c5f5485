/* test-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook for the accountant, seen from the core: it is written, as a
 * whole file or not at all, never over the company file or another
 * database; periods and names; text cut at Excel's limit; sheet names
 * Excel accepts. What is inside the workbook is read back by
 * tests/check-workbook.py (openpyxl, LibreOffice).
 */

#include "config.h"

#include <locale.h>
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "sc-export-fixture.h"
#include "sc-export-private.h"
#include "sc-l10n.h"
#include "sc-sample.h"

typedef struct
{
  char    *dir;
  char    *path;
  ScStore *store;
  GBytes  *bytes;   /* the company file as written */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("sc-export-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "sample.salescadence", NULL);
  if (data != NULL)
    g_assert_true (sc_export_fixture_write (f->path, &error));
  else
    g_assert_true (sc_sample_write (f->path, 0, &error));
  g_assert_no_error (error);
  {
    char *contents;
    gsize length;

    g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
    f->bytes = g_bytes_new_take (contents, length);
  }
  f->store = sc_store_open (f->path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->store);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_bytes_unref (f->bytes);
  g_free (f->path);
  g_free (f->dir);
}

static void
assert_company_file_intact (Fixture *f)
{
  char *contents;
  gsize length;
  g_autoptr(GBytes) now = NULL;

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  now = g_bytes_new_take (contents, length);
  g_assert_true (g_bytes_equal (now, f->bytes));
}

/* Only the company file and what the test named: no temporary file left. */
static void
assert_files (Fixture            *f,
              const char * const *expected)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      n++;
      if (g_str_equal (name, "sample.salescadence"))
        continue;
      g_assert_true (expected != NULL && g_strv_contains (expected, name));
    }
  g_assert_cmpuint (n, ==, 1 + (expected ? g_strv_length ((char **) expected) : 0));
}

static gboolean
contains (const char *data,
          gsize       length,
          const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_zip (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 4096);
  g_assert_cmpmem (contents, 4, "PK\003\004", 4);
  /* Zip entry names are stored as they are. */
  g_assert_true (contains (contents, length, "xl/workbook.xml"));
  g_assert_true (contains (contents, length, "xl/charts/chart1.xml"));
}

static void
test_export_sample (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "workbook.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "workbook.xlsx", NULL };
  ScDay from, to;

  sc_export_default_period (f->store, &from, &to);
  g_assert_cmpuint (from, ==, sc_day_from_iso ("2025-04-01"));
  g_assert_cmpuint (to, ==, sc_day_from_iso (SC_SAMPLE_TODAY_ISO));

  for (ScLang lang = SC_LANG_EN; lang <= SC_LANG_FR; lang++)
    {
      g_assert_true (sc_export_workbook (f->store, out, from, to, lang, &error));
      g_assert_no_error (error);
      assert_zip (out);
    }
  assert_files (f, expected);
  assert_company_file_intact (f);
}

static void
test_export_fixture (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "all.xlsx", NULL);
  g_autoptr(GError) error = NULL;

  /* Every sheet has rows, a text is cut, some look like formulas. */
  for (ScLang lang = SC_LANG_EN; lang <= SC_LANG_FR; lang++)
    {
      g_assert_true (sc_export_workbook (f->store, out, sc_day_from_iso ("2024-01-01"),
                                         sc_day_from_iso ("2030-12-31"), lang, &error));
      g_assert_no_error (error);
      assert_zip (out);
    }
  assert_company_file_intact (f);
}

static void
test_export_refuses_company_file (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *link = g_build_filename (f->dir, "link.xlsx", NULL);
  g_autofree char *other = g_build_filename (f->dir, "other.salescadence", NULL);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "link.xlsx", "other.salescadence", NULL };
  ScDay from, to;
  char *contents;
  gsize length;
  g_autoptr(GBytes) other_bytes = NULL;

  sc_export_default_period (f->store, &from, &to);

  g_assert_false (sc_export_workbook (f->store, f->path, from, to, SC_LANG_FR, &error));
  g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_SAME_FILE);
  g_clear_error (&error);

  /* Another name for the same file. */
  g_assert_cmpint (symlink (f->path, link), ==, 0);
  g_assert_false (sc_export_workbook (f->store, link, from, to, SC_LANG_FR, &error));
  g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_SAME_FILE);
  g_clear_error (&error);

  /* Another company file. */
  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (other, contents, length, NULL));
  other_bytes = g_bytes_new_take (contents, length);
  g_assert_false (sc_export_workbook (f->store, other, from, to, SC_LANG_FR, &error));
  g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_SAME_FILE);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (other, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (other_bytes, NULL),
                   g_bytes_get_size (other_bytes));
  g_free (contents);

  assert_company_file_intact (f);
  assert_files (f, expected);
}

static void
test_export_bad_targets (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "folder", "w.xlsx", NULL);
  g_autofree char *ro_dir = g_build_filename (f->dir, "read-only", NULL);
  g_autofree char *ro = g_build_filename (ro_dir, "w.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "read-only", NULL };
  ScDay from, to;

  sc_export_default_period (f->store, &from, &to);
  g_assert_false (sc_export_workbook (f->store, missing, from, to, SC_LANG_EN, &error));
  g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_IO);
  g_assert_nonnull (strstr (error->message, "w.xlsx"));
  g_clear_error (&error);

  /* A folder is not a workbook. */
  g_assert_cmpint (g_mkdir (ro_dir, 0755), ==, 0);
  g_assert_false (sc_export_workbook (f->store, ro_dir, from, to, SC_LANG_EN, &error));
  g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_IO);
  g_clear_error (&error);

  /* Root may write anywhere: the permission case only means something
   * for other users. */
  if (getuid () != 0)
    {
      g_assert_cmpint (g_chmod (ro_dir, 0555), ==, 0);
      g_assert_false (sc_export_workbook (f->store, ro, from, to, SC_LANG_EN, &error));
      g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_IO);
      g_clear_error (&error);
      g_chmod (ro_dir, 0755);
    }
  assert_files (f, expected);
}

static void
test_export_periods (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "w.xlsx", NULL);
  g_autoptr(GError) error = NULL;
  static const struct { ScExportPeriod period; const char *from, *to; } ranges[] = {
    { SC_EXPORT_THIS_MONTH, "2025-09-01", "2025-09-30" },
    { SC_EXPORT_LAST_MONTH, "2025-08-01", "2025-08-31" },
    { SC_EXPORT_THIS_QUARTER, "2025-07-01", "2025-09-30" },
    { SC_EXPORT_LAST_QUARTER, "2025-04-01", "2025-06-30" },
    { SC_EXPORT_THIS_YEAR, "2025-04-01", "2026-03-31" },
    { SC_EXPORT_LAST_YEAR, "2024-04-01", "2025-03-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      ScDay from, to;

      sc_export_period_range (f->store, ranges[i].period, &from, &to);
      g_assert_cmpuint (from, ==, sc_day_from_iso (ranges[i].from));
      g_assert_cmpuint (to, ==, sc_day_from_iso (ranges[i].to));
      /* Each is a period one can export, the future cut at today. */
      if (ranges[i].period != SC_EXPORT_LAST_YEAR)
        {
          g_assert_true (sc_export_workbook (f->store, out, from, to, SC_LANG_FR, &error));
          g_assert_no_error (error);
        }
    }

  g_assert_false (sc_export_workbook (f->store, out, sc_day_from_iso ("2025-06-01"),
                                      sc_day_from_iso ("2025-05-01"), SC_LANG_FR, &error));
  g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_PERIOD);
  g_clear_error (&error);
  g_assert_false (sc_export_workbook (f->store, out, sc_day_from_iso ("2025-11-01"),
                                      sc_day_from_iso ("2025-12-31"), SC_LANG_FR, &error));
  g_assert_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_PERIOD);
}

static void
test_export_names (Fixture       *f,
                   gconstpointer  data)
{
  ScDay from, to;
  g_autofree char *fr = NULL;
  g_autofree char *en = NULL;
  g_autofree char *quarter = NULL;
  g_autofree char *custom = NULL;

  g_assert_true (sc_l10n_has_catalogue (SC_LANG_FR));
  g_assert_cmpint (sc_export_default_lang (f->store), ==, SC_LANG_FR);

  sc_export_period_range (f->store, SC_EXPORT_THIS_YEAR, &from, &to);
  fr = sc_export_suggest_name (f->store, from, to, SC_LANG_FR);
  en = sc_export_suggest_name (f->store, from, to, SC_LANG_EN);
  g_assert_cmpstr (fr, ==, "Atelier Boréalis Métal inc. — exercice 2025-2026.xlsx");
  g_assert_cmpstr (en, ==, "Atelier Boréalis Métal inc. — FY2025.xlsx");

  /* To date is the same period. */
  sc_export_default_period (f->store, &from, &to);
  g_clear_pointer (&en, g_free);
  en = sc_export_suggest_name (f->store, from, to, SC_LANG_EN);
  g_assert_cmpstr (en, ==, "Atelier Boréalis Métal inc. — FY2025.xlsx");

  sc_export_period_range (f->store, SC_EXPORT_LAST_QUARTER, &from, &to);
  quarter = sc_export_suggest_name (f->store, from, to, SC_LANG_FR);
  g_assert_cmpstr (quarter, ==, "Atelier Boréalis Métal inc. — T1 2025-2026.xlsx");

  custom = sc_export_suggest_name (f->store, sc_day_from_iso ("2025-04-07"),
                                   sc_day_from_iso ("2025-05-16"), SC_LANG_EN);
  g_assert_cmpstr (custom, ==, "Atelier Boréalis Métal inc. — 2025-04-07 to 2025-05-16.xlsx");
}

/* A company just created: no KPI, no figure, a name full of characters
 * that mean something to Excel's headers and to file names. */
static void
test_export_new_company (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sc-export-new-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "new.salescadence", NULL);
  g_autofree char *out = g_build_filename (dir, "new.xlsx", NULL);
  g_autofree char *name = NULL;
  g_autoptr(ScRecord) company = sc_record_new (SC_TYPE_COMPANY);
  g_autoptr(ScStore) store = NULL;
  ScDay from, to;

  sc_record_set_text (company, SC_COMPANY_NAME, "A&B / Usinage: \"Précis\" inc.");
  sc_record_set_text (company, SC_COMPANY_CURRENCY, "USD");
  sc_record_set_int (company, SC_COMPANY_FISCAL_START_MONTH, 1);
  sc_record_set_int (company, SC_COMPANY_WEEK_START, 7);
  sc_record_set_int (company, SC_COMPANY_MEETING_WEEKDAY, 1);
  sc_record_set_int (company, SC_COMPANY_MEETING_TIME, 510);
  sc_record_set_int (company, SC_COMPANY_MEETING_MINUTES, 30);
  sc_record_set_text (company, SC_COMPANY_REPORT_LANG, "en");
  sc_record_set_int (company, SC_COMPANY_TOLERANCE, 1000);
  g_assert_true (sc_store_create (path, SC_COMPANY (company), &error));
  store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);

  g_assert_cmpint (sc_export_default_lang (store), ==, SC_LANG_EN);
  sc_export_default_period (store, &from, &to);
  for (ScLang lang = SC_LANG_EN; lang <= SC_LANG_FR; lang++)
    {
      g_assert_true (sc_export_workbook (store, out, from, to, lang, &error));
      g_assert_no_error (error);
    }
  name = sc_export_suggest_name (store, from, to, SC_LANG_EN);
  g_assert_true (g_str_has_prefix (name, "A&B - Usinage- -Précis- inc. — "));
  g_assert_null (strchr (name, '/'));

  g_clear_object (&store);
  g_unlink (out);
  g_unlink (path);
  g_rmdir (dir);
}

static gsize
utf16_units (const char *text)
{
  gsize n = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  return n;
}

static void
test_export_clip_text (void)
{
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GString) emoji = g_string_new (NULL);
  g_autofree char *clipped = NULL;
  g_autofree char *short_text = NULL;
  g_autofree char *invalid = NULL;
  gboolean cut;

  short_text = sc_export_clip_text ("=1+1", SC_LANG_FR, &cut);
  g_assert_cmpstr (short_text, ==, "=1+1");
  g_assert_false (cut);

  for (guint i = 0; i < 40000; i++)
    g_string_append_c (long_text, 'a' + i % 26);
  clipped = sc_export_clip_text (long_text->str, SC_LANG_EN, &cut);
  g_assert_true (cut);
  g_assert_cmpuint (utf16_units (clipped), <=, SC_EXPORT_MAX_TEXT);
  g_assert_cmpuint (utf16_units (clipped), >, SC_EXPORT_MAX_TEXT - 200);
  g_assert_true (strncmp (clipped, long_text->str, 30000) == 0);
  g_assert_nonnull (strstr (clipped, "… [cut at Excel's limit: the whole text, 40000 characters"));

  /* Characters beyond the BMP count twice in Excel, and are never split. */
  for (guint i = 0; i < 20000; i++)
    g_string_append (emoji, "😀");
  g_clear_pointer (&clipped, g_free);
  clipped = sc_export_clip_text (emoji->str, SC_LANG_FR, &cut);
  g_assert_true (cut);
  g_assert_true (g_utf8_validate (clipped, -1, NULL));
  g_assert_cmpuint (utf16_units (clipped), <=, SC_EXPORT_MAX_TEXT);
  g_assert_nonnull (strstr (clipped, "coupé à la limite d'Excel"));

  invalid = sc_export_clip_text ("caf\xe9", SC_LANG_EN, &cut);
  g_assert_true (g_utf8_validate (invalid, -1, NULL));
  g_assert_false (cut);
}

static void
test_export_sheet_names (void)
{
  static const struct { const char *wanted, *expected; } names[] = {
    { "Summary", "Summary" },
    { "Plan d'action", "Plan d'action" },
    { "Bad:Name[1]/2?*\\", "Bad-Name-1--2---" },
    { "'Quoted'", "Quoted" },
    { "Revues mensuelles des écarts du trimestre", NULL },
    { "", "Sheet" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *name = sc_export_sheet_name (names[i].wanted);

      g_assert_cmpuint (g_utf8_strlen (name, -1), <=, 31);
      if (names[i].expected == NULL)
        g_assert_cmpuint (g_utf8_strlen (name, -1), ==, 31);
      else
        g_assert_cmpstr (name, ==, names[i].expected);
    }
}

static void
add (const char *path,
     void      (*func) (Fixture *, gconstpointer),
     gconstpointer data)
{
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  add ("/export/sample", test_export_sample, NULL);
  add ("/export/fixture", test_export_fixture, "fixture");
  add ("/export/refuses-company-file", test_export_refuses_company_file, NULL);
  add ("/export/bad-targets", test_export_bad_targets, NULL);
  add ("/export/periods", test_export_periods, NULL);
  add ("/export/names", test_export_names, NULL);
  g_test_add_func ("/export/new-company", test_export_new_company);
  g_test_add_func ("/export/clip-text", test_export_clip_text);
  g_test_add_func ("/export/sheet-names", test_export_sheet_names);

  return g_test_run ();
}
