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

  g_set_error (error, SC_EXPORT_ERROR, code, format, name);
  return FALSE;
}

/* Text -------------------------------------------------------------------- */

char *
sc_export_expand (const char *pattern,
                  const char *name,
                  const char *value)
{
  g_autofree char *placeholder = g_strconcat ("{", name, "}", NULL);
  g_auto(GStrv) parts = g_strsplit (pattern, placeholder, -1);

  return g_strjoinv (value, parts);
}

/* Formats ----------------------------------------------------------------- */

static lxw_format *
new_format (ScExport    *ex,
            const char  *num_format,
            ScCellFlags  flags)
{
  lxw_format *f = workbook_add_format (ex->workbook);

  format_set_font_name (f, "Calibri");
  format_set_font_size (f, 11);
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  if (num_format != NULL)
    format_set_num_format (f, num_format);
  if (flags & (SC_CELL_BOLD | SC_CELL_HEADER | SC_CELL_TITLE | SC_CELL_TOTAL))
    format_set_bold (f);
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
  if (flags & SC_CELL_TOTAL)
    {
      format_set_top (f, LXW_BORDER_THIN);
      format_set_top_color (f, RULE_COLOR);
    }
  return f;
}

/* Formats are made once per kind and shared by the cells. */
lxw_format *
sc_export_format (ScExport    *ex,
                  const char  *num_format,
                  ScCellFlags  flags)
{
  g_autofree char *key = g_strdup_printf ("%x|%s", flags, num_format ? num_format : "");
  lxw_format *f = g_hash_table_lookup (ex->formats, key);

  if (f == NULL)
    {
      f = new_format (ex, num_format, flags);
      g_hash_table_insert (ex->formats, g_steal_pointer (&key), f);
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
  g_autofree char *half = sc_export_expand (LC_ (lang, "workbook", "from {first} to {last}"),
                                            "first", first);

  return sc_export_expand (half, "last", last);
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
                                 "first", first);
      period = sc_export_expand (g_steal_pointer (&period) ? period : "", "last", last);
    }

  /* Translators: the workbook's file name: company — period, e.g.
   * "Atelier Boréalis Métal inc. — FY2025". */
  name = sc_export_expand (LC_ (lang, "workbook file name", "{company} — {period}.xlsx"),
                           "period", period);
  name = sc_export_expand (g_steal_pointer (&name) ? name : "", "company",
                           company ? sc_record_get_text (company, SC_COMPANY_NAME) : "");
  g_strdelimit (name, "/\\:*?\"<>|", '-');
  return g_steal_pointer (&name);
}
