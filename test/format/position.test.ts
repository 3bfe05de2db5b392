import { strict as assert } from 'node:assert';
import { createLineIndex, lineStarts } from '../../server/src/engine/format/position';

describe('format/position', () => {
  it('finds line starts after \\n, \\r\\n and a lone \\r', () => {
    assert.deepEqual(lineStarts('a\nbb\r\nccc\rd'), [0, 2, 6, 10]);
    assert.deepEqual(lineStarts(''), [0]);
    assert.deepEqual(lineStarts('\r\n\r\n'), [0, 2, 4]);
  });

  it('maps offsets to 1-based lines and UTF-16 columns', () => {
    const text = 'ab\r\ncd\ref\n😀x';
    const idx = createLineIndex(text);
    assert.deepEqual(idx.position(0), { line: 1, column: 1 });
    assert.deepEqual(idx.position(2), { line: 1, column: 3 }); // at the \r
    assert.deepEqual(idx.position(4), { line: 2, column: 1 });
    assert.deepEqual(idx.position(7), { line: 3, column: 1 });
    assert.deepEqual(idx.position(10), { line: 4, column: 1 });
    // The emoji is two UTF-16 code units: 'x' is at column 3.
    assert.deepEqual(idx.position(text.indexOf('x')), { line: 4, column: 3 });
    assert.deepEqual(idx.position(text.length), { line: 4, column: 4 });
  });

  it('clamps offsets outside the text', () => {
    const idx = createLineIndex('ab\ncd');
    assert.deepEqual(idx.position(-3), { line: 1, column: 1 });
    assert.deepEqual(idx.position(99), { line: 2, column: 3 });
  });
});
