/* sc-export-sheet.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing cells safely: user text only ever as a string cell (never as a
 * formula, whatever it starts with), cut with a note past Excel's limit;
 * numbers as numbers with US-syntax formats that the reader's regional
 * settings render; dates as dates. Column widths are computed from what
 * was written, since libxlsxwriter 1.1.4 has no autofit.
 */

#define G_LOG_DOMAIN "sc-export"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sc-export-private.h"
#include "sc-format.h"
#include "sc-l10n.h"

#define DEFAULT_CAP  60     /* characters: longer text wraps */
#define MIN_WIDTH    5.0
#define FILTER_ROOM  2.0    /* the filter button in the header */
#define LINE_HEIGHT  15.0   /* points, Calibri 11 */
#define MAX_HEIGHT   409.0  /* Excel's tallest row */

/* Text ---------------------------------------------------------------------- */

/* Length in UTF-16 code units, as Excel counts. */
static gsize
utf16_length (const char *text,
              const char *end)
{
  gsize n = 0;

  for (const char *p = text; p < end && *p != '\0'; p = g_utf8_next_char (p))
    n += g_utf8_get_char (p) > 0xFFFF ? 2 : 1;
  return n;
}

char *
sc_export_clip_text (const char *text,
                     ScLang      lang,
                     gboolean   *cut)
{
  g_autofree char *valid = g_utf8_make_valid (text ? text : "", -1);
  g_autofree char *count = NULL;
  g_autofree char *note = NULL;
  gsize budget, used = 0;
  const char *p;

  if (cut != NULL)
    *cut = FALSE;
  if (utf16_length (valid, valid + strlen (valid)) <= SC_EXPORT_MAX_TEXT)
    return g_steal_pointer (&valid);

  count = g_strdup_printf ("%" G_GSIZE_FORMAT, (gsize) g_utf8_strlen (valid, -1));
  /* Translators: appended to a text cut at Excel's limit of 32 767
   * characters per cell; {count} is the length of the whole text. */
  note = sc_export_expand (LC_ (lang, "workbook",
                                "… [cut at Excel's limit: the whole text, {count} characters, "
                                "is in the company file]"),
                           "count", count, NULL);
  budget = SC_EXPORT_MAX_TEXT - utf16_length (note, note + strlen (note));

  for (p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gsize units = g_utf8_get_char (p) > 0xFFFF ? 2 : 1;

      if (used + units > budget)
        break;
      used += units;
    }

  if (cut != NULL)
    *cut = TRUE;
  valid[p - valid] = '\0';
  return g_strconcat (valid, note, NULL);
}

char *
sc_export_sheet_name (const char *wanted)
{
  g_autofree char *name = g_utf8_make_valid (wanted ? wanted : "", -1);
  char *end;

  g_strdelimit (name, "[]:*?/\\", '-');
  g_strstrip (name);
  if (g_utf8_strlen (name, -1) > LXW_SHEETNAME_MAX)
    *g_utf8_offset_to_pointer (name, LXW_SHEETNAME_MAX) = '\0';
  /* Excel refuses a quote at either end of a sheet name. */
  for (end = name + strlen (name); end > name && end[-1] == '\''; end--)
    end[-1] = '\0';
  while (name[0] == '\'')
    memmove (name, name + 1, strlen (name));
  if (name[0] == '\0')
    return g_strdup ("Sheet");
  return g_steal_pointer (&name);
}

/* Sheets -------------------------------------------------------------------- */

static void
wrapped_cell_clear (gpointer data)
{
  g_free (((ScWrappedCell *) data)->text);
}

