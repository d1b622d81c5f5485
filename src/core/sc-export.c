/* sc-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The export job: the period, the target file (written aside, then renamed
 * into place), the workbook's formats and properties, and the order of the
 * sheets. The sheets themselves are in sc-export-kpis.c and
 * sc-export-plan.c; the cell helpers in sc-export-sheet.c.
 */

#define G_LOG_DOMAIN "sc-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sc-export-private.h"
#include "sc-format.h"
#include "sc-l10n.h"

G_DEFINE_QUARK (sc-export-error-quark, sc_export_error)

/* Colours of the workbook: quiet, and readable when printed in grey. */
#define HEADER_FILL  0xDCE6F0
#define RULE_COLOR   0x8DA2B8
#define MUTED_COLOR  0x808080

/* Errors ------------------------------------------------------------------ */

gboolean
sc_export_check (ScExport   *ex,
                 lxw_error   err,
                 const char *where)
{
  if (err == LXW_NO_ERROR)
    return TRUE;
  if (ex->error == LXW_NO_ERROR)
    {
      ex->error = err;
      ex->error_where = g_strdup (where);
    }
  return FALSE;
}

gboolean
sc_export_failed (ScExport *ex)
{
  return ex->error != LXW_NO_ERROR;
}

static gboolean
file_error (GError     **error,
            int          code,
            const char  *path,
            const char  *format)
{
  g_autofree char *name = g_filename_display_name (path);

  /* format is one of the translated sentences below, with one %s. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  g_set_error (error, SC_EXPORT_ERROR, code, format, name);
#pragma GCC diagnostic pop
  return FALSE;
}

/* Text -------------------------------------------------------------------- */

typedef struct
{
  const char *names[4];
  const char *values[4];
} Pairs;

static gboolean
expand_cb (const GMatchInfo *match,
           GString          *out,
           gpointer          data)
{
  const Pairs *pairs = data;
  g_autofree char *name = g_match_info_fetch (match, 1);
  g_autofree char *all = g_match_info_fetch (match, 0);

  for (guint i = 0; i < G_N_ELEMENTS (pairs->names) && pairs->names[i] != NULL; i++)
    if (g_str_equal (pairs->names[i], name))
      {
        g_string_append (out, pairs->values[i]);
        return FALSE;
      }
  /* An unknown placeholder in a translation stays as it is. */
  g_string_append (out, all);
  return FALSE;
}

/* One pass, so that a value that looks like a placeholder (a company
 * called "{period}") is never expanded again. */
char *
sc_export_expand (const char *pattern,
                  ...)
{
  static GRegex *placeholder;
  Pairs pairs = { { NULL } };
  const char *name;
  va_list args;
  guint n = 0;

  if (g_once_init_enter (&placeholder))
    g_once_init_leave (&placeholder, g_regex_new ("\\{([a-z_]+)\\}", G_REGEX_OPTIMIZE, 0, NULL));

  va_start (args, pattern);
  while (n < G_N_ELEMENTS (pairs.names) && (name = va_arg (args, const char *)) != NULL)
    {
      pairs.names[n] = name;
      pairs.values[n++] = va_arg (args, const char *);
    }
  va_end (args);

  return g_regex_replace_eval (placeholder, pattern, -1, 0, 0, expand_cb, &pairs, NULL);
}

/* Formats ----------------------------------------------------------------- */

static lxw_format *
new_format (ScExport    *ex,
            const char  *num_format,
            ScCellFlags  flags)
{
  lxw_format *f = workbook_add_format (ex->workbook);

  if (f == NULL)
    {
      /* The cell is still written, in the default format. */
      sc_export_check (ex, LXW_ERROR_MEMORY_MALLOC_FAILED, "format");
      return NULL;
    }
  format_set_font_name (f, "Calibri");
  format_set_font_size (f, 11);
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  if (num_format != NULL)
    format_set_num_format (f, num_format);
  else if (!(flags & (SC_CELL_TITLE | SC_CELL_HEADER)))
    /* Text keeps a little room from the right-aligned number before it. */
    format_set_indent (f, 1);
  if (flags & (SC_CELL_BOLD | SC_CELL_HEADER | SC_CELL_TITLE | SC_CELL_TOTAL))
    format_set_bold (f);
  if (flags & SC_CELL_RULE)
    {
      format_set_top (f, LXW_BORDER_THIN);
      format_set_top_color (f, RULE_COLOR);
    }
  if (flags & SC_CELL_ITALIC)
    format_set_italic (f);
  if (flags & SC_CELL_WRAP)
    format_set_text_wrap (f);
  if (flags & SC_CELL_MUTED)
    format_set_font_color (f, MUTED_COLOR);
  if (flags & SC_CELL_TITLE)
    format_set_font_size (f, 15);
  if (flags & SC_CELL_HEADER)
    {
      format_set_bg_color (f, HEADER_FILL);
      format_set_bottom (f, LXW_BORDER_THIN);
      format_set_bottom_color (f, RULE_COLOR);
      format_set_text_wrap (f);
      format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
    }
  return f;
}

/* Formats are made once per kind and shared by the cells. A workbook
 * looks one up for each of its tens of thousands of cells: the key is
 * compared in place, never built. */
typedef struct
{
  ScCellFlags  flags;
  const char  *num_format;   /* "" for none */
} FormatKey;

static guint
format_key_hash (gconstpointer data)
{
  const FormatKey *key = data;

  return g_str_hash (key->num_format) * 33 + key->flags;
}

static gboolean
format_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const FormatKey *x = a, *y = b;

  return x->flags == y->flags && strcmp (x->num_format, y->num_format) == 0;
}

