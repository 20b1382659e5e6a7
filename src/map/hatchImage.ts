/** Diagonal hatching for "did not answer", drawn in memory so nothing is fetched. */
export function hatchImage(color: string, size = 16): { width: number; height: number; data: Uint8Array } {
  const data = new Uint8Array(size * size * 4);
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onStripe = (x + y) % 8 < 2;
      const o = (y * size + x) * 4;
      data.set(onStripe ? [r, g, b, 255] : [0, 0, 0, 0], o);
    }
  }
  return { width: size, height: size, data };
}
