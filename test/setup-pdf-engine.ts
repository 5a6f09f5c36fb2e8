// Every test thread parses PDFs as the CLI does: PDFium's .wasm read from the installed package.
import { usePdfiumFromPackage } from '../src/cli/pdfium-wasm';

usePdfiumFromPackage();
