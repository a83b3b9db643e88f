import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { open } from "node:fs/promises";
import { constants, deflateRawSync } from "node:zlib";

import yazl from "yazl";

const FIXED_MTIME = new Date("2025-01-01T00:00:00Z");

/**
 * Writes a reproducible ZIP (fixed timestamps and modes, given order) whose
 * entries are the given paths; objects become JSON, indented when asked.
 */
export async function writeZip(
  path: string,
  files: Record<string, unknown>,
  indent?: number,
): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [name, content] of Object.entries(files)) {
    const text =
      typeof content === "string"
        ? content
        : JSON.stringify(content, null, indent);
    const options = { mtime: FIXED_MTIME, mode: 0o100644 };
    zip.addBuffer(Buffer.from(text, "utf8"), name, options);
  }
  zip.end();
  const out = createWriteStream(path);
  zip.outputStream.pipe(out);
  await once(out, "close");
}

/**
 * Writes a one-entry ZIP whose entry inflates to `inflatedBytes` of zeros
 * while the file itself stays a few megabytes. `declaredBytes` is what the
 * headers claim (a lying header declares less than the real size). Built by
 * hand: repeating one fully flushed deflate block is valid deflate data and
 * costs no compression time. The CRC is left at 0; readers must refuse the
 * entry long before they could check it.
 */
export async function writeZipBomb(
  path: string,
  name: string,
  inflatedBytes: number,
  declaredBytes = inflatedBytes,
): Promise<void> {
  const chunkSize = 1024 * 1024;
  const block = deflateRawSync(Buffer.alloc(chunkSize), {
    finishFlush: constants.Z_FULL_FLUSH,
  });
  const finalBlock = deflateRawSync(Buffer.alloc(0));
  const repeats = Math.ceil(inflatedBytes / chunkSize);
  const compressedSize = block.length * repeats + finalBlock.length;
  const nameBytes = Buffer.from(name, "utf8");

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0800, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(compressedSize, 18);
  local.writeUInt32LE(declaredBytes, 22);
  local.writeUInt16LE(nameBytes.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0, 16);
  central.writeUInt32LE(compressedSize, 20);
  central.writeUInt32LE(declaredBytes, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);

  const centralOffset = local.length + nameBytes.length + compressedSize;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);

  const handle = await open(path, "w");
  try {
    await handle.write(local);
    await handle.write(nameBytes);
    for (let index = 0; index < repeats; index += 1) await handle.write(block);
    await handle.write(finalBlock);
    await handle.write(central);
    await handle.write(nameBytes);
    await handle.write(end);
  } finally {
    await handle.close();
  }
}
