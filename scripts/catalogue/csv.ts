/**
 * RFC 4180 CSV reader: quoted fields may hold commas, newlines and doubled quotes; CRLF or LF;
 * a UTF-8 byte-order mark is ignored. Returns records with the 1-based line each starts on,
 * and flags a record whose quote never closes (the rest of the file went into one field).
 */
export interface CsvRecord {
  line: number;
  fields: string[];
  /** A quoted field was still open at the end of the file. */
  unterminated?: boolean;
}

export function parseCsv(text: string): CsvRecord[] {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ line: recordLine, fields });
    fields = [];
    field = '';
    fieldStarted = false;
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (c === '\n') line++;
        if (c === '\r' && src[i + 1] === '\n') continue; // CRLF inside a field reads as LF
        field += c === '\r' ? '\n' : c;
      }
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (quoted) {
    fields.push(field);
    records.push({ line: recordLine, fields, unterminated: true });
  } else if (field !== '' || fields.length > 0) {
    endRecord();
  }
  return records;
}