ScSheet *
sc_sheet_new (ScExport   *ex,
              const char *name)
{
  ScSheet *sheet = g_new0 (ScSheet, 1);
  g_autofree char *base = sc_export_sheet_name (name);

  sheet->ex = ex;
  sheet->name = g_strdup (base);
  sheet->wrapped = g_array_new (FALSE, FALSE, sizeof (ScWrappedCell));
  g_array_set_clear_func (sheet->wrapped, wrapped_cell_clear);
  /* Two translations could meet on one name: number the second. */
  for (guint n = 2; workbook_get_worksheet_by_name (ex->workbook, sheet->name) != NULL; n++)
    {
      g_autofree char *suffix = g_strdup_printf (" (%u)", n);
      g_autofree char *shorter = g_utf8_substring (base, 0, MIN (g_utf8_strlen (base, -1),
                                                                 LXW_SHEETNAME_MAX - 5));

      g_free (sheet->name);
      sheet->name = g_strconcat (shorter, suffix, NULL);
    }

  if (!sc_export_failed (ex))
    {
      sheet->ws = workbook_add_worksheet (ex->workbook, sheet->name);
      if (sheet->ws == NULL)
        sc_export_check (ex, LXW_ERROR_INVALID_SHEETNAME_CHARACTER, sheet->name);
    }
  return sheet;
}

void
sc_sheet_free (ScSheet *sheet)
{
  if (sheet == NULL)
    return;
  g_clear_pointer (&sheet->wrapped, g_array_unref);
  g_free (sheet->name);
  g_free (sheet->widths);
  g_free (sheet->caps);
  g_free (sheet);
}

static gboolean
skip (ScSheet *sheet)
{
  return sheet->ws == NULL || sc_export_failed (sheet->ex);
}

/* Neither Excel nor LibreOffice makes a row taller for wrapped text they
 * did not lay out themselves: the finished sheet sets the heights. */
static void
note_wrapped (ScSheet    *sheet,
              lxw_row_t   row,
              lxw_col_t   col,
              const char *text)
{
  ScWrappedCell cell = { row, col, g_strdup (text) };

  g_array_append_val (sheet->wrapped, cell);
}

static void
note_width (ScSheet   *sheet,
            lxw_col_t  col,
            double     chars)
{
  if (col >= sheet->n_columns)
    return;
  sheet->widths[col] = MAX (sheet->widths[col], MIN (chars, (double) sheet->caps[col]));
}

/* The longest line of a text, in characters. */
static double
text_width (const char *text)
{
  glong longest = 0, line = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      if (*p == '\n')
        {
          longest = MAX (longest, line);
          line = 0;
        }
      else
        line++;
    }
  return MAX (longest, line);
}

void
sc_sheet_columns (ScSheet            *sheet,
                  const ScColumnSpec *columns,
                  guint               n_columns)
{
  lxw_format *header = sc_export_format (sheet->ex, NULL, SC_CELL_HEADER);

  sheet->n_columns = n_columns;
  sheet->widths = g_new0 (double, n_columns);
  sheet->caps = g_new0 (guint, n_columns);
  sheet->header_row = sheet->row;

  for (guint i = 0; i < n_columns; i++)
    {
      g_auto(GStrv) words = g_strsplit (columns[i].title, " ", -1);
      double longest_word = 0;

      sheet->caps[i] = columns[i].max_width ? columns[i].max_width : DEFAULT_CAP;
      for (guint w = 0; words[w] != NULL; w++)
        longest_word = MAX (longest_word, g_utf8_strlen (words[w], -1));
      /* A header may wrap on two lines, never inside a word. */
      sheet->widths[i] = MAX (MIN_WIDTH, MAX (longest_word, text_width (columns[i].title) / 2)) +
                         FILTER_ROOM;
      if (!skip (sheet))
        sc_export_check (sheet->ex, worksheet_write_string (sheet->ws, sheet->row, i,
                                                             columns[i].title, header),
                         sheet->name);
      note_wrapped (sheet, sheet->row, i, columns[i].title);
    }
  sheet->row++;
}

/* Cells --------------------------------------------------------------------- */

