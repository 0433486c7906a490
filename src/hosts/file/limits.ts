// Size limits for files read by the file host (documented in the README): a real 申报表 document is well under
// 1 MB; the limits only stop hostile or mistaken inputs from exhausting memory or time.
/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest total uncompressed size of the parts read from one .docx/.xlsx (a zip bomb is refused). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Largest part other than an image: parts are parsed whole (a DOM, exceljs's model) at many times their size. */
export const MAX_PART_BYTES = 20 * 1024 * 1024;
/** Most tags in XML parsed into a DOM: each element costs about 1 KB however few bytes it takes (`<a/>`). */
export const MAX_XML_TAGS = 1_500_000;
/** Most positions (rows × columns) in one table or sheet, and most cells under one sheet's merged areas. */
export const MAX_GRID_CELLS = 1_000_000;
/** Most merged areas in one sheet: exceljs checks each against all the ones before it while loading. */
export const MAX_SHEET_MERGES = 5_000;