static void
format_key_free (gpointer data)
{
  FormatKey *key = data;

  g_free ((char *) key->num_format);
  g_free (key);
}

static GHashTable *
formats_new (void)
{
  return g_hash_table_new_full (format_key_hash, format_key_equal, format_key_free, NULL);
}

lxw_format *
sc_export_format (ScExport    *ex,
                  const char  *num_format,
                  ScCellFlags  flags)
{
  FormatKey key = { flags, num_format ? num_format : "" };
  lxw_format *f = g_hash_table_lookup (ex->formats, &key);

  if (f == NULL)
    {
      f = new_format (ex, num_format, flags);
      if (f != NULL)
        {
          FormatKey *copy = g_new (FormatKey, 1);

          copy->flags = flags;
          copy->num_format = g_strdup (key.num_format);
          g_hash_table_insert (ex->formats, copy, f);
        }
    }
  return f;
}

/* Periods ----------------------------------------------------------------- */

void
sc_export_default_period (ScStore *store,
                          ScDay   *from,
                          ScDay   *to)
{
  ScCalendar cal;
  ScPeriod year;
  ScDay today;

  g_return_if_fail (SC_IS_STORE (store));

  sc_store_get_calendar (store, &cal);
  today = sc_store_get_today (store);
  sc_calendar_period_at (&cal, SC_PERIOD_YEAR, today, &year);
  *from = year.first_day;
  *to = today;
}

void
sc_export_period_range (ScStore        *store,
                        ScExportPeriod  period,
                        ScDay          *from,
                        ScDay          *to)
{
  static const ScPeriodKind kinds[] = {
    [SC_EXPORT_THIS_MONTH] = SC_PERIOD_MONTH,
    [SC_EXPORT_LAST_MONTH] = SC_PERIOD_MONTH,
    [SC_EXPORT_THIS_QUARTER] = SC_PERIOD_QUARTER,
    [SC_EXPORT_LAST_QUARTER] = SC_PERIOD_QUARTER,
    [SC_EXPORT_THIS_YEAR] = SC_PERIOD_YEAR,
    [SC_EXPORT_LAST_YEAR] = SC_PERIOD_YEAR,
  };
  ScCalendar cal;
  ScPeriod p;

  g_return_if_fail (SC_IS_STORE (store));
  g_return_if_fail ((guint) period < G_N_ELEMENTS (kinds));

  sc_store_get_calendar (store, &cal);
  sc_calendar_period_at (&cal, kinds[period], sc_store_get_today (store), &p);
  if (period == SC_EXPORT_LAST_MONTH || period == SC_EXPORT_LAST_QUARTER ||
      period == SC_EXPORT_LAST_YEAR)
    sc_calendar_period_shift (&cal, &p, -1, &p);
  *from = p.first_day;
  *to = p.last_day;
}

ScLang
sc_export_default_lang (ScStore *store)
{
  ScRecord *company;
  ScLang lang = SC_LANG_FR;

  g_return_val_if_fail (SC_IS_STORE (store), SC_LANG_FR);

  company = SC_RECORD (sc_store_get_company (store));
  if (company == NULL ||
      !sc_lang_from_code (sc_record_get_text (company, SC_COMPANY_REPORT_LANG), &lang))
    return sc_l10n_ui_lang ();
  return lang;
}