void
sc_sheet_text (ScSheet     *sheet,
               lxw_row_t    row,
               lxw_col_t    col,
               const char  *text,
               ScCellFlags  flags)
{
  g_autofree char *clipped = NULL;
  lxw_format *format;

  if (skip (sheet))
    return;

  format = sc_export_format (sheet->ex, NULL, flags);
  if (text == NULL || text[0] == '\0')
    {
      sc_export_check (sheet->ex, worksheet_write_blank (sheet->ws, row, col, format),
                       sheet->name);
      return;
    }

  /* Valid UTF-8 no longer in bytes than Excel's limit in UTF-16 units
   * is written as it is; anything else is made valid, and cut. */
  if (strlen (text) > SC_EXPORT_MAX_TEXT || !g_utf8_validate (text, -1, NULL))
    text = clipped = sc_export_clip_text (text, sheet->ex->lang, NULL);

  /* A string cell, always: "=1+1", "+33 …", "@SUM(…)" stay what was
   * typed. */
  sc_export_check (sheet->ex, worksheet_write_string (sheet->ws, row, col, text, format),
                   sheet->name);
  note_width (sheet, col, text_width (text) + 2);
  if (flags & SC_CELL_WRAP)
    note_wrapped (sheet, row, col, text);
}

/* The length of "%.*f" of x (not negative) and of its integer part, counted
 * without printing it when rounding to decimals places cannot carry into a
 * new digit: a workbook has tens of thousands of numbers. */
static void
count_digits (double  x,
              int     decimals,
              gsize  *length,
              gsize  *integer_digits)
{
  static const double units[] = { 1, 1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6 };
  double power = 10;
  gsize n = 1;

  while (x >= power && power < 1e9)
    {
      power *= 10;
      n++;
    }
  if (decimals < (int) G_N_ELEMENTS (units) && x < 1e9 && power - x > units[decimals])
    {
      *integer_digits = n;
      *length = n + (decimals > 0 ? decimals + 1 : 0);
      return;
    }

  {
    g_autofree char *digits = g_strdup_printf ("%.*f", decimals, x);

    *integer_digits = strcspn (digits, ".");
    *length = strlen (digits);
  }
}

/* Roughly how many characters a number takes once formatted. */
static double
number_width (double      value,
              const char *num_format)
{
  const char *dot = num_format ? strchr (num_format, '.') : NULL;
  gboolean percent = num_format && strchr (num_format, '%') != NULL;
  gsize length, integer_digits;
  int decimals = 0;
  double extra = value < 0 ? 1 : 0;

  for (const char *p = dot ? dot + 1 : ""; *p == '0' || *p == '#'; p++)
    decimals++;
  count_digits (fabs (value) * (percent ? 100 : 1), decimals, &length, &integer_digits);
  if (num_format && strchr (num_format, ','))
    extra += (integer_digits - 1) / 3;
  /* Literal text such as " $" or "US$". */
  for (const char *q = num_format ? strchr (num_format, '"') : NULL; q != NULL;
       q = strchr (q + 1, '"'))
    {
      const char *close = strchr (q + 1, '"');

      if (close == NULL)
        break;
      extra += g_utf8_strlen (q + 1, close - q - 1);
      q = close;
    }
  return length + extra + (percent ? 1 : 0) + 1;
}

void
sc_sheet_number (ScSheet     *sheet,
                 lxw_row_t    row,
                 lxw_col_t    col,
                 double       value,
                 const char  *num_format,
                 ScCellFlags  flags)
{
  lxw_format *format;

  if (skip (sheet))
    return;

  format = sc_export_format (sheet->ex, num_format, flags);
  if (isnan (value) || isinf (value))
    {
      sc_export_check (sheet->ex, worksheet_write_blank (sheet->ws, row, col, format),
                       sheet->name);
      return;
    }
  sc_export_check (sheet->ex, worksheet_write_number (sheet->ws, row, col, value, format),
                   sheet->name);
  note_width (sheet, col, number_width (value, num_format));
}

void
sc_sheet_integer (ScSheet     *sheet,
                  lxw_row_t    row,
                  lxw_col_t    col,
                  gint64       value,
                  ScCellFlags  flags)
{
  sc_sheet_number (sheet, row, col, (double) value, "#,##0", flags);
}

