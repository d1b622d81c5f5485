/* bench-export.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The workbook export against its floor (issue 8): sc_export_workbook() on
 * a 10-year file, against a plain libxlsxwriter loop that writes the same
 * cells — same sheets, positions, kinds, contents and formats — and
 * nothing else (no charts, widths, filters or print setup, no fsync).
 *
 * The cells are not guessed: this program defines the libxlsxwriter
 * functions that write cells and make formats, so the export's calls land
 * here first (the executable's symbols come before the shared library's).
 * One untimed export records what it writes; the loop replays that
 * record. The timed runs alternate export and loop, median of N; the
 * figures and the ratio are printed, the time never fails the run.
 *
 * Usage: bench-export   (SC_BENCH_ROUNDS=N)
 */

#define _GNU_SOURCE

#include "config.h"

#include <dlfcn.h>
#include <locale.h>
#include <stdlib.h>
#include <time.h>
#include <glib/gstdio.h>
#include <xlsxwriter.h>

#include "bench-stats.h"
#include "sc-export.h"
#include "sc-sample.h"

typedef enum
{
  CELL_STRING,
  CELL_NUMBER,
  CELL_DATETIME,
  CELL_FORMULA_NUM,
  CELL_FORMULA_STR,
  CELL_BLANK,
  N_KINDS
} CellKind;

typedef struct
{
  CellKind      kind;
  guint         sheet;
  lxw_row_t     row;
  lxw_col_t     col;
  int           format;     /* index in the recorded formats, -1: none */
  char         *text;       /* string, or formula */
  char         *result;     /* a formula's text result */
  double        number;     /* number, or a formula's result */
  lxw_datetime  when;
} Cell;

/* What the export wrote, in order. */
static struct
{
  gboolean    on;
  guint       depth;        /* libxlsxwriter calling itself is not the export */
  GPtrArray  *sheets;       /* lxw_worksheet*, in the order added */
  GPtrArray  *sheet_names;  /* char* */
  GPtrArray  *formats;      /* lxw_format* seen in cells, in order of first use */
  GArray     *snapshots;    /* lxw_format copies of them, as they were at first use */
  GArray     *cells;        /* Cell */
  guint       n_charts;
} rec;