/* The name of from … to when it is a whole month, quarter or fiscal year
 * (to date: the part of it before today), else NULL. */
static char *
whole_period_label (ScLang            lang,
                    const ScCalendar *cal,
                    ScDay             from,
                    ScDay             to,
                    ScDay             today)
{
  static const ScPeriodKind kinds[] = { SC_PERIOD_YEAR, SC_PERIOD_QUARTER, SC_PERIOD_MONTH };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      ScPeriod p;

      sc_calendar_period_at (cal, kinds[i], from, &p);
      if (from > p.first_day || sc_calendar_week_start (cal, from) != p.first_week)
        continue;
      if (to == p.last_day || to == p.last_week + 6 || (to == today && to < p.last_day))
        return sc_format_period (lang, cal, &p);
    }
  return NULL;
}

static char *
range_label (ScLang lang,
             ScDay  from,
             ScDay  to)
{
  g_autofree char *first = sc_format_date_long (lang, from, FALSE);
  g_autofree char *last = sc_format_date_long (lang, to, FALSE);
  /* Translators: a period of the workbook, "from March 31, 2025 to
   * September 26, 2025". */
  return sc_export_expand (LC_ (lang, "workbook", "from {first} to {last}"),
                           "first", first, "last", last, NULL);
}

char *
sc_export_suggest_name (ScStore *store,
                        ScDay    from,
                        ScDay    to,
                        ScLang   lang)
{
  ScRecord *company;
  ScCalendar cal;
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;
  char first[16], last[16];

  g_return_val_if_fail (SC_IS_STORE (store), NULL);

  company = SC_RECORD (sc_store_get_company (store));
  sc_store_get_calendar (store, &cal);
  period = whole_period_label (lang, &cal, from, to, sc_store_get_today (store));
  if (period == NULL)
    {
      sc_day_to_iso (from, first);
      sc_day_to_iso (to, last);
      /* Translators: a period in a file name, "2025-04-07 to 2025-05-16". */
      period = sc_export_expand (LC_ (lang, "workbook file name", "{first} to {last}"),
                                 "first", first, "last", last, NULL);
    }

  /* Translators: the workbook's file name: company — period, e.g.
   * "Atelier Boréalis Métal inc. — FY2025". */
  name = sc_export_expand (LC_ (lang, "workbook file name", "{company} — {period}.xlsx"),
                           "company", company ? sc_record_get_text (company, SC_COMPANY_NAME) : "",
                           "period", period, NULL);
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}

/* The job ------------------------------------------------------------------ */

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  ScRecord *x = *(ScRecord **) a, *y = *(ScRecord **) b;
  gint64 px = sc_record_get_int (x, SC_KPI_POSITION), py = sc_record_get_int (y, SC_KPI_POSITION);

  return (px > py) - (px < py);
}

/* The active KPIs in scorecard order, then the archived ones that have
 * figures in the period: their history stays exportable. */
static void
collect_kpis (ScExport *ex)
{
  GListModel *list = sc_store_get_list (ex->store, &sc_kpi_table);
  g_autoptr(GPtrArray) archived = g_ptr_array_new ();
  const ScPeriod *first = &g_array_index (ex->months, ScPeriod, 0);
  ScDay since = MIN (first->first_day, first->first_week);

  ex->kpis = sc_metrics_active_kpis (ex->metrics);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(ScKpi) kpi = g_list_model_get_item (list, i);

      if (!sc_kpi_is_active (kpi) &&
          sc_store_count_values (ex->store, sc_record_get_id (SC_RECORD (kpi)), since,
                                 ex->until) > 0)
        g_ptr_array_add (archived, kpi);
    }
  g_ptr_array_sort (archived, compare_position);
  g_ptr_array_extend (ex->kpis, archived, NULL, NULL);
}

/* Whole months from the one that contains from, to the last week that
 * has begun by to (and by today: nothing is exported from the future). */