static void
write_datetime (ScSheet            *sheet,
                lxw_row_t           row,
                lxw_col_t           col,
                const lxw_datetime *when,
                const char         *num_format,
                ScCellFlags         flags)
{
  if (skip (sheet))
    return;
  sc_export_check (sheet->ex,
                   worksheet_write_datetime (sheet->ws, row, col, (lxw_datetime *) when,
                                             sc_export_format (sheet->ex, num_format, flags)),
                   sheet->name);
  note_width (sheet, col, strlen (num_format) + 1);
}

void
sc_sheet_date (ScSheet     *sheet,
               lxw_row_t    row,
               lxw_col_t    col,
               ScDay        day,
               ScCellFlags  flags)
{
  int y, m, d;

  if (!sc_day_valid (day) || !sc_day_to_ymd (day, &y, &m, &d) || y < 1900)
    sc_sheet_text (sheet, row, col, NULL, flags);
  else
    write_datetime (sheet, row, col, &(lxw_datetime) { y, m, d, 0, 0, 0 }, "yyyy-mm-dd", flags);
}

void
sc_sheet_datetime (ScSheet     *sheet,
                   lxw_row_t    row,
                   lxw_col_t    col,
                   GDateTime   *when,
                   ScCellFlags  flags)
{
  lxw_datetime cell = {
    g_date_time_get_year (when), g_date_time_get_month (when),
    g_date_time_get_day_of_month (when), g_date_time_get_hour (when),
    g_date_time_get_minute (when), 0,
  };

  write_datetime (sheet, row, col, &cell, "yyyy-mm-dd hh:mm", flags);
}

void
sc_sheet_formula (ScSheet     *sheet,
                  lxw_row_t    row,
                  lxw_col_t    col,
                  const char  *formula,
                  double       value,
                  const char  *num_format,
                  ScCellFlags  flags)
{
  lxw_format *format;
  lxw_error err;

  if (skip (sheet))
    return;

  format = sc_export_format (sheet->ex, num_format, flags);
  if (isnan (value) || isinf (value))
    err = worksheet_write_formula_str (sheet->ws, row, col, formula, format, "");
  else
    {
      err = worksheet_write_formula_num (sheet->ws, row, col, formula, format, value);
      note_width (sheet, col, number_width (value, num_format));
    }
  sc_export_check (sheet->ex, err, sheet->name);
}

/* KPI figures --------------------------------------------------------------- */

/* US syntax: the reader's settings give "1 234,56 $" or "$1,234.56". */
static const struct
{
  const char *code;
  const char *fr, *en;               /* cents */
  const char *fr_whole, *en_whole;   /* chart axes */
} money_formats[] = {
  { "CAD", "#,##0.00 \"$\"", "\"$\"#,##0.00", "#,##0 \"$\"", "\"$\"#,##0" },
  { "USD", "#,##0.00 \"$ US\"", "\"US$\"#,##0.00", "#,##0 \"$ US\"", "\"US$\"#,##0" },
  { "EUR", "#,##0.00 \"€\"", "\"€\"#,##0.00", "#,##0 \"€\"", "\"€\"#,##0" },
};

/* Another currency: the amount alone, its code in the header. */
static const char *
money_format (ScExport *ex,
              gboolean  whole)
{
  const char *code = ex->currency && ex->currency[0] ? ex->currency : "CAD";
  gboolean fr = ex->lang == SC_LANG_FR;

  for (guint i = 0; i < G_N_ELEMENTS (money_formats); i++)
    if (g_ascii_strcasecmp (code, money_formats[i].code) == 0)
      return whole ? (fr ? money_formats[i].fr_whole : money_formats[i].en_whole)
                   : (fr ? money_formats[i].fr : money_formats[i].en);
  return whole ? "#,##0" : "#,##0.00";
}

static const char *
percent_format (ScExport *ex)
{
  return ex->lang == SC_LANG_FR ? "0.0\" \"%" : "0.0%";
}

const char *
sc_export_axis_format (ScExport *ex,
                       ScKpi    *kpi)
{
  switch (sc_kpi_get_unit (kpi))
    {
    case SC_UNIT_CURRENCY:
      return money_format (ex, TRUE);
    case SC_UNIT_PERCENT:
      return ex->lang == SC_LANG_FR ? "0\" \"%" : "0%";
    default:
      return "#,##0";
    }
}

