export interface SpacerRowProps {
  height: number;
  columns: number;
}

/** Blank space standing in for rows not rendered; hidden from assistive technology, which counts rows by aria-rowcount. */
export function SpacerRow({ height, columns }: SpacerRowProps) {
  return (
    <tr aria-hidden="true" style={{ height }}>
      <td colSpan={columns} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}