/* The library's own functions, behind the ones below. */
#define REAL(name) \
  static __typeof__ (name) *real; \
  if (real == NULL) \
    real = (__typeof__ (name) *) dlsym (RTLD_NEXT, #name)

static int
format_index (lxw_format *format)
{
  guint i;

  if (format == NULL)
    return -1;
  if (!g_ptr_array_find (rec.formats, format, &i))
    {
      g_ptr_array_add (rec.formats, format);
      g_array_append_vals (rec.snapshots, format, 1);
      i = rec.formats->len - 1;
    }
  return i;
}

static Cell *
record (CellKind       kind,
        lxw_worksheet *ws,
        lxw_row_t      row,
        lxw_col_t      col,
        lxw_format    *format)
{
  Cell cell = { kind, 0, row, col, format_index (format) };

  g_assert_true (g_ptr_array_find (rec.sheets, ws, &cell.sheet));
  g_array_append_val (rec.cells, cell);
  return &g_array_index (rec.cells, Cell, rec.cells->len - 1);
}

/* Around each call: only the export's own calls are recorded, not those
 * libxlsxwriter makes to itself. */
static gboolean
enter (void)
{
  return rec.depth++ == 0 && rec.on;
}

static lxw_error
leave (lxw_error err)
{
  rec.depth--;
  return err;
}

lxw_worksheet *
workbook_add_worksheet (lxw_workbook *workbook,
                        const char   *sheetname)
{
  REAL (workbook_add_worksheet);
  lxw_worksheet *ws = real (workbook, sheetname);

  if (rec.on && ws != NULL)
    {
      g_ptr_array_add (rec.sheets, ws);
      g_ptr_array_add (rec.sheet_names, g_strdup (sheetname));
    }
  return ws;
}

lxw_chart *
workbook_add_chart (lxw_workbook *workbook,
                    uint8_t       chart_type)
{
  REAL (workbook_add_chart);

  if (rec.on)
    rec.n_charts++;
  return real (workbook, chart_type);
}

lxw_error
worksheet_write_string (lxw_worksheet *ws,
                        lxw_row_t      row,
                        lxw_col_t      col,
                        const char    *string,
                        lxw_format    *format)
{
  REAL (worksheet_write_string);

  if (enter ())
    record (CELL_STRING, ws, row, col, format)->text = g_strdup (string);
  return leave (real (ws, row, col, string, format));
}

lxw_error
worksheet_write_number (lxw_worksheet *ws,
                        lxw_row_t      row,
                        lxw_col_t      col,
                        double         number,
                        lxw_format    *format)
{
  REAL (worksheet_write_number);

  if (enter ())
    record (CELL_NUMBER, ws, row, col, format)->number = number;
  return leave (real (ws, row, col, number, format));
}

lxw_error
worksheet_write_datetime (lxw_worksheet *ws,
                          lxw_row_t      row,
                          lxw_col_t      col,
                          lxw_datetime  *datetime,
                          lxw_format    *format)
{
  REAL (worksheet_write_datetime);

  if (enter ())
    record (CELL_DATETIME, ws, row, col, format)->when = *datetime;
  return leave (real (ws, row, col, datetime, format));
}

static void
record_formula (CellKind       kind,
                lxw_worksheet *ws,
                lxw_row_t      row,
                lxw_col_t      col,
                lxw_format    *format,
                const char    *formula,
                double         number,
                const char    *result)
{
  Cell *cell = record (kind, ws, row, col, format);

  cell->text = g_strdup (formula);
  cell->number = number;
  cell->result = g_strdup (result);
}

lxw_error
worksheet_write_formula_num (lxw_worksheet *ws,
                             lxw_row_t      row,
                             lxw_col_t      col,
                             const char    *formula,
                             lxw_format    *format,
                             double         result)
{
  REAL (worksheet_write_formula_num);

  if (enter ())
    record_formula (CELL_FORMULA_NUM, ws, row, col, format, formula, result, NULL);
  return leave (real (ws, row, col, formula, format, result));
}

lxw_error
worksheet_write_formula_str (lxw_worksheet *ws,
                             lxw_row_t      row,
                             lxw_col_t      col,
                             const char    *formula,
                             lxw_format    *format,
                             const char    *result)
{
  REAL (worksheet_write_formula_str);

  if (enter ())
    record_formula (CELL_FORMULA_STR, ws, row, col, format, formula, 0, result);
  return leave (real (ws, row, col, formula, format, result));
}

lxw_error
worksheet_write_blank (lxw_worksheet *ws,
                       lxw_row_t      row,
                       lxw_col_t      col,
                       lxw_format    *format)
{
  REAL (worksheet_write_blank);

  if (enter ())
    record (CELL_BLANK, ws, row, col, format);
  return leave (real (ws, row, col, format));
}

static void
cell_clear (gpointer data)
{
  Cell *cell = data;

  g_free (cell->text);
  g_free (cell->result);
}

static void
record_reset (void)
{
  g_clear_pointer (&rec.sheets, g_ptr_array_unref);
  g_clear_pointer (&rec.sheet_names, g_ptr_array_unref);
  g_clear_pointer (&rec.formats, g_ptr_array_unref);
  g_clear_pointer (&rec.snapshots, g_array_unref);
  g_clear_pointer (&rec.cells, g_array_unref);
  rec.sheets = g_ptr_array_new ();
  rec.sheet_names = g_ptr_array_new_with_free_func (g_free);
  rec.formats = g_ptr_array_new ();
  rec.snapshots = g_array_new (FALSE, FALSE, sizeof (lxw_format));
  rec.cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  g_array_set_clear_func (rec.cells, cell_clear);
  rec.n_charts = 0;
}

/* The same format, made again the way sc-export.c makes it. */
static lxw_format *
copy_format (lxw_workbook     *wb,
             const lxw_format *f)
{
  lxw_format *copy = workbook_add_format (wb);

  if (f->font_name[0] != '\0')
    format_set_font_name (copy, f->font_name);
  format_set_font_size (copy, f->font_size);
  if (f->num_format[0] != '\0')
    format_set_num_format (copy, f->num_format);
  if (f->bold)
    format_set_bold (copy);
  if (f->italic)
    format_set_italic (copy);
  if (f->font_color != LXW_COLOR_UNSET)
    format_set_font_color (copy, f->font_color);
  if (f->bg_color != LXW_COLOR_UNSET)
    format_set_bg_color (copy, f->bg_color);
  if (f->top)
    format_set_top (copy, f->top);
  if (f->top_color != LXW_COLOR_UNSET)
    format_set_top_color (copy, f->top_color);
  if (f->bottom)
    format_set_bottom (copy, f->bottom);
  if (f->bottom_color != LXW_COLOR_UNSET)
    format_set_bottom_color (copy, f->bottom_color);
  if (f->text_wrap)
    format_set_text_wrap (copy);
  if (f->indent)
    format_set_indent (copy, f->indent);
  if (f->text_h_align)
    format_set_align (copy, f->text_h_align);
  if (f->text_v_align)
    format_set_align (copy, f->text_v_align);
  return copy;
}

/* The floor: the recorded cells, written in the same order. */
static void
plain_loop (const char *path)
{
  lxw_workbook_options options = { .constant_memory = LXW_FALSE, .use_zip64 = LXW_TRUE };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  g_autofree lxw_worksheet **sheets = g_new (lxw_worksheet *, rec.sheet_names->len);
  g_autofree lxw_format **formats = g_new (lxw_format *, rec.snapshots->len);

  for (guint i = 0; i < rec.sheet_names->len; i++)
    sheets[i] = workbook_add_worksheet (wb, g_ptr_array_index (rec.sheet_names, i));
  for (guint i = 0; i < rec.snapshots->len; i++)
    formats[i] = copy_format (wb, &g_array_index (rec.snapshots, lxw_format, i));

  for (guint i = 0; i < rec.cells->len; i++)
    {
      Cell *c = &g_array_index (rec.cells, Cell, i);
      lxw_worksheet *ws = sheets[c->sheet];
      lxw_format *format = c->format < 0 ? NULL : formats[c->format];

      switch (c->kind)
        {
        case CELL_STRING:
          worksheet_write_string (ws, c->row, c->col, c->text, format);
          break;
        case CELL_NUMBER:
          worksheet_write_number (ws, c->row, c->col, c->number, format);
          break;
        case CELL_DATETIME:
          worksheet_write_datetime (ws, c->row, c->col, &c->when, format);
          break;
        case CELL_FORMULA_NUM:
          worksheet_write_formula_num (ws, c->row, c->col, c->text, format, c->number);
          break;
        case CELL_FORMULA_STR:
          worksheet_write_formula_str (ws, c->row, c->col, c->text, format, c->result);
          break;
        case CELL_BLANK:
        case N_KINDS:
        default:
          worksheet_write_blank (ws, c->row, c->col, format);
          break;
        }
    }
  g_assert_cmpint (workbook_close (wb), ==, LXW_NO_ERROR);
}

typedef struct
{
  const char *label;
  ScDay       from, to;
  double      export_ms, loop_ms;       /* wall clock */
  double      export_cpu, loop_cpu;     /* CPU time of the thread */
  guint       kinds[N_KINDS];
  guint       n_cells, n_sheets, n_formats, n_charts;
} Subject;

typedef struct
{
  gint64          wall;
  struct timespec cpu;
} Clock;

static void
clock_start (Clock *c)
{
  c->wall = g_get_monotonic_time ();
  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &c->cpu);
}

