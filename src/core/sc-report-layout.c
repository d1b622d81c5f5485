/* sc-report-layout.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Lays a report out on one page and paints it. Measuring is separate from
 * painting: every block's height is measured with Pango at a font scale
 * (tables row by row), then the fit chooses the largest scale at which
 * everything holds (down to MIN_SCALE) and, if that is not enough, how
 * many rows each table shows, from the longest table first; then the page
 * is painted from those measures. The ruled notes area takes what room is
 * left.
 *
 * User units are points: type sizes are set as absolute sizes, so that
 * the PDF surface, the printer's context and a PNG agree whatever
 * resolution their Pango context assumes.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include "sc-report-layout-private.h"

/* The type shrinks down to 0.8 (7 points) at most; it may grow on a page
 * with room up to the report's max_scale. */
#define MIN_SCALE     0.8
#define SCALE_STEP    0.04
/* A chart takes the room left, up to this much of its own height more. */
#define CHART_GROWTH  0.9
/* The type grows only if the notes area keeps this much room. */
#define NOTES_ROOM    96.0

/* Text ---------------------------------------------------------------------- */

void
_sc_report_ts_init (ScReportTs *ts,
                    cairo_t    *cr,
                    ScLang      lang)
{
  ts->cr = cr;
  ts->lang = lang;
  ts->layout = pango_cairo_create_layout (cr);
  ts->font = pango_font_description_from_string ("Sans");
  pango_layout_set_wrap (ts->layout, PANGO_WRAP_WORD_CHAR);
  sc_chart_style_init_light (&ts->chart, SC_REPORT_CHART_PT);
  /* The page is white already; a chart must not paint a box over a
   * table's shading. */
  ts->chart.background.alpha = 0;
  _sc_report_ts_set_scale (ts, 1);
}

void
_sc_report_ts_clear (ScReportTs *ts)
{
  g_clear_object (&ts->layout);
  g_clear_pointer (&ts->font, pango_font_description_free);
  sc_chart_style_clear (&ts->chart);
}

/* Sets the layout for text at size points (scaled), within width; lines
 * beyond max_lines (0: no limit) are cut with an ellipsis. */
