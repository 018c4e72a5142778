// Validates an AsyncAPI document (and every schema it references) with the AsyncAPI parser; exits 1 on any error.
import { Parser, fromFile } from '@asyncapi/parser';
import path from 'node:path';

const file = path.resolve(process.argv[2]);
const parser = new Parser();
const { document, diagnostics } = await fromFile(parser, file).parse();
const errors = diagnostics.filter(d => d.severity === 0);
for (const d of diagnostics) {
  console.log(`${['error', 'warning', 'info', 'hint'][d.severity]} ${d.code}: ${d.message} at ${d.path.join('.')}`);
}
if (!document || errors.length > 0) {
  console.log(`${file}: ${errors.length} errors`);
  process.exit(1);
}
console.log(`${file}: valid AsyncAPI ${document.version()}, ${document.channels().length} channels, ${document.messages().length} messages, ${diagnostics.length - errors.length} warnings`);
