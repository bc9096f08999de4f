/**
 * The in-memory document model shared by every store and by the cipher walk. It mirrors sops'
 * `TreeBranch`/`TreeItem` model: ordered mappings whose items are key/value pairs or comments, lists,
 * and typed scalars whose Go type decides both the `type:` tag and the bytes fed into the MAC.
 *
 * Scalar representation:
 * - `string`     Go string (`type:str`)
 * - `bigint`     Go int (`type:int`); ints are always bigint so that no precision is lost
 * - `number`     Go float64 (`type:float`)
 * - `boolean`    Go bool (`type:bool`)
 * - `SopsTime`   Go time.Time (`type:time`), kept as its canonical RFC 3339 text
 * - `Uint8Array` Go []byte: a `type:bytes` value, or a `type:str` value that is not valid UTF-8
 * - `null`       YAML/JSON null: never encrypted, never in the MAC
 */
export class Comment {
  constructor(
    readonly value: string,
    /** A YAML comment written on the same line as the preceding item (kept inline since sops 3.13). */
    readonly inline = false,
  ) {}
}

export class SopsTime {
  /** @param text Go `time.MarshalText` form, e.g. `2024-01-01T00:00:00Z`. */
  constructor(readonly text: string) {}
}

export type Scalar = string | bigint | number | boolean | SopsTime | Uint8Array | null;

export interface MapEntry {
  key: string;
  value: TreeValue;
}

export type MapItem = MapEntry | Comment;
export type ListItem = TreeValue | Comment;
export type TreeList = ListItem[];

export class TreeMap {
  constructor(public items: MapItem[] = []) {}

  get(key: string): TreeValue | undefined {
    for (const item of this.items) {
      if (!(item instanceof Comment) && item.key === key) return item.value;
    }
    return undefined;
  }

  entries(): MapEntry[] {
    return this.items.filter((item): item is MapEntry => !(item instanceof Comment));
  }
}

export type TreeValue = Scalar | TreeMap | TreeList;

export function isTreeMap(value: unknown): value is TreeMap {
  return value instanceof TreeMap;
}

export function isTreeList(value: unknown): value is TreeList {
  return Array.isArray(value);
}

export function isScalar(value: TreeValue): value is Scalar {
  return !isTreeMap(value) && !isTreeList(value);
}