void
_sc_report_ts_set (ScReportTs        *ts,
                   const char        *text,
                   double             size,
                   ScReportTextFlags  flags,
                   double             width,
                   guint              max_lines,
                   PangoAlignment     align)
{
  pango_font_description_set_absolute_size (ts->font, size * ts->scale * PANGO_SCALE);
  pango_font_description_set_weight (ts->font, flags & SC_REPORT_TEXT_BOLD ? PANGO_WEIGHT_BOLD
                                                                          : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (ts->font, flags & SC_REPORT_TEXT_ITALIC ? PANGO_STYLE_ITALIC
                                                                           : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (ts->layout, ts->font);
  pango_layout_set_width (ts->layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
  pango_layout_set_height (ts->layout, max_lines > 0 ? -(int) max_lines : -1);
  pango_layout_set_ellipsize (ts->layout, max_lines > 0 ? PANGO_ELLIPSIZE_END
                                                        : PANGO_ELLIPSIZE_NONE);
  pango_layout_set_alignment (ts->layout, align);
  pango_layout_set_attributes (ts->layout, NULL);
  pango_layout_set_text (ts->layout, text, -1);
}

/* Like _sc_report_ts_set (), with Pango markup (already escaped). */
void
_sc_report_ts_set_markup (ScReportTs *ts,
                          const char *markup,
                          double      size,
                          double      width,
                          guint       max_lines)
{
  _sc_report_ts_set (ts, "", size, SC_REPORT_TEXT_PLAIN, width, max_lines, PANGO_ALIGN_LEFT);
  pango_layout_set_markup (ts->layout, markup, -1);
}

double
_sc_report_ts_height (ScReportTs *ts)
{
  PangoRectangle logical;

  pango_layout_get_extents (ts->layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

double
_sc_report_ts_width (ScReportTs *ts)
{
  PangoRectangle logical;

  pango_layout_get_extents (ts->layout, NULL, &logical);
  return (double) logical.width / PANGO_SCALE;
}

/* The first line's height, to centre a marker on it. */
double
_sc_report_ts_line_height (ScReportTs *ts)
{
  PangoLayoutIter *iter = pango_layout_get_iter (ts->layout);
  PangoRectangle logical;

  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  pango_layout_iter_free (iter);
  return (double) logical.height / PANGO_SCALE;
}

void
_sc_report_ts_show (ScReportTs          *ts,
                    double               x,
                    double               y,
                    const ScChartColor  *color)
{
  cairo_set_source_rgba (ts->cr, color->red, color->green, color->blue, color->alpha);
  cairo_move_to (ts->cr, x, y);
  pango_cairo_show_layout (ts->cr, ts->layout);
}

/* The colours of the page: near-black ink; a dim grey still dark enough
 * for a photocopy; hairlines; the shading of every other row. */
const ScChartColor sc_report_ink = { 0.12, 0.12, 0.12, 1 };
const ScChartColor sc_report_dim = { 0.33, 0.33, 0.35, 1 };
const ScChartColor sc_report_rule = { 0.72, 0.72, 0.74, 1 };
const ScChartColor sc_report_shade = { 0.955, 0.955, 0.96, 1 };
const ScChartColor sc_report_accent = { 0.11, 0.44, 0.85, 1 };

void
_sc_report_hline (cairo_t            *cr,
                  double              x,
                  double              y,
                  double              width,
                  double              line_width,
                  const ScChartColor *color)
{
  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
  cairo_set_line_width (cr, line_width);
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  cairo_stroke (cr);
}

/* Measuring ------------------------------------------------------------------ */

static double
measure_block (ScReportTs          *ts,
               const ScReportBlock *block,
               double               width,
               ScReportSize        *size)
{
  double s = ts->scale;

  switch (block->kind)
    {
    case SC_REPORT_BLOCK_HEADING:
      _sc_report_ts_set (ts, block->text, SC_REPORT_HEADING_PT, SC_REPORT_TEXT_BOLD, width, 1,
                         PANGO_ALIGN_LEFT);
      return SC_REPORT_HEADING_GAP * s + _sc_report_ts_height (ts) + 3 * s;
    case SC_REPORT_BLOCK_PARAGRAPH:
      _sc_report_ts_set (ts, block->text,
                         block->flags & SC_REPORT_TEXT_SMALL ? SC_REPORT_DETAIL_PT
                                                             : SC_REPORT_BODY_PT,
                         block->flags, width, 6, PANGO_ALIGN_LEFT);
      return _sc_report_ts_height (ts) + 4 * s;
    case SC_REPORT_BLOCK_TABLE:
      return _sc_report_measure_table (ts, block, width, size);
    case SC_REPORT_BLOCK_CHART:
      return block->chart_height * s + 6 * s;
    case SC_REPORT_BLOCK_NOTES_AREA:
    default:
      /* Whatever is left: nothing is needed, but room for notes is worth
       * more than larger type. */
      return s > 1 ? NOTES_ROOM : 0;
    }
}

static void
sizes_clear (GArray *sizes)
{
  for (guint i = 0; i < sizes->len; i++)
    g_clear_pointer (&g_array_index (sizes, ScReportSize, i).rows, g_array_unref);
  g_array_set_size (sizes, 0);
}

/* The height of the blocks with the rows each table shows now. */
static double
blocks_height (const ScReport *report,
               GArray         *sizes)
{
  double total = 0;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      const ScReportBlock *block = g_ptr_array_index (report->blocks, i);
      const ScReportSize *size = &g_array_index (sizes, ScReportSize, i);

      total += size->fixed;
      if (block->kind != SC_REPORT_BLOCK_TABLE || block->rows->len == 0)
        continue;
      for (guint r = 0; r < block->shown; r++)
        total += g_array_index (size->rows, double, r);
      if (block->shown < block->rows->len)
        total += size->more;
    }
  return total;
}

static void
measure_blocks (ScReportTs     *ts,
                const ScReport *report,
                double          width,
                GArray         *sizes)
{
  sizes_clear (sizes);
  g_array_set_size (sizes, report->blocks->len);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      ScReportSize *size = &g_array_index (sizes, ScReportSize, i);

      size->fixed = measure_block (ts, g_ptr_array_index (report->blocks, i), width, size);
    }
}

/* Fitting --------------------------------------------------------------------- */

static void
show_all_rows (ScReport *report)
{
  for (guint i = 0; i < report->blocks->len; i++)
    {
      ScReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == SC_REPORT_BLOCK_TABLE)
        block->shown = block->rows->len;
    }
}

/* One row less in the table that shows the most rows beyond what it
 * keeps (the later one on a tie: what comes last matters least). */
static gboolean
cut_one_row (ScReport *report)
{
  ScReportBlock *longest = NULL;

  for (guint i = 0; i < report->blocks->len; i++)
    {
      ScReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind != SC_REPORT_BLOCK_TABLE || block->shown <= block->keep)
        continue;
      if (longest == NULL || block->shown - block->keep >= longest->shown - longest->keep)
        longest = block;
    }
  if (longest == NULL)
    return FALSE;
  longest->shown--;
  return TRUE;
}

void
_sc_report_ts_set_scale (ScReportTs *ts,
                         double      scale)
{
  ts->scale = scale;
  pango_font_description_set_absolute_size (ts->chart.font,
                                            SC_REPORT_CHART_PT * scale * PANGO_SCALE);
}

/* The first chart takes the room left, unless a notes area wants it. */
static void
grow_chart (const ScReport *report,
            double          scale,
            double          room,
            GArray         *sizes)
{
  for (guint i = 0; i < report->blocks->len && room > 0; i++)
    {
      const ScReportBlock *block = g_ptr_array_index (report->blocks, i);

      if (block->kind == SC_REPORT_BLOCK_NOTES_AREA)
        return;
      if (block->kind == SC_REPORT_BLOCK_CHART)
        {
          g_array_index (sizes, ScReportSize, i).fixed +=
            MIN (room, block->chart_height * scale * CHART_GROWTH);
          return;
        }
    }
}

/* Chooses the scale and the rows shown so that the header and the blocks
 * hold above bottom; sizes are left measured at that scale. Returns the
 * header's height. */
static double
fit (ScReport          *report,
     ScReportTs        *ts,
     const ScChartRect *area,
     double             bottom,
     GArray            *sizes)
{
  double header = 0;

  show_all_rows (report);
  for (double scale = report->max_scale; ; scale -= SCALE_STEP)
    {
      _sc_report_ts_set_scale (ts, MAX (scale, MIN_SCALE));
      header = _sc_report_paint_header (ts, report, area, FALSE);
      measure_blocks (ts, report, area->width, sizes);
      if (blocks_height (report, sizes) <= bottom - area->y - header ||
          ts->scale <= MIN_SCALE + 1e-9)
        break;
    }
  while (blocks_height (report, sizes) > bottom - area->y - header && cut_one_row (report))
    ;
  grow_chart (report, ts->scale, bottom - area->y - header - blocks_height (report, sizes),
              sizes);
  return header;
}

/* The page -------------------------------------------------------------------- */

static double
paint_block (ScReportTs          *ts,
             const ScReportBlock *block,
             const ScReportSize  *size,
             const ScChartRect   *area)
{
  double s = ts->scale, y = area->y;

  switch (block->kind)
    {
    case SC_REPORT_BLOCK_HEADING:
      return _sc_report_paint_heading (ts, block, area);
    case SC_REPORT_BLOCK_PARAGRAPH:
      _sc_report_ts_set (ts, block->text,
                         block->flags & SC_REPORT_TEXT_SMALL ? SC_REPORT_DETAIL_PT
                                                             : SC_REPORT_BODY_PT,
                         block->flags, area->width, 6, PANGO_ALIGN_LEFT);
      _sc_report_ts_show (ts, area->x, y, block->flags & SC_REPORT_TEXT_DIM ? &sc_report_dim
                                                                           : &sc_report_ink);
      return y + size->fixed;
    case SC_REPORT_BLOCK_TABLE:
      return _sc_report_paint_table (ts, block, size, area);
    case SC_REPORT_BLOCK_CHART:
      sc_chart_draw (ts->cr, block->chart_kind, block->chart, &ts->chart,
                     &(ScChartRect) { area->x, y + 2 * s, area->width, size->fixed - 6 * s },
                     -1);
      return y + size->fixed;
    case SC_REPORT_BLOCK_NOTES_AREA:
    default:
      return _sc_report_paint_notes_area (ts, block, area);
    }
}

guint
_sc_report_layout_paint (ScReport          *report,
                         cairo_t           *cr,
                         const ScChartRect *page)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, TRUE, sizeof (ScReportSize));
  ScChartRect content, area;
  ScReportTs ts;
  double footer, bottom, header;
  guint cut = 0;

  content = (ScChartRect) { page->x + SC_REPORT_MARGIN, page->y + SC_REPORT_MARGIN,
                            page->width - 2 * SC_REPORT_MARGIN,
                            page->height - 2 * SC_REPORT_MARGIN };
  /* Nothing sensible fits on a label-sized page. */
  if (content.width < 72 || content.height < 72)
    return 0;
  cairo_save (cr);
  _sc_report_ts_init (&ts, cr, report->lang);
  footer = _sc_report_paint_footer (&ts, report, &content, FALSE);
  bottom = content.y + content.height - footer;
  header = fit (report, &ts, &content, bottom, sizes);
  report->scale = ts.scale;

  _sc_report_paint_header (&ts, report, &content, TRUE);
  area = (ScChartRect) { content.x, content.y + header, content.width,
                         bottom - content.y - header };
  /* What still does not hold (a very long paragraph) is cut at the
   * footer: one page, always. */
  cairo_save (cr);
  cairo_rectangle (cr, page->x, area.y, page->width, area.height);
  cairo_clip (cr);
  for (guint i = 0; i < report->blocks->len; i++)
    {
      ScReportBlock *block = g_ptr_array_index (report->blocks, i);
      double next = paint_block (&ts, block, &g_array_index (sizes, ScReportSize, i), &area);

      area.height -= next - area.y;
      area.y = next;
      if (block->kind == SC_REPORT_BLOCK_TABLE)
        cut += block->rows->len - block->shown;
    }
  cairo_restore (cr);
  _sc_report_paint_footer (&ts, report, &(ScChartRect) { content.x, bottom, content.width,
                                                         footer }, TRUE);
  sizes_clear (sizes);
  _sc_report_ts_clear (&ts);
  cairo_restore (cr);
  return cut;
}
