// Reads a PDF with pdf.js (the reader in Firefox and many web viewers) and prints what it understood, as JSON:
// per page the extracted text, the structure tree and the annotations, and for the document the page labels and the outline.
// Usage: node pdfjs-inspect.mjs FILE.pdf   (tests in SiteGen.Typesetting.Tests call it)
import { readFile } from "node:fs/promises";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

const path = process.argv[2];
if (!path) {
  console.error("usage: node pdfjs-inspect.mjs FILE.pdf");
  process.exit(2);
}
const data = new Uint8Array(await readFile(path));
const doc = await getDocument({ data, useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;

const pages = [];
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent({ includeMarkedContent: true });
  const text = content.items.filter((i) => typeof i.str === "string").map((i) => i.str).join("");
  const marked = content.items.filter((i) => i.type === "beginMarkedContentProps" || i.type === "beginMarkedContent")
    .map((i) => i.tag);
  const structTree = await page.getStructTree();
  // Link annotations as a reader sees them: its id (the structure tree names it "pdfjs_internal_id_" + id), its URL or destination.
  const annotations = (await page.getAnnotations()).map((a) => ({
    subtype: a.subtype, id: a.id, url: a.url ?? null, unsafeUrl: a.unsafeUrl ?? null, dest: a.dest ?? null,
  }));
  pages.push({ number: n, text, marked, structTree, annotations });
}

const outline = (items) => (items ?? []).map((o) => ({ title: o.title, items: outline(o.items) }));
console.log(JSON.stringify({
  pages,
  pageLabels: await doc.getPageLabels(),
  outline: outline(await doc.getOutline()),
}));
