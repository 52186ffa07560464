/** A #status element for pane actions run under node: the test reads what the pane would show. */
export function fakeStatus(): { text: string; kind: string } {
  const shown = { text: "", kind: "" };
  const element = {
    set textContent(text: string) {
      shown.text = text;
    },
    set className(kind: string) {
      shown.kind = kind;
    },
  };
  (globalThis as { document?: unknown }).document = { getElementById: () => element };
  return shown;
}
