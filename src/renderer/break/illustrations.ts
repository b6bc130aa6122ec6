/**
 * The exercise drawings, emitted by the build as files (not inlined into the script,
 * which keeps the break view's JavaScript small) and looked up by file name.
 */
const urls = import.meta.glob<string>('../../../assets/exercises/*.svg', {
  eager: true,
  query: '?url&no-inline',
  import: 'default',
});

const byName = new Map(
  Object.entries(urls).map(([path, url]) => [path.slice(path.lastIndexOf('/') + 1), url]),
);

/** The URL of a drawing from the catalogue's `illustration` file name, if it exists. */
export function getIllustrationUrl(fileName: string): string | undefined {
  return byName.get(fileName);
}