const char *
sc_export_unit_format (ScExport *ex,
                       ScKpi    *kpi,
                       double    value)
{
  switch (sc_kpi_get_unit (kpi))
    {
    case SC_UNIT_CURRENCY:
      return money_format (ex, FALSE);
    case SC_UNIT_PERCENT:
      return percent_format (ex);
    case SC_UNIT_COUNT:
    case SC_UNIT_DAYS:
    case SC_UNIT_NUMBER:
    default:
      /* Counts are whole numbers; an average shows its decimals. */
      return isnan (value) || value == round (value) ? "#,##0" : "#,##0.0#";
    }
}

/* Natural units (percentage points) → what a cell holds (a fraction). */
static double
to_cell (ScKpi  *kpi,
         double  value)
{
  return sc_kpi_get_unit (kpi) == SC_UNIT_PERCENT ? value / 100.0 : value;
}

void
sc_sheet_kpi_value (ScSheet     *sheet,
                    lxw_row_t    row,
                    lxw_col_t    col,
                    ScKpi       *kpi,
                    double       value,
                    ScCellFlags  flags)
{
  double cell = to_cell (kpi, value);

  sc_sheet_number (sheet, row, col, cell, sc_export_unit_format (sheet->ex, kpi, cell), flags);
}

void
sc_sheet_figure (ScSheet        *sheet,
                 ScKpi          *kpi,
                 const ScFigure *figure,
                 lxw_row_t       row,
                 lxw_col_t       col,
                 gboolean        downwards,
                 ScCellFlags     flags)
{
  lxw_row_t r[4];
  lxw_col_t c[4];
  char target[16], actual[16];
  g_autofree char *variance = NULL;
  g_autofree char *percent = NULL;
  double v;

  for (guint i = 0; i < 4; i++)
    {
      r[i] = downwards ? row + i : row;
      c[i] = downwards ? col : col + i;
    }
  lxw_rowcol_to_cell (target, r[0], c[0]);
  lxw_rowcol_to_cell (actual, r[1], c[1]);

  sc_sheet_kpi_value (sheet, r[0], c[0], kpi, figure->target, flags);
  sc_sheet_kpi_value (sheet, r[1], c[1], kpi, figure->actual,
                      flags | (figure->provisional ? SC_CELL_ITALIC : 0));
  if (!sc_figure_has_actual (figure) || !sc_figure_has_target (figure))
    {
      sc_sheet_text (sheet, r[2], c[2], NULL, flags);
      sc_sheet_text (sheet, r[3], c[3], NULL, flags);
      return;
    }

  /* The formulas recompute in Excel; the values written are the core's,
   * which LibreOffice shows as they are. (Concatenated: a workbook has
   * thousands of them.) */
  variance = g_strconcat ("=", actual, "-", target, NULL);
  v = to_cell (kpi, sc_figure_variance (figure));
  sc_sheet_formula (sheet, r[2], c[2], variance, v, sc_export_unit_format (sheet->ex, kpi, v), flags);
  percent = g_strconcat ("=IF(", target, "=0,\"\",(", actual, "-", target, ")/ABS(", target, "))",
                         NULL);
  sc_sheet_formula (sheet, r[3], c[3], percent, sc_figure_variance_percent (figure) / 100.0,
                    percent_format (sheet->ex), flags);
}

/* Finishing ------------------------------------------------------------------ */

/* '&' starts a code in Excel's headers and footers. */
static char *
header_text (const char *text,
             glong       max_chars)
{
  g_autofree char *shorter = g_utf8_substring (text, 0, MIN (g_utf8_strlen (text, -1), max_chars));
  g_auto(GStrv) parts = g_strsplit (shorter, "&", -1);

  return g_strjoinv ("&&", parts);
}