static gboolean
set_period (ScExport  *ex,
            ScDay      from,
            ScDay      to,
            GError   **error)
{
  ScDay last_week;
  ScPeriod month;

  if (from > to)
    {
      g_set_error_literal (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_PERIOD,
                           _("The period ends before it starts."));
      return FALSE;
    }

  if (to >= ex->today)
    last_week = sc_calendar_week_start (&ex->cal, ex->today);
  else
    {
      last_week = sc_calendar_week_start (&ex->cal, to);
      if (sc_calendar_week_anchor (&ex->cal, last_week) > to)
        last_week -= 7;
    }

  sc_calendar_period_at (&ex->cal, SC_PERIOD_MONTH, from, &month);
  if (month.first_week > last_week)
    {
      g_autofree char *today = sc_format_date_long (sc_l10n_ui_lang (), ex->today, FALSE);

      g_set_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_PERIOD,
                   _("There is nothing to export yet: the period starts after today, %s."),
                   today);
      return FALSE;
    }

  ex->months = g_array_new (FALSE, FALSE, sizeof (ScPeriod));
  ex->whole = month;
  while (month.first_week <= last_week)
    {
      g_array_append_val (ex->months, month);
      sc_calendar_period_shift (&ex->cal, &month, 1, &month);
    }
  ex->whole.kind = SC_PERIOD_YEAR;
  ex->whole.last_week = last_week;
  ex->whole.last_day = MIN (last_week + 6, MAX (to, ex->today));
  ex->whole.n_weeks = (last_week - ex->whole.first_week) / 7 + 1;
  ex->until = last_week;
  ex->from = from;
  ex->period_label = whole_period_label (ex->lang, &ex->cal, from, MIN (to, ex->today),
                                         ex->today);
  if (ex->period_label == NULL)
    ex->period_label = range_label (ex->lang, ex->whole.first_week,
                                    MIN (ex->whole.last_day, to));
  return TRUE;
}

static gboolean
export_init (ScExport  *ex,
             ScStore   *store,
             ScDay      from,
             ScDay      to,
             ScLang     lang,
             GError   **error)
{
  ScRecord *company = SC_RECORD (sc_store_get_company (store));

  ex->store = store;
  ex->metrics = sc_metrics_for_store (store);
  ex->lang = lang;
  ex->company = company ? sc_record_get_text (company, SC_COMPANY_NAME) : "";
  ex->currency = company ? sc_record_get_text (company, SC_COMPANY_CURRENCY) : "CAD";
  ex->today = sc_store_get_today (store);
  ex->now = g_date_time_new_now_local ();
  ex->formats = formats_new ();
  ex->monthly_ranges = g_array_new (FALSE, FALSE, sizeof (ScKpiRange));
  sc_store_get_calendar (store, &ex->cal);

  if (!set_period (ex, from, to, error))
    return FALSE;
  collect_kpis (ex);
  return TRUE;
}

static void
export_clear (ScExport *ex)
{
  g_clear_pointer (&ex->months, g_array_unref);
  g_clear_pointer (&ex->kpis, g_ptr_array_unref);
  g_clear_pointer (&ex->formats, g_hash_table_unref);
  g_clear_pointer (&ex->monthly_ranges, g_array_unref);
  g_clear_pointer (&ex->figures, g_free);
  g_clear_pointer (&ex->now, g_date_time_unref);
  g_clear_pointer (&ex->period_label, g_free);
  g_clear_pointer (&ex->error_where, g_free);
  g_clear_pointer (&ex->monthly_sheet, g_free);
}

/* The target file ---------------------------------------------------------- */

static gboolean
same_file (const char *a,
           const char *b)
{
  GStatBuf sa, sb;

  if (a == NULL || b == NULL || g_stat (a, &sa) != 0 || g_stat (b, &sb) != 0)
    return FALSE;
  return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static gboolean
is_database (const char *path)
{
  static const char magic[16] = "SQLite format 3";
  char head[16] = { 0 };
  int fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  gboolean found;

  if (fd < 0)
    return FALSE;
  found = read (fd, head, sizeof head) == sizeof head && memcmp (head, magic, sizeof head) == 0;
  close (fd);
  return found;
}

/* A workbook never replaces the company file, nor any other database
 * (another company file, a backup) a slip of the mouse could name. */
static gboolean
check_target (ScStore     *store,
              const char  *path,
              GError     **error)
{
  if (same_file (path, sc_store_get_path (store)))
    return file_error (error, SC_EXPORT_ERROR_SAME_FILE, path,
                       _("“%s” is the company file: choose another name for the workbook."));
  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    return file_error (error, SC_EXPORT_ERROR_IO, path,
                       _("“%s” is a folder: choose a file name for the workbook."));
  if (is_database (path))
    return file_error (error, SC_EXPORT_ERROR_SAME_FILE, path,
                       _("“%s” is a database, perhaps a company file: it is not replaced by a workbook."));
  return TRUE;
}

static char *
make_temp_file (const char  *path,
                GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  char *temp = g_build_filename (dir, ".salescadence-export-XXXXXX.xlsx", NULL);
  /* 0666: the workbook is a document like any other, the umask decides. */
  int fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);

  if (fd < 0)
    {
      int saved = errno;

      g_free (temp);
      if (saved == ENOENT)
        file_error (error, SC_EXPORT_ERROR_IO, path,
                    _("“%s” cannot be written: its folder does not exist."));
      else if (saved == EACCES || saved == EROFS || saved == EPERM)
        file_error (error, SC_EXPORT_ERROR_IO, path,
                    _("“%s” cannot be written: the folder is read-only."));
      else
        file_error (error, SC_EXPORT_ERROR_IO, path, _("“%s” could not be written."));
      return NULL;
    }
  close (fd);
  return temp;
}

