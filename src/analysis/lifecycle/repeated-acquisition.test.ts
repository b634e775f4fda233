import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveOwnerScope } from './owner-scope';
import { isAcquirePlaceApartFromLoop, isRepeatedInOwner } from './repeated-acquisition';

const ownerOf = (code: string) => resolveOwnerScope(parseSnippet(code, 'tsx').call('setInterval'));
const EFFECT = "import { useEffect } from 'react';\n";

describe('isRepeatedInOwner', () => {
  it('finds loops and array-iteration callbacks written in the owner', () => {
    expect(isRepeatedInOwner(ownerOf(`${EFFECT}useEffect(() => { for (const w of ws) { setInterval(f, 1); } }, []);`))).toBe(true);
    expect(isRepeatedInOwner(ownerOf(`${EFFECT}useEffect(() => { ws.forEach((w) => { setInterval(f, 1); }); }, []);`))).toBe(true);
    expect(isRepeatedInOwner(ownerOf(`${EFFECT}useEffect(() => { ws.map(function (w) { setInterval(f, 1); }); }, []);`))).toBe(true);
  });

  it('does not take a callback that runs later, or a single acquisition, for a loop', () => {
    expect(isRepeatedInOwner(ownerOf(`${EFFECT}useEffect(() => { setInterval(f, 1); }, []);`))).toBe(false);
    expect(isRepeatedInOwner(ownerOf(`${EFFECT}useEffect(() => { el.addEventListener('click', () => { setInterval(f, 1); }); }, []);`))).toBe(false);
    expect(isRepeatedInOwner(ownerOf(`${EFFECT}useEffect(() => { ws.forEach(async (w) => { setInterval(f, 1); }); }, []);`))).toBe(false);
  });
});

describe('isAcquirePlaceApartFromLoop', () => {
  it('is the owner acquire place once the loop is set aside', () => {
    expect(isAcquirePlaceApartFromLoop(ownerOf(`${EFFECT}useEffect(() => { for (const w of ws) setInterval(f, 1); }, []);`))).toBe(true);
    expect(isAcquirePlaceApartFromLoop(ownerOf(`${EFFECT}useEffect(() => { ws.forEach((w) => { setInterval(f, 1); }); }, []);`))).toBe(true);
    expect(isAcquirePlaceApartFromLoop(ownerOf('class A extends React.Component { componentDidMount() { for (const w of ws) setInterval(f, 1); } }'))).toBe(true);
  });

  it('is not for a loop inside a nested callback or another class method', () => {
    expect(isAcquirePlaceApartFromLoop(ownerOf(`${EFFECT}useEffect(() => { el.onclick = () => { for (const w of ws) setInterval(f, 1); }; }, []);`))).toBe(false);
    expect(isAcquirePlaceApartFromLoop(ownerOf('class A extends React.Component { onClick() { for (const w of ws) setInterval(f, 1); } }'))).toBe(false);
  });

  it("is a Vue Options component's acquire hook of a known major, not a method it calls", () => {
    const VUE = "import { defineComponent } from 'vue';\n";
    expect(isAcquirePlaceApartFromLoop(ownerOf(`${VUE}export default defineComponent({ mounted() { for (const w of ws) setInterval(f, 1); } });`))).toBe(true);
    expect(isAcquirePlaceApartFromLoop(ownerOf(`${VUE}export default defineComponent({ mounted() { this.start(); }, methods: { start() { for (const w of ws) setInterval(f, 1); } } });`))).toBe(false);
  });
});
