// The vectors inside an hnswlib index file, read straight from its bytes, so a snapshot need not
// store them a second time. hnswlib's own getPoint builds a JavaScript array per call (45 µs each:
// 4.5 s at 100,000 passages); reading the file's level-0 block takes milliseconds.
//
// Layout written by hnswlib 0.7–0.8 `saveIndex` (little-endian, size_t = 8 bytes): a 96-byte header
// (offsetLevel0, maxElements, count, sizeDataPerElement, labelOffset, offsetData, maxLevel:int32,
// entryPoint:uint32, maxM, maxM0, M, mult:double, efConstruction), then `count` level-0 records of
// `sizeDataPerElement` bytes each: links, the vector (float32, normalised for cosine) at
// `offsetData`, the label (size_t) at `labelOffset`.

const HEADER_BYTES = 96;

/**
 * The vectors of an hnswlib index file of `count` points (deleted ones included), the vector
 * labelled `label` at position `label`; undefined when the bytes are not laid out as expected
 * (another hnswlib version), so the caller can ask hnswlib instead.
 */
export function vectorsFromHnswFile(bytes: Uint8Array, dimension: number, count: number): Float32Array[] | undefined {
  if (bytes.byteLength < HEADER_BYTES) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const size = (offset: number): number => Number(view.getBigUint64(offset, true));
  const offsetLevel0 = size(0);
  const elements = size(16);
  const recordBytes = size(24);
  const labelOffset = size(32);
  const offsetData = size(40);
  const vectorBytes = dimension * 4;
  const layoutFits =
    offsetLevel0 === 0 &&
    elements === count &&
    offsetData + vectorBytes <= labelOffset &&
    labelOffset + 8 <= recordBytes &&
    HEADER_BYTES + count * recordBytes <= bytes.byteLength;
  if (!layoutFits) return undefined;

  const vectors = new Array<Float32Array | undefined>(count).fill(undefined);
  const flat = new Float32Array(count * dimension);
  for (let record = 0; record < count; record += 1) {
    const start = HEADER_BYTES + record * recordBytes;
    const label = size(start + labelOffset);
    if (label >= count || vectors[label] !== undefined) return undefined;
    const row = flat.subarray(label * dimension, (label + 1) * dimension);
    // Copy through bytes: the record's float32s need not be 4-byte aligned in the file buffer.
    new Uint8Array(row.buffer, row.byteOffset, vectorBytes).set(bytes.subarray(start + offsetData, start + offsetData + vectorBytes));
    vectors[label] = row;
  }
  return vectors as Float32Array[];
}
