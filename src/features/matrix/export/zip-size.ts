/**
 * How large a zip (an .xlsx is one) says it is once inflated, read from its central directory
 * without inflating anything (APPNOTE.TXT, "End of central directory record" and "Central
 * directory structure": https://pkware.cachefly.net/webdocs/casestudies/APPNOTE.TXT). A zip bomb
 * states its true size there unless it lies; a lying one is stopped by the reading time limit.
 */

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_MARK = 0xffffffff;

/**
 * The sum of the entries' uncompressed sizes; `Infinity` for what cannot be measured (ZIP64 sizes,
 * a directory past the end); `null` when the bytes are not a zip at all.
 */
export function zipUncompressedSize(bytes: ArrayBuffer): number | null {
  const view = new DataView(bytes);
  // The record is 22 bytes plus a comment of up to 65,535: search backwards from the end.
  const last = view.byteLength - 22;
  let end = -1;
  for (let at = last; at >= Math.max(0, last - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== DIRECTORY_ENTRY) return Infinity;
    const size = view.getUint32(at + 24, true);
    if (size === ZIP64_MARK) return Infinity;
    total += size;
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return total;
}
