/* sc-report-pdf.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report as a one-page PDF file. The page is drawn into memory, then
 * written under a temporary name beside the target and renamed into place
 * (g_file_set_contents_full ()): the target is either untouched or the
 * whole report. The company file, or any other database a slip of the
 * mouse could name, is never replaced.
 */

#define G_LOG_DOMAIN "sc-report"

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>
#include <glib/gi18n.h>

#include "sc-report-private.h"

/* The file's identity (device and inode), or NULL when it does not exist. */
static char *
file_id (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ID_FILE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  return info ? g_strdup (g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE))
              : NULL;
}

/* Whether path starts like a SQLite database. */
static gboolean
holds_database (const char *path)
{
  static const char magic[] = "SQLite format 3";
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInputStream) in = g_file_read (file, NULL, NULL);
  char head[sizeof magic] = { 0 };
  gsize n = 0;

  return in != NULL &&
         g_input_stream_read_all (G_INPUT_STREAM (in), head, sizeof head, &n, NULL, NULL) &&
         n == sizeof head && memcmp (head, magic, sizeof head) == 0;
}

static gboolean
check_target (const ScReport  *report,
              const char      *path,
              GError         **error)
{
  g_autofree char *target = file_id (path);
  g_autofree char *company = report->company_path ? file_id (report->company_path) : NULL;
  g_autofree char *name = g_filename_display_name (path);

  if (target != NULL && g_strcmp0 (target, company) == 0)
    g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_SAME_FILE,
                 _("“%s” is the company file: choose another name for the report."), name);
  else if (g_file_test (path, G_FILE_TEST_IS_DIR))
    g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_IO,
                 _("“%s” is a folder: choose a file name for the report."), name);
  else if (holds_database (path))
    g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_SAME_FILE,
                 _("“%s” is a database, perhaps a company file: it is not replaced by a "
                   "report."), name);
  else
    return TRUE;
  return FALSE;
}

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GByteArray *
render (ScReport *report,
        ScPaper   paper,
        GError  **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  sc_paper_get_size (paper, &width, &height);
  surface = cairo_pdf_surface_create_for_stream (append_cb, bytes, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, report->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, report->company);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "SalesCadence");
  cr = cairo_create (surface);
  sc_report_draw (report, cr, width, height);
  cairo_show_page (cr);
  cairo_destroy (cr);
  /* The document is complete only once the surface is finished. */
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_IO,
                   _("The report could not be drawn: %s."), cairo_status_to_string (status));
      return NULL;
    }
  return g_steal_pointer (&bytes);
}

gboolean
sc_report_write_pdf (ScReport    *report,
                     ScPaper      paper,
                     const char  *path,
                     GError     **error)
{
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (report != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_target (report, path, error))
    return FALSE;
  bytes = render (report, paper, error);
  if (bytes == NULL)
    return FALSE;
  /* 0666: a report is a document like any other, the umask decides. */
  if (g_file_set_contents_full (path, (const char *) bytes->data, bytes->len,
                                G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                0666, &local))
    return TRUE;

  name = g_filename_display_name (path);
  if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_IO,
                 _("“%s” cannot be written: its folder does not exist."), name);
  else if (g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
           g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_ROFS) ||
           g_error_matches (local, G_FILE_ERROR, G_FILE_ERROR_PERM))
    g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_IO,
                 _("“%s” cannot be written: the folder is read-only."), name);
  else
    g_set_error (error, SC_REPORT_ERROR, SC_REPORT_ERROR_IO, _("“%s” could not be written."),
                 name);
  return FALSE;
}
