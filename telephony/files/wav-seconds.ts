/** The length of a PCM WAV file in seconds, from its header (0 when it is not one). */
export function wavSeconds(file: Buffer): number {
  if (file.length < 44 || file.toString('ascii', 0, 4) !== 'RIFF' || file.toString('ascii', 8, 12) !== 'WAVE') return 0;
  let offset = 12;
  let byteRate = 0;
  while (offset + 8 <= file.length) {
    const id = file.toString('ascii', offset, offset + 4);
    const size = file.readUInt32LE(offset + 4);
    if (id === 'fmt ') byteRate = file.readUInt32LE(offset + 16);
    if (id === 'data') return byteRate === 0 ? 0 : Math.min(size, file.length - offset - 8) / byteRate;
    offset += 8 + size + (size % 2);
  }
  return 0;
}
