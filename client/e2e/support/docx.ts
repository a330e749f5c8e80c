import { inflateRawSync } from 'node:zlib';

/**
 * The text of one part of a .docx (a zip file), read through the zip's central directory: enough for a test to
 * look inside a downloaded document without another package.
 */
export function docxPart(docx: Buffer, name = 'word/document.xml'): string {
  const end = docx.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) {
    throw new Error('not a zip file');
  }
  const entries = docx.readUInt16LE(end + 10);
  let at = docx.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    const method = docx.readUInt16LE(at + 10);
    const size = docx.readUInt32LE(at + 20);
    const nameLength = docx.readUInt16LE(at + 28);
    const skip = nameLength + docx.readUInt16LE(at + 30) + docx.readUInt16LE(at + 32);
    const local = docx.readUInt32LE(at + 42);
    if (docx.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + docx.readUInt16LE(local + 26) + docx.readUInt16LE(local + 28);
      const data = docx.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + skip;
  }
  throw new Error(`${name} is not in the document`);
}