/* Milliseconds since clock_start(), wall clock; CPU time in *cpu_ms. */
static double
clock_stop (const Clock *c,
            double      *cpu_ms)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  *cpu_ms = (now.tv_sec - c->cpu.tv_sec) * 1e3 + (now.tv_nsec - c->cpu.tv_nsec) / 1e6;
  return (g_get_monotonic_time () - c->wall) / 1000.0;
}

static double
export_once (ScStore    *store,
             const char *path,
             Subject    *s,
             double     *cpu_ms)
{
  g_autoptr(GError) error = NULL;
  Clock clock;

  clock_start (&clock);
  if (!sc_export_workbook (store, path, s->from, s->to, SC_LANG_FR, &error))
    g_error ("%s", error->message);
  return clock_stop (&clock, cpu_ms);
}

static double
loop_once (const char *path,
           double     *cpu_ms)
{
  Clock clock;

  clock_start (&clock);
  plain_loop (path);
  return clock_stop (&clock, cpu_ms);
}

/* One recorded export, then rounds of export and loop, alternating. */
static void
measure (ScStore    *store,
         const char *dir,
         Subject    *s,
         guint       rounds)
{
  g_autofree char *out = g_build_filename (dir, "export.xlsx", NULL);
  g_autofree char *floor = g_build_filename (dir, "loop.xlsx", NULL);
  g_autoptr(GArray) export_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) loop_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) export_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) loop_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  double wall, cpu;

  record_reset ();
  rec.on = TRUE;
  export_once (store, out, s, &cpu);
  rec.on = FALSE;
  s->n_cells = rec.cells->len;
  for (guint i = 0; i < rec.cells->len; i++)
    s->kinds[g_array_index (rec.cells, Cell, i).kind]++;
  s->n_sheets = rec.sheets->len;
  s->n_formats = rec.formats->len;
  s->n_charts = rec.n_charts;

  /* A first round warms the caches and is not counted. */
  loop_once (floor, &cpu);
  for (guint r = 0; r < rounds; r++)
    {
      wall = export_once (store, out, s, &cpu);
      g_array_append_val (export_ms, wall);
      g_array_append_val (export_cpu, cpu);
      wall = loop_once (floor, &cpu);
      g_array_append_val (loop_ms, wall);
      g_array_append_val (loop_cpu, cpu);
    }
  s->export_ms = bench_median (export_ms);
  s->loop_ms = bench_median (loop_ms);
  s->export_cpu = bench_median (export_cpu);
  s->loop_cpu = bench_median (loop_cpu);
  g_unlink (out);
  g_unlink (floor);
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = g_getenv ("SC_BENCH_ROUNDS") ? MAX (atoi (g_getenv ("SC_BENCH_ROUNDS")), 1) : 9;
  g_autofree char *dir = g_dir_make_tmp ("sc-bench-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "sample-10.salescadence", NULL);
  g_autoptr(ScStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Subject subjects[] = { { "10 years" }, { "fiscal year" } };
  ScDay last;

  setlocale (LC_ALL, "");
  if (!sc_sample_write (path, 10, &error) ||
      (store = sc_store_open (path, SC_STORE_OPEN_READ_ONLY, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  /* The whole history, as --from and --to can ask; and the fiscal year to
   * date, what --export-xlsx writes by default. */
  g_assert_true (sc_store_value_span (store, &subjects[0].from, &last));
  subjects[0].to = sc_store_get_today (store);
  sc_export_default_period (store, &subjects[1].from, &subjects[1].to);

  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    measure (store, dir, &subjects[s], rounds);

  g_print ("Workbook export of a 10-year file against a plain libxlsxwriter loop writing\n"
           "the same cells with the same formats; median of %u runs, alternating\n\n", rounds);
  g_print ("%-12s %6s %7s %7s %7s %8s %6s %7s %6s\n", "period", "sheets", "cells", "strings",
           "numbers", "formulas", "blanks", "formats", "charts");
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      Subject *sub = &subjects[s];

      g_print ("%-12s %6u %7u %7u %7u %8u %6u %7u %6u\n", sub->label, sub->n_sheets,
               sub->n_cells, sub->kinds[CELL_STRING],
               sub->kinds[CELL_NUMBER] + sub->kinds[CELL_DATETIME],
               sub->kinds[CELL_FORMULA_NUM] + sub->kinds[CELL_FORMULA_STR],
               sub->kinds[CELL_BLANK], sub->n_formats, sub->n_charts);
    }
  g_print ("\n%-12s %9s %8s %6s %9s %8s %6s\n", "", "export", "loop", "", "export", "loop", "");
  g_print ("%-12s %9s %8s %6s %9s %8s %6s\n", "period", "wall ms", "wall ms", "ratio", "CPU ms",
           "CPU ms", "ratio");
  for (guint s = 0; s < G_N_ELEMENTS (subjects); s++)
    {
      Subject *sub = &subjects[s];

      g_print ("%-12s %9.1f %8.1f %6.2f %9.1f %8.1f %6.2f\n", sub->label, sub->export_ms,
               sub->loop_ms, sub->export_ms / sub->loop_ms, sub->export_cpu, sub->loop_cpu,
               sub->export_cpu / sub->loop_cpu);
    }
  g_print ("\n10-year export ÷ plain libxlsxwriter loop: %.2f (target ≤ 1.5); in CPU time: %.2f\n",
           subjects[0].export_ms / subjects[0].loop_ms,
           subjects[0].export_cpu / subjects[0].loop_cpu);

  g_clear_object (&store);
  g_unlink (path);
  g_rmdir (dir);
  record_reset ();
  return 0;
}
