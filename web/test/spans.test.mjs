// Unit tests (node:test) for the byte-span conversion and the mock fixtures' spans.
import test from 'node:test';
import assert from 'node:assert/strict';
import { byteIndexer, evidenceSpan } from '../src/spans.js';
import { buildFixtures, toyCode, sentences } from '../dev/fixtures.mjs';

const enc = new TextEncoder();
const spanOf = (text, needle) => {
  const at = text.indexOf(needle);
  const s = enc.encode(text.slice(0, at)).length;
  return [s, s + enc.encode(needle).length];
};

test('byte offsets map to string indices (Arabic, ASCII, 4-byte characters)', () => {
  const text = 'abc قصفت 😀 القوات ١٢ x';
  const ix = byteIndexer(text);
  for (const w of ['abc', 'قصفت', '😀', 'القوات', '١٢', 'x']) {
    const [s, e] = spanOf(text, w);
    assert.equal(text.slice(ix.toChar(s), ix.toChar(e)), w);
    assert.equal(ix.slice([s, e]), w);
  }
  assert.equal(ix.toChar(enc.encode(text).length), text.length);
});

test('offsets inside a character snap to the next character boundary', () => {
  const ix = byteIndexer('قصف');
  assert.equal(ix.toChar(1), 1);
  assert.equal(ix.toChar(3), 2);
});

test('evidence span is the occurrence that holds the trigger', () => {
  const text = 'جملة مكررة. قصفت القوات المدينة. جملة مكررة. قتل رجل.';
  const trig = 'قتل';
  const ev = { evidence: 'جملة مكررة.', trigger: { text: trig, span: spanOf(text, trig) } };
  // the trigger is not inside either copy: falls back to the first occurrence
  assert.deepEqual(evidenceSpan(text, ev), spanOf(text, 'جملة مكررة.'));
  const ev2 = { evidence: 'قتل رجل.', trigger: { text: trig, span: spanOf(text, trig) } };
  assert.deepEqual(evidenceSpan(text, ev2), spanOf(text, 'قتل رجل.'));
});

test('fixture spans slice the documents exactly', () => {
  const { documents, events } = buildFixtures(); // throws on a bad span
  assert.ok(events.length >= 15);
  for (const d of documents) {
    const bytes = enc.encode(d.text);
    for (const e of d.events) {
      assert.equal(new TextDecoder().decode(bytes.subarray(...e.trigger.span)), e.trigger.text);
      assert.equal(e.evidence, sentences(d.text)[e.sentence].text);
    }
  }
});

test('toy coder finds the attack of the e2e paste text with correct spans', () => {
  const text = 'قصفت القوات الحكومية مدينة إدلب أمس.';
  const [ev, ...rest] = toyCode(text, '2019-07-01');
  assert.equal(rest.length, 0);
  assert.equal(ev.event, 'ASSAULT');
  assert.deepEqual(ev.trigger.span, [0, 8]);
  assert.deepEqual(ev.source.span, [9, 38]);
  assert.deepEqual(ev.location.span, [50, 58]);
});