static void
print_setup (ScSheet *sheet)
{
  ScExport *ex = sheet->ex;
  g_autofree char *company = header_text (ex->company, 70);
  g_autofree char *period = header_text (ex->period_label, 60);
  g_autofree char *name = header_text (sheet->name, 31);
  g_autofree char *date = g_date_time_format (ex->now, "%Y-%m-%d");
  g_autofree char *header = NULL;
  g_autofree char *footer = NULL;
  g_autofree char *page = NULL;

  /* Translators: the page number in a printed sheet's footer; {page} and
   * {pages} are replaced by Excel. */
  page = sc_export_expand (LC_ (ex->lang, "workbook", "Page {page} of {pages}"),
                           "page", "&P", "pages", "&N", NULL);
  header = g_strdup_printf ("&L&\"Calibri,Bold\"%s&C%s&R%s", company, name, period);
  footer = g_strdup_printf ("&LSalesCadence · %s&R%s", date, page);

  worksheet_set_landscape (sheet->ws);
  worksheet_set_paper (sheet->ws, 1);   /* Letter, as in Québec */
  worksheet_set_margins (sheet->ws, 0.5, 0.5, 0.75, 0.75);
  worksheet_fit_to_pages (sheet->ws, 1, 0);
  worksheet_gridlines (sheet->ws, sheet->no_gridlines ? LXW_HIDE_ALL_GRIDLINES
                                                     : LXW_SHOW_ALL_GRIDLINES);
  sc_export_check (ex, worksheet_set_header (sheet->ws, header), "header");
  sc_export_check (ex, worksheet_set_footer (sheet->ws, footer), "footer");
  if (sheet->n_columns > 0)
    sc_export_check (ex, worksheet_repeat_rows (sheet->ws, sheet->header_row, sheet->header_row),
                     "repeat rows");
}

/* Lines a text takes in a column width characters wide. */
static guint
count_lines (const char *text,
             double      width)
{
  g_auto(GStrv) paragraphs = g_strsplit (text, "\n", -1);
  /* Breaking at spaces wastes part of a line; the indent takes one. */
  double per_line = MAX (1.0, width - 2.0);
  guint lines = 0;

  for (guint i = 0; paragraphs[i] != NULL; i++)
    lines += MAX (1, (guint) ceil (g_utf8_strlen (paragraphs[i], -1) / per_line));
  return lines;
}

static void
set_row_heights (ScSheet *sheet)
{
  g_autoptr(GHashTable) rows = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < sheet->wrapped->len; i++)
    {
      const ScWrappedCell *cell = &g_array_index (sheet->wrapped, ScWrappedCell, i);
      guint lines = count_lines (cell->text, sheet->widths[cell->col]);
      guint before = GPOINTER_TO_UINT (g_hash_table_lookup (rows, GUINT_TO_POINTER (cell->row + 1)));

      if (cell->col < sheet->n_columns && lines > before)
        g_hash_table_insert (rows, GUINT_TO_POINTER (cell->row + 1), GUINT_TO_POINTER (lines));
    }

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > 1)
      sc_export_check (sheet->ex,
                       worksheet_set_row (sheet->ws, GPOINTER_TO_UINT (key) - 1,
                                          MIN (MAX_HEIGHT, LINE_HEIGHT * GPOINTER_TO_UINT (value) + 1),
                                          NULL),
                       sheet->name);
}

void
sc_sheet_finish (ScSheet *sheet)
{
  lxw_row_t last;

  if (skip (sheet))
    return;

  for (guint i = 0; i < sheet->n_columns; i++)
    {
      sheet->widths[i] = MAX (MIN_WIDTH, sheet->widths[i] + 1);
      sc_export_check (sheet->ex, worksheet_set_column (sheet->ws, i, i, sheet->widths[i], NULL),
                       sheet->name);
    }
  set_row_heights (sheet);

  if (sheet->n_columns > 0)
    {
      /* Even a table without rows gets its filter on the header. */
      last = MAX (sheet->row, sheet->header_row + 1) - 1;
      sc_export_check (sheet->ex,
                       worksheet_autofilter (sheet->ws, sheet->header_row, 0, last,
                                             sheet->n_columns - 1),
                       sheet->name);
      worksheet_freeze_panes (sheet->ws, sheet->header_row + 1, 0);
    }
  print_setup (sheet);
}
