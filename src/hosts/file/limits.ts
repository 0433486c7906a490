// Size limits for files read by the file host (documented in the README): a real 申报表 document is well under
// 1 MB; the limits only stop hostile or mistaken inputs from exhausting memory.
/** Largest file accepted, in bytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest total uncompressed size of the parts read from one .docx/.xlsx (a zip bomb is refused). */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
