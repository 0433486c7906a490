// Byte-level builders for hostile packages that no honest writer produces: zips whose central directory lies
// about sizes (bombs), and the OLE compound file Office writes for a password-protected document.
import { constants, crc32, deflateRawSync } from 'zlib';

export interface ZipPart {
  readonly name: string;
  /** The part's content, deflated here with its true size and CRC… */
  readonly data?: string | Uint8Array;
  /** …or a raw deflate stream given as is (a bomb never exists inflated in this process). */
  readonly deflated?: Uint8Array;
  /** The uncompressed size written in the headers; a lie when it differs from what the stream inflates to. */
  readonly declaredSize?: number;
}

const u16 = (n: number) => Buffer.from([n & 0xff, (n >>> 8) & 0xff]);
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A zip (deflate, no data descriptors) with the headers each part asks for. */
export function zipBytes(parts: readonly ZipPart[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, 'utf8');
    const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : part.data && Buffer.from(part.data);
    const body = part.deflated ? Buffer.from(part.deflated) : deflateRawSync(raw ?? Buffer.alloc(0));
    const size = part.declaredSize ?? raw?.length ?? 0;
    const crc = raw ? crc32(raw) : 0;
    // version 20, flags: UTF-8 names, method 8 (deflate), time/date 0
    const common = [
      u16(20),
      u16(0x0800),
      u16(8),
      u16(0),
      u16(0),
      u32(crc),
      u32(body.length),
      u32(size),
      u16(name.length),
    ];
    const local = Buffer.concat([u32(0x04034b50), ...common, u16(0), name]);
    central.push(
      Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u16(0), u32(0), u32(offset), name]),
    );
    chunks.push(local, body);
    offset += local.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(parts.length),
    u16(parts.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/**
 * A raw deflate stream that inflates to `mib` MiB of zeros: one sync-flushed block of 1 MiB repeated, then an empty
 * final block — about 1 KB per MiB, built in microseconds, the way real zip bombs are.
 */
export function zerosDeflated(mib: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1 << 20), { finishFlush: constants.Z_SYNC_FLUSH });
  return new Uint8Array(Buffer.concat([...Array<Buffer>(mib).fill(block), Buffer.from([0x03, 0x00])]));
}

const FREE = 0xffffffff;
const END_OF_CHAIN = 0xfffffffe;
const FAT_SECTOR = 0xfffffffd;
const NO_STREAM = 0xffffffff;

function directoryEntry(name: string, type: 0 | 1 | 2 | 5, child = NO_STREAM, right = NO_STREAM): Buffer {
  const entry = Buffer.alloc(128);
  if (type !== 0) {
    entry.write(name, 0, 'utf16le');
    entry.writeUInt16LE((name.length + 1) * 2, 64);
  }
  entry[66] = type;
  entry[67] = 1; // black: a valid red-black tree of siblings
  entry.writeUInt32LE(NO_STREAM, 68); // left sibling
  entry.writeUInt32LE(right, 72);
  entry.writeUInt32LE(child, 76);
  entry.writeUInt32LE(END_OF_CHAIN, 116); // empty streams start nowhere
  return entry;
}

/**
 * The compound file (CFB v3) a password-protected .docx/.xlsx is saved as: EncryptionInfo and EncryptedPackage
 * streams instead of a zip. Minimal (empty streams) but structurally valid: one FAT sector, one directory sector.
 */
export function encryptedPackageBytes(): Uint8Array {
  const header = Buffer.alloc(512);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // FAT sectors
  header.writeUInt32LE(1, 48); // first directory sector
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  fat.writeUInt32LE(END_OF_CHAIN, 4);
  const directory = Buffer.concat([
    directoryEntry('Root Entry', 5, 1),
    directoryEntry('EncryptionInfo', 2, NO_STREAM, 2),
    directoryEntry('EncryptedPackage', 2),
    directoryEntry('', 0),
  ]);
  return new Uint8Array(Buffer.concat([header, fat, directory]));
}
