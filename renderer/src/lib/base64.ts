/** A multiple of 3, so every chunk but the last encodes without padding and the pieces join cleanly. */
const chunkBytes = 3 * 16 * 1024;
/** About a megabyte of input between pauses, so encoding a large file never freezes the window. */
const chunksPerPause = 21;

/**
 * Encodes bytes as base64 a chunk at a time: `String.fromCharCode` on a whole file
 * overflows the call stack, and growing one string byte by byte is quadratic.
 */
export async function bytesToBase64(bytes: Uint8Array, pause: () => Promise<void> = nextTask): Promise<string> {
  const parts: string[] = [];
  for (let start = 0, n = 0; start < bytes.length; start += chunkBytes, n++) {
    if (n > 0 && n % chunksPerPause === 0) await pause();
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + chunkBytes))));
  }
  return parts.join('');
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