/* The workbook's bytes on disk, then its name, then the folder entry. */
static gboolean
put_in_place (const char  *temp,
              const char  *path,
              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (temp, O_RDONLY | O_CLOEXEC, 0);
  gboolean synced = fd >= 0 && fsync (fd) == 0;

  if (fd >= 0)
    close (fd);
  if (!synced || g_rename (temp, path) != 0)
    return file_error (error, SC_EXPORT_ERROR_IO, path, _("“%s” could not be written."));

  fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  if (fd >= 0)
    {
      fsync (fd);
      close (fd);
    }
  return TRUE;
}

/* The workbook ------------------------------------------------------------- */

static void
set_properties (ScExport *ex)
{
  /* Translators: the workbook's title in its properties: "Atelier
   * Boréalis Métal inc. — FY2025". */
  g_autofree char *title = sc_export_expand (LC_ (ex->lang, "workbook", "{company} — {period}"),
                                             "company", ex->company,
                                             "period", ex->period_label, NULL);
  lxw_doc_properties props = {
    .title = title,
    .subject = (char *) LC_ (ex->lang, "workbook", "Sales and marketing KPIs, action plan, "
                             "meetings and reviews"),
    .author = (char *) "SalesCadence",
    .company = (char *) ex->company,
    .comments = (char *) LC_ (ex->lang, "workbook", "Exported by SalesCadence for the accountant."),
    .created = g_date_time_to_unix (ex->now),
  };

  sc_export_check (ex, workbook_set_properties (ex->workbook, &props), "properties");
}

static void
write_sheets (ScExport *ex)
{
  set_properties (ex);
  sc_export_summary_sheet (ex);
  sc_export_monthly_sheet (ex);
  sc_export_weekly_sheet (ex);
  sc_export_trends_sheet (ex);
  sc_export_actions_sheet (ex);
  sc_export_meetings_sheet (ex);
  sc_export_monthly_reviews_sheet (ex);
  sc_export_quarterly_reviews_sheet (ex);
}

static gboolean
write_workbook (ScExport    *ex,
                const char  *temp,
                const char  *path,
                GError     **error)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .use_zip64 = LXW_TRUE };
  lxw_error closed;

  ex->workbook = workbook_new_opt (temp, &options);
  if (ex->workbook == NULL)
    return file_error (error, SC_EXPORT_ERROR_IO, path, _("“%s” could not be written."));

  write_sheets (ex);
  /* The file is only written here, and the workbook is freed whatever
   * happens. */
  closed = workbook_close (g_steal_pointer (&ex->workbook));
  sc_export_check (ex, closed, "close");

  if (sc_export_failed (ex))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_debug ("%s: %s", ex->error_where, lxw_strerror (ex->error));
      g_set_error (error, SC_EXPORT_ERROR, SC_EXPORT_ERROR_WRITE,
                   /* Translators: %s is a file name, then the reason. */
                   _("The workbook “%s” could not be written: %s."), name,
                   lxw_strerror (ex->error));
      return FALSE;
    }
  return TRUE;
}

gboolean
sc_export_workbook (ScStore     *store,
                    const char  *path,
                    ScDay        from,
                    ScDay        to,
                    ScLang       lang,
                    GError     **error)
{
  ScExport ex = { 0 };
  g_autofree char *temp = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (SC_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (sc_day_valid (from) && sc_day_valid (to), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_target (store, path, error) || !export_init (&ex, store, from, to, lang, error))
    goto out;

  temp = make_temp_file (path, error);
  if (temp == NULL)
    goto out;

  ok = write_workbook (&ex, temp, path, error) && put_in_place (temp, path, error);
  if (!ok)
    g_unlink (temp);

out:
  export_clear (&ex);
  return ok;
}
