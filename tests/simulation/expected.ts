/** What one trace must print: its events in order and parts of its summary. */
export interface Expected {
  why: string;
  events: string[];
  summary: Record<string, unknown>;
}
