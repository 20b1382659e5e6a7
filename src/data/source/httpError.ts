/** A file the server did not deliver; the UI words it in the reader's language. */
export class HttpError extends Error {
  readonly url: string;
  readonly status: number;
  constructor(url: string, status: number) {
    super(`Could not load ${url} (HTTP ${status}).`);
    this.name = "HttpError";
    this.url = url;
    this.status = status;
  }
}
