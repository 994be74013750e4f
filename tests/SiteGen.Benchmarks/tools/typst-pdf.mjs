// The Typst peer: sets one Typst source as a PDF with Typst 0.14 (typst-ts-node-compiler), fonts only from the
// folders given, so it uses the same faces as SiteGen. Usage: node typst-pdf.mjs IN.typ OUT.pdf FONTDIR...
import { readFileSync, writeFileSync } from 'node:fs';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [source, pdf, ...fontPaths] = process.argv.slice(2);
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths }] });
const bytes = compiler.pdf({ mainFileContent: readFileSync(source, 'utf8') });
writeFileSync(pdf, bytes);
